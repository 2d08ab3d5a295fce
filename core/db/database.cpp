// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/database.h"

#include "core/db/migrations.h"
#include "core/db/sqlerror.h"
#include "core/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace littoral::core {
namespace {

constexpr int kBusyTimeoutMs = 5000;

QString nextConnectionName()
{
    static std::atomic<quint64> s_counter { 0 };
    return QStringLiteral("littoral-db-%1").arg(s_counter.fetch_add(1) + 1);
}

bool isInMemory(const QString& path)
{
    return path == QLatin1String(":memory:");
}

// Explains in the person's terms why a file cannot be a corpus, keeping SQLite's words as detail.
Error describe(const Error& error, const QString& path)
{
    switch (error.code) {
    case ErrorCode::DatabaseCorrupt:
        return { error.code,
            QStringLiteral("%1 is not a Littoral corpus database, or it is damaged (%2).")
                .arg(path, error.detail) };
    case ErrorCode::DatabaseOpen:
        return { error.code,
            QStringLiteral("Cannot open the corpus database %1 for writing (%2).").arg(path, error.detail) };
    default:
        return { error.code,
            QStringLiteral("Cannot use the corpus database %1 (%2).").arg(path, error.detail) };
    }
}

// Checked before SQLite sees the path so the message names the real problem instead of
// SQLite's generic "unable to open database file".
Result<void> checkWritablePath(const QString& path)
{
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return fail(ErrorCode::DatabaseOpen,
            QStringLiteral("Cannot open the corpus database %1: it is a folder, not a file.").arg(path));
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists() || !folder.isDir())
        return fail(ErrorCode::DatabaseOpen,
            QStringLiteral("Cannot create the corpus database %1: the folder %2 does not exist.")
                .arg(path, QDir::toNativeSeparators(folder.filePath())));
    if (info.exists() && !info.isWritable())
        return fail(ErrorCode::DatabaseOpen,
            QStringLiteral("Cannot open the corpus database %1: the file is read-only.").arg(path));
    if (!folder.isWritable())
        return fail(ErrorCode::DatabaseOpen,
            QStringLiteral("Cannot open the corpus database %1: the folder %2 is not writable.")
                .arg(path, QDir::toNativeSeparators(folder.filePath())));
    return {};
}

Result<void> exec(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        qCWarning(lcDb) << "statement failed:" << sql.simplified() << query.lastError().text();
        return std::unexpected(sqlError(query.lastError(), {}));
    }
    return {};
}

Result<QVariant> scalar(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Not logged: this is how a foreign or damaged file shows up, and the caller reports it.
    if (!query.exec(sql) || !query.next())
        return std::unexpected(sqlError(query.lastError(), {}));
    return query.value(0);
}

} // namespace

Database::Database(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
    , m_db(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName))
{
    m_db.setDatabaseName(m_path);
}

Database::Database(Database&& other) noexcept
    : m_connectionName(std::exchange(other.m_connectionName, QString()))
    , m_path(std::move(other.m_path))
    , m_db(std::exchange(other.m_db, QSqlDatabase()))
    , m_inTransaction(std::exchange(other.m_inTransaction, false))
    , m_rollbacks(other.m_rollbacks)
{
}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        release();
        m_connectionName = std::exchange(other.m_connectionName, QString());
        m_path = std::move(other.m_path);
        m_db = std::exchange(other.m_db, QSqlDatabase());
        m_inTransaction = std::exchange(other.m_inTransaction, false);
        m_rollbacks = other.m_rollbacks;
    }
    return *this;
}

Database::~Database()
{
    release();
}

void Database::release()
{
    if (m_connectionName.isEmpty())
        return;
    if (m_inTransaction)
        rollback();
    m_db.close();
    m_db = QSqlDatabase(); // the last handle must be gone before removeDatabase
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

Result<Database> Database::open(const QString& path)
{
    if (path.isEmpty())
        return fail(ErrorCode::DatabaseOpen, QStringLiteral("No corpus database file was given."));
    if (!isInMemory(path)) {
        if (auto writable = checkWritablePath(path); !writable)
            return std::unexpected(writable.error());
    }
    Database db(nextConnectionName(), path);
    if (!db.m_db.open())
        return std::unexpected(describe(sqlError(db.m_db.lastError(), {}), path));
    if (auto configured = db.configure(false); !configured)
        return std::unexpected(configured.error());
    if (auto migrated = db.migrate(); !migrated)
        return std::unexpected(migrated.error());
    return db;
}

Result<Database> Database::openExisting(const QString& path)
{
    if (!QFileInfo(path).isFile())
        return fail(ErrorCode::NotFound, QStringLiteral("The corpus database %1 does not exist.").arg(path));
    Database db(nextConnectionName(), path);
    db.m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.m_db.open())
        return std::unexpected(describe(sqlError(db.m_db.lastError(), {}), path));
    if (auto configured = db.configure(true); !configured)
        return std::unexpected(configured.error());
    if (db.schemaVersion() < kSchemaVersion)
        return fail(ErrorCode::DatabaseOpen,
            QStringLiteral("%1 is not an up-to-date Littoral corpus; open it once for writing to create or "
                           "upgrade it.")
                .arg(path));
    return db;
}

