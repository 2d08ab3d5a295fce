// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/partialdate.h"

#include <QTest>

using namespace littoral::core;

class TestPartialDate final : public QObject {
    Q_OBJECT
private slots:
    void edtf_roundTrips_data()
    {
        QTest::addColumn<QString>("edtf");
        QTest::addColumn<int>("precision");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::addRow("day") << "2016-10-24" << int(DatePrecision::Day) << QDate(2016, 10, 24) << QDate(2016, 10, 24);
        QTest::addRow("month") << "2016-02" << int(DatePrecision::Month) << QDate(2016, 2, 1) << QDate(2016, 2, 29);
        QTest::addRow("year") << "2019" << int(DatePrecision::Year) << QDate(2019, 1, 1) << QDate(2019, 12, 31);
        QTest::addRow("autumn") << "2016-23" << int(DatePrecision::Season) << QDate(2016, 9, 1) << QDate(2016, 11, 30);
        QTest::addRow("winter_spans_new_year") << "2016-24" << int(DatePrecision::Season) << QDate(2016, 12, 1) << QDate(2017, 2, 28);
        QTest::addRow("approximate_month") << "2016-10~" << int(DatePrecision::Month) << QDate(2016, 10, 1) << QDate(2016, 10, 31);
    }
    void edtf_roundTrips()
    {
        QFETCH(QString, edtf);
        QFETCH(int, precision);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        const PartialDate d = PartialDate::fromEdtf(edtf);
        QVERIFY(d.isValid());
        QCOMPARE(d.toEdtf(), edtf);
        QCOMPARE(int(d.precision()), precision);
        QCOMPARE(d.firstDay(), first);
        QCOMPARE(d.lastDay(), last);
    }
    void fromEdtf_rejectsNonsense_data()
    {
        QTest::addColumn<QString>("edtf");
        QTest::addRow("empty") << "";
        QTest::addRow("month_13") << "2016-13";
        QTest::addRow("feb_30") << "2016-02-30";
        QTest::addRow("words") << "autumn 2016";
        QTest::addRow("season_25") << "2016-25";
        QTest::addRow("season_with_day") << "2016-22-05";
        QTest::addRow("three_digit_year") << "201";
        QTest::addRow("dangling_dash") << "2016-";
        QTest::addRow("one_digit_month") << "2016-5";
        QTest::addRow("two_markers") << "2016-05~?";
        QTest::addRow("trailing_text") << "2016-05-01T10:00";
        QTest::addRow("arabic_indic_digits") << QString::fromUtf8("\u0662\u0660\u0661\u0666");
    }
    void fromEdtf_rejectsNonsense()
    {
        QFETCH(QString, edtf);
        QVERIFY(!PartialDate::fromEdtf(edtf).isValid());
        QVERIFY(PartialDate::fromEdtf(edtf).toEdtf().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPartialDate)
#include "tst_partialdate.moc"
