// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/sqlerror.h"

namespace littoral::core {
namespace {

// SQLite primary result codes (sqlite3.h); Qt reports them as text in nativeErrorCode().
constexpr int kSqlitePerm = 3;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteNotADb = 26;

} // namespace

int sqliteResultCode(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : 0;
}

Error sqlError(const QSqlError& error, const QString& what)
{
    QString words = error.databaseText().trimmed();
    if (words.isEmpty())
        words = error.text().trimmed();
    return sqlError(sqliteResultCode(error), words, what);
}

Error sqlError(int resultCode, const QString& words, const QString& what)
{
    const QString detail = what.isEmpty() ? words
        : words.isEmpty()                 ? what
                                          : what + QStringLiteral(": ") + words;
    switch (resultCode & 0xff) {
    case kSqliteCorrupt:
    case kSqliteNotADb:
        return { ErrorCode::DatabaseCorrupt, detail };
    case kSqlitePerm:
    case kSqliteReadOnly:
    case kSqliteCantOpen:
        return { ErrorCode::DatabaseOpen, detail };
    default:
        return { ErrorCode::Sql, detail };
    }
}

} // namespace littoral::core
