// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// littoral-cli search refuses a query past SearchQuery's bounds: exit 1 with the sentence, no search run.
#include "support/processrun.h"
#include "support/testpaths.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using littoral::test::runCli;
using Run = littoral::test::ProcessRun;

} // namespace

class TestCliSearchBounds final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("sample.db"));
        QCOMPARE(runCli({ QStringLiteral("import"), QStringLiteral(LITTORAL_SAMPLE_CORPUS_DIR), QStringLiteral("--db"), m_db }).exitCode, 0);
    }

    void search_pastTheBounds_isAUsageErrorWithItsReason_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("said");
        QTest::addRow("le_200_times") << QStringLiteral("le ").repeated(200).trimmed() << 1 << QByteArray("too long");
        QTest::addRow("40_words") << QStringLiteral("calais ").repeated(40).trimmed() << 1 << QByteArray("too many words");
        QTest::addRow("within_bounds") << QStringLiteral("calais ").repeated(32).trimmed() << 0 << QByteArray();
    }

    void search_pastTheBounds_isAUsageErrorWithItsReason()
    {
        QFETCH(QString, query);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, said);
        const Run run = runCli({ QStringLiteral("search"), QStringLiteral("--db"), m_db, query });
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(said), run.err.constData());
        if (exitCode == 0)
            QVERIFY(!run.out.isEmpty()); // the sample corpus speaks of Calais
    }
};

QTEST_GUILESS_MAIN(TestCliSearchBounds)
#include "tst_clisearchbounds.moc"
