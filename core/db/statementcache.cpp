// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/statementcache.h"

#include "core/db/database.h"
#include "core/db/sqlerror.h"

#include <QSqlError>

namespace littoral::core {

StatementCache::StatementCache(const Database& database)
    : m_db(database.connection())
{
}

Result<QSqlQuery*> StatementCache::exec(const QString& sql, std::initializer_list<QVariant> values)
{
    auto& slot = m_queries[sql];
    if (!slot) {
        auto query = std::make_shared<QSqlQuery>(m_db);
        query->setForwardOnly(true);
        if (!query->prepare(sql)) {
            m_queries.remove(sql);
            return std::unexpected(sqlError(query->lastError(), sql.simplified()));
        }
        slot = std::move(query);
    }
    QSqlQuery* query = slot.get();
    query->finish();
    int index = 0;
    for (const QVariant& value : values)
        query->bindValue(index++, value);
    if (!query->exec())
        return std::unexpected(sqlError(query->lastError(), sql.simplified()));
    return query;
}

} // namespace littoral::core
