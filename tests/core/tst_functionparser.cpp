// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/functionparser.h"

#include <QTest>

using namespace littoral::core;

class TestFunctionParser final : public QObject {
    Q_OBJECT
private slots:
    void organizationFor_data()
    {
        QTest::addColumn<QString>("function");
        QTest::addColumn<QString>("organization");

        QTest::addRow("fr_presidente_deLa") << QStringLiteral("Présidente de la Cimade") << QStringLiteral("La Cimade");
        QTest::addRow("fr_premiereMinistre") << QStringLiteral("Première ministre") << QStringLiteral("Services du Premier ministre");
        QTest::addRow("fr_ministreInterieurBritannique") << QStringLiteral("Ministre de l'Intérieur britannique") << QStringLiteral("Home Office");
        QTest::addRow("en_prefectOfThe") << QStringLiteral("Prefect of the Nord") << QStringLiteral("Prefecture of the Nord");
        QTest::addRow("en_subPrefectOf") << QStringLiteral("Sub-prefect of Dunkirk") << QStringLiteral("Sub-prefecture of Dunkirk");
        QTest::addRow("en_memberNationalAssembly") << QStringLiteral("Member of the National Assembly for the Nord")
                                                   << QStringLiteral("Assemblée nationale");
        QTest::addRow("fr_deputee") << QStringLiteral("Députée de la 7e circonscription du Nord") << QStringLiteral("Assemblée nationale");
        QTest::addRow("en_mpFor") << QStringLiteral("MP for Folkestone and Hythe") << QStringLiteral("House of Commons");
        QTest::addRow("fr_presidente_dApostrophe") << QStringLiteral("Présidente d'Amnesty International France")
                                                   << QStringLiteral("Amnesty International France");
        QTest::addRow("fr_president_de") << QStringLiteral("Président de Médecins Sans Frontières France")
                                         << QStringLiteral("Médecins Sans Frontières France");
        QTest::addRow("fr_presidente_du") << QStringLiteral("Présidente du Secours Catholique – Caritas France")
                                          << QStringLiteral("Secours Catholique – Caritas France");
        QTest::addRow("fr_maire") << QStringLiteral("Maire de Calais") << QStringLiteral("Mairie de Calais");
        QTest::addRow("fr_maire_trailingComma") << QStringLiteral("Le Maire de Grande-Synthe,") << QStringLiteral("Mairie de Grande-Synthe");
        QTest::addRow("fr_adjointAuMaire") << QStringLiteral("Adjoint au maire de Lille") << QStringLiteral("Mairie de Lille");
        QTest::addRow("fr_ministre_interieur") << QStringLiteral("ministre de l'Intérieur") << QStringLiteral("Ministère de l'Intérieur");
        QTest::addRow("fr_ministre_typographicApostrophe") << QStringLiteral(u"ministre de l’Intérieur")
                                                           << QStringLiteral(u"Ministère de l’Intérieur");
        QTest::addRow("fr_ministre_du") << QStringLiteral("Ministre du Logement") << QStringLiteral("Ministère du Logement");
        QTest::addRow("fr_ministreDeleguee") << QStringLiteral("ministre déléguée auprès du ministre des Solidarités et de la Santé")
                                             << QStringLiteral("Ministère des Solidarités et de la Santé");
        QTest::addRow("en_minister_ofThe") << QStringLiteral("Minister of the Interior") << QStringLiteral("Ministry of the Interior");
        QTest::addRow("en_minister_of") << QStringLiteral("Minister of Housing and Sustainable Homes")
                                        << QStringLiteral("Ministry of Housing and Sustainable Homes");
        QTest::addRow("en_interiorMinister") << QStringLiteral("the Interior Minister") << QStringLiteral("Ministry of the Interior");
        QTest::addRow("fr_prefet_du") << QStringLiteral("Préfet du Pas-de-Calais") << QStringLiteral("Préfecture du Pas-de-Calais");
        QTest::addRow("fr_prefete_de") << QStringLiteral("Préfète de la région Hauts-de-France")
                                       << QStringLiteral("Préfecture de la région Hauts-de-France");
        QTest::addRow("fr_sousPrefet") << QStringLiteral("Sous-préfet de Calais") << QStringLiteral("Sous-préfecture de Calais");
        QTest::addRow("fr_presidentRepublique") << QStringLiteral("Président de la République")
                                                << QStringLiteral("Présidence de la République");
        QTest::addRow("en_presidentRepublic") << QStringLiteral("President of the French Republic")
                                              << QStringLiteral("Presidency of the Republic");
        QTest::addRow("fr_premierMinistre") << QStringLiteral("Premier ministre") << QStringLiteral("Services du Premier ministre");
        QTest::addRow("en_primeMinister_french") << QStringLiteral("French Prime Minister") << QStringLiteral("Prime Minister's Office");
        QTest::addRow("fr_defenseurDesDroits") << QStringLiteral("Défenseur des droits") << QStringLiteral("Défenseur des droits");
        QTest::addRow("en_director_of") << QStringLiteral("Director of Help Refugees") << QStringLiteral("Help Refugees");
        QTest::addRow("fr_directrice_de") << QStringLiteral("Directrice de France terre d'asile") << QStringLiteral("France terre d'asile");
        QTest::addRow("fr_coordinateur_alone") << QStringLiteral("Coordinateur") << QString();
        QTest::addRow("en_director_alone") << QStringLiteral("Director") << QString();
        QTest::addRow("fr_porteParole_alone") << QStringLiteral("Porte-parole") << QString();
        // The function, a comma, the body it is held in.
        QTest::addRow("en_chair_comma") << QStringLiteral("Chair, Westbay Tenants Network") << QStringLiteral("Westbay Tenants Network");
        QTest::addRow("fr_coordinatrice_comma") << QStringLiteral("Coordinatrice, Collectif des Dunes") << QStringLiteral("Collectif des Dunes");
        // A place after the comma is not a body; a function that names its own keeps it.
        QTest::addRow("en_director_commaPlace") << QStringLiteral("Director, Dover") << QString();
        QTest::addRow("fr_maire_commaMore") << QStringLiteral("Maire de Loon-Plage, Vice-président de la Communauté urbaine")
                                            << QStringLiteral("Mairie de Loon-Plage");
    }
    void organizationFor()
    {
        QFETCH(QString, function);
        QFETCH(QString, organization);
        QCOMPARE(FunctionParser::organizationFor(function), organization);
    }

