// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchutil.h"
#include "phases.h"
#include "rawsqlite.h"

#include "core/db/database.h"
#include "core/db/searchquery.h"
#include "core/db/searchrepository.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <sqlite3.h>

#include <algorithm>
#include <functional>

namespace littoral::bench {
namespace {

// Fifty queries as people type them: accented and not, French and English, phrases, prefixes,
// OR and exclusion, rare and very common words.
QStringList queries()
{
    return {
        QStringLiteral("prefet"), QStringLiteral("Préfet"), QStringLiteral("préfecture du Pas-de-Calais"),
        QStringLiteral("\"jungle de Calais\""), QStringLiteral("migrants"), QStringLiteral("migrant*"),
        QStringLiteral("expulsion"), QStringLiteral("mineurs non accompagnés"), QStringLiteral("\"mineurs non accompagnes\""),
        QStringLiteral("\"Home Office\""), QStringLiteral("Home Office"), QStringLiteral("démantèlement"),
        QStringLiteral("demantelement"), QStringLiteral("Calais"), QStringLiteral("Sangatte"),
        QStringLiteral("réfugiés"), QStringLiteral("refugees"), QStringLiteral("asylum"),
        QStringLiteral("\"asylum seekers\""), QStringLiteral("\"demandeurs d'asile\""), QStringLiteral("Dublin"),
        QStringLiteral("Royaume-Uni"), QStringLiteral("\"United Kingdom\""), QStringLiteral("evacuation OR expulsion"),
        QStringLiteral("camp -jungle"), QStringLiteral("hébergement"), QStringLiteral("accommodation"),
        QStringLiteral("humanitaire"), QStringLiteral("\"situation humanitaire\""), QStringLiteral("maire"),
        QStringLiteral("\"Natacha Bouchart\""), QStringLiteral("ministre de l'Intérieur"), QStringLiteral("\"Home Secretary\""),
        QStringLiteral("Cazeneuve"), QStringLiteral("police"), QStringLiteral("CRS"),
        QStringLiteral("violences policières"), QStringLiteral("\"police violence\""), QStringLiteral("Médecins du Monde"),
        QStringLiteral("\"Secours Catholique\""), QStringLiteral("Auberge des migrants"), QStringLiteral("douche*"),
        QStringLiteral("distribution repas"), QStringLiteral("\"lettre ouverte\""), QStringLiteral("\"open letter\""),
        QStringLiteral("communiqué"), QStringLiteral("Grande-Synthe"), QStringLiteral("Dunkerque OR Ouistreham"),
        QStringLiteral("fermeture du camp"), QStringLiteral("children"),
    };
}

// The baseline: the one statement a plain FTS5 search runs, FTS5's own bm25 and snippet, joined to the
// documents for their titles. SearchRepository returns the same hits in the same order with the same
// scores (tst_rankingfunction), ranking through RankingFunction and making snippets for the page only.
constexpr const char* kSql =
    "SELECT d.id, d.source, d.title, snippet(documents_fts, -1, ?, ?, ?, ?) AS snippet, "
    "bm25(documents_fts, ?, ?) AS score "
    "FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid "
    "WHERE documents_fts MATCH ? ORDER BY score, d.id LIMIT ?";

template <typename T>
QString errorOf(const core::Result<T>& result)
{
    return result ? QString() : result.error().detail;
}

struct Samples {
    QList<double> app;
    QList<double> firstRuns; // each query's first run (the warm-up round), the very first query's aside

