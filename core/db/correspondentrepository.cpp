// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/correspondentrepository.h"

#include "core/db/database.h"
#include "core/db/rowscan.h"
#include "core/db/stringpool.h"
#include "core/domain/correspondentkey.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
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
    auto list = select(QString(), {});
    if (!list)
        return list;
    // The organisation each one speaks for most often (the first by name on a tie): one pass over
    // the participations that name one.
    QHash<qint64, qsizetype> rowOf;
    for (qsizetype row = 0; row < list->size(); ++row)
        rowOf.insert(list->at(row).id, row);
    auto rows = RowScan::prepare(m_database,
        QStringLiteral("SELECT correspondent_id, organization, count(*) FROM participants WHERE organization != '' "
                       "GROUP BY correspondent_id, organization ORDER BY correspondent_id, 3 DESC, organization"));
    if (!rows)
        return std::unexpected(rows.error());
    qint64 previous = 0;
    while (rows->next()) {
        const qint64 id = rows->integer(0);
        if (id == previous)
            continue;
        previous = id;
        if (const auto row = rowOf.constFind(id); row != rowOf.cend())
            (*list)[*row].organization = rows->text(1);
    }
    if (auto status = rows->status(); !status)
        return std::unexpected(status.error());
    return list;
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

// --- Curation ------------------------------------------------------------------------------------
// Invariant kept by every step: a key is either one correspondent's key or the source of one redirect,
// never both; redirects lead, possibly through several merges, to a correspondent's key.

namespace {

constexpr int kMaxRedirectHops = 64;

struct CorrespondentRow {
    qint64 id = 0;
    CorrespondentKind kind = CorrespondentKind::Person;
    QString name;
    QString key;
    bool namedByUser = false;
};

Result<void> run(StatementCache& statements, const QString& sql, std::initializer_list<QVariant> values)
{
    auto query = statements.exec(sql, values);
    if (!query)
        return std::unexpected(query.error());
    (*query)->finish();
    return {};
}

Result<std::optional<CorrespondentRow>> rowWhere(StatementCache& statements, const QString& where, const QVariant& value)
{
    auto query = statements.exec(
        QStringLiteral("SELECT id, kind, name, key, named_by_user FROM correspondents WHERE ") + where, { value });
    if (!query)
        return std::unexpected(query.error());
    std::optional<CorrespondentRow> row;
    if ((*query)->next())
        row = CorrespondentRow { (*query)->value(0).toLongLong(),
            kindFromName((*query)->value(1).toString()).value_or(CorrespondentKind::Person),
            (*query)->value(2).toString(), (*query)->value(3).toString(), (*query)->value(4).toBool() };
    (*query)->finish();
    return row;
}

Result<std::optional<CorrespondentRow>> rowById(StatementCache& statements, qint64 id)
{
    return rowWhere(statements, QStringLiteral("id = ?"), id);
}

Result<std::optional<CorrespondentRow>> rowByKey(StatementCache& statements, const QString& key)
{
    return rowWhere(statements, QStringLiteral("key = ?"), key);
}

Result<CorrespondentRow> existing(StatementCache& statements, qint64 id)
{
    auto row = rowById(statements, id);
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, QStringLiteral("There is no correspondent number %1 in the corpus.").arg(id));
    return **row;
}

Result<std::optional<QString>> redirectFrom(StatementCache& statements, const QString& key)
{
    auto query = statements.exec(QStringLiteral("SELECT to_key FROM correspondent_redirects WHERE from_key = ?"), { key });
    if (!query)
        return std::unexpected(query.error());
    std::optional<QString> to;
    if ((*query)->next())
        to = (*query)->value(0).toString();
    (*query)->finish();
    return to;
}

// The keys met from `key` along its redirects, `key` first.
Result<QStringList> redirectChain(StatementCache& statements, const QString& key)
{
    QStringList chain { key };
    for (int hops = 0; hops < kMaxRedirectHops; ++hops) {
        auto next = redirectFrom(statements, chain.last());
        if (!next)
            return std::unexpected(next.error());
        if (!*next || chain.contains(**next))
            break;
        chain.append(**next);
    }
    return chain;
}

