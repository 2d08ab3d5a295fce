// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/typeddatereader.h"

#include <QTest>

using namespace littoral::core;

class TestTypedDateReader final : public QObject {
    Q_OBJECT
private slots:
    void read_typedDate_givesEdtf_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("edtf");
        QTest::addColumn<QString>("described");
        QTest::addRow("fr_abbrevMonth") << QStringLiteral("7 févr. 2017") << QStringLiteral("2017-02-07") << QStringLiteral("day");
        QTest::addRow("fr_monthYear") << QStringLiteral("mars 2016") << QStringLiteral("2016-03") << QStringLiteral("month");
        QTest::addRow("year") << QStringLiteral("2016") << QStringLiteral("2016") << QStringLiteral("year");
        QTest::addRow("fr_season") << QStringLiteral("printemps 2016") << QStringLiteral("2016-21") << QStringLiteral("season");
        QTest::addRow("fr_vers_year") << QStringLiteral("vers 2016") << QStringLiteral("2016~") << QStringLiteral("year, approximate");
        QTest::addRow("en_about_month") << QStringLiteral("about May 2016") << QStringLiteral("2016-05~")
                                        << QStringLiteral("month, approximate");
        QTest::addRow("questionMark") << QStringLiteral("24 octobre 2016 ?") << QStringLiteral("2016-10-24~")
                                      << QStringLiteral("day, approximate");
        QTest::addRow("fr_le_day") << QStringLiteral("le 1er octobre 2016") << QStringLiteral("2016-10-01") << QStringLiteral("day");
        QTest::addRow("en_monthDayYear") << QStringLiteral("October 24, 2016") << QStringLiteral("2016-10-24") << QStringLiteral("day");
        QTest::addRow("numeric") << QStringLiteral("24/10/2016") << QStringLiteral("2016-10-24") << QStringLiteral("day");
        // A period inside one unit becomes that unit, which surely holds it (not approximate).
        QTest::addRow("fr_entre_daysOfMonth") << QStringLiteral("entre le 3 et le 5 mars 2016") << QStringLiteral("2016-03")
                                              << QStringLiteral("month");
        QTest::addRow("fr_du_au") << QStringLiteral("du 3 au 5 mars 2016") << QStringLiteral("2016-03") << QStringLiteral("month");
        QTest::addRow("en_between") << QStringLiteral("between 3 and 5 March 2016") << QStringLiteral("2016-03")
                                    << QStringLiteral("month");
        QTest::addRow("dash_days") << QStringLiteral("3–5 mars 2016") << QStringLiteral("2016-03") << QStringLiteral("month");
        QTest::addRow("fr_entre_months_season") << QStringLiteral("entre mars et mai 2016") << QStringLiteral("2016-21")
                                                << QStringLiteral("season");
        QTest::addRow("fr_entre_months_year") << QStringLiteral("entre le 3 février et le 5 mars 2016") << QStringLiteral("2016")
                                              << QStringLiteral("year");
        QTest::addRow("range_winterAcrossNewYear") << QStringLiteral("entre le 3 décembre 2015 et le 5 janvier 2016")
                                                   << QStringLiteral("2015-24") << QStringLiteral("season");
        QTest::addRow("edtf_interval") << QStringLiteral("2016-03-03/2016-03-05") << QStringLiteral("2016-03") << QStringLiteral("month");
        QTest::addRow("entre_sameDay") << QStringLiteral("entre le 5 et le 5 mars 2016") << QStringLiteral("2016-03-05")
                                       << QStringLiteral("day");
        QTest::addRow("vers_range") << QStringLiteral("vers le 3-5 mars 2016") << QStringLiteral("2016-03~")
                                    << QStringLiteral("month, approximate");
        // EDTF has no "early", "end of": the date keeps the unit it lies in.
        QTest::addRow("en_early_month") << QStringLiteral("early May 2016") << QStringLiteral("2016-05") << QStringLiteral("month");
        QTest::addRow("en_late_month") << QStringLiteral("late October 2016") << QStringLiteral("2016-10") << QStringLiteral("month");
        QTest::addRow("fr_fin_year") << QStringLiteral("fin 2016") << QStringLiteral("2016") << QStringLiteral("year");
        QTest::addRow("fr_debut_month") << QStringLiteral("début mars 2016") << QStringLiteral("2016-03") << QStringLiteral("month");
        QTest::addRow("fr_finDe_month") << QStringLiteral("fin de mars 2016") << QStringLiteral("2016-03") << QStringLiteral("month");
        QTest::addRow("fr_mi_month") << QStringLiteral("mi-mars 2016") << QStringLiteral("2016-03") << QStringLiteral("month");
        QTest::addRow("en_mid_year") << QStringLiteral("mid-2016") << QStringLiteral("2016") << QStringLiteral("year");
        QTest::addRow("en_endOf_year") << QStringLiteral("end of 2016") << QStringLiteral("2016") << QStringLiteral("year");
        QTest::addRow("edtf_day") << QStringLiteral("2016-10-24") << QStringLiteral("2016-10-24") << QStringLiteral("day");
        QTest::addRow("edtf_approximateMonth") << QStringLiteral("2016-10~") << QStringLiteral("2016-10~")
                                               << QStringLiteral("month, approximate");
        QTest::addRow("edtf_season") << QStringLiteral("2016-23") << QStringLiteral("2016-23") << QStringLiteral("season");
        QTest::addRow("spaces") << QStringLiteral("  mars 2016  ") << QStringLiteral("2016-03") << QStringLiteral("month");
    }
    void read_typedDate_givesEdtf()
    {
        QFETCH(QString, typed);
        QFETCH(QString, edtf);
        QFETCH(QString, described);
        const auto date = TypedDateReader::read(typed);
        QVERIFY2(date.has_value(), qPrintable(date ? QString() : date.error().detail));
        QCOMPARE(date->toEdtf(), edtf);
        QCOMPARE(TypedDateReader::describe(*date), described);
    }

    void read_unreadable_isRefusedNamingIt_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addRow("empty") << QString();
        QTest::addRow("blank") << QStringLiteral("   ");
        QTest::addRow("en_tomorrow") << QStringLiteral("tomorrow");
        QTest::addRow("fr_hier") << QStringLiteral("hier");
        QTest::addRow("impossibleDay_edtf") << QStringLiteral("2017-02-30");
        QTest::addRow("impossibleDay_words") << QStringLiteral("30 février 2017");
        QTest::addRow("twoDates") << QStringLiteral("3 mars 2016, 4 avril 2017");
        QTest::addRow("twoDates_et") << QStringLiteral("le 3 mars 2016 et le 4 avril 2016");
        QTest::addRow("noYear") << QStringLiteral("le 14 juin");
        QTest::addRow("word") << QStringLiteral("bientôt");
        QTest::addRow("strayWord") << QStringLiteral("mars 2016 peut-être");
        QTest::addRow("range_acrossYears") << QStringLiteral("entre le 3 mars 2015 et le 5 janvier 2016");
        QTest::addRow("range_backwards") << QStringLiteral("du 5 au 3 mars 2016");
        QTest::addRow("range_noDate") << QStringLiteral("entre le 3 et le 5");
    }
    void read_unreadable_isRefusedNamingIt()
    {
        QFETCH(QString, typed);
        const auto date = TypedDateReader::read(typed);
        QVERIFY2(!date.has_value(), qPrintable(date ? date->toEdtf() : QString()));
        QCOMPARE(date.error().code, ErrorCode::InvalidInput);
        if (!typed.trimmed().isEmpty())
            QVERIFY2(date.error().detail.contains(typed), qPrintable(date.error().detail));
    }
};

QTEST_GUILESS_MAIN(TestTypedDateReader)
#include "tst_typeddatereader.moc"
