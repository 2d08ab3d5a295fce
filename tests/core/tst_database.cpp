// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/sqlprobe.h"
#include "core/db/changerepository.h"
#include "core/db/database.h"
#include "core/db/documentrepository.h"
#include "core/db/importissuerepository.h"
#include "core/db/migrations.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace littoral::core;

namespace {

QVariant pragma(const Database& db, const QString& name)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
        return {};
    return query.value(0);
}

QStringList schemaObjects(const Database& db)
{
    QSqlQuery query(db.connection());
    QStringList names;
    if (query.exec(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table', 'index', 'trigger') "
                           "AND name NOT LIKE 'sqlite_%' ORDER BY name")))
        while (query.next())
            names.append(query.value(0).toString());
    return names;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Writes a file as a Littoral of the past left it: the statements of schema steps 1..built run on a
// raw connection (none of Database's repairs), then user_version set to `claimed`. With rerunStep2, step
// 2 runs once more over the finished schema, which is what the second of two racing imports did
// before migrations ran under one lock. One document row is added so the test sees it kept.
void writeHalfMigrated(const QString& path, int built, int claimed, bool rerunStep2)
{
    const QString name = QStringLiteral("half-migrated");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        for (const Migration& step : migrations())
            if (step.version <= built)
                for (const QString& statement : step.statements)
                    QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
        if (rerunStep2)
            for (const QString& statement : migrations().at(1).statements)
                QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO documents (source_path, source, file_name, sha256, title, text, imported_at) "
                                      "VALUES ('/c/a.txt', 'a.txt', 'a.txt', 'abc', 'Lettre', 'Madame la Maire', '2026-01-01')")));
        // From schema 4 on, the writer indexed its documents itself (no trigger): an unindexed row
        // is a damaged full-text index, which the first update of the row reports as malformed.
        if (built >= 4)
            QVERIFY(q.exec(QStringLiteral("INSERT INTO documents_fts (rowid, title, text) SELECT id, title, text FROM documents")));
        // Its writer, with the columns participants had in schema 1.
        QVERIFY(q.exec(QStringLiteral("INSERT INTO correspondents (kind, name, key) VALUES ('person', 'Natacha Bouchart', 'p:natacha bouchart')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO participants (document_id, correspondent_id, role, name, evidence, position) "
                                      "SELECT d.id, c.id, 'sender', 'Natacha Bouchart', 'Natacha Bouchart', 0 FROM documents d, correspondents c")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(claimed)));
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QStringList freshSchemaObjects()
{
    auto db = Database::open(QStringLiteral(":memory:"));
    return db ? schemaObjects(*db) : QStringList();
}

} // namespace

