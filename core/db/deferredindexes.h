// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QLockFile;

namespace littoral::core {

class Database;

// The indexes a bulk import drops before its first write and builds again once at its end. Their
// keys (dates, correspondents) arrive in no order, so every commit of a 100,000-document import
// rewrote pages all over them, about 9,700 pages in all; CREATE INDEX sorts once instead. The
// indexes the import itself reads (content hash, source, path, aliases) are never among them.
// From drop() to restore() a lock file beside the corpus ("<file>-indexes.lock") says a live process
// will build them; a process killed in between leaves them missing and its lock stale, and the next
// Database::open() builds them. Thread of its Database, which must outlive it.
class DeferredIndexes final {
public:
    struct Definition {
        QString name;
        QString sql; // as the migrations created it, and as sqlite_master keeps it
    };
    static const QList<Definition>& definitions();

    explicit DeferredIndexes(Database& database);
    ~DeferredIndexes();
    DeferredIndexes(const DeferredIndexes&) = delete;
    DeferredIndexes& operator=(const DeferredIndexes&) = delete;

    // Drops those present, inside the caller's write transaction (a rollback keeps them), once this
    // object holds the lock; fails, dropping nothing, when another live process holds it.
    [[nodiscard]] Result<void> drop();
    // Builds those missing, in a write transaction of its own, and lets the lock go. Nothing is written
    // when none is missing, nor while another live process holds the lock (it will build them).
    [[nodiscard]] Result<void> restore();
    // The names of those the file lacks.
    [[nodiscard]] Result<QStringList> missing();

private:
    // Takes the lock if it is free or stale; false when a live process holds it.
    bool lock();

    Database& m_database;
    std::unique_ptr<QLockFile> m_lock; // held from drop() to restore(); null for an in-memory corpus
};

} // namespace littoral::core
