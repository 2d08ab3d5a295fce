// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What a corpus is called in the window's title and Open Recent: the folder it came from, never the
// database's internal "<folder>-<hash>" name.
#include "core/import/corpuslocation.h"
#include "core/import/importjob.h"
#include "core/session/corpussession.h"

#include "support/testpaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace littoral::core;

namespace {

void writeLetter(const QString& path, const QString& text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
}

const QString kLetter = QStringLiteral("Calais, le 7 février 2017\n\nMonsieur le Préfet,\n\nNous vous écrivons au sujet de %1.\n\n"
                                       "Jean Dupont\nPrésident de l'association\n");

} // namespace

class TestCorpusLocation final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void commonFolder_data()
    {
        QTest::addColumn<QStringList>("roots");
        QTest::addColumn<QString>("expected");
        QTest::addRow("none") << QStringList {} << QString();
        QTest::addRow("one") << QStringList { QStringLiteral("/home/ana/c3k") } << QStringLiteral("/home/ana/c3k");
        QTest::addRow("trailing_slash") << QStringList { QStringLiteral("/home/ana/c3k/") } << QStringLiteral("/home/ana/c3k");
        QTest::addRow("siblings") << QStringList { QStringLiteral("/home/ana/c3k/2016"), QStringLiteral("/home/ana/c3k/2017") }
                                  << QStringLiteral("/home/ana/c3k");
        QTest::addRow("nested") << QStringList { QStringLiteral("/home/ana/c3k"), QStringLiteral("/home/ana/c3k/extra") }
                                << QStringLiteral("/home/ana/c3k");
        // "/home/ana/c3" is a prefix of "/home/ana/c3k" as text, not as a folder.
        QTest::addRow("prefix_is_not_a_folder") << QStringList { QStringLiteral("/home/ana/c3"), QStringLiteral("/home/ana/c3k") }
                                                << QStringLiteral("/home/ana");
        QTest::addRow("only_root_shared") << QStringList { QStringLiteral("/home/ana"), QStringLiteral("/media/usb") } << QString();
        QTest::addRow("sample") << QStringList { QStringLiteral(":/corpus") } << QStringLiteral(":/corpus");
    }
    void commonFolder()
    {
        QFETCH(QStringList, roots);
        QFETCH(QString, expected);
        QCOMPARE(CorpusLocation::commonFolder(roots), expected);
    }

    void displayName_data()
    {
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("expected");
        const QString kept = CorpusLocation::databaseFor(QStringLiteral("/home/ana/c3k"));
        QTest::addRow("folder_known") << kept << QStringLiteral("/home/ana/c3k") << QStringLiteral("c3k");
        QTest::addRow("folder_moved_since") << kept << QStringLiteral("/media/usb/lettres 2016") << QStringLiteral("lettres 2016");
        // No document yet: the folder's name is still in the database's name, before the hash.
        QTest::addRow("empty_corpus") << kept << QString() << QStringLiteral("c3k");
        QTest::addRow("hyphenated_folder") << CorpusLocation::databaseFor(QStringLiteral("/tmp/calais-2016")) << QString()
                                           << QStringLiteral("calais-2016");
        // A database the person named elsewhere keeps its whole name, even one that looks hashed.
        QTest::addRow("own_database") << QStringLiteral("/home/ana/report-0123456789.db") << QString()
                                      << QStringLiteral("report-0123456789");
        QTest::addRow("own_database_with_folder") << QStringLiteral("/home/ana/work.db") << QStringLiteral("/home/ana/scans")
                                                  << QStringLiteral("scans");
        QTest::addRow("sample") << CorpusLocation::databaseFor(CorpusLocation::sampleCorpus()) << CorpusLocation::sampleCorpus()
                                << QStringLiteral("Sample corpus");
        QTest::addRow("sample_empty") << CorpusLocation::databaseFor(CorpusLocation::sampleCorpus()) << QString()
                                      << QStringLiteral("Sample corpus");
    }
    void displayName()
    {
        QFETCH(QString, database);
        QFETCH(QString, folder);
        QFETCH(QString, expected);
        QVERIFY(!QFileInfo(database).completeBaseName().isEmpty());
        QCOMPARE(CorpusLocation::displayName(database, folder), expected);
    }

    // The folder as the session reads it back from what was imported: a folder, files from two
    // subfolders, and nothing at all.
    void importFolder_isTheFolderTheDocumentsCameFrom()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("c3k"));
        writeLetter(folder + QStringLiteral("/2016/a.txt"), kLetter.arg(QStringLiteral("la jungle")));
        writeLetter(folder + QStringLiteral("/2017/b.txt"), kLetter.arg(QStringLiteral("l'hébergement")));
        const QString db = dir.filePath(QStringLiteral("c3k-0123456789.db"));

        auto session = CorpusSession::open(db);
        QVERIFY(session);
        QCOMPARE((*session)->importFolder().value(), QString());
        session->reset();

        QVERIFY(ImportJob(db, { folder }).runSynchronously());
        session = CorpusSession::open(db);
        QVERIFY(session);
        QCOMPARE((*session)->importFolder().value(), folder);
        session->reset();

        // Files given one by one: their common folder.
        const QString files = dir.filePath(QStringLiteral("files.db"));
        QVERIFY(ImportJob(files, { folder + QStringLiteral("/2016/a.txt"), folder + QStringLiteral("/2017/b.txt") }).runSynchronously());
        session = CorpusSession::open(files);
        QVERIFY(session);
        QCOMPARE((*session)->importFolder().value(), folder);
    }
};

QTEST_GUILESS_MAIN(TestCorpusLocation)
#include "tst_corpuslocation.moc"
