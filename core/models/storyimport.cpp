// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/storyimport.h"

#include "core/models/corpusindex.h"
#include "core/models/storysteps.h"
#include "core/session/corpussession.h"

#include <QSet>

#include <optional>

namespace littoral::core {

QString StoryImportGap::message() const
{
    switch (kind) {
    case Kind::Document:
        return tr("Step %1: document %2 is not in this corpus.").arg(step).arg(name);
    case Kind::Correspondent:
        return tr("Step %1: correspondent %2 is not in this corpus.").arg(step).arg(name);
    case Kind::ChronologyEvent:
        return tr("Step %1: chronology event %2 is not in this corpus’s chronology.").arg(step).arg(name);
    }
    return {};
}

QList<StoryImportGap> storyGaps(
    const Story& story, const CorpusIndex& corpus, const QStringList& chronologyIds)
{
    QList<StoryImportGap> gaps;
    for (qsizetype i = 0; i < story.steps.size(); ++i) {
        const StoryStep& step = story.steps.at(i);
        const int number = int(i + 1);
        const auto correspondent = [&](const QString& name) {
            if (!corpus.correspondentNamed(name))
                gaps.append({ number, StoryImportGap::Kind::Correspondent, name });
        };
        // The same names SelectionState::applyFilter looks up, in its order.
        if (!step.filter.correspondent.isEmpty())
            correspondent(step.filter.correspondent);
        if (step.filter.hasLink()) {
            correspondent(step.filter.linkFrom);
            correspondent(step.filter.linkTo);
        }
        if (!step.document.isEmpty() && documentBySource(corpus, step.document) == 0)
            gaps.append({ number, StoryImportGap::Kind::Document, step.document });
        if (!step.chronologyEvent.isEmpty() && !chronologyIds.contains(step.chronologyEvent))
            gaps.append({ number, StoryImportGap::Kind::ChronologyEvent, step.chronologyEvent });
    }
    return gaps;
}

Result<StoryImport> importStory(CorpusSession& session, const QByteArray& bytes, const CorpusIndex* corpus)
{
    auto read = Story::fromFile(bytes);
    if (!read)
        return std::unexpected(read.error());
    StoryImport imported;
    imported.story = std::move(*read);

    auto stories = session.stories();
    if (!stories)
        return std::unexpected(stories.error());
    QSet<QString> ids;
    QSet<QString> titles;
    for (const Story& story : std::as_const(*stories)) {
        ids.insert(story.id);
        titles.insert(story.title);
    }
    // A colleague's story never replaces one of this corpus, even its own earlier copy.
    if (ids.contains(imported.story.id)) {
        do
            imported.story.id = Story::newId();
        while (ids.contains(imported.story.id));
        imported.newId = true;
    }
    if (titles.contains(imported.story.title)) {
        const QString title = imported.story.title;
        for (int n = 2;; ++n) {
            imported.story.title = StoryImportGap::tr("%1 (%2)").arg(title).arg(n);
            if (!titles.contains(imported.story.title))
                break;
        }
    }

    auto chronology = session.chronology();
    if (!chronology)
        return std::unexpected(chronology.error());
    QStringList chronologyIds;
    for (const ChronologyEvent& event : std::as_const(*chronology))
        chronologyIds.append(event.id);
    std::optional<CorpusIndex> loaded;
    if (!corpus) {
        auto index = CorpusIndex::load(session.database());
        if (!index)
            return std::unexpected(index.error());
        loaded = std::move(*index);
        corpus = &*loaded;
    }
    imported.gaps = storyGaps(imported.story, *corpus, chronologyIds);

    auto change = session.saveStory(imported.story);
    if (!change)
        return std::unexpected(change.error());
    imported.change = *change;
    return imported;
}

} // namespace littoral::core
