// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The corpus file against what happens to it outside one process: two writers at once, another
// program's SQLite file, a read-only medium, and a window run with --screenshot whose load fails.
// Real processes of the built binaries on real files; the permission cases run as an unprivileged
// user (setpriv to uid 65534) when the suite runs as root, since root ignores file modes.
#include "core/db/database.h"
#include "core/db/migrations.h"
#include "support/processrun.h"
#include "support/sqlprobe.h"
#include "support/testpaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <unistd.h>

namespace {

using Run = littoral::test::ProcessRun;

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

bool setMode(const QString& path, QFile::Permissions mode)
{
    return QFile::setPermissions(path, mode);
}

constexpr QFile::Permissions kOpenFolder = QFile::Permissions::fromInt(0x7777); // rwx for everyone
constexpr QFile::Permissions kReadOnlyFolder = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadUser | QFile::ExeUser
    | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
constexpr QFile::Permissions kReadOnlyFile = QFile::ReadOwner | QFile::ReadUser | QFile::ReadGroup | QFile::ReadOther;
constexpr QFile::Permissions kWritableFile = kReadOnlyFile | QFile::WriteOwner | QFile::WriteUser | QFile::WriteGroup | QFile::WriteOther;

// Values read from a corpus file through a connection of this process.
struct Peek {
    int userVersion = -1;
    qint64 applicationId = -1;
    int documents = -1;
    QStringList sources;
};

Peek peek(const QString& path)
{
    static int s_counter = 0;
    const QString name = QStringLiteral("peek-%1").arg(++s_counter);
    Peek found;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                found.userVersion = q.value(0).toInt();
            if (q.exec(QStringLiteral("PRAGMA application_id")) && q.next())
                found.applicationId = q.value(0).toLongLong();
            if (q.exec(QStringLiteral("SELECT source FROM documents ORDER BY source"))) {
                found.documents = 0;
                while (q.next()) {
                    found.sources.append(q.value(0).toString());
                    ++found.documents;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return found;
}

} // namespace

class TestCorpusFile final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_bin;  // copies of the binaries an unprivileged user can run
    QTemporaryDir m_home; // HOME and XDG folders of the processes started here
    QString m_otherFolder;
    QTemporaryDir m_other;

    static bool asRoot() { return ::geteuid() == 0; }

    QProcessEnvironment environment(const QStringList& extra = {}) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
        for (const QString& assignment : extra)
            env.insert(assignment.section(QLatin1Char('='), 0, 0), assignment.section(QLatin1Char('='), 1));
        return env;
    }

