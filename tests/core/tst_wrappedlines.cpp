// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/wrappedlines.h"

#include <QTest>

using namespace littoral::core;

namespace {

struct PlacedLine {
    QString text; // empty: a blank line
    qreal left = 72;
};

// A page typed in a fixed-pitch face: 6 pt per character, a 6 pt space, lines 12 pt high and 15 pt apart.
ReadPage typed(const QList<PlacedLine>& lines)
{
    ReadPage page;
    page.size = QSizeF(595, 842);
    qreal top = 72;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            page.text += QLatin1Char('\n');
        qreal x = lines.at(i).left;
        const QStringList words = lines.at(i).text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (qsizetype w = 0; w < words.size(); ++w) {
            if (w > 0)
                page.text += QLatin1Char(' ');
            const QString& word = words.at(w);
            page.words.append(PageWord { qint32(page.text.size()), qint32(word.size()), QRectF(x, top, 6.0 * word.size(), 12) });
            page.text += word;
            x += 6.0 * (word.size() + 1);
        }
        top += 15;
    }
    return page;
}

// 60 characters: the longest line sets the right margin at 72 + 360 pt.
const QString kFull = QStringLiteral("Monsieur le Préfet, nous vous écrivons au sujet du campement");

} // namespace

Q_DECLARE_METATYPE(QList<PlacedLine>)

class TestWrappedLines : public QObject {
    Q_OBJECT

private slots:
    void join_data()
    {
        QTest::addColumn<QList<PlacedLine>>("lines");
        QTest::addColumn<QString>("text");
        // "situation" (9 characters) could not follow on the first line: the break is the margin's.
        QTest::addRow("wrapped_paragraph")
            << QList<PlacedLine> { { kFull }, { QStringLiteral("situation des exilés.") } }
            << kFull + QStringLiteral(" situation des exilés.");
        QTest::addRow("wrapped_three_times")
            << QList<PlacedLine> { { kFull }, { kFull.left(57) }, { QStringLiteral("fin") } }
            << kFull + u' ' + kFull.left(57) + QStringLiteral(" fin");
        // 50 characters leave 60 pt: "à" (6 pt) would have fitted, so the writer broke the line.
        QTest::addRow("room_left_for_the_next_word")
            << QList<PlacedLine> { { kFull }, { kFull.left(50) }, { QStringLiteral("à Calais") } }
            << kFull + u' ' + kFull.left(50) + QStringLiteral("\nà Calais");
        QTest::addRow("address_block")
            << QList<PlacedLine> { { QStringLiteral("Monsieur le Préfet") }, { QStringLiteral("Préfecture du Pas-de-Calais") },
                   { kFull } }
            << QStringLiteral("Monsieur le Préfet\nPréfecture du Pas-de-Calais\n") + kFull;
        // A new paragraph set in by an indent keeps its break.
        QTest::addRow("indented_next_paragraph")
            << QList<PlacedLine> { { kFull }, { QStringLiteral("Nous demandons"), 96 } }
            << kFull + QStringLiteral("\nNous demandons");
        // An indented first line still wraps into the next.
        QTest::addRow("indented_first_line_wraps")
            << QList<PlacedLine> { { kFull }, { kFull.left(56), 96 }, { QStringLiteral("campement") } }
            << kFull + u'\n' + kFull.left(56) + QStringLiteral(" campement");
        // Right-aligned lines end at the margin but are not a paragraph.
        QTest::addRow("right_aligned_block")
            << QList<PlacedLine> { { kFull }, { QStringLiteral("Calais, le 3 mars 2016"), 72 + 360 - 132 },
                   { QStringLiteral("Le Maire"), 72 + 360 - 48 } }
            << kFull + QStringLiteral("\nCalais, le 3 mars 2016\nLe Maire");
        // The cleaning joins "hu-\nmanitaire" itself, by its own rules.
        QTest::addRow("hyphen_kept_for_the_cleaning")
            << QList<PlacedLine> { { kFull.left(56) + QStringLiteral(" hu-") }, { QStringLiteral("manitaire") } }
            << kFull.left(56) + QStringLiteral(" hu-\nmanitaire");
        QTest::addRow("blank_line_is_a_paragraph")
            << QList<PlacedLine> { { kFull }, { QString() }, { QStringLiteral("Recevez") } }
            << kFull + QStringLiteral("\n\nRecevez");
    }
    void join()
    {
        QFETCH(QList<PlacedLine>, lines);
        QFETCH(QString, text);
        ReadPage page = typed(lines);
        const ReadPage before = page;
        WrappedLines::join(page);
        QCOMPARE(page.text, text);
        // One character for another: every word is where it was.
        QCOMPARE(page.words, before.words);
        for (const PageWord& word : std::as_const(page.words))
            QCOMPARE(page.text.mid(word.offset, word.length), before.text.mid(word.offset, word.length));
    }

    void join_noWords_leavesTheText()
    {
        ReadPage page;
        page.text = QStringLiteral("a\nb");
        WrappedLines::join(page);
        QCOMPARE(page.text, QStringLiteral("a\nb"));
    }
};

QTEST_GUILESS_MAIN(TestWrappedLines)
#include "tst_wrappedlines.moc"
