// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/statementcache.h"
#include "core/domain/change.h"
#include "core/result.h"

#include <QHash>
#include <QList>

namespace littoral::core {

class Database;

// The corpus's change log (table `changes`): every correction, merge, review, undo and revert, with
// what it replaced. Thread of its Database, which must outlive it.
class ChangeRepository final {
public:
    explicit ChangeRepository(Database& database);

    // Stores the change (id, at and user must be set by the caller except id); returns its id.
    [[nodiscard]] Result<qint64> insert(const Change& change);
    // The whole log, oldest first, `active` computed.
    [[nodiscard]] Result<QList<Change>> all();
    [[nodiscard]] Result<Change> find(qint64 id);
    // The document changes made on the file at `sourcePath` or on the same content (`sha256`), with the
    // changes that revert them, oldest first, `active` computed.
    [[nodiscard]] Result<QList<Change>> forDocument(const QString& sourcePath, const QString& sha256);
    // Whether any change was ever recorded (a cheap test the importer makes for every document).
    [[nodiscard]] Result<bool> isEmpty();
    // Stores why changes could not be re-applied as made (an empty reason clears the flag).
    [[nodiscard]] Result<void> setAttention(const QHash<qint64, QString>& reasons, const QList<qint64>& cleared);

private:
    Database& m_database;
    StatementCache m_statements;
};

} // namespace littoral::core
