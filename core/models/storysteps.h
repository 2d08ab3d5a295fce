// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/story.h"

#include <QHash>
#include <QStringList>

namespace littoral::core {

class CorpusIndex;
class SelectionState;

// The step a selection shows: its filter and its current document (by source). The view state (zoom,
// which views are shown) and the caption are the caller's to fill in. GUI thread (the selection's).
StoryStep stepFromSelection(const SelectionState& selection);

// What applying a step did.
struct AppliedStep {
    qint64 document = 0; // the step's document in this corpus (0: none, or unknown)
    // Names and sources the corpus does not know (the step still applies without them).
    QStringList unknown;
};

// Makes a selection show a step: its filter (SelectionState::applyFilter, with the search's hits in
// `snippets`) and its document as the current one (none when the step has none).
AppliedStep applyStep(SelectionState& selection, const StoryStep& step, QHash<qint64, QString> snippets = {});

// The document whose source is `source` (0 when none); any thread.
qint64 documentBySource(const CorpusIndex& corpus, const QString& source);

} // namespace littoral::core
