// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/searchquery.h"

#include <QTest>

using namespace littoral::core;

// The bounds on what a search may ask of the index: refused with a sentence, never run.
class TestSearchQuery final : public QObject {
    Q_OBJECT

private slots:
    void toFts5_bounds_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("message"); // a part of the refusal

        const auto words = [](int n, const QString& word) {
            QStringList list;
            for (int i = 0; i < n; ++i)
                list << word;
            return list.join(QLatin1Char(' '));
        };
        QTest::addRow("le_200_times") << words(200, QStringLiteral("le")) << false << QStringLiteral("too long");
        QTest::addRow("32_words") << words(32, QStringLiteral("camp")) << true << QString();
        QTest::addRow("33_words") << words(33, QStringLiteral("camp")) << false << QStringLiteral("too many words: at most 32");
        QTest::addRow("33_excluded_count_too") << QStringLiteral("camp ") + words(32, QStringLiteral("-jungle")) << false
                                               << QStringLiteral("too many words");
        QTest::addRow("33_phrases") << words(33, QStringLiteral("\"a b\"")) << false << QStringLiteral("too many words");
        QTest::addRow("or_groups_count_each_word") << words(33, QStringLiteral("camp OR")) + QStringLiteral(" jungle") << false
                                                   << QStringLiteral("too many words");
        QTest::addRow("operators_are_not_words") << words(31, QStringLiteral("camp")) + QStringLiteral(" AND jungle") << true
                                                 << QString();
        QTest::addRow("400_characters") << QString(400, QLatin1Char('a')) << true << QString();
        QTest::addRow("401_characters") << QString(401, QLatin1Char('a')) << false << QStringLiteral("401 characters, at most 400");
    }

    void toFts5_bounds()
    {
        QFETCH(QString, query);
        QFETCH(bool, accepted);
        QFETCH(QString, message);
        const Result<QString> expression = SearchQuery::toFts5(query);
        QCOMPARE(bool(expression), accepted);
        if (accepted) {
            QVERIFY(!expression->isEmpty());
            return;
        }
        QCOMPARE(expression.error().code, ErrorCode::InvalidInput);
        QVERIFY2(expression.error().detail.contains(message), qPrintable(expression.error().detail));
    }

    // One phrase or one prefix term is ranked by its own pass; anything with an operator is not.
    void isOnePhrase_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("onePhrase");
        QTest::addRow("word") << QStringLiteral("Calais") << true;
        QTest::addRow("hyphenated_word") << QStringLiteral("Pas-de-Calais") << true;
        QTest::addRow("quoted_phrase") << QStringLiteral("\"jungle de Calais\"") << true;
        QTest::addRow("prefix") << QStringLiteral("migr*") << true;
        QTest::addRow("elision") << QStringLiteral("l'abri") << true;
        QTest::addRow("two_words") << QStringLiteral("mineurs accompagnés") << false;
        QTest::addRow("or") << QStringLiteral("Dunkerque OR Calais") << false;
        QTest::addRow("exclusion") << QStringLiteral("camp -jungle") << false;
        QTest::addRow("two_phrases") << QStringLiteral("\"Home Office\" \"Calais\"") << false;
    }
    void isOnePhrase()
    {
        QFETCH(QString, query);
        QFETCH(bool, onePhrase);
        const Result<QString> expression = SearchQuery::toFts5(query);
        QVERIFY(expression && !expression->isEmpty());
        QVERIFY2(SearchQuery::isOnePhrase(*expression) == onePhrase, qPrintable(*expression));
    }
};

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
