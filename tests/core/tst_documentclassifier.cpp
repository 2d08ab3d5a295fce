// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/documentclassifier.h"

#include "core/extract/textlines.h"

#include <QTest>

using namespace littoral::core;

Q_DECLARE_METATYPE(littoral::core::DocumentType)

class TestDocumentClassifier final : public QObject {
    Q_OBJECT
private slots:
    void type_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<DocumentType>("type");

        QTest::addRow("letter_fr_salutationAndClosing")
            << QStringLiteral("Calais, le 3 mars 2016\n\nMonsieur le Préfet,\n\nNous vous écrivons au sujet de la lande.\n\n"
                              "Veuillez agréer, Monsieur le Préfet, nos salutations distinguées.\n\nJean Dupont\n")
            << DocumentType::Letter;
        QTest::addRow("press_govukNewsStory")
            << QStringLiteral("News story\n\nJoint action plan on Channel crossings\n\nFrom: Home Office\nPublished 2 August 2019\n\n"
                              "The UK and France today agreed a joint action plan to tackle small boat crossings.\n")
            << DocumentType::PressRelease;
        QTest::addRow("press_fr_officialVisit_feminine")
            << QStringLiteral("SOUS-PRÉFECTURE DE DUNKERQUE\n\nVisite sur le littoral\n\nDunkerque, le 4 avril 2018\n\n"
                              "La sous-préfète s'est rendue à Grande-Synthe pour rencontrer les services de l'État et les élus.\n")
            << DocumentType::PressRelease;
        QTest::addRow("letter_en_dearYours")
            << QStringLiteral("5 March 2018\n\nDear Home Secretary,\n\nWe are writing about Calais.\n\nYours sincerely,\n\nJane Smith\n")
            << DocumentType::Letter;
        QTest::addRow("letter_fr_cordialement")
            << QStringLiteral("Bonjour,\n\nVoici les informations demandées sur les maraudes.\n\nCordialement,\n\nPaul\n")
            << DocumentType::Letter;
        QTest::addRow("openLetter_fr_title")
            << QStringLiteral("Lettre ouverte au Président de la République\n\nMonsieur le Président,\n\nTexte.\n\nLes signataires\n")
            << DocumentType::OpenLetter;
        QTest::addRow("openLetter_en_title")
            << QStringLiteral("Open letter to the French Prime Minister\n\n10th of July 2014\n\nDear Prime Minister,\n\nText.\n")
            << DocumentType::OpenLetter;
        QTest::addRow("openLetter_signatoryListNoSalutation")
            << QStringLiteral("Appel pour l'accueil des exilés\n\nNous, associations du Calaisis, demandons un accueil digne.\n\n"
                              "Signataires :\n- La Cimade\n- Utopia 56\n")
            << DocumentType::OpenLetter;
        QTest::addRow("pressRelease_fr_communiqueDePresse")
            << QStringLiteral("COMMUNIQUÉ DE PRESSE\n\nCalais, le 3 septembre 2019\n\nLes expulsions continuent.\n")
            << DocumentType::PressRelease;
        QTest::addRow("pressRelease_en_pressRelease")
            << QStringLiteral("PRESS RELEASE\n\nLondon, 5 March 2018\n\nCharities call for safe routes.\n") << DocumentType::PressRelease;
        QTest::addRow("pressRelease_en_communiqueIssuedBy")
            << QStringLiteral("Meeting on Calais\n\nDismantling of the Calais camp – Communiqué issued by the Ministry of the Interior\n\n"
                              "Paris, 11 October 2016\n\nThe Ministers met voluntary organisations.\n")
            << DocumentType::PressRelease;
        QTest::addRow("pressRelease_fr_forImmediateRelease")
            << QStringLiteral("Pour diffusion immédiate\n\nLa Cimade dénonce les expulsions.\n") << DocumentType::PressRelease;
        QTest::addRow("pressRelease_ministryWithoutTheWord")
            << QStringLiteral("Déplacement à Calais\n\n9 novembre 2020\n\nGérald Darmanin, ministre de l'Intérieur, a présidé une réunion "
                              "de travail sur la situation migratoire dans le Calaisis.\n")
            << DocumentType::PressRelease;
        QTest::addRow("pressRelease_en_ministerAnnouncedWithoutTheWord")
            << QStringLiteral("Calais: new measures\n\nThe Minister announced today new reception places in Calais.\n")
            << DocumentType::PressRelease;
        QTest::addRow("other_report")
            << QStringLiteral("Rapport d'observation\n\nLa situation sanitaire des campements reste préoccupante.\n\n"
                              "1. Accès à l'eau\n2. Accès aux soins\n")
            << DocumentType::Other;
        QTest::addRow("other_empty") << QString() << DocumentType::Other;
    }
    void type()
    {
        QFETCH(QString, text);
        QFETCH(DocumentType, type);
        QCOMPARE(documentTypeName(DocumentClassifier::type(TextLines(text))), documentTypeName(type));
    }

    void language_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::addRow("fr") << QStringLiteral("Nous vous écrivons au sujet de la situation des personnes exilées qui sont à Calais "
                                              "depuis des mois et pour lesquelles aucune solution n'a été proposée.")
                            << QStringLiteral("fr");
        QTest::addRow("fr_accentsStripped") << QStringLiteral("La ville de Calais a subi la crise que vous connaissez, et nous "
                                                              "sommes dans une situation qui est tres difficile pour les associations.")
                                            << QStringLiteral("fr");
        QTest::addRow("en") << QStringLiteral("We are writing to you about the situation of the children who remain in Calais and "
                                              "who have family in the United Kingdom.")
                            << QStringLiteral("en");
        QTest::addRow("en_withFrenchNames") << QStringLiteral("The Ministers met the voluntary organisations of the Calais camp with "
                                                              "Mme Emmanuelle Cosse and M. Bernard Cazeneuve at the Ministry of the Interior.")
                                            << QStringLiteral("en");
        QTest::addRow("de") << QStringLiteral("Wir schreiben Ihnen, weil die Situation der Flüchtlinge in Calais nicht mehr "
                                              "tragbar ist und sich auch die Lage der Kinder verschlechtert.")
                            << QStringLiteral("de");
        QTest::addRow("tooShort_unknown") << QStringLiteral("Calais 2016") << QString();
        QTest::addRow("twoStopwordsOnly_unknown") << QStringLiteral("The Jungle of Calais") << QString();
        QTest::addRow("veryShort_fr_unknown") << QStringLiteral("De Calais à Paris.") << QString();
        // "en" and "de" are French too: shared by French, Spanish and Dutch they count a third or a half
        // to each, and the words of one language alone ("est", "nous", "les") decide.
        QTest::addRow("fr_enAndDe_short") << QStringLiteral("Il en est de même en France.") << QStringLiteral("fr");
        QTest::addRow("fr_enAndDe_sentence") << QStringLiteral("Nous en parlerons de nouveau en janvier avec les élus de la région.")
                                             << QStringLiteral("fr");
        QTest::addRow("es_deAndLa") << QStringLiteral("La casa de la familia está en el centro de la ciudad.") << QStringLiteral("es");
        QTest::addRow("es") << QStringLiteral("Los vecinos del barrio se reunieron para hablar de los problemas que tienen con el "
                                              "alquiler, y también de las soluciones posibles.")
                            << QStringLiteral("es");
        QTest::addRow("it") << QStringLiteral("Il sindaco di Roma ha detto che la città non ha abbastanza posti per tutti.")
                            << QStringLiteral("it");
        QTest::addRow("nl") << QStringLiteral("De burgemeester van de stad heeft gezegd dat er te weinig plaatsen zijn.")
                            << QStringLiteral("nl");
        QTest::addRow("de_dieIsAlsoDutch") << QStringLiteral("Die Stadt hat die Schule in der Nähe des Bahnhofs gebaut.")
                                           << QStringLiteral("de");
        // A bilingual letter is in the language of most of its words.
        QTest::addRow("mixed_frMajority_enSummary")
            << QStringLiteral("Madame,\n\nIl en est de même en Belgique et en France depuis des années : de plus en plus "
                              "de familles en attente de logement.\n\nSummary in English: we thank you for the help.\n")
            << QStringLiteral("fr");
        QTest::addRow("mixed_enMajority_frQuote")
            << QStringLiteral("Dear Sir,\n\nThe mayor told us that « il en est de même en France ». We do not think that this "
                              "is the case, and we have written to the ministry about it, as you asked in your letter.\n")
            << QStringLiteral("en");
        // Folded words are compared, and so are the lists: "été", "très", "für" and "über" count.
        QTest::addRow("accentedStopwords_fr") << QStringLiteral("J'ai été très touché, vous avez été très patients.")
                                              << QStringLiteral("fr");
        QTest::addRow("accentedStopwords_de") << QStringLiteral("Vielen Dank für Ihre Hilfe, für Ihre Geduld und über alles für Ihre Zeit.")
                                              << QStringLiteral("de");
        // A word of one language outweighs words that several share.
        QTest::addRow("specificStopwordsWeighMore") << QStringLiteral("the and of Calais le la les") << QStringLiteral("en");
        QTest::addRow("sharedStopword_decidedByOthers") << QStringLiteral("en Calais, en Dunkerque, het kamp en de haven")
                                                        << QStringLiteral("nl");
        // Stop words shared by French and Spanish only ("en", "la", "de"): the letters of the other
        // words decide ("ción", "ñ"; "grève", "place"), not the order of the codes.
        QTest::addRow("tie_decidedByTrigrams_es") << QStringLiteral("Huelga general en España: la manifestación de mañana")
                                                  << QStringLiteral("es");
        QTest::addRow("tie_decidedByTrigrams_fr") << QStringLiteral("Grève générale en France : la manifestation de demain")
                                                  << QStringLiteral("fr");
    }
    void language()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QCOMPARE(DocumentClassifier::language(text), language);
    }

    void title_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<DocumentType>("type");
        QTest::addColumn<QString>("title");
        QTest::addRow("letter_objet") << QStringLiteral("Calais, le 3 mars 2016\n\nObjet : distributions de repas\n\nMonsieur,\n\nTexte.\n")
                                      << DocumentType::Letter << QStringLiteral("distributions de repas");
        QTest::addRow("letter_subject") << QStringLiteral("5 March 2018\n\nSubject: Unaccompanied children in Calais\n\nDear Sir,\n\nText.\n")
                                        << DocumentType::Letter << QStringLiteral("Unaccompanied children in Calais");
        QTest::addRow("letter_noSubject_empty") << QStringLiteral("VILLE\nde\nCalais\n\nLe 7 février 2017\n\nCher Monsieur,\n\nTexte.\n")
                                                << DocumentType::Letter << QString();
        QTest::addRow("pressRelease_headline")
            << QStringLiteral("Affectation de 200 policiers supplémentaires dans le Calaisis\n\n9 novembre 2020\n\nTexte.\n")
            << DocumentType::PressRelease << QStringLiteral("Affectation de 200 policiers supplémentaires dans le Calaisis");
    }
    void title()
    {
        QFETCH(QString, text);
        QFETCH(DocumentType, type);
        QFETCH(QString, title);
        const TextLines lines(text);
        qsizetype dateLine = -1;
        for (qsizetype i = 0; i < lines.size(); ++i)
            if (lines.at(i).content.contains(QLatin1String("20")) && lines.at(i).content.size() < 30)
                dateLine = i;
        QCOMPARE(DocumentClassifier::title(lines, dateLine, type), title);
    }
};

QTEST_GUILESS_MAIN(TestDocumentClassifier)
#include "tst_documentclassifier.moc"
