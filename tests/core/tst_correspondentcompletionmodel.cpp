// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/correspondentcompletionmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace littoral::core;

namespace {

CorrespondentSummary correspondent(qint64 id, CorrespondentKind kind, const QString& name, QStringList aliases, int documents)
{
    CorrespondentSummary c;
    c.id = id;
    c.kind = kind;
    c.name = name;
    c.aliases = std::move(aliases);
    c.documentCount = documents;
    return c;
}

QList<CorrespondentSummary> rows()
{
    const auto org = CorrespondentKind::Organization;
    const auto person = CorrespondentKind::Person;
    return {
        correspondent(1, org, QStringLiteral("Préfecture du Pas-de-Calais"),
            { QStringLiteral("Préfecture du Pas-de-Calais"), QStringLiteral("PREFECTURE DU PAS DE CALAIS") }, 40),
        correspondent(2, person, QStringLiteral("Natacha Bouchart"), { QStringLiteral("Natacha Bouchart"), QStringLiteral("Mme Bouchart") }, 12),
        correspondent(3, org, QStringLiteral("La Cimade"), { QStringLiteral("La Cimade"), QStringLiteral("Cimade") }, 100),
        correspondent(4, org, QStringLiteral("Secours Catholique"), { QStringLiteral("Secours Catholique"), QStringLiteral("Caritas France") }, 7),
        correspondent(5, org, QStringLiteral("Mairie de Calais"), { QStringLiteral("Mairie de Calais") }, 60),
        correspondent(6, person, QStringLiteral("Gérald Darmanin"), { QStringLiteral("Gérald Darmanin") }, 3),
    };
}

} // namespace

// Go to Correspondent's suggestions: accent- and case-blind, from any word's start, names before
// other spellings, busier first.
class TestCorrespondentCompletionModel final : public QObject {
    Q_OBJECT
private slots:
    void setQuery_listsMatchesInOrder_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QList<qint64>>("ids");
        QTest::addRow("unaccented_word_start") << QStringLiteral("prefecture") << QList<qint64> { 1 };
        QTest::addRow("inner_word_start") << QStringLiteral("pas-de") << QList<qint64> { 1 };
        QTest::addRow("upper_case_accented") << QStringLiteral("GÉRALD") << QList<qint64> { 6 };
        QTest::addRow("two_words_any_order") << QStringLiteral("calais pref") << QList<qint64> { 1 };
        // "Calais" starts a word of two names: the busier first.
        QTest::addRow("busier_first") << QStringLiteral("calais") << QList<qint64> { 5, 1 };
        // The name's own start ranks before a word inside another name.
        QTest::addRow("name_start_first") << QStringLiteral("ma") << QList<qint64> { 5 };
        QTest::addRow("one_letter_busier_first") << QStringLiteral("c") << QList<qint64> { 3, 5, 1, 4 };
        QTest::addRow("other_spelling") << QStringLiteral("caritas") << QList<qint64> { 4 };
        QTest::addRow("courtesy_spelling") << QStringLiteral("mme") << QList<qint64> { 2 };
        QTest::addRow("inside_a_word_is_no_match") << QStringLiteral("efecture") << QList<qint64> {};
        QTest::addRow("empty") << QString() << QList<qint64> {};
        QTest::addRow("punctuation_only") << QStringLiteral(" - ") << QList<qint64> {};
    }
    void setQuery_listsMatchesInOrder()
    {
        QFETCH(QString, query);
        QFETCH(QList<qint64>, ids);
        CorrespondentCompletionModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCorrespondents(rows());
        model.setQuery(query);
        QList<qint64> got;
        for (int row = 0; row < model.rowCount(); ++row)
            got.append(model.index(row).data(CorrespondentCompletionModel::IdRole).toLongLong());
        QCOMPARE(got, ids);
    }

    void data_givesNameKindCountAndTheSpellingThatMatched()
    {
        CorrespondentCompletionModel model;
        model.setCorrespondents(rows());
        model.setQuery(QStringLiteral("caritas"));
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex index = model.index(0);
        QCOMPARE(index.data().toString(), QStringLiteral("Secours Catholique"));
        QCOMPARE(index.data(CorrespondentCompletionModel::KindRole).toInt(), int(CorrespondentKind::Organization));
        QCOMPARE(index.data(CorrespondentCompletionModel::DocumentCountRole).toInt(), 7);
        QCOMPARE(index.data(CorrespondentCompletionModel::MatchedSpellingRole).toString(), QStringLiteral("Caritas France"));
        model.setQuery(QStringLiteral("secours"));
        QCOMPARE(model.index(0).data(CorrespondentCompletionModel::MatchedSpellingRole).toString(), QString());
    }

    void setCorrespondents_keepsTheQuery()
    {
        CorrespondentCompletionModel model;
        model.setQuery(QStringLiteral("cimade"));
        QCOMPARE(model.rowCount(), 0);
        model.setCorrespondents(rows());
        QCOMPARE(model.rowCount(), 1);
    }

    void setQuery_isCappedAtMaxRows()
    {
        QList<CorrespondentSummary> many;
        for (int i = 0; i < 3 * CorrespondentCompletionModel::kMaxRows; ++i)
            many.append(correspondent(i + 1, CorrespondentKind::Person, QStringLiteral("Agnès %1").arg(i), {}, i));
        CorrespondentCompletionModel model;
        model.setCorrespondents(many);
        model.setQuery(QStringLiteral("agnes"));
        QCOMPARE(model.rowCount(), CorrespondentCompletionModel::kMaxRows);
        QCOMPARE(model.index(0).data(CorrespondentCompletionModel::DocumentCountRole).toInt(), 3 * CorrespondentCompletionModel::kMaxRows - 1);
    }
};

QTEST_GUILESS_MAIN(TestCorrespondentCompletionModel)
#include "tst_correspondentcompletionmodel.moc"
