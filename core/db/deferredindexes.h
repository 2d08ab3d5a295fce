// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace littoral::core {

class Database;

// The indexes a bulk import drops before its first write and builds again once at its end. Their
// keys (dates, correspondents) arrive in no order, so every commit of a 100,000-document import
// rewrote pages all over them, about 9,700 pages in all; CREATE INDEX sorts once instead. The
// indexes the import itself reads (content hash, source, path, aliases) are never among them.
// A process killed in between leaves them missing: Database::open() builds them again.
// Thread of its Database, which must outlive it.
class DeferredIndexes final {
public:
    struct Definition {
        QString name;
        QString sql; // as the migrations created it, and as sqlite_master keeps it
    };
    static const QList<Definition>& definitions();

    explicit DeferredIndexes(Database& database);

    // Drops those present, inside the caller's write transaction (a rollback keeps them).
    [[nodiscard]] Result<void> drop();
    // Builds those missing, in a write transaction of its own; nothing is written when none is.
    [[nodiscard]] Result<void> restore();
    // The names of those the file lacks.
    [[nodiscard]] Result<QStringList> missing();

private:
    Database& m_database;
};

} // namespace littoral::core
