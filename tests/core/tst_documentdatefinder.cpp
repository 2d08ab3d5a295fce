// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/documentdatefinder.h"

#include "core/extract/dateparser.h"
#include "core/extract/documentextractor.h"
#include "core/extract/textlines.h"

#include <QTest>

using namespace littoral::core;

class TestDocumentDateFinder final : public QObject {
    Q_OBJECT
private slots:
    // The date of writing, with the traps around it. An empty edtf means "no document date".
    void find_documentDate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("edtf");
        QTest::addColumn<QString>("precision");
        QTest::addColumn<QString>("evidence"); // contained in the evidence text
        QTest::addColumn<QString>("place");

        QTest::addRow("fr_placeLe_afterAddressBlock") << QStringLiteral(
            "Monsieur Pierre LEROY\nPréfet du Nord\n12, rue Jean Sans Peur\n59039 LILLE Cedex\n\n"
            "Paris, le 20 juin 2017\n\nMonsieur le Préfet,\n\n"
            "Nous avons appris que le 14 juin 2017 une nouvelle opération d'expulsion a eu lieu à Grande-Synthe, sans aucune "
            "solution d'hébergement pour les familles présentes sur place depuis des mois.\n\n"
            "Nous vous prions d'agréer, Monsieur le Préfet, l'expression de notre haute considération.\n\nLe Collectif\n")
                                                      << QStringLiteral("2017-06-20") << QStringLiteral("day")
                                                      << QStringLiteral("Paris, le 20 juin 2017") << QStringLiteral("Paris");
        QTest::addRow("fr_ordinal_1er_withPlace") << QStringLiteral(
            "Association Terre d'errance\n\nCalais, le 1er octobre 2016\n\nMadame la Ministre,\n\n"
            "Depuis le mois de juillet, la situation se dégrade sur le littoral et nous tenons à vous en faire part.\n")
                                                  << QStringLiteral("2016-10-01") << QStringLiteral("day")
                                                  << QStringLiteral("1er octobre 2016") << QStringLiteral("Calais");
        QTest::addRow("fr_le_noPlace") << QStringLiteral("VILLE\nde\nCalais\n\nLe 7 février 2017\n\nCher Monsieur,\n\nTexte.\n")
                                       << QStringLiteral("2017-02-07") << QStringLiteral("day") << QStringLiteral("Le 7 février 2017")
                                       << QString();
        QTest::addRow("fr_weekday") << QStringLiteral("Communiqué\n\nLundi 24 octobre 2016\n\nLe démantèlement a commencé.\n")
                                    << QStringLiteral("2016-10-24") << QStringLiteral("day") << QStringLiteral("Lundi 24 octobre 2016")
                                    << QString();
        QTest::addRow("press_placeCapitals_dash") << QStringLiteral(
            "Le ministre de l'Intérieur à Calais\n\n"
            "PARIS, 24 octobre 2016 – Le ministre de l'Intérieur s'est rendu ce jour à Calais pour suivre les opérations de mise à "
            "l'abri des personnes présentes dans la lande, en présence du préfet du Pas-de-Calais.\n")
                                                  << QStringLiteral("2016-10-24") << QStringLiteral("day")
                                                  << QStringLiteral("24 octobre 2016") << QStringLiteral("Paris");
        QTest::addRow("fr_faitA_atSignature") << QStringLiteral(
            "Madame la Préfète,\n\n"
            "Nous souhaitons attirer votre attention sur la situation des mineurs isolés présents à Calais, dont le nombre ne cesse "
            "de croître depuis l'été 2015 sans qu'aucune mise à l'abri ne soit organisée par vos services.\n\n"
            "Veuillez agréer, Madame la Préfète, nos salutations respectueuses.\n\nFait à Lille, le 3 mars 2018\n\nJean Moreau\n")
                                              << QStringLiteral("2018-03-03") << QStringLiteral("day")
                                              << QStringLiteral("3 mars 2018") << QStringLiteral("Lille");
        QTest::addRow("fr_placeOnLineAbove") << QStringLiteral("Calais,\nle 3 mars 2016\n\nMonsieur le Maire,\n\nTexte.\n")
                                             << QStringLiteral("2016-03-03") << QStringLiteral("day") << QStringLiteral("3 mars 2016")
                                             << QStringLiteral("Calais");
        QTest::addRow("numeric_slash") << QStringLiteral("Dunkerque, le 24/10/2016\n\nMonsieur,\n\nTexte.\n")
                                       << QStringLiteral("2016-10-24") << QStringLiteral("day") << QStringLiteral("24/10/2016")
                                       << QStringLiteral("Dunkerque");
        QTest::addRow("numeric_dot") << QStringLiteral("Calais, le 24.10.2016\n\nMonsieur,\n\nTexte.\n")
                                     << QStringLiteral("2016-10-24") << QStringLiteral("day") << QStringLiteral("24.10.2016")
                                     << QStringLiteral("Calais");
        QTest::addRow("iso_dateLabel") << QStringLiteral("Date : 2016-10-24\n\nObjet : hébergement\n\nMadame,\n\nTexte.\n")
                                       << QStringLiteral("2016-10-24") << QStringLiteral("day") << QStringLiteral("2016-10-24")
                                       << QString();
        QTest::addRow("en_ordinalOf") << QStringLiteral("Open letter to the Minister\n\n    10th of July 2014 \n\nDear Minister,\n\nText.\n")
                                      << QStringLiteral("2014-07-10") << QStringLiteral("day") << QStringLiteral("10th of July 2014")
                                      << QString();
        QTest::addRow("en_monthDayYear") << QStringLiteral("Help Refugees\n\nOctober 24th, 2016\n\nDear Home Secretary,\n\nText.\n")
                                         << QStringLiteral("2016-10-24") << QStringLiteral("day")
                                         << QStringLiteral("October 24th, 2016") << QString();
        QTest::addRow("en_abbrevMonth_withPlace") << QStringLiteral("London, Oct. 24, 2016\n\nDear Sir,\n\nText.\n")
                                                  << QStringLiteral("2016-10-24") << QStringLiteral("day")
                                                  << QStringLiteral("Oct. 24, 2016") << QStringLiteral("London");
        QTest::addRow("monthPrecision") << QStringLiteral("Lettre d'information\n\nOctobre 2016\n\nLes associations du Calaisis.\n")
                                        << QStringLiteral("2016-10") << QStringLiteral("month") << QStringLiteral("Octobre 2016")
                                        << QString();
        QTest::addRow("yearPrecision") << QStringLiteral("Rapport annuel\n\n2015\n\nLes associations du Calaisis.\n")
                                       << QStringLiteral("2015") << QStringLiteral("year") << QStringLiteral("2015") << QString();

