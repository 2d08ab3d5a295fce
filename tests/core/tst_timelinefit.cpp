// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline's default period: the bulk of the dates, never narrower than 2014–2020.
#include "core/models/timelinefit.h"

#include <QTest>

using namespace littoral::core;

namespace {

QList<QDate> days(const QStringList& isoDates)
{
    QList<QDate> out;
    for (const QString& d : isoDates)
        out.append(QDate::fromString(d, Qt::ISODate));
    return out;
}

} // namespace

class TestTimelineFit final : public QObject {
    Q_OBJECT
private slots:
    void defaultPeriod_data()
    {
        QTest::addColumn<QList<QDate>>("firstDays");
        QTest::addColumn<QList<QDate>>("lastDays");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        const QDate designFrom(2014, 1, 1), designTo(2020, 12, 31);

        QTest::addRow("empty_isTheDesignBand") << QList<QDate> {} << QList<QDate> {} << designFrom << designTo;
        const QList<QDate> sample = days({ QStringLiteral("2014-07-10"), QStringLiteral("2016-10-11"), QStringLiteral("2017-02-07"),
            QStringLiteral("2017-06-20"), QStringLiteral("2020-11-09") });
        QTest::addRow("sample_insideTheBand") << sample << sample << designFrom << designTo;
        const QList<QDate> typo = sample + days({ QStringLiteral("6017-02-07") });
        QTest::addRow("one_in_6017_isLeftOut") << typo << typo << designFrom << designTo;
        const QList<QDate> early = sample + days({ QStringLiteral("1905-03-01") });
        QTest::addRow("one_in_1905_isLeftOut") << early << early << designFrom << designTo;
        const QList<QDate> later = days({ QStringLiteral("2021-03-01"), QStringLiteral("2022-05-01"), QStringLiteral("2022-09-01"),
            QStringLiteral("2023-01-01"), QStringLiteral("2024-05-01") });
        QTest::addRow("after_the_band_nearDatesKept") << later << later << designFrom << QDate(2024, 5, 1);
        const QList<QDate> nineties = days({ QStringLiteral("1995-01-01"), QStringLiteral("1996-01-01"), QStringLiteral("1997-01-01"),
            QStringLiteral("1998-01-01"), QStringLiteral("1999-01-01") });
        QTest::addRow("before_the_band_nearDatesKept") << nineties << nineties << QDate(1995, 1, 1) << designTo;
        const QList<QDate> two = days({ QStringLiteral("1990-06-01"), QStringLiteral("1995-06-01") });
        QTest::addRow("two_dates_bothKept") << two << two << QDate(1990, 6, 1) << designTo;
        // Month and year spans: their first and last days.
        QTest::addRow("spans_lastDays") << days({ QStringLiteral("2019-01-01"), QStringLiteral("2021-01-01"), QStringLiteral("2021-06-01") })
                                        << days({ QStringLiteral("2019-12-31"), QStringLiteral("2021-01-31"), QStringLiteral("2022-06-30") })
                                        << designFrom << QDate(2022, 6, 30);
        // A thousand dates from 2010 every five days, and ten strays at each end: the 1st and 99th percentiles.
        QList<QDate> many;
        for (int i = 0; i < 1000; ++i)
            many.append(QDate(2010, 1, 1).addDays(5 * i));
        for (int i = 0; i < 10; ++i)
            many << QDate(1901, 1, 1 + i) << QDate(2090, 1, 1 + i);
        QTest::addRow("percentiles_ofAThousand_stray20LeftOut") << many << many << QDate(2010, 1, 1) << QDate(2010, 1, 1).addDays(5 * 999);
        QTest::addRow("undated_ignored") << days({ QString(), QStringLiteral("2016-01-01") }) << days({ QString(), QStringLiteral("2016-01-01") })
                                         << designFrom << designTo;
    }
    void defaultPeriod()
    {
        QFETCH(QList<QDate>, firstDays);
        QFETCH(QList<QDate>, lastDays);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        const TimelineFit::Period period = TimelineFit::defaultPeriod(firstDays, lastDays);
        QCOMPARE(period.from, from);
        QCOMPARE(period.to, to);
    }
};

QTEST_GUILESS_MAIN(TestTimelineFit)
#include "tst_timelinefit.moc"