// The correspondent a recorded key now stands for: itself, or where its merges led.
Result<CorrespondentRow> resolve(StatementCache& statements, const QString& key, const QString& name)
{
    auto chain = redirectChain(statements, key);
    if (!chain)
        return std::unexpected(chain.error());
    auto row = rowByKey(statements, chain->last());
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, QStringLiteral("%1 is no longer in the corpus.").arg(name.isEmpty() ? key : name));
    return **row;
}

Result<QStringList> aliasesOf(StatementCache& statements, qint64 id)
{
    auto query = statements.exec(QStringLiteral("SELECT alias FROM aliases WHERE correspondent_id = ? ORDER BY alias"), { id });
    if (!query)
        return std::unexpected(query.error());
    QStringList aliases;
    while ((*query)->next())
        aliases.append((*query)->value(0).toString());
    (*query)->finish();
    return aliases;
}

Result<qint64> insertCorrespondent(StatementCache& statements, CorrespondentKind kind, const QString& name,
    const QString& key, bool namedByUser)
{
    auto query = statements.exec(
        QStringLiteral("INSERT INTO correspondents (kind, name, key, named_by_user) VALUES (?, ?, ?, ?)"),
        { kindName(kind), StatementCache::text(name), key, namedByUser ? 1 : 0 });
    if (!query)
        return std::unexpected(query.error());
    return (*query)->lastInsertId().toLongLong();
}

// Moves the spellings `aliases` of `fromId`, with the participations spelled so, to `toId`.
Result<void> moveSpellings(StatementCache& statements, qint64 fromId, qint64 toId, const QStringList& aliases)
{
    for (const QString& alias : aliases) {
        if (auto r = run(statements, QStringLiteral("DELETE FROM aliases WHERE correspondent_id = ? AND alias = ?"), { fromId, alias }); !r)
            return r;
        if (auto r = run(statements, QStringLiteral("INSERT OR IGNORE INTO aliases (correspondent_id, alias) VALUES (?, ?)"), { toId, alias }); !r)
            return r;
        if (auto r = run(statements, QStringLiteral("UPDATE participants SET correspondent_id = ? WHERE correspondent_id = ? AND name = ?"),
                { toId, fromId, alias });
            !r)
            return r;
    }
    return {};
}

// Moves everything of `fromId` to `toId` and deletes it.
Result<void> absorb(StatementCache& statements, qint64 fromId, qint64 toId)
{
    if (auto r = run(statements, QStringLiteral("UPDATE participants SET correspondent_id = ? WHERE correspondent_id = ?"), { toId, fromId }); !r)
        return r;
    if (auto r = run(statements, QStringLiteral("INSERT OR IGNORE INTO aliases (correspondent_id, alias) SELECT ?, alias FROM aliases WHERE correspondent_id = ?"),
            { toId, fromId });
        !r)
        return r;
    if (auto r = run(statements, QStringLiteral("DELETE FROM aliases WHERE correspondent_id = ?"), { fromId }); !r)
        return r;
    return run(statements, QStringLiteral("DELETE FROM correspondents WHERE id = ?"), { fromId });
}

Result<void> setRedirect(StatementCache& statements, const QString& from, const QString& to)
{
    return run(statements, QStringLiteral("INSERT OR REPLACE INTO correspondent_redirects (from_key, to_key) VALUES (?, ?)"), { from, to });
}

Result<void> removeRedirect(StatementCache& statements, const QString& from)
{
    return run(statements, QStringLiteral("DELETE FROM correspondent_redirects WHERE from_key = ?"), { from });
}

QJsonArray toJson(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QStringList fromJson(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray())
        list.append(item.toString());
    return list;
}

QString kindWord(CorrespondentKind kind)
{
    return kind == CorrespondentKind::Person ? QStringLiteral("a person") : QStringLiteral("an organisation");
}

CorrespondentKind otherKind(CorrespondentKind kind)
{
    return kind == CorrespondentKind::Person ? CorrespondentKind::Organization : CorrespondentKind::Person;
}