        // Traps: the stamp comes first in the text, the real date after it (or not at all).
        QTest::addRow("trap_publishedOnFooter") << QStringLiteral(
            "Meeting on Calais\n\nParis, 11 October 2016\n\nThe Ministers met the voluntary organisations today.\n\n"
            "Published on 03/01/2020\n\ntop of the page\n")
                                                << QStringLiteral("2016-10-11") << QStringLiteral("day")
                                                << QStringLiteral("11 October 2016") << QStringLiteral("Paris");
        QTest::addRow("trap_publishedOnOnly_null") << QStringLiteral(
            "Meeting on Calais\n\nThe Ministers met the voluntary organisations today.\n\nPublished on 03/01/2020\n")
                                                   << QString() << QString() << QString() << QString();
        // A web page's "Published" line above its text is its date when no other date is written.
        QTest::addRow("webPage_publishedAtTop_onlyDate") << QStringLiteral(
            "Press release\n\nExtra funding for the port of Calais\n\nFrom: Home Office\nPublished 14 November 2018\n\n"
            "The Home Secretary today confirmed new funding for fencing and detection equipment at the port of Calais.\n")
                                                         << QStringLiteral("2018-11-14") << QStringLiteral("day")
                                                         << QStringLiteral("14 November 2018") << QString();
        QTest::addRow("webPage_publishedAtTop_dateLineWins") << QStringLiteral(
            "Published on 20 March 2019\n\nCalais, 18 March 2019\n\nThe associations met the prefect this morning to discuss "
            "the winter shelter plan.\n")
                                                             << QStringLiteral("2019-03-18") << QStringLiteral("day")
                                                             << QStringLiteral("18 March 2019") << QStringLiteral("Calais");
        QTest::addRow("trap_misAJour") << QStringLiteral(
            "Mis à jour le 5 mars 2019\n\nCalais, le 2 mars 2019\n\nCommuniqué de l'Auberge des migrants\n\nTexte.\n")
                                       << QStringLiteral("2019-03-02") << QStringLiteral("day") << QStringLiteral("2 mars 2019")
                                       << QStringLiteral("Calais");
        QTest::addRow("trap_imprimeLe") << QStringLiteral(
            "Imprimé le 12/04/2018\n\nLe 10 avril 2018\n\nMonsieur le Sous-préfet,\n\nTexte.\n")
                                        << QStringLiteral("2018-04-10") << QStringLiteral("day") << QStringLiteral("10 avril 2018")
                                        << QString();
        QTest::addRow("trap_faxTimestamp_faxDu") << QStringLiteral(
            "Fax du 12/03/2018 14:32\n\nPRÉFECTURE DU PAS-DE-CALAIS\n\nArras, le 9 mars 2018\n\nMadame la Présidente,\n\nTexte.\n")
                                                 << QStringLiteral("2018-03-09") << QStringLiteral("day")
                                                 << QStringLiteral("9 mars 2018") << QStringLiteral("Arras");
        QTest::addRow("trap_faxTimestamp_bare") << QStringLiteral(
            "12/03/2018 14:32 FAX 0321466232 PREFECTURE P.01/03\n\nArras, le 9 mars 2018\n\nMadame,\n\nTexte.\n")
                                                << QStringLiteral("2018-03-09") << QStringLiteral("day")
                                                << QStringLiteral("9 mars 2018") << QStringLiteral("Arras");
        QTest::addRow("trap_votreCourrierDu") << QStringLiteral(
            "Objet : votre courrier du 12 janvier 2018\n\nCalais, le 2 février 2018\n\nMadame,\n\nTexte.\n")
                                              << QStringLiteral("2018-02-02") << QStringLiteral("day")
                                              << QStringLiteral("2 février 2018") << QStringLiteral("Calais");
        QTest::addRow("trap_votreCourrierDu_only_null") << QStringLiteral(
            "Objet : votre courrier du 12 janvier 2018\n\nMadame,\n\nNous avons bien reçu votre demande.\n")
                                                        << QString() << QString() << QString() << QString();
        QTest::addRow("trap_yourLetterOf") << QStringLiteral(
            "Re: your letter of 12 January 2018\n\n5 February 2018\n\nDear Ms Smith,\n\nText.\n")
                                           << QStringLiteral("2018-02-05") << QStringLiteral("day")
                                           << QStringLiteral("5 February 2018") << QString();
        QTest::addRow("trap_postedOn") << QStringLiteral(
            "Posted on March 3, 2020 by admin\n\nCalais, 28 February 2020\n\nPress release\n\nText.\n")
                                       << QStringLiteral("2020-02-28") << QStringLiteral("day")
                                       << QStringLiteral("28 February 2020") << QStringLiteral("Calais");
        QTest::addRow("trap_bodyDate_realDateWins") << QStringLiteral(
            "Le 7 février 2017\n\nCher Monsieur,\n\n"
            "Le 24 octobre 2016, l'État a engagé le démantèlement du campement de la lande, et depuis cette date la ville a "
            "accompagné les associations humanitaires dans des conditions difficiles.\n")
                                                    << QStringLiteral("2017-02-07") << QStringLiteral("day")
                                                    << QStringLiteral("7 février 2017") << QString();
        QTest::addRow("trap_bodyDateOnly_null") << QStringLiteral(
            "Monsieur le Préfet,\n\n"
            "Le 24 octobre 2016, l'État a engagé le démantèlement du campement de la lande, et depuis cette date la ville a "
            "accompagné les associations humanitaires dans des conditions difficiles.\n\n"
            "Nous vous prions d'agréer nos salutations.\n\nLe Collectif\n")
                                                << QString() << QString() << QString() << QString();
        QTest::addRow("noDate_null") << QStringLiteral("Cher Monsieur,\n\nMerci pour votre lettre.\n\nCordialement,\n\nJean\n")
                                     << QString() << QString() << QString() << QString();
    }
    void find_documentDate()
    {
        QFETCH(QString, text);
        QFETCH(QString, edtf);
        QFETCH(QString, precision);
        QFETCH(QString, evidence);
        QFETCH(QString, place);

        const TextLines lines(text);
        const QList<DateMention> mentions = DateParser::findAll(text);
        const DocumentDateFinder::Found found = DocumentDateFinder::find(lines, mentions);
        if (edtf.isEmpty()) {
            QVERIFY2(!found.date.has_value(), qPrintable(found.date ? found.date->evidence.text : QString()));
            QVERIFY(found.place.isEmpty());
            QCOMPARE(found.line, qsizetype(-1));
            return;
        }
        QVERIFY(found.date.has_value());
        const DocumentDate& d = *found.date;
        QCOMPARE(d.date.toEdtf(), edtf);
        QCOMPARE(precisionName(d.date.precision()), precision);
        QVERIFY2(d.evidence.text.contains(evidence), qPrintable(d.evidence.text));
        QVERIFY(d.evidence.offset >= 0);
        QCOMPARE(text.mid(d.evidence.offset, d.evidence.text.size()), d.evidence.text);
        QVERIFY(d.confidence > 0.0 && d.confidence <= 1.0);
        QCOMPARE(found.place, place);
        QCOMPARE(lines.lineAt(d.evidence.offset + d.evidence.text.size() - 1), found.line);
        QVERIFY(found.mentionIndex >= 0 && found.mentionIndex < mentions.size());
    }

    // Through the whole pipeline: the document date and place reach the Extraction, and the
    // mayor's town stands in for a date line without a place.
    void extract_dateAndPlace_reachExtraction()
    {
        const QString text = QStringLiteral("Fait à Lille, le 3 mars 2018\n\nMonsieur le Maire,\n\nTexte de la lettre.\n");
        const Extraction e = DocumentExtractor::extract(text);
        QVERIFY(e.date.has_value());
        QCOMPARE(e.date->date.toEdtf(), QStringLiteral("2018-03-03"));
        QCOMPARE(e.place, QStringLiteral("Lille"));
        QCOMPARE(text.mid(e.date->evidence.offset, e.date->evidence.text.size()), e.date->evidence.text);
    }

    // Without a place on the date line, a letter's place is the town of its sender's own address:
    // the letterhead's postcode line or the footer's, never the recipient's address block.
    void extract_placeFromSenderAddress_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("place");
        const QString body = QStringLiteral(
            "Nous souhaitons vous alerter sur la situation des familles installées près du canal, privées d'eau potable depuis "
            "la fermeture des robinets du quai au début du mois.\n\n");
        QTest::addRow("letterhead_postcodeCapitals")
            << QStringLiteral("Association Terre d'Accueil\n8, rue des Prés\n62500 SAINT-OMER\n\nLe 2 mai 2019\n\n"
                              "Monsieur le Sous-préfet\n2, rue Richelieu\n62100 Calais\n\nMonsieur le Sous-préfet,\n\n")
                   + body + QStringLiteral("Veuillez agréer nos salutations.\n\nAnne Morel\nPrésidente\n")
            << QStringLiteral("Saint-Omer");
        QTest::addRow("letterhead_cedex_compoundTown")
            << QStringLiteral("Collectif Solidarité Littoral\nBP 41\n62201 BOULOGNE-SUR-MER Cedex\n\n3 juin 2018\n\nMadame la Préfète,\n\n")
                   + body + QStringLiteral("Cordialement,\n\nLuc Petit\n")
            << QStringLiteral("Boulogne-sur-Mer");
        QTest::addRow("letterhead_britishPostcode")
            << QStringLiteral("Kent Refugee Help\n21 Castle Street\nCanterbury CT1 2QU\n\n5 July 2017\n\nDear Home Secretary,\n\n"
                              "We write about the children who remain in Calais after the closure of the camp and who have family "
                              "in the United Kingdom.\n\nYours sincerely,\n\nMary Jones\n")
            << QStringLiteral("Canterbury");
        QTest::addRow("footer_dashSeparated")
            << QStringLiteral("PRÉFET DU NORD\n\nLe 9 janvier 2020\n\nMadame la Présidente,\n\n") + body
                   + QStringLiteral("Je vous prie d'agréer, Madame la Présidente, mes salutations distinguées.\n\nLe Préfet,\n\nPaul Garnier\n\n"
                                    "Préfecture du Nord – 12, rue Jean sans Peur – 59039 LILLE Cedex\n")
            << QStringLiteral("Lille");
        QTest::addRow("recipientBlockFirst_notThePlace")
            << QStringLiteral("Monsieur le Préfet du Pas-de-Calais\nRue Ferdinand Buisson\n62020 ARRAS Cedex 9\n\nLe 4 mars 2017\n\n"
                              "Monsieur le Préfet,\n\n") + body + QStringLiteral("Cordialement,\n\nJeanne Roux\n")
            << QString();
        QTest::addRow("copyListAtEnd_notThePlace")
            << QStringLiteral("Le 4 mars 2017\n\nMadame la Maire,\n\n") + body
                   + QStringLiteral("Cordialement,\n\nJeanne Roux\n\nCopie à :\n\nSous-préfecture de Calais, 2 rue Richelieu, 62100 Calais\n")
            << QString();
        QTest::addRow("dateLinePlaceWins")
            << QStringLiteral("Association Terre d'Accueil\n62500 SAINT-OMER\n\nCalais, le 2 mai 2019\n\nMonsieur le Maire,\n\n") + body
                   + QStringLiteral("Cordialement,\n\nAnne Morel\n")
            << QStringLiteral("Calais");
    }
    void extract_placeFromSenderAddress()
    {
        QFETCH(QString, text);
        QFETCH(QString, place);
        const Extraction e = DocumentExtractor::extract(text);
        QCOMPARE(e.type, DocumentType::Letter);
        QCOMPARE(e.place, place);
    }

    // A higher confidence for a date on its own line than for one found only by position.
    void find_confidence_ownLineAboveWeakPosition()
    {
        const QString strong = QStringLiteral("Calais, le 3 mars 2016\n\nMonsieur,\n\nTexte.\n");
        const QString weak = QStringLiteral("Réunion des associations 3 mars 2016 salle Pierre\n\nTexte.\n");
        const auto a = DocumentDateFinder::find(TextLines(strong), DateParser::findAll(strong));
        const auto b = DocumentDateFinder::find(TextLines(weak), DateParser::findAll(weak));
        QVERIFY(a.date && b.date);
        QVERIFY2(a.date->confidence > b.date->confidence,
            qPrintable(QStringLiteral("%1 <= %2").arg(a.date->confidence).arg(b.date->confidence)));
    }
};

QTEST_GUILESS_MAIN(TestDocumentDateFinder)
#include "tst_documentdatefinder.moc"
