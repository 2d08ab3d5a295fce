// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/statementcache.h"

#include "core/db/database.h"
#include "core/db/sqlerror.h"

#include <QSqlError>

#include <QVarLengthArray>

#include <sqlite3.h>

namespace littoral::core {

StatementCache::StatementCache(const Database& database)
    : m_db(database.connection())
    , m_handle(database.nativeHandle())
{
}

StatementCache::~StatementCache()
{
    for (sqlite3_stmt* statement : std::as_const(m_statements))
        sqlite3_finalize(statement);
}

Result<qint64> StatementCache::run(const QString& sql, std::initializer_list<QVariant> values)
{
    if (!m_handle) { // not SQLite's driver: Qt's way
        auto query = exec(sql, values);
        if (!query)
            return std::unexpected(query.error());
        return (*query)->lastInsertId().toLongLong();
    }
    sqlite3_stmt*& statement = m_statements[sql];
    if (!statement) {
        const QByteArray utf8 = sql.toUtf8();
        if (const int rc = sqlite3_prepare_v3(m_handle, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
            rc != SQLITE_OK) {
            const QString words = QString::fromUtf8(sqlite3_errmsg(m_handle));
            sqlite3_finalize(statement);
            m_statements.remove(sql);
            return std::unexpected(sqlError(rc, words, sql.simplified()));
        }
    }
    if (sqlite3_bind_parameter_count(statement) != int(values.size()))
        return fail(ErrorCode::Sql, QStringLiteral("%1: %2 values for %3 parameters")
                                        .arg(sql.simplified())
                                        .arg(values.size())
                                        .arg(sqlite3_bind_parameter_count(statement)));
    // Text is bound as UTF-8, the file's encoding, converted here by Qt's vectorised codec: bound as
    // UTF-16, SQLite converted each document's text itself, character by character, on the writer's
    // thread. Valid until the step below.
    QVarLengthArray<QByteArray, 24> utf8;
    int index = 0;
    int rc = SQLITE_OK;
    for (const QVariant& value : values) {
        ++index;
        if (rc != SQLITE_OK)
            break;
        // NULL for what Qt's driver binds as NULL: no value, a null string or byte array.
        const bool null = value.isNull() || (value.typeId() == QMetaType::QString && static_cast<const QString*>(value.constData())->isNull())
            || (value.typeId() == QMetaType::QByteArray && static_cast<const QByteArray*>(value.constData())->isNull());
        if (null) {
            rc = sqlite3_bind_null(statement, index);
            continue;
        }
        switch (value.typeId()) {
        case QMetaType::QString: {
            const QByteArray& bytes = utf8.emplace_back(static_cast<const QString*>(value.constData())->toUtf8());
            rc = sqlite3_bind_text(statement, index, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
            break;
        }
        case QMetaType::QByteArray: {
            const QByteArray* bytes = static_cast<const QByteArray*>(value.constData());
            rc = sqlite3_bind_blob64(statement, index, bytes->constData(), sqlite3_uint64(bytes->size()), SQLITE_STATIC);
            break;
        }
        case QMetaType::Double:
        case QMetaType::Float:
            rc = sqlite3_bind_double(statement, index, value.toDouble());
            break;
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            rc = sqlite3_bind_int64(statement, index, value.toLongLong());
            break;
        default: {
            const QByteArray& bytes = utf8.emplace_back(value.toString().toUtf8());
            rc = sqlite3_bind_text(statement, index, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
            break;
        }
        }
    }
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(statement);
        if (rc == SQLITE_ROW || rc == SQLITE_DONE)
            rc = SQLITE_OK;
    }
    const QString words = rc == SQLITE_OK ? QString() : QString::fromUtf8(sqlite3_errmsg(m_handle));
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (rc != SQLITE_OK)
        return std::unexpected(sqlError(rc, words, sql.simplified()));
    return sqlite3_last_insert_rowid(m_handle);
}

Result<QSqlQuery*> StatementCache::exec(const QString& sql, std::initializer_list<QVariant> values)
{
    auto& slot = m_queries[sql];
    if (!slot) {
        auto query = std::make_shared<QSqlQuery>(m_db);
        query->setForwardOnly(true);
        if (!query->prepare(sql)) {
            m_queries.remove(sql);
            return std::unexpected(sqlError(query->lastError(), sql.simplified()));
        }
        slot = std::move(query);
    }
    QSqlQuery* query = slot.get();
    query->finish();
    int index = 0;
    for (const QVariant& value : values)
        query->bindValue(index++, value);
    if (!query->exec())
        return std::unexpected(sqlError(query->lastError(), sql.simplified()));
    return query;
}

} // namespace littoral::core
