// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/export/exportinput.h"
#include "core/result.h"

#include <functional>
#include <span>

namespace littoral::core {

// One chosen document as a writer receives it: in full from the database, with its summary and
// participations from the index (merged correspondents).
struct ExportedDocument {
    const Document& document;
    const DocumentSummary& summary;
    std::span<const Participation> participations; // from the index; matched to document's participants by canonicalOf()
};

// Reads the chosen documents of an export in full, one at a time and in corpus order, within one
// snapshot (an import running meanwhile cannot tear the export), asking the input's progress before
// each one. Thread of the input's database.
class ExportDocuments final {
public:
    using Visitor = std::function<Result<void>(const ExportedDocument&)>;
    [[nodiscard]] static Result<void> forEach(const ExportInput& input, const Visitor& visit);

    // The merged correspondent behind participant `index` of a document: the index lists a document's
    // participations in the same order as its participants, unless the database changed since the
    // index was read (then nullptr, and the participant speaks for itself).
    static const CorrespondentSummary* canonicalOf(const CorpusIndex& corpus, const ExportedDocument& exported, qsizetype index);

    static Error cancelled();
    // The corpus's name for a file's title: its database's base name ("calais" for calais.sqlite).
    static QString corpusName(const ExportInput& input);
};

} // namespace littoral::core
