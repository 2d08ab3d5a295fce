// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <utility>

struct sqlite3;

namespace littoral::core {

// Owns one named QSQLITE connection to a corpus file, opened and migrated on the calling thread.
// A connection belongs to the thread that opened it: every worker opens its own Database.
// Move-only; the connection is removed when the last owner goes away. Repositories keep a reference
// to it, so a Database must neither move nor die while a repository built on it is alive.
class Database final {
public:
    static constexpr int kSchemaVersion = 10;
    // A reader (openExisting, which never migrates) reads schemas 4 and 5 too: 5 only added the table
    // of per-document warnings and 6 the participants' confidence, which repositories skip below them.
    // So a corpus on a read-only medium written before 6 is still exported, searched and viewed.
    static constexpr int kFirstVersionWithWarnings = 5;
    static constexpr int kFirstVersionWithConfidence = 6;
    static constexpr int kFirstVersionWithChanges = 7; // change log, review, originals, redirects
    static constexpr int kFirstVersionWithPages = 10; // format, ocr, pages, links, message ids; 'email' type
    static constexpr int kOldestReadableVersion = 4;
    // PRAGMA application_id of a corpus ("LTRL" in ASCII): another program's SQLite file is never
    // taken for one. Corpora of schema 1-4 predate it; they are recognised by their tables.
    static constexpr qint32 kApplicationId = 0x4C54524C;

    // Opens (creating if needed) and migrates to kSchemaVersion under one write lock; a file whose
    // user_version was left behind its schema is repaired. Fails with DatabaseOpen (cannot
    // create/open/write), DatabaseCorrupt (not a SQLite database, another program's database, or a
    // damaged corpus; the file is then left unchanged) or SchemaTooNew. An empty file is a new corpus.
    // ":memory:" opens a private in-memory database.
    [[nodiscard]] static Result<Database> open(const QString& path);
    // Opens an existing corpus read-only, without migrating and without changing its journal mode.
    // A WAL corpus in a folder nobody may write (a DVD, a read-only share) is opened as immutable.
    // Fails with NotFound when the file does not exist, and when the corpus needs an upgrade.
    [[nodiscard]] static Result<Database> openExisting(const QString& path);
    // Whether open() could write path (the file, or for a new file its folder); the error says why not.
    [[nodiscard]] static Result<void> checkWritable(const QString& path);

    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    QSqlDatabase connection() const;
    // PRAGMA data_version: changes when another connection commits to the file (not for this one's).
    [[nodiscard]] Result<qint64> dataVersion();
    // Counts the transactions begun on this connection: inside one write transaction no other
    // connection can commit, so what was checked against data_version at its start holds to its end.
    quint64 transactionSerial() const { return m_transactionSerial; }
    // For a long run of write transactions (an import): the write-ahead log is copied back into the
    // file every `pages` pages instead of SQLite's 1,000, so the pages every transaction rewrites (the
    // search index's) are copied back once per run of transactions, not once per few.
    [[nodiscard]] Result<void> checkpointEvery(int pages);
    // SQLite's page cache for this connection (2 MB by default): an import's indexes outgrow it, and
    // each page evicted is read back from the log or the file at its next insert.
    [[nodiscard]] Result<void> useCache(int megabytes);
    // The connection's own SQLite handle, for what Qt's driver does not offer (bulk reads, FTS5
    // functions); null if the driver is not SQLite's. Only code in core/db uses it.
    sqlite3* nativeHandle() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    bool isReadOnly() const { return m_readOnly; }
    // Opened with SQLite's immutable=1: no locks, no -shm; only right when nobody writes the file.
    bool isImmutable() const { return m_immutable; }

    // Runs body inside BEGIN IMMEDIATE ... COMMIT; rolls back when body fails.
    template <typename F>
    [[nodiscard]] Result<void> transaction(F&& body);
    // Runs body inside a deferred (read) transaction: every read sees one consistent state even while
    // another connection imports, e.g. for an export. Works on read-only connections.
    template <typename F>
    [[nodiscard]] Result<void> snapshot(F&& body);

    bool inTransaction() const { return m_inTransaction; }
    // Grows on every rollback, so caches of row ids written inside a transaction know to forget them.
    quint64 rollbackCount() const { return m_rollbacks; }

private:
    Database(QString connectionName, QString path);
    [[nodiscard]] Result<void> begin(bool forWriting = true);
    // BEGIN (IMMEDIATE when writing), body, then COMMIT, or ROLLBACK when body fails.
    template <typename F>
    [[nodiscard]] Result<void> runInTransaction(bool forWriting, F&& body);
    [[nodiscard]] Result<void> commit();
    void rollback();
    struct Shape;
    [[nodiscard]] Result<Shape> shape();
    [[nodiscard]] Result<Shape> configure(bool readOnly);
    [[nodiscard]] Result<void> migrate(const Shape& found);
    [[nodiscard]] Result<void> runMigrations();
    void release();

    QString m_connectionName;
    QString m_path;
    QSqlDatabase m_db;
    bool m_inTransaction = false;
    // The schema version read once per transaction: within one nobody else can change it, and the
    // import's writer asks for it several times a document.
    mutable std::optional<int> m_transactionSchema;
    quint64 m_transactionSerial = 0;
    bool m_readOnly = false;
    bool m_immutable = false;
    quint64 m_rollbacks = 0;
};

template <typename F>
Result<void> Database::transaction(F&& body)
{
    return runInTransaction(true, std::forward<F>(body));
}

template <typename F>
Result<void> Database::snapshot(F&& body)
{
    if (m_inTransaction)
        return body();
    return runInTransaction(false, std::forward<F>(body));
}

template <typename F>
Result<void> Database::runInTransaction(bool forWriting, F&& body)
{
    if (auto started = begin(forWriting); !started)
        return started;
    Result<void> outcome = body();
    if (!outcome) {
        rollback();
        return outcome;
    }
    return commit();
}

} // namespace littoral::core
