// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/chunkedscan.h"
#include "core/extract/documentextractor.h"
#include "core/extract/textcleaner.h"

#include "support/hostiletext.h"

#include <QStandardPaths>
#include <QTest>

#include <functional>

using namespace littoral::core;
namespace hostile = littoral::test::HostileText;

namespace {

using Generator = std::function<QString(int)>;

// Extraction of what an import stores: the generated text cleaned first.
Extraction extractCounting(const QString& raw, ExtractionBudget& budget)
{
    return DocumentExtractor::extract(TextCleaner::clean(raw), budget);
}

QList<Participant> withRole(const Extraction& e, ParticipantRole role)
{
    QList<Participant> out;
    for (const Participant& p : e.participants)
        if (p.role == role)
            out.append(p);
    return out;
}

} // namespace

// The per-document limits of extraction, and the linearity they rely on: counted, never timed.
class TestExtractionBudget final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void extract_hostileText_workGrowsInProportion_data()
    {
        QTest::addColumn<Generator>("generate");
        QTest::addColumn<int>("pieces");
        QTest::addRow("dated_sentences_on_one_line") << Generator([](int n) { return hostile::datedSentences(n, true); }) << 1000;
        QTest::addRow("dated_sentences_one_per_line") << Generator([](int n) { return hostile::datedSentences(n, false); }) << 1000;
        QTest::addRow("one_date_repeated") << Generator(&hostile::repeatedDate) << 2000;
        QTest::addRow("long_copy_list") << Generator(&hostile::longCopyList) << 1000;
        QTest::addRow("dates_without_spaces") << Generator(&hostile::datesWithoutSpaces) << 2000;
        QTest::addRow("long_signature_block") << Generator(&hostile::longSignatureBlock) << 1000;
        QTest::addRow("many_named_persons") << Generator(&hostile::manyNamedPersons) << 1000;
        QTest::addRow("many_address_blocks") << Generator(&hostile::manyAddressBlocks) << 1000;
        QTest::addRow("side_by_side_signatures") << Generator(&hostile::sideBySideSignatures) << 1000;
    }

    // Twice the text, about twice the work: the characters each rule reads around each date, name or
    // line, and the earlier findings each new one is compared with. Quadratic work would give 4×.
    void extract_hostileText_workGrowsInProportion()
    {
        QFETCH(Generator, generate);
        QFETCH(int, pieces);
        ExtractionBudget once;
        const Extraction small = extractCounting(generate(pieces), once);
        ExtractionBudget twice;
        const Extraction large = extractCounting(generate(2 * pieces), twice);
        QVERIFY(once.examined() > 0);
        const double ratio = double(twice.examined()) / double(once.examined());
        QVERIFY2(ratio < 2.3, qPrintable(QStringLiteral("work %1 -> %2 (×%3)").arg(once.examined()).arg(twice.examined()).arg(ratio)));
        QVERIFY(!small.cutShort && !large.cutShort);
        // The work is done, not skipped: as many facts for twice the pieces (or the same, for one repeated date).
        QVERIFY(large.participants.size() + large.events.size() >= small.participants.size() + small.events.size());
        QVERIFY(small.participants.size() + small.events.size() > 0 || small.date.has_value());
    }

    void extract_longCopyList_readsEveryPerson()
    {
        const Extraction e = DocumentExtractor::extract(TextCleaner::clean(hostile::longCopyList(3000)));
        QCOMPARE(withRole(e, ParticipantRole::Cc).size(), 3000);
        QCOMPARE(withRole(e, ParticipantRole::Sender).size(), 1);
        QVERIFY(e.date.has_value());
        QCOMPARE(e.date->date.toEdtf(), QStringLiteral("2016-03-03"));
        // Evidence offsets point at each name in the stored text.
        const QString text = TextCleaner::clean(hostile::longCopyList(3000));
        for (const Participant& p : withRole(e, ParticipantRole::Cc))
            QCOMPARE(text.mid(p.evidence.offset, p.evidence.text.size()), p.evidence.text);
    }

    // A cancellation lands in the middle of the copy list: the date, the type, the sender and the copies
    // read before it are kept, exactly as a full run reads them; nothing after it is.
    void extract_cancelledMidway_keepsWhatWasFoundBefore()
    {
        const QString text = TextCleaner::clean(hostile::longCopyList(2000));
        qint64 polls = 0;
        ExtractionBudget counting({ -1, [&] { ++polls; return false; } });
        const Extraction full = DocumentExtractor::extract(text, counting);
        QVERIFY(!full.cutShort);
        QCOMPARE(counting.polls(), polls);
        QVERIFY2(polls > 2000, qPrintable(QString::number(polls))); // the copy list is read name by name

        // Cut at nine points through the run: whatever was read before the cut is what a full run reads.
        bool partialCopyList = false;
        for (int step = 1; step < 10; ++step) {
            const qint64 cutAt = polls * step / 10;
            qint64 asked = 0;
            ExtractionBudget cancelling({ -1, [&] { return ++asked >= cutAt; } });
            const Extraction cut = DocumentExtractor::extract(text, cancelling);
            QVERIFY(cut.cutShort);
            QCOMPARE(asked, cutAt); // never asked again once it said stop
            const QList<Participant> copies = withRole(cut, ParticipantRole::Cc);
            QCOMPARE(copies, withRole(full, ParticipantRole::Cc).mid(0, copies.size()));
            if (copies.isEmpty())
                continue;
            partialCopyList = partialCopyList || copies.size() < 2000;
            QCOMPARE(cut.date, full.date);
            QCOMPARE(cut.type, full.type);
            QCOMPARE(withRole(cut, ParticipantRole::Sender), withRole(full, ParticipantRole::Sender));
        }
        QVERIFY(partialCopyList);
    }

    // Cancelled at its first question, extraction stops at once: every stage asks once more and returns.
    void extract_cancelledAtOnce_stopsEveryStage()
    {
        const QString text = TextCleaner::clean(hostile::datedSentences(4000, true));
        ExtractionBudget unlimited;
        DocumentExtractor::extract(text, unlimited);
        QVERIFY(unlimited.checks() > 4000); // a full run checks at each date

        ExtractionBudget cancelled({ -1, [] { return true; } });
        const Extraction e = DocumentExtractor::extract(text, cancelled);
        QVERIFY(e.cutShort);
        QCOMPARE(cancelled.polls(), qint64(1));
        QVERIFY2(cancelled.checks() < 30, qPrintable(QString::number(cancelled.checks())));
        QVERIFY(e.events.isEmpty());
        QVERIFY(!e.date);
    }

    void extract_tinyTimeBudget_isCutShort()
    {
        // 1.3 MB of dated lines: far more than a millisecond's work on any machine.
        const QString text = TextCleaner::clean(hostile::datedSentences(20000, false));
        const Extraction cut = DocumentExtractor::extract(text, ExtractionLimits { 1, {} });
        QVERIFY(cut.cutShort);
        const Extraction whole = DocumentExtractor::extract(text, ExtractionLimits { 600000, {} });
        QVERIFY(!whole.cutShort);
        QVERIFY(cut.events.size() < whole.events.size());
    }

    void extract_withoutLimits_isNeverCutShort()
    {
        const Extraction e = DocumentExtractor::extract(QStringLiteral("Calais, le 3 mars 2016\n\nMadame,\n\nBonjour.\n"));
        QVERIFY(!e.cutShort);
        QVERIFY(e.date);
    }

    // Pieces of 16 K characters with a 1 K overlap: emoji (surrogate pairs) on both edges are matched
    // exactly as in one global match, with PCRE2's UTF check off as extraction runs it on valid text.
    void scanInChunks_surrogatePairOnAPieceEdge_matchesAsTheWholeText()
    {
        const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80"); // U+1F600, two UTF-16 units
        QString text;
        for (const qsizetype edge : { qsizetype(16 * 1024), qsizetype(17 * 1024), qsizetype(32 * 1024), qsizetype(33 * 1024) }) {
            text += QString(edge - 1 - text.size(), QLatin1Char('a'));
            text += emoji + QLatin1Char(' '); // the pair straddles the edge
        }
        text += QString(2000, QLatin1Char('b'));
        QVERIFY(text.at(16 * 1024 - 1).isHighSurrogate() && text.at(16 * 1024).isLowSurrogate());
        QVERIFY(text.at(17 * 1024 - 1).isHighSurrogate());

        static const QRegularExpression word(QStringLiteral(R"(\S{1,3}(?=\s)|\x{1F600})"));
        QList<std::pair<qsizetype, QString>> expected;
        auto all = word.globalMatch(text);
        while (all.hasNext()) {
            const auto m = all.next();
            expected.append({ m.capturedStart(), m.captured() });
        }
        QVERIFY(expected.size() >= 4);

        QList<std::pair<qsizetype, QString>> chunked;
        ExtractionBudget unlimited;
        scanInChunks(word, text, QRegularExpression::DontCheckSubjectStringMatchOption, unlimited,
            [&](const QRegularExpressionMatch& m) {
                chunked.append({ m.capturedStart(), m.captured() });
                return true;
            });
        QCOMPARE(chunked, expected);
    }
};

QTEST_GUILESS_MAIN(TestExtractionBudget)
#include "tst_extractionbudget.moc"
