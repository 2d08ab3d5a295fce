// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/database.h"

#include "core/db/deferredindexes.h"
#include "core/db/migrations.h"
#include "core/db/sqlerror.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>
#include <QUrl>

#include <atomic>

namespace littoral::core {
namespace {

constexpr int kBusyTimeoutMs = 5000;
// How long an open waits for another process's migration: upgrading 100,000 documents rebuilds
// indexes for longer than an ordinary write ever holds the lock.
constexpr int kMigrationBusyTimeoutMs = 10 * 60 * 1000;

// Tables every corpus since schema version 1 holds: how a corpus written before the application id
// is told from another program's SQLite file. (Versions 1-6 also had `edits`, which 7 folded into
// the change log.)
const QStringList& corpusTables()
{
    static const QStringList tables = { QStringLiteral("documents"), QStringLiteral("correspondents"),
        QStringLiteral("participants"), QStringLiteral("events"),
        QStringLiteral("import_issues"), QStringLiteral("documents_fts") };
    return tables;
}

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
            QCoreApplication::translate("littoral::core::Database", "Cannot open the corpus database %1 for writing (%2).").arg(path, error.detail) };
    default:
        return { error.code,
            QCoreApplication::translate("littoral::core::Database", "Cannot use the corpus database %1 (%2).").arg(path, error.detail) };
    }
}

// Checked before SQLite sees the path so the message names the real problem instead of
// SQLite's generic "unable to open database file".
Result<void> checkWritablePath(const QString& path)
{
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return fail(ErrorCode::DatabaseOpen,
            QCoreApplication::translate("littoral::core::Database", "Cannot open the corpus database %1: it is a folder, not a file.").arg(path));
    // SQLite would block reading a FIFO's header, or read a device: only regular files are corpora.
    if (info.exists() && !info.isFile())
        return fail(ErrorCode::DatabaseOpen,
            QCoreApplication::translate("littoral::core::Database", "Cannot open the corpus database %1: it is not a regular file.").arg(path));
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists() || !folder.isDir())
        return fail(ErrorCode::DatabaseOpen,
            QCoreApplication::translate("littoral::core::Database", "Cannot create the corpus database %1: the folder %2 does not exist.")
                .arg(path, QDir::toNativeSeparators(folder.filePath())));
    if (info.exists() && !info.isWritable())
        return fail(ErrorCode::DatabaseOpen,
            QCoreApplication::translate("littoral::core::Database", "Cannot open the corpus database %1: the file is read-only.").arg(path));
    if (!folder.isWritable())
        return fail(ErrorCode::DatabaseOpen,
            QCoreApplication::translate("littoral::core::Database", "Cannot open the corpus database %1: the folder %2 is not writable.")
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

// SQLite answers SQLITE_BUSY at once, without waiting in its busy handler, where waiting could
// deadlock: "PRAGMA journal_mode = WAL" on a new file while another process opens it made one of two
// imports creating that file fail with "database is locked" about once in 60 runs on a loaded
// machine. The statements that open a file are tried again for as long as the busy timeout.
Result<QSqlRecord> rowWaiting(QSqlDatabase& db, const QString& sql)
{
    constexpr int kSqliteBusy = 5;
    constexpr int kSqliteLocked = 6;
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (query.exec(sql) && query.next())
            return query.record();
        const QSqlError error = query.lastError();
        const int code = sqliteResultCode(error);
        if ((code != kSqliteBusy && code != kSqliteLocked) || clock.elapsed() > kBusyTimeoutMs)
            return std::unexpected(sqlError(error, {}));
        qCDebug(lcDb) << "busy, trying again:" << sql.simplified();
        query.finish();
        QThread::msleep(10);
    }
}

// A WAL database keeps 2 in the header's read and write format versions (bytes 18 and 19).
bool isWalFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(20);
    return header.size() == 20 && header.startsWith("SQLite format 3") && header.at(18) == 2 && header.at(19) == 2;
}

// A WAL database can be read without writing only if SQLite may create its -shm file beside it, or
// with immutable=1, which tells SQLite that nobody changes the file so it takes no lock at all. That
// is true of a read-only medium, not of a folder someone else writes into: there a reader would see
// pages torn by the writer. A writer keeps a -wal file beside the database; its changes are read
// through the -shm the writer keeps, so a non-empty -wal means: no immutable.
bool needsImmutable(const QString& path)
{
    const QFileInfo info(path);
    if (QFileInfo(info.absolutePath()).isWritable() || !isWalFile(path))
        return false;
    const QFileInfo wal(path + QStringLiteral("-wal"));
    return !wal.exists() || wal.size() == 0;
}

