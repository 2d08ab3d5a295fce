// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// TimeScale: the timeline's time <-> pixel maths, zoom, pan, fit and ticks.
#include "core/models/timescale.h"

#include <QTest>

#include <cmath>

using littoral::core::TimeScale;
using littoral::core::TimeTick;
using Unit = TimeScale::TickUnit;

Q_DECLARE_METATYPE(TimeScale::TickUnit)

namespace {

double jd(int y, int m, int d)
{
    return TimeScale::toTime(QDate(y, m, d));
}

// 2014-01-01 .. 2021-01-01 on 100 .. 1500 px: the default timeline at 1400 px.
TimeScale designScale()
{
    return TimeScale(jd(2014, 1, 1), jd(2021, 1, 1), 100.0, 1500.0);
}

} // namespace

class TestTimeScale final : public QObject {
    Q_OBJECT
private slots:
    void timeToX_mapsDomainEndsToRangeEnds()
    {
        const TimeScale s = designScale();
        QCOMPARE(s.timeToX(jd(2014, 1, 1)), 100.0);
        QCOMPARE(s.timeToX(jd(2021, 1, 1)), 1500.0);
        QCOMPARE(s.xToDate(100.0), QDate(2014, 1, 1));
        QCOMPARE(s.startDate(), QDate(2014, 1, 1));
        QCOMPARE(s.endDate(), QDate(2020, 12, 31));
    }

    void roundTrip_timeToXToTime_data()
    {
        QTest::addColumn<double>("start");
        QTest::addColumn<double>("end");
        QTest::addColumn<double>("time");
        QTest::addRow("design_midYear") << jd(2014, 1, 1) << jd(2021, 1, 1) << jd(2016, 10, 24) + 0.5;
        QTest::addRow("oneWeek_firstMoment") << jd(2016, 10, 20) << jd(2016, 10, 27) << jd(2016, 10, 20);
        QTest::addRow("fortyYears_outsideDomain") << jd(1990, 1, 1) << jd(2030, 1, 1) << jd(2035, 6, 1);
        QTest::addRow("beforeDomain") << jd(2014, 1, 1) << jd(2015, 1, 1) << jd(2002, 11, 5);
    }
    void roundTrip_timeToXToTime()
    {
        QFETCH(double, start);
        QFETCH(double, end);
        QFETCH(double, time);
        const TimeScale s(start, end, 37.0, 1237.0);
        QVERIFY(std::abs(s.xToTime(s.timeToX(time)) - time) < 1e-6);
        QCOMPARE(s.xToDate(s.timeToX(time)), TimeScale::toDate(time));
    }

    void roundTrip_xToTimeToX_data()
    {
        QTest::addColumn<double>("x");
        QTest::addRow("leftEdge") << 100.0;
        QTest::addRow("middle") << 800.0;
        QTest::addRow("rightEdge") << 1500.0;
        QTest::addRow("offscreen") << -250.0;
    }
    void roundTrip_xToTimeToX()
    {
        QFETCH(double, x);
        const TimeScale s = designScale();
        QVERIFY(std::abs(s.timeToX(s.xToTime(x)) - x) < 1e-6);
    }

    void zoomAround_keepsTheTimeUnderTheAnchor_data()
    {
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("factor");
        QTest::addColumn<double>("expectedSpan");
        const double span = jd(2021, 1, 1) - jd(2014, 1, 1);
        QTest::addRow("in2_atMiddle") << 800.0 << 2.0 << span / 2.0;
        QTest::addRow("in2_nearLeft") << 150.0 << 2.0 << span / 2.0;
        QTest::addRow("out3_nearRight") << 1400.0 << 1.0 / 3.0 << span * 3.0;
        QTest::addRow("in_clampedToAWeek") << 600.0 << 1e6 << TimeScale::MinSpanDays;
        QTest::addRow("out_clampedToFortyYears") << 300.0 << 1e-3 << TimeScale::MaxSpanDays;
    }
    void zoomAround_keepsTheTimeUnderTheAnchor()
    {
        QFETCH(double, x);
        QFETCH(double, factor);
        QFETCH(double, expectedSpan);
        TimeScale s = designScale();
        const double anchor = s.xToTime(x);
        s.zoomAround(x, factor);
        QVERIFY(std::abs(s.xToTime(x) - anchor) < 1e-6);
        QVERIFY(std::abs(s.span() - expectedSpan) < 1e-6);
        QCOMPARE(s.x0(), 100.0);
        QCOMPARE(s.x1(), 1500.0);
    }