    void isFunction_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("function");
        QTest::addRow("fr_maire") << QStringLiteral("Maire de Calais") << true;
        QTest::addRow("fr_lePrefet") << QStringLiteral("le Préfet du Nord") << true;
        QTest::addRow("en_qualifiedOfficer") << QStringLiteral("Legal officer") << true;
        QTest::addRow("en_volunteerCoordinator") << QStringLiteral("Volunteer coordinator") << true;
        QTest::addRow("en_townCouncillor") << QStringLiteral("Town councillor") << true;
        QTest::addRow("fr_juriste") << QStringLiteral("Juriste") << true;
        QTest::addRow("fr_medecinGeneraliste") << QStringLiteral("Médecin généraliste") << true;
        QTest::addRow("fr_sousPrefete") << QStringLiteral("Sous-préfète de Dunkerque") << true;
        QTest::addRow("fr_coordinatrice") << QStringLiteral("Coordinatrice régionale") << true;
        QTest::addRow("fr_directriceGenerale") << QStringLiteral("Directrice générale") << true;
        QTest::addRow("fr_secretaireGenerale") << QStringLiteral("Secrétaire générale") << true;
        QTest::addRow("fr_porteParole") << QStringLiteral("Porte-parole de l'Auberge des migrants") << true;
        QTest::addRow("en_director") << QStringLiteral("Director") << true;
        QTest::addRow("en_homeSecretaryIsSecretary") << QStringLiteral("Secretary of State for the Home Department") << true;
        QTest::addRow("en_chair") << QStringLiteral("Chair of the Board") << true;
        QTest::addRow("person_notFunction") << QStringLiteral("Jean Dupont") << false;
        QTest::addRow("org_notFunction") << QStringLiteral("La Cimade") << false;
        QTest::addRow("prose_notFunction") << QStringLiteral("Nous avons appris") << false;
        QTest::addRow("word_startingLikeFunction") << QStringLiteral("Mairies et villages") << false;
    }
    void isFunction()
    {
        QFETCH(QString, text);
        QFETCH(bool, function);
        QCOMPARE(FunctionParser::isFunction(text), function);
    }

    void asTitle_data()
    {
        QTest::addColumn<QString>("function");
        QTest::addColumn<QString>("title");
        QTest::addRow("fr_articleAndComma") << QStringLiteral("le Préfet,") << QStringLiteral("Préfet");
        QTest::addRow("en_legalNotArticle") << QStringLiteral("Legal officer") << QStringLiteral("Legal officer");
        QTest::addRow("en_lawyerNotArticle") << QStringLiteral("Lawyer,") << QStringLiteral("Lawyer");
        QTest::addRow("fr_lApostrophe") << QStringLiteral("l'Évêque d'Arras") << QStringLiteral("Évêque d'Arras");
        QTest::addRow("fr_laMaire") << QStringLiteral("la Maire de Calais") << QStringLiteral("Maire de Calais");
        QTest::addRow("fr_lApostrophe") << QStringLiteral("l'Adjoint au maire") << QStringLiteral("Adjoint au maire");
        QTest::addRow("en_the") << QStringLiteral("the Minister of the Interior.") << QStringLiteral("Minister of the Interior");
        QTest::addRow("fr_lowercaseCapitalised") << QStringLiteral("ministre de l'Intérieur") << QStringLiteral("Ministre de l'Intérieur");
        QTest::addRow("spaces") << QStringLiteral("  Coordinateur   national ") << QStringLiteral("Coordinateur national");
    }
    void asTitle()
    {
        QFETCH(QString, function);
        QFETCH(QString, title);
        QCOMPARE(FunctionParser::asTitle(function), title);
    }
};

QTEST_GUILESS_MAIN(TestFunctionParser)
#include "tst_functionparser.moc"
