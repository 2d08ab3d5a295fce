// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/database.h"
#include "core/db/rankingfunction.h"
#include "core/db/searchquery.h"
#include "core/db/searchrepository.h"
#include "core/import/importjob.h"

#include "support/testpaths.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace littoral::core;

namespace {

struct Scores {
    QList<qint64> rowids;
    QList<double> bm25;
    QList<double> littoral;
};

// Both rankings of every match of a query, side by side, in rowid order.
Scores scoresOf(Database& db, const QString& query)
{
    Scores s;
    const auto expression = SearchQuery::toFts5(query);
    if (!expression || !RankingFunction::prepare(db))
        return s;
    QSqlQuery q(db.connection());
    // As the search calls it: the expression as its fourth argument, so the phrases' row counts are
    // kept and reused (every test below then checks that a kept count is still right).
    q.prepare(QStringLiteral("SELECT rowid, bm25(documents_fts, 5.0, 1.0), %1(documents_fts, 5.0, 1.0, :e) "
                             "FROM documents_fts WHERE documents_fts MATCH :e ORDER BY rowid")
                  .arg(QLatin1String(RankingFunction::kName)));
    q.bindValue(QStringLiteral(":e"), *expression);
    if (!q.exec())
        qWarning() << q.lastError().text();
    while (q.next()) {
        s.rowids << q.value(0).toLongLong();
        s.bm25 << q.value(1).toDouble();
        s.littoral << q.value(2).toDouble();
    }
    return s;
}

bool exec(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql)) {
        qWarning() << sql << q.lastError().text();
        return false;
    }
    return true;
}

} // namespace

