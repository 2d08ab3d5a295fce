// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace littoral::bench {

// A bare sqlite3 C API connection: the floor the benchmark compares Littoral against. Any failure
// is fatal (a benchmark with a broken baseline means nothing). Thread that opened it.
class RawSqlite final {
public:
    enum class Mode { ReadOnly, ReadWrite };
    RawSqlite(const QString& path, Mode mode);
    ~RawSqlite();
    RawSqlite(const RawSqlite&) = delete;
    RawSqlite& operator=(const RawSqlite&) = delete;

    void exec(const char* sql);
    // First column of the first row, as text.
    QByteArray scalar(const char* sql);
    sqlite3_stmt* prepare(const char* sql);
    void check(int rc, const char* what) const;
    sqlite3* handle() const { return m_db; }

private:
    sqlite3* m_db = nullptr;
};

// Finalizes a statement at scope exit.
class RawStatement final {
public:
    explicit RawStatement(sqlite3_stmt* statement) : m_statement(statement) { }
    ~RawStatement();
    RawStatement(const RawStatement&) = delete;
    RawStatement& operator=(const RawStatement&) = delete;
    sqlite3_stmt* get() const { return m_statement; }

private:
    sqlite3_stmt* m_statement;
};

} // namespace littoral::bench
