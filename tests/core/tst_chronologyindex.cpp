// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Mentioned events linked to a chronology: the real extraction on realistic sentences, the date and word
// rules one by one, the sample corpus's documents, and build() at 100,000 mentioned events.
#include "support/cputime.h"
#include "support/samplecorpus.h"
#include "core/extract/documentextractor.h"
#include "core/models/chronologyindex.h"
#include "core/models/corpusindex.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace littoral::core;

namespace {

ChronologyEvent chronologyEvent(const char* id, const char* edtf, const char* labelFr, const char* labelEn,
    const char* descriptionFr = "", const char* descriptionEn = "")
{
    ChronologyEvent event;
    event.id = QString::fromUtf8(id);
    if (!event.setEdtf(QString::fromUtf8(edtf)))
        qFatal("bad test date %s", edtf);
    event.labelFr = QString::fromUtf8(labelFr);
    event.labelEn = QString::fromUtf8(labelEn);
    event.descriptionFr = QString::fromUtf8(descriptionFr);
    event.descriptionEn = QString::fromUtf8(descriptionEn);
    event.sourceUrl = QStringLiteral("https://example.org/") + event.id;
    return event;
}

// A small chronology written for these tests (the bundled one is another part's, and may change).
QList<ChronologyEvent> testChronology()
{
    return {
        chronologyEvent("2002-12-sangatte", "2002-12", "Fermeture du centre de Sangatte",
            "Closure of the Sangatte centre",
            "Le centre d’hébergement de la Croix-Rouge à Sangatte ferme ses portes.",
            "The Red Cross shelter at Sangatte shuts."),
        chronologyEvent("2015-08-20-declaration", "2015-08-20",
            "Déclaration conjointe franco-britannique sur Calais", "UK–France joint declaration on Calais",
            "Les deux ministres de l’Intérieur signent un plan commun.",
            "The two interior ministers sign a common plan."),
        chronologyEvent("2016-03-south", "2016-02-29/2016-03-16",
            "Démantèlement de la zone sud de la Jungle de Calais",
            "Demolition of the southern part of the Calais Jungle",
            "Les abris de la partie sud du camp de la Lande sont détruits.",
            "The shelters of the southern part of the Lande camp are destroyed."),
        chronologyEvent("2016-10-24-jungle", "2016-10-24/2016-10-26",
            "Évacuation et démantèlement de la Jungle de Calais",
            "Evacuation and demolition of the Calais Jungle",
            "Les habitants du camp de la Lande partent vers des centres d’accueil et d’orientation, puis le "
            "camp est détruit.",
            "The people of the Lande camp leave for reception and orientation centres, then the camp is "
            "destroyed."),
        chronologyEvent("2018-01-18-sandhurst", "2018-01-18", "Traité de Sandhurst", "Sandhurst Treaty",
            "Le Royaume-Uni et la France signent un traité sur leur frontière commune.",
            "The United Kingdom and France sign a treaty on their shared border."),
    };
}

// A letter around one sentence, as the extraction sees letters.
Extraction extractSentence(const QString& sentence)
{
    const QString text = QStringLiteral("Calais, le 3 décembre 2018\n\nMonsieur le Préfet,\n\n") + sentence
        + QStringLiteral("\n\nVeuillez agréer nos salutations.\n\nClaire Martin\nPrésidente\n");
    return DocumentExtractor::extract(text);
}

} // namespace

