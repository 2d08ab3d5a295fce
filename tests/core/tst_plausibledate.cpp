// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Dates outside 1900 … next year are no dates: not for a document, not for an event it mentions.
#include "core/extract/plausibledate.h"

#include "core/extract/dateparser.h"
#include "core/extract/documentdatefinder.h"
#include "core/extract/documentextractor.h"
#include "core/extract/eventextractor.h"
#include "core/extract/textlines.h"

#include <QTest>

#include <thread>

using namespace littoral::core;

namespace {

// A short letter whose date line is `dateLine`.
QString letterDated(const QString& dateLine)
{
    return QStringLiteral("VILLE\nde\nCalais\n\n") + dateLine
        + QStringLiteral("\n\nMonsieur le Préfet,\n\nNous vous écrivons au sujet de la situation des exilés à Calais.\n\n"
                         "Veuillez agréer nos salutations.\n\nClaire Martin\nPrésidente\n");
}

} // namespace

class TestPlausibleDate final : public QObject {
    Q_OBJECT
private slots:
    // The cached day is the clock's, from any thread (one call may straddle midnight: then the next one agrees).
    void today_isTheClocksDay()
    {
        const QDate before = QDate::currentDate();
        const QDate cached = PlausibleDate::today();
        const QDate after = QDate::currentDate();
        QVERIFY2(cached == before || cached == after, qPrintable(cached.toString(Qt::ISODate)));
        QDate fromThread;
        std::thread other([&] { fromThread = PlausibleDate::today(); });
        other.join();
        QCOMPARE(fromThread, PlausibleDate::today());
    }

    void isPlausible_data()
    {
        QTest::addColumn<QString>("edtf");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<bool>("plausible");
        const QDate today(2026, 12, 4);
        QTest::addRow("firstDayOf1900") << QStringLiteral("1900-01-01") << today << true;
        QTest::addRow("lastDayOf1899") << QStringLiteral("1899-12-31") << today << false;
        QTest::addRow("this_year") << QStringLiteral("2026-12-31") << today << true;
        QTest::addRow("next_year_isGrace") << QStringLiteral("2027-12-31") << today << true;
        QTest::addRow("year_after_next") << QStringLiteral("2028-01-01") << today << false;
        QTest::addRow("year6017_typo") << QStringLiteral("6017-02-07") << today << false;
        QTest::addRow("season_nextYear") << QStringLiteral("2027-23") << today << true;
        QTest::addRow("month_1850") << QStringLiteral("1850-03") << today << false;
        QTest::addRow("invalid") << QString() << today << false;
        QTest::addRow("clock_moves_on") << QStringLiteral("2028-01-01") << QDate(2027, 1, 1) << true;
    }
    void isPlausible()
    {
        QFETCH(QString, edtf);
        QFETCH(QDate, today);
        QFETCH(bool, plausible);
        QCOMPARE(PlausibleDate::isPlausible(PartialDate::fromEdtf(edtf), today), plausible);
    }

