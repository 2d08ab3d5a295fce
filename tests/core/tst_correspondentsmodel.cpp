// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/correspondentfilterproxy.h"
#include "core/models/correspondentsmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace littoral::core;

namespace {

CorrespondentDetails correspondent(qint64 id, const QString& name, QStringList aliases, int sent, QStringList organizations = {})
{
    CorrespondentDetails c;
    c.id = id;
    c.name = name;
    c.aliases = std::move(aliases);
    c.asSender = sent;
    c.documentCount = sent;
    c.organizations = std::move(organizations);
    return c;
}

} // namespace

// The Correspondents pane's table: its columns, its accent-blind filter and its numeric sort.
class TestCorrespondentsModel final : public QObject {
    Q_OBJECT
private:
    static QList<CorrespondentDetails> rows()
    {
        return {
            correspondent(1, QStringLiteral("Natacha Bouchart"), { QStringLiteral("Natacha BOUCHART"), QStringLiteral("Natacha Bouchart") }, 12,
                { QStringLiteral("Mairie de Calais") }),
            correspondent(2, QStringLiteral("Préfète du Pas-de-Calais"), { QStringLiteral("Préfète du Pas-de-Calais") }, 3),
            correspondent(3, QStringLiteral("La Cimade"), { QStringLiteral("La Cimade"), QStringLiteral("Cimade") }, 100),
        };
    }

private slots:
    void columns_showNameOtherSpellingsAndCounts()
    {
        CorrespondentsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCorrespondents(rows());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, CorrespondentsModel::AliasesColumn).data().toString(), QStringLiteral("Natacha BOUCHART"));
        QCOMPARE(model.index(0, CorrespondentsModel::SenderColumn).data().toInt(), 12);
        QCOMPARE(model.index(0, CorrespondentsModel::OrganizationsColumn).data().toString(), QStringLiteral("Mairie de Calais"));
        QCOMPARE(model.index(2, 0).data(CorrespondentsModel::IdRole).toLongLong(), 3);
        QCOMPARE(model.rowOf(2), 1);
        QCOMPARE(model.rowOf(99), -1);
    }

    void filter_ignoresAccentsAndCase_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<qint64>>("ids");
        QTest::addRow("no_accent") << QStringLiteral("prefete") << QList<qint64> { 2 };
        QTest::addRow("spelling") << QStringLiteral("BOUCHART") << QList<qint64> { 1 };
        QTest::addRow("organisation") << QStringLiteral("mairie") << QList<qint64> { 1 };
        QTest::addRow("punctuation") << QStringLiteral("pas de calais") << QList<qint64> { 2 };
        QTest::addRow("none") << QStringLiteral("migreurop") << QList<qint64> {};
        QTest::addRow("empty") << QString() << QList<qint64> { 1, 2, 3 };
    }
    void filter_ignoresAccentsAndCase()
    {
        QFETCH(QString, text);
        QFETCH(QList<qint64>, ids);
        CorrespondentsModel model;
        CorrespondentFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCorrespondents(rows());
        proxy.setFilterText(text);
        QList<qint64> shown;
        for (int row = 0; row < proxy.rowCount(); ++row)
            shown.append(proxy.index(row, 0).data(CorrespondentsModel::IdRole).toLongLong());
        QCOMPARE(shown, ids);
    }

    void sort_byCountIsNumeric()
    {
        CorrespondentsModel model;
        CorrespondentFilterProxy proxy;
        proxy.setSourceModel(&model);
        model.setCorrespondents(rows());
        proxy.sort(CorrespondentsModel::SenderColumn, Qt::DescendingOrder);
        // As text "3" > "12" > "100"; as numbers 100 > 12 > 3.
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("La Cimade"));
        QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("Préfète du Pas-de-Calais"));
    }
};

QTEST_GUILESS_MAIN(TestCorrespondentsModel)
#include "tst_correspondentsmodel.moc"