class TestChronologyIndex final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Sentences through the real extraction: the events it finds in them and the chronology event each
    // is linked to ("" when none may be).
    void extractedEvent_isLinkedByDateAndWords_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("edtf"); // the date of the mentioned event the sentence is about
        QTest::addColumn<QString>("linked");
        QTest::addRow("fr_month_southZone") << "Nous dénonçons le démantèlement de la zone sud en mars 2016, "
                                               "sans aucune solution d’hébergement."
                                            << "2016-03"
                                            << "2016-03-south";
        QTest::addRow("en_month_demolition")
            << "Nothing was offered to the families after the demolition of the Jungle in October 2016."
            << "2016-10"
            << "2016-10-24-jungle";
        QTest::addRow("fr_day_evacuation")
            << "Depuis l’évacuation du 24 octobre 2016, des mineurs dorment dehors."
            << "2016-10-24"
            << "2016-10-24-jungle";
        QTest::addRow("en_month_closure") << "These policies have been followed by successive governments "
                                             "since the closure of the Sangatte camp in December 2002."
                                          << "2002-12"
                                          << "2002-12-sangatte";
        QTest::addRow("fr_sameMonth_unrelated")
            << "La grève des dockers du port de Calais a commencé en octobre 2016."
            << "2016-10"
            << "";
        QTest::addRow("fr_otherYear_sameWords") << "Nous rappelons le démantèlement de la zone sud en mars "
                                                   "2017, sans aucune solution d’hébergement."
                                                << "2017-03"
                                                << "";
        QTest::addRow("en_otherYear_sameWords")
            << "Nothing was offered to the families after the demolition of the Jungle in October 2015."
            << "2015-10"
            << "";
    }
    void extractedEvent_isLinkedByDateAndWords()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, edtf);
        QFETCH(QString, linked);
        const ChronologyIndex index = ChronologyIndex::build(testChronology(), nullptr);
        const Extraction extraction = extractSentence(sentence);
        QStringList found;
        const MentionedEvent* mention = nullptr;
        for (const MentionedEvent& event : extraction.events) {
            found << event.date.toEdtf() + QLatin1Char(' ') + event.label;
            if (event.date.toEdtf() == edtf)
                mention = &event;
        }
        QVERIFY2(mention, qPrintable(found.join(QStringLiteral(" | "))));
        const qsizetype i = index.match(mention->label, mention->date);
        QCOMPARE(i < 0 ? QString() : index.events().at(i).id, linked);
        // No other event of the sentence is linked elsewhere.
        for (const MentionedEvent& event : extraction.events)
            if (&event != mention)
                QVERIFY2(index.match(event.label, event.date) < 0, qPrintable(event.label));
    }

    // The rules themselves, on labels as extraction writes them.
    void match_dateThenWords_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("edtf");
        QTest::addColumn<QString>("linked");
        QTest::addRow("year_wordsSayTheWholeLabel") << "La fermeture du centre de Sangatte"
                                                    << "2002"
                                                    << "2002-12-sangatte";
        QTest::addRow("year_wordsSayLittle") << "Des tensions dans la Jungle"
                                             << "2016"
                                             << "";
        QTest::addRow("year_twoEventsEquallySaid") << "Le démantèlement de la Jungle"
                                                   << "2016"
                                                   << "";
        QTest::addRow("season_mentionWhollySaid") << "Démantèlement de la Jungle"
                                                  << "2016-23"
                                                  << "2016-10-24-jungle";
        QTest::addRow("season_twoWordsOfMany")
            << "La situation des mineurs isolés depuis le démantèlement de la Jungle"
            << "2016-23"
            << "";
        QTest::addRow("year_bestOfTwo") << "Démantèlement de la zone sud de la Jungle"
                                        << "2016"
                                        << "2016-03-south";
        QTest::addRow("season_wholeLabel") << "Démantèlement de la Jungle de Calais"
                                           << "2016-23"
                                           << "2016-10-24-jungle";
        QTest::addRow("day_outsideTheEventsDays") << "L’évacuation de la Jungle"
                                                  << "2016-10-20"
                                                  << "";
        QTest::addRow("day_insideTheEventsDays") << "L’évacuation de la Jungle"
                                                 << "2016-10-25"
                                                 << "2016-10-24-jungle";
        QTest::addRow("day_sharedPlaceNameOnly") << "Réunion du conseil municipal de Calais"
                                                 << "2016-10-25"
                                                 << "";
        QTest::addRow("month_oneWordOnly") << "Le traité"
                                           << "2018-01"
                                           << "";
        QTest::addRow("month_twoWords_english") << "The Sandhurst treaty"
                                                << "2018-01"
                                                << "2018-01-18-sandhurst";
        QTest::addRow("day_accentsAndCaseAside") << "DECLARATION CONJOINTE"
                                                 << "2015-08-20"
                                                 << "2015-08-20-declaration";
        QTest::addRow("day_descriptionWord") << "La signature du plan"
                                             << "2015-08-20"
                                             << "2015-08-20-declaration";
        QTest::addRow("stopWordsOnly") << "Depuis le mois de"
                                       << "2016-10-25"
                                       << "";
        QTest::addRow("undated") << "Évacuation et démantèlement de la Jungle de Calais"
                                 << ""
                                 << "";
    }
    void match_dateThenWords()
    {
        QFETCH(QString, label);
        QFETCH(QString, edtf);
        QFETCH(QString, linked);
        const ChronologyIndex index = ChronologyIndex::build(testChronology(), nullptr);
        const qsizetype i = index.match(label, PartialDate::fromEdtf(edtf));
        QCOMPARE(i < 0 ? QString() : index.events().at(i).id, linked);
    }

    // Among events that match as well, the one nearest the mentioned date.
    void match_tie_goesToTheClosestDate()
    {
        const ChronologyIndex index = ChronologyIndex::build(
            { chronologyEvent(
                  "early", "2015-06-02", "Évacuation du campement du canal", "Evacuation of the canal camp"),
                chronologyEvent("late", "2015-06-20", "Évacuation du campement du canal",
                    "Evacuation of the canal camp") },
            nullptr);
        const ChronologyMatch early = index.score(
            QStringLiteral("l’évacuation du campement du canal"), PartialDate::ofMonth(2015, 6), 0);
        const ChronologyMatch late = index.score(
            QStringLiteral("l’évacuation du campement du canal"), PartialDate::ofMonth(2015, 6), 1);
        QVERIFY(early.matches && late.matches);
        QCOMPARE(early.score, late.score);
        QVERIFY(late.daysApart < early.daysApart);
        QCOMPARE(
            index.match(QStringLiteral("l’évacuation du campement du canal"), PartialDate::ofMonth(2015, 6)),
            1);
        QCOMPARE(
            index.match(QStringLiteral("l’évacuation du campement du canal"), PartialDate::ofDay(2015, 6, 2)),
            0);
    }

    // The sample corpus's own mentions: the letter of February 2017 recalls last autumn's demolition of
    // the Jungle, the English letter of 2014 the closure of Sangatte.
    void build_sampleCorpus_linksTheDocumentsThatMention()
    {
        QTemporaryDir dir;
        auto corpus = littoral::test::loadSampleCorpus(dir.filePath(QStringLiteral("sample.db")));
        QVERIFY2(corpus, qPrintable(corpus ? QString() : corpus.error().detail));
        const CorpusIndex& sample = **corpus;
        const ChronologyIndex index = ChronologyIndex::build(testChronology(), &sample);

        const auto sourcesMentioning = [&](const char* id) {
            QStringList sources;
            for (const qint64 document : index.documentsMentioning(index.indexOf(QString::fromLatin1(id))))
                sources << sample.document(document)->source;
            return sources;
        };
        QCOMPARE(sourcesMentioning("2016-10-24-jungle"),
            QStringList { QStringLiteral("000_a2062bf0896207c8.txt") });
        QCOMPARE(sourcesMentioning("2002-12-sangatte"),
            QStringList { QStringLiteral("004_5392c1dee33cf027.txt") });
        QCOMPARE(sourcesMentioning("2016-03-south"), QStringList {});
        QCOMPARE(sourcesMentioning("2018-01-18-sandhurst"), QStringList {});

        // Every corpus event's link is what match() says of its label and date.
        qsizetype linked = 0;
        for (qsizetype k = 0; k < sample.events().size(); ++k) {
            const DatedEvent& event = sample.events().at(k);
            QCOMPARE(index.matchOfCorpusEvent(k), index.match(event.label, event.date));
            linked += index.matchOfCorpusEvent(k) >= 0;
        }
        QCOMPARE(linked, 2);
        QCOMPARE(index.matchOfCorpusEvent(sample.events().size()), -1);
    }

    // A document mentioning one event several times, and documents in corpus order (not date order).
    void documentsMentioning_distinctInCorpusOrder()
    {
        QList<DocumentSummary> documents;
        for (const qint64 id : { 30, 10, 20 }) {
            DocumentSummary document;
            document.id = id;
            document.source = QStringLiteral("letter-%1.txt").arg(id);
            documents << document;
        }
        const auto mention = [](qint64 document, const char* label, PartialDate date) {
            return DatedEvent { document, QString::fromUtf8(label), date, date.firstDay(), date.lastDay() };
        };
        const QList<DatedEvent> events {
            mention(20, "le démantèlement de la zone sud", PartialDate::ofMonth(2016, 3)),
            mention(10, "la démolition de la zone sud de la Jungle", PartialDate::ofDay(2016, 3, 1)),
            mention(30, "Démantèlement de la zone sud", PartialDate::ofMonth(2016, 2)),
            mention(20, "la zone sud démantelée", PartialDate::ofDay(2016, 3, 2)),
            mention(10, "une réunion", PartialDate::ofDay(2016, 3, 1)),
        };
        const CorpusIndex corpus = CorpusIndex::fromParts(documents, {}, {}, events);
        const ChronologyIndex index = ChronologyIndex::build(testChronology(), &corpus);
        QCOMPARE(index.documentsMentioning(index.indexOf(QStringLiteral("2016-03-south"))),
            (QList<qint64> { 30, 10, 20 }));
        QCOMPARE(index.matchOfCorpusEvent(4), -1);
        QCOMPARE(
            index.documentsMentioning(index.indexOf(QStringLiteral("2016-10-24-jungle"))), QList<qint64> {});
    }

    // 100,000 documents mentioning about as many events, against 80 chronology events: well under a second.
    void build_100kMentions_isFast()
    {
        const QStringList subjects { QStringLiteral("démantèlement de la zone sud"),
            QStringLiteral("évacuation du campement"), QStringLiteral("fermeture du centre d’accueil"),
            QStringLiteral("manifestation des habitants"), QStringLiteral("ouverture du centre de jour"),
            QStringLiteral("visite du ministre de l’Intérieur"),
            QStringLiteral("arrêté préfectoral d’interdiction"),
            QStringLiteral("décision du tribunal administratif") };
        QList<ChronologyEvent> chronology;
        for (int i = 0; i < 80; ++i) {
            ChronologyEvent event;
            event.id = QStringLiteral("event-%1").arg(i);
            event.start = PartialDate::ofDay(2002 + i / 4, 1 + (i * 5) % 12, 1 + (i * 7) % 28);
            if (i % 5 == 0)
                event.end = PartialDate::ofDay(
                    event.start.year, event.start.month, std::min(28, event.start.day + 10));
            event.labelFr = subjects.at(i % subjects.size()) + QStringLiteral(" à Calais");
            event.labelEn = QStringLiteral("Event number %1 at Calais").arg(i);
            event.descriptionFr = QStringLiteral("Une phrase qui décrit l’événement numéro %1.").arg(i);
            chronology << event;
        }
        QList<DocumentSummary> documents;
        QList<DatedEvent> events;
        for (int d = 1; d <= 100'000; ++d) {
            DocumentSummary document;
            document.id = d;
            documents << document;
            for (int e = 0; e < 1 + d % 2; ++e) {
                const PartialDate date = d % 3 == 0
                    ? PartialDate::ofMonth(2002 + d % 20, 1 + d % 12)
                    : PartialDate::ofDay(2002 + d % 20, 1 + d % 12, 1 + d % 28);
                const QString label = QStringLiteral("Le %1 numéro %2")
                                          .arg(subjects.at((d + e) % subjects.size()))
                                          .arg(d % 500);
                events << DatedEvent { d, label, date, date.firstDay(), date.lastDay() };
            }
        }
        const CorpusIndex corpus = CorpusIndex::fromParts(documents, {}, {}, events);
        ChronologyIndex index;
        const qint64 ns = littoral::test::threadCpuNanoseconds(
            [&] { index = ChronologyIndex::build(chronology, &corpus); }, 1);
        qint64 linked = 0;
        for (qsizetype i = 0; i < index.events().size(); ++i)
            linked += index.documentsMentioning(i).size();
        qInfo("build: %lld ms of CPU for %lld mentioned events, %lld links", ns / 1'000'000,
            qlonglong(events.size()), linked);
        QVERIFY(linked > 1000);
#if defined(__SANITIZE_ADDRESS__)
        QSKIP("timed only without sanitizers");
#else
        QVERIFY2(ns < 1'000'000'000, qPrintable(QString::number(ns / 1'000'000)));
#endif
    }
};

QTEST_GUILESS_MAIN(TestChronologyIndex)
#include "tst_chronologyindex.moc"