    QList<double> raw;
    QHash<QString, QList<double>> appByQuery;
    QHash<QString, QList<double>> rawByQuery;
    qint64 hits = 0;
};

Samples measure(core::SearchRepository& repository, RawSqlite& raw, sqlite3_stmt* statement,
    const QStringList& texts, const QList<QByteArray>& expressions, int limit, int rounds, bool everyMatch = false)
{
    Samples s;
    for (int round = -1; round < rounds; ++round) { // round -1 warms both sides up
        for (qsizetype q = 0; q < texts.size(); ++q) {
            QElapsedTimer timer;
            timer.start();
            // The window's search also lists the ids of every match, to filter its views.
            const QString failure = everyMatch ? errorOf(repository.searchAll(texts[q], limit, QStringLiteral("["), QStringLiteral("]")))
                                               : errorOf(repository.search(texts[q], limit, QStringLiteral("["), QStringLiteral("]")));
            const double appMs = elapsedMs(timer);
            if (!failure.isEmpty())
                note(QStringLiteral("search \"%1\" failed: %2").arg(texts[q], failure));

            timer.restart();
            sqlite3_bind_text(statement, 1, "[", 1, SQLITE_STATIC);
            sqlite3_bind_text(statement, 2, "]", 1, SQLITE_STATIC);
            sqlite3_bind_text(statement, 3, "…", -1, SQLITE_STATIC);
            sqlite3_bind_int(statement, 4, 16);
            sqlite3_bind_double(statement, 5, 5.0);
            sqlite3_bind_double(statement, 6, 1.0);
            sqlite3_bind_text(statement, 7, expressions[q].constData(), int(expressions[q].size()), SQLITE_STATIC);
            sqlite3_bind_int(statement, 8, limit);
            qint64 rows = 0;
            qint64 bytes = 0;
            int rc = SQLITE_ROW;
            while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
                ++rows;
                bytes += sqlite3_column_bytes(statement, 3) + sqlite3_column_bytes(statement, 1);
            }
            raw.check(rc, "search");
            sqlite3_reset(statement);
            const double rawMs = elapsedMs(timer);
            if (round < 0 && q > 0)
                s.firstRuns << appMs;
            if (round >= 0) {
                s.app << appMs;
                s.raw << rawMs;
                s.appByQuery[texts[q]] << appMs;
                s.rawByQuery[texts[q]] << rawMs;
                s.hits += rows + (bytes < 0 ? 1 : 0);
            }
        }
    }
    return s;
}

// The queries that make the p95: where the time goes.
QJsonArray slowest(const Samples& s, int count)
{
    QList<std::pair<double, QString>> byTime;
    for (auto it = s.appByQuery.cbegin(); it != s.appByQuery.cend(); ++it)
        byTime.append({ median(it.value()), it.key() });
    std::sort(byTime.begin(), byTime.end(), std::greater<>());
    QJsonArray out;
    for (qsizetype i = 0; i < std::min<qsizetype>(count, byTime.size()); ++i)
        out.append(QJsonObject { { QStringLiteral("query"), byTime[i].second }, { QStringLiteral("median_ms"), byTime[i].first },
            { QStringLiteral("baseline_median_ms"), median(s.rawByQuery.value(byTime[i].second)) } });
    return out;
}

QJsonObject summarize(const Samples& s)
{
    const double appMedian = median(s.app);
    const double rawMedian = median(s.raw);
    return { { QStringLiteral("median_ms"), appMedian }, { QStringLiteral("p95_ms"), percentile(s.app, 95) },
        { QStringLiteral("first_run_p95_ms"), percentile(s.firstRuns, 95) },
        { QStringLiteral("max_ms"), percentile(s.app, 100) }, { QStringLiteral("baseline_median_ms"), rawMedian },
        { QStringLiteral("baseline_p95_ms"), percentile(s.raw, 95) },
        { QStringLiteral("ratio_median"), rawMedian > 0 ? appMedian / rawMedian : 0.0 },
        { QStringLiteral("ratio_p95"), percentile(s.raw, 95) > 0 ? percentile(s.app, 95) / percentile(s.raw, 95) : 0.0 },
        { QStringLiteral("samples"), int(s.app.size()) }, { QStringLiteral("rows"), double(s.hits) },
        { QStringLiteral("slowest"), slowest(s, 5) } };
}

} // namespace

int runSearch(const QString& database)
{
    auto db = core::Database::openExisting(database);
    if (!db) {
        note(QStringLiteral("cannot open %1: %2").arg(database, db.error().detail));
        return 2;
    }
    core::SearchRepository repository(*db);
    RawSqlite raw(database, RawSqlite::Mode::ReadOnly);
    RawStatement statement(raw.prepare(kSql));

    const QStringList texts = queries();
    QList<QByteArray> expressions;
    for (const QString& q : texts)
        expressions << core::SearchQuery::toFts5(q).value_or(QString()).toUtf8();

    // 50 hits is a page of results; the window ranks 200 (kResultsPage in mainwindow.cpp) and lists every match.
    QJsonObject result = summarize(measure(repository, raw, statement.get(), texts, expressions, 50, 3));
    result.insert(QStringLiteral("window_limit"),
        summarize(measure(repository, raw, statement.get(), texts, expressions, 200, 1, true)));
    result.insert(QStringLiteral("queries"), int(texts.size()));
    emitResult(result);
    return 0;
}

} // namespace littoral::bench