    // Data reaching back to 1951 lets the view zoom out to it; never past LongestSpanDays, never
    // below the forty years every corpus gets.
    void zoomAround_outToTheMaxSpan_data()
    {
        QTest::addColumn<double>("maxSpan");
        QTest::addColumn<double>("expectedSpan");
        const double seventyYears = jd(2021, 1, 1) - jd(1951, 1, 1);
        QTest::addRow("default_fortyYears") << 0.0 << TimeScale::MaxSpanDays;
        QTest::addRow("data_from_1951") << seventyYears << seventyYears;
        QTest::addRow("narrower_than_forty_years") << 365.0 << TimeScale::MaxSpanDays;
        QTest::addRow("stray_year_1066_capped") << jd(2021, 1, 1) - jd(1066, 1, 1) << TimeScale::LongestSpanDays;
    }
    void zoomAround_outToTheMaxSpan()
    {
        QFETCH(double, maxSpan);
        QFETCH(double, expectedSpan);
        TimeScale s = designScale();
        if (maxSpan > 0.0)
            s.setMaxSpan(maxSpan);
        for (int k = 0; k < 100; ++k)
            s.zoomAround(300.0, 0.8);
        QVERIFY2(std::abs(s.span() - expectedSpan) < 1e-6, qPrintable(QString::number(s.span())));
        // A smaller limit later shrinks the view around its middle.
        const double middle = (s.start() + s.end()) / 2;
        s.setMaxSpan(TimeScale::MaxSpanDays);
        QVERIFY(std::abs(s.span() - std::min(expectedSpan, TimeScale::MaxSpanDays)) < 1e-6);
        QVERIFY(std::abs((s.start() + s.end()) / 2 - middle) < 1e-6);
    }

    void zoomAround_invalidFactor_changesNothing()
    {
        TimeScale s = designScale();
        s.zoomAround(500.0, 0.0);
        s.zoomAround(500.0, -2.0);
        s.zoomAround(500.0, std::nan(""));
        QCOMPARE(s, designScale());
    }

    void panBy_movesContentWithThePointer_data()
    {
        QTest::addColumn<double>("dx");
        QTest::addRow("right200") << 200.0;
        QTest::addRow("left35") << -35.0;
        QTest::addRow("none") << 0.0;
    }
    void panBy_movesContentWithThePointer()
    {
        QFETCH(double, dx);
        TimeScale s = designScale();
        const double t = jd(2016, 10, 24);
        const double before = s.timeToX(t);
        const double span = s.span();
        s.panBy(dx);
        QVERIFY(std::abs(s.timeToX(t) - (before + dx)) < 1e-6);
        QCOMPARE(s.span(), span);
    }

    void setDomain_clampsTheSpan_data()
    {
        QTest::addColumn<double>("start");
        QTest::addColumn<double>("end");
        QTest::addColumn<double>("expectedSpan");
        QTest::addRow("oneDay_widenedToAWeek")
            << jd(2016, 10, 24) << jd(2016, 10, 25) << TimeScale::MinSpanDays;
        QTest::addRow("century_narrowedToFortyYears")
            << jd(1950, 1, 1) << jd(2050, 1, 1) << TimeScale::MaxSpanDays;
        QTest::addRow("reversed_isSwapped") << jd(2015, 1, 1) << jd(2014, 1, 1) << 365.0;
    }
    void setDomain_clampsTheSpan()
    {
        QFETCH(double, start);
        QFETCH(double, end);
        QFETCH(double, expectedSpan);
        const TimeScale s(start, end, 0.0, 1000.0);
        QVERIFY(std::abs(s.span() - expectedSpan) < 1e-6);
        QVERIFY(std::abs((s.start() + s.end()) / 2.0 - (start + end) / 2.0) < 1e-6); // centred
    }

    void setRange_emptyRange_isWidenedToOnePixel()
    {
        TimeScale s = designScale();
        s.setRange(40.0, 40.0);
        QCOMPARE(s.width(), 1.0);
        QVERIFY(std::isfinite(s.xToTime(41.0)));
    }