// The merge itself, shared by merge() and its redo.
Result<CorrespondentRepository::ChangeSides> mergeRows(
    StatementCache& statements, const QList<CorrespondentRow>& merged, const CorrespondentRow& into)
{
    auto intoAliases = aliasesOf(statements, into.id);
    if (!intoAliases)
        return std::unexpected(intoAliases.error());
    QJsonArray mergedJson;
    for (const CorrespondentRow& row : merged) {
        auto aliases = aliasesOf(statements, row.id);
        if (!aliases)
            return std::unexpected(aliases.error());
        mergedJson.append(QJsonObject { { QStringLiteral("id"), row.id }, { QStringLiteral("name"), row.name },
            { QStringLiteral("kind"), kindName(row.kind) }, { QStringLiteral("key"), row.key },
            { QStringLiteral("aliases"), toJson(*aliases) }, { QStringLiteral("named_by_user"), row.namedByUser } });
        if (auto r = absorb(statements, row.id, into.id); !r)
            return std::unexpected(r.error());
        if (auto r = setRedirect(statements, row.key, into.key); !r)
            return std::unexpected(r.error());
    }
    return CorrespondentRepository::ChangeSides { QJsonObject { { QStringLiteral("merged"), mergedJson } },
        QJsonObject { { QStringLiteral("into"),
            QJsonObject { { QStringLiteral("id"), into.id }, { QStringLiteral("name"), into.name },
                { QStringLiteral("key"), into.key }, { QStringLiteral("aliases"), toJson(*intoAliases) } } } } };
}

} // namespace

Result<CorrespondentRepository::ChangeSides> CorrespondentRepository::merge(const QList<qint64>& ids, qint64 intoId)
{
    auto into = existing(m_statements, intoId);
    if (!into)
        return std::unexpected(into.error());
    QList<CorrespondentRow> merged;
    QSet<qint64> seen { intoId };
    for (qint64 id : ids) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        auto row = existing(m_statements, id);
        if (!row)
            return std::unexpected(row.error());
        merged.append(*row);
    }
    if (merged.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("Choose at least one other correspondent to merge into %1.").arg(into->name));
    return mergeRows(m_statements, merged, *into);
}

Result<CorrespondentRepository::ChangeSides> CorrespondentRepository::split(qint64 id, const QString& alias)
{
    auto from = existing(m_statements, id);
    if (!from)
        return std::unexpected(from.error());
    auto aliases = aliasesOf(m_statements, id);
    if (!aliases)
        return std::unexpected(aliases.error());
    if (!aliases->contains(alias))
        return fail(ErrorCode::NotFound, QStringLiteral("“%1” is not a spelling of %2.").arg(alias, from->name));
    if (aliases->size() < 2)
        return fail(ErrorCode::InvalidInput, QStringLiteral("%1 has no other spelling than “%2”: there is nothing to split.").arg(from->name, alias));

    // The key the split-out correspondent takes: the one a merge redirected (that spelling was a merged
    // correspondent's), else its folded key when that names nobody else, else the exact spelling.
    QString key;
    QString redirectedTo;
    const QStringList candidates { spellingKey(alias), correspondentKey(from->kind, alias), correspondentKey(otherKind(from->kind), alias) };
    for (const QString& candidate : candidates) {
        if (candidate == from->key)
            continue;
        auto to = redirectFrom(m_statements, candidate);
        if (!to)
            return std::unexpected(to.error());
        if (*to) {
            key = candidate;
            redirectedTo = **to;
            break;
        }
    }
    if (key.isEmpty()) {
        const QString folded = correspondentKey(from->kind, alias);
        auto taken = rowByKey(m_statements, folded);
        if (!taken)
            return std::unexpected(taken.error());
        key = folded != from->key && !*taken ? folded : spellingKey(alias);
    }
    if (auto taken = rowByKey(m_statements, key); !taken)
        return std::unexpected(taken.error());
    else if (*taken)
        return fail(ErrorCode::InvalidInput, QStringLiteral("“%1” already has its own correspondent, %2.").arg(alias, (*taken)->name));

    // Every spelling that would reach the new key on a re-import moves with it, so the corpus looks now
    // as a re-import will make it look.
    QStringList moved;
    if (isSpellingKey(key)) {
        moved = { alias };
    } else {
        for (const QString& spelling : *aliases) {
            bool reaches = false;
            for (CorrespondentKind kind : { from->kind, otherKind(from->kind) }) {
                auto chain = redirectChain(m_statements, correspondentKey(kind, spelling));
                if (!chain)
                    return std::unexpected(chain.error());
                reaches = reaches || chain->contains(key);
            }
            if (reaches || spelling == alias)
                moved.append(spelling);
        }
    }
    if (moved.size() == aliases->size())
        return fail(ErrorCode::InvalidInput, QStringLiteral("Every spelling of %1 would move with “%2”: there is nothing to split.").arg(from->name, alias));

    auto newId = insertCorrespondent(m_statements, from->kind, alias, key, false);
    if (!newId)
        return std::unexpected(newId.error());
    if (auto r = moveSpellings(m_statements, from->id, *newId, moved); !r)
        return std::unexpected(r.error());
    if (!redirectedTo.isEmpty())
        if (auto r = removeRedirect(m_statements, key); !r)
            return std::unexpected(r.error());
    // A correspondent named after a spelling it no longer has takes one it keeps.
    QString fromName = from->name;
    if (!from->namedByUser && moved.contains(from->name)) {
        for (const QString& spelling : *aliases)
            if (!moved.contains(spelling)) {
                fromName = spelling;
                break;
            }
        if (auto r = run(m_statements, QStringLiteral("UPDATE correspondents SET name = ? WHERE id = ?"), { fromName, from->id }); !r)
            return std::unexpected(r.error());
    }

    QJsonObject before { { QStringLiteral("from"),
                             QJsonObject { { QStringLiteral("id"), from->id }, { QStringLiteral("name"), from->name },
                                 { QStringLiteral("key"), from->key } } },
        { QStringLiteral("alias"), alias } };
    if (!redirectedTo.isEmpty())
        before.insert(QStringLiteral("redirect"), QJsonObject { { QStringLiteral("from"), key }, { QStringLiteral("to"), redirectedTo } });
    QJsonObject after { { QStringLiteral("id"), *newId }, { QStringLiteral("name"), alias },
        { QStringLiteral("kind"), kindName(from->kind) }, { QStringLiteral("key"), key },
        { QStringLiteral("aliases"), toJson(moved) }, { QStringLiteral("from_name"), fromName } };
    return ChangeSides { before, after };
}