QString sqliteUri(const QString& path, bool immutable)
{
    QString uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded);
    uri += QStringLiteral("?mode=ro");
    if (immutable)
        uri += QStringLiteral("&immutable=1");
    return uri;
}

QString listed(QStringList names)
{
    constexpr qsizetype kShown = 5;
    const qsizetype more = names.size() - kShown;
    if (more > 0) {
        names = names.mid(0, kShown);
        names.append(QStringLiteral("%1 more").arg(more));
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

// What the file holds, read before anything is written to it.
struct Database::Shape {
    int version = 0;
    qint64 applicationId = 0;
    bool empty = true;  // no schema object at all: a new corpus (when version is 0)
    QStringList tables; // excluding SQLite's own
};

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
    , m_transactionSchema(std::exchange(other.m_transactionSchema, std::nullopt))
    , m_transactionSerial(other.m_transactionSerial)
    , m_readOnly(other.m_readOnly)
    , m_immutable(other.m_immutable)
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
        m_transactionSchema = std::exchange(other.m_transactionSchema, std::nullopt);
        m_transactionSerial = other.m_transactionSerial;
        m_readOnly = other.m_readOnly;
        m_immutable = other.m_immutable;
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

Result<void> Database::checkWritable(const QString& path)
{
    return checkWritablePath(path);
}

Result<Database> Database::open(const QString& path)
{
    if (path.isEmpty())
        return fail(ErrorCode::DatabaseOpen, QCoreApplication::translate("littoral::core::Database", "No corpus database file was given."));
    if (!isInMemory(path)) {
        if (auto writable = checkWritablePath(path); !writable)
            return std::unexpected(writable.error());
    }
    Database db(nextConnectionName(), path);
    if (!db.m_db.open())
        return std::unexpected(describe(sqlError(db.m_db.lastError(), {}), path));
    const auto found = db.configure(false);
    if (!found)
        return std::unexpected(found.error());
    if (auto migrated = db.migrate(*found); !migrated)
        return std::unexpected(migrated.error());
    // Left dropped by a bulk import that was killed before its end. They only make reads faster: a
    // corpus that cannot have them built now (a full disk) still opens.
    if (auto restored = DeferredIndexes(db).restore(); !restored)
        qCWarning(lcDb) << "could not build the indexes of" << path << "again:" << restored.error().detail;
    return db;
}

Result<Database> Database::openExisting(const QString& path)
{
    if (!QFileInfo(path).isFile())
        return fail(ErrorCode::NotFound, QCoreApplication::translate("littoral::core::Database", "The corpus database %1 does not exist.").arg(path));
    Database db(nextConnectionName(), path);
    db.m_readOnly = true;
    db.m_immutable = needsImmutable(path);
    if (db.m_immutable) {
        db.m_db.setDatabaseName(sqliteUri(path, true));
        db.m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    } else {
        db.m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    }
    if (!db.m_db.open())
        return std::unexpected(describe(sqlError(db.m_db.lastError(), {}), path));
    const auto found = db.configure(true);
    if (!found)
        return std::unexpected(found.error());
    if (found->version < kOldestReadableVersion) {
        // Upgrading writes; a reader never does, and a read-only file cannot be upgraded at all.
        const auto writable = checkWritablePath(path);
        const QString why = found->empty
            ? QStringLiteral("%1 is empty: it holds no corpus yet.").arg(path)
            : QStringLiteral("%1 was written by an older Littoral (schema version %2; this one reads %3) and must be "
                             "upgraded before it can be read.")
                  .arg(path)
                  .arg(found->version)
                  .arg(kSchemaVersion);
        return fail(ErrorCode::DatabaseOpen,
            writable ? why + QStringLiteral(" Open it once for writing (an import, or the window) to create or upgrade it.")
                     : why + QStringLiteral(" It cannot be upgraded here: %1 Copy it to a folder you can write to and "
                                            "open the copy.")
                                 .arg(writable.error().detail.section(QStringLiteral(": "), -1)));
    }
    return db;
}

Result<Database::Shape> Database::shape()
{
    // The first statement that reads the file: a foreign or damaged file is detected here. One
    // statement, so one read transaction: the answers agree with each other.
    const auto row = rowWaiting(m_db,
        QStringLiteral("SELECT (SELECT user_version FROM pragma_user_version), "
                       "(SELECT application_id FROM pragma_application_id), "
                       "(SELECT count(*) FROM sqlite_master), "
                       "(SELECT group_concat(name, char(10)) FROM (SELECT name FROM sqlite_master "
                       "WHERE type = 'table' AND substr(name, 1, 7) <> 'sqlite_' ORDER BY name))"));
    if (!row)
        return std::unexpected(describe(row.error(), m_path));
    Shape found;
    found.version = row->value(0).toInt();
    // application_id is a signed 32-bit integer in the header; compared as such.
    found.applicationId = row->value(1).toLongLong();
    found.empty = row->value(2).toLongLong() == 0;
    const QString tables = row->value(3).toString();
    if (!tables.isEmpty())
        found.tables = tables.split(QLatin1Char('\n'));
    return found;
}

// Refuses, before anything is written, a file that is not a corpus this version can use.
Result<Database::Shape> Database::configure(bool readOnly)
{
    if (auto r = exec(m_db, QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs)); !r)
        return std::unexpected(describe(r.error(), m_path));
    auto found = shape();
    if (!found)
        return found;
    const auto leftUnchanged = QStringLiteral(" It was left unchanged; give Littoral another file name for its corpus.");
    if (found->applicationId != 0 && found->applicationId != kApplicationId)
        return fail(ErrorCode::DatabaseCorrupt,
            QStringLiteral("%1 is another program's SQLite database (its application id is 0x%2), not a Littoral corpus.")
                    .arg(m_path)
                    .arg(quint32(found->applicationId), 8, 16, QLatin1Char('0'))
                + leftUnchanged);
    if (found->version > kSchemaVersion)
        return fail(ErrorCode::SchemaTooNew,
            QStringLiteral("The corpus database %1 was written by a newer Littoral (schema version %2; this "
                           "version understands up to %3). Please update Littoral to open it.")
                .arg(m_path)
                .arg(found->version)
                .arg(kSchemaVersion));
    QStringList missing;
    for (const QString& table : corpusTables())
        if (!found->tables.contains(table))
            missing.append(table);
    if (found->empty) {
        if (found->version != 0)
            return fail(ErrorCode::DatabaseCorrupt,
                QStringLiteral("%1 is not a Littoral corpus: it is an SQLite database marked with schema version %2 "
                               "but it holds none of a corpus's tables.")
                        .arg(m_path)
                        .arg(found->version)
                    + leftUnchanged);
    } else if (!missing.isEmpty()) {
        if (found->applicationId == kApplicationId)
            return fail(ErrorCode::DatabaseCorrupt,
                QStringLiteral("%1 is a damaged Littoral corpus: its tables %2 are missing.").arg(m_path, listed(missing)));
        return fail(ErrorCode::DatabaseCorrupt,
            QStringLiteral("%1 is another program's SQLite database, not a Littoral corpus (it holds the tables %2).")
                    .arg(m_path, listed(found->tables))
                + leftUnchanged);
    }
    if (auto r = exec(m_db, QStringLiteral("PRAGMA foreign_keys = ON")); !r)
        return std::unexpected(describe(r.error(), m_path));
    if (readOnly)
        return found;
    if (!isInMemory(m_path)) {
        const auto mode = rowWaiting(m_db, QStringLiteral("PRAGMA journal_mode = WAL"));
        if (!mode)
            return std::unexpected(describe(mode.error(), m_path));
        if (mode->value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            qCWarning(lcDb) << "journal_mode WAL refused for" << m_path << "- using" << mode->value(0).toString();
    }
    if (auto r = exec(m_db, QStringLiteral("PRAGMA synchronous = NORMAL")); !r)
        return std::unexpected(describe(r.error(), m_path));
    return found;
}

// Every pending step, the application id and the version go in under one BEGIN IMMEDIATE, and the
// version is read again once the lock is held: of two processes opening one new file, the second
// waits for the first's migration and then finds nothing left to do.
Result<void> Database::migrate(const Shape& found)
{
    if (found.version == kSchemaVersion && found.applicationId == kApplicationId)
        return {};
    if (auto r = exec(m_db, QStringLiteral("PRAGMA busy_timeout = %1").arg(kMigrationBusyTimeoutMs)); !r)
        return std::unexpected(describe(r.error(), m_path));
    auto migrated = runInTransaction(true, [&] { return runMigrations(); });
    if (auto r = exec(m_db, QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs)); !r && migrated)
        return std::unexpected(describe(r.error(), m_path));
    return migrated;
}

Result<void> Database::runMigrations()
{
    const auto found = shape();
    if (!found)
        return std::unexpected(found.error());
    if (found->version > kSchemaVersion || (found->applicationId != 0 && found->applicationId != kApplicationId))
        return fail(ErrorCode::DatabaseCorrupt,
            QStringLiteral("%1 was changed by another program while Littoral opened it; it was left as it was.").arg(m_path));
    for (const Migration& step : migrations()) {
        if (step.version <= found->version)
            continue;
        const auto applied = step.appliedProbe.isEmpty() ? Result<QVariant>(false) : scalar(m_db, step.appliedProbe);
        if (!applied)
            return std::unexpected(describe(applied.error(), m_path));
        if (applied->toBool()) {
            qCInfo(lcDb) << "schema" << step.version << "objects already in" << m_path << "at user_version" << found->version
                         << "- repaired by counting the step as done";
        } else {
            for (const QString& statement : step.statements)
                if (auto r = exec(m_db, statement); !r)
                    return fail(r.error().code,
                        QStringLiteral("Cannot upgrade the corpus %1 from schema version %2 to %3 (%4); it was left as it "
                                       "was.")
                            .arg(m_path)
                            .arg(step.version - 1)
                            .arg(step.version)
                            .arg(r.error().detail));
            if (step.afterStatements)
                if (auto r = step.afterStatements(m_db); !r)
                    return fail(r.error().code,
                        QStringLiteral("Cannot upgrade the corpus %1 from schema version %2 to %3 (%4); it was left as it "
                                       "was.")
                            .arg(m_path)
                            .arg(step.version - 1)
                            .arg(step.version)
                            .arg(r.error().detail));
        }
        if (auto r = exec(m_db, QStringLiteral("PRAGMA user_version = %1").arg(step.version)); !r)
            return std::unexpected(describe(r.error(), m_path));
        m_transactionSchema.reset();
    }
    if (found->applicationId != kApplicationId)
        if (auto r = exec(m_db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)); !r)
            return std::unexpected(describe(r.error(), m_path));
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
    if (m_inTransaction && m_transactionSchema)
        return *m_transactionSchema;
    QSqlDatabase db = m_db;
    const auto version = scalar(db, QStringLiteral("PRAGMA user_version"));
    const int found = version ? version->toInt() : -1;
    if (m_inTransaction && version)
        m_transactionSchema = found;
    return found;
}

