// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/extract/extractionbudget.h"

#include <QRegularExpression>

#include <algorithm>

namespace littoral::core {

// Calls found(match) for each match of `re` in `text` that starts in [begin, end), in order, as one
// global match finds them, while asking the budget between pieces of kChunk characters: a pattern that
// matches nothing on a line of megabytes was otherwise one uninterruptible piece of tens of
// milliseconds. Nothing past `end` is read: lookaheads see the text end there (lookbehinds read before
// `begin`). `found` returns false to stop. Each piece is matched against the text up to kOverlap
// characters past its end, so a match (with what its lookarounds read) shorter than that is found
// exactly as in the whole range.
template <typename Found>
void scanRangeInChunks(const QRegularExpression& re, const QString& text, qsizetype begin, qsizetype end,
    QRegularExpression::MatchOptions options, ExtractionBudget& budget, Found found)
{
    constexpr qsizetype kChunk = 16 * 1024;
    constexpr qsizetype kOverlap = 1024;
    const qsizetype n = text.size();
    end = std::min(end, n);
    qsizetype from = begin;
    for (qsizetype chunkStart = begin; chunkStart < end; chunkStart += kChunk) {
        if (budget.spent())
            return;
        const qsizetype chunkEnd = std::min(end, chunkStart + kChunk);
        from = std::max(from, chunkStart);
        // Callers may turn PCRE2's UTF check off for valid text: neither where a piece starts nor
        // where its view ends may split a surrogate pair (an emoji on a piece's edge).
        if (from > 0 && from < n && text.at(from).isLowSurrogate())
            ++from;
        if (from >= chunkEnd)
            continue;
        qsizetype viewEnd = std::min(end, chunkEnd + kOverlap);
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

// The same over the whole text.
template <typename Found>
void scanInChunks(const QRegularExpression& re, const QString& text, QRegularExpression::MatchOptions options,
    ExtractionBudget& budget, Found found)
{
    scanRangeInChunks(re, text, 0, text.size(), options, budget, found);
}

// Calls found(match) for each match of `re` that starts at one of `starts` (sorted), in order, as a
// global match over the whole text finds them when no match can start elsewhere: each start is tried
// anchored, those inside a match found are skipped. For a pattern that PCRE2 cannot skip through (one
// that opens on a Unicode property tries every position), the caller finds where it can start.
template <typename Found>
void scanAtStarts(const QRegularExpression& re, const QString& text, const QList<qsizetype>& starts,
    QRegularExpression::MatchOptions options, ExtractionBudget& budget, Found found)
{
    qsizetype from = 0;
    for (const qsizetype start : starts) {
        if (start < from)
            continue;
        if (budget.spent())
            return;
        const QRegularExpressionMatch m
            = re.match(text, start, QRegularExpression::NormalMatch, options | QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch())
            continue;
        from = m.capturedEnd();
        if (!found(m))
            return;
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
