// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/extract/extractionbudget.h"

#include <QRegularExpression>

#include <algorithm>

namespace littoral::core {

// Calls found(match) for each match of `re` in `text`, in order, as one global match finds them, while
// asking the budget between pieces of kChunk characters: a pattern that matches nothing on a line of
// megabytes was otherwise one uninterruptible piece of tens of milliseconds. `found` returns false to
// stop. Each piece is matched against the text up to kOverlap characters past its end, so a match
// (with what its lookarounds read) shorter than that is found exactly as in the whole text.
template <typename Found>
void scanInChunks(const QRegularExpression& re, const QString& text, QRegularExpression::MatchOptions options,
    ExtractionBudget& budget, Found found)
{
    constexpr qsizetype kChunk = 16 * 1024;
    constexpr qsizetype kOverlap = 1024;
    const qsizetype n = text.size();
    qsizetype from = 0;
    for (qsizetype chunkStart = 0; chunkStart < n; chunkStart += kChunk) {
        if (budget.spent())
            return;
        const qsizetype chunkEnd = std::min(n, chunkStart + kChunk);
        from = std::max(from, chunkStart);
        // Callers may turn PCRE2's UTF check off for valid text: neither where a piece starts nor
        // where its view ends may split a surrogate pair (an emoji on a piece's edge).
        if (from > 0 && from < n && text.at(from).isLowSurrogate())
            ++from;
        if (from >= chunkEnd)
            continue;
        qsizetype viewEnd = std::min(n, chunkEnd + kOverlap);
        if (viewEnd < n && text.at(viewEnd - 1).isHighSurrogate())
            ++viewEnd;
        const QStringView view = QStringView(text).first(viewEnd);
        auto it = re.globalMatch(view, from, QRegularExpression::NormalMatch, options);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedStart() >= chunkEnd)
                break; // found again, whole, from the next piece
            from = m.capturedEnd();
            if (!found(m))
                return;
        }
    }
}

// Whether `re` matches somewhere in `text` (a line of megabytes, too), read piece by piece as above.
// False when the budget ran out first. Not for patterns anchored at the end ($) of long texts.
inline bool matchesInChunks(const QRegularExpression& re, const QString& text, ExtractionBudget& budget,
    QRegularExpression::MatchOptions options = QRegularExpression::NoMatchOption)
{
    bool matched = false;
    scanInChunks(re, text, options, budget, [&](const QRegularExpressionMatch&) {
        matched = true;
        return false;
    });
    return matched;
}

} // namespace littoral::core
