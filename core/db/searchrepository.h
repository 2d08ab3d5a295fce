// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/statementcache.h"
#include "core/result.h"

#include <QList>
#include <QString>

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

    // Every match, and the `page` best ranked with snippets. Ranking (bm25) reads every match, so
    // only the page is ranked; the ids of the rest come from the index alone, which is much cheaper.
    [[nodiscard]] Result<SearchResults> searchAll(const QString& query, int page,
        const QString& openMark = QStringLiteral("["), const QString& closeMark = QStringLiteral("]"));

private:
    Database& m_database;
    StatementCache m_statements;
};

} // namespace littoral::core
