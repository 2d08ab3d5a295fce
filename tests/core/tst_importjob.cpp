// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/database.h"
#include "core/db/documentrepository.h"
#include "core/db/importissuerepository.h"
#include "core/extract/documentextractor.h"
#include "core/extract/textcleaner.h"
#include "core/extract/textdecoder.h"
#include "core/import/filecollector.h"
#include "core/import/importjob.h"
#include "core/session/corpussession.h"
#include "core/workpool.h"

#include "support/sqlprobe.h"
#include "support/testpaths.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QScopeGuard>
#include <QTest>
#include <QThread>

#include <atomic>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace littoral::core;

namespace {

const QString kCorpus = QStringLiteral(LITTORAL_SAMPLE_CORPUS_DIR);

void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    QCOMPARE(f.write(bytes), bytes.size());
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A writable copy of the sample corpus (the originals are read-only in the repository).
void copyCorpus(const QString& to)
{
    QDir().mkpath(to);
    const QStringList names = QDir(kCorpus).entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name);
    QCOMPARE(names.size(), 5);
    for (const QString& name : names)
        writeFile(to + QLatin1Char('/') + name, readFile(kCorpus + QLatin1Char('/') + name));
}

// Every row of every table, to compare a database before and after.
QStringList dump(const QString& dbPath)
{
    auto db = Database::openExisting(dbPath);
    if (!db)
        return { db.error().detail };
    QStringList rows;
    for (const char* table :
        { "documents", "correspondents", "aliases", "participants", "events", "changes", "original_extractions",
            "import_issues" }) {
        QSqlQuery q(db->connection());
        q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(QLatin1String(table)));
        while (q.next()) {
            QStringList values { QLatin1String(table) };
            for (int i = 0; i < q.record().count(); ++i)
                values.append(q.value(i).toString());
            rows.append(values.join(QLatin1Char('|')));
        }
    }
    return rows;
}

int count(const QString& dbPath, const QString& sql)
{
    auto db = Database::openExisting(dbPath);
    return db ? littoral::test::queryInt(db->connection(), sql) : -1;
}

QString errorOf(const Result<ImportSummary>& r)
{
    return r ? QString() : r.error().detail;
}

} // namespace