    // The document date finder with its clock set: an implausible date line gives no date, or lets a
    // plausible date elsewhere (the signature's "Fait à …, le …") be the one.
    void find_implausibleYear_isNotTheDocumentDate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("edtf"); // empty: no document date
        QTest::addRow("fr_6017_typo") << letterDated(QStringLiteral("Le 7 février 6017")) << QString();
        QTest::addRow("fr_2017") << letterDated(QStringLiteral("Le 7 février 2017")) << QStringLiteral("2017-02-07");
        QTest::addRow("fr_nextYear_accepted") << letterDated(QStringLiteral("Le 7 février 2027")) << QStringLiteral("2027-02-07");
        QTest::addRow("fr_yearAfterNext_refused") << letterDated(QStringLiteral("Le 7 février 2028")) << QString();
        QTest::addRow("fr_1899_refused") << letterDated(QStringLiteral("Le 7 février 1899")) << QString();
        QTest::addRow("fr_1900_accepted") << letterDated(QStringLiteral("Le 1er janvier 1900")) << QStringLiteral("1900-01-01");
        QTest::addRow("en_3016_typo") << QStringLiteral("London, 12 May 3016\n\nDear Minister,\n\nWe write about Calais.\n\nYours sincerely,\n\nMary Jones\n")
                                      << QString();
        QTest::addRow("numeric_6017") << letterDated(QStringLiteral("Calais, le 07/02/6017")) << QString();
        QTest::addRow("fr_typoAbove_signatureDateBelow")
            << QStringLiteral("Le 7 février 6017\n\nMonsieur le Préfet,\n\nNous vous écrivons au sujet de la situation des exilés.\n\n"
                              "Fait à Calais, le 7 février 2017\n\nClaire Martin\nPrésidente\n")
            << QStringLiteral("2017-02-07");
    }
    void find_implausibleYear_isNotTheDocumentDate()
    {
        QFETCH(QString, text);
        QFETCH(QString, edtf);
        const TextLines lines(text);
        const DocumentDateFinder::Found found = DocumentDateFinder::find(lines, DateParser::findAll(text), QDate(2026, 12, 4));
        QCOMPARE(found.date ? found.date->date.toEdtf() : QString(), edtf);
    }

    // The whole extraction on real text, with today's clock: the typo leaves the letter undated, and
    // an event dated in another millennium is no event; its neighbours are kept, and history before
    // 1900 is an event still.
    void extract_implausibleDates_areNeitherDocumentDateNorEvent_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("edtf");
        QTest::addColumn<QStringList>("events");
        const QString body = QStringLiteral("\n\nMonsieur le Préfet,\n\nDepuis la fermeture de Sangatte en décembre 2002, "
                                            "et encore lors de l'évacuation du 14 juin 4016, rien n'a changé.\n\n"
                                            "Veuillez agréer nos salutations.\n\nClaire Martin\nPrésidente\n");
        QTest::addRow("fr_typoDate") << QStringLiteral("Calais, le 7 février 6017") + body << QString()
                                     << QStringList { QStringLiteral("2002-12") };
        QTest::addRow("fr_realDate") << QStringLiteral("Calais, le 7 février 2017") + body << QStringLiteral("2017-02-07")
                                     << QStringList { QStringLiteral("2002-12") };
        QTest::addRow("fr_eventIn1850")
            << QStringLiteral("Calais, le 7 février 2017\n\nMonsieur le Préfet,\n\nLe port est ouvert depuis mars 1850 et "
                              "la jungle depuis mars 2015.\n\nVeuillez agréer nos salutations.\n\nClaire Martin\nPrésidente\n")
            << QStringLiteral("2017-02-07") << QStringList { QStringLiteral("1850-03"), QStringLiteral("2015-03") };
    }
    void extract_implausibleDates_areNeitherDocumentDateNorEvent()
    {
        QFETCH(QString, text);
        QFETCH(QString, edtf);
        QFETCH(QStringList, events);
        const Extraction e = DocumentExtractor::extract(text);
        QCOMPARE(e.date ? e.date->date.toEdtf() : QString(), edtf);
        QStringList found;
        for (const MentionedEvent& event : e.events)
            found << event.date.toEdtf();
        found.sort();
        QCOMPARE(found, events);
    }

    // Events with the clock set: next year's is kept, the year after's is not.
    void events_afterNextYear_areDropped()
    {
        const QString text = QStringLiteral("Nous attendons les travaux prévus en mars 2027, puis ceux de mars 2028.");
        const QList<DateMention> mentions = DateParser::findAll(text);
        QStringList found;
        for (const MentionedEvent& event : EventExtractor::extract(text, mentions, -1, PartialDate::ofDay(2026, 6, 1), QDate(2026, 12, 4)))
            found << event.date.toEdtf();
        QCOMPARE(found, QStringList { QStringLiteral("2027-03") });
    }
};

QTEST_GUILESS_MAIN(TestPlausibleDate)
#include "tst_plausibledate.moc"
