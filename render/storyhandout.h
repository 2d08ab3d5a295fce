// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/story.h"
#include "core/models/chronologyindex.h"
#include "core/models/corpusindex.h"
#include "core/result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace littoral::render {

// What a story handout is made of.
struct StoryHandoutInput {
    core::Story story;
    std::shared_ptr<const core::CorpusIndex> corpus;
    std::shared_ptr<const core::ChronologyIndex> chronology; // may be null
    // Per step, the search's hits when the step's filter has a query (missing: no hits).
    QList<QHash<qint64, QString>> snippets;
    QString corpusName;
    QDate printedOn; // the footer's date; null: today
};

// Prints a story as a handout: a PDF with one page per step (its caption, its period and filter in
// words, the timeline and graph figures of the step, its document's facts when it has one), through the
// export painters (render::timelineFigure, render::graphFigure). Written atomically. GUI thread (the
// figures are painted with the widgets' fonts).
[[nodiscard]] core::Result<void> writeStoryHandout(const StoryHandoutInput& input, const QString& pdfPath);
// The same, telling `progress(stepsDone, steps)` after each page; false from it cancels (Cancelled, no
// file written).
[[nodiscard]] core::Result<void> writeStoryHandout(
    const StoryHandoutInput& input, const QString& pdfPath, const std::function<bool(int done, int total)>& progress);

} // namespace littoral::render
