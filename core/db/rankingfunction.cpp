// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/rankingfunction.h"

#include "core/db/database.h"
#include "core/db/rowscan.h"
#include "core/logging.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <memory>
#include <vector>

namespace littoral::core {
namespace {

// Rowids above this rank through FTS5's own lookup rather than grow the table past 32 MB.
constexpr qint64 kMaxCachedRowid = 8 * 1024 * 1024;

// Every document's length in tokens (all columns together), by rowid; -1 where unknown. With it, for
// the same state of the index, how many rows hold each phrase of the queries ranked so far.
struct DocumentLengths {
    QByteArray indexState; // the index's averages and structure records when they were read
    std::vector<qint32> byRowid;
    // Counting a phrase's rows reads its whole doclist (positions too, for a phrase of several words):
    // 20 of the 44 ms of "préfecture du Pas-de-Calais" at 100,000 documents. Kept by the query's
    // expression and the phrase's number in it, which FTS5 numbers the same way for the same text.
    mutable QMutex countsMutex;
    mutable QHash<QByteArray, sqlite3_int64> phraseRows;

    qint32 of(qint64 rowid) const
    {
        return rowid >= 0 && rowid < qint64(byRowid.size()) ? byRowid[size_t(rowid)] : -1;
    }
};

// What the function ranks with on one connection: set by prepare() and read by the function, both
// on the connection's thread.
struct ConnectionState {
    sqlite3* connection = nullptr;
    std::shared_ptr<const DocumentLengths> lengths;
};

struct Registry {
    QMutex mutex;
    QHash<sqlite3*, ConnectionState*> connections; // each until its connection closes
    QHash<QString, std::shared_ptr<const DocumentLengths>> latestByFile;
};

// Never destroyed: connections may close after static destructors have run.
Registry& registry()
{
    static auto* instance = new Registry;
    return *instance;
}

// FTS5 calls this when the connection closes.
void forgetConnection(void* pointer)
{
    auto* state = static_cast<ConnectionState*>(pointer);
    {
        QMutexLocker lock(&registry().mutex);
        registry().connections.remove(state->connection);
    }
    delete state;
}

// What bm25 computes once per query: the average length and each phrase's inverse document frequency.
struct QueryStatistics {
    double averageLength = 0;
    std::vector<double> idf;
    std::vector<double> columnWeight; // the weights given, by column; 1.0 for the columns after them
};

// bm25's pieces, shared by littoral_bm25 and littoral_best so that both give FTS5's scores to the last bit.
constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

// fts5Bm25GetData's inverse document frequency of a phrase in `hits` of `rows` rows. Below zero (a
// phrase in more than half the rows) bm25 would reward absence: floored.
double inverseDocumentFrequency(sqlite3_int64 rows, sqlite3_int64 hits)
{
    const double idf = std::log((rows - hits + 0.5) / (hits + 0.5));
    return idf <= 0.0 ? 1e-6 : idf;
}

// A phrase's occurrences in the current row, each weighted by its column, from the phrase's own
// positions: xInstCount would read and sort the positions of every phrase together, which for a word
// in every document ("de") is most of the work.
double weightedFrequency(const Fts5ExtensionApi* api, Fts5Context* fts, int phrase, const std::vector<double>& columnWeight, int& rc)
{
    double f = 0.0;
    Fts5PhraseIter it;
    int column = 0;
    int offset = 0;
    for (rc = api->xPhraseFirst(fts, phrase, &it, &column, &offset); rc == SQLITE_OK && column >= 0;
         api->xPhraseNext(fts, &it, &column, &offset))
        f += size_t(column) < columnWeight.size() ? columnWeight[size_t(column)] : 1.0;
    return f;
}

// A phrase's term frequency part of the score, before its inverse document frequency.
double termPart(double f, double length, double averageLength)
{
    return (f * (kK1 + 1.0)) / (f + kK1 * (1 - kB + kB * length / averageLength));
}

int countRow(const Fts5ExtensionApi*, Fts5Context*, void* count)
{
    ++*static_cast<sqlite3_int64*>(count);
    return SQLITE_OK;
}

// The same arithmetic as FTS5's fts5Bm25GetData, so that scores are equal to the last bit.
QueryStatistics* statisticsOf(const Fts5ExtensionApi* api, Fts5Context* fts, const QByteArray& expression, int& rc)
{
    auto statistics = std::make_unique<QueryStatistics>();
    const int phrases = api->xPhraseCount(fts);
    sqlite3_int64 rows = 0;
    sqlite3_int64 tokens = 0;
    rc = api->xRowCount(fts, &rows);
    if (rc == SQLITE_OK)
        rc = api->xColumnTotalSize(fts, -1, &tokens);
    if (rc == SQLITE_OK)
        statistics->averageLength = double(tokens) / double(rows);
    const auto* state = static_cast<const ConnectionState*>(api->xUserData(fts));
    // Not inside a write transaction: what it counts may yet be rolled back, under the same index state.
    const bool writing = sqlite3_txn_state(state->connection, nullptr) == SQLITE_TXN_WRITE;
    const DocumentLengths* counts = expression.isEmpty() || !state->lengths || writing ? nullptr : state->lengths.get();
    for (int i = 0; rc == SQLITE_OK && i < phrases; ++i) {
        sqlite3_int64 hits = -1;
        // The phrase's number and its length in tokens too: a caller passing another text than its MATCH
        // expression gets a miss, not another query's counts.
        const QByteArray key = expression + '\x1f' + QByteArray::number(i) + '\x1f' + QByteArray::number(phrases) + '\x1f'
            + QByteArray::number(api->xPhraseSize(fts, i));
        if (counts) {
            QMutexLocker lock(&counts->countsMutex);
            hits = counts->phraseRows.value(key, -1);
        }
        if (hits < 0) {
            hits = 0;
            rc = api->xQueryPhrase(fts, i, &hits, countRow);
            if (rc == SQLITE_OK && counts) {
                QMutexLocker lock(&counts->countsMutex);
                counts->phraseRows.insert(key, hits);
            }
        }
        statistics->idf.push_back(inverseDocumentFrequency(rows, hits));
    }
    if (rc != SQLITE_OK)
        return nullptr;
    QueryStatistics* raw = statistics.release();
    // On failure FTS5 deletes it itself.
    rc = api->xSetAuxdata(fts, raw, [](void* p) { delete static_cast<QueryStatistics*>(p); });
    return rc == SQLITE_OK ? raw : nullptr;
}

void rank(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* context, int weightCount, sqlite3_value** weights)
{
    int rc = SQLITE_OK;
    // Worked out on the query's first row and kept with it; nothing is allocated per row.
    auto* statistics = static_cast<QueryStatistics*>(api->xGetAuxdata(fts, 0));
    if (!statistics) {
        // littoral_bm25(table, title weight, text weight[, the MATCH expression, which keys its phrases' counts]).
        QByteArray expression;
        if (weightCount >= 3 && sqlite3_value_type(weights[2]) == SQLITE_TEXT)
            expression = QByteArray(reinterpret_cast<const char*>(sqlite3_value_text(weights[2])), sqlite3_value_bytes(weights[2]));
        statistics = statisticsOf(api, fts, expression, rc);
        if (!statistics) {
            sqlite3_result_error_code(context, rc == SQLITE_OK ? SQLITE_ERROR : rc);
            return;
        }
        for (int column = 0; column < std::min(weightCount, 2); ++column)
            statistics->columnWeight.push_back(sqlite3_value_double(weights[column]));
    }
    const auto* state = static_cast<const ConnectionState*>(api->xUserData(fts));
    int tokens = state->lengths ? state->lengths->of(api->xRowid(fts)) : -1;
    if (tokens < 0)
        rc = api->xColumnSize(fts, -1, &tokens);
    double score = 0.0;
    for (size_t i = 0; rc == SQLITE_OK && i < statistics->idf.size(); ++i) {
        const double f = weightedFrequency(api, fts, int(i), statistics->columnWeight, rc);
        score += statistics->idf[i] * termPart(f, double(tokens), statistics->averageLength);
    }
    if (rc == SQLITE_OK)
        sqlite3_result_double(context, -1.0 * score);
    else
        sqlite3_result_error_code(context, rc);
}

// littoral_best's pass over one phrase's matches: each row's part of the score before the phrase's
// inverse document frequency, which is only known once every row has been counted.
struct BestPass {
    const ConnectionState* state = nullptr;
    std::vector<double> columnWeight;
    double averageLength = 0;
    qsizetype keep = 0; // how many candidates the heap holds
    bool every = false;
    sqlite3_int64 rows = 0;
    std::vector<std::pair<double, qint64>> heap; // (tf part, rowid), the worst on top
    std::vector<qint64> all;

