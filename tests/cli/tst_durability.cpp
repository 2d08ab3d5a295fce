// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing is lost: a process killed with SIGKILL right after CorpusSession reported an edit, or in the
// middle of a long series of edits, leaves a sound corpus holding every edit it reported.
#include "support/processrun.h"
#include "support/testpaths.h"

#include "core/session/corpussession.h"

#include <QProcess>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

#include <signal.h>

using namespace littoral::core;

namespace {

struct Reported {
    qint64 changeId = 0;
    qint64 documentId = 0;
    QString title;
};

// "committed <change id> <document id> <title>"
std::optional<Reported> parseLine(const QByteArray& line)
{
    const QList<QByteArray> words = line.trimmed().split(' ');
    if (words.size() < 4 || words[0] != "committed")
        return std::nullopt;
    return Reported { words[1].toLongLong(), words[2].toLongLong(), QString::fromUtf8(words.mid(3).join(' ')) };
}

QString integrityCheck(const QString& path)
{
    const QString name = QStringLiteral("integrity");
    QString result;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        if (raw.open()) {
            QSqlQuery q(raw);
            if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
                result = q.value(0).toString();
        } else {
            result = raw.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

class TestDurability final : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;

    // Starts the writer for `edits` edits, SIGKILLs it once it has reported `killAfter` of them (or
    // "done"), and returns every edit it reported before it died.
    QList<Reported> killWriter(int edits, int killAfter, bool* sawDone)
    {
        QProcess writer;
        writer.setProcessChannelMode(QProcess::SeparateChannels);
        writer.start(QStringLiteral(LITTORAL_BIN_DIR "/littoral-sessionwriter"), { m_db, QString::number(edits) });
        if (!writer.waitForStarted(30000))
            return {};
        QList<Reported> reported;
        *sawDone = false;
        QByteArray pending;
        const auto readLines = [&] {
            pending += writer.readAllStandardOutput();
            qsizetype end;
            while ((end = pending.indexOf('\n')) >= 0) {
                const QByteArray line = pending.left(end);
                pending.remove(0, end + 1);
                if (line == "done")
                    *sawDone = true;
                else if (auto r = parseLine(line))
                    reported.append(*r);
            }
        };
        while (reported.size() < killAfter && !*sawDone && writer.state() == QProcess::Running) {
            writer.waitForReadyRead(60000);
            readLines();
        }
        ::kill(pid_t(writer.processId()), SIGKILL);
        writer.waitForFinished(30000);
        readLines(); // what it printed before the signal landed was committed too
        if (writer.exitStatus() != QProcess::CrashExit)
            qWarning("writer was not killed: %s", writer.readAllStandardError().constData());
        return reported;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = m_dir->filePath(QStringLiteral("corpus.db"));
        const auto imported = littoral::test::runCli(
            { QStringLiteral("import"), QStringLiteral(LITTORAL_SAMPLE_CORPUS_DIR), QStringLiteral("--db"), m_db });
        QCOMPARE(imported.exitCode, 0);
    }

    void kill9_rightAfterAnEdit_theEditIsKept()
    {
        bool done = false;
        const QList<Reported> reported = killWriter(1, 1, &done);
        QCOMPARE(reported.size(), 1);

        QCOMPARE(integrityCheck(m_db), QStringLiteral("ok"));
        auto session = CorpusSession::open(m_db);
        QVERIFY(session);
        auto history = session.value()->history();
        QVERIFY(history);
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->first().id, reported.first().changeId);
        QCOMPARE(history->first().kind, ChangeKind::SetField);
        auto document = session.value()->document(reported.first().documentId);
        QVERIFY(document);
        QCOMPARE(document->extraction.title, reported.first().title);
    }

    void kill9_duringManyEdits_losesNoReportedEdit()
    {
        bool done = false;
        // Far more edits than it makes before the kill: it dies in the middle of the series.
        const QList<Reported> reported = killWriter(100000, 40, &done);
        QVERIFY(!done);
        QVERIFY2(reported.size() >= 40, qPrintable(QString::number(reported.size())));

        QCOMPARE(integrityCheck(m_db), QStringLiteral("ok"));
        auto session = CorpusSession::open(m_db);
        QVERIFY(session);
        auto history = session.value()->history();
        QVERIFY(history);
        // Every reported edit is there; at most the one in flight when the signal landed is more.
        QVERIFY(history->size() == reported.size() || history->size() == reported.size() + 1);
        QHash<qint64, QString> newestTitle; // by document, from the log
        for (qsizetype i = 0; i < history->size(); ++i) {
            const Change& change = (*history)[i];
            if (i < reported.size())
                QCOMPARE(change.id, reported[i].changeId);
            QCOMPARE(change.kind, ChangeKind::SetField);
            auto found = session.value()->findDocuments(change.source);
            QVERIFY(found && found->size() == 1);
            newestTitle.insert(found->first().id, change.after.value(QLatin1String("value")).toString());
        }
        for (const Reported& r : reported)
            QVERIFY(newestTitle.contains(r.documentId));
        // Each document says what its newest change says: no edit committed to the log but not the document.
        for (auto it = newestTitle.cbegin(); it != newestTitle.cend(); ++it) {
            auto document = session.value()->document(it.key());
            QVERIFY(document);
            QCOMPARE(document->extraction.title, it.value());
        }
    }
};

QTEST_GUILESS_MAIN(TestDurability)
#include "tst_durability.moc"
