// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/sqlprobe.h"

#include <QSqlQuery>
#include <QVariant>

namespace littoral::test {

int queryInt(const QSqlDatabase& connection, const QString& sql)
{
    QSqlQuery query(connection);
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace littoral::test
