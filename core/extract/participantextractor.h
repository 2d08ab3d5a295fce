// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/document.h"
#include "core/extract/extractionbudget.h"
#include "core/extract/textlines.h"

namespace littoral::core {

// Finds who wrote a document (every co-signatory), to whom, in copy, and who is named in it,
// from the shapes letters and communiqués share: letterhead, address block, "Open letter to …",
// signature blocks, lists of signatories, copy lines, "Communiqué issued by …". Pure, thread-safe.
class ParticipantExtractor final {
public:
    struct Context {
        DocumentType type = DocumentType::Other;
        qsizetype dateLine = -1; // the line holding the document date, -1 when none
    };
    static QList<Participant> extract(const TextLines& lines, const Context& context);
    // Stops reading when the budget is spent; who was found until then is returned.
    static QList<Participant> extract(const TextLines& lines, const Context& context, ExtractionBudget& budget);
};

} // namespace littoral::core
