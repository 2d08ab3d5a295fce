// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/pagelayout.h"

#include <QTest>

#include <algorithm>

using namespace littoral::core;

namespace {

// Words laid out on a grid: each cell is a line of a column, the words 6 pt apart per character, 12 pt
// high; `columnX` where each column starts, `lineY` each line's top.
QList<LayoutWord> grid(const QList<QStringList>& columns, const QList<qreal>& columnX, qreal firstTop = 100, qreal lineStep = 15)
{
    QList<LayoutWord> words;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        for (qsizetype l = 0; l < columns.at(c).size(); ++l) {
            qreal x = columnX.at(c);
            const qreal top = firstTop + lineStep * l;
            for (const QString& word : columns.at(c).at(l).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                words.append(LayoutWord { word, QRectF(x, top, 6.0 * word.size(), 12), true });
                x += 6.0 * word.size() + 4;
            }
        }
    }
    return words;
}

} // namespace

class TestPageLayout : public QObject {
    Q_OBJECT

private slots:
    void arrange_readingOrder_data()
    {
        QTest::addColumn<QList<LayoutWord>>("words");
        QTest::addColumn<QString>("text");
        // A label and its value far apart on two lines: one text, not two columns.
        QTest::addRow("label_value_lines_stay_whole")
            << grid({ { QStringLiteral("Objet :"), QStringLiteral("Réf. :") }, { QStringLiteral("Demande de subvention"), QStringLiteral("2016/123") } },
                   { 72, 300 })
            << QStringLiteral("Objet : Demande de subvention\nRéf. : 2016/123");
        QTest::addRow("three_columns")
            << grid({ { QStringLiteral("a1 a1"), QStringLiteral("a2"), QStringLiteral("a3 a3") },
                        { QStringLiteral("b1"), QStringLiteral("b2 b2"), QStringLiteral("b3") },
                        { QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("c3 c3") } },
                   { 72, 250, 420 })
            << QStringLiteral("a1 a1\na2\na3 a3\n\nb1\nb2 b2\nb3\n\nc1\nc2\nc3 c3");
        // Lines 30 pt apart (a blank line between them) are two blocks.
        QTest::addRow("blocks_by_vertical_gap")
            << grid({ { QStringLiteral("Monsieur,"), QStringLiteral("Je vous écris.") } }, { 72 }, 100, 30)
            << QStringLiteral("Monsieur,\n\nJe vous écris.");
        // Words out of content order still read top to bottom, left to right.
        QList<LayoutWord> shuffled = grid({ { QStringLiteral("un deux"), QStringLiteral("trois quatre") } }, { 72 });
        std::reverse(shuffled.begin(), shuffled.end());
        QTest::addRow("content_order_ignored") << shuffled << QStringLiteral("un deux\ntrois quatre");
        // Two pieces of one word (a font change inside it): touching boxes, no space.
        QTest::addRow("touching_pieces_join")
            << QList<LayoutWord> { LayoutWord { QStringLiteral("Lè"), QRectF(72, 100, 12, 12), false },
                   LayoutWord { QStringLiteral("ge"), QRectF(84, 100, 12, 12), false },
                   LayoutWord { QStringLiteral("Cap"), QRectF(100, 100, 18, 12), false } }
            << QStringLiteral("Lège Cap");
    }
    void arrange_readingOrder()
    {
        QFETCH(QList<LayoutWord>, words);
        QFETCH(QString, text);
        const PageLayout layout = PageLayout::arrange(words, QSizeF(595, 842));
        QCOMPARE(layout.text, text);
        QCOMPARE(layout.order.size(), words.size());
        for (qsizetype i = 0; i < layout.order.size(); ++i)
            QCOMPARE(layout.text.mid(layout.offsets.at(i), words.at(layout.order.at(i)).text.size()), words.at(layout.order.at(i)).text);
    }

    void arrange_noWords_givesNoText()
    {
        const PageLayout layout = PageLayout::arrange({}, QSizeF(595, 842));
        QVERIFY(layout.text.isEmpty());
        QVERIFY(layout.order.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPageLayout)
#include "tst_pagelayout.moc"