Result<CorrespondentRepository::ChangeSides> CorrespondentRepository::rename(qint64 id, const QString& name)
{
    auto row = existing(m_statements, id);
    if (!row)
        return std::unexpected(row.error());
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("A correspondent's name cannot be empty."));
    if (trimmed == row->name && row->namedByUser)
        return fail(ErrorCode::InvalidInput, QStringLiteral("%1 is already called so.").arg(row->name));
    if (auto r = run(m_statements, QStringLiteral("UPDATE correspondents SET name = ?, named_by_user = 1 WHERE id = ?"), { trimmed, id }); !r)
        return std::unexpected(r.error());
    return ChangeSides { QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("key"), row->key },
                             { QStringLiteral("name"), row->name }, { QStringLiteral("named_by_user"), row->namedByUser } },
        QJsonObject { { QStringLiteral("name"), trimmed } } };
}

Result<CorrespondentRepository::ChangeSides> CorrespondentRepository::setKind(qint64 id, CorrespondentKind kind)
{
    auto row = existing(m_statements, id);
    if (!row)
        return std::unexpected(row.error());
    if (row->kind == kind)
        return fail(ErrorCode::InvalidInput, QStringLiteral("%1 is already %2.").arg(row->name, kindWord(kind)));
    // The key follows the kind, so that the new kind's spellings find it; the old key redirects to it.
    // An exact-spelling key has no kind, and a key someone else holds stays where it is.
    QString key = row->key;
    if (!isSpellingKey(key)) {
        const QString wanted = correspondentKey(kind, row->name);
        auto taken = rowByKey(m_statements, wanted);
        if (!taken)
            return std::unexpected(taken.error());
        auto redirected = redirectFrom(m_statements, wanted);
        if (!redirected)
            return std::unexpected(redirected.error());
        if (!*taken && !*redirected)
            key = wanted;
    }
    if (auto r = run(m_statements, QStringLiteral("UPDATE correspondents SET kind = ?, key = ? WHERE id = ?"), { kindName(kind), key, id }); !r)
        return std::unexpected(r.error());
    if (key != row->key)
        if (auto r = setRedirect(m_statements, row->key, key); !r)
            return std::unexpected(r.error());
    return ChangeSides { QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("key"), row->key },
                             { QStringLiteral("name"), row->name }, { QStringLiteral("kind"), kindName(row->kind) } },
        QJsonObject { { QStringLiteral("kind"), kindName(kind) }, { QStringLiteral("key"), key } } };
}

