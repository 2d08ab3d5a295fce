// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/correspondentrepository.h"

#include "core/db/database.h"
#include "core/db/rowscan.h"
#include "core/db/stringpool.h"
#include "core/domain/correspondentkey.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace littoral::core {

CorrespondentRepository::CorrespondentRepository(Database& database)
    : m_database(database)
    , m_statements(database)
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
    auto rows = RowScan::prepare(m_database,
        QStringLiteral("SELECT document_id, correspondent_id, role FROM participants ORDER BY document_id, position, rowid"));
    if (!rows)
        return std::unexpected(rows.error());
    QList<Participation> list;
    while (rows->next())
        list.append({ rows->integer(0), rows->integer(1),
            roleFromName(QUtf8StringView(rows->bytes(2))).value_or(ParticipantRole::Mentioned) });
    if (auto status = rows->status(); !status)
        return std::unexpected(status.error());
    list.squeeze(); // kept for as long as the corpus is open: without the growth slack
    return list;
}

Result<QList<DatedEvent>> CorrespondentRepository::mentionedEvents()
{
    // A plain scan in id order ('+' keeps SQLite off the date index, which would fetch each row out
    // of order), sorted by date here: three times faster than ORDER BY date with 200,000 events.
    auto rows = RowScan::prepare(m_database,
        QStringLiteral("SELECT document_id, label, date_edtf, date_start, date_end FROM events "
                       "WHERE kind = 'mentioned' AND +date_start IS NOT NULL ORDER BY id"));
    if (!rows)
        return std::unexpected(rows.error());
    QList<DatedEvent> list;
    StringPool labels; // the same events are mentioned by many documents
    while (rows->next())
        list.append({ rows->integer(0), labels.intern(rows->bytes(1)), PartialDate::fromEdtf(rows->text(2)),
            rows->isoDate(3), rows->isoDate(4) });
    if (auto status = rows->status(); !status)
        return std::unexpected(status.error());
    // Stable, so that events on the same first day stay in id order.
    std::stable_sort(list.begin(), list.end(), [](const DatedEvent& a, const DatedEvent& b) { return a.start < b.start; });
    return list;
}

Result<QList<CorrespondentSummary>> CorrespondentRepository::select(const QString& where, const QStringList& values)
{
    auto rows = RowScan::prepare(m_database,
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
    while (rows->next()) {
        CorrespondentSummary c;
        c.id = rows->integer(0);
        c.kind = kindFromName(QUtf8StringView(rows->bytes(1))).value_or(CorrespondentKind::Person);
        c.name = rows->text(2);
        c.documentCount = int(rows->integer(3));
        c.aliases = rows->text(4).split(QChar(0x1f), Qt::SkipEmptyParts);
        c.aliases.sort();
        list.append(std::move(c));
    }
    if (auto status = rows->status(); !status)
        return std::unexpected(status.error());
    return list;
}

} // namespace littoral::core

namespace littoral::core {

// Curation: implemented by the correspondents work of issue 12.
Result<CorrespondentRepository::ChangeSides> CorrespondentRepository::merge(const QList<qint64>&, qint64)
{
    return fail(ErrorCode::InvalidInput, QStringLiteral("Merging correspondents is not available yet."));
}

Result<CorrespondentRepository::ChangeSides> CorrespondentRepository::split(qint64, const QString&)
{
    return fail(ErrorCode::InvalidInput, QStringLiteral("Splitting correspondents is not available yet."));
}

Result<CorrespondentRepository::ChangeSides> CorrespondentRepository::rename(qint64, const QString&)
{
    return fail(ErrorCode::InvalidInput, QStringLiteral("Renaming correspondents is not available yet."));
}

Result<CorrespondentRepository::ChangeSides> CorrespondentRepository::setKind(qint64, CorrespondentKind)
{
    return fail(ErrorCode::InvalidInput, QStringLiteral("Changing a correspondent's kind is not available yet."));
}

Result<void> CorrespondentRepository::replay(const Change&, bool)
{
    return fail(ErrorCode::InvalidInput, QStringLiteral("Correspondent changes cannot be replayed yet."));
}

Result<QList<qint64>> CorrespondentRepository::findByName(const QString&)
{
    return QList<qint64> {};
}

} // namespace littoral::core