    std::unique_ptr<QProcess> start(const QString& binary, const QStringList& args, bool unprivileged = false,
        const QStringList& env = {}) const
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment(env));
        if (unprivileged && asRoot())
            process->start(QStringLiteral("setpriv"),
                QStringList { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                    m_bin.filePath(binary) }
                    + args);
        else
            process->start(QStringLiteral(LITTORAL_BIN_DIR "/") + binary, args);
        return process;
    }

    static Run finish(QProcess& process, int timeoutMs = 120000)
    {
        return littoral::test::finishProcess(process, timeoutMs);
    }

    Run cli(const QStringList& args, bool unprivileged = false) const
    {
        auto process = start(QStringLiteral("littoral-cli"), args, unprivileged);
        return finish(*process);
    }

    // A corpus of the five sample letters, written by the CLI and closed (no -wal left beside it).
    void makeCorpus(const QString& path) const
    {
        const Run run = cli({ QStringLiteral("import"), QStringLiteral(LITTORAL_SAMPLE_CORPUS_DIR), QStringLiteral("--db"), path });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_bin.isValid() && m_home.isValid() && m_other.isValid());
        // QTemporaryDir makes 0700 folders: open them (and the copies) to the unprivileged user.
        QVERIFY(setMode(m_bin.path(), kReadOnlyFolder));
        QVERIFY(setMode(m_home.path(), kOpenFolder));
        QVERIFY(setMode(m_other.path(), kReadOnlyFolder | QFile::WriteOwner));
        for (const QString& binary : { QStringLiteral("littoral-cli"), QStringLiteral("littoral") }) {
            QVERIFY(QFile::copy(QStringLiteral(LITTORAL_BIN_DIR "/") + binary, m_bin.filePath(binary)));
            QVERIFY(setMode(m_bin.filePath(binary), kReadOnlyFolder));
        }
        // Five letters unlike the sample's, for the second writer.
        m_otherFolder = m_other.filePath(QStringLiteral("letters"));
        QVERIFY(QDir().mkpath(m_otherFolder));
        for (int i = 1; i <= 5; ++i)
            writeFile(m_otherFolder + QStringLiteral("/letter-%1.txt").arg(i),
                QStringLiteral("Calais, le %1 mars 2016\n\nMonsieur le Préfet,\n\nNous vous écrivons au sujet de la lettre %1.\n\n"
                               "Veuillez agréer nos salutations.\n\nL'association\n")
                    .arg(i)
                    .toUtf8());
    }

    // Before the migrations ran under one lock, 18 runs of 20 lost one import ("table documents already
    // exists") and 2 left user_version at 2 under a version-4 schema.
    void twoImports_onOneNewDatabase_bothImportEverything()
    {
        constexpr int kRounds = 20;
        QTemporaryDir dir;
        for (int round = 0; round < kRounds; ++round) {
            const QString db = dir.filePath(QStringLiteral("race-%1.db").arg(round));
            auto first = start(QStringLiteral("littoral-cli"),
                { QStringLiteral("import"), QStringLiteral(LITTORAL_SAMPLE_CORPUS_DIR), QStringLiteral("--db"), db });
            auto second = start(QStringLiteral("littoral-cli"), { QStringLiteral("import"), m_otherFolder, QStringLiteral("--db"), db });
            const Run a = finish(*first);
            const Run b = finish(*second);
            QVERIFY2(a.exitCode == 0, qPrintable(QStringLiteral("round %1: %2").arg(round).arg(QString::fromUtf8(a.err))));
            QVERIFY2(b.exitCode == 0, qPrintable(QStringLiteral("round %1: %2").arg(round).arg(QString::fromUtf8(b.err))));
            const Peek found = peek(db);
            QCOMPARE(found.userVersion, littoral::core::Database::kSchemaVersion);
            QCOMPARE(found.documents, 10);
            for (int i = 1; i <= 5; ++i)
                QVERIFY(found.sources.contains(QStringLiteral("letter-%1.txt").arg(i)));
            QCOMPARE(found.applicationId, qint64(0x4C54524C));
        }
    }

    // The window's open (which migrates) and an import, on one empty file at once.
    void windowAndImport_onOneNewDatabase_bothSucceed()
    {
        constexpr int kRounds = 4;
        QTemporaryDir dir;
        QVERIFY(setMode(dir.path(), kOpenFolder));
        for (int round = 0; round < kRounds; ++round) {
            const QString db = dir.filePath(QStringLiteral("shared-%1.db").arg(round));
            writeFile(db, {}); // an empty file is a new corpus
            auto window = start(QStringLiteral("littoral"),
                { QStringLiteral("--db"), db, QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("shot-%1.png").arg(round)) });
            auto import = start(QStringLiteral("littoral-cli"), { QStringLiteral("import"), m_otherFolder, QStringLiteral("--db"), db });
            const Run imported = finish(*import);
            const Run shown = finish(*window);
            QVERIFY2(imported.exitCode == 0, imported.err.constData());
            QVERIFY2(shown.finished && shown.exitCode == 0, shown.err.constData());
            const Peek found = peek(db);
            QCOMPARE(found.userVersion, littoral::core::Database::kSchemaVersion);
            QCOMPARE(found.documents, 5);
        }
    }

    void import_otherProgramsDatabase_isRefusedUnchanged()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("notes.sqlite"));
        const QString written = littoral::test::writeRawDatabase(db,
            { QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"),
                QStringLiteral("INSERT INTO notes (body) VALUES ('buy bread')") });
        QVERIFY2(written.isEmpty(), qPrintable(written));
        const QByteArray before = fileBytes(db);

        const Run run = cli({ QStringLiteral("import"), QStringLiteral(LITTORAL_SAMPLE_CORPUS_DIR), QStringLiteral("--db"), db });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("not a Littoral corpus") && run.err.contains("notes"), run.err.constData());
        QCOMPARE(fileBytes(db), before); // no table added, still a rollback-journal file (header byte 18 = 1)
        QCOMPARE(before.at(18), char(1));
        QVERIFY(!QFile::exists(db + QStringLiteral("-wal")));
        const Run exported = cli({ QStringLiteral("export"), QStringLiteral("--db"), db });
        QCOMPARE(exported.exitCode, 2);
        QCOMPARE(fileBytes(db), before);
    }

    // A corpus the user may only read (a DVD, a shared folder): export and search work, import is
    // refused with the reason, and nothing beside the file changes.
    void readOnlyCorpus_isExportedAndSearchedNotImported_data()
    {
        QTest::addColumn<bool>("folderWritable");
        QTest::addColumn<QString>("leftBeside"); // "", "shm" (an empty stale -shm), "wal" (uncheckpointed changes)
        QTest::addRow("folder_read_only") << false << QString();
        QTest::addRow("folder_read_only_stale_shm") << false << QStringLiteral("shm");
        QTest::addRow("folder_read_only_with_wal_changes") << false << QStringLiteral("wal");
        QTest::addRow("file_read_only_folder_writable") << true << QString();
    }
    void readOnlyCorpus_isExportedAndSearchedNotImported()
    {
        QFETCH(bool, folderWritable);
        QFETCH(QString, leftBeside);
        QTemporaryDir dir;
        QVERIFY(setMode(dir.path(), kOpenFolder));
        const QString folder = dir.filePath(QStringLiteral("medium"));
        QVERIFY(QDir().mkpath(folder));
        const QString db = folder + QStringLiteral("/corpus.db");
        makeCorpus(db);
        if (QTest::currentTestFailed())
            return;
        QString expectedTitle;
        if (leftBeside == QLatin1String("shm")) {
            writeFile(db + QStringLiteral("-shm"), {});
        } else if (leftBeside == QLatin1String("wal")) {
            // A copy taken while a writer had changes in its -wal: they must be read, not ignored.
            expectedTitle = QStringLiteral("Changed in the WAL");
            const QString copyDir = dir.filePath(QStringLiteral("copy"));
            QVERIFY(QDir().mkpath(copyDir));
            {
                QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("walwriter"));
                raw.setDatabaseName(db);
                QVERIFY(raw.open());
                QSqlQuery q(raw);
                QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
                QVERIFY(q.exec(QStringLiteral("UPDATE documents SET title = '%1' WHERE id = 1").arg(expectedTitle)));
                for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
                    QVERIFY(QFile::copy(db + suffix, copyDir + QStringLiteral("/corpus.db") + suffix));
                raw.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("walwriter"));
            for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
                QFile::remove(db + suffix);
                QVERIFY(QFile::copy(copyDir + QStringLiteral("/corpus.db") + suffix, db + suffix));
            }
            QVERIFY(QFileInfo(db + QStringLiteral("-wal")).size() > 0);
        }
        for (const QString& f : QDir(folder).entryList(QDir::Files))
            QVERIFY(setMode(folder + QLatin1Char('/') + f, kReadOnlyFile));
        QVERIFY(setMode(folder, folderWritable ? kOpenFolder : kReadOnlyFolder));
        const QByteArray before = fileBytes(db);
        const QStringList beside = QDir(folder).entryList(QDir::Files);

        const Run exported = cli({ QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("json") }, true);
        const Run searched = cli({ QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("prefet"), QStringLiteral("--json") }, true);
        const Run imported = cli({ QStringLiteral("import"), m_otherFolder, QStringLiteral("--db"), db }, true);
        setMode(folder, kOpenFolder); // so QTemporaryDir can clean up when not root
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        const QJsonArray documents = QJsonDocument::fromJson(exported.out).object().value(QStringLiteral("documents")).toArray();
        QCOMPARE(documents.size(), 5);
        if (!expectedTitle.isEmpty())
            QVERIFY2(exported.out.contains(expectedTitle.toUtf8()), "the changes in the -wal file were not read");
        QVERIFY2(searched.exitCode == 0, searched.err.constData());
        QVERIFY(!QJsonDocument::fromJson(searched.out).object().value(QStringLiteral("hits")).toArray().isEmpty());
        QCOMPARE(imported.exitCode, 2);
        QVERIFY2(imported.err.contains("read-only") || imported.err.contains("not writable"), imported.err.constData());
        QCOMPARE(fileBytes(db), before);
        if (!folderWritable)
            QCOMPARE(QDir(folder).entryList(QDir::Files), beside);
    }

    // Upgrading writes: a read-only corpus of an older schema is refused with what to do, untouched.
    void readOnlyCorpus_needingAnUpgrade_isRefusedWithTheReason()
    {
        QTemporaryDir dir;
        QVERIFY(setMode(dir.path(), kOpenFolder));
        const QString folder = dir.filePath(QStringLiteral("medium"));
        QVERIFY(QDir().mkpath(folder));
        const QString db = folder + QStringLiteral("/old.db");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
            raw.setDatabaseName(db);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            for (const littoral::core::Migration& step : littoral::core::migrations())
                if (step.version <= 3)
                    for (const QString& statement : step.statements)
                        QVERIFY(q.exec(statement));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 3")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v3"));
        QVERIFY(setMode(db, kReadOnlyFile));
        QVERIFY(setMode(folder, kReadOnlyFolder));
        const QByteArray before = fileBytes(db);
        const Run exported = cli({ QStringLiteral("export"), QStringLiteral("--db"), db }, true);
        setMode(folder, kOpenFolder);
        QCOMPARE(exported.exitCode, 2);
        QVERIFY2(exported.err.contains("schema version 3") && exported.err.contains("cannot be upgraded here"),
            exported.err.constData());
        QCOMPARE(fileBytes(db), before);
    }

    // The window opens such a corpus read-only and says so (on stderr with --screenshot, in its title
    // and status bar otherwise).
    void window_readOnlyCorpus_opensReadOnly()
    {
        QTemporaryDir dir;
        QVERIFY(setMode(dir.path(), kOpenFolder));
        const QString folder = dir.filePath(QStringLiteral("medium"));
        QVERIFY(QDir().mkpath(folder));
        const QString db = folder + QStringLiteral("/corpus.db");
        makeCorpus(db);
        writeFile(db + QStringLiteral("-shm"), {});
        QVERIFY(setMode(db, kReadOnlyFile));
        QVERIFY(setMode(folder, kReadOnlyFolder));
        const QByteArray before = fileBytes(db);
        const QString png = dir.filePath(QStringLiteral("shot.png"));
        auto window = start(QStringLiteral("littoral"), { QStringLiteral("--db"), db, QStringLiteral("--screenshot"), png }, true);
        const Run shown = finish(*window);
        setMode(folder, kOpenFolder);
        QVERIFY2(shown.finished && shown.exitCode == 0, shown.err.constData());
        QVERIFY2(shown.err.contains("is read-only"), shown.err.constData());
        QVERIFY(QFileInfo(png).size() > 0);
        QCOMPARE(fileBytes(db), before);
    }

    // With --screenshot nothing waits for a person: a load that fails prints why and exits 2. Before,
    // these runs never ended (or, for a missing file, created an empty corpus and exited 0).
    void screenshot_failedLoad_exitsWithMessage_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("says");
        QTest::addRow("db_schema_4_without_tables") << QStringLiteral("version4") << QStringLiteral("none of a corpus's tables");
        QTest::addRow("db_missing") << QStringLiteral("missing") << QStringLiteral("does not exist");
        QTest::addRow("db_other_program") << QStringLiteral("foreign") << QStringLiteral("not a Littoral corpus");
        QTest::addRow("corpus_data_folder_under_a_file") << QStringLiteral("dataUnderFile") << QStringLiteral("does not exist");
        QTest::addRow("corpus_data_folder_read_only") << QStringLiteral("dataReadOnly") << QStringLiteral("not writable");
    }
    void screenshot_failedLoad_exitsWithMessage()
    {
        QFETCH(QString, setup);
        QFETCH(QString, says);
        QTemporaryDir dir;
        QVERIFY(setMode(dir.path(), kOpenFolder));
        const QString db = dir.filePath(QStringLiteral("corpus.db"));
        QStringList args;
        QStringList env;
        bool unprivileged = false;
        if (setup == QLatin1String("version4") || setup == QLatin1String("foreign")) {
            const QString written = littoral::test::writeRawDatabase(db,
                { setup == QLatin1String("version4") ? QStringLiteral("PRAGMA user_version = 4")
                                                     : QStringLiteral("CREATE TABLE photos (id, path)") });
            QVERIFY2(written.isEmpty(), qPrintable(written));
        }
        if (setup.startsWith(QLatin1String("data"))) {
            args = { QStringLiteral("--corpus"), QStringLiteral(LITTORAL_SAMPLE_CORPUS_DIR) };
            if (setup == QLatin1String("dataUnderFile")) {
                // A data folder that cannot be created, even by root: its parent is a file.
                writeFile(dir.filePath(QStringLiteral("plain.txt")), "text");
                env << QStringLiteral("XDG_DATA_HOME=") + dir.filePath(QStringLiteral("plain.txt/data"));
            } else {
                const QString data = dir.filePath(QStringLiteral("data"));
                QVERIFY(QDir().mkpath(data + QStringLiteral("/Littoral/Littoral/corpora")));
                for (const QString& sub : { QStringLiteral("/Littoral/Littoral/corpora"), QStringLiteral("/Littoral/Littoral"),
                         QStringLiteral("/Littoral"), QString() })
                    QVERIFY(setMode(data + sub, kReadOnlyFolder));
                env << QStringLiteral("XDG_DATA_HOME=") + data;
                unprivileged = true;
            }
        } else {
            args = { QStringLiteral("--db"), db };
        }
        const QString png = dir.filePath(QStringLiteral("shot.png"));
        auto window = start(QStringLiteral("littoral"), args + QStringList { QStringLiteral("--screenshot"), png }, unprivileged, env);
        const Run shown = finish(*window, 60000);
        if (unprivileged)
            for (const QString& sub : { QString(), QStringLiteral("/Littoral"), QStringLiteral("/Littoral/Littoral"),
                     QStringLiteral("/Littoral/Littoral/corpora") })
                setMode(dir.filePath(QStringLiteral("data")) + sub, kOpenFolder); // so the folder can be removed
        QVERIFY2(shown.finished, "the window never exited");
        QCOMPARE(shown.exitCode, 2);
        QVERIFY2(shown.err.contains(says.toUtf8()), shown.err.constData());
        QVERIFY(!QFile::exists(png));
        if (setup == QLatin1String("missing"))
            QVERIFY(!QFile::exists(db)); // no empty corpus left behind
    }

    // A folder whose name is not UTF-8, given to the window on its command line, is opened by its bytes
    // (Qt decodes argv lossily: it used to say "no such folder").
    void window_corpusNamedNotUtf8_isImported()
    {
        QTemporaryDir dir;
        const QString script = QStringLiteral(
            "d=\"$1/$(printf 'caf\\351')\"; mkdir \"$d\" && cp \"$2\"/*.txt \"$d\"/ && "
            "XDG_DATA_HOME=\"$1/data\" \"$0\" --corpus \"$d\" --screenshot \"$1/shot.png\"; s=$?; rm -rf \"$d\"; exit $s");
        const Run shown = littoral::test::runProcess(QStringLiteral("/bin/sh"),
            { QStringLiteral("-c"), script, QStringLiteral(LITTORAL_BIN_DIR "/littoral"), dir.path(),
                QStringLiteral(LITTORAL_SAMPLE_CORPUS_DIR) },
            120000);
        QVERIFY2(shown.finished && shown.exitCode == 0, shown.err.constData());
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("shot.png"))).size() > 0);
    }
};

QTEST_GUILESS_MAIN(TestCorpusFile)
#include "tst_corpusfile.moc"