Result<void> CorrespondentRepository::replay(const Change& change, bool inverse)
{
    const QJsonObject& before = change.before;
    const QJsonObject& after = change.after;
    const auto str = [](const QJsonObject& o, const char* field) { return o.value(QLatin1String(field)).toString(); };
    switch (change.kind) {
    case ChangeKind::Merge: {
        const QJsonObject intoJson = after.value(QLatin1String("into")).toObject();
        auto into = resolve(m_statements, str(intoJson, "key"), str(intoJson, "name"));
        if (!into)
            return std::unexpected(into.error());
        const QJsonArray mergedJson = before.value(QLatin1String("merged")).toArray();
        if (!inverse) {
            QList<CorrespondentRow> merged;
            for (const QJsonValue& value : mergedJson) {
                auto row = resolve(m_statements, str(value.toObject(), "key"), str(value.toObject(), "name"));
                if (!row)
                    return std::unexpected(row.error());
                if (row->id != into->id)
                    merged.append(*row);
            }
            if (merged.isEmpty())
                return {}; // already one
            auto sides = mergeRows(m_statements, merged, *into);
            if (!sides)
                return std::unexpected(sides.error());
            return {};
        }
        // Undo: each merged correspondent comes back with its name, kind, key and spellings, and the
        // participations spelled so (those a re-import sent to the survivor since too).
        const QStringList intoOwn = fromJson(intoJson.value(QLatin1String("aliases")));
        for (const QJsonValue& value : mergedJson) {
            const QJsonObject m = value.toObject();
            const QString key = str(m, "key");
            if (auto present = rowByKey(m_statements, key); !present)
                return std::unexpected(present.error());
            else if (*present)
                continue; // split out again since
            const CorrespondentKind kind = kindFromName(str(m, "kind")).value_or(CorrespondentKind::Person);
            // Its spellings then, and those a re-import sent through its key since.
            const QStringList recorded = fromJson(m.value(QLatin1String("aliases")));
            auto current = aliasesOf(m_statements, into->id);
            if (!current)
                return std::unexpected(current.error());
            QStringList spellings;
            for (const QString& alias : *current) {
                if (intoOwn.contains(alias))
                    continue;
                bool reaches = recorded.contains(alias);
                for (CorrespondentKind k : { kind, otherKind(kind) }) {
                    if (reaches)
                        break;
                    auto chain = redirectChain(m_statements, correspondentKey(k, alias));
                    if (!chain)
                        return std::unexpected(chain.error());
                    reaches = chain->contains(key);
                }
                if (reaches)
                    spellings.append(alias);
            }
            if (auto r = removeRedirect(m_statements, key); !r)
                return r;
            auto id = insertCorrespondent(m_statements, kind, str(m, "name"), key, m.value(QLatin1String("named_by_user")).toBool());
            if (!id)
                return std::unexpected(id.error());
            if (auto r = moveSpellings(m_statements, into->id, *id, spellings); !r)
                return r;
        }
        return {};
    }
    case ChangeKind::Split: {
        const QJsonObject fromJson_ = before.value(QLatin1String("from")).toObject();
        auto from = resolve(m_statements, str(fromJson_, "key"), str(fromJson_, "name"));
        if (!from)
            return std::unexpected(from.error());
        if (!inverse) {
            auto sides = split(from->id, str(before, "alias"));
            if (!sides)
                return std::unexpected(sides.error());
            return {};
        }
        // Undo: merged back, without a redirect of its own; the redirect the split removed comes back.
        auto part = resolve(m_statements, str(after, "key"), str(after, "name"));
        if (!part)
            return std::unexpected(part.error());
        if (part->key != str(after, "key"))
            return fail(ErrorCode::InvalidInput,
                QStringLiteral("%1 was merged into %2 since: undo that merge first.").arg(str(after, "name"), part->name));
        if (part->id != from->id) {
            if (auto r = repointRedirects(part->key, from->key); !r)
                return r;
            if (auto r = absorb(m_statements, part->id, from->id); !r)
                return r;
        }
        const QJsonObject redirect = before.value(QLatin1String("redirect")).toObject();
        if (!redirect.isEmpty())
            if (auto r = setRedirect(m_statements, str(redirect, "from"), str(redirect, "to")); !r)
                return r;
        if (from->name == str(after, "from_name") && !from->namedByUser)
            if (auto r = run(m_statements, QStringLiteral("UPDATE correspondents SET name = ? WHERE id = ?"), { str(fromJson_, "name"), from->id }); !r)
                return r;
        return {};
    }
    case ChangeKind::Rename: {
        auto row = resolve(m_statements, str(before, "key"), str(inverse ? after : before, "name"));
        if (!row)
            return std::unexpected(row.error());
        if (inverse)
            return run(m_statements, QStringLiteral("UPDATE correspondents SET name = ?, named_by_user = ? WHERE id = ?"),
                { str(before, "name"), before.value(QLatin1String("named_by_user")).toBool() ? 1 : 0, row->id });
        return run(m_statements, QStringLiteral("UPDATE correspondents SET name = ?, named_by_user = 1 WHERE id = ?"),
            { str(after, "name"), row->id });
    }
    case ChangeKind::SetKind: {
        const QString oldKey = str(before, "key");
        const QString newKey = after.contains(QLatin1String("key")) ? str(after, "key") : oldKey;
        auto row = resolve(m_statements, inverse ? newKey : oldKey, str(before, "name"));
        if (!row)
            return std::unexpected(row.error());
        const QString kind = str(inverse ? before : after, "kind");
        if (!kindFromName(kind))
            return fail(ErrorCode::InvalidInput, QStringLiteral("“%1” is not a kind of correspondent.").arg(kind));
        // Only the correspondent that still holds the key it was given moves back to the other.
        const QString fromKey = inverse ? newKey : oldKey;
        const QString toKey = inverse ? oldKey : newKey;
        if (fromKey != toKey && row->key == fromKey) {
            if (auto r = removeRedirect(m_statements, toKey); !r)
                return r;
            // Correspondents merged into it since follow it to its other key.
            if (auto r = repointRedirects(fromKey, toKey); !r)
                return r;
            if (auto r = run(m_statements, QStringLiteral("UPDATE correspondents SET kind = ?, key = ? WHERE id = ?"), { kind, toKey, row->id }); !r)
                return r;
            // Undone, the corpus is as it was: no redirect from the key the change had given.
            return inverse ? Result<void> {} : setRedirect(m_statements, fromKey, toKey);
        }
        return run(m_statements, QStringLiteral("UPDATE correspondents SET kind = ? WHERE id = ?"), { kind, row->id });
    }
    default:
        break;
    }
    return fail(ErrorCode::InvalidInput, QStringLiteral("Change %1 is not a correspondent change.").arg(change.id));
}