class TestDatabase final : public QObject {
    Q_OBJECT
    // Runs one function of this test binary as the user "nobody" in a child process (root only).
    static bool passesUnprivileged(const QString& function)
    {
        QProcess child;
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QStringLiteral("setpriv"),
            { QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"), QStringLiteral("--clear-groups"),
                QCoreApplication::applicationFilePath(), function });
        if (!child.waitForFinished(60000)) {
            qWarning("setpriv did not finish: %s", qPrintable(child.errorString()));
            return false;
        }
        const QByteArray out = child.readAll();
        const QByteArray passed = "PASS   : " + QByteArray(staticMetaObject.className()) + "::" + function.toUtf8() + "()";
        if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0 || !out.contains(passed) || out.contains("SKIP")) {
            qWarning("as nobody:\n%s", out.constData());
            return false;
        }
        return true;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void open_newFile_migratesToCurrentSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("corpus.db"));
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().detail));
        QCOMPARE(db->schemaVersion(), Database::kSchemaVersion);
        QCOMPARE(pragma(*db, QStringLiteral("user_version")).toInt(), Database::kSchemaVersion);
        const QStringList objects = schemaObjects(*db);
        for (const char* table : { "documents", "correspondents", "aliases", "participants", "events",
                 "changes", "original_extractions", "correspondent_redirects", "import_issues", "documents_fts", "documents_sha256", "documents_date",
                 "participants_document", "participants_correspondent", "documents_fts_update", "documents_fts_delete",
                 "documents_summary", "participants_unknown_confidence" })
            QVERIFY2(objects.contains(QLatin1String(table)), table);
        // Version 4: DocumentRepository indexes new documents itself (one segment per document otherwise).
        QVERIFY(!objects.contains(QLatin1String("documents_fts_insert")));
        QVERIFY(QFile::exists(path));
    }

    void open_emptyExistingFile_migrates()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.db"));
        writeFile(path, {});
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().detail));
        QCOMPARE(db->schemaVersion(), Database::kSchemaVersion);
    }

    void open_inMemory_migrates()
    {
        auto db = Database::open(QStringLiteral(":memory:"));
        QVERIFY2(db, qPrintable(db ? QString() : db.error().detail));
        QCOMPARE(db->schemaVersion(), Database::kSchemaVersion);
    }

    void reopen_migratedFile_isNoOpAndKeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("corpus.db"));
        QStringList before;
        {
            auto db = Database::open(path);
            QVERIFY(db);
            QSqlQuery insert(db->connection());
            QVERIFY(insert.exec(
                QStringLiteral("INSERT INTO changes (at, kind) VALUES ('2020-01-01', 'set_field')")));
            before = schemaObjects(*db);
        }
        auto db = Database::open(path);
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), Database::kSchemaVersion);
        QCOMPARE(schemaObjects(*db), before);
        QCOMPARE(littoral::test::queryInt(db->connection(), QStringLiteral("SELECT count(*) FROM changes")), 1);
    }

    void open_versionOneDatabase_migratesAndKeepsItsImportIssues()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.db"));
        {
            // A corpus written by schema version 1, with one rejected file on record.
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            for (const QString& statement : migrations().first().statements)
                QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO import_issues (source, kind, reason, seen_at) "
                                          "VALUES ('x.txt', 'rejected', 'empty file', '2026-01-01T00:00:00Z')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));

        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().detail));
        QCOMPARE(db->schemaVersion(), Database::kSchemaVersion);
        auto issues = ImportIssueRepository(*db).list();
        QVERIFY(issues);
        QCOMPARE(issues->size(), 1);
        QCOMPARE(issues->at(0).source, QStringLiteral("x.txt"));
        QCOMPARE(issues->at(0).reason, QStringLiteral("empty file"));
    }

    // Version 10 lets the documents table take 'email' by editing its SQL in place: a rebuild of the
    // table would, under foreign_keys = ON, have deleted every participant with the old rows.
    void open_versionNineDatabase_keepsEveryRowAndAcceptsEmail()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v9.db"));
        writeHalfMigrated(path, 9, 9, false);
        if (QTest::currentTestFailed())
            return;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v9"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO changes (at, kind, source_path, source, sha256, before, after) VALUES "
                                          "('2026-01-02T00:00:00.000Z', 'set_field', '/c/a.txt', 'a.txt', 'abc', "
                                          "'{\"field\":\"date\",\"value\":\"\"}', '{\"field\":\"date\",\"value\":\"2016-10\"}')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO events (document_id, kind, label, position) SELECT id, 'document', 'Lettre', 0 FROM documents")));
            // Before version 10, the type check refuses an e-mail.
            QVERIFY(!q.exec(QStringLiteral("UPDATE documents SET type = 'email'")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v9"));

        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().detail));
        QCOMPARE(db->schemaVersion(), 10);
        const auto count = [&](const char* sql) { return littoral::test::queryInt(db->connection(), QString::fromLatin1(sql)); };
        QCOMPARE(count("SELECT count(*) FROM documents"), 1);
        QCOMPARE(count("SELECT count(*) FROM participants"), 1);
        QCOMPARE(count("SELECT count(*) FROM correspondents"), 1);
        QCOMPARE(count("SELECT count(*) FROM events"), 1);
        QCOMPARE(count("SELECT count(*) FROM changes"), 1);
        QCOMPARE(count("SELECT count(*) FROM documents WHERE format = 'text' AND ocr = 0"), 1);
        QCOMPARE(pragma(*db, QStringLiteral("integrity_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(pragma(*db, QStringLiteral("writable_schema")).toInt(), 0);

        QSqlQuery q(db->connection());
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO documents (source_path, source, file_name, sha256, type, format, imported_at) "
                                       "VALUES ('/c/m.eml', 'm.eml', 'm.eml', 'def', 'email', 'email', '2026-01-03')")),
            qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(QStringLiteral("UPDATE documents SET type = 'memo' WHERE source = 'm.eml'"))); // still checked
        QCOMPARE(count("SELECT count(*) FROM documents WHERE type = 'email'"), 1);
        // Deleting a document still cascades to its participants (the foreign keys survived the edit).
        QVERIFY(q.exec(QStringLiteral("DELETE FROM documents WHERE source = 'a.txt'")));
        QCOMPARE(count("SELECT count(*) FROM participants"), 0);
        db = Database::open(path); // opens again without migrating
        QVERIFY(db);
        QCOMPARE(pragma(*db, QStringLiteral("integrity_check")).toString(), QStringLiteral("ok"));
    }

    // Version 7 folds the field edits of versions 1-6 into the change log, naming their document's file.
    void open_versionSixDatabase_movesItsEditsIntoTheChangeLog()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v6.db"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v6"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            for (const Migration& migration : migrations())
                if (migration.version <= 6)
                    for (const QString& statement : migration.statements)
                        QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO documents (source_path, source, file_name, sha256, imported_at) "
                                          "VALUES ('/in/a.txt', 'a.txt', 'a.txt', 'abc', '2026-01-01T00:00:00Z')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO edits (document_sha256, field, old_value, new_value, created_at) "
                                          "VALUES ('abc', 'date', '2016', '2016-10', '2026-01-02T00:00:00.000Z')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 6")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v6"));

        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().detail));
        QCOMPARE(db->schemaVersion(), Database::kSchemaVersion);
        auto changes = ChangeRepository(*db).all();
        QVERIFY(changes);
        QCOMPARE(changes->size(), 1);
        const Change change = changes->first();
        QCOMPARE(change.kind, ChangeKind::SetField);
        QCOMPARE(change.sourcePath, QStringLiteral("/in/a.txt"));
        QCOMPARE(change.sha256, QStringLiteral("abc"));
        QCOMPARE(change.beforeText(), QStringLiteral("2016"));
        QCOMPARE(change.afterText(), QStringLiteral("2016-10"));
        QCOMPARE(change.at, QDateTime(QDate(2026, 1, 2), QTime(0, 0), Qt::UTC));
        QVERIFY(!schemaObjects(*db).contains(QLatin1String("edits")));
    }

    void open_newerSchema_isRefusedAsSchemaTooNew()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.db"));
        {
            auto db = Database::open(path);
            QVERIFY(db);
            QSqlQuery query(db->connection());
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::kSchemaVersion + 1)));
        }
        auto db = Database::open(path);
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::SchemaTooNew);
        QVERIFY2(db.error().detail.contains(QLatin1String("newer Littoral")), qPrintable(db.error().detail));
        QVERIFY(db.error().detail.contains(path));

        auto readOnly = Database::openExisting(path);
        QVERIFY(!readOnly);
        QCOMPARE(readOnly.error().code, ErrorCode::SchemaTooNew);
    }

    void open_notADatabase_isDatabaseCorrupt_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addRow("short_text") << QByteArray("this is a letter, not a database\n");
        QTest::addRow("long_text") << QByteArray("Madame la Maire,\n").repeated(400);
        QByteArray header("SQLite format 3");
        header.append('\0');
        QTest::addRow("damaged_header") << header + QByteArray(84, '\xff') + QByteArray(4000, 'x');
    }
    void open_notADatabase_isDatabaseCorrupt()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("letter.db"));
        writeFile(path, bytes);
        auto db = Database::open(path);
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::DatabaseCorrupt);
        QVERIFY2(db.error().detail.contains(path), qPrintable(db.error().detail));
        // The file is left as it was: never "repaired" into a corpus.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), bytes);
    }

    void open_unwritablePath_isDatabaseOpen_data()
    {
        QTest::addColumn<QString>("relativePath");
        QTest::addRow("parent_is_a_file") << QStringLiteral("plain.txt/corpus.db");
        QTest::addRow("missing_folder") << QStringLiteral("no/such/folder/corpus.db");
        QTest::addRow("path_is_a_folder") << QStringLiteral("folder");
    }
    void open_unwritablePath_isDatabaseOpen()
    {
        QFETCH(QString, relativePath);
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("plain.txt")), "text");
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
        const QString path = dir.filePath(relativePath);
        auto db = Database::open(path);
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::DatabaseOpen);
        QVERIFY2(db.error().detail.contains(path), qPrintable(db.error().detail));
    }

    void open_readOnlyFolder_isDatabaseOpen()
    {
        if (::geteuid() == 0) {
            // Root writes into read-only folders (and CI runs as root): this very test, run again as
            // an unprivileged user, must pass there rather than be skipped.
            QVERIFY(passesUnprivileged(QStringLiteral("open_readOnlyFolder_isDatabaseOpen")));
            return;
        }
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("locked")));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        const QString path = folder + QStringLiteral("/corpus.db");
        auto db = Database::open(path);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::DatabaseOpen);
        QVERIFY(db.error().detail.contains(path));
    }

    void connection_enforcesForeignKeys()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("corpus.db")));
        QVERIFY(db);
        QCOMPARE(pragma(*db, QStringLiteral("foreign_keys")).toInt(), 1);
        QSqlQuery orphan(db->connection());
        QVERIFY(!orphan.exec(
            QStringLiteral("INSERT INTO participants (document_id, correspondent_id, role, name, "
                           "position) VALUES (42, 42, 'sender', 'Nobody', 0)")));
    }

    void connection_usesWalAndNormalSync()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("corpus.db")));
        QVERIFY(db);
        QCOMPARE(pragma(*db, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(pragma(*db, QStringLiteral("synchronous")).toInt(), 1); // NORMAL
        QVERIFY(pragma(*db, QStringLiteral("busy_timeout")).toInt() > 0);
    }

    void transaction_failingBody_rollsBack()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("corpus.db")));
        QVERIFY(db);
        const quint64 rollbacks = db->rollbackCount();
        auto outcome = db->transaction([&]() -> Result<void> {
            QSqlQuery insert(db->connection());
            if (!insert.exec(
                    QStringLiteral("INSERT INTO changes (at, kind) VALUES ('2020-01-01', 'set_field')")))
                return fail(ErrorCode::Sql, insert.lastError().text());
            return fail(ErrorCode::Cancelled, QStringLiteral("changed my mind"));
        });
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().code, ErrorCode::Cancelled);
        QVERIFY(!db->inTransaction());
        QCOMPARE(db->rollbackCount(), rollbacks + 1);
        QCOMPARE(littoral::test::queryInt(db->connection(), QStringLiteral("SELECT count(*) FROM changes")), 0);
    }

    void transaction_succeedingBody_commits()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("corpus.db"));
        {
            auto db = Database::open(path);
            QVERIFY(db);
            auto outcome = db->transaction([&]() -> Result<void> {
                QSqlQuery insert(db->connection());
                if (!insert.exec(
                        QStringLiteral("INSERT INTO changes (at, kind) VALUES ('2020-01-01', 'set_field')")))
                    return fail(ErrorCode::Sql, insert.lastError().text());
                return {};
            });
            QVERIFY(outcome);
        }
        auto other = Database::openExisting(path);
        QVERIFY2(other, qPrintable(other ? QString() : other.error().detail));
        QCOMPARE(littoral::test::queryInt(other->connection(), QStringLiteral("SELECT count(*) FROM changes")), 1);
    }

    void openExisting_missingFile_isNotFound()
    {
        QTemporaryDir dir;
        auto db = Database::openExisting(dir.filePath(QStringLiteral("nothing.db")));
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::NotFound);
    }

    void openExisting_isReadOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("corpus.db"));
        QVERIFY(Database::open(path));
        auto db = Database::openExisting(path);
        QVERIFY(db);
        QSqlQuery insert(db->connection());
        QVERIFY(
            !insert.exec(QStringLiteral("INSERT INTO changes (at, kind) VALUES ('2020-01-01', 'set_field')")));
    }

    void twoDatabases_onOneFile_haveSeparateConnections()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("corpus.db"));
        auto first = Database::open(path);
        auto second = Database::open(path);
        QVERIFY(first && second);
        QVERIFY(first->connection().connectionName() != second->connection().connectionName());
        QCOMPARE(second->schemaVersion(), Database::kSchemaVersion);
    }

    // Two imports creating one file at once used to leave it at user_version 2 (or 1, or 3) with a later
    // schema's objects, after which every command failed ("index documents_summary already exists").
    void open_halfMigratedFile_isRepaired_data()
    {
        QTest::addColumn<int>("built");
        QTest::addColumn<int>("claimed");
        QTest::addColumn<bool>("rerunStep2");
        QTest::addRow("v2_over_v4_after_race") << 4 << 2 << true;
        QTest::addRow("v2_with_v4_objects") << 4 << 2 << false;
        QTest::addRow("v1_with_v4_objects") << 4 << 1 << false;
        QTest::addRow("v3_without_insert_trigger") << 4 << 3 << false;
        QTest::addRow("v2_with_v3_objects") << 3 << 2 << false;
        QTest::addRow("v1_with_v2_objects") << 2 << 1 << false;
        QTest::addRow("v1_with_v3_objects") << 3 << 1 << false;
        QTest::addRow("v4_with_v5_objects") << 5 << 4 << false;
        QTest::addRow("v5_with_v6_objects") << 6 << 5 << false;
        QTest::addRow("v4_with_v6_objects") << 6 << 4 << false;
        QTest::addRow("v2_honest") << 2 << 2 << false;
    }
    void open_halfMigratedFile_isRepaired()
    {
        QFETCH(int, built);
        QFETCH(int, claimed);
        QFETCH(bool, rerunStep2);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("half.db"));
        writeHalfMigrated(path, built, claimed, rerunStep2);
        if (QTest::currentTestFailed())
            return;

        // A reader cannot repair: below the oldest schema it reads, it says what is needed instead of
        // failing on a missing object later.
        {
            auto reader = Database::openExisting(path);
            if (claimed < Database::kOldestReadableVersion) {
                QVERIFY(!reader);
                QVERIFY2(reader.error().detail.contains(QStringLiteral("schema version %1").arg(claimed)),
                    qPrintable(reader.error().detail));
            } else {
                QVERIFY2(reader, qPrintable(reader ? QString() : reader.error().detail));
            }
        }

        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().detail));
        QCOMPARE(pragma(*db, QStringLiteral("user_version")).toInt(), Database::kSchemaVersion);
        QCOMPARE(pragma(*db, QStringLiteral("application_id")).toInt(), Database::kApplicationId);
        QCOMPARE(schemaObjects(*db), freshSchemaObjects());
        QCOMPARE(littoral::test::queryInt(db->connection(), QStringLiteral("SELECT count(*) FROM documents WHERE title = 'Lettre'")), 1);
        QCOMPARE(pragma(*db, QStringLiteral("integrity_check")).toString(), QStringLiteral("ok"));
        auto issues = ImportIssueRepository(*db).list();
        QVERIFY2(issues, qPrintable(issues ? QString() : issues.error().detail));
        db = Database::open(path); // and it stays repaired
        QVERIFY(db);
    }

    void open_newFile_carriesTheApplicationId()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("corpus.db"));
        QVERIFY(Database::open(path));
        const QByteArray header = fileBytes(path).left(72);
        QCOMPARE(header.mid(68, 4), QByteArray("LTRL")); // the header stores it big-endian at offset 68
    }

    // A corpus of schema 1-4 has no application id: it is recognised by its tables, read as it is, and
    // marked the next time it is opened for writing.
    void open_corpusWithoutApplicationId_isRecognisedAndMarked()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        writeHalfMigrated(path, Database::kSchemaVersion, Database::kSchemaVersion, false);
        {
            auto reader = Database::openExisting(path);
            QVERIFY2(reader, qPrintable(reader ? QString() : reader.error().detail));
            QCOMPARE(pragma(*reader, QStringLiteral("application_id")).toInt(), 0);
        }
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().detail));
        QCOMPARE(pragma(*db, QStringLiteral("application_id")).toInt(), Database::kApplicationId);
        QCOMPARE(littoral::test::queryInt(db->connection(), QStringLiteral("SELECT count(*) FROM documents")), 1);
    }

    // Another program's SQLite file is refused before anything is written: no table added, the journal
    // mode (header bytes 18-19) untouched, no -wal beside it.
    void open_otherProgramsDatabase_isRefusedUnchanged_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<QString>("says");
        QTest::addRow("other_tables") << QStringList { QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"),
            QStringLiteral("INSERT INTO notes (body) VALUES ('milk')") } << QStringLiteral("notes");
        QTest::addRow("one_table_named_like_ours")
            << QStringList { QStringLiteral("CREATE TABLE documents (id INTEGER PRIMARY KEY, path TEXT)") } << QStringLiteral("documents");
        QTest::addRow("other_application_id") << QStringList { QStringLiteral("PRAGMA application_id = 1145917283"),
            QStringLiteral("CREATE TABLE t (x)") } << QStringLiteral("0x444d4f63");
        QTest::addRow("other_application_id_no_tables") << QStringList { QStringLiteral("PRAGMA application_id = 1145917283") }
                                                        << QStringLiteral("application id");
        QTest::addRow("schema_version_without_tables") << QStringList { QStringLiteral("PRAGMA user_version = 4") }
                                                       << QStringLiteral("none of a corpus's tables");
    }
    void open_otherProgramsDatabase_isRefusedUnchanged()
    {
        QFETCH(QStringList, statements);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        const QString written = littoral::test::writeRawDatabase(path, statements);
        QVERIFY2(written.isEmpty(), qPrintable(written));
        const QByteArray before = fileBytes(path);
        QCOMPARE(before.at(18), char(1)); // rollback journal

        auto db = Database::open(path);
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::DatabaseCorrupt);
        QVERIFY2(db.error().detail.contains(path) && db.error().detail.contains(says), qPrintable(db.error().detail));
        auto reader = Database::openExisting(path);
        QVERIFY(!reader);
        QCOMPARE(fileBytes(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void move_transfersTheConnection()
    {
        QTemporaryDir dir;
        auto opened = Database::open(dir.filePath(QStringLiteral("corpus.db")));
        QVERIFY(opened);
        const QString name = opened->connection().connectionName();
        Database moved = std::move(*opened);
        QCOMPARE(moved.connection().connectionName(), name);
        QCOMPARE(moved.schemaVersion(), Database::kSchemaVersion);
        QVERIFY(!opened->connection().isValid());
    }

    // Schema 5 only added per-document warnings: a schema-4 corpus that cannot be upgraded (a DVD, a
    // read-only share) is still read, its documents without warnings, and nothing is written to it.
    void openExisting_schemaFourCorpus_isReadWithoutWarnings()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v4.db"));
        writeHalfMigrated(path, 4, 4, false);
        if (QTest::currentTestFailed())
            return;
        const QByteArray before = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        {
            auto reader = Database::openExisting(path);
            QVERIFY2(reader, qPrintable(reader ? QString() : reader.error().detail));
            QCOMPARE(reader->schemaVersion(), 4);
            const qint64 id = littoral::test::queryInt(reader->connection(), QStringLiteral("SELECT id FROM documents WHERE title = 'Lettre'"));
            QVERIFY(id > 0);
            DocumentRepository documents(*reader);
            const auto document = documents.load(id);
            QVERIFY2(document, qPrintable(document ? QString() : document.error().detail));
            QCOMPARE(document->extraction.title, QStringLiteral("Lettre"));
            QVERIFY(document->warnings.isEmpty());
        }
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before);
    }

    // Schema 6 added participants.confidence: a corpus written by schema 5 is upgraded in place, its
    // participants read as of unknown confidence (0) until the document is imported again.
    void open_schemaFiveCorpus_migratesWithUnknownConfidence()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v5.db"));
        writeHalfMigrated(path, 5, 5, false);
        if (QTest::currentTestFailed())
            return;
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().detail));
        QCOMPARE(db->schemaVersion(), Database::kSchemaVersion);
        QCOMPARE(littoral::test::queryInt(db->connection(),
                     QStringLiteral("SELECT count(*) FROM pragma_table_info('participants') WHERE name = 'confidence'")),
            1);
        QCOMPARE(littoral::test::queryInt(db->connection(), QStringLiteral("SELECT count(*) FROM participants WHERE confidence IS NULL")), 1);

        DocumentRepository documents(*db);
        const qint64 id = littoral::test::queryInt(db->connection(), QStringLiteral("SELECT id FROM documents WHERE title = 'Lettre'"));
        auto old = documents.load(id);
        QVERIFY2(old, qPrintable(old ? QString() : old.error().detail));
        QCOMPARE(old->extraction.participants.size(), 1);
        QCOMPARE(old->extraction.participants.first().name, QStringLiteral("Natacha Bouchart"));
        QCOMPARE(old->extraction.participants.first().confidence, 0.0);
        QVERIFY(documents.findBySourcePath(QStringLiteral("/c/a.txt")).value_or(std::nullopt).value_or(DocumentRef {}).predatesConfidence);

        // Importing the file again writes what extraction now knows.
        Document again = *old;
        again.extraction.participants.first().confidence = 0.75;
        const auto rewritten = documents.write(again, QStringLiteral("a.txt"));
        QVERIFY2(rewritten, qPrintable(rewritten ? QString() : rewritten.error().detail));
        QCOMPARE(*rewritten, id);
        auto reloaded = documents.load(id);
        QVERIFY(reloaded);
        QCOMPARE(reloaded->extraction.participants.first().confidence, 0.75);
        QCOMPARE(littoral::test::queryInt(db->connection(), QStringLiteral("SELECT count(*) FROM participants WHERE confidence = 0.75")), 1);
        const auto ref = documents.findBySourcePath(QStringLiteral("/c/a.txt"));
        QVERIFY(ref && ref->has_value());
        QVERIFY(!(*ref)->predatesConfidence);
    }

    // A schema-5 corpus that cannot be upgraded is still read: confidences unknown, the file untouched.
    void openExisting_schemaFiveCorpus_isReadWithUnknownConfidence()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v5.db"));
        writeHalfMigrated(path, 5, 5, false);
        if (QTest::currentTestFailed())
            return;
        const QByteArray before = fileBytes(path);
        {
            auto reader = Database::openExisting(path);
            QVERIFY2(reader, qPrintable(reader ? QString() : reader.error().detail));
            QCOMPARE(reader->schemaVersion(), 5);
            const qint64 id = littoral::test::queryInt(reader->connection(), QStringLiteral("SELECT id FROM documents WHERE title = 'Lettre'"));
            auto document = DocumentRepository(*reader).load(id);
            QVERIFY2(document, qPrintable(document ? QString() : document.error().detail));
            QCOMPARE(document->extraction.participants.size(), 1);
            QCOMPARE(document->extraction.participants.first().confidence, 0.0);
        }
        QCOMPARE(fileBytes(path), before);
    }

    // SQLite would block on a FIFO's header: a corpus path that is not a regular file is refused at once.
    void open_fifoPath_isRefusedWithoutBlocking()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("corpus.db"));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        const auto db = Database::open(path);
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::DatabaseOpen);
        QVERIFY2(db.error().detail.contains(QStringLiteral("not a regular file")), qPrintable(db.error().detail));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
