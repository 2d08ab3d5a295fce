// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/document.h"
#include "core/extract/extractionbudget.h"
#include "core/extract/textlines.h"

namespace littoral::core {

// Tells a letter from an open letter, a press release or anything else; its language; its title.
class DocumentClassifier final {
public:
    static DocumentType type(const TextLines& lines);
    // Past the budget, the type read from the lines seen so far.
    static DocumentType type(const TextLines& lines, ExtractionBudget& budget);
    static QString language(const QString& text); // "fr", "en", "de", "es", "it", "nl" or empty
    // Subject line ("Objet :", "Subject:") or headline, else empty (the caller derives one).
    // Letters get only a subject line: their first lines are a letterhead, not a headline.
    static QString title(const TextLines& lines, qsizetype dateLine, DocumentType type);
};

} // namespace littoral::core
