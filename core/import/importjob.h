// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QFuture>
#include <QList>
#include <QPromise>
#include <QString>
#include <QStringList>

#include <functional>

namespace littoral::core {

struct ImportOptions {
    qint64 maxFileSize = 32 * 1024 * 1024; // larger files are rejected as "file too large"
    int batchSize = 256;                   // documents per write transaction
    int extractionBudgetMs = 5000;         // per document: past it, extraction keeps what it found (cutShort)
};

struct ImportOutcome {
    enum class Status { Imported, Updated, Unchanged, Rejected, Duplicate };
    Status status = Status::Imported;
    QString source;      // path relative to the import root it was found under (the file name for a file argument)
    QString reason;      // for Rejected: "empty file", "binary file (PNG image)", …
    QString duplicateOf; // for Duplicate: source of the first copy
};

struct ImportSummary {
    int imported = 0;
    int updated = 0;
    int unchanged = 0;
    int rejected = 0;
    int duplicates = 0;
    bool cancelled = false;
    QList<ImportOutcome> problems; // rejected and duplicate files, in the order met
};

// Progress and cancellation for callers that have no QPromise (CLI, tests); every member may be empty.
struct ImportCallbacks {
    std::function<void(int files)> started;                          // once, with the number of files found
    std::function<void(int done, const QString& source)> progressed; // after each file is settled
    std::function<bool()> isCanceled;                                // polled from pool threads too: thread-safe
};

// Imports files and folders (recursively; .txt and .md) into a corpus database.
// Worker thread: opens its own Database connection; decodes and extracts files in parallel on the
// global pool and writes them in batched transactions through a single writer. Reports progress
// (files done / total) and stops at the next batch boundary when cancelled: every batch is atomic,
// so the database only ever holds whole documents.
class ImportJob final {
public:
    ImportJob(QString databasePath, QStringList paths, ImportOptions options = {});

    // Runs on the calling thread; progress and cancellation through promise.
    void run(QPromise<Result<ImportSummary>>& promise) const;
    // Convenience for callers that do not need progress (CLI, tests).
    [[nodiscard]] Result<ImportSummary> runSynchronously() const;
    // Same, reporting through callbacks on the calling thread; a cancelled run returns what was
    // written so far with cancelled = true (a cancelled QFuture carries no result).
    [[nodiscard]] Result<ImportSummary> runSynchronously(const ImportCallbacks& callbacks) const;
    // Starts run() on the global thread pool.
    [[nodiscard]] QFuture<Result<ImportSummary>> start() const;

private:
    QString m_databasePath;
    QStringList m_paths;
    ImportOptions m_options;
};

} // namespace littoral::core
