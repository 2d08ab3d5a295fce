// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/database.h"
#include "core/import/importjob.h"
#include "core/workpool.h"

#include "support/hostiletext.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <atomic>

using namespace littoral::core;
namespace hostile = littoral::test::HostileText;

namespace {

void writeText(const QString& path, const QString& text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
}

int count(const QString& dbPath, const QString& sql)
{
    auto db = Database::open(dbPath);
    if (!db)
        return -1;
    QSqlQuery q(db->connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

int documentCount(const QString& dbPath)
{
    return count(dbPath, QStringLiteral("SELECT count(*) FROM documents"));
}

} // namespace

// Cancelling an import stops the file being extracted, not only the files after it.
class TestImportCancellation final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void import_cancelledInsideAnExtraction_returnsAtOnce()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("long"));
        QVERIFY(QDir().mkpath(folder));
        // Three long files: thousands of dates each, so each extraction asks whether to stop thousands of times.
        for (int i = 0; i < 3; ++i)
            writeText(folder + QStringLiteral("/%1.txt").arg(i), hostile::datedSentences(3000 + i, false));
        const QString db = dir.filePath(QStringLiteral("corpus.db"));

        // Each file is asked at most three times before its extraction starts (before reading, after hashing,
        // after cleaning): the 40th question from the pool is asked from inside an extraction.
        const QThread* caller = QThread::currentThread();
        std::atomic_int poolQuestions { 0 };
        std::atomic_int afterCancel { 0 };
        std::atomic_bool stop { false };
        ImportCallbacks callbacks;
        callbacks.isCanceled = [&] {
            if (stop) {
                ++afterCancel;
                return true;
            }
            if (QThread::currentThread() != caller && ++poolQuestions >= 40)
                stop = true;
            return stop.load();
        };
        const auto summary = ImportJob(db, { folder }).runSynchronously(callbacks);
        QVERIFY(summary);
        QVERIFY(stop);
        QVERIFY(summary->cancelled);
        QCOMPARE(summary->imported, 0);
        QCOMPARE(documentCount(db), 0); // a file cut by cancellation is not written, even cut short
        // Each file still running asks once more in its extraction and once after it; the job asks once.
        QVERIFY2(afterCancel <= 3 * 3 + 2, qPrintable(QString::number(afterCancel)));
        QVERIFY(workPool()->waitForDone(10000)); // idle: the counts above show nothing kept extracting
        QVERIFY(backgroundPool()->waitForDone(10000));
    }

    void import_tinyBudget_writesTheDocumentCutShort()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("long.txt"));
        writeText(file, hostile::datedSentences(20000, false));
        const QString db = dir.filePath(QStringLiteral("corpus.db"));
        ImportOptions options;
        options.extractionBudgetMs = 1; // 1.3 MB of dates: far more than a millisecond's work
        const auto summary = ImportJob(db, { file }, options).runSynchronously();
        QVERIFY(summary);
        QCOMPARE(summary->imported, 1); // kept, with what was found before the budget ran out
        QCOMPARE(documentCount(db), 1);

        // The same file with a budget it does not reach: every one of its 2,352 distinct dated events.
        // (Not the default 5 s: on a loaded 2-core machine this text once took longer, and came out cut.)
        const QString whole = dir.filePath(QStringLiteral("whole.db"));
        ImportOptions unhurried;
        unhurried.extractionBudgetMs = 600000;
        QCOMPARE(ImportJob(whole, { file }, unhurried).runSynchronously()->imported, 1);
        const QString mentioned = QStringLiteral("SELECT count(*) FROM events WHERE kind = 'mentioned'");
        QCOMPARE(count(whole, mentioned), 2352);
        QVERIFY2(count(db, mentioned) < 2352, qPrintable(QString::number(count(db, mentioned))));
    }
};

QTEST_GUILESS_MAIN(TestImportCancellation)
#include "tst_importcancellation.moc"
