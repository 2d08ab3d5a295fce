// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchutil.h"
#include "frames.h"
#include "heartbeat.h"
#include "phases.h"

#include "support/archiverenditions.h"

#include "core/import/importjob.h"
#include "core/workpool.h"
#include "ui/mainwindow.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>

namespace littoral::bench {
namespace {

void removeDatabase(const QString& database)
{
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(database + suffix);
}

// The first `count` letters of a generated corpus, written once as text PDFs; returns the pages written.
int writePdfs(const QString& corpus, const QString& folder, int count)
{
    QStringList texts;
    QDirIterator it(corpus, { QStringLiteral("*.txt") }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        texts << it.next();
    texts.sort();
    texts = texts.mid(0, count);
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    int pages = 0;
    for (const QString& path : texts) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        pages += test::writeTextPdf(QString::fromUtf8(file.readAll()),
            QDir(folder).absoluteFilePath(QFileInfo(path).completeBaseName() + QStringLiteral(".pdf")));
    }
    return pages;
}

// pdftotext on each file, as many at a time as the import's pool runs: the same cores for both sides.
double timePdftotext(const QString& program, const QStringList& pdfs, int* failures)
{
    const int parallel = std::max(1, QThread::idealThreadCount());
    QElapsedTimer timer;
    timer.start();
    QList<QProcess*> running;
    qsizetype next = 0;
    while (next < pdfs.size() || !running.isEmpty()) {
        while (running.size() < parallel && next < pdfs.size()) {
            auto* process = new QProcess;
            process->setStandardOutputFile(QProcess::nullDevice());
            process->start(program, { pdfs[next++], QStringLiteral("-") });
            running << process;
        }
        QProcess* first = running.takeFirst();
        first->waitForFinished(-1);
        if (first->exitStatus() != QProcess::NormalExit || first->exitCode() != 0)
            ++*failures;
        delete first;
    }
    return elapsedMs(timer);
}

} // namespace

// The whole import of a folder of text PDFs (helper process, extraction, SQLite) against pdftotext on
// the same files, then the same import in the window under a heartbeat for its longest stall.
int runPdfImport(const QString& corpus, const QString& workDir, int count)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (program.isEmpty()) {
        note(QStringLiteral("PDF import skipped: pdftotext is not installed"));
        emitResult({ { QStringLiteral("skipped"), QStringLiteral("pdftotext is not installed") } });
        return 0;
    }
    const QString folder = workDir + QStringLiteral("/pdf-letters");
    QElapsedTimer writing;
    writing.start();
    const int pages = writePdfs(corpus, folder, count);
    QStringList pdfs;
    for (const QFileInfo& info : QDir(folder).entryInfoList({ QStringLiteral("*.pdf") }, QDir::Files, QDir::Name)) {
        pdfs << info.absoluteFilePath();
        QFile f(info.absoluteFilePath()); // warm the page cache for both sides
        if (f.open(QIODevice::ReadOnly))
            f.readAll();
    }
    note(QStringLiteral("PDF import: %1 PDFs, %2 pages written in %3 s")
            .arg(pdfs.size())
            .arg(pages)
            .arg(elapsedMs(writing) / 1000, 0, 'f', 1));
    if (pdfs.isEmpty()) {
        emitResult({ { QStringLiteral("error"), QStringLiteral("no PDF written") } });
        return 2;
    }

    int failures = 0;
    const double baselineMs = timePdftotext(program, pdfs, &failures);

    const QString database = workDir + QStringLiteral("/pdf-import.db");
    removeDatabase(database);
    QElapsedTimer timer;
    timer.start();
    const auto summary = core::ImportJob(database, { folder }).runSynchronously();
    const double importMs = elapsedMs(timer);
    if (!summary) {
        note(QStringLiteral("PDF import failed: %1").arg(summary.error().detail));
        emitResult({ { QStringLiteral("error"), summary.error().detail } });
        return 2;
    }

    // The same import started from the window: the GUI thread's longest stall.
    const QString guiDatabase = workDir + QStringLiteral("/pdf-import-gui.db");
    removeDatabase(guiDatabase);
    ui::MainWindow window;
    window.show();
    QCoreApplication::processEvents();
    bool finished = false;
    QObject::connect(&window, &ui::MainWindow::importFinished, &window, [&](bool) { finished = true; });
    waitFor([] { return core::workPool()->activeThreadCount() == 0; }, 60000);
    Heartbeat heartbeat;
    heartbeat.restart();
    window.importInto(guiDatabase, { folder });
    waitFor([&] { return finished; }, 3600000);
    const double maxGap = heartbeat.maxGap();

    const double ratio = importMs / std::max(baselineMs, 0.001);
    note(QStringLiteral("PDF import: %1 pages in %2 s (pdftotext %3 s), ratio %4, longest window stall %5 ms")
            .arg(pages)
            .arg(importMs / 1000, 0, 'f', 2)
            .arg(baselineMs / 1000, 0, 'f', 2)
            .arg(ratio, 0, 'f', 2)
            .arg(maxGap, 0, 'f', 0));
    emitResult({ { QStringLiteral("files"), int(pdfs.size()) }, { QStringLiteral("pages"), pages },
        { QStringLiteral("import_s"), importMs / 1000 }, { QStringLiteral("imported"), summary->imported },
        { QStringLiteral("rejected"), summary->rejected },
        { QStringLiteral("pages_per_s"), pages / std::max(importMs / 1000, 1e-6) },
        { QStringLiteral("pdftotext_s"), baselineMs / 1000 }, { QStringLiteral("pdftotext_failures"), failures },
        { QStringLiteral("pdftotext_pages_per_s"), pages / std::max(baselineMs / 1000, 1e-6) },
        { QStringLiteral("pdftotext_parallel"), std::max(1, QThread::idealThreadCount()) },
        { QStringLiteral("ratio"), ratio }, { QStringLiteral("window_max_gap_ms"), maxGap },
        { QStringLiteral("peak_rss_mb"), peakRssMb() } });
    return 0;
}

} // namespace littoral::bench
