// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/database.h"
#include "core/db/documentrepository.h"
#include "core/db/searchquery.h"
#include "core/db/searchrepository.h"

#include <QCryptographicHash>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace littoral::core;

namespace {

QList<qint64> ids(const QList<SearchHit>& hits)
{
    QList<qint64> out;
    for (const SearchHit& hit : hits)
        out.append(hit.documentId);
    return out;
}

} // namespace

class TestSearchRepository final : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_once = 0; // mentions the préfet once
    qint64 m_thrice = 0; // three times
    qint64 m_shelter = 0; // never

    qint64 add(const QString& name, const QString& title, const QString& text)
    {
        Document d;
        d.sourcePath = QStringLiteral("/corpus/") + name;
        d.fileName = name;
        d.sha256 = QString::fromLatin1(
            QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
        d.text = text;
        d.extraction.title = title;
        auto id = DocumentRepository(*m_db).write(d, name);
        return id.value_or(-1);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(m_dir->filePath(QStringLiteral("corpus.db")));
        QVERIFY(db);
        m_db = std::make_unique<Database>(std::move(*db));
        m_once = add(QStringLiteral("once.txt"), QStringLiteral("Lettre ouverte"),
            QStringLiteral("Madame, nous écrivons au Préfet du Pas-de-Calais au sujet de la jungle et de ses "
                           "habitants, qui vivent dans des conditions indignes depuis des mois."));
        m_thrice = add(QStringLiteral("thrice.txt"), QStringLiteral("Réponse"),
            QStringLiteral("Le préfet a répondu. Le PRÉFET a confirmé. Le prefet insiste sur la jungle."));
        m_shelter = add(QStringLiteral("shelter.txt"), QStringLiteral("Communiqué de presse"),
            QStringLiteral("Communiqué sur l'hébergement d'urgence des mineurs isolés à Calais."));
        QVERIFY(m_once > 0 && m_thrice > 0 && m_shelter > 0);
    }
    void cleanupTestCase()
    {
        m_db.reset();
        m_dir.reset();
    }

    void search_isAccentAndCaseInsensitive_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addRow("plain") << QStringLiteral("prefet");
        QTest::addRow("accented") << QStringLiteral("Préfet");
        QTest::addRow("capitals") << QStringLiteral("PREFET");
        QTest::addRow("accented_capitals") << QStringLiteral("PRÉFET");
    }
    void search_isAccentAndCaseInsensitive()
    {
        QFETCH(QString, query);
        auto hits = SearchRepository(*m_db).search(query, 10, QStringLiteral("<b>"), QStringLiteral("</b>"));
        QVERIFY2(hits, qPrintable(hits ? QString() : hits.error().detail));
        QCOMPARE(ids(*hits), (QList<qint64> { m_thrice, m_once }));
        QVERIFY2(
            hits->at(1).snippet.contains(QStringLiteral("<b>Préfet</b>")), qPrintable(hits->at(1).snippet));
        QVERIFY2(
            hits->at(0).snippet.contains(QStringLiteral("<b>PRÉFET</b>")), qPrintable(hits->at(0).snippet));
        QCOMPARE(hits->at(1).source, QStringLiteral("once.txt"));
        QCOMPARE(hits->at(1).title, QStringLiteral("Lettre ouverte"));
    }

    void search_ordersByRelevance()
    {
        auto hits = SearchRepository(*m_db).search(QStringLiteral("préfet"));
        QVERIFY(hits);
        QCOMPARE(hits->size(), 2);
        QCOMPARE(hits->at(0).documentId, m_thrice);
        QVERIFY(hits->at(0).rank > hits->at(1).rank);
    }

    void searchAll_listsEveryMatch_andRanksOnlyThePage_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("page");
        QTest::addRow("one_page") << QStringLiteral("préfet") << 50;
        QTest::addRow("page_of_one") << QStringLiteral("préfet") << 1;
        QTest::addRow("no_match") << QStringLiteral("zeppelin") << 10;
    }
    void searchAll_listsEveryMatch_andRanksOnlyThePage()
    {
        QFETCH(QString, query);
        QFETCH(int, page);
        SearchRepository repository(*m_db);
        auto all = repository.search(query, 0);
        auto results = repository.searchAll(query, page);
        QVERIFY2(results, qPrintable(results ? QString() : results.error().detail));
        QVERIFY(all);
        QCOMPARE(results->query, query);
        QSet<qint64> expected;
        for (const SearchHit& hit : *all)
            expected.insert(hit.documentId);
        QCOMPARE(QSet<qint64>(results->matches.cbegin(), results->matches.cend()), expected);
        QCOMPARE(results->matches.size(), expected.size()); // each once
        QCOMPARE(results->best.size(), std::min<qsizetype>(page, all->size()));
        for (qsizetype i = 0; i < results->best.size(); ++i)
            QCOMPARE(results->best.at(i).documentId, all->at(i).documentId); // the same ranking as search()
    }

    // A corpus written document by document, as an import in batches leaves it: many index segments.
    std::unique_ptr<Database> segmentedCorpus(const QString& path, int documents)
    {
        auto db = Database::open(path);
        if (!db)
            return {};
        auto out = std::make_unique<Database>(std::move(*db));
        for (int i = 0; i < documents; ++i) {
            Document d;
            d.fileName = QStringLiteral("letter%1.txt").arg(i);
            d.sourcePath = QStringLiteral("/corpus/") + d.fileName;
            d.text = QStringLiteral("Lettre %1 au préfet du Pas-de-Calais sur la jungle de Calais, l'hébergement "
                                    "et les mineurs isolés; réponse attendue avant le %2 mars.")
                         .arg(i)
                         .arg(i % 28 + 1);
            d.sha256 = QString::fromLatin1(QCryptographicHash::hash(d.text.toUtf8(), QCryptographicHash::Sha256).toHex());
            d.extraction.title = QStringLiteral("Lettre %1").arg(i);
            if (!DocumentRepository(*out).write(d, d.fileName))
                return {};
        }
        return out;
    }
    static int segments(Database& db)
    {
        QSqlQuery q(db.connection());
        return q.exec(QStringLiteral("SELECT count(DISTINCT segid) FROM documents_fts_idx")) && q.next() ? q.value(0).toInt() : -1;
    }
    static bool indexIsIntact(Database& db)
    {
        QSqlQuery q(db.connection());
        return q.exec(QStringLiteral("INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 1)"));
    }

    void optimizeIndex_mergesSegments_andKeepsEveryResult()
    {
        QTemporaryDir dir;
        auto db = segmentedCorpus(dir.filePath(QStringLiteral("segmented.db")), 40);
        QVERIFY(db);
        const int before = segments(*db);
        QVERIFY2(before > 1, qPrintable(QString::number(before)));
        SearchRepository search(*db);
        const QStringList queries { QStringLiteral("préfet"), QStringLiteral("\"jungle de Calais\""), QStringLiteral("héberg*"),
            QStringLiteral("mars -jungle"), QStringLiteral("Lettre 17") };
        QList<QList<SearchHit>> results;
        for (const QString& q : queries)
            results.append(search.search(q, 10).value_or(QList<SearchHit> {}));
        QVERIFY(!results.first().isEmpty());

        QVERIFY(search.optimizeIndex());
        QCOMPARE(segments(*db), 1);
        QVERIFY(indexIsIntact(*db));
        for (qsizetype i = 0; i < queries.size(); ++i) {
            const auto again = search.search(queries.at(i), 10);
            QVERIFY(again);
            QCOMPARE(ids(*again), ids(results.at(i)));
            for (qsizetype k = 0; k < again->size(); ++k)
                QCOMPARE(again->at(k).snippet, results.at(i).at(k).snippet);
        }
    }

    void optimizeIndex_cancelled_leavesTheIndexAsItWas()
    {
        QTemporaryDir dir;
        auto db = segmentedCorpus(dir.filePath(QStringLiteral("segmented.db")), 40);
        QVERIFY(db);
        const int before = segments(*db);
        int asked = 0;
        const auto merged = SearchRepository(*db).optimizeIndex([&] { return ++asked > 0; });
        QVERIFY(!merged);
        QCOMPARE(merged.error().code, ErrorCode::Cancelled);
        QVERIFY(asked > 0);
        QCOMPARE(segments(*db), before);
        QVERIFY(indexIsIntact(*db));
        QCOMPARE(SearchRepository(*db).search(QStringLiteral("préfet"), 100)->size(), 40);
    }

    void search_titleMatch_isFound()
    {
        auto hits = SearchRepository(*m_db).search(QStringLiteral("réponse"));
        QVERIFY(hits);
        QCOMPARE(ids(*hits), QList<qint64> { m_thrice });
        QVERIFY2(
            hits->first().snippet.contains(QStringLiteral("[Réponse]")), qPrintable(hits->first().snippet));
    }

    void search_syntax_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QList<qint64>>("expected"); // any order
        QTest::addRow("two_words_are_and") << QStringLiteral("préfet habitants") << QList<qint64> { m_once };
        QTest::addRow("exact_phrase")
            << QStringLiteral("\"le prefet a repondu\"") << QList<qint64> { m_thrice };
        QTest::addRow("phrase_words_not_adjacent") << QStringLiteral("\"préfet jungle\"") << QList<qint64> {};
        QTest::addRow("prefix") << QStringLiteral("héberg*") << QList<qint64> { m_shelter };
        QTest::addRow("prefix_without_accent") << QStringLiteral("heberg*") << QList<qint64> { m_shelter };
        QTest::addRow("or") << QStringLiteral("hébergement OR habitants")
                            << QList<qint64> { m_once, m_shelter };
        QTest::addRow("or_inside_and")
            << QStringLiteral("jungle confirmé OR habitants") << QList<qint64> { m_once, m_thrice };
        QTest::addRow("exclusion") << QStringLiteral("préfet -confirmé") << QList<qint64> { m_once };
        QTest::addRow("not_keyword") << QStringLiteral("préfet NOT confirmé") << QList<qint64> { m_once };
        QTest::addRow("excluded_phrase")
            << QStringLiteral("jungle -\"a confirmé\"") << QList<qint64> { m_once };
        QTest::addRow("lowercase_or_is_a_word") << QStringLiteral("préfet or") << QList<qint64> {};
        QTest::addRow("apostrophe") << QStringLiteral("l'hébergement") << QList<qint64> { m_shelter };
        QTest::addRow("fts_keywords_are_words") << QStringLiteral("NEAR jungle") << QList<qint64> {};
        QTest::addRow("punctuation_only_word_ignored")
            << QStringLiteral("jungle —") << QList<qint64> { m_once, m_thrice };
        QTest::addRow("column_syntax_is_text") << QStringLiteral("title:réponse") << QList<qint64> {};
        QTest::addRow("parentheses_are_text")
            << QStringLiteral("(jungle)") << QList<qint64> { m_once, m_thrice };
        QTest::addRow("hat_is_text") << QStringLiteral("^jungle") << QList<qint64> { m_once, m_thrice };
    }
    void search_syntax()
    {
        QFETCH(QString, query);
        QFETCH(QList<qint64>, expected);
        auto hits = SearchRepository(*m_db).search(query);
        QVERIFY2(hits, qPrintable(hits ? QString() : hits.error().detail));
        QList<qint64> found = ids(*hits);
        std::sort(found.begin(), found.end());
        std::sort(expected.begin(), expected.end());
        QCOMPARE(found, expected);
    }

    void search_unusableQuery_isInvalidInputWithSentence_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addRow("unbalanced_quote") << QStringLiteral("\"préfet du");
        QTest::addRow("lone_quote") << QStringLiteral("jungle \"");
        QTest::addRow("or_alone") << QStringLiteral("OR");
        QTest::addRow("or_at_end") << QStringLiteral("préfet OR");
        QTest::addRow("or_at_start") << QStringLiteral("OR préfet");
        QTest::addRow("double_or") << QStringLiteral("préfet OR OR jungle");
        QTest::addRow("lone_minus") << QStringLiteral("préfet -");
        QTest::addRow("only_exclusions") << QStringLiteral("-préfet -jungle");
        QTest::addRow("lone_star") << QStringLiteral("*");
        QTest::addRow("leading_star") << QStringLiteral("*fet");
        QTest::addRow("not_at_end") << QStringLiteral("jungle NOT");
        QTest::addRow("empty_phrase") << QStringLiteral("jungle \"\"");
    }
    void search_unusableQuery_isInvalidInputWithSentence()
    {
        QFETCH(QString, query);
        auto hits = SearchRepository(*m_db).search(query);
        QVERIFY(!hits);
        QCOMPARE(hits.error().code, ErrorCode::InvalidInput);
        QVERIFY(hits.error().detail.size() > 20);
        QVERIFY2(!hits.error().detail.contains(QLatin1String("fts5")), qPrintable(hits.error().detail));
    }

    void search_emptyQuery_hasNoHits_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addRow("empty") << QString();
        QTest::addRow("spaces") << QStringLiteral("   \t ");
        QTest::addRow("punctuation") << QStringLiteral("… — ,");
    }
    void search_emptyQuery_hasNoHits()
    {
        QFETCH(QString, query);
        auto hits = SearchRepository(*m_db).search(query);
        QVERIFY(hits);
        QVERIFY(hits->isEmpty());
    }

    void search_limit_isRespected()
    {
        auto hits = SearchRepository(*m_db).search(QStringLiteral("jungle OR hébergement"), 2);
        QVERIFY(hits);
        QCOMPARE(hits->size(), 2);
        auto all = SearchRepository(*m_db).search(QStringLiteral("jungle OR hébergement"), 0);
        QVERIFY(all);
        QCOMPARE(all->size(), 3);
    }

    void toFts5_quotesEveryTerm_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("fts");
        QTest::addRow("words") << QStringLiteral("jungle calais")
                               << QStringLiteral("\"jungle\" AND \"calais\"");
        QTest::addRow("phrase") << QStringLiteral("\"la jungle\"") << QStringLiteral("\"la jungle\"");
        QTest::addRow("prefix") << QStringLiteral("migr*") << QStringLiteral("\"migr\" *");
        QTest::addRow("or_group") << QStringLiteral("a b OR c")
                                  << QStringLiteral("\"a\" AND (\"b\" OR \"c\")");
        QTest::addRow("exclusion") << QStringLiteral("a -b") << QStringLiteral("(\"a\") NOT \"b\"");
        QTest::addRow("and_keyword") << QStringLiteral("a AND b") << QStringLiteral("\"a\" AND \"b\"");
        QTest::addRow("keyword_quoted") << QStringLiteral("NEAR") << QStringLiteral("\"NEAR\"");
    }
    void toFts5_quotesEveryTerm()
    {
        QFETCH(QString, query);
        QFETCH(QString, fts);
        auto expression = SearchQuery::toFts5(query);
        QVERIFY(expression);
        QCOMPARE(*expression, fts);
    }

    void hasPrefixTerm_seesOnlyPrefixTerms_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("prefix");
        QTest::addRow("word") << QStringLiteral("migrants") << false;
        QTest::addRow("prefix") << QStringLiteral("migr*") << true;
        QTest::addRow("prefix_in_or") << QStringLiteral("jungle OR expuls*") << true;
        QTest::addRow("phrase") << QStringLiteral("\"jungle de Calais\"") << false;
        QTest::addRow("star_inside_a_phrase_is_text") << QStringLiteral("\"migr* de\"") << false;
    }
    void hasPrefixTerm_seesOnlyPrefixTerms()
    {
        QFETCH(QString, query);
        QFETCH(bool, prefix);
        const auto expression = SearchQuery::toFts5(query);
        QVERIFY(expression);
        QCOMPARE(SearchQuery::hasPrefixTerm(*expression), prefix);
    }
};

QTEST_GUILESS_MAIN(TestSearchRepository)
#include "tst_searchrepository.moc"
