// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/corpusindex.h"
#include "core/models/documentfilter.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <memory>

namespace littoral::core {

class Database;

// What a data writer reads: the chosen documents of one corpus. The index gives merged
// correspondents and who took part in what (the graph formats); the database gives each document in
// full (text, functions, organisations, places) one at a time, so 100,000 documents are never all in
// memory. Thread of the database.
struct ExportInput {
    Database* database = nullptr;
    std::shared_ptr<const CorpusIndex> corpus;
    QList<qsizetype> rows; // rows of corpus->documents(), in corpus (date) order
    DocumentFilter filter; // what chose them, said where a format has room for it
    // Called as documents are written; returning false cancels (ErrorCode::Cancelled).
    std::function<bool(int done, int total)> progress;

    bool keepGoing(int done) const { return !progress || progress(done, int(rows.size())); }
};

// What an export wrote, for the report a person reads ("Wrote 120 documents, 45 correspondents …").
struct ExportCounts {
    int documents = 0;
    int correspondents = 0; // nodes of a graph format, distinct people and organisations of a table
    int links = 0;          // edges (sender → recipient or copy) of a graph format
    int participations = 0; // rows of participations.csv
    int events = 0;         // mentioned events written (TimelineJS)
    QStringList files;      // what was written at the destination (file names)
};

} // namespace littoral::core
