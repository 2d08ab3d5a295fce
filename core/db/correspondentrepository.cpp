// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/correspondentrepository.h"

#include "core/db/database.h"
#include "core/domain/correspondentkey.h"

#include <QHash>
#include <QSqlQuery>

namespace littoral::core {

CorrespondentRepository::CorrespondentRepository(Database& database)
    : m_statements(database)
{
}

Result<QList<CorrespondentSummary>> CorrespondentRepository::list()
{
    return select(QString(), {});
}

Result<std::optional<CorrespondentSummary>> CorrespondentRepository::find(
    CorrespondentKind kind, const QString& name)
{
    auto found = select(QStringLiteral("WHERE c.key = ?"), { correspondentKey(kind, name) });
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return std::optional<CorrespondentSummary> {};
    return std::optional<CorrespondentSummary> { found->first() };
}

Result<QList<Participation>> CorrespondentRepository::participations()
{
    auto rows = m_statements.exec(QStringLiteral(
        "SELECT document_id, correspondent_id, role FROM participants ORDER BY document_id, position, rowid"));
    if (!rows)
        return std::unexpected(rows.error());
    QList<Participation> list;
    QSqlQuery& r = **rows;
    while (r.next())
        list.append({ r.value(0).toLongLong(), r.value(1).toLongLong(),
            roleFromName(r.value(2).toString()).value_or(ParticipantRole::Mentioned) });
    r.finish();
    return list;
}

Result<QList<DatedEvent>> CorrespondentRepository::mentionedEvents()
{
    auto rows = m_statements.exec(QStringLiteral(
        "SELECT document_id, label, date_edtf, date_start, date_end FROM events "
        "WHERE kind = 'mentioned' AND date_start IS NOT NULL ORDER BY date_start, id"));
    if (!rows)
        return std::unexpected(rows.error());
    QList<DatedEvent> list;
    QSqlQuery& r = **rows;
    while (r.next())
        list.append({ r.value(0).toLongLong(), r.value(1).toString(), PartialDate::fromEdtf(r.value(2).toString()),
            QDate::fromString(r.value(3).toString(), Qt::ISODate), QDate::fromString(r.value(4).toString(), Qt::ISODate) });
    r.finish();
    return list;
}

Result<QList<CorrespondentSummary>> CorrespondentRepository::select(
    const QString& where, std::initializer_list<QVariant> values)
{
    auto rows = m_statements.exec(
        QStringLiteral(
            "SELECT c.id, c.kind, c.name, "
            "(SELECT count(DISTINCT p.document_id) FROM participants p WHERE p.correspondent_id = c.id), "
            "(SELECT group_concat(a.alias, char(31)) FROM aliases a WHERE a.correspondent_id = c.id) "
            "FROM correspondents c ")
            + where + QStringLiteral(" ORDER BY c.name, c.id"),
        values);
    if (!rows)
        return std::unexpected(rows.error());
    QList<CorrespondentSummary> list;
    QSqlQuery& r = **rows;
    while (r.next()) {
        CorrespondentSummary c;
        c.id = r.value(0).toLongLong();
        c.kind = kindFromName(r.value(1).toString()).value_or(CorrespondentKind::Person);
        c.name = r.value(2).toString();
        c.documentCount = r.value(3).toInt();
        c.aliases = r.value(4).toString().split(QChar(0x1f), Qt::SkipEmptyParts);
        c.aliases.sort();
        list.append(c);
    }
    r.finish();
    return list;
}

} // namespace littoral::core
