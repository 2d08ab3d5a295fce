// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace littoral::test {

// The first column of the first row of `sql` as an int, or -1 when the query fails: tests read
// what the database really holds through it.
int queryInt(const QSqlDatabase& connection, const QString& sql);

} // namespace littoral::test
