// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/chronologyrepository.h"

#include "core/db/database.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace littoral::core {

QJsonObject ChronologyEntry::toJson() const
{
    QJsonObject object { { QStringLiteral("id"), id } };
    if (deleted)
        object.insert(QStringLiteral("deleted"), true);
    else if (event)
        object.insert(QStringLiteral("event"), event->toJson());
    return object;
}

ChronologyEntry ChronologyEntry::fromJson(const QJsonObject& object)
{
    ChronologyEntry entry;
    entry.id = object.value(QLatin1String("id")).toString();
    entry.deleted = object.value(QLatin1String("deleted")).toBool();
    if (!entry.deleted && object.contains(QLatin1String("event"))) {
        ChronologyEvent event = ChronologyEvent::fromJson(object.value(QLatin1String("event")).toObject());
        if (event.isValid())
            entry.event = event;
    }
    return entry;
}

ChronologyRepository::ChronologyRepository(Database& database)
    : m_statements(database)
{
}

Result<QList<ChronologyEntry>> ChronologyRepository::all()
{
    auto query = m_statements.exec(QStringLiteral("SELECT id, state, event FROM chronology_events ORDER BY id"));
    if (!query)
        return std::unexpected(query.error());
    QList<ChronologyEntry> entries;
    while ((*query)->next()) {
        ChronologyEntry entry;
        entry.id = (*query)->value(0).toString();
        entry.deleted = (*query)->value(1).toString() == QLatin1String("deleted");
        if (!entry.deleted) {
            ChronologyEvent event = ChronologyEvent::fromJson(QJsonDocument::fromJson((*query)->value(2).toByteArray()).object());
            if (!event.isValid())
                continue; // unreadable: the bundled event (if any) shows instead
            event.bundled = false;
            entry.event = event;
        }
        entries.append(entry);
    }
    (*query)->finish();
    return entries;
}

Result<ChronologyEntry> ChronologyRepository::find(const QString& id)
{
    auto entries = all();
    if (!entries)
        return std::unexpected(entries.error());
    for (const ChronologyEntry& entry : *entries)
        if (entry.id == id)
            return entry;
    return ChronologyEntry { id, std::nullopt, false };
}

Result<void> ChronologyRepository::put(const ChronologyEntry& entry)
{
    Result<QSqlQuery*> query = entry.deleted || entry.event
        ? m_statements.exec(QStringLiteral("INSERT INTO chronology_events (id, state, event) VALUES (?, ?, ?) "
                                           "ON CONFLICT (id) DO UPDATE SET state = excluded.state, event = excluded.event"),
              { entry.id, entry.deleted ? QStringLiteral("deleted") : QStringLiteral("event"),
                  entry.deleted ? StatementCache::null()
                                : QVariant(QString::fromUtf8(QJsonDocument(entry.event->toJson()).toJson(QJsonDocument::Compact))) })
        : m_statements.exec(QStringLiteral("DELETE FROM chronology_events WHERE id = ?"), { entry.id });
    if (!query)
        return std::unexpected(query.error());
    return {};
}

Result<void> ChronologyRepository::replay(const Change& change, bool inverse)
{
    if (change.kind != ChangeKind::SetChronology)
        return fail(ErrorCode::InvalidInput, QStringLiteral("Change %1 is not a chronology change.").arg(change.id));
    const QJsonObject& side = inverse ? change.before : change.after;
    for (const QJsonValue& value : side.value(QLatin1String("events")).toArray())
        if (auto written = put(ChronologyEntry::fromJson(value.toObject())); !written)
            return written;
    return {};
}

QList<ChronologyEvent> layChronology(const QList<ChronologyEvent>& bundled, const QList<ChronologyEntry>& entries)
{
    QHash<QString, const ChronologyEntry*> byId;
    for (const ChronologyEntry& entry : entries)
        byId.insert(entry.id, &entry);
    QList<ChronologyEvent> events;
    events.reserve(bundled.size() + entries.size());
    for (const ChronologyEvent& event : bundled) {
        const ChronologyEntry* entry = byId.value(event.id);
        if (!entry)
            events.append(event);
        else if (entry->event)
            events.append(*entry->event);
        // deleted: left out
        byId.remove(event.id);
    }
    for (const ChronologyEntry& entry : entries)
        if (byId.contains(entry.id) && entry.event)
            events.append(*entry.event);
    std::stable_sort(events.begin(), events.end(), [](const ChronologyEvent& a, const ChronologyEvent& b) {
        return std::pair(a.firstDay(), a.id) < std::pair(b.firstDay(), b.id);
    });
    return events;
}

} // namespace littoral::core
