// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/rowscan.h"

#include "core/db/database.h"

#include <sqlite3.h>

#include <utility>

namespace littoral::core {
namespace {

int digits(const unsigned char* text, int from, int count)
{
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return -1;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

} // namespace

Result<RowScan> RowScan::prepare(const Database& database, const QString& sql, const QStringList& texts)
{
    sqlite3* db = database.nativeHandle();
    if (!db)
        return fail(ErrorCode::Sql, QStringLiteral("the database connection is not an SQLite one"));
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &statement, nullptr) != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(statement);
        return fail(ErrorCode::Sql, QStringLiteral("%1: %2").arg(sql.simplified(), message));
    }
    RowScan scan(statement, sql);
    if (auto bound = scan.bind(texts); !bound)
        return std::unexpected(bound.error());
    return scan;
}

Result<void> RowScan::bind(const QStringList& texts)
{
    for (int i = 0; i < texts.size(); ++i) {
        const QByteArray utf8 = texts.at(i).toUtf8();
        if (sqlite3_bind_text(m_statement, i + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT) != SQLITE_OK)
            return fail(ErrorCode::Sql, QStringLiteral("%1: %2").arg(m_sql.simplified(),
                QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement)))));
    }
    return {};
}

RowScan::RowScan(sqlite3_stmt* statement, QString sql)
    : m_statement(statement)
    , m_sql(std::move(sql))
{
}

RowScan::RowScan(RowScan&& other) noexcept
    : m_statement(std::exchange(other.m_statement, nullptr))
    , m_sql(std::move(other.m_sql))
    , m_lastCode(other.m_lastCode)
    , m_lastMessage(std::move(other.m_lastMessage))
{
}

RowScan& RowScan::operator=(RowScan&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_sql = std::move(other.m_sql);
        m_lastCode = other.m_lastCode;
        m_lastMessage = std::move(other.m_lastMessage);
    }
    return *this;
}

RowScan::~RowScan()
{
    sqlite3_finalize(m_statement);
}

bool RowScan::next()
{
    if (!m_statement)
        return false;
    m_lastCode = sqlite3_step(m_statement);
    if (m_lastCode == SQLITE_ROW)
        return true;
    if (m_lastCode != SQLITE_DONE)
        m_lastMessage = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement)));
    return false;
}

Result<void> RowScan::status() const
{
    if (m_lastCode == SQLITE_ROW || m_lastCode == SQLITE_DONE || m_lastCode == SQLITE_OK)
        return {};
    const int primary = m_lastCode & 0xff;
    const ErrorCode code = primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB ? ErrorCode::DatabaseCorrupt : ErrorCode::Sql;
    return fail(code, QStringLiteral("%1: %2").arg(m_sql.simplified(), m_lastMessage));
}

bool RowScan::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 RowScan::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString RowScan::text(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column)) : QString();
}

double RowScan::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QByteArrayView RowScan::blob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
}

QByteArrayView RowScan::bytes(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
}

QDate RowScan::isoDate(int column) const
{
    const auto* text = sqlite3_column_text(m_statement, column);
    if (!text || sqlite3_column_bytes(m_statement, column) != 10 || text[4] != '-' || text[7] != '-')
        return {};
    const int year = digits(text, 0, 4), month = digits(text, 5, 2), day = digits(text, 8, 2);
    return year < 0 || month < 0 || day < 0 ? QDate() : QDate(year, month, day);
}

} // namespace littoral::core
