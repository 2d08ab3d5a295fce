// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/wrappedlines.h"

#include <algorithm>
#include <limits>

namespace littoral::core {
namespace {

struct Line {
    qsizetype start = 0; // in the page's text
    qsizetype end = 0; // the '\n' after it, or the text's end
    qreal left = std::numeric_limits<qreal>::max();
    qreal right = std::numeric_limits<qreal>::lowest();
    qreal firstWordWidth = 0;
    qsizetype firstWordOffset = std::numeric_limits<qsizetype>::max();
    bool hasWords() const { return right >= left; }
};

bool endsWithHyphen(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    if (trimmed.isEmpty())
        return false;
    const char16_t c = trimmed.back().unicode();
    return c == u'-' || c == u'\u00AD' || c == u'\u2010' || c == u'\u2011';
}

} // namespace

void WrappedLines::join(ReadPage& page)
{
    if (page.words.isEmpty() || !page.text.contains(QLatin1Char('\n')))
        return;
    QList<Line> lines;
    for (qsizetype start = 0; start <= page.text.size();) {
        qsizetype end = page.text.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = page.text.size();
        lines.append(Line { start, end });
        start = end + 1;
    }

    QList<qreal> heights;
    heights.reserve(page.words.size());
    qreal pageLeft = std::numeric_limits<qreal>::max();
    qreal margin = std::numeric_limits<qreal>::lowest();
    for (const PageWord& word : std::as_const(page.words)) {
        if (word.offset < 0 || word.length <= 0)
            continue;
        // The line holding the word: the last one starting at or before it.
        const auto it = std::upper_bound(lines.begin(), lines.end(), qsizetype(word.offset),
            [](qsizetype offset, const Line& line) { return offset < line.start; });
        if (it == lines.begin())
            continue;
        Line& line = *(it - 1);
        line.left = std::min(line.left, word.box.left());
        line.right = std::max(line.right, word.box.right());
        if (word.offset < line.firstWordOffset) {
            line.firstWordOffset = word.offset;
            line.firstWordWidth = word.box.width();
        }
        heights.append(word.box.height());
        pageLeft = std::min(pageLeft, word.box.left());
        margin = std::max(margin, word.box.right());
    }
    if (heights.isEmpty())
        return;
    std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
    const qreal lineHeight = heights.at(heights.size() / 2);
    const qreal width = margin - pageLeft;
    if (width <= 4 * lineHeight)
        return;
    const qreal space = 0.25 * lineHeight; // a word space in most text faces
    const auto atLeftMargin = [&](qreal left) { return left - pageLeft <= 0.5 * lineHeight; };

    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const Line& line = lines.at(i);
        const Line& next = lines.at(i + 1);
        if (!line.hasWords() || !next.hasWords())
            continue; // a blank line: a paragraph break, never joined
        const bool longLine = line.right - pageLeft >= 0.6 * width;
        const bool noRoomForNextWord = margin - line.right < next.firstWordWidth + space;
        // The line may be a paragraph's indented first one; the next starts at the margin.
        const bool startsLeft = line.left - pageLeft <= 0.25 * width;
        if (longLine && noRoomForNextWord && startsLeft && atLeftMargin(next.left)
            && !endsWithHyphen(QStringView(page.text).sliced(line.start, line.end - line.start)))
            page.text[line.end] = QLatin1Char(' ');
    }
}

} // namespace littoral::core