    void fit_showsThePeriodWithMargins_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<double>("margin");
        QTest::addRow("design_noMargin") << QDate(2014, 1, 1) << QDate(2020, 12, 31) << 0.0;
        QTest::addRow("sample_5percent") << QDate(2014, 7, 10) << QDate(2020, 11, 9) << 0.05;
        QTest::addRow("reversed") << QDate(2020, 11, 9) << QDate(2014, 7, 10) << 0.02;
    }
    void fit_showsThePeriodWithMargins()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(double, margin);
        TimeScale s = designScale();
        s.fit(from, to, margin);
        const QDate first = std::min(from, to);
        const QDate last = std::max(from, to);
        const double span = TimeScale::toTime(last) + 1.0 - TimeScale::toTime(first);
        QVERIFY(std::abs(s.start() - (TimeScale::toTime(first) - margin * span)) < 1e-6);
        QVERIFY(std::abs(s.end() - (TimeScale::toTime(last) + 1.0 + margin * span)) < 1e-6);
    }

    void fit_singleDay_widensToAWeekAroundIt()
    {
        TimeScale s = designScale();
        s.fit(QDate(2017, 2, 7), QDate(2017, 2, 7), 0.05);
        QCOMPARE(s.span(), TimeScale::MinSpanDays);
        QVERIFY(s.isVisible(jd(2017, 2, 7) + 0.5));
    }

    void fit_invalidDates_changesNothing()
    {
        TimeScale s = designScale();
        s.fit(QDate(), QDate(2017, 1, 1));
        QCOMPARE(s, designScale());
    }

    void tickUnit_followsTheZoom_data()
    {
        QTest::addColumn<double>("spanDays");
        QTest::addColumn<double>("width");
        QTest::addColumn<double>("spacing");
        QTest::addColumn<Unit>("unit");
        QTest::addRow("fortyYears_narrow_tenYears")
            << TimeScale::MaxSpanDays << 300.0 << 60.0 << Unit::TenYears;
        QTest::addRow("fortyYears_wide_twoYears")
            << TimeScale::MaxSpanDays << 1400.0 << 60.0 << Unit::TwoYears;
        QTest::addRow("sevenYears_narrow_year") << 7 * 365.25 << 500.0 << 60.0 << Unit::Year;
        QTest::addRow("sevenYears_wide_quarters") << 7 * 365.25 << 1400.0 << 40.0 << Unit::Quarter;
        QTest::addRow("twoYears_months") << 2 * 365.25 << 1400.0 << 50.0 << Unit::Month;
        QTest::addRow("fourMonths_weeks") << 120.0 << 1400.0 << 60.0 << Unit::Week;
        QTest::addRow("fiveWeeks_twoDays") << 35.0 << 1400.0 << 60.0 << Unit::TwoDays;
        QTest::addRow("oneWeek_days") << 7.0 << 1400.0 << 60.0 << Unit::Day;
        QTest::addRow("oneWeek_hugeLabels_week") << 7.0 << 1400.0 << 500.0 << Unit::Week;
    }
    void tickUnit_followsTheZoom()
    {
        QFETCH(double, spanDays);
        QFETCH(double, width);
        QFETCH(double, spacing);
        QFETCH(Unit, unit);
        const double start = jd(2016, 1, 1);
        const TimeScale s(start, start + spanDays, 0.0, width);
        QCOMPARE(s.tickUnit(spacing), unit);
    }

    void ticks_neverCloserThanTheLabelSpacing_data()
    {
        QTest::addColumn<double>("spanDays");
        QTest::addColumn<double>("width");
        QTest::addColumn<double>("spacing");
        for (const double span : { 7.0, 20.0, 60.0, 200.0, 700.0, 2557.0, 5000.0, TimeScale::MaxSpanDays }) {
            for (const double width : { 300.0, 1400.0 }) {
                for (const double spacing : { 40.0, 90.0 })
                    QTest::addRow("span%g_w%g_s%g", span, width, spacing) << span << width << spacing;
            }
        }
    }
    void ticks_neverCloserThanTheLabelSpacing()
    {
        QFETCH(double, spanDays);
        QFETCH(double, width);
        QFETCH(double, spacing);
        const double start = jd(2013, 11, 17) + 0.3;
        const TimeScale s(start, start + spanDays, 0.0, width);
        const QList<TimeTick> ticks = s.ticks(spacing);
        QVERIFY(!ticks.isEmpty() || s.tickUnit(spacing) == Unit::TenYears);
        for (qsizetype i = 0; i < ticks.size(); ++i) {
            QVERIFY(s.isVisible(ticks.at(i).time));
            QVERIFY(!ticks.at(i).label.isEmpty());
            if (i > 0)
                QVERIFY2(s.timeToX(ticks.at(i).time) - s.timeToX(ticks.at(i - 1).time) >= spacing - 1e-6,
                    qPrintable(ticks.at(i - 1).label + QStringLiteral(" / ") + ticks.at(i).label));
        }
    }

    void ticks_labels_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<double>("width");
        QTest::addColumn<QStringList>("labels");
        QTest::addColumn<QList<bool>>("major");
        QTest::addRow("years") << QDate(2014, 1, 1) << QDate(2020, 12, 31) << 700.0
                               << QStringList { QStringLiteral("2014"), QStringLiteral("2015"),
                                      QStringLiteral("2016"), QStringLiteral("2017"), QStringLiteral("2018"),
                                      QStringLiteral("2019"), QStringLiteral("2020") }
                               << QList<bool> { true, true, true, true, true, true, true };
        QTest::addRow("twoYears") << QDate(2013, 6, 1) << QDate(2019, 12, 31) << 300.0
                                  << QStringList { QStringLiteral("2014"), QStringLiteral("2016"),
                                         QStringLiteral("2018") }
                                  << QList<bool> { true, true, true };
        QTest::addRow("quarters_firstNamesItsYear")
            << QDate(2016, 8, 15) << QDate(2017, 6, 30) << 600.0
            << QStringList { QStringLiteral("Oct 2016"), QStringLiteral("Jan 2017"), QStringLiteral("Apr") }
            << QList<bool> { false, true, false };
        QTest::addRow("months") << QDate(2016, 10, 1) << QDate(2017, 2, 27) << 1400.0
                                << QStringList { QStringLiteral("Oct 2016"), QStringLiteral("Nov"),
                                       QStringLiteral("Dec"), QStringLiteral("Jan 2017"),
                                       QStringLiteral("Feb") }
                                << QList<bool> { false, false, false, true, false };
        QTest::addRow("days") << QDate(2016, 10, 24) << QDate(2016, 10, 30) << 1400.0
                              << QStringList { QStringLiteral("24 Oct 2016"), QStringLiteral("25 Oct"),
                                     QStringLiteral("26 Oct"), QStringLiteral("27 Oct"),
                                     QStringLiteral("28 Oct"), QStringLiteral("29 Oct"),
                                     QStringLiteral("30 Oct") }
                              << QList<bool> { false, false, false, false, false, false, false };
        QTest::addRow("days_acrossNewYear")
            << QDate(2016, 12, 29) << QDate(2017, 1, 4) << 1400.0
            << QStringList { QStringLiteral("29 Dec 2016"), QStringLiteral("30 Dec"),
                   QStringLiteral("31 Dec"), QStringLiteral("1 Jan 2017"), QStringLiteral("2 Jan"),
                   QStringLiteral("3 Jan"), QStringLiteral("4 Jan") }
            << QList<bool> { false, false, false, true, false, false, false };
        QTest::addRow("weeks_onMondays")
            << QDate(2016, 10, 1) << QDate(2016, 11, 13) << 600.0
            << QStringList { QStringLiteral("3 Oct 2016"), QStringLiteral("10 Oct"), QStringLiteral("17 Oct"),
                   QStringLiteral("24 Oct"), QStringLiteral("31 Oct"), QStringLiteral("7 Nov") }
            << QList<bool> { false, false, false, false, false, true };
    }
    void ticks_labels()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(double, width);
        QFETCH(QStringList, labels);
        QFETCH(QList<bool>, major);
        TimeScale s(0.0, 1.0, 0.0, width);
        s.setDomain(from, to);
        QStringList actualLabels;
        QList<bool> actualMajor;
        for (const TimeTick& tick : s.ticks(80.0)) {
            actualLabels.append(tick.label);
            actualMajor.append(tick.major);
        }
        QCOMPARE(actualLabels, labels);
        QCOMPARE(actualMajor, major);
    }

    // The axis speaks the interface language: TranslationInstaller sets QLocale's default.
    void ticks_labels_followTheDefaultLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QStringList>("labels");
        QTest::addRow("fr_months") << QLocale(QLocale::French, QLocale::France)
                                   << QStringList { QStringLiteral("déc. 2016"), QStringLiteral("janv. 2017"),
                                          QStringLiteral("févr."), QStringLiteral("mars") };
        QTest::addRow("en_months") << QLocale(QLocale::English, QLocale::UnitedStates)
                                   << QStringList { QStringLiteral("Dec 2016"), QStringLiteral("Jan 2017"),
                                          QStringLiteral("Feb"), QStringLiteral("Mar") };
    }
    void ticks_labels_followTheDefaultLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(QStringList, labels);
        const QLocale before;
        QLocale::setDefault(locale);
        TimeScale s(0.0, 1.0, 0.0, 600.0);
        s.setDomain(QDate(2016, 12, 1), QDate(2017, 3, 20));
        QStringList actual;
        for (const TimeTick& tick : s.ticks(80.0))
            actual.append(tick.label);
        QLocale::setDefault(before);
        QCOMPARE(actual, labels);
    }
};

QTEST_GUILESS_MAIN(TestTimeScale)
#include "tst_timescale.moc"
