// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/partialdatewords.h"
#include "core/i18n/translationinstaller.h"

#include <QTest>

using namespace littoral::core;

Q_DECLARE_METATYPE(littoral::core::InterfaceLanguage)

class TestPartialDateWords final : public QObject {
    Q_OBJECT
private slots:
    void sayEdtf_speaksTheInterfaceLanguage_data()
    {
        QTest::addColumn<InterfaceLanguage>("language");
        QTest::addColumn<QString>("edtf");
        QTest::addColumn<bool>("shortStyle");
        QTest::addColumn<QString>("words");
        const auto fr = InterfaceLanguage::French;
        const auto en = InterfaceLanguage::English;
        QTest::addRow("fr_day") << fr << "2016-03-14" << false << QStringLiteral("14 mars 2016");
        QTest::addRow("en_day") << en << "2016-03-14" << false << QStringLiteral("14 March 2016");
        QTest::addRow("fr_first_of_month") << fr << "2017-02-01" << false << QStringLiteral("1er février 2017");
        QTest::addRow("en_first_of_month") << en << "2017-02-01" << false << QStringLiteral("1 February 2017");
        QTest::addRow("fr_month") << fr << "2016-03" << false << QStringLiteral("mars 2016");
        QTest::addRow("en_month") << en << "2016-03" << false << QStringLiteral("March 2016");
        QTest::addRow("fr_month_short") << fr << "2017-02" << true << QStringLiteral("févr. 2017");
        QTest::addRow("en_month_short") << en << "2017-02" << true << QStringLiteral("Feb 2017");
        QTest::addRow("fr_autumn") << fr << "2016-23" << false << QStringLiteral("automne 2016");
        QTest::addRow("en_autumn") << en << "2016-23" << false << QStringLiteral("autumn 2016");
        QTest::addRow("fr_spring") << fr << "2015-21" << false << QStringLiteral("printemps 2015");
        QTest::addRow("en_winter") << en << "2015-24" << false << QStringLiteral("winter 2015");
        QTest::addRow("fr_summer") << fr << "2015-22" << false << QStringLiteral("été 2015");
        QTest::addRow("fr_year_no_group_separator") << fr << "2016" << false << QStringLiteral("2016");
        QTest::addRow("fr_circa") << fr << "2016~" << false << QStringLiteral("vers 2016");
        QTest::addRow("en_circa") << en << "2016~" << false << QStringLiteral("circa 2016");
        QTest::addRow("fr_uncertain") << fr << "2016-10?" << false << QStringLiteral("octobre 2016 (incertain)");
        QTest::addRow("en_uncertain") << en << "2016-10?" << false << QStringLiteral("October 2016 (uncertain)");
        QTest::addRow("fr_approximate_and_uncertain") << fr << "2016%" << false << QStringLiteral("vers 2016 (incertain)");
        QTest::addRow("fr_interval") << fr << "2016-03-03/2016-03-05" << false
                                     << QStringLiteral("entre 3 mars 2016 et 5 mars 2016");
        QTest::addRow("en_interval") << en << "2016-03/2016-05" << false << QStringLiteral("between March 2016 and May 2016");
        QTest::addRow("fr_open_end") << fr << "2016-03/.." << false << QStringLiteral("à partir de mars 2016");
        QTest::addRow("en_unknown_start") << en << "/2016" << false << QStringLiteral("until 2016");
        QTest::addRow("not_edtf_unchanged") << fr << "le 3 mars" << false << QStringLiteral("le 3 mars");
        QTest::addRow("bad_interval_unchanged") << en << "2016/nope" << false << QStringLiteral("2016/nope");
    }
    void sayEdtf_speaksTheInterfaceLanguage()
    {
        QFETCH(InterfaceLanguage, language);
        QFETCH(QString, edtf);
        QFETCH(bool, shortStyle);
        QFETCH(QString, words);
        TranslationInstaller installer;
        installer.install(language);
        QCOMPARE(PartialDateWords::sayEdtf(edtf, shortStyle ? PartialDateWords::Style::Short : PartialDateWords::Style::Long),
            words);
    }

    void say_partialDate_approximateIsCirca()
    {
        TranslationInstaller installer;
        installer.install(InterfaceLanguage::French);
        PartialDate date = PartialDate::ofMonth(2016, 10);
        date.approximate = true;
        QCOMPARE(PartialDateWords::say(date), QStringLiteral("vers octobre 2016"));
        QCOMPARE(PartialDateWords::say(PartialDate {}), QString());
    }
};

QTEST_GUILESS_MAIN(TestPartialDateWords)
#include "tst_partialdatewords.moc"