Result<void> CorrespondentRepository::repointRedirects(const QString& fromKey, const QString& toKey)
{
    if (auto r = run(m_statements, QStringLiteral("UPDATE correspondent_redirects SET to_key = ? WHERE to_key = ?"), { toKey, fromKey }); !r)
        return r;
    return run(m_statements, QStringLiteral("DELETE FROM correspondent_redirects WHERE from_key = to_key"), {});
}

Result<QList<qint64>> CorrespondentRepository::findByName(const QString& name)
{
    const QString wanted = name.simplified();
    if (wanted.isEmpty())
        return QList<qint64> {};
    QList<qint64> ids;
    const auto add = [&](qint64 id) {
        if (!ids.contains(id))
            ids.append(id);
    };
    // As written: a canonical name or a spelling.
    auto exact = m_statements.exec(QStringLiteral("SELECT id FROM correspondents WHERE name = ? "
                                                  "UNION SELECT correspondent_id FROM aliases WHERE alias = ?"),
        { wanted, wanted });
    if (!exact)
        return std::unexpected(exact.error());
    while ((*exact)->next())
        add((*exact)->value(0).toLongLong());
    (*exact)->finish();
    // Folded: whatever key the name would be filed under, and where merges sent that key.
    for (const QString& key : { spellingKey(wanted), correspondentKey(CorrespondentKind::Person, wanted),
             correspondentKey(CorrespondentKind::Organization, wanted) }) {
        auto chain = redirectChain(m_statements, key);
        if (!chain)
            return std::unexpected(chain.error());
        auto row = rowByKey(m_statements, chain->last());
        if (!row)
            return std::unexpected(row.error());
        if (*row)
            add((*row)->id);
    }
    if (!ids.isEmpty()) {
        std::sort(ids.begin(), ids.end());
        return ids;
    }
    // A folded canonical name the user chose ("prefecture du pas de calais" for "Préfecture du Pas-de-Calais").
    const QString folded = foldForMatching(wanted);
    auto names = m_statements.exec(QStringLiteral("SELECT id, name FROM correspondents"));
    if (!names)
        return std::unexpected(names.error());
    while ((*names)->next())
        if (foldForMatching((*names)->value(1).toString()) == folded)
            add((*names)->value(0).toLongLong());
    (*names)->finish();
    std::sort(ids.begin(), ids.end());
    return ids;
}

