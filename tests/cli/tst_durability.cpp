// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing is lost: a process killed with SIGKILL right after CorpusSession reported an edit, or in the
// middle of a long series of edits, leaves a sound corpus holding every edit it reported.
#include "support/processrun.h"
#include "support/testpaths.h"

#include "core/db/database.h"
#include "core/db/deferredindexes.h"
#include "core/session/corpussession.h"
#include "support/sqlprobe.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QThread>
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

    // A bulk import builds some indexes only at its end (DeferredIndexes). Killed while they are away, it
    // leaves whole transactions and a sound file; the next writer to open the file builds them again,
    // and the next import picks up where the killed one stopped.
    void kill9_duringABulkImport_theIndexesAreBuiltAgain()
    {
        const QString folder = m_dir->filePath(QStringLiteral("letters"));
        QVERIFY(QDir().mkpath(folder));
        QStringList samples = QDir(QStringLiteral(LITTORAL_SAMPLE_CORPUS_DIR)).entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name);
        QVERIFY(!samples.isEmpty());
        constexpr int kLetters = 6000; // seconds of work, so that the kill lands in the middle
        for (int i = 0; i < kLetters; ++i) {
            QFile sample(QStringLiteral(LITTORAL_SAMPLE_CORPUS_DIR "/") + samples[i % samples.size()]);
            QVERIFY(sample.open(QIODevice::ReadOnly));
            QFile copy(folder + QStringLiteral("/%1.txt").arg(i, 5, 10, QLatin1Char('0')));
            QVERIFY(copy.open(QIODevice::WriteOnly));
            copy.write(sample.readAll() + "\nP.S. " + QByteArray::number(i) + "\n"); // distinct: no duplicate
        }
        const QString db = m_dir->filePath(QStringLiteral("bulk.db"));
        const QString lacking = QStringLiteral("SELECT count(*) FROM documents WHERE NOT EXISTS "
                                               "(SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'documents_summary')");
        QProcess importer;
        importer.start(QStringLiteral(LITTORAL_BIN_DIR "/littoral-cli"), { QStringLiteral("import"), folder, QStringLiteral("--db"), db });
        QVERIFY(importer.waitForStarted(30000));
        // Killed once a transaction without the indexes has committed: documents, and no documents_summary.
        int committed = 0;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 120000) {
            if (QFileInfo::exists(db)) {
                auto reader = Database::openExisting(db);
                if (reader)
                    committed = littoral::test::queryInt(reader->connection(), lacking);
            }
            if (committed > 0 || importer.state() != QProcess::Running)
                break;
            QThread::msleep(5);
        }
        ::kill(pid_t(importer.processId()), SIGKILL);
        importer.waitForFinished(30000);
        QVERIFY2(committed > 0 && committed < kLetters, qPrintable(QString::number(committed)));
        QCOMPARE(importer.exitStatus(), QProcess::CrashExit);

        QCOMPARE(integrityCheck(db), QStringLiteral("ok"));
        {
            auto reader = Database::openExisting(db); // a reader changes nothing
            QVERIFY(reader);
            QCOMPARE(DeferredIndexes(*reader).missing().value().size(), DeferredIndexes::definitions().size());
            const int kept = littoral::test::queryInt(reader->connection(), QStringLiteral("SELECT count(*) FROM documents"));
            QVERIFY(kept >= committed);
            // Whole documents only: each has its timeline event.
            QCOMPARE(littoral::test::queryInt(reader->connection(), QStringLiteral("SELECT count(*) FROM events WHERE kind = 'document'")), kept);
        }
        {
            auto writer = Database::open(db);
            QVERIFY(writer);
            QCOMPARE(DeferredIndexes(*writer).missing().value(), QStringList());
        }
        QCOMPARE(integrityCheck(db), QStringLiteral("ok"));
        const auto rest = littoral::test::runCli({ QStringLiteral("import"), folder, QStringLiteral("--db"), db, QStringLiteral("--json") });
        QCOMPARE(rest.exitCode, 0);
        auto reader = Database::openExisting(db);
        QVERIFY(reader);
        QCOMPARE(littoral::test::queryInt(reader->connection(), QStringLiteral("SELECT count(*) FROM documents")), kLetters);
        QCOMPARE(DeferredIndexes(*reader).missing().value(), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestDurability)
#include "tst_durability.moc"
