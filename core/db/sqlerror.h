// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QSqlError>

namespace littoral::core {

// SQLite's primary result code behind a Qt SQL error (SQLITE_CORRUPT = 11 …), or 0 when unknown.
int sqliteResultCode(const QSqlError& error);

// Maps a failed statement to an Error a person can read: "<what>: <SQLite's words>" (only SQLite's
// words when what is empty), with the code
// DatabaseCorrupt for a damaged or foreign file, DatabaseOpen for a read-only or unopenable one, else Sql.
Error sqlError(const QSqlError& error, const QString& what);
// The same for a statement run through SQLite's own API: its result code and sqlite3_errmsg().
Error sqlError(int resultCode, const QString& words, const QString& what);

} // namespace littoral::core