// --- The Correspondents pane -----------------------------------------------------------------------

Result<QList<CorrespondentDetails>> CorrespondentRepository::details()
{
    const bool curated = m_database.schemaVersion() >= Database::kFirstVersionWithChanges;
    auto rows = RowScan::prepare(m_database,
        QStringLiteral("SELECT c.id, c.kind, c.name, ")
            + (curated ? QStringLiteral("c.named_by_user, ") : QStringLiteral("0, "))
            + QStringLiteral(
                "count(DISTINCT CASE WHEN p.role = 'sender' THEN p.document_id END), "
                "count(DISTINCT CASE WHEN p.role = 'recipient' THEN p.document_id END), "
                "count(DISTINCT CASE WHEN p.role = 'cc' THEN p.document_id END), "
                "count(DISTINCT CASE WHEN p.role = 'mentioned' THEN p.document_id END), "
                "count(DISTINCT p.document_id), min(d.date_start), max(d.date_end) "
                "FROM correspondents c LEFT JOIN participants p ON p.correspondent_id = c.id "
                "LEFT JOIN documents d ON d.id = p.document_id "
                "GROUP BY c.id ORDER BY c.name, c.id"),
        {});
    if (!rows)
        return std::unexpected(rows.error());
    QList<CorrespondentDetails> list;
    QHash<qint64, qsizetype> index;
    while (rows->next()) {
        CorrespondentDetails c;
        c.id = rows->integer(0);
        c.kind = kindFromName(QUtf8StringView(rows->bytes(1))).value_or(CorrespondentKind::Person);
        c.name = rows->text(2);
        c.namedByUser = rows->integer(3) != 0;
        c.asSender = int(rows->integer(4));
        c.asRecipient = int(rows->integer(5));
        c.asCc = int(rows->integer(6));
        c.mentioned = int(rows->integer(7));
        c.documentCount = int(rows->integer(8));
        c.first = rows->isoDate(9);
        c.last = rows->isoDate(10);
        index.insert(c.id, list.size());
        list.append(std::move(c));
    }
    if (auto status = rows->status(); !status)
        return std::unexpected(status.error());

    auto aliases = RowScan::prepare(m_database, QStringLiteral("SELECT correspondent_id, alias FROM aliases ORDER BY correspondent_id, alias"), {});
    if (!aliases)
        return std::unexpected(aliases.error());
    while (aliases->next())
        if (auto it = index.constFind(aliases->integer(0)); it != index.cend())
            list[*it].aliases.append(aliases->text(1));
    if (auto status = aliases->status(); !status)
        return std::unexpected(status.error());

    auto organizations = RowScan::prepare(m_database,
        QStringLiteral("SELECT DISTINCT correspondent_id, organization FROM participants WHERE organization != '' "
                       "ORDER BY correspondent_id, organization"),
        {});
    if (!organizations)
        return std::unexpected(organizations.error());
    while (organizations->next())
        if (auto it = index.constFind(organizations->integer(0)); it != index.cend())
            list[*it].organizations.append(organizations->text(1));
    if (auto status = organizations->status(); !status)
        return std::unexpected(status.error());
    return list;
}

} // namespace littoral::core
