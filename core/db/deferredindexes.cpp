// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/deferredindexes.h"

#include "core/db/database.h"
#include "core/db/rowscan.h"
#include "core/db/sqlerror.h"
#include "core/logging.h"

#include <QElapsedTimer>
#include <QLockFile>
#include <QScopeGuard>
#include <QSqlQuery>

namespace littoral::core {
namespace {

Result<void> run(Database& database, const QString& sql, const QString& what)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql))
        return std::unexpected(sqlError(query.lastError(), what));
    return {};
}

} // namespace

const QList<DeferredIndexes::Definition>& DeferredIndexes::definitions()
{
    // Migrations 1 and 3 created them; a later step that changes one of them changes it here too
    // (tst_deferredindexes compares these with a new file's), and drops it with IF EXISTS: migrations
    // run before Database::open() builds what a killed import left missing.
    static const QList<Definition> all {
        { QStringLiteral("documents_date"), QStringLiteral("CREATE INDEX documents_date ON documents(date_start, date_end)") },
        { QStringLiteral("documents_summary"),
            QStringLiteral("CREATE INDEX documents_summary ON documents(date_start, source, id, date_end, date_edtf, type, language, title)") },
        { QStringLiteral("events_date"), QStringLiteral("CREATE INDEX events_date ON events(date_start, date_end)") },
        { QStringLiteral("participants_correspondent"),
            QStringLiteral("CREATE INDEX participants_correspondent ON participants(correspondent_id, role, document_id)") },
    };
    return all;
}

DeferredIndexes::DeferredIndexes(Database& database)
    : m_database(database)
{
}

DeferredIndexes::~DeferredIndexes() = default;

bool DeferredIndexes::lock()
{
    if (m_lock)
        return m_lock->isLocked();
    const QString path = m_database.path();
    if (path == QLatin1String(":memory:"))
        return true; // no other connection can see it
    m_lock = std::make_unique<QLockFile>(path + QStringLiteral("-indexes.lock"));
    m_lock->setStaleLockTime(0); // an import holds it for minutes: stale only when its process is gone
    if (m_lock->tryLock(0))
        return true;
    const bool heldByAnother = m_lock->error() == QLockFile::LockFailedError;
    m_lock.reset();
    // A lock file that cannot be written at all says nothing about another process: go on without it.
    return !heldByAnother;
}

Result<QStringList> DeferredIndexes::missing()
{
    auto rows = RowScan::prepare(m_database, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index'"));
    if (!rows)
        return std::unexpected(rows.error());
    QStringList present;
    while (rows->next())
        present.append(rows->text(0));
    if (auto status = rows->status(); !status)
        return std::unexpected(status.error());
    QStringList absent;
    for (const Definition& index : definitions())
        if (!present.contains(index.name))
            absent.append(index.name);
    return absent;
}

Result<void> DeferredIndexes::drop()
{
    if (!lock())
        return fail(ErrorCode::Sql, QStringLiteral("another import of %1 is building them at its end").arg(m_database.path()));
    const auto absent = missing();
    if (!absent)
        return std::unexpected(absent.error());
    for (const Definition& index : definitions())
        if (!absent->contains(index.name))
            if (auto r = run(m_database, QStringLiteral("DROP INDEX ") + index.name, QStringLiteral("deferring the index ") + index.name); !r)
                return r;
    return {};
}

Result<void> DeferredIndexes::restore()
{
    const auto release = qScopeGuard([this] { m_lock.reset(); });
    // Read outside the write lock first: opening a corpus that lacks none must not wait for a writer.
    if (auto absent = missing(); !absent || absent->isEmpty())
        return absent ? Result<void>() : std::unexpected(absent.error());
    if (!lock())
        return {}; // a live import deferred them, and builds them at its end
    QElapsedTimer clock;
    clock.start();
    QStringList built;
    auto restored = m_database.transaction([&]() -> Result<void> {
        const auto absent = missing(); // again, under the lock: another process may have built them
        if (!absent)
            return std::unexpected(absent.error());
        for (const Definition& index : definitions()) {
            if (!absent->contains(index.name))
                continue;
            if (auto r = run(m_database, index.sql, QStringLiteral("building the index ") + index.name); !r)
                return r;
            built.append(index.name);
        }
        return {};
    });
    if (restored && !built.isEmpty())
        qCInfo(lcDb) << "built the indexes" << built << "of" << m_database.path() << "in" << clock.elapsed() << "ms";
    return restored;
}

} // namespace littoral::core
