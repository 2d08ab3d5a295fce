// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace littoral::test {

// The first column of the first row of `sql` as an int, or -1 when the query fails: tests read
// what the database really holds through it.
int queryInt(const QSqlDatabase& connection, const QString& sql);

// Writes `statements` into the SQLite file at `path` through a connection of its own, closed before
// returning: how tests make another program's database or a damaged corpus. Empty on success, else
// SQLite's message.
QString writeRawDatabase(const QString& path, const QStringList& statements);

} // namespace littoral::test
