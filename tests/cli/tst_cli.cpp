// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The littoral-cli contract of DESIGN.md, checked against the built binary on real files.
#include "support/jsonobject.h"
#include "support/processrun.h"
#include "support/testpaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <sys/stat.h>
#include <unistd.h>

namespace {

using Run = littoral::test::ProcessRun;

Run cli(const QStringList& args)
{
    return littoral::test::runCli(args);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// Runs a command line through /bin/sh so arguments can be bytes that are not UTF-8 (QProcess encodes
// QStrings); `script` sees the CLI as $0. With `asNobody`, under root, the CLI runs as an unprivileged
// user, so file permissions bind it as they bind a user (root reads any file).
Run shell(const QString& script, bool asNobody = false, int timeoutMs = 120000)
{
    QStringList args { QStringLiteral("-c"), script, QStringLiteral(LITTORAL_BIN_DIR "/littoral-cli") };
    QString program = QStringLiteral("/bin/sh");
    if (asNobody && ::geteuid() == 0) {
        args = QStringList { QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"), QStringLiteral("--clear-groups"),
                   QStringLiteral("/bin/sh") }
            + args;
        program = QStringLiteral("setpriv");
    }
    return littoral::test::runProcess(program, args, timeoutMs);
}

QString quoted(const QString& path)
{
    return QLatin1Char('\'') + QString(path).replace(QLatin1Char('\''), QStringLiteral("'\\''")) + QLatin1Char('\'');
}

int documentCount(const QString& db)
{
    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
    raw.setDatabaseName(db);
    int n = -1;
    if (raw.open()) {
        QSqlQuery q(raw);
        if (q.exec(QStringLiteral("SELECT count(*) FROM documents")) && q.next())
            n = q.value(0).toInt();
    }
    raw = {};
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return n;
}

} // namespace

class TestCli final : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir; // a new one for each test function: none relies on another
    QString path(const QString& name) const { return m_dir->filePath(name); }