class TestRankingFunction final : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("corpus.db"));
        QVERIFY(ImportJob(m_path, { QStringLiteral(LITTORAL_SAMPLE_CORPUS_DIR) }).runSynchronously());
    }
    void cleanupTestCase() { m_dir.reset(); }

    void scores_equalFts5Bm25_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addRow("common_word") << QStringLiteral("Calais");
        QTest::addRow("accent_folded") << QStringLiteral("prefet");
        QTest::addRow("two_words") << QStringLiteral("migrants Calais");
        QTest::addRow("phrase") << QStringLiteral("\"président de la République\"");
        QTest::addRow("prefix") << QStringLiteral("migra*");
        QTest::addRow("or") << QStringLiteral("jungle OR expulsion");
        QTest::addRow("exclusion") << QStringLiteral("Calais -jungle");
        QTest::addRow("title_and_text") << QStringLiteral("lettre");
    }
    void scores_equalFts5Bm25()
    {
        QFETCH(QString, query);
        auto db = Database::openExisting(m_path);
        QVERIFY(db);
        const Scores s = scoresOf(*db, query);
        QVERIFY2(!s.rowids.isEmpty(), "the sample corpus should match every query here");
        for (qsizetype i = 0; i < s.rowids.size(); ++i) {
            QVERIFY(s.bm25[i] < 0); // a real score, not a default
            // To the last bit (QCOMPARE on doubles would forgive a few): same arithmetic, same lengths.
            QVERIFY2(s.littoral[i] == s.bm25[i], qPrintable(QString::number(s.littoral[i] - s.bm25[i])));
        }
    }

    void lengths_followChangesMadeByAnotherConnection()
    {
        auto reader = Database::openExisting(m_path);
        QVERIFY(reader);
        QCOMPARE(scoresOf(*reader, QStringLiteral("Calais")).littoral, scoresOf(*reader, QStringLiteral("Calais")).bm25);

        {
            auto writer = Database::open(m_path);
            QVERIFY(writer);
            // The shortest document grows a lot: its length, and so every score, changes.
            QVERIFY(exec(*writer,
                QStringLiteral("UPDATE documents SET text = text || char(10) || replace(hex(zeroblob(2000)), '00', 'mot ') "
                               "WHERE id = (SELECT id FROM documents ORDER BY length(text) LIMIT 1)")));
        }
        const Scores after = scoresOf(*reader, QStringLiteral("Calais"));
        QVERIFY(!after.rowids.isEmpty());
        QCOMPARE(after.littoral, after.bm25);
    }

    void lengths_includeTheConnectionsOwnUncommittedRows()
    {
        auto db = Database::open(m_path);
        QVERIFY(db);
        QCOMPARE(scoresOf(*db, QStringLiteral("migrants")).littoral, scoresOf(*db, QStringLiteral("migrants")).bm25);
        const auto outcome = db->transaction([&]() -> Result<void> {
            if (!exec(*db, QStringLiteral("UPDATE documents SET text = 'migrants ' || text WHERE id = (SELECT max(id) FROM documents)")))
                return fail(ErrorCode::Sql, QStringLiteral("update failed"));
            const Scores inside = scoresOf(*db, QStringLiteral("migrants"));
            if (inside.rowids.isEmpty() || inside.littoral != inside.bm25)
                return fail(ErrorCode::Sql, QStringLiteral("scores differ inside the transaction"));
            return fail(ErrorCode::Cancelled, QStringLiteral("roll back"));
        });
        QCOMPARE(outcome.error().detail, QStringLiteral("roll back"));
        const Scores rolledBack = scoresOf(*db, QStringLiteral("migrants"));
        QCOMPARE(rolledBack.littoral, rolledBack.bm25);
    }

    void search_givesWhatTheSingleBm25StatementGave_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("page");
        QTest::addRow("common_word") << QStringLiteral("Calais") << 3;
        QTest::addRow("word") << QStringLiteral("migrants") << 2;
        QTest::addRow("phrase") << QStringLiteral("\"président de la République\"") << 3;
        QTest::addRow("prefix") << QStringLiteral("migra*") << 3; // snippets made in one pass
        QTest::addRow("prefix_or_word") << QStringLiteral("expuls* OR jungle") << 2;
        QTest::addRow("every_match") << QStringLiteral("Calais") << 0;
        QTest::addRow("two_words") << QStringLiteral("migrants Calais") << 3; // the statement, not the one-phrase pass
        QTest::addRow("phrase_every_match") << QStringLiteral("\"président de la République\"") << 0;
        QTest::addRow("prefix_every_match") << QStringLiteral("migra*") << 0;
    }
    void search_givesWhatTheSingleBm25StatementGave()
    {
        QFETCH(QString, query);
        QFETCH(int, page);
        auto db = Database::openExisting(m_path);
        QVERIFY(db);
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("SELECT d.id, d.source, d.title, snippet(documents_fts, -1, '[', ']', '…', 16), bm25(documents_fts, 5.0, 1.0) AS score "
                                 "FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid "
                                 "WHERE documents_fts MATCH ? ORDER BY score, d.id LIMIT ?"));
        q.addBindValue(SearchQuery::toFts5(query).value_or(QString()));
        q.addBindValue(page > 0 ? page : -1);
        QVERIFY(q.exec());
        QList<SearchHit> expected;
        while (q.next())
            expected.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                -q.value(4).toDouble() });
        QVERIFY(!expected.isEmpty());

        SearchRepository repository(*db);
        const auto hits = repository.search(query, page);
        const auto all = repository.searchAll(query, page);
        QVERIFY(hits && all);
        // Every match, in rowid order, for the views' filters.
        QList<qint64> everyMatch;
        QSqlQuery every(db->connection());
        QVERIFY(every.exec(QStringLiteral("SELECT rowid FROM documents_fts WHERE documents_fts MATCH '%1' ORDER BY rowid")
                               .arg(SearchQuery::toFts5(query).value_or(QString()).replace(QLatin1Char('\''), QStringLiteral("''")))));
        while (every.next())
            everyMatch.append(every.value(0).toLongLong());
        QVERIFY(!everyMatch.isEmpty());
        QCOMPARE(all->matches, everyMatch);
        for (const QList<SearchHit>* got : { &*hits, &all->best }) {
            QCOMPARE(got->size(), expected.size());
            for (qsizetype i = 0; i < expected.size(); ++i) {
                QCOMPARE(got->at(i).documentId, expected[i].documentId);
                QCOMPARE(got->at(i).source, expected[i].source);
                QCOMPARE(got->at(i).title, expected[i].title);
                QCOMPARE(got->at(i).snippet, expected[i].snippet);
                QVERIFY2(got->at(i).rank == expected[i].rank, qPrintable(QString::number(got->at(i).rank - expected[i].rank)));
            }
        }
    }

    // Thirty letters of one length that name Calais once each: every score ties, and a page is the
    // lowest ids, whichever way it is ranked (one phrase's own pass, or the statement when rows tie
    // across the page's edge).
    void search_tiedScores_pageIsTheLowestIds()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 30; ++i) {
            QFile file(dir.filePath(QStringLiteral("letters/%1.txt").arg(i, 2, 10, QLatin1Char('0'))));
            QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("letters"))) && file.open(QIODevice::WriteOnly));
            file.write(QStringLiteral("Lettre %1 : nous écrivons au maire de Calais.\n").arg(QString(QChar(char16_t(u'A' + i / 26))) + QChar(char16_t(u'A' + i % 26))).toUtf8());
        }
        const QString path = dir.filePath(QStringLiteral("tied.db"));
        QVERIFY(ImportJob(path, { dir.filePath(QStringLiteral("letters")) }).runSynchronously());
        auto db = Database::openExisting(path);
        QVERIFY(db);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT rowid, bm25(documents_fts, 5.0, 1.0) AS score FROM documents_fts "
                                      "WHERE documents_fts MATCH '\"calais\"' ORDER BY score, rowid")));
        QList<qint64> expected;
        QList<double> scores;
        while (q.next()) {
            expected << q.value(0).toLongLong();
            scores << -q.value(1).toDouble();
        }
        QCOMPARE(expected.size(), 30);
        QVERIFY(std::all_of(scores.cbegin(), scores.cend(), [&](double x) { return x == scores.first(); }));
        SearchRepository repository(*db);
        for (const int page : { 3, 25, 0 }) {
            const auto hits = repository.search(QStringLiteral("Calais"), page);
            QVERIFY(hits);
            QList<qint64> ids;
            for (const SearchHit& hit : *hits) {
                ids << hit.documentId;
                QVERIFY(hit.rank == scores.first());
            }
            QCOMPARE(ids, page > 0 ? expected.first(page) : expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestRankingFunction)
#include "tst_rankingfunction.moc"
