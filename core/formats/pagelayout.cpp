// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/pagelayout.h"

#include <algorithm>

namespace littoral::core {

namespace {

struct Segment {
    qreal left = 0;
    qreal right = 0;
    QList<qsizetype> words; // left to right
};

struct Row {
    qreal top = 0;
    qreal bottom = 0;
    QList<Segment> segments; // left to right
};

struct Interval {
    qreal left = 0;
    qreal right = 0;
    qreal width() const { return right - left; }
};

qreal verticalOverlap(const QRectF& a, qreal top, qreal bottom)
{
    return std::min(a.bottom(), bottom) - std::max(a.top(), top);
}

QList<Interval> intersect(const QList<Interval>& a, const QList<Interval>& b, qreal minWidth)
{
    QList<Interval> result;
    for (const Interval& x : a) {
        for (const Interval& y : b) {
            const Interval i { std::max(x.left, y.left), std::min(x.right, y.right) };
            if (i.width() >= minWidth)
                result.append(i);
        }
    }
    return result;
}

class Builder {
public:
    Builder(const QList<LayoutWord>& words, qreal lineHeight)
        : m_words(words)
        , m_lineHeight(lineHeight)
    {
    }

    // One line of a flow: `top`/`bottom` decide whether a blank line comes before it.
    void addLine(const QList<qsizetype>& words, qreal top, qreal bottom)
    {
        if (words.isEmpty())
            return;
        if (!m_layout.text.isEmpty()) {
            const bool gap = m_breakBlock || top - m_lastBottom > 0.6 * m_lineHeight;
            m_layout.text += gap ? QStringLiteral("\n\n") : QStringLiteral("\n");
        }
        m_breakBlock = false;
        for (qsizetype k = 0; k < words.size(); ++k) {
            const LayoutWord& word = m_words.at(words.at(k));
            if (k > 0) {
                const LayoutWord& previous = m_words.at(words.at(k - 1));
                // Poppler marks most spaces; a gap wider than a thin space is one too.
                if (previous.spaceAfter || word.box.left() - previous.box.right() > 0.15 * m_lineHeight)
                    m_layout.text += QLatin1Char(' ');
            }
            m_layout.order.append(words.at(k));
            m_layout.offsets.append(m_layout.text.size());
            m_layout.text += word.text;
        }
        m_lastBottom = bottom;
    }
    void breakBlock() { m_breakBlock = true; }
    PageLayout take() { return std::move(m_layout); }

private:
    const QList<LayoutWord>& m_words;
    qreal m_lineHeight;
    qreal m_lastBottom = 0;
    bool m_breakBlock = false;
    PageLayout m_layout;
};

} // namespace

PageLayout PageLayout::arrange(const QList<LayoutWord>& words, QSizeF)
{
    if (words.isEmpty())
        return {};

    QList<qreal> heights;
    for (const LayoutWord& word : words)
        heights.append(std::max<qreal>(word.box.height(), 1.0));
    std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
    const qreal lineHeight = heights.at(heights.size() / 2);
    // Wider than any space between words, narrower than a column gutter.
    const qreal gutter = std::max<qreal>(lineHeight, 4.0);

    // Lines: words whose boxes overlap vertically by half the smaller height.
    QList<qsizetype> byCentre(words.size());
    for (qsizetype i = 0; i < words.size(); ++i)
        byCentre[i] = i;
    std::stable_sort(byCentre.begin(), byCentre.end(), [&](qsizetype a, qsizetype b) {
        return words.at(a).box.center().y() < words.at(b).box.center().y();
    });
    QList<QList<qsizetype>> lines;
    qreal refTop = 0;
    qreal refBottom = 0;
    for (qsizetype i : byCentre) {
        const QRectF& box = words.at(i).box;
        const qreal minHeight = std::min(box.height(), refBottom - refTop);
        if (!lines.isEmpty() && verticalOverlap(box, refTop, refBottom) >= 0.5 * minHeight) {
            lines.last().append(i);
        } else {
            lines.append(QList<qsizetype> { i });
            refTop = box.top();
            refBottom = box.bottom();
        }
    }

    qreal minX = words.first().box.left();
    qreal maxX = words.first().box.right();
    for (const LayoutWord& word : words) {
        minX = std::min(minX, word.box.left());
        maxX = std::max(maxX, word.box.right());
    }

    QList<Row> rows;
    for (QList<qsizetype>& line : lines) {
        std::stable_sort(line.begin(), line.end(), [&](qsizetype a, qsizetype b) {
            return words.at(a).box.left() < words.at(b).box.left();
        });
        Row row;
        row.top = words.at(line.first()).box.top();
        row.bottom = words.at(line.first()).box.bottom();
        for (qsizetype i : line) {
            const QRectF& box = words.at(i).box;
            row.top = std::min(row.top, box.top());
            row.bottom = std::max(row.bottom, box.bottom());
            if (row.segments.isEmpty() || box.left() - row.segments.last().right > gutter)
                row.segments.append(Segment { box.left(), box.right(), {} });
            Segment& segment = row.segments.last();
            segment.right = std::max(segment.right, box.right());
            segment.words.append(i);
        }
        rows.append(std::move(row));
    }

    const auto freeIntervals = [&](const Row& row) {
        QList<Interval> free;
        qreal x = minX;
        for (const Segment& segment : row.segments) {
            if (segment.left - x >= gutter)
                free.append(Interval { x, segment.left });
            x = std::max(x, segment.right);
        }
        if (maxX - x >= gutter)
            free.append(Interval { x, maxX });
        return free;
    };

    Builder builder(words, lineHeight);
    const auto addRow = [&](const Row& row) {
        QList<qsizetype> all;
        for (const Segment& segment : row.segments)
            all += segment.words;
        builder.addLine(all, row.top, row.bottom);
    };

    qsizetype i = 0;
    while (i < rows.size()) {
        // The longest run of rows from i that share a free vertical strip.
        QList<Interval> strips = freeIntervals(rows.at(i));
        qsizetype end = i + 1;
        while (end < rows.size() && !strips.isEmpty()) {
            const QList<Interval> next = intersect(strips, freeIntervals(rows.at(end)), gutter);
            if (next.isEmpty())
                break;
            strips = next;
            ++end;
        }
        // Gutters: strips with words on both sides in the run.
        QList<qreal> cuts;
        for (const Interval& strip : std::as_const(strips)) {
            bool left = false;
            bool right = false;
            for (qsizetype r = i; r < end; ++r) {
                for (const Segment& segment : rows.at(r).segments) {
                    left = left || segment.right <= strip.left;
                    right = right || segment.left >= strip.right;
                }
            }
            if (left && right)
                cuts.append((strip.left + strip.right) / 2);
        }
        std::sort(cuts.begin(), cuts.end());
        // A gutter counts when it runs down a good height: a label and its value side by side on a
        // line or two are one text, not two columns.
        QList<QList<const Row*>> columnRows(cuts.size() + 1);
        QList<int> columnLines(cuts.size() + 1, 0);
        for (qsizetype r = i; r < end; ++r) {
            QList<bool> seen(cuts.size() + 1, false);
            for (const Segment& segment : rows.at(r).segments) {
                const auto column = std::upper_bound(cuts.cbegin(), cuts.cend(), segment.left) - cuts.cbegin();
                seen[column] = true;
            }
            for (qsizetype c = 0; c < seen.size(); ++c)
                columnLines[c] += seen.at(c) ? 1 : 0;
        }
        const auto tall = std::count_if(columnLines.cbegin(), columnLines.cend(), [](int n) { return n >= 3; });
        if (cuts.isEmpty() || end - i < 3 || tall < 2) {
            addRow(rows.at(i));
            ++i;
            continue;
        }
        for (qsizetype c = 0; c <= cuts.size(); ++c) {
            builder.breakBlock();
            for (qsizetype r = i; r < end; ++r) {
                QList<qsizetype> inColumn;
                qreal top = 0;
                qreal bottom = 0;
                for (const Segment& segment : rows.at(r).segments) {
                    const auto column = std::upper_bound(cuts.cbegin(), cuts.cend(), segment.left) - cuts.cbegin();
                    if (column != c)
                        continue;
                    for (qsizetype w : segment.words) {
                        const QRectF& box = words.at(w).box;
                        top = inColumn.isEmpty() ? box.top() : std::min(top, box.top());
                        bottom = inColumn.isEmpty() ? box.bottom() : std::max(bottom, box.bottom());
                        inColumn.append(w);
                    }
                }
                builder.addLine(inColumn, top, bottom);
            }
        }
        builder.breakBlock();
        i = end;
    }
    return builder.take();
}

} // namespace littoral::core
