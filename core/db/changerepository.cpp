// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/changerepository.h"

#include "core/db/database.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace littoral::core {
namespace {

const QString kColumns = QStringLiteral(
    "id, at, user_name, kind, origin, source_path, source, sha256, before, after, reverts, attention");

QJsonObject objectOf(const QString& json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QString jsonText(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<Change> changeAt(const QSqlQuery& q)
{
    const auto kind = changeKindFromName(q.value(3).toString());
    const auto origin = changeOriginFromName(q.value(4).toString());
    if (!kind || !origin)
        return std::nullopt;
    Change change;
    change.id = q.value(0).toLongLong();
    change.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    change.at.setTimeSpec(Qt::UTC);
    change.user = q.value(2).toString();
    change.kind = *kind;
    change.origin = *origin;
    change.sourcePath = q.value(5).toString();
    change.source = q.value(6).toString();
    change.sha256 = q.value(7).toString();
    change.before = objectOf(q.value(8).toString());
    change.after = objectOf(q.value(9).toString());
    change.reverts = q.value(10).toLongLong();
    change.attention = q.value(11).toString();
    return change;
}

// Every change the query selects (with kColumns), `active` computed over them.
QList<Change> changesOf(QSqlQuery& query)
{
    QList<Change> changes;
    while (query.next())
        if (auto change = changeAt(query))
            changes.append(*change);
    query.finish();
    markActive(changes);
    return changes;
}

} // namespace

ChangeRepository::ChangeRepository(Database& database)
    : m_database(database)
    , m_statements(database)
{
}

Result<qint64> ChangeRepository::insert(const Change& change)
{
    auto inserted = m_statements.exec(
        QStringLiteral("INSERT INTO changes (at, user_name, kind, origin, source_path, source, sha256, before, "
                       "after, reverts, attention) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { change.at.toUTC().toString(Qt::ISODateWithMs), StatementCache::text(change.user), changeKindName(change.kind),
            changeOriginName(change.origin), StatementCache::textOrNull(change.sourcePath),
            StatementCache::textOrNull(change.source), StatementCache::textOrNull(change.sha256),
            jsonText(change.before), jsonText(change.after),
            change.reverts != 0 ? QVariant(change.reverts) : StatementCache::null(),
            StatementCache::text(change.attention) });
    if (!inserted)
        return std::unexpected(inserted.error());
    return (*inserted)->lastInsertId().toLongLong();
}

Result<QList<Change>> ChangeRepository::all()
{
    auto query = m_statements.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM changes ORDER BY id"));
    if (!query)
        return std::unexpected(query.error());
    return changesOf(**query);
}

Result<Change> ChangeRepository::find(qint64 id)
{
    auto query = m_statements.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM changes WHERE id = ?"), { id });
    if (!query)
        return std::unexpected(query.error());
    std::optional<Change> change;
    if ((*query)->next())
        change = changeAt(**query);
    (*query)->finish();
    if (!change)
        return fail(ErrorCode::NotFound, QStringLiteral("There is no change %1 in the history.").arg(id));
    return *change;
}

Result<QList<Change>> ChangeRepository::forDocument(const QString& sourcePath, const QString& sha256)
{
    // The changes reverting these carry the same document, so the set is closed under `reverts`.
    // A change follows its file's path only while the content it was made on is not in the corpus at
    // another path (two files swapped names: each keeps its own corrections).
    auto query = m_statements.exec(QStringLiteral("SELECT ") + kColumns
            + QStringLiteral(" FROM changes c WHERE c.source_path = ? AND (c.sha256 = ? OR NOT EXISTS "
                             "(SELECT 1 FROM documents d WHERE d.sha256 = c.sha256 AND d.source_path <> ?)) "
                             "UNION SELECT ")
            + kColumns + QStringLiteral(" FROM changes WHERE sha256 = ? ORDER BY id"),
        { StatementCache::text(sourcePath), StatementCache::text(sha256), StatementCache::text(sourcePath),
            StatementCache::text(sha256) });
    if (!query)
        return std::unexpected(query.error());
    return changesOf(**query);
}

Result<bool> ChangeRepository::isEmpty()
{
    auto query = m_statements.exec(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM changes)"));
    if (!query)
        return std::unexpected(query.error());
    const bool empty = (*query)->next() && (*query)->value(0).toBool();
    (*query)->finish();
    return empty;
}

Result<void> ChangeRepository::setAttention(const QHash<qint64, QString>& reasons, const QList<qint64>& cleared)
{
    for (auto it = reasons.begin(); it != reasons.end(); ++it)
        if (auto r = m_statements.exec(QStringLiteral("UPDATE changes SET attention = ? WHERE id = ? AND attention <> ?"),
                { it.value(), it.key(), it.value() });
            !r)
            return std::unexpected(r.error());
    for (qint64 id : cleared)
        if (auto r = m_statements.exec(QStringLiteral("UPDATE changes SET attention = '' WHERE id = ? AND attention <> ''"), { id }); !r)
            return std::unexpected(r.error());
    return {};
}

} // namespace littoral::core
