// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArrayView>
#include <QList>

#include <utility>

namespace littoral::core {

class Database;

// The FTS5 ranking function littoral_bm25(documents_fts, title weight, text weight): FTS5's own
// bm25(), score for score, but with every document's length (in tokens) held in memory. bm25 reads
// each match's length from the index's docsize table, one B-tree seek per match: 85% of the time
// spent ranking a word that 90,000 of 100,000 documents contain. The lengths are read once per
// state of the index and shared by the connections to the same file, and so are the phrases' row
// counts (bm25's inverse document frequencies) when the query passes its MATCH expression as a fourth
// argument: littoral_bm25(documents_fts, 5.0, 1.0, :expression). Thread of its Database.
class RankingFunction final {
public:
    static constexpr const char* kName = "littoral_bm25";
    // littoral_best(documents_fts, title weight, text weight, :expression, :limit, :everyMatch), for an
    // expression of one phrase (or one prefix term) only: called on the query's first row, it reads the
    // phrase's matches itself in one pass (no statement step, no sort of every match) and returns the
    // best `limit` as littoral_bm25 and "ORDER BY score, rowid" would, and with everyMatch every rowid
    // matched. Decode its blob with decodeBest().
    static constexpr const char* kBestName = "littoral_best";

    struct Best {
        bool decided = true; // false: rows tie across the page's edge; rank with the statement instead
        QList<std::pair<qint64, double>> ranked; // rowid and score (bm25's sign: lower is better), best first
        QList<qint64> every; // every rowid matched, ascending, when asked for
    };
    static Best decodeBest(QByteArrayView blob);

    // Registers the function on the connection (once per connection) and gives it the lengths of
    // the index as this connection sees it now. Call it inside the read transaction of the search
    // that ranks, so both see one state. When the lengths cannot be read the function still ranks,
    // through FTS5's own lookups.
    [[nodiscard]] static Result<void> prepare(const Database& database);
};

} // namespace littoral::core