Result<void> Database::configure(bool readOnly)
{
    if (auto r = exec(m_db, QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs)); !r)
        return std::unexpected(describe(r.error(), m_path));
    // The first statement that reads the file: a foreign or damaged file is detected here.
    const auto version = scalar(m_db, QStringLiteral("PRAGMA user_version"));
    if (!version)
        return std::unexpected(describe(version.error(), m_path));
    if (version->toInt() > kSchemaVersion)
        return fail(ErrorCode::SchemaTooNew,
            QStringLiteral("The corpus database %1 was written by a newer Littoral (schema version %2; this "
                           "version understands up to %3). Please update Littoral to open it.")
                .arg(m_path)
                .arg(version->toInt())
                .arg(kSchemaVersion));
    if (auto r = exec(m_db, QStringLiteral("PRAGMA foreign_keys = ON")); !r)
        return std::unexpected(describe(r.error(), m_path));
    if (readOnly)
        return {};
    if (!isInMemory(m_path)) {
        const auto mode = scalar(m_db, QStringLiteral("PRAGMA journal_mode = WAL"));
        if (!mode)
            return std::unexpected(describe(mode.error(), m_path));
        if (mode->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            qCWarning(lcDb) << "journal_mode WAL refused for" << m_path << "- using" << mode->toString();
    }
    if (auto r = exec(m_db, QStringLiteral("PRAGMA synchronous = NORMAL")); !r)
        return std::unexpected(describe(r.error(), m_path));
    return {};
}

Result<void> Database::migrate()
{
    const int current = schemaVersion();
    for (const Migration& step : migrations()) {
        if (step.version <= current)
            continue;
        auto applied = transaction([&]() -> Result<void> {
            for (const QString& statement : step.statements)
                if (auto r = exec(m_db, statement); !r)
                    return std::unexpected(describe(r.error(), m_path));
            if (auto r = exec(m_db, QStringLiteral("PRAGMA user_version = %1").arg(step.version)); !r)
                return std::unexpected(describe(r.error(), m_path));
            return {};
        });
        if (!applied) {
            qCWarning(lcDb) << "migration to schema" << step.version << "failed for" << m_path << ":"
                            << applied.error().detail;
            return applied;
        }
    }
    return {};
}

QSqlDatabase Database::connection() const
{
    return m_db;
}

sqlite3* Database::nativeHandle() const
{
    // Qt's SQLite driver hands out its sqlite3* as a QVariant holding the pointer.
    const QVariant handle = m_db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

int Database::schemaVersion() const
{
    QSqlDatabase db = m_db;
    const auto version = scalar(db, QStringLiteral("PRAGMA user_version"));
    return version ? version->toInt() : -1;
}

Result<void> Database::begin(bool forWriting)
{
    if (m_inTransaction)
        return fail(ErrorCode::Sql, QStringLiteral("A transaction is already open on %1.").arg(m_path));
    if (auto r
        = exec(m_db, forWriting ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN DEFERRED"));
        !r)
        return std::unexpected(describe(r.error(), m_path));
    m_inTransaction = true;
    return {};
}

Result<void> Database::commit()
{
    if (auto r = exec(m_db, QStringLiteral("COMMIT")); !r) {
        qCWarning(lcDb) << "commit failed on" << m_path << ":" << r.error().detail;
        rollback();
        return std::unexpected(describe(r.error(), m_path));
    }
    m_inTransaction = false;
    return {};
}

void Database::rollback()
{
    if (auto r = exec(m_db, QStringLiteral("ROLLBACK")); !r)
        qCWarning(lcDb) << "rollback failed on" << m_path << ":" << r.error().detail;
    m_inTransaction = false;
    ++m_rollbacks;
}

} // namespace littoral::core
