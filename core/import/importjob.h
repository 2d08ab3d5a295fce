// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/formats/readerprocess.h"
#include "core/result.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QPromise>
#include <QString>
#include <QStringList>

#include <functional>

namespace littoral::core {

struct ImportOptions {
    qint64 maxFileSize = 32 * 1024 * 1024; // larger text files are rejected as "file too large"
    // The archive formats' own limits (issue 16): a 200-page scan or a 1 GB mbox is legitimate.
    qint64 maxPdfSize = qint64(512) << 20;
    qint64 maxImageSize = qint64(256) << 20;
    qint64 maxMessageSize = qint64(256) << 20; // one .eml, or one message of an mbox
    qint64 maxMboxSize = qint64(64) << 30; // streamed message by message
    ReaderLimits reader; // the helper process's bounds, per PDF or image
    QHash<QString, QString> passwords; // by absolute path: a password-protected PDF the user unlocked
    int batchSize = 256;                   // documents prepared together, the pool's unit of work
    // Documents written in one transaction at most (or one batch), while the next batches are already
    // prepared: a commit writes again every index page its rows touched. What a crash may lose.
    int documentsPerTransaction = 1024;
    int extractionBudgetMs = 5000;         // per document: past it, extraction keeps what it found (cutShort)
};

struct ImportOutcome {
    // Kept: a file imported before that cannot be taken now (unreadable, empty, binary, no longer a
    // regular file): its document stays as it was. Gone: a file imported before that no longer exists
    // (its document stays until removeGone()). Skipped: a folder not searched.
    enum class Status { Imported, Updated, Unchanged, Rejected, Duplicate, Kept, Gone, Skipped };
    Status status = Status::Imported;
    QString source;      // path relative to the import root it was found under (the file name for a file argument)
    QString reason;      // for Rejected and Kept: "empty file", "binary file (PNG image)", …; for Skipped: "hidden folder, not searched", …
    QString duplicateOf; // for Duplicate: source of the first copy
    QString path;        // for Gone: the absolute source path, as removeGone() takes it; for Rejected and Kept:
                         // the file's (or an attachment's "msg.eml/scan.pdf"), as ImportOptions::passwords keys it
};

struct ImportSummary {
    int imported = 0;
    int updated = 0;
    int unchanged = 0;
    int rejected = 0;
    int duplicates = 0;
    int kept = 0;
    int gone = 0;
    int skipped = 0; // folders
    bool cancelled = false;
    QList<ImportOutcome> problems; // skipped folders, then rejected, duplicate, kept and gone files, in the order met
    QStringList gonePaths() const;
};

// What removeGone() did.
struct GoneRemoval {
    int removed = 0;
    int corrections = 0; // edits of the removed documents: kept in the corpus, applied again if the file comes back
    QStringList stillPresent; // asked for, but the file is there again: not removed
};

// Progress and cancellation for callers that have no QPromise (CLI, tests); every member may be empty.
struct ImportCallbacks {
    std::function<void(int files)> started;                          // once, with the number of files found
    std::function<void(int done, const QString& source)> progressed; // after each file is settled
    std::function<bool()> isCanceled;                                // polled from pool threads too: thread-safe
    // A PDF or scan read page by page (OCR takes seconds a page): called from pool threads, thread-safe.
    std::function<void(const QString& source, int pagesDone, int pageCount)> pageRead;
};

// Imports files and folders (recursively; text, PDF, images, .eml and mbox: FileCollector) into a corpus
// database; one file may give several documents (an mbox's messages, a message's attachments). A document is never
// removed by an import: a file that can no longer be read keeps its document (Kept), a file that is
// gone is reported (Gone) and removed only through removeGone().
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

    // What an import freed (its page cache, its threads' buffers) stays in the C library's heaps and
    // counts in the app's memory until handed back: at 100,000 documents the window then read the
    // corpus on top of 200 MB it no longer used. runSynchronously() hands it back itself; after
    // start(), call this once the job is over, on the thread that goes on (the window's), never while
    // another thread allocates: it holds each heap's lock while it works (a third of a second after
    // 100,000 documents).
    static void releaseFreedMemory();

    // Removes the documents of files reported Gone, once the user agreed; a file that exists again is
    // left alone. The user's corrections stay in the corpus (keyed by content), so importing the file
    // again brings them back. Calling thread; opens its own connection.
    [[nodiscard]] static Result<GoneRemoval> removeGone(const QString& databasePath, const QStringList& paths);

private:
    QString m_databasePath;
    QStringList m_paths;
    ImportOptions m_options;
};

} // namespace littoral::core
