// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArrayView>
#include <QDate>
#include <QString>
#include <QStringList>

struct sqlite3_stmt;

namespace littoral::core {

class Database;

// A forward scan over a read-only statement through SQLite's own API, on the connection of a
// Database. Opening a 100,000-document corpus reads about a million rows; QSqlQuery turns every
// cell into a UTF-16 QVariant first, which made those reads four times slower than SQLite.
// Use it for bulk reads only; everything else goes through StatementCache. Thread of its Database.
class RowScan final {
public:
    // Prepares `sql` with its ? parameters bound to `texts`. Fails with the statement's SQLite error.
    [[nodiscard]] static Result<RowScan> prepare(const Database& database, const QString& sql, const QStringList& texts = {});
    RowScan(RowScan&& other) noexcept;
    RowScan& operator=(RowScan&& other) noexcept;
    RowScan(const RowScan&) = delete;
    RowScan& operator=(const RowScan&) = delete;
    ~RowScan();

    // Steps to the next row; false at the end or on error (then error() says which).
    bool next();
    [[nodiscard]] Result<void> status() const;

    bool isNull(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QString text(int column) const;
    // The cell's UTF-8 bytes, valid until the next step: for comparing short codes without a QString.
    QByteArrayView bytes(int column) const;
    // A BLOB cell's bytes, valid until the next step.
    QByteArrayView blob(int column) const;
    // A "YYYY-MM-DD" cell; a null date for NULL or anything else.
    QDate isoDate(int column) const;

private:
    RowScan(sqlite3_stmt* statement, QString sql);
    Result<void> bind(const QStringList& texts);
    sqlite3_stmt* m_statement = nullptr;
    QString m_sql;
    int m_lastCode = 0;
    QString m_lastMessage;
};

} // namespace littoral::core