class TestImportJob final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void import_sampleCorpus_importsFiveDocuments()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("corpus.db"));
        auto summary = ImportJob(db, { kCorpus }).runSynchronously();
        QVERIFY2(summary, qPrintable(errorOf(summary)));
        QCOMPARE(summary->imported, 5);
        QCOMPARE(summary->rejected + summary->duplicates + summary->updated + summary->unchanged, 0);
        QVERIFY(!summary->cancelled);
        QVERIFY(summary->problems.isEmpty());

        auto database = Database::open(db);
        QVERIFY(database);
        DocumentRepository documents(*database);
        QCOMPARE(documents.count().value_or(-1), 5);
        auto summaries = documents.summaries();
        QVERIFY(summaries);
        QStringList sources;
        for (const DocumentSummary& s : *summaries)
            sources.append(s.source);
        sources.sort();
        QCOMPARE(sources, QDir(kCorpus).entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name));
    }

    // Whatever extraction finds, the database must give back exactly that.
    void import_storesExtractionFaithfully()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("corpus.db"));
        QVERIFY(ImportJob(db, { kCorpus }).runSynchronously());
        auto database = Database::open(db);
        QVERIFY(database);
        DocumentRepository documents(*database);
        int checked = 0;
        auto visited = documents.forEachDocument([&](const Document& stored,
                                                     const QString& source) -> Result<void> {
            const QByteArray bytes = readFile(kCorpus + QLatin1Char('/') + source);
            const auto decoded = TextDecoder::decode(bytes);
            if (!decoded)
                return fail(ErrorCode::InvalidInput, source + QStringLiteral(": not decodable"));
            const QString text = TextCleaner::clean(decoded->text);
            const Extraction expected = DocumentExtractor::extract(text);
            const Extraction& got = stored.extraction;
            const auto mismatch = [&](const char* what) {
                return fail(ErrorCode::InvalidInput, source + QStringLiteral(": ") + QLatin1String(what));
            };
            if (stored.text != text)
                return mismatch("text");
            if (stored.sha256
                != QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()))
                return mismatch("sha256");
            if (stored.encoding != decoded->encoding)
                return mismatch("encoding");
            if (got.type != expected.type || got.language != expected.language || got.title != expected.title
                || got.place != expected.place)
                return mismatch("type/language/title/place");
            const bool expectDate = expected.date && expected.date->date.isValid();
            if (got.date.has_value() != expectDate || (expectDate && !(*got.date == *expected.date)))
                return mismatch("date");
            if (got.participants != expected.participants)
                return mismatch("participants");
            if (got.events != expected.events)
                return mismatch("events");
            ++checked;
            return {};
        });
        QVERIFY2(visited, qPrintable(visited ? QString() : visited.error().detail));
        QCOMPARE(checked, 5);
    }

    void import_embeddedCorpus_fromQtResources()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("corpus.db"));
        auto summary = ImportJob(db, { QStringLiteral(":/corpus") }).runSynchronously();
        QVERIFY2(summary, qPrintable(errorOf(summary)));
        QCOMPARE(summary->imported, 5);
        auto database = Database::open(db);
        QVERIFY(database);
        auto ref = DocumentRepository(*database).findBySourcePath(
            QStringLiteral(":/corpus/000_a2062bf0896207c8.txt"));
        QVERIFY(ref && ref->has_value());
        QCOMPARE((*ref)->source, QStringLiteral("000_a2062bf0896207c8.txt"));
    }

    void import_mixedFolder_reportsEachBadFileAndImportsTheRest()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("in"));
        const QByteArray letter = "Madame la Maire,\nJe vous écris au sujet de la jungle de Calais.\n";
        writeFile(folder + QStringLiteral("/a_original.txt"), letter);
        writeFile(folder + QStringLiteral("/b_copy.txt"), letter);
        writeFile(folder + QStringLiteral("/broken.txt"), "Caf\xc3 au lait \x81 et cr\xe8me\n");
        writeFile(folder + QStringLiteral("/empty.txt"), {});
        writeFile(folder + QStringLiteral("/image.txt"),
            QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + QByteArray(200, '\x01'));
        writeFile(
            folder + QStringLiteral("/notes.md"), "# Notes\n\nCompte rendu de la réunion du 3 mars 2016.\n");
        writeFile(folder + QStringLiteral("/sub/nested.txt"),
            "Communiqué de presse.\nLe collectif appelle à manifester.\n");
        writeFile(folder + QStringLiteral("/scan.pdf"), "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n");
        writeFile(folder + QStringLiteral("/photo.jpg"), "\xff\xd8\xff\xe0 JFIF");
        writeFile(folder + QStringLiteral("/.hidden.txt"), "Une note cach\xc3\xa9" "e, mais du texte.\n");

        const QString db = dir.filePath(QStringLiteral("corpus.db"));
        auto summary = ImportJob(db, { folder }).runSynchronously();
        QVERIFY2(summary, qPrintable(errorOf(summary)));
        QCOMPARE(summary->imported, 4); // a hidden file is the user's file too
        // The truncated PDF and JPEG are archives now (issue 16): read, and refused by their reader.
        QCOMPARE(summary->rejected, 5);
        QCOMPARE(summary->duplicates, 1);
        QCOMPARE(summary->problems.size(), 6);

        using Status = ImportOutcome::Status;
        const QList<ImportOutcome>& p = summary->problems;
        QCOMPARE(p[0].status, Status::Duplicate);
        QCOMPARE(p[0].source, QStringLiteral("b_copy.txt"));
        QCOMPARE(p[0].duplicateOf, QStringLiteral("a_original.txt"));
        QCOMPARE(p[1].status, Status::Rejected);
        QCOMPARE(p[1].source, QStringLiteral("broken.txt"));
        QVERIFY2(p[1].reason.startsWith(rejectReasonText(RejectReason::Undecodable) + QStringLiteral(" (")),
            qPrintable(p[1].reason));
        QCOMPARE(p[2].source, QStringLiteral("empty.txt"));
        QVERIFY2(p[2].reason.startsWith(rejectReasonText(RejectReason::Empty)), qPrintable(p[2].reason));
        QCOMPARE(p[3].source, QStringLiteral("image.txt"));
        QCOMPARE(p[3].reason, rejectReasonText(RejectReason::Binary) + QStringLiteral(" (PNG image)"));
        QCOMPARE(p[4].source, QStringLiteral("photo.jpg"));
        QCOMPARE(p[4].status, Status::Rejected);
        QVERIFY(!p[4].reason.isEmpty());
        QCOMPARE(p[5].source, QStringLiteral("scan.pdf"));
        QCOMPARE(p[5].status, Status::Rejected);
        QVERIFY(!p[5].reason.isEmpty());

        auto database = Database::open(db);
        QVERIFY(database);
        auto summaries = DocumentRepository(*database).summaries();
        QVERIFY(summaries);
        QStringList sources;
        for (const DocumentSummary& s : *summaries)
            sources.append(s.source);
        sources.sort();
        QCOMPARE(sources,
            (QStringList { QStringLiteral(".hidden.txt"), QStringLiteral("a_original.txt"), QStringLiteral("notes.md"),
                QStringLiteral("sub/nested.txt") }));
        auto issues = ImportIssueRepository(*database).list();
        QVERIFY(issues);
        QCOMPARE(issues->size(), 6);
        QCOMPARE(issues->at(0).source, QStringLiteral("b_copy.txt"));
        QCOMPARE(issues->at(0).kind, ImportIssue::Kind::Duplicate);
        QCOMPARE(issues->at(0).duplicateOf, QStringLiteral("a_original.txt"));
        QCOMPARE(issues->at(3).reason, p[3].reason);
    }

    void import_sameFileNameInTwoFolders_keepsEachFilesOwnIssue()
    {
        QTemporaryDir dir;
        const QString first = dir.filePath(QStringLiteral("first"));
        const QString second = dir.filePath(QStringLiteral("second"));
        writeFile(first + QStringLiteral("/x.txt"), {});
        writeFile(second + QStringLiteral("/x.txt"), "Paris, le 3 mars 2016\n\nMonsieur le Maire,\n\nBonne lecture.\n");
        const QString db = dir.filePath(QStringLiteral("c.db"));
        QVERIFY(ImportJob(db, { first }).runSynchronously());
        // Importing the good x.txt of another folder must not erase the rejection of the first one.
        auto summary = ImportJob(db, { second }).runSynchronously();
        QVERIFY(summary);
        QCOMPARE(summary->imported, 1);
        auto database = Database::open(db);
        QVERIFY(database);
        auto issues = ImportIssueRepository(*database).list();
        QVERIFY(issues);
        QCOMPARE(issues->size(), 1);
        QCOMPARE(issues->at(0).source, QStringLiteral("x.txt"));
        QCOMPARE(issues->at(0).kind, ImportIssue::Kind::Rejected);
        QVERIFY(issues->at(0).reason.startsWith(rejectReasonText(RejectReason::Empty)));
    }

    void import_reimportUnchanged_writesNothing_data()
    {
        QTest::addColumn<bool>("withProblems");
        QTest::addRow("sample_corpus") << false;
        QTest::addRow("with_rejected_and_duplicate") << true;
    }
    void import_reimportUnchanged_writesNothing()
    {
        QFETCH(bool, withProblems);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("in"));
        copyCorpus(folder);
        if (withProblems) {
            writeFile(folder + QStringLiteral("/zz_empty.txt"), {});
            writeFile(folder + QStringLiteral("/zz_copy.txt"),
                readFile(kCorpus + QStringLiteral("/000_a2062bf0896207c8.txt")));
        }
        const QString db = dir.filePath(QStringLiteral("corpus.db"));
        auto first = ImportJob(db, { folder }).runSynchronously();
        QVERIFY2(first, qPrintable(errorOf(first)));
        QCOMPARE(first->imported, 5);
        const QStringList before = dump(db);
        QVERIFY(before.size() > 5);

        // data_version changes for this connection only when another connection commits.
        auto observer = Database::open(db);
        QVERIFY(observer);
        const auto dataVersion = [&] {
            QSqlQuery q(observer->connection());
            return q.exec(QStringLiteral("PRAGMA data_version")) && q.next() ? q.value(0).toLongLong() : -1;
        };
        const qint64 versionBefore = dataVersion();

        auto second = ImportJob(db, { folder }).runSynchronously();
        QVERIFY2(second, qPrintable(errorOf(second)));
        QCOMPARE(second->imported, 0);
        QCOMPARE(second->updated, 0);
        QCOMPARE(second->unchanged, 5);
        QCOMPARE(second->rejected, withProblems ? 1 : 0);
        QCOMPARE(second->duplicates, withProblems ? 1 : 0);
        QCOMPARE(dataVersion(), versionBefore);
        QCOMPARE(dump(db), before);
    }

    // A corpus imported before schema 6 has no participant confidences: importing its unchanged files
    // again extracts them again, once, so the window and the export get them.
    void import_corpusOfSchemaFive_isExtractedAgainOnce()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("in"));
        copyCorpus(folder);
        const QString db = dir.filePath(QStringLiteral("corpus.db"));
        QVERIFY(ImportJob(db, { folder }).runSynchronously());
        // Back to the file schema 5 wrote: the same tables without participants.confidence.
        const QString written = littoral::test::writeRawDatabase(db,
            { QStringLiteral("DROP INDEX participants_unknown_confidence"), QStringLiteral("ALTER TABLE participants DROP COLUMN confidence"),
                QStringLiteral("PRAGMA user_version = 5") });
        QVERIFY2(written.isEmpty(), qPrintable(written));
        {
            auto database = Database::open(db); // migrates to 6: every participant's confidence is NULL
            QVERIFY(database);
            QVERIFY(littoral::test::queryInt(database->connection(), QStringLiteral("SELECT count(*) FROM participants WHERE confidence IS NULL")) > 5);
        }

        auto again = ImportJob(db, { folder }).runSynchronously();
        QVERIFY2(again, qPrintable(errorOf(again)));
        QCOMPARE(again->updated, 5);
        QCOMPARE(again->unchanged, 0);
        QCOMPARE(again->imported, 0);
        {
            auto database = Database::open(db);
            QVERIFY(database);
            QCOMPARE(littoral::test::queryInt(database->connection(), QStringLiteral("SELECT count(*) FROM participants WHERE confidence IS NULL")), 0);
            QCOMPARE(DocumentRepository(*database).count().value_or(-1), 5);
        }

        auto third = ImportJob(db, { folder }).runSynchronously();
        QVERIFY2(third, qPrintable(errorOf(third)));
        QCOMPARE(third->unchanged, 5);
        QCOMPARE(third->updated, 0);
    }

    void import_changedFile_isUpdatedInPlace()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("in"));
        copyCorpus(folder);
        const QString db = dir.filePath(QStringLiteral("corpus.db"));
        QVERIFY(ImportJob(db, { folder }).runSynchronously());
        const QString changed = folder + QStringLiteral("/002_2384d3c24b37747e.txt");
        qint64 id = 0;
        {
            auto session = CorpusSession::open(db);
            QVERIFY(session);
            auto ref = DocumentRepository((*session)->database()).findBySourcePath(changed);
            QVERIFY(ref && ref->has_value());
            id = (*ref)->id;
            QVERIFY((*session)->setField(id, DocumentField::Title, QStringLiteral("Titre de l'archiviste")));
        }
        writeFile(changed, readFile(changed) + "\nPS : une phrase ajoutée après coup.\n");

        auto summary = ImportJob(db, { folder }).runSynchronously();
        QVERIFY2(summary, qPrintable(errorOf(summary)));
        QCOMPARE(summary->updated, 1);
        QCOMPARE(summary->unchanged, 4);
        QCOMPARE(summary->imported, 0);

        auto database = Database::open(db);
        QVERIFY(database);
        DocumentRepository documents(*database);
        QCOMPARE(documents.count().value_or(-1), 5);
        auto loaded = documents.load(id);
        QVERIFY(loaded);
        QVERIFY(loaded->text.contains(QStringLiteral("une phrase ajoutée")));
        QCOMPARE(loaded->sha256,
            QString::fromLatin1(
                QCryptographicHash::hash(readFile(changed), QCryptographicHash::Sha256).toHex()));
        QCOMPARE(loaded->extraction.title, QStringLiteral("Titre de l'archiviste"));
    }

    void import_fixedFile_clearsItsIssue()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("in"));
        writeFile(folder + QStringLiteral("/later.txt"), {});
        const QString db = dir.filePath(QStringLiteral("corpus.db"));
        auto first = ImportJob(db, { folder }).runSynchronously();
        QVERIFY(first);
        QCOMPARE(first->rejected, 1);
        writeFile(folder + QStringLiteral("/later.txt"), "Maintenant il y a du texte.\n");
        auto second = ImportJob(db, { folder }).runSynchronously();
        QVERIFY(second);
        QCOMPARE(second->imported, 1);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM import_issues")), 0);
    }


    void import_copyOfAlreadyImportedFile_isDuplicateOfIt()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("one/a.txt")), "Le même texte.\n");
        writeFile(dir.filePath(QStringLiteral("two/b.txt")), "Le même texte.\n");
        const QString db = dir.filePath(QStringLiteral("corpus.db"));
        QVERIFY(ImportJob(db, { dir.filePath(QStringLiteral("one")) }).runSynchronously());
        auto summary = ImportJob(db, { dir.filePath(QStringLiteral("two/b.txt")) }).runSynchronously();
        QVERIFY(summary);
        QCOMPARE(summary->duplicates, 1);
        QCOMPARE(summary->problems.first().source, QStringLiteral("b.txt"));
        QCOMPARE(summary->problems.first().duplicateOf, QStringLiteral("a.txt"));
    }

    void import_tooLargeAndMissingFiles_areRejected()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("big.txt")), QByteArray(2000, 'a'));
        const QString missing = dir.filePath(QStringLiteral("missing.txt"));
        ImportOptions options;
        options.maxFileSize = 1000;
        auto summary = ImportJob(dir.filePath(QStringLiteral("corpus.db")),
            { dir.filePath(QStringLiteral("big.txt")), missing }, options)
                           .runSynchronously();
        QVERIFY2(summary, qPrintable(errorOf(summary)));
        QCOMPARE(summary->rejected, 2);
        QCOMPARE(summary->problems[0].source, QStringLiteral("big.txt"));
        QVERIFY2(summary->problems[0].reason.startsWith(rejectReasonText(RejectReason::TooLarge)),
            qPrintable(summary->problems[0].reason));
        QCOMPARE(summary->problems[1].source, QStringLiteral("missing.txt"));
        QVERIFY2(summary->problems[1].reason.startsWith(rejectReasonText(RejectReason::Unreadable)),
            qPrintable(summary->problems[1].reason));
    }

    // A transaction holds several batches when they are already prepared (here the writer is slowed
    // down, so they are), never more documents than its bound: another connection always sees all but
    // the last few written.
    void import_severalBatchesToATransaction_withinItsBound()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("corpus.db"));
        ImportOptions options;
        options.batchSize = 1;
        options.documentsPerTransaction = 2;
        QList<int> committed;
        ImportCallbacks watch;
        watch.progressed = [&](int, const QString&) {
            committed << count(db, QStringLiteral("SELECT count(*) FROM documents"));
            QThread::msleep(100); // on the writer's thread: the pool prepares the next batch meanwhile
        };
        auto summary = ImportJob(db, { kCorpus }, options).runSynchronously(watch);
        QVERIFY2(summary, qPrintable(errorOf(summary)));
        QCOMPARE(committed.size(), summary->imported);
        for (int i = 0; i < committed.size(); ++i)
            QVERIFY2(committed[i] >= i + 1 - options.documentsPerTransaction && committed[i] <= i,
                qPrintable(QStringLiteral("document %1: %2 committed").arg(i + 1).arg(committed[i])));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM documents")), summary->imported);
        // Grouped: the second document of a transaction is written while the first is not yet committed.
        bool grouped = false;
        for (int i = 1; i < committed.size(); ++i)
            grouped = grouped || committed[i] < i;
        QVERIFY2(grouped, "every document was committed on its own");
    }

    // Batches of one leave one index segment per document; the import merges them when it is done,
    // unless it wrote only a small part of the corpus (merging costs in proportion to the whole index).
    void import_inSmallBatches_leavesTheSearchIndexMerged()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("corpus.db"));
        const QByteArray letter = readFile(kCorpus + QStringLiteral("/000_a2062bf0896207c8.txt"));
        QVERIFY(!letter.isEmpty());
        QDir(dir.path()).mkpath(QStringLiteral("variants"));
        for (int i = 0; i < 13; ++i) // distinct bytes, so none is a duplicate
            writeFile(dir.filePath(QStringLiteral("variants/v%1.txt").arg(i)), letter + "\nP.S. " + QByteArray::number(i) + "\n");
        ImportOptions options;
        options.batchSize = 1;
        options.documentsPerTransaction = 1; // each batch committed, seen from another connection
        // While a bulk import runs, FTS5 merges nothing (the last merge does it all); after it, its defaults again.
        const QString automerge = QStringLiteral("SELECT v FROM documents_fts_config WHERE k = 'automerge'");
        const QString crisismerge = QStringLiteral("SELECT v FROM documents_fts_config WHERE k = 'crisismerge'");
        QList<int> automergeWhileImporting;
        ImportCallbacks watch;
        watch.progressed = [&](int, const QString&) { automergeWhileImporting << count(db, automerge); };
        auto summary = ImportJob(db, { kCorpus, dir.filePath(QStringLiteral("variants/v0.txt")) }, options).runSynchronously(watch);
        QVERIFY2(summary, qPrintable(errorOf(summary)));
        QCOMPARE(summary->imported, 6);
        // Seen from another connection: from the second batch on, once the first has committed it.
        QCOMPARE(automergeWhileImporting.size(), 6);
        QCOMPARE(automergeWhileImporting.mid(1), QList<int>(5, 0));
        QCOMPARE(count(db, automerge), 4);
        QCOMPARE(count(db, crisismerge), 16);
        QCOMPARE(count(db, QStringLiteral("SELECT count(DISTINCT segid) FROM documents_fts_idx")), 1);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH '\"p s\"'")), 1);

        QStringList twelve;
        for (int i = 1; i <= 12; ++i)
            twelve << dir.filePath(QStringLiteral("variants/v%1.txt").arg(i));
        QCOMPARE(ImportJob(db, twelve, options).runSynchronously()->imported, 12); // 12 of 18: merged
        QCOMPARE(count(db, QStringLiteral("SELECT count(DISTINCT segid) FROM documents_fts_idx")), 1);

        // As a killed import would have left them: deferred. The next import that writes resumes them.
        {
            auto writer = Database::open(db);
            QVERIFY(writer);
            QSqlQuery defer(writer->connection());
            QVERIFY(defer.exec(QStringLiteral("INSERT INTO documents_fts(documents_fts, rank) VALUES ('automerge', 0)")));
        }
        QCOMPARE(count(db, automerge), 0);
        writeFile(dir.filePath(QStringLiteral("late.txt")), letter + "\nP.S. tardif\n");
        QCOMPARE(ImportJob(db, { dir.filePath(QStringLiteral("late.txt")) }, options).runSynchronously()->imported, 1);
        QCOMPARE(count(db, QStringLiteral("SELECT count(DISTINCT segid) FROM documents_fts_idx")), 2); // 1 of 19: not merged
        QCOMPARE(count(db, automerge), 4);
    }

    // An import that at least doubles the corpus builds the indexes whose keys come in random order once,
    // at its end: seen from another connection, they are gone once its first transaction has committed,
    // and all back when it returns. A small import into the corpus keeps them all along.
    void import_bulk_buildsTheDeferredIndexesAtItsEnd()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("corpus.db"));
        ImportOptions options;
        options.batchSize = 1;
        options.documentsPerTransaction = 1;
        const QString present = QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                                               "('documents_date', 'documents_summary', 'events_date', 'participants_correspondent')");
        QList<int> seen;
        ImportCallbacks watch;
        watch.progressed = [&](int, const QString&) { seen << count(db, present); };
        auto summary = ImportJob(db, { kCorpus }, options).runSynchronously(watch);
        QVERIFY2(summary, qPrintable(errorOf(summary)));
        QCOMPARE(summary->imported, 5);
        QCOMPARE(seen, QList<int>({ 4, 0, 0, 0, 0 }));
        QCOMPARE(count(db, present), 4);
        // Every row is in them: the timeline's query by date, through its index, finds all five.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM documents INDEXED BY documents_summary WHERE date_start IS NOT NULL")),
            count(db, QStringLiteral("SELECT count(*) FROM documents WHERE date_start IS NOT NULL")));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM participants INDEXED BY participants_correspondent WHERE correspondent_id > 0")),
            count(db, QStringLiteral("SELECT count(*) FROM participants")));

        const QByteArray letter = readFile(kCorpus + QStringLiteral("/000_a2062bf0896207c8.txt"));
        writeFile(dir.filePath(QStringLiteral("late.txt")), letter + "\nP.S. tardif\n");
        seen.clear();
        auto late = ImportJob(db, { dir.filePath(QStringLiteral("late.txt")) }, options).runSynchronously(watch);
        QVERIFY2(late, qPrintable(errorOf(late)));
        QCOMPARE(late->imported, 1);
        QCOMPARE(seen, QList<int>({ 4 }));
        QCOMPARE(count(db, present), 4);
    }

    void import_cancelledThroughCallbacks_keepsWholeBatches()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("corpus.db"));
        ImportOptions options;
        options.batchSize = 1;
        std::atomic_bool stop { false };
        ImportCallbacks callbacks;
        int total = -1;
        callbacks.started = [&](int files) { total = files; };
        callbacks.progressed = [&](int done, const QString&) {
            if (done >= 2)
                stop = true;
        };
        callbacks.isCanceled = [&] { return stop.load(); };
        auto summary = ImportJob(db, { kCorpus }, options).runSynchronously(callbacks);
        QVERIFY2(summary, qPrintable(errorOf(summary)));
        QCOMPARE(total, 5);
        QVERIFY(summary->cancelled);
        QCOMPARE(summary->imported, 2);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM documents")), 2);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM events WHERE kind = 'document'")), 2);
        // A cancelled bulk import gives the search index its merges back too, and builds its indexes.
        QCOMPARE(count(db, QStringLiteral("SELECT v FROM documents_fts_config WHERE k = 'automerge'")), 4);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'documents_summary'")), 1);

        // The next import picks up where it stopped.
        auto rest = ImportJob(db, { kCorpus }, options).runSynchronously();
        QVERIFY(rest);
        QCOMPARE(rest->imported, 3);
        QCOMPARE(rest->unchanged, 2);
    }

    // The cancel lands mid-run every time: the first batch is already in the database (so the run
    // settles it without writing), and the test holds the write lock, so the run cannot write the
    // second batch, let alone finish, before it is cancelled.
    void import_cancelledFuture_leavesOnlyWholeBatches()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("many"));
        constexpr int kFiles = 40;
        constexpr int kBatch = 4;
        const auto letter = [&](int i) {
            writeFile(folder + QStringLiteral("/%1.txt").arg(i, 4, 10, QLatin1Char('0')),
                QStringLiteral("Lettre numéro %1.\nMadame la Maire, nous vous écrivons au sujet du camp.\n")
                    .arg(i)
                    .toUtf8());
        };
        const QString db = dir.filePath(QStringLiteral("corpus.db"));
        ImportOptions options;
        options.batchSize = kBatch;
        for (int i = 0; i < kBatch; ++i)
            letter(i);
        QCOMPARE(ImportJob(db, { folder }, options).runSynchronously()->imported, kBatch);
        for (int i = kBatch; i < kFiles; ++i)
            letter(i);

        const QString holder = QStringLiteral("writeLockHolder");
        {
            QSqlDatabase lock = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), holder);
            lock.setDatabaseName(db);
            QVERIFY(lock.open());
            QSqlQuery begin(lock);
            QVERIFY2(begin.exec(QStringLiteral("BEGIN IMMEDIATE")), qPrintable(begin.lastError().text()));

            QFuture<Result<ImportSummary>> future = ImportJob(db, { folder }, options).start();
            // The first batch settled (unchanged); the second waits for the lock (5 s busy timeout).
            QTRY_VERIFY_WITH_TIMEOUT(future.progressValue() >= kBatch, 4000);
            QVERIFY(!future.isFinished());
            future.cancel();
            QVERIFY(QSqlQuery(lock).exec(QStringLiteral("ROLLBACK")));
            future.waitForFinished();
            QVERIFY(future.isCanceled());
            QCOMPARE(future.resultCount(), 0); // Qt drops the result of a cancelled promise
            lock.close();
        }
        QSqlDatabase::removeDatabase(holder);
        const int documents = count(db, QStringLiteral("SELECT count(*) FROM documents"));
        // The batch being written when the cancel came is whole, and nothing after it.
        QVERIFY2(documents == kBatch || documents == 2 * kBatch, qPrintable(QString::number(documents)));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM documents_fts")), documents);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM events WHERE kind = 'document'")), documents);
    }

    void start_reportsProgressAndResult()
    {
        QTemporaryDir dir;
        ImportOptions options;
        options.batchSize = 2;
        QFuture<Result<ImportSummary>> future
            = ImportJob(dir.filePath(QStringLiteral("corpus.db")), { kCorpus }, options).start();
        future.waitForFinished();
        QCOMPARE(future.resultCount(), 1);
        const Result<ImportSummary> summary = future.result();
        QVERIFY2(summary, qPrintable(errorOf(summary)));
        QCOMPARE(summary->imported, 5);
        QCOMPARE(future.progressMinimum(), 0);
        QCOMPARE(future.progressMaximum(), 5);
        QCOMPARE(future.progressValue(), 5);
        QVERIFY(future.progressText().endsWith(QLatin1String(".txt")));
    }

    void start_runsOnTheWorkPool_leavingQtsGlobalPoolFree()
    {
        // Qt's raster engine waits on the global pool while painting: an import there froze the window.
        QTemporaryDir dir;
        ImportOptions options;
        options.batchSize = 1;
        int globalBusy = 0, workBusy = 0;
        QFuture<Result<ImportSummary>> future = ImportJob(dir.filePath(QStringLiteral("corpus.db")), { kCorpus }, options).start();
        while (!future.isFinished()) {
            globalBusy = std::max(globalBusy, QThreadPool::globalInstance()->activeThreadCount());
            workBusy = std::max(workBusy, workPool()->activeThreadCount());
            QThread::usleep(200);
        }
        QVERIFY(future.result());
        QCOMPARE(future.result()->imported, 5);
        QCOMPARE(globalBusy, 0);
        QVERIFY(workBusy >= 1);
    }

    void start_onSingleThreadPool_doesNotDeadlock()
    {
        QThreadPool* pool = workPool();
        const int previous = pool->maxThreadCount();
        pool->setMaxThreadCount(1); // run() takes the only thread; the batches still need one
        QTemporaryDir dir;
        ImportOptions options;
        options.batchSize = 2;
        QFuture<Result<ImportSummary>> future
            = ImportJob(dir.filePath(QStringLiteral("corpus.db")), { kCorpus }, options).start();
        const bool finished = QTest::qWaitFor([&] { return future.isFinished(); }, 60000);
        pool->setMaxThreadCount(previous);
        QVERIFY(finished);
        QVERIFY(future.result());
        QCOMPARE(future.result()->imported, 5);
    }

    void import_intoCorruptDatabase_isAnError()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("corpus.db"));
        writeFile(db, "Ceci n'est pas une base de données, c'est une lettre.\n");
        auto summary = ImportJob(db, { kCorpus }).runSynchronously();
        QVERIFY(!summary);
        QCOMPARE(summary.error().code, ErrorCode::DatabaseCorrupt);
        QVERIFY(summary.error().detail.contains(db));

        QFuture<Result<ImportSummary>> future = ImportJob(db, { kCorpus }).start();
        future.waitForFinished();
        QVERIFY(!future.result());
        QCOMPARE(future.result().error().code, ErrorCode::DatabaseCorrupt);
    }

    void collect_folderAndFiles_sortedWithRelativeSources()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("root/b.txt")), "b");
        writeFile(dir.filePath(QStringLiteral("root/A.MD")), "a");
        writeFile(dir.filePath(QStringLiteral("root/z/c.txt")), "c");
        writeFile(dir.filePath(QStringLiteral("root/d.pdf")), "d");
        writeFile(dir.filePath(QStringLiteral("root/e.docx")), "e");
        writeFile(dir.filePath(QStringLiteral("root/m/2016.MBOX")), "m");
        writeFile(dir.filePath(QStringLiteral("root/m/note.eml")), "n");
        writeFile(dir.filePath(QStringLiteral("root/scans/p1.JPEG")), "j");
        writeFile(dir.filePath(QStringLiteral("root/scans/p2.tif")), "t");
        writeFile(dir.filePath(QStringLiteral("root/scans/p3.png")), "p");
        writeFile(dir.filePath(QStringLiteral("root/scans/p4.odt")), "o");
        writeFile(dir.filePath(QStringLiteral("single.text")), "s");
        const QList<CollectedFile> files = FileCollector::collect({ dir.filePath(QStringLiteral("root")),
            dir.filePath(QStringLiteral("single.text")), dir.filePath(QStringLiteral("root/b.txt")) }).files;
        QStringList sources;
        for (const CollectedFile& f : files)
            sources.append(f.source);
        QCOMPARE(sources,
            (QStringList { QStringLiteral("A.MD"), QStringLiteral("b.txt"), QStringLiteral("d.pdf"),
                QStringLiteral("m/2016.MBOX"), QStringLiteral("m/note.eml"), QStringLiteral("scans/p1.JPEG"),
                QStringLiteral("scans/p2.tif"), QStringLiteral("scans/p3.png"), QStringLiteral("z/c.txt"),
                QStringLiteral("single.text") }));
        QCOMPARE(files[8].path, QDir::cleanPath(dir.filePath(QStringLiteral("root/z/c.txt"))));
    }

    // A file imported before that cannot be taken now keeps its document, and the user's corrections
    // on it; the import says so (Kept), and nothing is recorded as rejected beside the document.
    void import_fileNowUnusable_keepsItsDocument_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("reason");
        QTest::addRow("empty") << QStringLiteral("empty") << rejectReasonText(RejectReason::Empty);
        QTest::addRow("binary") << QStringLiteral("binary") << QStringLiteral("binary file (PNG image)");
        QTest::addRow("fifo") << QStringLiteral("fifo") << QStringLiteral("not a regular file (FIFO)");
        QTest::addRow("danglingLink") << QStringLiteral("dangling") << QStringLiteral("unreadable (dangling symbolic link to ");
    }
    void import_fileNowUnusable_keepsItsDocument()
    {
        QFETCH(QString, change);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("in"));
        const QString a = folder + QStringLiteral("/a.txt");
        writeFile(a, "Calais, le 3 mars 2016\n\nMonsieur le Maire,\nJe vous \xc3\xa9" "cris.\n");
        writeFile(folder + QStringLiteral("/b.txt"), "Un autre texte.\n");
        const QString db = dir.filePath(QStringLiteral("corpus.db"));
        QCOMPARE(ImportJob(db, { folder }).runSynchronously().value_or(ImportSummary {}).imported, 2);
        {
            auto session = CorpusSession::open(db);
            QVERIFY(session);
            auto ref = DocumentRepository((*session)->database()).findBySourcePath(a);
            QVERIFY(ref && ref->has_value());
            QVERIFY((*session)->setField((*ref)->id, DocumentField::Title, QStringLiteral("Titre corrigé")));
        }

        QVERIFY(QFile::remove(a));
        if (change == QLatin1String("empty"))
            writeFile(a, {});
        else if (change == QLatin1String("binary"))
            writeFile(a, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + QByteArray(64, '\x01'));
        else if (change == QLatin1String("fifo"))
            QCOMPARE(::mkfifo(QFile::encodeName(a).constData(), 0644), 0);
        else
            QVERIFY(QFile::link(dir.filePath(QStringLiteral("nowhere.txt")), a));

        auto summary = ImportJob(db, { folder }).runSynchronously();
        QVERIFY2(summary, qPrintable(errorOf(summary)));
        QCOMPARE(summary->kept, 1);
        QCOMPARE(summary->unchanged, 1);
        QCOMPARE(summary->rejected, 0);
        QCOMPARE(summary->problems.size(), 1);
        QCOMPARE(summary->problems[0].status, ImportOutcome::Status::Kept);
        QCOMPARE(summary->problems[0].source, QStringLiteral("a.txt"));
        QVERIFY2(summary->problems[0].reason.startsWith(reason), qPrintable(summary->problems[0].reason));

        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM documents")), 2);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM import_issues")), 0);
        auto database = Database::open(db);
        QVERIFY(database);
        DocumentRepository documents(*database);
        auto ref = documents.findBySourcePath(a);
        QVERIFY(ref && ref->has_value());
        auto kept = documents.load((*ref)->id);
        QVERIFY(kept);
        QVERIFY(kept->text.contains(QStringLiteral(u"Je vous écris.")));
        QCOMPARE(kept->extraction.title, QStringLiteral("Titre corrigé"));
    }

    // A file that no longer exists is reported as gone; its document goes only through removeGone(),
    // which keeps the user's corrections for a re-import of the same file.
    void import_goneFile_isReportedAndRemovedOnlyWhenAsked()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("in"));
        copyCorpus(folder);
        const QString single = dir.filePath(QStringLiteral("single.txt"));
        writeFile(single, "Un fichier importé seul.\n");
        const QString db = dir.filePath(QStringLiteral("corpus.db"));
        QCOMPARE(ImportJob(db, { folder, single }).runSynchronously().value_or(ImportSummary {}).imported, 6);
        const QString victim = folder + QStringLiteral("/002_2384d3c24b37747e.txt");
        const QByteArray victimBytes = readFile(victim);
        {
            auto session = CorpusSession::open(db);
            QVERIFY(session);
            auto ref = DocumentRepository((*session)->database()).findBySourcePath(victim);
            QVERIFY(ref && ref->has_value());
            QVERIFY((*session)->setField((*ref)->id, DocumentField::Title, QStringLiteral("Titre de l'archiviste")));
        }
        QVERIFY(QFile::remove(victim));
        QVERIFY(QFile::remove(single));

        auto summary = ImportJob(db, { folder, single }).runSynchronously();
        QVERIFY2(summary, qPrintable(errorOf(summary)));
        QCOMPARE(summary->unchanged, 4);
        QCOMPARE(summary->gone, 2);
        QCOMPARE(summary->rejected, 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM documents")), 6);
        QStringList gone;
        for (const ImportOutcome& o : summary->problems) {
            QCOMPARE(o.status, ImportOutcome::Status::Gone);
            gone << o.source;
        }
        gone.sort();
        QCOMPARE(gone, (QStringList { QStringLiteral("002_2384d3c24b37747e.txt"), QStringLiteral("single.txt") }));
        QStringList gonePaths = summary->gonePaths();
        gonePaths.sort();
        QCOMPARE(gonePaths, (QStringList { QDir::cleanPath(victim), QDir::cleanPath(single) }));

        // Importing another folder says nothing about these files.
        const QString other = dir.filePath(QStringLiteral("other"));
        writeFile(other + QStringLiteral("/c.txt"), "Autre chose.\n");
        auto unrelated = ImportJob(db, { other }).runSynchronously();
        QVERIFY(unrelated);
        QCOMPARE(unrelated->gone, 0);

        // A file back in place meanwhile is not removed.
        writeFile(single, "Un fichier importé seul.\n");
        auto removal = ImportJob::removeGone(db, summary->gonePaths());
        QVERIFY2(removal, qPrintable(removal ? QString() : removal.error().detail));
        QCOMPARE(removal->removed, 1);
        QCOMPARE(removal->corrections, 1);
        QCOMPARE(removal->stillPresent, QStringList { QDir::cleanPath(single) });
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM documents")), 6);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM changes")), 1);

        writeFile(victim, victimBytes);
        auto back = ImportJob(db, { folder }).runSynchronously();
        QVERIFY(back);
        QCOMPARE(back->imported, 1);
        auto database = Database::open(db);
        QVERIFY(database);
        DocumentRepository documents(*database);
        auto ref = documents.findBySourcePath(QDir::cleanPath(victim));
        QVERIFY(ref && ref->has_value());
        QCOMPARE(documents.load((*ref)->id).value_or(Document {}).extraction.title, QStringLiteral("Titre de l'archiviste"));
    }

    // Every folder entry that could hold a document is imported or reported: hidden files are imported,
    // names that are not UTF-8 are read by their bytes, FIFOs and dangling links are rejected without
    // being opened, hidden folders and links to folders are named as skipped.
    void import_hostileFolder_reportsEverySkippedEntry()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("in"));
        writeFile(folder + QStringLiteral("/.notes.txt"), "Notes cach\xc3\xa9" "es du 3 mars 2016.\n");
        writeFile(folder + QStringLiteral("/sub/ok.txt"), "Un texte ordinaire.\n");
        writeFile(folder + QStringLiteral("/.git/HEAD.txt"), "ref: refs/heads/main\n");
        writeFile(folder + QStringLiteral("/.cache/x.md"), "cache\n");
        writeFile(dir.filePath(QStringLiteral("elsewhere/linked.txt")), "Par un lien.\n");
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("elsewhere")), folder + QStringLiteral("/linkdir")));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("nowhere.txt")), folder + QStringLiteral("/dangling.txt")));
        QCOMPARE(::mkfifo(QFile::encodeName(folder + QStringLiteral("/pipe.txt")).constData(), 0644), 0);
        // "café.txt" with the é in Latin-1: not UTF-8.
        const QByteArray rawName = QFile::encodeName(folder) + "/caf\xE9.txt";
        const int fd = ::open(rawName.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        QVERIFY(fd >= 0);
        const QByteArray latin = "Lettre au nom \xE9" "trange, \xE9" "crite en Latin-1.\n";
        QCOMPARE(::write(fd, latin.constData(), size_t(latin.size())), ssize_t(latin.size()));
        ::close(fd);

        const Collection collection = FileCollector::collect({ folder });
        QStringList sources;
        for (const CollectedFile& f : collection.files)
            sources << f.source;
        QCOMPARE(sources,
            (QStringList { QStringLiteral(".notes.txt"), QStringLiteral(u"caf\u00e9.txt"), QStringLiteral("dangling.txt"),
                QStringLiteral("pipe.txt"), QStringLiteral("sub/ok.txt") }));
        QCOMPARE(collection.files[1].nativePath, rawName);
        QStringList skipped;
        for (const SkippedFolder& f : collection.skipped)
            skipped << f.source + QLatin1Char('=') + f.reason;
        QCOMPARE(skipped,
            (QStringList { QStringLiteral(".cache/=hidden folder, not searched"), QStringLiteral(".git/=hidden folder, not searched"),
                QStringLiteral("linkdir/=symbolic link to a folder, not followed") }));

        const QString db = dir.filePath(QStringLiteral("corpus.db"));
        auto summary = ImportJob(db, { folder }).runSynchronously();
        QVERIFY2(summary, qPrintable(errorOf(summary)));
        QCOMPARE(summary->imported, 3);
        QCOMPARE(summary->rejected, 2);
        QCOMPARE(summary->skipped, 3);
        QStringList lines;
        for (const ImportOutcome& o : summary->problems)
            lines << o.source + QLatin1Char('=') + o.reason;
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.mid(0, 3), skipped);
        QCOMPARE(lines[3], QStringLiteral("dangling.txt=unreadable (dangling symbolic link to %1)").arg(dir.filePath(QStringLiteral("nowhere.txt"))));
        QCOMPARE(lines[4], QStringLiteral("pipe.txt=not a regular file (FIFO)"));

        auto database = Database::open(db);
        QVERIFY(database);
        DocumentRepository documents(*database);
        auto ref = documents.findBySourcePath(folder + QStringLiteral(u"/caf\u00e9.txt"));
        QVERIFY(ref && ref->has_value());
        QCOMPARE((*ref)->source, QStringLiteral(u"caf\u00e9.txt"));
        QVERIFY(documents.load((*ref)->id).value_or(Document {}).text.contains(QStringLiteral(u"nom étrange")));
        QCOMPARE(ImportIssueRepository(*database).list(ImportIssue::Kind::Rejected).value_or(QList<ImportIssue> {}).size(), 2);

        // Unchanged on a second run, hidden folders still not searched, nothing gone.
        auto again = ImportJob(db, { folder }).runSynchronously();
        QVERIFY(again);
        QCOMPARE(again->unchanged, 3);
        QCOMPARE(again->gone, 0);
        // QTemporaryDir lists with Qt, which does not see this name.
        QCOMPARE(::unlink(rawName.constData()), 0);
    }

    // A FIFO given by name is reported, never opened (opening it would wait for a writer forever).
    void import_fifoArgument_isRejectedWithoutBlocking()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("x.txt"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0644), 0);
        QFuture<Result<ImportSummary>> future = ImportJob(dir.filePath(QStringLiteral("c.db")), { fifo }).start();
        QDeadlineTimer deadline(20000);
        while (!future.isFinished() && !deadline.hasExpired())
            QThread::msleep(10);
        if (!future.isFinished()) {
            // Unblock the reader so the test ends with a failure instead of hanging.
            const int fd = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK);
            future.waitForFinished();
            if (fd >= 0)
                ::close(fd);
            QFAIL("the import blocked on a FIFO");
        }
        const Result<ImportSummary> summary = future.result();
        QVERIFY(summary);
        QCOMPARE(summary->rejected, 1);
        QCOMPARE(summary->problems.first().reason, QStringLiteral("not a regular file (FIFO)"));
    }

    // "café.txt" in UTF-8 and in Latin-1 side by side are shown alike: the second is named, not lost.
    void collect_twoNamesShownAlike_theSecondIsReported()
    {
        QTemporaryDir dir;
        const QByteArray folder = QFile::encodeName(dir.path());
        const auto cleanup = qScopeGuard([&] {
            ::unlink(QByteArray(folder + "/caf\xC3\xA9.txt").constData());
            ::unlink(QByteArray(folder + "/caf\xE9.txt").constData());
        });
        for (const QByteArray& name : { QByteArray("/caf\xC3\xA9.txt"), QByteArray("/caf\xE9.txt") }) {
            const int fd = ::open(QByteArray(folder + name).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
            QVERIFY(fd >= 0);
            QCOMPARE(::write(fd, name.constData(), size_t(name.size())), ssize_t(name.size()));
            ::close(fd);
        }
        const Collection collection = FileCollector::collect({ dir.path() });
        QCOMPARE(collection.files.size(), 1);
        QCOMPARE(collection.files.first().source, QStringLiteral(u"caf\u00e9.txt"));
        QCOMPARE(collection.skipped.size(), 1);
        QCOMPARE(collection.skipped.first().source, QStringLiteral(u"caf\u00e9.txt"));
        QVERIFY2(collection.skipped.first().reason.contains(QStringLiteral("not UTF-8")), qPrintable(collection.skipped.first().reason));
    }

    void collect_namesNotUtf8_roundTripThroughArguments_data()
    {
        QTest::addColumn<QByteArray>("native");
        QTest::addRow("ascii") << QByteArray("/tmp/a.txt");
        QTest::addRow("utf8") << QByteArray("/tmp/caf\xC3\xA9.txt");
        QTest::addRow("latin1") << QByteArray("/tmp/caf\xE9.txt");
        QTest::addRow("loneContinuation") << QByteArray("/tmp/\x80\xBF.md");
        QTest::addRow("fourByteUtf8") << QByteArray("/tmp/\xF0\x9F\x93\xAE.txt");
        QTest::addRow("cutSequence") << QByteArray("/tmp/\xE2\x82.txt");
    }
    void collect_namesNotUtf8_roundTripThroughArguments()
    {
        QFETCH(QByteArray, native);
        QCOMPARE(FileCollector::nativeFromArgument(FileCollector::argumentFromNative(native)), native);
        const QString shown = FileCollector::displayName(native);
        QVERIFY(!shown.contains(QChar::ReplacementCharacter));
        QCOMPARE(shown.size() <= native.size(), true);
    }
};

QTEST_GUILESS_MAIN(TestImportJob)
#include "tst_importjob.moc"
