// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/statementcache.h"
#include "core/domain/change.h"
#include "core/domain/chronologyevent.h"
#include "core/result.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace littoral::core {

class Database;

// What the corpus says about one chronology id: nothing (the bundled event as it is, if any), its own
// event (a user's, or a bundled one edited), or deleted (a bundled event the user removed).
struct ChronologyEntry {
    QString id;
    std::optional<ChronologyEvent> event; // set when the corpus holds its own event
    bool deleted = false;

    // {id} / {id, event} / {id, deleted: true}: one element of a SetChronology side.
    QJsonObject toJson() const;
    static ChronologyEntry fromJson(const QJsonObject& object);
    friend bool operator==(const ChronologyEntry&, const ChronologyEntry&) = default;
};

// The corpus's layer over the bundled chronology (table `chronology_events`). Written only by
// CorpusSession through the change log (ChangeKind::SetChronology). Thread of its Database.
class ChronologyRepository final {
public:
    explicit ChronologyRepository(Database& database);

    // Every id the corpus holds something for (event or deleted), by id.
    [[nodiscard]] Result<QList<ChronologyEntry>> all();
    // The entry of one id (no event and not deleted when the corpus holds nothing for it).
    [[nodiscard]] Result<ChronologyEntry> find(const QString& id);
    // Writes an entry: an event, a deletion, or nothing (the row is removed).
    [[nodiscard]] Result<void> put(const ChronologyEntry& entry);
    // Makes a SetChronology change take effect: every entry of its `after` side (`before` when inverse).
    [[nodiscard]] Result<void> replay(const Change& change, bool inverse);

private:
    StatementCache m_statements;
};

// The chronology a corpus shows: the bundled events with the corpus's entries laid over them (edited
// ones replaced, deleted ones left out, the user's own added), in date order (then id).
QList<ChronologyEvent> layChronology(const QList<ChronologyEvent>& bundled, const QList<ChronologyEntry>& entries);

} // namespace littoral::core
