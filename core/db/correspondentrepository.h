// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/statementcache.h"
#include "core/domain/corpusfacts.h"
#include "core/domain/document.h"
#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace littoral::core {

class Database;

// One person or organisation with every spelling met for it.
struct CorrespondentSummary {
    qint64 id = 0;
    CorrespondentKind kind = CorrespondentKind::Person;
    QString name; // canonical display name
    QStringList aliases; // every spelling seen, sorted
    int documentCount = 0;
};

// Reads the correspondents that DocumentRepository merged from participants.
// Thread of its Database, which must outlive it.
class CorrespondentRepository final {
public:
    explicit CorrespondentRepository(Database& database);

    // Sorted by name.
    [[nodiscard]] Result<QList<CorrespondentSummary>> list();
    // Every (document, correspondent, role), ordered by document: what graphs and filters are made of.
    [[nodiscard]] Result<QList<Participation>> participations();
    // Dated events the documents mention, by start date.
    [[nodiscard]] Result<QList<DatedEvent>> mentionedEvents();
    // The correspondent a spelling belongs to (matched by correspondentKey()), if any.
    [[nodiscard]] Result<std::optional<CorrespondentSummary>> find(
        CorrespondentKind kind, const QString& name);

private:
    [[nodiscard]] Result<QList<CorrespondentSummary>> select(
        const QString& where, const QStringList& values);

    Database& m_database;
    StatementCache m_statements;
};

} // namespace littoral::core
