// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

#include <functional>

namespace littoral::core {

class Database;

struct SearchHit {
    qint64 documentId = 0;
    QString source;
    QString title;
    QString snippet; // a few words around the best match, matches between the caller's markers
    double rank = 0; // relevance (negated bm25): higher is better
};

// A search as the window shows it: every matching document (to filter the views), and the best
// of them ranked, with snippets (to list).
struct SearchResults {
    QString query;
    QList<qint64> matches; // every matching document, by id
    QList<SearchHit> best;  // the highest-ranked, best first
};

// Full-text search over titles and texts, accent- and case-insensitive ("prefet" finds "Préfet").
// Thread of its Database, which must outlive it.
class SearchRepository final {
public:
    explicit SearchRepository(Database& database);

    // Best hits first; limit <= 0 means all. The query is what a person typed (see SearchQuery):
    // an empty one gives no hits, one that cannot be understood gives InvalidInput with a sentence.
    [[nodiscard]] Result<QList<SearchHit>> search(const QString& query, int limit = 50,
        const QString& openMark = QStringLiteral("["), const QString& closeMark = QStringLiteral("]"));

    // Every match, and the `page` best ranked with snippets. Ranking reads every match (see
    // RankingFunction) but only the page gets snippets; the ids of every match come from the index alone.
    [[nodiscard]] Result<SearchResults> searchAll(const QString& query, int page,
        const QString& openMark = QStringLiteral("["), const QString& closeMark = QStringLiteral("]"));

    // Merges the full-text index into one segment. A bulk import leaves it in dozens, and every search
    // reads them all: at 100,000 documents merged searches take 40% less time. A few seconds of work
    // at that size; when `cancelled` says so it stops and leaves the index as it was (Cancelled).
    [[nodiscard]] Result<void> optimizeIndex(const std::function<bool()>& cancelled = {});
    // For a bulk import that ends with optimizeIndex(): FTS5's incremental merges would merge each
    // batch's segments again and again (a tenth of an import's time), only for the last merge to
    // rewrite them all once more. Deferred, segments pile up to 64 per level before any merge;
    // resumed, FTS5's defaults apply again. The settings live in the file: resume even on failure.
    [[nodiscard]] Result<void> deferMerges();
    [[nodiscard]] Result<void> resumeMerges();
    // Whether the file's merges are deferred: an import that stopped before resuming them (killed,
    // or resuming failed) left them so; the next import that writes resumes them.
    [[nodiscard]] Result<bool> mergesDeferred();

private:
    // Fills in the source, title and snippet of ranked hits.
    [[nodiscard]] Result<void> addDetails(
        QList<SearchHit>& hits, const QString& expression, const QString& openMark, const QString& closeMark);

    Database& m_database;
};

} // namespace littoral::core
