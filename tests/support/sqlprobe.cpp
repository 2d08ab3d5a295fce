// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/sqlprobe.h"

#include <QSqlError>
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

QString writeRawDatabase(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("raw-") + path;
    QString error;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        if (!raw.open()) {
            error = raw.lastError().text();
        } else {
            QSqlQuery query(raw);
            for (const QString& statement : statements) {
                if (!query.exec(statement)) {
                    error = query.lastError().text();
                    break;
                }
            }
            query = QSqlQuery();
            raw.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace littoral::test
