// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// littoral-cli correspondents (issue 17): the counts by role and the weighted degrees checked against
// the JSON export of the same database, the sort keys, --limit, and usage errors; real processes.
#include "support/jsonobject.h"
#include "support/processrun.h"
#include "support/testpaths.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QProcessEnvironment>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = littoral::test::ProcessRun;

Run cli(const QStringList& args)
{
    return littoral::test::runCli(args);
}

// What the export says of each correspondent: documents by role, and the letters it sent and received
// (one per sender and recipient or copy, as the graph counts them).
struct Expected {
    int sent = 0;
    int received = 0;
    int cc = 0;
    double in = 0;
    double out = 0;
};

QHash<QString, Expected> expectedFromExport(const QJsonObject& exported)
{
    QHash<QString, Expected> expected;
    for (const QJsonValue& d : exported.value(QLatin1String("documents")).toArray()) {
        QStringList senders, receivers;
        QSet<QString> sent, received, copied;
        for (const QJsonValue& p : d.toObject().value(QLatin1String("participants")).toArray()) {
            const QString name = p.toObject().value(QLatin1String("name")).toString();
            const QString role = p.toObject().value(QLatin1String("role")).toString();
            if (role == QLatin1String("sender")) {
                senders << name;
                sent << name;
            } else if (role == QLatin1String("recipient")) {
                receivers << name;
                received << name;
            } else if (role == QLatin1String("cc")) {
                receivers << name;
                copied << name;
            }
        }
        for (const QString& name : std::as_const(sent))
            ++expected[name].sent;
        for (const QString& name : std::as_const(received))
            ++expected[name].received;
        for (const QString& name : std::as_const(copied))
            ++expected[name].cc;
        for (const QString& from : std::as_const(senders))
            for (const QString& to : std::as_const(receivers))
                if (from != to) {
                    expected[from].out += 1;
                    expected[to].in += 1;
                }
    }
    return expected;
}

} // namespace

