// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/correspondentkey.h"
#include "core/domain/institutions.h"

#include <QTest>

using namespace littoral::core;

class TestInstitutions : public QObject {
    Q_OBJECT

private slots:
    void bundledTable_isRead()
    {
        QVERIFY(Institutions::shared().size() > 40);
    }

    // One institution, one correspondent; distinct bodies stay distinct.
    void keys_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::addRow("interior_englishAndFrench") << "Ministry of the Interior" << QString::fromUtf8("Ministère de l’Intérieur") << true;
        QTest::addRow("interior_withoutAccents") << "French Interior Ministry" << "ministere de l'interieur" << true;
        QTest::addRow("prefecture") << "Prefecture of the Pas-de-Calais" << QString::fromUtf8("Préfecture du Pas-de-Calais") << true;
        QTest::addRow("prefecture_article") << "the Pas-de-Calais Prefecture" << QString::fromUtf8("La Préfecture du Pas-de-Calais") << true;
        QTest::addRow("unhcr") << "UNHCR" << "Haut-Commissariat des Nations unies pour les réfugiés" << true;
        QTest::addRow("homeOffice_isNotTheFrenchMinistry") << "Home Office" << QString::fromUtf8("Ministère de l'Intérieur") << false;
        QTest::addRow("homeOffice_inFrench") << "Home Office" << QString::fromUtf8("Ministère de l'Intérieur britannique") << true;
        QTest::addRow("twoPrefectures") << QString::fromUtf8("Préfecture du Nord") << QString::fromUtf8("Préfecture du Pas-de-Calais") << false;
        QTest::addRow("unlistedBodies_asBefore") << "Secours Catholique" << "Le Secours catholique" << true;
        QTest::addRow("unlistedBodies_distinct") << "Utopia 56" << "La Cimade" << false;
    }
    void keys()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(correspondentKey(CorrespondentKind::Organization, a) == correspondentKey(CorrespondentKind::Organization, b), same);
    }

    void persons_areNeverInstitutions()
    {
        // A person named like an institution keeps a person's key.
        QVERIFY(correspondentKey(CorrespondentKind::Person, QStringLiteral("Home Office")).startsWith(QStringLiteral("p:")));
    }

    void parse_userLines_extendAndOverride()
    {
        auto bundled = Institutions::parse(QStringLiteral("# comment\nAlpha Agency\tAgence Alpha\n\nBeta Bureau\tBureau Beta\n"), QStringLiteral("t"));
        QVERIFY(bundled);
        QCOMPARE(bundled->size(), 2);
        QCOMPARE(bundled->canonicalFolded(QStringLiteral("agence alpha")), QStringLiteral("alpha agency"));
        // The user's line puts "Bureau Beta" with a new institution of their own.
        auto own = Institutions::parse(QStringLiteral("Gamma Group\tBureau Beta\tGroupe Gamma"), QStringLiteral("user"));
        QVERIFY(own);
        bundled->extend(*own);
        QCOMPARE(bundled->canonicalFolded(QStringLiteral("bureau beta")), QStringLiteral("gamma group"));
        QCOMPARE(bundled->canonicalFolded(QStringLiteral("beta bureau")), QStringLiteral("beta bureau"));
        QCOMPARE(bundled->canonicalFolded(QStringLiteral("unknown")), QString());
    }

    void parse_aLineWithOneName_isAnErrorNamingItsLine()
    {
        const auto parsed = Institutions::parse(QStringLiteral("Alpha\tAgence Alpha\nLonely Name\n"), QStringLiteral("mine.tsv"));
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().detail.contains(QStringLiteral("mine.tsv line 2")), qPrintable(parsed.error().detail));
    }
};

QTEST_GUILESS_MAIN(TestInstitutions)
#include "tst_institutions.moc"
