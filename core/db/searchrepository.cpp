// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/searchrepository.h"

#include "core/db/database.h"
#include "core/db/rowscan.h"
#include "core/db/searchquery.h"
#include "core/logging.h"

#include <QSqlQuery>

namespace littoral::core {
namespace {

// A match in the title says more about a document than one in its body.
constexpr double kTitleWeight = 5.0;
constexpr double kTextWeight = 1.0;
constexpr int kSnippetTokens = 16;

} // namespace

SearchRepository::SearchRepository(Database& database)
    : m_database(database)
    , m_statements(database)
{
}

Result<SearchResults> SearchRepository::searchAll(const QString& query, int page, const QString& openMark, const QString& closeMark)
{
    auto best = search(query, page, openMark, closeMark);
    if (!best)
        return std::unexpected(best.error());
    SearchResults results { query, {}, std::move(*best) };
    const auto expression = SearchQuery::toFts5(query);
    if (!expression || expression->isEmpty())
        return results;
    auto rows = RowScan::prepare(
        m_database, QStringLiteral("SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?"), { *expression });
    if (!rows)
        return std::unexpected(rows.error());
    while (rows->next())
        results.matches.append(rows->integer(0));
    if (auto status = rows->status(); !status)
        return std::unexpected(status.error());
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

    auto rows = m_statements.exec(
        QStringLiteral("SELECT d.id, d.source, d.title, snippet(documents_fts, -1, ?, ?, ?, ?) AS snippet, "
                       "bm25(documents_fts, ?, ?) AS score "
                       "FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid "
                       "WHERE documents_fts MATCH ? ORDER BY score, d.id LIMIT ?"),
        { StatementCache::text(openMark), StatementCache::text(closeMark), QStringLiteral("…"),
            kSnippetTokens, kTitleWeight, kTextWeight, *expression, limit > 0 ? limit : -1 });
    if (!rows) {
        // SearchQuery only emits valid syntax, so this is not the person's fault; still, never crash.
        qCWarning(lcDb) << "search failed for" << query << "as" << *expression << ":" << rows.error().detail;
        if (rows.error().detail.contains(QLatin1String("fts5")))
            return fail(ErrorCode::InvalidInput,
                QStringLiteral(
                    "Littoral could not understand this search; try plain words, \"an exact phrase\", "
                    "word*, OR, or -word."));
        return std::unexpected(rows.error());
    }
    QList<SearchHit> hits;
    QSqlQuery& r = **rows;
    while (r.next())
        hits.append(SearchHit { r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(),
            r.value(3).toString(), -r.value(4).toDouble() });
    r.finish();
    return hits;
}

} // namespace littoral::core