Result<void> Database::begin(bool forWriting)
{
    if (m_inTransaction)
        return fail(ErrorCode::Sql, QStringLiteral("A transaction is already open on %1.").arg(m_path));
    if (auto r
        = exec(m_db, forWriting ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN DEFERRED"));
        !r)
        return std::unexpected(describe(r.error(), m_path));
    m_transactionSchema.reset();
    ++m_transactionSerial;
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

Result<void> Database::checkpointEvery(int pages)
{
    if (auto r = exec(m_db, QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(std::max(1, pages))); !r)
        return std::unexpected(describe(r.error(), m_path));
    return {};
}

Result<void> Database::useCache(int megabytes)
{
    // A negative cache_size is in KiB.
    if (auto r = exec(m_db, QStringLiteral("PRAGMA cache_size = -%1").arg(std::max(1, megabytes) * 1024)); !r)
        return std::unexpected(describe(r.error(), m_path));
    return {};
}

Result<qint64> Database::dataVersion()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return std::unexpected(describe(sqlError(query.lastError(), {}), m_path));
    return query.value(0).toLongLong();
}

void Database::rollback()
{
    if (auto r = exec(m_db, QStringLiteral("ROLLBACK")); !r)
        qCWarning(lcDb) << "rollback failed on" << m_path << ":" << r.error().detail;
    m_inTransaction = false;
    ++m_rollbacks;
}

} // namespace littoral::core
