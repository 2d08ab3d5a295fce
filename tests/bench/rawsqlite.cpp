// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawsqlite.h"

#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>

namespace littoral::bench {

RawSqlite::RawSqlite(const QString& path, Mode mode)
{
    const int flags = mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    check(sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr), "open");
}

RawSqlite::~RawSqlite()
{
    sqlite3_close_v2(m_db);
}

void RawSqlite::check(int rc, const char* what) const
{
    if (rc == SQLITE_OK || rc == SQLITE_ROW || rc == SQLITE_DONE)
        return;
    std::fprintf(stderr, "littoral-bench: sqlite3 %s failed: %s\n", what, m_db ? sqlite3_errmsg(m_db) : "no connection");
    std::exit(2);
}

void RawSqlite::exec(const char* sql)
{
    char* error = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        std::fprintf(stderr, "littoral-bench: sqlite3 exec failed: %s\n  %s\n", error ? error : "?", sql);
        std::exit(2);
    }
}

QByteArray RawSqlite::scalar(const char* sql)
{
    RawStatement statement(prepare(sql));
    const int rc = sqlite3_step(statement.get());
    check(rc, sql);
    if (rc != SQLITE_ROW)
        return {};
    return QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(statement.get(), 0)));
}

sqlite3_stmt* RawSqlite::prepare(const char* sql)
{
    sqlite3_stmt* statement = nullptr;
    check(sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr), sql);
    return statement;
}

RawStatement::~RawStatement()
{
    sqlite3_finalize(m_statement);
}

} // namespace littoral::bench
