// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchutil.h"
#include "frames.h"
#include "heartbeat.h"
#include "phases.h"
#include "rawsqlite.h"

#include "core/workpool.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QFile>
#include <QJsonObject>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QThreadPool>

#include <sqlite3.h>

namespace littoral::bench {
namespace {

void removeDatabase(const QString& database)
{
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(database + suffix);
}

// PRAGMA integrity_check, FTS5's own integrity-check, and documents vs rows indexed.
QJsonObject consistency(const QString& database)
{
    RawSqlite db(database, RawSqlite::Mode::ReadWrite);
    const QByteArray integrity = db.scalar("PRAGMA integrity_check");
    char* error = nullptr;
    const int rc = sqlite3_exec(db.handle(), "INSERT INTO documents_fts(documents_fts) VALUES('integrity-check')",
        nullptr, nullptr, &error);
    const QString ftsCheck = rc == SQLITE_OK ? QStringLiteral("ok") : QString::fromUtf8(error ? error : "failed");
    sqlite3_free(error);
    const qint64 documents = db.scalar("SELECT count(*) FROM documents").toLongLong();
    const qint64 indexed = db.scalar("SELECT count(*) FROM documents_fts_docsize").toLongLong();
    const bool ok = integrity == "ok" && ftsCheck == QLatin1String("ok") && documents == indexed;
    return { { QStringLiteral("integrity_check"), QString::fromUtf8(integrity) }, { QStringLiteral("fts_check"), ftsCheck },
        { QStringLiteral("documents"), documents }, { QStringLiteral("fts_rows"), indexed },
        { QStringLiteral("consistent"), ok } };
}

struct Run {
    double startedMs = 0;   // importInto returned
    double jobDoneMs = -1;  // the window learned that the job ended (its status message cleared)
    double finishedMs = -1; // importFinished: the window shows the new corpus
    bool ok = false;
};

} // namespace

int runGuiImport(const QString& corpus, const QString& workDir, double cancelAfterMs, double watchMs)
{
    ui::MainWindow window;
    window.show();
    QCoreApplication::processEvents();
    Heartbeat heartbeat;
    Run run;
    QObject::connect(window.statusBar(), &QStatusBar::messageChanged, &window, [&](const QString& message) {
        if (message.isEmpty() && run.jobDoneMs < 0)
            run.jobDoneMs = heartbeat.now();
    });
    QObject::connect(&window, &ui::MainWindow::importFinished, &window, [&](bool ok) {
        run.finishedMs = heartbeat.now();
        run.ok = ok;
    });
    auto begin = [&](const QString& database) {
        waitFor([] { return core::workPool()->activeThreadCount() == 0; }, 60000);
        removeDatabase(database);
        run = Run {};
        heartbeat.restart();
        const double t0 = heartbeat.now();
        window.importInto(database, { corpus });
        run.startedMs = heartbeat.now();
        return t0;
    };
    // Clicks the progress dialog's Cancel button once `at` has come, unless the job ended first;
    // returns when the click happened (or -1).
    auto cancelAt = [&](double at) {
        waitFor([&] { return heartbeat.now() >= at || run.jobDoneMs >= 0; }, 3600000);
        if (run.jobDoneMs >= 0)
            return -1.0;
        auto* progress = window.findChild<QProgressDialog*>();
        QPushButton* button = progress ? progress->findChild<QPushButton*>() : nullptr;
        if (!button) {
            note(QStringLiteral("no Cancel button found"));
            return -1.0;
        }
        const double clickMs = heartbeat.now();
        button->click();
        return clickMs;
    };

    // 1. An import, watched by the heartbeat: whole, or its first watchMs (then cancelled) when it is
    // longer, which keeps a 100,000-document run within the benchmark's time.
    const QString fullDb = workDir + QStringLiteral("/gui-import.db");
    const double fullStart = begin(fullDb);
    double clickMs = cancelAt(fullStart + watchMs);
    const bool partial = clickMs >= 0;
    waitFor([&] { return run.jobDoneMs >= 0; }, 3600000);
    const double importGap = heartbeat.maxGap();
    const double importMs = run.jobDoneMs - fullStart;
    waitFor([&] { return run.finishedMs >= 0; }, 600000);
    const double totalGap = heartbeat.maxGap();
    const double reloadMs = run.finishedMs - run.jobDoneMs;
    note(QStringLiteral("GUI import %1 %2 s, longest stall %3 ms, %4 ms into it (%5 ms with the reload after it)")
            .arg(partial ? QStringLiteral("watched for") : QStringLiteral("took"))
            .arg(importMs / 1000, 0, 'f', 1)
            .arg(importGap, 0, 'f', 0)
            .arg(heartbeat.maxGapEnd() - fullStart, 0, 'f', 0)
            .arg(totalGap, 0, 'f', 0));

    // 2. Cancel, as the progress dialog's Cancel button does: where the watch ended, else after cancelAfterMs
    // of a second import.
    QString cancelDb = fullDb;
    double cancelGap = totalGap;
    if (!partial) {
        cancelDb = workDir + QStringLiteral("/gui-cancel.db");
        begin(cancelDb);
        clickMs = cancelAt(run.startedMs + cancelAfterMs);
        waitFor([&] { return run.jobDoneMs >= 0; }, 600000);
        cancelGap = heartbeat.maxGap();
        waitFor([&] { return run.finishedMs >= 0; }, 600000);
    }
    const bool finishedEarly = clickMs < 0;
    const double cancelMs = run.jobDoneMs - clickMs;
    const double cancelToWindowMs = run.finishedMs - clickMs;
    waitFor([] { return core::workPool()->activeThreadCount() == 0; }, 60000);
    if (!finishedEarly)
        note(QStringLiteral("cancel honoured in %1 ms (window reloaded after %2 ms)")
                .arg(cancelMs, 0, 'f', 0)
                .arg(cancelToWindowMs, 0, 'f', 0));

    QJsonObject result { { QStringLiteral("import_ms"), importMs }, { QStringLiteral("partial"), partial },
        { QStringLiteral("max_gap_ms"), importGap }, { QStringLiteral("max_gap_with_reload_ms"), totalGap },
        { QStringLiteral("reload_ms"), reloadMs }, { QStringLiteral("cancel_finished_before_click"), finishedEarly },
        { QStringLiteral("cancel_max_gap_ms"), cancelGap }, { QStringLiteral("cancel_db"), consistency(cancelDb) },
        { QStringLiteral("peak_rss_mb"), peakRssMb() } };
    if (!partial)
        result.insert(QStringLiteral("full_db"), consistency(fullDb));
    if (!finishedEarly) { // a small corpus is imported before there is anything to cancel
        result.insert(QStringLiteral("cancel_ms"), cancelMs);
        result.insert(QStringLiteral("cancel_to_window_ms"), cancelToWindowMs);
    }
    emitResult(result);
    return 0;
}

} // namespace littoral::bench
