// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/documentfilter.h"
#include "core/result.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace littoral::core {

// One step of a story: a saved view and what to say about it. Documents are named by their `source`
// and correspondents by name (in `filter`), never by row id, so a story outlives a re-import and
// travels to a colleague's copy of the same corpus. Plain value, any thread.
struct StoryStep {
    QString caption; // a sentence or two, shown large
    // Period, correspondent (+ role), link, search and types: what the views keep.
    DocumentFilter filter;
    // The document that is the step's subject (its reader facts are shown): its source, or empty.
    QString document;
    // A chronology event the step goes to (ChronologyEvent::id), or empty.
    QString chronologyEvent;
    // The timeline's visible days [zoomFrom, zoomTo]; null: fit the period (or the whole corpus).
    QDate zoomFrom;
    QDate zoomTo;
    // Which views are shown; a step shows at least one.
    bool showTimeline = true;
    bool showGraph = true;
    bool showReader = false; // the reader's facts for `document`

    // {"caption", "filter": DocumentFilter::toJson(), "document", "event", "zoom": {"from", "to"},
    //  "views": ["timeline", "graph", "reader"]}; only the keys that are set (views always).
    QJsonObject toJson() const;
    static StoryStep fromJson(const QJsonObject& object);

    friend bool operator==(const StoryStep&, const StoryStep&) = default;
};

// An ordered list of steps, told in class. Saved in the corpus database (CorpusSession, undoable) and
// exported / imported as a JSON file.
struct Story {
    Q_DECLARE_TR_FUNCTIONS(littoral::core::Story)
public:
    QString id; // stable key in the corpus (a UUID without braces)
    QString title;
    QList<StoryStep> steps;

    static QString newId();

    // {"id", "title", "steps": [...]}: how the database keeps it.
    QJsonObject toJson() const;
    static Story fromJson(const QJsonObject& object);

    // The exchange file: {"format": "littoral-story/1", "corpus": corpusName, "story": toJson()}.
    QByteArray toFile(const QString& corpusName) const;
    // Reads an exchange file; Error (InvalidInput) with a sentence when it is not one (the format names
    // another version, or the JSON is broken). The id is kept: the importer gives a new one on collision.
    [[nodiscard]] static Result<Story> fromFile(const QByteArray& bytes);

    friend bool operator==(const Story&, const Story&) = default;
};

} // namespace littoral::core
