// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/searchrepository.h"

#include "core/db/database.h"
#include "core/db/rankingfunction.h"
#include "core/db/rowscan.h"
#include "core/db/searchquery.h"
#include "core/db/sqlerror.h"
#include "core/logging.h"

#include <QHash>
#include <QSqlQuery>
#include <QStringList>

#include <sqlite3.h>

#include <algorithm>

namespace littoral::core {
namespace {

// A match in the title says more about a document than one in its body.
constexpr double kTitleWeight = 5.0;
constexpr double kTextWeight = 1.0;
constexpr int kSnippetTokens = 16;

// A failed statement: SearchQuery only emits valid syntax, so this is not the person's fault;
// still, say something they can act on.
Error searchFailure(const QString& query, const QString& expression, const Error& error)
{
    qCWarning(lcDb) << "search failed for" << query << "as" << expression << ":" << error.detail;
    if (error.detail.contains(QLatin1String("fts5")))
        return { ErrorCode::InvalidInput,
            QStringLiteral("Littoral could not understand this search; try plain words, \"an exact phrase\", "
                           "word*, OR, or -word.") };
    return error;
}

QString rankingSql(const QString& tail)
{
    // The expression twice: the ranking function keeps its phrases' row counts by it.
    return QStringLiteral("SELECT rowid, %1(documents_fts, %2, %3, ?1) AS score FROM documents_fts WHERE documents_fts MATCH ?1%4")
        .arg(QLatin1String(RankingFunction::kName))
        .arg(kTitleWeight)
        .arg(kTextWeight)
        .arg(tail);
}

// One phrase ranks in one call over its matches (RankingFunction::kBestName): a third of the time of
// a statement that steps and sorts every match, for "Calais" at 100,000 documents.
Result<RankingFunction::Best> bestOfOnePhrase(Database& database, const QString& expression, int limit, bool everyMatch)
{
    auto rows = RowScan::prepare(database,
        QStringLiteral("SELECT %1(documents_fts, %2, %3, ?1, %4, %5) FROM documents_fts WHERE documents_fts MATCH ?1 LIMIT 1")
            .arg(QLatin1String(RankingFunction::kBestName))
            .arg(kTitleWeight)
            .arg(kTextWeight)
            .arg(limit)
            .arg(everyMatch ? 1 : 0),
        { expression });
    if (!rows)
        return std::unexpected(rows.error());
    RankingFunction::Best best;
    if (rows->next())
        best = RankingFunction::decodeBest(rows->blob(0));
    if (auto status = rows->status(); !status)
        return std::unexpected(status.error());
    return best;
}

QList<SearchHit> hitsOf(const RankingFunction::Best& best)
{
    QList<SearchHit> hits;
    hits.reserve(best.ranked.size());
    for (const auto& [rowid, score] : best.ranked)
        hits.append(SearchHit { rowid, {}, {}, {}, -score });
    return hits;
}

Result<void> setMerging(Database& database, int automerge, int crisismerge)
{
    QSqlQuery set(database.connection());
    for (const auto& [option, value] : { std::pair { "automerge", automerge }, std::pair { "crisismerge", crisismerge } })
        if (!set.exec(QStringLiteral("INSERT INTO documents_fts(documents_fts, rank) VALUES ('%1', %2)").arg(QLatin1String(option)).arg(value)))
            return std::unexpected(sqlError(set.lastError(), QStringLiteral("setting the search index's merges")));
    return {};
}

} // namespace

SearchRepository::SearchRepository(Database& database)
    : m_database(database)
{
}

Result<SearchResults> SearchRepository::searchAll(const QString& query, int page, const QString& openMark, const QString& closeMark)
{
    const auto expression = SearchQuery::toFts5(query);
    if (!expression)
        return std::unexpected(expression.error());
    SearchResults results { query, {}, {} };
    if (expression->isEmpty())
        return results;
    // One pass over the matches gives every id and every score; one read transaction, so that the
    // list and the page agree while another connection imports.
    auto found = m_database.snapshot([&]() -> Result<void> {
        if (auto ready = RankingFunction::prepare(m_database); !ready)
            return ready;
        if (SearchQuery::isOnePhrase(*expression)) {
            auto best = bestOfOnePhrase(m_database, *expression, page > 0 ? page : -1, true);
            if (!best)
                return std::unexpected(best.error());
            if (best->decided) {
                results.matches = std::move(best->every);
                results.best = hitsOf(*best);
                return addDetails(results.best, *expression, openMark, closeMark);
            }
        }
        auto rows = RowScan::prepare(m_database, rankingSql(QString()), { *expression });
        if (!rows)
            return std::unexpected(rows.error());
        QList<SearchHit> scored;
        while (rows->next()) {
            results.matches.append(rows->integer(0));
            scored.append(SearchHit { rows->integer(0), {}, {}, {}, -rows->real(1) });
        }
        if (auto status = rows->status(); !status)
            return status;
        // Best first, ties by id: the order search() gets from SQLite.
        const auto better = [](const SearchHit& a, const SearchHit& b) {
            return a.rank != b.rank ? a.rank > b.rank : a.documentId < b.documentId;
        };
        const qsizetype kept = page > 0 ? std::min<qsizetype>(page, scored.size()) : scored.size();
        std::partial_sort(scored.begin(), scored.begin() + kept, scored.end(), better);
        scored.resize(kept);
        results.best = std::move(scored);
        return addDetails(results.best, *expression, openMark, closeMark);
    });
    if (!found)
        return std::unexpected(searchFailure(query, *expression, found.error()));
    return results;
}

Result<QList<SearchHit>> SearchRepository::search(
    const QString& query, int limit, const QString& openMark, const QString& closeMark)
{
    const auto expression = SearchQuery::toFts5(query);
    if (!expression)
        return std::unexpected(expression.error());
    if (expression->isEmpty())
        return QList<SearchHit> {};

    QList<SearchHit> hits;
    auto found = m_database.snapshot([&]() -> Result<void> {
        if (auto ready = RankingFunction::prepare(m_database); !ready)
            return ready;
        if (SearchQuery::isOnePhrase(*expression)) {
            auto best = bestOfOnePhrase(m_database, *expression, limit > 0 ? limit : -1, false);
            if (!best)
                return std::unexpected(best.error());
            if (best->decided) {
                hits = hitsOf(*best);
                return addDetails(hits, *expression, openMark, closeMark);
            }
        }
        // The best `limit` by relevance, ties by id so that pages are stable.
        auto rows = RowScan::prepare(m_database,
            rankingSql(QStringLiteral(" ORDER BY score, rowid LIMIT %1").arg(limit > 0 ? limit : -1)), { *expression });
        if (!rows)
            return std::unexpected(rows.error());
        while (rows->next())
            hits.append(SearchHit { rows->integer(0), {}, {}, {}, -rows->real(1) });
        if (auto status = rows->status(); !status)
            return status;
        return addDetails(hits, *expression, openMark, closeMark);
    });
    if (!found)
        return std::unexpected(searchFailure(query, *expression, found.error()));
    return hits;
}

Result<void> SearchRepository::optimizeIndex(const std::function<bool()>& cancelled)
{
    sqlite3* connection = m_database.nativeHandle();
    if (!connection)
        return fail(ErrorCode::Sql, QStringLiteral("the database connection is not an SQLite one"));
    // SQLite asks every ten steps of a statement whether to go on; a non-zero answer interrupts the
    // merge, which then rolls back whole. FTS5 writes each merged page through a short statement of
    // its own, so a coarser interval would hardly ever ask.
    const auto ask = [](void* question) -> int {
        const auto* stop = static_cast<const std::function<bool()>*>(question);
        return *stop && (*stop)() ? 1 : 0;
    };
    sqlite3_progress_handler(connection, 10, ask, const_cast<std::function<bool()>*>(&cancelled));
    QSqlQuery merge(m_database.connection());
    const bool merged = merge.exec(QStringLiteral("INSERT INTO documents_fts(documents_fts) VALUES ('optimize')"));
    sqlite3_progress_handler(connection, 0, nullptr, nullptr);
    if (merged)
        return {};
    if (cancelled && cancelled())
        return fail(ErrorCode::Cancelled, QStringLiteral("Merging the search index was cancelled."));
    return std::unexpected(sqlError(merge.lastError(), QStringLiteral("merging the search index")));
}

Result<void> SearchRepository::deferMerges()
{
    return setMerging(m_database, 0, 64);
}

Result<void> SearchRepository::resumeMerges()
{
    return setMerging(m_database, 4, 16); // FTS5's defaults
}

Result<bool> SearchRepository::mergesDeferred()
{
    auto rows = RowScan::prepare(m_database, QStringLiteral("SELECT v FROM documents_fts_config WHERE k = 'automerge'"));
    if (!rows)
        return std::unexpected(rows.error());
    const bool deferred = rows->next() && rows->integer(0) == 0;
    if (auto status = rows->status(); !status)
        return std::unexpected(status.error());
    return deferred;
}

Result<void> SearchRepository::addDetails(
    QList<SearchHit>& hits, const QString& expression, const QString& openMark, const QString& closeMark)
{
    if (hits.isEmpty())
        return {};
    QHash<qint64, qsizetype> positionOf;
    QStringList idList;
    qint64 lowest = hits.first().documentId;
    qint64 highest = lowest;
    for (qsizetype i = 0; i < hits.size(); ++i) {
        const qint64 id = hits.at(i).documentId;
        positionOf.insert(id, i);
        idList.append(QString::number(id));
        lowest = std::min(lowest, id);
        highest = std::max(highest, id);
    }
    const QString ids = idList.join(QLatin1Char(','));

    // A snippet re-reads and re-tokenizes its document, so only the page gets one. FTS5 can seek
    // each of them by rowid, but a prefix term is expanded afresh at every seek (50 expansions of
    // "migr*" cost more than ranking); then one pass that makes snippets for the page only is cheaper.
    const QString snippet = QStringLiteral("snippet(documents_fts, -1, ?, ?, ?, %1)").arg(kSnippetTokens);
    auto snippets = RowScan::prepare(m_database,
        SearchQuery::hasPrefixTerm(expression)
            ? QStringLiteral("SELECT rowid, CASE WHEN rowid IN (%1) THEN %2 END FROM documents_fts "
                             "WHERE documents_fts MATCH ? AND rowid BETWEEN %3 AND %4")
                  .arg(ids, snippet)
                  .arg(lowest)
                  .arg(highest)
            : QStringLiteral("SELECT rowid, %2 FROM documents_fts WHERE documents_fts MATCH ? AND rowid IN (%1)").arg(ids, snippet),
        { openMark, closeMark, QStringLiteral("…"), expression });
    if (!snippets)
        return std::unexpected(snippets.error());
    while (snippets->next())
        if (!snippets->isNull(1))
            hits[positionOf.value(snippets->integer(0))].snippet = snippets->text(1);
    if (auto status = snippets->status(); !status)
        return status;

    auto documents = RowScan::prepare(m_database, QStringLiteral("SELECT id, source, title FROM documents WHERE id IN (%1)").arg(ids));
    if (!documents)
        return std::unexpected(documents.error());
    while (documents->next()) {
        SearchHit& hit = hits[positionOf.value(documents->integer(0))];
        hit.source = documents->text(1);
        hit.title = documents->text(2);
    }
    return documents->status();
}

} // namespace littoral::core
