// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/statementcache.h"
#include "core/domain/change.h"
#include "core/domain/corpusfacts.h"
#include "core/domain/document.h"
#include "core/result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace littoral::core {

class Database;

// One person or organisation with every spelling met for it.
struct CorrespondentSummary {
    qint64 id = 0;
    CorrespondentKind kind = CorrespondentKind::Person;
    QString name; // canonical display name
    QStringList aliases; // every spelling seen, sorted
    int documentCount = 0;
    QString organization; // list(): the organisation it most often speaks for, as written; empty when none
};

// One row of the Correspondents pane: who, under which spellings, in how many documents and roles, when.
struct CorrespondentDetails {
    qint64 id = 0;
    CorrespondentKind kind = CorrespondentKind::Person;
    QString name;
    bool namedByUser = false;
    QStringList aliases; // sorted
    int asSender = 0; // documents, not participations
    int asRecipient = 0;
    int asCc = 0;
    int mentioned = 0;
    int documentCount = 0; // in any role
    QDate first; // first day of the earliest dated document, last day of the latest; null when undated
    QDate last;
    QStringList organizations; // what its participations say it spoke for, sorted
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

    // --- Curation (CorpusSession calls these inside its write transaction) ----------------------------
    // Each returns the Change's {before, after} as change.h documents them. Correspondents are named by
    // their key in that JSON, because ids change when a merge is undone.
    using ChangeSides = std::pair<QJsonObject, QJsonObject>;
    // Moves every participation and alias of `ids` to `intoId`, deletes them, and redirects their keys
    // (correspondent_redirects) so that a re-import sends their spellings to `intoId`.
    [[nodiscard]] Result<ChangeSides> merge(const QList<qint64>& ids, qint64 intoId);
    // The participations spelled `alias` get their own correspondent again.
    [[nodiscard]] Result<ChangeSides> split(qint64 id, const QString& alias);
    // A canonical name chosen by the user, which later imports no longer replace.
    [[nodiscard]] Result<ChangeSides> rename(qint64 id, const QString& name);
    [[nodiscard]] Result<ChangeSides> setKind(qint64 id, CorrespondentKind kind);
    // Does a recorded correspondent change again (redo) or undoes it (inverse: undo, revert).
    [[nodiscard]] Result<void> replay(const Change& change, bool inverse);
    // Correspondents whose canonical name or an alias is `name` (folded as correspondentKey() folds).
    [[nodiscard]] Result<QList<qint64>> findByName(const QString& name);

    // --- Added by the correspondents work of issue 12 ----------------------------------------------
    // Every correspondent with its aliases, roles, dates and organisations, sorted by name.
    [[nodiscard]] Result<QList<CorrespondentDetails>> details();

private:
    // A correspondent gives up `fromKey` for `toKey`: the keys redirected to it follow.
    [[nodiscard]] Result<void> repointRedirects(const QString& fromKey, const QString& toKey);
    [[nodiscard]] Result<QList<CorrespondentSummary>> select(
        const QString& where, const QStringList& values);

    Database& m_database;
    StatementCache m_statements;
};

} // namespace littoral::core
