// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/database.h"
#include "core/db/importissuerepository.h"
#include "core/db/migrations.h"
#include "core/domain/importproblem.h"
#include "core/i18n/translationinstaller.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace littoral::core;
using Code = ImportProblem::Code;

Q_DECLARE_METATYPE(littoral::core::ImportProblem::Code)

class TestImportProblem final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Every English text the decoder and the import write: read as a code, written back unchanged,
    // and said in French for display.
    void fromEnglish_roundTripsAndTranslates_data()
    {
        QTest::addColumn<QString>("english");
        QTest::addColumn<Code>("code");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("french");
        QTest::addRow("empty") << "empty file" << Code::EmptyFile << QStringList {} << QStringLiteral("fichier vide");
        QTest::addRow("empty_zero_bytes") << "empty file (0 bytes)" << Code::EmptyFile << QStringList { QStringLiteral("0 bytes") }
                                          << QStringLiteral("fichier vide (0 octet)");
        QTest::addRow("empty_whitespace") << "empty file (only whitespace)" << Code::EmptyFile << QStringList { QStringLiteral("only whitespace") }
                                          << QStringLiteral("fichier vide (seulement des espaces)");
        QTest::addRow("binary_png") << "binary file (PNG image)" << Code::BinaryFile << QStringList { QStringLiteral("PNG image") }
                                    << QStringLiteral("fichier binaire (image PNG)");
        QTest::addRow("binary_nul") << "binary file (binary data (37% NUL bytes))" << Code::BinaryFile
                                    << QStringList { QStringLiteral("binary data (37% NUL bytes)") }
                                    << QStringLiteral("fichier binaire (données binaires (37 % d’octets NUL))");
        QTest::addRow("undecodable_nested_parentheses")
            << "undecodable (invalid UTF-8 and not Windows-1252 (byte 0x81 is undefined there))" << Code::Undecodable
            << QStringList { QStringLiteral("invalid UTF-8 and not Windows-1252 (byte 0x81 is undefined there)") }
            << QStringLiteral("indécodable (UTF-8 invalide et pas du Windows-1252 (l’octet 0x81 n’y est pas défini))");
        QTest::addRow("too_large") << "file too large (40.0 MB, more than the 32.0 MB limit)" << Code::FileTooLarge
                                   << QStringList { QStringLiteral("40.0 MB, more than the 32.0 MB limit") }
                                   << QStringLiteral("fichier trop volumineux (40.0 MB, au-delà de la limite de 32.0 MB)");
        QTest::addRow("unreadable_system_text") << "unreadable (Permission denied)" << Code::Unreadable
                                                << QStringList { QStringLiteral("Permission denied") } << QStringLiteral("illisible (Permission denied)");
        QTest::addRow("fifo") << "not a regular file (FIFO)" << Code::NotRegularFile << QStringList { QStringLiteral("FIFO") }
                              << QStringLiteral("pas un fichier ordinaire (tube nommé (FIFO))");
        QTest::addRow("gone") << "file no longer exists" << Code::FileGone << QStringList {} << QStringLiteral("le fichier n’existe plus");
        QTest::addRow("hidden_folder") << "hidden folder, not searched" << Code::HiddenFolder << QStringList {}
                                       << QStringLiteral("dossier caché, non parcouru");
        QTest::addRow("unreadable_folder") << "unreadable folder (Permission denied)" << Code::UnreadableFolder
                                           << QStringList { QStringLiteral("Permission denied") } << QStringLiteral("dossier illisible (Permission denied)");
        QTest::addRow("name_like_another") << "not imported: its name shows as another file's (a name that is not UTF-8)"
                                           << Code::NameLikeAnother << QStringList {}
                                           << QStringLiteral("non importé : son nom s’affiche comme celui d’un autre fichier (un nom qui n’est pas en UTF-8)");
        QTest::addRow("unknown_text_kept_whole") << "something new (42)" << Code::Other << QStringList { QStringLiteral("something new (42)") }
                                                 << QStringLiteral("something new (42)");
        QTest::addRow("prefix_without_parentheses_is_other") << "empty filer" << Code::Other << QStringList { QStringLiteral("empty filer") }
                                                             << QStringLiteral("empty filer");
    }
    void fromEnglish_roundTripsAndTranslates()
    {
        QFETCH(QString, english);
        QFETCH(Code, code);
        QFETCH(QStringList, args);
        QFETCH(QString, french);
        const ImportProblem problem = ImportProblem::fromEnglish(english);
        QCOMPARE(problem.code, code);
        QCOMPARE(problem.args, args);
        QCOMPARE(problem.englishText(), english);
        QCOMPARE(ImportProblem::codeFromName(ImportProblem::codeName(code)), code);
        QCOMPARE(ImportProblem::argsFromJson(problem.argsJson()), args);

        TranslationInstaller installer;
        installer.install(InterfaceLanguage::French);
        QCOMPARE(problem.displayText(), french);
        QCOMPARE(problem.englishText(), english); // the export's words never follow the interface
        installer.install(InterfaceLanguage::English);
        QCOMPARE(problem.displayText(), english);
    }

    // Migration 8 gives the rows of older corpora their code; a text it does not know stays whole.
    void migration8_givesOldRowsTheirCode()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v7.db"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v7"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            for (const Migration& migration : migrations())
                if (migration.version <= 7)
                    for (const QString& statement : migration.statements)
                        QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
            const QStringList rows {
                QStringLiteral("('/in/a.txt', 'a.txt', 'rejected', 'binary file (PNG image)', NULL)"),
                QStringLiteral("('/in/b.txt', 'b.txt', 'rejected', 'empty file', NULL)"),
                QStringLiteral("('/in/c.txt', 'c.txt', 'rejected', 'something else entirely', NULL)"),
                QStringLiteral("('/in/d.txt', 'd.txt', 'duplicate', '', 'a.txt')"),
                QStringLiteral("('/in/e.txt', 'e.txt', 'rejected', 'undecodable (invalid UTF-16LE despite a UTF-16LE byte-order mark)', NULL)"),
            };
            for (const QString& row : rows)
                QVERIFY2(q.exec(QStringLiteral("INSERT INTO import_issues (source_path, source, kind, reason, duplicate_of, seen_at) "
                                               "VALUES %1").arg(row).replace(QStringLiteral("NULL)"), QStringLiteral("NULL, '2026-01-01T00:00:00Z')"))
                                                           .replace(QStringLiteral("'a.txt')"), QStringLiteral("'a.txt', '2026-01-01T00:00:00Z')"))),
                    qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 7")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v7"));

        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().detail));
        QCOMPARE(db->schemaVersion(), Database::kSchemaVersion);
        auto issues = ImportIssueRepository(*db).list();
        QVERIFY(issues);
        QCOMPARE(issues->size(), 5);
        QCOMPARE(issues->at(0).problem, (ImportProblem { Code::BinaryFile, { QStringLiteral("PNG image") } }));
        QCOMPARE(issues->at(0).reason, QStringLiteral("binary file (PNG image)"));
        QCOMPARE(issues->at(1).problem, (ImportProblem { Code::EmptyFile, {} }));
        QCOMPARE(issues->at(2).problem, (ImportProblem { Code::Other, { QStringLiteral("something else entirely") } }));
        QCOMPARE(issues->at(3).kind, ImportIssue::Kind::Duplicate);
        QCOMPARE(issues->at(4).problem,
            (ImportProblem { Code::Undecodable, { QStringLiteral("invalid UTF-16LE despite a UTF-16LE byte-order mark") } }));
        QCOMPARE(issues->at(4).problem.englishText(), issues->at(4).reason);
    }

    void recordRejected_storesTheCode()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("c.db")));
        QVERIFY(db);
        ImportIssueRepository issues(*db);
        QVERIFY(issues.recordRejected(QStringLiteral("/in/x.txt"), QStringLiteral("x.txt"), QStringLiteral("binary file (GIF image)")));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT code, args, reason FROM import_issues")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("binary_file"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("[\"GIF image\"]"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("binary file (GIF image)"));
    }
};

QTEST_GUILESS_MAIN(TestImportProblem)
#include "tst_importproblem.moc"
