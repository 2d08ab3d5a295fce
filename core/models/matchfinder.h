// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace littoral::core {

// Where a search's words occur in a text, ignoring case and accents as the full-text index does
// ("prefet" matches "Préfet"), so the reader can highlight the very words the index matched.
// Pure and thread-safe.
class MatchFinder final {
public:
    struct Match {
        qsizetype offset = 0; // in the original text
        qsizetype length = 0;
        friend bool operator==(const Match&, const Match&) = default;
    };

    // The words and phrases of a query as a person typed it: quotes keep phrases, "OR"/"AND"/"NOT"
    // and "-excluded" words are dropped, a trailing "*" marks a prefix.
    static QStringList terms(const QString& query);
    // Every occurrence of the terms in text, sorted, whole words only (a prefix term may end mid-word).
    static QList<Match> find(const QString& text, const QStringList& terms);
};

} // namespace littoral::core
