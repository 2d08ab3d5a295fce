// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>

namespace littoral::core {

// Turns what a person types into a safe FTS5 MATCH expression. Words become quoted terms (so
// punctuation and FTS5 keywords cannot break the query); "exact phrases", prefix*, OR between
// words and -exclusion are understood; AND and NOT in capitals are accepted too. Pure.
class SearchQuery final {
public:
    // Past these a search is refused with a sentence: FTS5's work grows with every term at every
    // document ("le" typed 200 times took 11.6 s on 4,909 documents), and no one types more.
    static constexpr qsizetype kMaxLength = 400; // characters
    static constexpr int kMaxTerms = 32;         // words and phrases, looked for or left out

    // An empty string when there is nothing to look for; InvalidInput with a sentence for a person
    // when the input cannot be understood (unbalanced quote, OR without a word on one side, …) or
    // is longer than the limits above.
    [[nodiscard]] static Result<QString> toFts5(const QString& userQuery);
    // Whether an expression from toFts5 holds a prefix term (FTS5 expands those at every lookup).
    static bool hasPrefixTerm(const QString& expression);
    // Whether an expression from toFts5 is one phrase or one prefix term, and nothing else.
    static bool isOnePhrase(const QString& expression);
};

} // namespace littoral::core
