// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace littoral::core {

// One word of a page's text layer: its text, its box in points from the page's top-left, and
// whether the PDF puts a space after it.
struct LayoutWord {
    QString text;
    QRectF box;
    bool spaceAfter = false;
};

// Puts a page's words in reading order from their boxes alone (a PDF's content order and poppler's
// whole-page text interleave columns): words make lines by baseline overlap, and where a vertical
// gutter that no line crosses runs down several lines, the left column is read before the right one.
// Lines are separated by '\n', blocks (a vertical gap) and columns by a blank line. Pure; any thread.
struct PageLayout {
    QString text;
    QList<qsizetype> order; // indices into the words, in reading order
    QList<qsizetype> offsets; // where words[order[i]] starts in `text`

    static PageLayout arrange(const QList<LayoutWord>& words, QSizeF pageSize);
};

} // namespace littoral::core
