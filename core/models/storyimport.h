// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/change.h"
#include "core/domain/story.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace littoral::core {

class CorpusIndex;
class CorpusSession;

// Something a step of an imported story names that this corpus does not have: the step still applies
// without it (SelectionState::applyFilter, applyStep), so the story is imported anyway and the user told.
struct StoryImportGap {
    Q_DECLARE_TR_FUNCTIONS(littoral::core::StoryImportGap)
public:
    enum class Kind { Document, Correspondent, ChronologyEvent };
    int step = 0; // 1-based
    Kind kind = Kind::Document;
    QString name; // the document's source, the correspondent's name or the chronology event's id

    // "Step 3: document letter-12.txt is not in this corpus." in the interface language.
    QString message() const;
    friend bool operator==(const StoryImportGap&, const StoryImportGap&) = default;
};

// What importing a story file did.
struct StoryImport {
    Story story; // as saved: a new id when the corpus had the file's, a title made unique
    Change change; // the one change recorded
    bool newId = false;
    QList<StoryImportGap> gaps; // in step order
};

// Reads a story exchange file (Story::fromFile) and saves it in the corpus as one undoable change: the
// story gets a new id when the corpus already has one with its id, and " (2)", " (3)" … after its title
// when another story has that title. What the steps name and the corpus lacks (documents by source,
// correspondents by name, chronology events by id) is reported in `gaps`, never a failure. `corpus` is
// the session's CorpusIndex when the caller has one (the window); without it, it is read from the
// session's database. Error: the file is not a story file (InvalidInput), or the corpus cannot be
// written (DatabaseOpen) or read. Thread of the session.
[[nodiscard]] Result<StoryImport> importStory(
    CorpusSession& session, const QByteArray& bytes, const CorpusIndex* corpus = nullptr);

// The steps of `story` that name what `corpus` (and its chronology, by id) does not have.
QList<StoryImportGap> storyGaps(
    const Story& story, const CorpusIndex& corpus, const QStringList& chronologyIds);

} // namespace littoral::core
