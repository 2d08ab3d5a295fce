// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace littoral::core {

class Database;

// The prepared statements of one repository, prepared on first use and reused: an import writes
// hundreds of thousands of rows through a handful of statements. Thread of its Database, and
// destroyed before it: SQLite will not close a connection with statements still prepared.
class StatementCache final {
public:
    explicit StatementCache(const Database& database);
    ~StatementCache();
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    // Binds values in order and executes sql; SELECTs are forward-only (QSQLITE would otherwise
    // cache every row). Call QSqlQuery::finish() after reading so no read stays open.
    [[nodiscard]] Result<QSqlQuery*> exec(const QString& sql, std::initializer_list<QVariant> values = {});
    // Runs a statement that returns no rows (INSERT, UPDATE, DELETE) through SQLite's own API, values
    // bound without Qt's driver, which was a fifth of the time an import spent writing. Gives the
    // rowid of the last row inserted on the connection.
    [[nodiscard]] Result<qint64> run(const QString& sql, std::initializer_list<QVariant> values = {});

    // A bound NULL; a null QString would bind NULL too, which NOT NULL text columns refuse.
    static QVariant null() { return QVariant(); }
    static QVariant text(const QString& value)
    {
        return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
    }
    static QVariant textOrNull(const QString& value) { return value.isEmpty() ? null() : QVariant(value); }

private:
    QSqlDatabase m_db;
    sqlite3* m_handle = nullptr;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_queries;
    QHash<QString, sqlite3_stmt*> m_statements;
};

} // namespace littoral::core
