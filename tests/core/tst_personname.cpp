// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/personname.h"

#include <QTest>

using namespace littoral::core;

class TestPersonName final : public QObject {
    Q_OBJECT
private slots:
    void parse_personName_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("courtesy");

        QTest::addRow("fr_drCapitalSurname_trailingComma") << QStringLiteral("Dr Meguerditch TERZIAN,")
                                                           << QStringLiteral("Meguerditch Terzian") << true;
        QTest::addRow("fr_surnameFirstInCapitals") << QStringLiteral("BOUCHART Natacha") << QStringLiteral("Natacha Bouchart")
                                                   << false;
        QTest::addRow("fr_monsieurAbbrev_hyphenatedFirstName") << QStringLiteral("M. Jean-Pierre DUPONT")
                                                               << QStringLiteral("Jean-Pierre Dupont") << true;
        QTest::addRow("fr_madame") << QStringLiteral("Madame Claire Martin") << QStringLiteral("Claire Martin") << true;
        QTest::addRow("fr_mme_capitalSurname") << QStringLiteral("Mme Geneviève JACQUES") << QStringLiteral("Geneviève Jacques")
                                               << true;
        QTest::addRow("fr_monsieur_allCaps") << QStringLiteral("Monsieur Emmanuel MACRON") << QStringLiteral("Emmanuel Macron")
                                             << true;
        QTest::addRow("fr_plain") << QStringLiteral("Natacha Bouchart") << QStringLiteral("Natacha Bouchart") << false;
        QTest::addRow("fr_particle") << QStringLiteral("Jean de La Fontaine") << QStringLiteral("Jean de La Fontaine") << false;
        QTest::addRow("fr_hyphenatedSurnameCapitals") << QStringLiteral("Anne-Marie LEROY-DUVAL")
                                                      << QStringLiteral("Anne-Marie Leroy-Duval") << false;
        QTest::addRow("en_mrs") << QStringLiteral("Mrs Jane Smith") << QStringLiteral("Jane Smith") << true;
        QTest::addRow("en_mrDot") << QStringLiteral("Mr. John Brown") << QStringLiteral("John Brown") << true;
        QTest::addRow("en_plain_unknownFirstName") << QStringLiteral("Amber Rudd") << QStringLiteral("Amber Rudd") << false;
        QTest::addRow("en_rtHon_postNominalMP") << QStringLiteral("The Rt Hon Alan Whitmore MP") << QStringLiteral("Alan Whitmore") << true;
        QTest::addRow("en_rightHonourable") << QStringLiteral("Right Honourable Margaret Doyle") << QStringLiteral("Margaret Doyle") << true;
    }
    void parse_personName()
    {
        QFETCH(QString, raw);
        QFETCH(QString, name);
        QFETCH(bool, courtesy);
        const auto parsed = PersonName::parse(raw);
        QVERIFY2(parsed.has_value(), qPrintable(raw));
        QCOMPARE(parsed->name, name);
        QCOMPARE(parsed->hadCourtesyTitle, courtesy);
    }

    // Organisations, functions, addresses and sentences are not persons.
    void parse_notAPerson_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addRow("org_cimade") << QStringLiteral("La Cimade");
        QTest::addRow("org_association") << QStringLiteral("Association Salam");
        QTest::addRow("org_medecins") << QStringLiteral("Médecins du Monde");
        QTest::addRow("org_helpRefugees") << QStringLiteral("Help Refugees");
        QTest::addRow("org_secours") << QStringLiteral("Secours Catholique");
        QTest::addRow("org_ministere") << QStringLiteral("Ministère de l'Intérieur");
        QTest::addRow("org_homeOffice") << QStringLiteral("Home Office");
        QTest::addRow("org_lawFirm") << QStringLiteral("SCP monteiro & bonnier");
        QTest::addRow("function_maire") << QStringLiteral("Maire de Calais");
        QTest::addRow("function_presidente") << QStringLiteral("Présidente de la Cimade");
        QTest::addRow("function_coordinateur") << QStringLiteral("Coordinateur");
        QTest::addRow("function_director") << QStringLiteral("Director");
        QTest::addRow("function_lePrefet") << QStringLiteral("Le Préfet");
        QTest::addRow("address_street") << QStringLiteral("5, Boulevard de l'Europe");
        QTest::addRow("address_postcode") << QStringLiteral("91000 EVRY");
        QTest::addRow("phone") << QStringLiteral("Tél: 01 64 57 84 46");
        QTest::addRow("email") << QStringLiteral("contact@example.org");
        QTest::addRow("sentence_lowercase") << QStringLiteral("nous vous prions d'agréer");
        QTest::addRow("singleWord") << QStringLiteral("Calais");
        QTest::addRow("tooManyWords") << QStringLiteral("Réseau Education Sans Frontières Nord Pas Calais");
        // The tail of an organisation's name left alone on a line ("… Médecins / Sans Frontières").
        QTest::addRow("preposition_sans") << QStringLiteral("Sans Frontières");
        QTest::addRow("preposition_sur") << QStringLiteral("Sur Mer");
        QTest::addRow("empty") << QString();
        QTest::addRow("courtesyOnly") << QStringLiteral("Monsieur");
    }
    void parse_notAPerson()
    {
        QFETCH(QString, raw);
        const auto parsed = PersonName::parse(raw);
        QVERIFY2(!parsed.has_value(), qPrintable(parsed ? parsed->name : QString()));
    }

    void parse_knownFirstName_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<bool>("known");
        QTest::addRow("fr_known") << QStringLiteral("Jean Dupont") << true;
        QTest::addRow("fr_known_accent") << QStringLiteral("Geneviève Jacques") << true;
        QTest::addRow("fr_known_hyphenated") << QStringLiteral("Jean-Pierre Dupont") << true;
        QTest::addRow("unknown") << QStringLiteral("Hôtel Matignon") << false;
    }
    void parse_knownFirstName()
    {
        QFETCH(QString, raw);
        QFETCH(bool, known);
        const auto parsed = PersonName::parse(raw);
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->knownFirstName, known);
    }

    void recapitalize_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("expected");
        QTest::addRow("capitals") << QStringLiteral("TERZIAN") << QStringLiteral("Terzian");
        QTest::addRow("hyphenated") << QStringLiteral("JEAN-PIERRE") << QStringLiteral("Jean-Pierre");
        QTest::addRow("apostrophe") << QStringLiteral("D'ALMEIDA") << QStringLiteral("D'Almeida");
        QTest::addRow("accented") << QStringLiteral("GENEVIÈVE") << QStringLiteral("Geneviève");
        QTest::addRow("mixedCase_untouched") << QStringLiteral("McDonald") << QStringLiteral("McDonald");
        QTest::addRow("lowercase_untouched") << QStringLiteral("de") << QStringLiteral("de");
    }
    void recapitalize()
    {
        QFETCH(QString, token);
        QFETCH(QString, expected);
        QCOMPARE(PersonName::recapitalize(token), expected);
    }
};

QTEST_GUILESS_MAIN(TestPersonName)
#include "tst_personname.moc"