    // The sample corpus imported by the CLI into this test function's own sample.db; empty on failure.
    QString sampleDatabase() const
    {
        const QString db = path(QStringLiteral("sample.db"));
        if (!QFile::exists(db)) {
            const Run imported = cli({ QStringLiteral("import"), QStringLiteral(LITTORAL_SAMPLE_CORPUS_DIR), QStringLiteral("--db"), db });
            if (imported.exitCode != 0 || !imported.out.contains("5 imported"))
                return {};
        }
        return db;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void import_sampleCorpus_exportHasTheArchivistsDates()
    {
        const QString db = path(QStringLiteral("sample.db"));
        const Run imported = cli({ QStringLiteral("import"), QStringLiteral(LITTORAL_SAMPLE_CORPUS_DIR), QStringLiteral("--db"), db });
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.out.contains("5 imported"), imported.out.constData());

        const Run exported = cli({ QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(exported.exitCode, 0);
        const QJsonObject root = littoral::test::parseJsonObject(exported.out);
        QCOMPARE(root.value(QStringLiteral("schema")).toString(), QStringLiteral("littoral-export/1"));
        const QJsonArray documents = root.value(QStringLiteral("documents")).toArray();
        QCOMPARE(documents.size(), 5);

        QFile seedsFile(QStringLiteral(LITTORAL_TEST_DATA_DIR "/seeds.json"));
        QVERIFY(seedsFile.open(QIODevice::ReadOnly));
        const QJsonArray seeds = QJsonDocument::fromJson(seedsFile.readAll()).array();
        QCOMPARE(seeds.size(), 5);
        for (const QJsonValue& seed : seeds) {
            const QString file = seed[QStringLiteral("file")].toString();
            const auto it = std::find_if(documents.begin(), documents.end(),
                [&](const QJsonValue& d) { return d[QStringLiteral("source")].toString() == file; });
            QVERIFY2(it != documents.end(), qPrintable(file));
            const QJsonObject doc = it->toObject();
            QCOMPARE(doc[QStringLiteral("date")][QStringLiteral("edtf")].toString(), seed[QStringLiteral("date")].toString());
            QCOMPARE(doc[QStringLiteral("type")].toString(), seed[QStringLiteral("type")].toString());
            QCOMPARE(doc[QStringLiteral("language")].toString(), seed[QStringLiteral("language")].toString());
            QCOMPARE(doc[QStringLiteral("sha256")].toString().size(), 64);
            QVERIFY(!doc[QStringLiteral("participants")].toArray().isEmpty());
        }
    }

    void export_toFile_writesTheSameJsonAsStdout()
    {
        const QString db = sampleDatabase();
        QVERIFY(!db.isEmpty());
        const QString out = path(QStringLiteral("export.json"));
        QCOMPARE(cli({ QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("json"),
                          QStringLiteral("-o"), out })
                     .exitCode,
            0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Run exported = cli({ QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(file.readAll(), exported.out);
    }

    void import_sameFolderAgain_changesNothing()
    {
        const QString db = sampleDatabase();
        QVERIFY(!db.isEmpty());
        const Run again = cli({ QStringLiteral("import"), QStringLiteral(LITTORAL_SAMPLE_CORPUS_DIR), QStringLiteral("--db"), db,
            QStringLiteral("--json") });
        QCOMPARE(again.exitCode, 0);
        const QJsonObject report = littoral::test::parseJsonObject(again.out);
        QCOMPARE(report[QStringLiteral("imported")].toInt(), 0);
        QCOMPARE(report[QStringLiteral("unchanged")].toInt(), 5);
    }

    void search_withAndWithoutAccents_findTheSameDocuments()
    {
        const QString db = sampleDatabase();
        QVERIFY(!db.isEmpty());
        const Run plain = cli({ QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("prefet"), QStringLiteral("--json") });
        const Run accented = cli({ QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("Préfet"), QStringLiteral("--json") });
        QCOMPARE(plain.exitCode, 0);
        QCOMPARE(accented.exitCode, 0);
        const QJsonArray a = littoral::test::parseJsonObject(plain.out)[QStringLiteral("hits")].toArray();
        const QJsonArray b = littoral::test::parseJsonObject(accented.out)[QStringLiteral("hits")].toArray();
        QVERIFY(!a.isEmpty());
        QCOMPARE(a.size(), b.size());
        for (qsizetype i = 0; i < a.size(); ++i)
            QCOMPARE(a[i][QStringLiteral("source")].toString(), b[i][QStringLiteral("source")].toString());
        QVERIFY(a[0][QStringLiteral("snippet")].toString().contains(QStringLiteral("<mark>Préfet</mark>")));
    }

    void search_unbalancedQuote_isAGentleUsageError()
    {
        const QString db = sampleDatabase();
        QVERIFY(!db.isEmpty());
        const Run run = cli({ QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("\"jungle") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("quote"), run.err.constData());
    }

    void import_badFiles_areReportedAndTheRestImported()
    {
        const QString folder = path(QStringLiteral("mixed"));
        QVERIFY(QDir().mkpath(folder));
        writeFile(folder + QStringLiteral("/empty.txt"), {});
        writeFile(folder + QStringLiteral("/image.txt"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + QByteArray(64, '\0'));
        writeFile(folder + QStringLiteral("/letter.txt"), "Paris, le 3 mars 2016\n\nMonsieur le Maire,\n\nBonne lecture.\n");
        writeFile(folder + QStringLiteral("/copy.txt"), "Paris, le 3 mars 2016\n\nMonsieur le Maire,\n\nBonne lecture.\n");
        const QString db = path(QStringLiteral("mixed.db"));
        const Run run = cli({ QStringLiteral("import"), folder, QStringLiteral("--db"), db, QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject report = littoral::test::parseJsonObject(run.out);
        QCOMPARE(report[QStringLiteral("imported")].toInt(), 1);
        QCOMPARE(report[QStringLiteral("rejected")].toInt(), 2);
        QCOMPARE(report[QStringLiteral("duplicates")].toInt(), 1);
        QStringList reasons;
        for (const QJsonValue& p : report[QStringLiteral("problems")].toArray())
            reasons << p[QStringLiteral("source")].toString() + QLatin1Char('=')
                    + (p[QStringLiteral("reason")].toString().isEmpty() ? p[QStringLiteral("duplicate_of")].toString()
                                                                        : p[QStringLiteral("reason")].toString());
        QCOMPARE(reasons.size(), 3);
        const QString all = reasons.join(QLatin1Char(' '));
        // Sorted file order makes copy.txt the first copy, so letter.txt is its duplicate.
        QVERIFY2(reasons.contains(QStringLiteral("letter.txt=copy.txt")), qPrintable(all));
        QVERIFY2(reasons.contains(QStringLiteral("empty.txt=empty file (0 bytes)")), qPrintable(all));
        QVERIFY2(reasons.contains(QStringLiteral("image.txt=binary file (PNG image)")), qPrintable(all));

        // The export carries the same rejections and duplicates.
        const QJsonObject exported = littoral::test::parseJsonObject(
            cli({ QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("json") }).out);
        QCOMPARE(exported[QStringLiteral("rejected")].toArray().size(), 2);
        QCOMPARE(exported[QStringLiteral("duplicates")].toArray().size(), 1);
    }

    void import_missingFolder_isAUsageError()
    {
        const Run run = cli({ QStringLiteral("import"), path(QStringLiteral("no-such-folder")), QStringLiteral("--db"),
            path(QStringLiteral("x.db")) });
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("no such file or folder"));
        QVERIFY(!QFile::exists(path(QStringLiteral("x.db"))));
    }

    void export_missingDatabase_isADatabaseError()
    {
        const Run run = cli({ QStringLiteral("export"), QStringLiteral("--db"), path(QStringLiteral("missing.db")), QStringLiteral("--format"),
            QStringLiteral("json") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("does not exist"));
    }

    void import_corruptDatabase_isADatabaseError()
    {
        const QString db = path(QStringLiteral("corrupt.db"));
        writeFile(db, QByteArray("this is not a database, just some text that is long enough to look like a header").repeated(20));
        const Run run = cli({ QStringLiteral("import"), QStringLiteral(LITTORAL_SAMPLE_CORPUS_DIR), QStringLiteral("--db"), db });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(!run.err.isEmpty(), "a corrupt database must be explained");
    }

    void import_databaseFromANewerLittoral_isRefused()
    {
        const QString db = path(QStringLiteral("newer.db"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            raw.setDatabaseName(db);
            QVERIFY(raw.open());
            QSqlQuery(raw).exec(QStringLiteral("PRAGMA user_version = 999"));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        const Run run = cli({ QStringLiteral("import"), QStringLiteral(LITTORAL_SAMPLE_CORPUS_DIR), QStringLiteral("--db"), db });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("newer"), run.err.constData());
    }

    void noCommand_isAUsageError()
    {
        QCOMPARE(cli({}).exitCode, 1);
        const Run unknown = cli({ QStringLiteral("frobnicate") });
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("unknown command 'frobnicate'"), unknown.err.constData());
        const QString db = sampleDatabase();
        QVERIFY(!db.isEmpty());
        QCOMPARE(cli({ QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("xml") })
                     .exitCode,
            1);
    }

    // Import 6 files, make one file and one folder unreadable, import again: nothing is removed, and
    // each is named. Run as an unprivileged user, so the permissions bind under root as well.
    void import_unreadableFileAndFolder_keepTheirDocumentsAndAreReported()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther | QFileDevice::ReadGroup
                | QFileDevice::WriteGroup | QFileDevice::ExeGroup));
        const QString folder = dir.filePath(QStringLiteral("in"));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/sub")));
        for (const char* name : { "a", "b", "c", "d", "e", "sub/f" })
            writeFile(folder + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".txt"),
                QByteArray("Lettre ") + name + " du 3 mars 2016 au sujet de Calais.\n");
        const QString db = dir.filePath(QStringLiteral("c.db"));
        const QString import = QStringLiteral("\"$0\" import %1 --db %2").arg(quoted(folder), quoted(db));
        const Run first = shell(import, true);
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.out.contains("6 imported"), first.out.constData());

        QVERIFY(::chmod(QFile::encodeName(folder + QStringLiteral("/c.txt")).constData(), 0) == 0);
        QVERIFY(::chmod(QFile::encodeName(folder + QStringLiteral("/sub")).constData(), 0) == 0);
        // The precondition: as that user, the file really cannot be read.
        QCOMPARE(shell(QStringLiteral("cat %1").arg(quoted(folder + QStringLiteral("/c.txt"))), true).exitCode, 1);

        const Run second = shell(import, true);
        QVERIFY(::chmod(QFile::encodeName(folder + QStringLiteral("/sub")).constData(), 0755) == 0);
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.out.contains("0 imported, 0 updated, 4 unchanged, 0 rejected, 0 duplicates, 1 kept"), second.out.constData());
        QVERIFY2(second.out.contains("1 folder skipped"), second.out.constData());
        QVERIFY2(second.err.contains("kept: c.txt: unreadable (Permission denied)"), second.err.constData());
        QVERIFY2(second.err.contains("skipped: sub/: unreadable folder (Permission denied)"), second.err.constData());
        QCOMPARE(documentCount(db), 6);
    }

    // A deleted file is reported as gone; its document goes only with --prune.
    void import_goneFile_isKeptUntilPrune()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("in"));
        QVERIFY(QDir().mkpath(folder));
        for (const char* name : { "a", "b", "c" })
            writeFile(folder + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".txt"), QByteArray("Texte ") + name + ".\n");
        const QString db = dir.filePath(QStringLiteral("c.db"));
        QCOMPARE(cli({ QStringLiteral("import"), folder, QStringLiteral("--db"), db }).exitCode, 0);
        QVERIFY(QFile::remove(folder + QStringLiteral("/b.txt")));

        const Run kept = cli({ QStringLiteral("import"), folder, QStringLiteral("--db"), db });
        QCOMPARE(kept.exitCode, 0);
        QVERIFY2(kept.out.contains("2 unchanged, 0 rejected, 0 duplicates, 1 gone (kept; --prune removes it)"), kept.out.constData());
        QVERIFY2(kept.err.contains("gone: b.txt: file no longer exists"), kept.err.constData());
        QCOMPARE(documentCount(db), 3);

        const Run pruned = cli({ QStringLiteral("import"), folder, QStringLiteral("--db"), db, QStringLiteral("--prune"), QStringLiteral("--json") });
        QCOMPARE(pruned.exitCode, 0);
        const QJsonObject report = littoral::test::parseJsonObject(pruned.out);
        QCOMPARE(report[QStringLiteral("gone")].toInt(), 1);
        QCOMPARE(report[QStringLiteral("removed")].toInt(), 1);
        QCOMPARE(report[QStringLiteral("problems")].toArray().first()[QStringLiteral("status")].toString(), QStringLiteral("gone"));
        QCOMPARE(documentCount(db), 2);
    }