    // Better: a higher tf part, then a lower rowid ("ORDER BY score, rowid").
    static bool better(const std::pair<double, qint64>& a, const std::pair<double, qint64>& b)
    {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    }
};

int bestRow(const Fts5ExtensionApi* api, Fts5Context* fts, void* pointer)
{
    auto* pass = static_cast<BestPass*>(pointer);
    const qint64 rowid = api->xRowid(fts);
    ++pass->rows;
    if (pass->every)
        pass->all.push_back(rowid);
    if (pass->keep <= 0)
        return SQLITE_OK;
    int tokens = pass->state->lengths ? pass->state->lengths->of(rowid) : -1;
    if (tokens < 0)
        if (const int rc = api->xColumnSize(fts, -1, &tokens); rc != SQLITE_OK)
            return rc;
    int rc = SQLITE_OK;
    const double f = weightedFrequency(api, fts, 0, pass->columnWeight, rc);
    if (rc != SQLITE_OK)
        return rc;
    const std::pair<double, qint64> entry { termPart(f, double(tokens), pass->averageLength), rowid };
    if (qsizetype(pass->heap.size()) < pass->keep) {
        pass->heap.push_back(entry);
        std::push_heap(pass->heap.begin(), pass->heap.end(), BestPass::better);
    } else if (BestPass::better(entry, pass->heap.front())) {
        std::pop_heap(pass->heap.begin(), pass->heap.end(), BestPass::better);
        pass->heap.back() = entry;
        std::push_heap(pass->heap.begin(), pass->heap.end(), BestPass::better);
    }
    return SQLITE_OK;
}

template <typename T>
void append(QByteArray& out, T value)
{
    out.append(reinterpret_cast<const char*>(&value), sizeof value);
}

void best(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* context, int argumentCount, sqlite3_value** arguments)
{
    if (argumentCount < 5 || api->xPhraseCount(fts) != 1) {
        sqlite3_result_error(context, "littoral_best ranks an expression of one phrase, with 5 arguments", -1);
        return;
    }
    BestPass pass;
    pass.state = static_cast<const ConnectionState*>(api->xUserData(fts));
    for (int column = 0; column < 2; ++column)
        pass.columnWeight.push_back(sqlite3_value_double(arguments[column]));
    // As SQL's LIMIT: below zero, every row.
    const sqlite3_int64 asked = sqlite3_value_int64(arguments[3]);
    const qsizetype limit = asked < 0 || asked > std::numeric_limits<qsizetype>::max() - 8 ? std::numeric_limits<qsizetype>::max() - 8 : asked;
    // A few more than asked: two rows whose tf parts differ by a last bit may get the same score once
    // multiplied, and then the lower rowid goes first (checked below).
    pass.keep = limit > 0 ? limit + 8 : 0;
    pass.every = argumentCount > 4 && sqlite3_value_int(arguments[4]) != 0;
    sqlite3_int64 rows = 0;
    sqlite3_int64 tokens = 0;
    int rc = api->xRowCount(fts, &rows);
    if (rc == SQLITE_OK)
        rc = api->xColumnTotalSize(fts, -1, &tokens);
    pass.averageLength = double(tokens) / double(rows);
    if (rc == SQLITE_OK)
        rc = api->xQueryPhrase(fts, 0, &pass, bestRow);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    const double idf = inverseDocumentFrequency(rows, pass.rows); // from the rows just counted
    std::vector<std::pair<double, qint64>> ranked;
    ranked.reserve(pass.heap.size());
    for (const auto& [tf, rowid] : pass.heap)
        ranked.push_back({ -1.0 * (0.0 + idf * tf), rowid }); // rank()'s arithmetic, to the last bit
    std::sort(ranked.begin(), ranked.end());
    // A row left out ranks no better than the last one kept. Only if that one ties with the last row
    // asked for could a row left out, with a lower rowid, belong on the page: then say so (-1), and
    // the caller ranks with the statement instead.
    const bool leftSomeOut = pass.rows > pass.keep;
    const bool undecided = leftSomeOut && limit > 0 && qsizetype(ranked.size()) > limit && ranked.back().first == ranked[size_t(limit - 1)].first;
    if (qsizetype(ranked.size()) > limit)
        ranked.resize(size_t(std::max<qsizetype>(limit, 0)));
    QByteArray out;
    if (undecided) {
        append(out, qint64(-1));
        sqlite3_result_blob64(context, out.constData(), sqlite3_uint64(out.size()), SQLITE_TRANSIENT);
        return;
    }
    append(out, qint64(ranked.size()));
    for (const auto& [score, rowid] : ranked) {
        append(out, rowid);
        append(out, score);
    }
    for (const qint64 rowid : pass.all)
        append(out, rowid);
    sqlite3_result_blob64(context, out.constData(), sqlite3_uint64(out.size()), SQLITE_TRANSIENT);
}

fts5_api* ftsApiOf(sqlite3* connection)
{
    fts5_api* api = nullptr;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(connection, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    return api;
}

Result<ConnectionState*> registeredState(sqlite3* connection)
{
    QMutexLocker lock(&registry().mutex);
    if (ConnectionState* known = registry().connections.value(connection))
        return known;
    fts5_api* api = ftsApiOf(connection);
    if (!api)
        return fail(ErrorCode::Sql, QStringLiteral("this SQLite has no full-text search (FTS5)"));
    auto* state = new ConnectionState { connection, {} };
    // littoral_best first, without a destructor: the state belongs to littoral_bm25's registration.
    if (api->xCreateFunction(api, RankingFunction::kBestName, state, best, nullptr) != SQLITE_OK) {
        delete state;
        return fail(ErrorCode::Sql, QStringLiteral("cannot register %1: %2")
                                        .arg(QLatin1String(RankingFunction::kBestName), QString::fromUtf8(sqlite3_errmsg(connection))));
    }
    if (api->xCreateFunction(api, RankingFunction::kName, state, rank, forgetConnection) != SQLITE_OK) {
        delete state;
        return fail(ErrorCode::Sql, QStringLiteral("cannot register %1: %2")
                                        .arg(QLatin1String(RankingFunction::kName), QString::fromUtf8(sqlite3_errmsg(connection))));
    }
    registry().connections.insert(connection, state);
    return state;
}

// FTS5 rewrites its averages record (row and token totals) and its structure record (segments)
// whenever the index changes: together they tell one state of the index from another.
Result<QByteArray> indexStateOf(const Database& database)
{
    auto rows = RowScan::prepare(database, QStringLiteral("SELECT id, block FROM documents_fts_data WHERE id IN (1, 10) ORDER BY id"));
    if (!rows)
        return std::unexpected(rows.error());
    QByteArray state;
    while (rows->next()) {
        const QByteArrayView block = rows->blob(1);
        state += QByteArray::number(rows->integer(0)) + ':' + QByteArray::number(block.size()) + ':';
        state += block;
    }
    if (auto status = rows->status(); !status)
        return std::unexpected(status.error());
    return state;
}

// SQLite's varint: big-endian groups of 7 bits, the high bit saying another byte follows; a ninth
// byte carries 8 bits. False when the bytes end inside one.
bool readVarint(const uchar*& p, const uchar* end, quint64& value)
{
    value = 0;
    for (int i = 0; i < 9; ++i) {
        if (p == end)
            return false;
        const uchar c = *p++;
        if (i == 8) {
            value = (value << 8) | c;
            return true;
        }
        value = (value << 7) | (c & 0x7f);
        if (!(c & 0x80))
            return true;
    }
    return true;
}

// The docsize table holds one varint per column for every row: the row's length in tokens.
Result<std::shared_ptr<const DocumentLengths>> readLengths(const Database& database, QByteArray indexState)
{
    auto rows = RowScan::prepare(database, QStringLiteral("SELECT id, sz FROM documents_fts_docsize ORDER BY id"));
    if (!rows)
        return std::unexpected(rows.error());
    auto lengths = std::make_shared<DocumentLengths>();
    lengths->indexState = std::move(indexState);
    while (rows->next()) {
        const qint64 id = rows->integer(0);
        if (id < 0 || id > kMaxCachedRowid)
            continue;
        const QByteArrayView size = rows->blob(1);
        const auto* p = reinterpret_cast<const uchar*>(size.data());
        const uchar* end = p + size.size();
        quint64 total = 0;
        quint64 column = 0;
        bool whole = true;
        while (p != end && (whole = readVarint(p, end, column)))
            total += column;
        if (!whole || total > quint64(std::numeric_limits<qint32>::max()))
            continue; // unreadable: FTS5 looks this one up itself
        if (size_t(id) >= lengths->byRowid.size())
            lengths->byRowid.resize(std::max(size_t(id) + 1, lengths->byRowid.size() * 3 / 2), -1);
        lengths->byRowid[size_t(id)] = qint32(total);
    }
    if (auto status = rows->status(); !status)
        return std::unexpected(status.error());
    return std::shared_ptr<const DocumentLengths>(std::move(lengths));
}

} // namespace

RankingFunction::Best RankingFunction::decodeBest(QByteArrayView blob)
{
    Best out;
    const auto read = [&](qsizetype at, auto& value) {
        if (at + qsizetype(sizeof value) > blob.size())
            return false;
        std::memcpy(&value, blob.data() + at, sizeof value);
        return true;
    };
    qint64 count = 0;
    if (!read(0, count) || count < 0) {
        out.decided = false;
        return out;
    }
    qsizetype at = sizeof count;
    for (qint64 i = 0; i < count; ++i, at += sizeof(qint64) + sizeof(double)) {
        qint64 rowid = 0;
        double score = 0;
        if (!read(at, rowid) || !read(at + sizeof rowid, score))
            return out;
        out.ranked.append({ rowid, score });
    }
    for (qint64 rowid = 0; read(at, rowid); at += sizeof rowid)
        out.every.append(rowid);
    return out;
}

Result<void> RankingFunction::prepare(const Database& database)
{
    sqlite3* connection = database.nativeHandle();
    if (!connection)
        return fail(ErrorCode::Sql, QStringLiteral("the database connection is not an SQLite one"));
    auto state = registeredState(connection);
    if (!state)
        return std::unexpected(state.error());

    // Inside a write transaction the lengths may include this connection's uncommitted rows: read
    // them afresh and share them with nobody.
    const bool writing = sqlite3_txn_state(connection, "main") == SQLITE_TXN_WRITE;
    auto indexState = indexStateOf(database);
    if (!indexState) {
        qCWarning(lcDb) << "ranking without cached lengths:" << indexState.error().detail;
        (*state)->lengths.reset();
        return {};
    }
    const auto current = [&](const std::shared_ptr<const DocumentLengths>& lengths) {
        return !writing && lengths && lengths->indexState == *indexState;
    };
    if (current((*state)->lengths))
        return {};
    const QString file = QString::fromUtf8(sqlite3_db_filename(connection, "main"));
    if (!file.isEmpty()) {
        QMutexLocker lock(&registry().mutex);
        if (const auto shared = registry().latestByFile.value(file); current(shared)) {
            (*state)->lengths = shared;
            return {};
        }
    }
    auto lengths = readLengths(database, std::move(*indexState));
    if (!lengths) {
        qCWarning(lcDb) << "ranking without cached lengths:" << lengths.error().detail;
        (*state)->lengths.reset();
        return {};
    }
    (*state)->lengths = *lengths;
    if (!writing && !file.isEmpty()) {
        QMutexLocker lock(&registry().mutex);
        registry().latestByFile.insert(file, *lengths);
    }
    return {};
}

} // namespace littoral::core
