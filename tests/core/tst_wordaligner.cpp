// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/textcleaner.h"
#include "core/formats/wordaligner.h"

#include <QTest>

using namespace littoral::core;

namespace {

// A page as a reader gives it: its text, each word found in it in order, all with a box and a confidence.
ReadPage page(const QString& text, float confidence = 1.0f, bool ocr = false)
{
    ReadPage p;
    p.size = QSizeF(595, 842);
    p.ocr = ocr;
    p.text = text;
    qsizetype at = 0;
    int column = 0;
    while (at < text.size()) {
        while (at < text.size() && text.at(at).isSpace())
            ++at;
        qsizetype end = at;
        while (end < text.size() && !text.at(end).isSpace())
            ++end;
        if (end > at)
            p.words.append({ qint32(at), qint32(end - at), QRectF(72 + 10 * column++, 72, 9, 12), confidence });
        at = end;
    }
    return p;
}

} // namespace

class TestWordAligner final : public QObject {
    Q_OBJECT
private slots:
    void joinedText_pagesSeparatedByFormFeeds()
    {
        QCOMPARE(WordAligner::joinedText({ page(QStringLiteral("a b")), page(QStringLiteral("c")) }), QStringLiteral("a b\fc"));
        QCOMPARE(WordAligner::joinedText({}), QString());
    }

    // Every aligned word points at its own spelling in the cleaned text; those the cleaning dropped
    // point nowhere (-1).
    void align_wordsFoundAgainInCleanedText_data()
    {
        QTest::addColumn<QStringList>("pages");
        QTest::addColumn<QStringList>("expected"); // each page word as read in the cleaned text, "" when dropped
        QTest::addRow("plain_two_pages") << QStringList { QStringLiteral("Calais, le 3 mars 2016\nMadame la Maire,"),
            QStringLiteral("Je vous prie d'agréer") }
                                         << QStringList { QStringLiteral("Calais,"), QStringLiteral("le"), QStringLiteral("3"),
                                                QStringLiteral("mars"), QStringLiteral("2016"), QStringLiteral("Madame"),
                                                QStringLiteral("la"), QStringLiteral("Maire,"), QStringLiteral("Je"),
                                                QStringLiteral("vous"), QStringLiteral("prie"), QStringLiteral("d'agréer") };
        QTest::addRow("hyphenated_across_lines") << QStringList { QStringLiteral("une compré-\nhension entière") }
                                                 << QStringList { QStringLiteral("une"), QStringLiteral("compré"),
                                                        QStringLiteral("hension"), QStringLiteral("entière") };
        QTest::addRow("ligature_and_decomposed_accent")
            << QStringList { QStringLiteral(u"la of\uFB01ce pr\u0065\u0301fectorale") }
            << QStringList { QStringLiteral("la"), QStringLiteral("office"), QStringLiteral(u"préfectorale") };
        // The same header on each page stays only as the first page's letterhead; page numbers go.
        QTest::addRow("running_header_and_page_numbers")
            << QStringList { QStringLiteral("PRÉFECTURE DU NORD\nPremière page de la lettre.\n1"),
                   QStringLiteral("PRÉFECTURE DU NORD\nSeconde page de la lettre.\n2"),
                   QStringLiteral("PRÉFECTURE DU NORD\nTroisième page, fin.\n3") }
            << QStringList { QStringLiteral("PRÉFECTURE"), QStringLiteral("DU"), QStringLiteral("NORD"), QStringLiteral("Première"), QStringLiteral("page"),
                   QStringLiteral("de"), QStringLiteral("la"), QStringLiteral("lettre."), QString(), QString(), QString(),
                   QString(), QStringLiteral("Seconde"), QStringLiteral("page"), QStringLiteral("de"), QStringLiteral("la"),
                   QStringLiteral("lettre."), QString(), QString(), QString(), QString(), QStringLiteral("Troisième"),
                   QStringLiteral("page,"), QStringLiteral("fin."), QString() };
    }
    void align_wordsFoundAgainInCleanedText()
    {
        QFETCH(QStringList, pages);
        QFETCH(QStringList, expected);
        QList<ReadPage> read;
        for (const QString& text : pages)
            read.append(page(text));
        const QString cleaned = TextCleaner::clean(WordAligner::joinedText(read));
        const QList<DocumentPage> aligned = WordAligner::align(read, cleaned);
        QCOMPARE(aligned.size(), read.size());
        QStringList found;
        for (const DocumentPage& p : aligned)
            for (const PageWord& w : p.words)
                found.append(w.offset < 0 ? QString() : cleaned.mid(w.offset, w.length));
        QCOMPARE(found, expected);
        // The pages share the text out in order, from its start to its end.
        QCOMPARE(aligned.first().textStart, 0);
        QCOMPARE(aligned.last().textEnd, cleaned.size());
        for (qsizetype i = 1; i < aligned.size(); ++i)
            QCOMPARE(aligned.at(i).textStart, aligned.at(i - 1).textEnd);
        for (const DocumentPage& p : aligned)
            for (const PageWord& w : p.words)
                if (w.offset >= 0)
                    QVERIFY(w.offset >= p.textStart && w.offset + w.length <= p.textEnd);
        QCOMPARE(aligned.first().number, 1);
        QCOMPARE(aligned.first().size, QSizeF(595, 842));
    }

    void confidenceOver_meanOfTheWordsUnderTheRange_data()
    {
        QTest::addColumn<qsizetype>("offset");
        QTest::addColumn<qsizetype>("length");
        QTest::addColumn<double>("expected");
        // "Calais, le 3 mars": "Calais," 0.5, "le" 1.0, "3" 0.25, "mars" 0.75
        QTest::addRow("one_word") << qsizetype(0) << qsizetype(7) << 0.5;
        QTest::addRow("date_three_words") << qsizetype(11) << qsizetype(6) << 0.5;
        QTest::addRow("inside_one_word") << qsizetype(14) << qsizetype(1) << 0.75;
        QTest::addRow("no_word_there") << qsizetype(40) << qsizetype(3) << 1.0;
        QTest::addRow("no_offset") << qsizetype(-1) << qsizetype(3) << 1.0;
    }
    void confidenceOver_meanOfTheWordsUnderTheRange()
    {
        QFETCH(qsizetype, offset);
        QFETCH(qsizetype, length);
        QFETCH(double, expected);
        ReadPage read = page(QStringLiteral("Calais, le 3 mars"), 1.0f, true);
        const float confidences[] = { 0.5f, 1.0f, 0.25f, 0.75f };
        for (qsizetype i = 0; i < read.words.size(); ++i)
            read.words[i].confidence = confidences[i];
        const QString cleaned = TextCleaner::clean(WordAligner::joinedText({ read }));
        const QList<DocumentPage> aligned = WordAligner::align({ read }, cleaned);
        QCOMPARE(WordAligner::confidenceOver(aligned, offset, length), expected);
    }
};

QTEST_GUILESS_MAIN(TestWordAligner)
#include "tst_wordaligner.moc"