class TestCliCorrespondents final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;

    QJsonObject correspondents(const QStringList& extra = {})
    {
        const Run run = cli(QStringList { QStringLiteral("correspondents"), QStringLiteral("--db"), m_db, QStringLiteral("--json") } + extra);
        if (run.exitCode != 0)
            qWarning("correspondents failed: %s", run.err.constData());
        return littoral::test::parseJsonObject(run.out);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("sample.db"));
        const Run imported = cli({ QStringLiteral("import"), QStringLiteral(LITTORAL_SAMPLE_CORPUS_DIR), QStringLiteral("--db"), m_db });
        QCOMPARE(imported.exitCode, 0);
    }

    void json_countsAndDegrees_agreeWithTheExport()
    {
        const Run exported = cli({ QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(exported.exitCode, 0);
        const QHash<QString, Expected> expected = expectedFromExport(littoral::test::parseJsonObject(exported.out));
        QVERIFY(expected.size() > 20);

        const QJsonObject report = correspondents();
        const QJsonArray rows = report.value(QLatin1String("correspondents")).toArray();
        QVERIFY(rows.size() >= expected.size());
        const int communityCount = int(report.value(QLatin1String("communities")).toArray().size());
        QVERIFY(communityCount > 1);
        QCOMPARE(report.value(QLatin1String("betweenness_sampled")).toBool(true), false);
        int checked = 0;
        for (const QJsonValue& value : rows) {
            const QJsonObject row = value.toObject();
            const QString name = row.value(QLatin1String("name")).toString();
            QVERIFY(row.value(QLatin1String("aliases")).toArray().contains(name));
            QVERIFY(row.value(QLatin1String("kind")).toString() == QLatin1String("person")
                || row.value(QLatin1String("kind")).toString() == QLatin1String("organization"));
            if (!expected.contains(name))
                continue; // only mentioned
            const Expected& e = expected.value(name);
            QCOMPARE(row.value(QLatin1String("sent")).toInt(), e.sent);
            QCOMPARE(row.value(QLatin1String("received")).toInt(), e.received);
            QCOMPARE(row.value(QLatin1String("cc")).toInt(), e.cc);
            QCOMPARE(row.value(QLatin1String("in_degree")).toDouble(), e.in);
            QCOMPARE(row.value(QLatin1String("out_degree")).toDouble(), e.out);
            const int community = row.value(QLatin1String("community")).toInt(-1);
            QVERIFY2(community >= 0 && community < communityCount, qPrintable(name));
            ++checked;
        }
        QCOMPARE(checked, expected.size());
    }

    void sort_eachKey_ordersFromTheLargest_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("field");
        QTest::addRow("documents") << "documents" << "documents";
        QTest::addRow("sent") << "sent" << "sent";
        QTest::addRow("received") << "received" << "received";
        QTest::addRow("cc") << "cc" << "cc";
        QTest::addRow("in-degree") << "in-degree" << "in_degree";
        QTest::addRow("out-degree") << "out-degree" << "out_degree";
        QTest::addRow("betweenness") << "betweenness" << "betweenness";
        QTest::addRow("pagerank") << "pagerank" << "pagerank";
    }
    void sort_eachKey_ordersFromTheLargest()
    {
        QFETCH(QString, key);
        QFETCH(QString, field);
        const QJsonObject report = correspondents({ QStringLiteral("--sort"), key });
        QCOMPARE(report.value(QLatin1String("sort")).toString(), key);
        const QJsonArray rows = report.value(QLatin1String("correspondents")).toArray();
        QVERIFY(rows.size() > 20);
        for (qsizetype i = 1; i < rows.size(); ++i)
            QVERIFY2(rows.at(i - 1).toObject().value(field).toDouble() >= rows.at(i).toObject().value(field).toDouble(),
                qPrintable(rows.at(i).toObject().value(QLatin1String("name")).toString()));
        // The measure tells correspondents apart: the first is above the last.
        QVERIFY(rows.first().toObject().value(field).toDouble() > rows.last().toObject().value(field).toDouble());
    }

    void limit_keepsTheFirstRows()
    {
        const QJsonArray all = correspondents({ QStringLiteral("--sort"), QStringLiteral("betweenness") })
                                   .value(QLatin1String("correspondents")).toArray();
        const QJsonArray three = correspondents({ QStringLiteral("--sort"), QStringLiteral("betweenness"), QStringLiteral("--limit"), QStringLiteral("3") })
                                     .value(QLatin1String("correspondents")).toArray();
        QCOMPARE(three.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(three.at(i).toObject().value(QLatin1String("id")), all.at(i).toObject().value(QLatin1String("id")));
    }

    void text_oneLinePerCorrespondent()
    {
        const Run run = cli({ QStringLiteral("correspondents"), QStringLiteral("--db"), m_db, QStringLiteral("--limit"), QStringLiteral("4") });
        QCOMPARE(run.exitCode, 0);
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 5); // the header and four rows
        QCOMPARE(lines.at(1).count('\t'), lines.at(0).count('\t'));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QByteArray>("message");
        QTest::addRow("unknown sort") << QStringList { QStringLiteral("--sort"), QStringLiteral("fame") } << QByteArray("unknown sort 'fame'");
        QTest::addRow("zero limit") << QStringList { QStringLiteral("--limit"), QStringLiteral("0") } << QByteArray("--limit");
        QTest::addRow("positional") << QStringList { QStringLiteral("extra") } << QByteArray("no positional argument");
    }
    void usageErrors()
    {
        QFETCH(QStringList, extra);
        QFETCH(QByteArray, message);
        const Run run = cli(QStringList { QStringLiteral("correspondents"), QStringLiteral("--db"), m_db } + extra);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(message), run.err.constData());
    }

    // The user's institutions table extends the bundled one: two names on one of its lines are one
    // correspondent after the import (here two signatories of the samples, joined only to see it work).
    void userInstitutionsTable_joinsTheNamesOfOneLine()
    {
        QTemporaryDir data;
        QVERIFY(QDir().mkpath(data.filePath(QStringLiteral("littoral"))));
        QFile table(data.filePath(QStringLiteral("littoral/institutions.tsv")));
        QVERIFY(table.open(QIODevice::WriteOnly));
        table.write("# mine\nATTAC\tAuberge des migrants (Calais)\n");
        table.close();
        const QString db = m_dir.filePath(QStringLiteral("joined.db"));
        const auto run = [&](const QStringList& args) {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("XDG_DATA_HOME"), data.path());
            process.setProcessEnvironment(env);
            process.start(QStringLiteral(LITTORAL_BIN_DIR "/littoral-cli"), args);
            return littoral::test::finishProcess(process);
        };
        QCOMPARE(run({ QStringLiteral("import"), QStringLiteral(LITTORAL_SAMPLE_CORPUS_DIR), QStringLiteral("--db"), db }).exitCode, 0);
        const Run listed = run({ QStringLiteral("correspondents"), QStringLiteral("--db"), db, QStringLiteral("--json") });
        QCOMPARE(listed.exitCode, 0);
        // One correspondent for the two names (both signed the same letter: one participation).
        const QJsonArray joined = littoral::test::parseJsonObject(listed.out).value(QLatin1String("correspondents")).toArray();
        int holding = 0;
        for (const QJsonValue& value : joined) {
            const QJsonArray aliases = value.toObject().value(QLatin1String("aliases")).toArray();
            holding += aliases.contains(QStringLiteral("ATTAC")) || aliases.contains(QStringLiteral("Auberge des migrants (Calais)")) ? 1 : 0;
        }
        QCOMPARE(holding, 1);
        // Without the user's table they are two.
        const QJsonArray plain = correspondents().value(QLatin1String("correspondents")).toArray();
        const auto count = [&](const QString& name) {
            return std::count_if(plain.cbegin(), plain.cend(), [&](const QJsonValue& v) { return v.toObject().value(QLatin1String("name")).toString() == name; });
        };
        QCOMPARE(count(QStringLiteral("ATTAC")), 1);
        QCOMPARE(count(QStringLiteral("Auberge des migrants (Calais)")), 1);
        QCOMPARE(joined.size(), plain.size() - 1);
    }

    void missingDatabase_isADatabaseError()
    {
        const Run run = cli({ QStringLiteral("correspondents"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("none.db")) });
        QCOMPARE(run.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliCorrespondents)
#include "tst_clicorrespondents.moc"
