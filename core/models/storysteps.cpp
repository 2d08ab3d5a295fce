// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/storysteps.h"

#include "core/models/corpusindex.h"
#include "core/models/selectionstate.h"

namespace littoral::core {

StoryStep stepFromSelection(const SelectionState& selection)
{
    StoryStep step;
    step.filter = selection.filter();
    if (const DocumentSummary* document = selection.corpus().document(selection.currentDocument()))
        step.document = document->source;
    return step;
}

AppliedStep applyStep(SelectionState& selection, const StoryStep& step, QHash<qint64, QString> snippets)
{
    AppliedStep applied;
    applied.unknown = selection.applyFilter(step.filter, std::move(snippets));
    if (!step.document.isEmpty()) {
        applied.document = documentBySource(selection.corpus(), step.document);
        if (applied.document == 0)
            applied.unknown.append(step.document);
    }
    selection.setCurrentDocument(applied.document);
    return applied;
}

qint64 documentBySource(const CorpusIndex& corpus, const QString& source)
{
    // A linear pass: a step is applied once per key press, and 100,000 sources compare in about a millisecond.
    for (const DocumentSummary& document : corpus.documents())
        if (document.source == source)
            return document.id;
    return 0;
}

} // namespace littoral::core