    // A FIFO named on the command line is reported, not waited on; a file name that is not UTF-8 is
    // found and imported.
    void import_fifoAndNonUtf8NameGivenDirectly()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("x.txt"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0644), 0);
        const QString db = dir.filePath(QStringLiteral("c.db"));
        const Run run = shell(QStringLiteral("\"$0\" import %1 --db %2").arg(quoted(fifo), quoted(db)), false, 20000);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains("rejected: x.txt: not a regular file (FIFO)"), run.err.constData());

        const Run named = shell(QStringLiteral("cd %1 && printf 'Lettre du pr\\351fet.\\n' > \"$(printf 'caf\\351.txt')\" && "
                                               "\"$0\" import \"$(printf 'caf\\351.txt')\" --db %2 --json")
                                    .arg(quoted(dir.path()), quoted(db)));
        QCOMPARE(named.exitCode, 0);
        const QJsonObject report = littoral::test::parseJsonObject(named.out);
        QCOMPARE(report[QStringLiteral("imported")].toInt(), 1);
        QCOMPARE(report[QStringLiteral("rejected")].toInt(), 0);
        const QJsonObject exported = littoral::test::parseJsonObject(
            cli({ QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("json") }).out);
        const QJsonArray documents = exported[QStringLiteral("documents")].toArray();
        QCOMPARE(documents.size(), 1);
        QCOMPARE(documents.first()[QStringLiteral("source")].toString(), QStringLiteral(u"caf\u00e9.txt"));
        QCOMPARE(exported[QStringLiteral("rejected")].toArray().first()[QStringLiteral("reason")].toString(),
            QStringLiteral("not a regular file (FIFO)"));
        // QTemporaryDir lists with Qt, which does not see this name.
        QCOMPARE(::unlink(QByteArray(QFile::encodeName(dir.path()) + "/caf\xE9.txt").constData()), 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
