// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchutil.h"
#include "frames.h"
#include "heartbeat.h"
#include "phases.h"
#include "rawsqlite.h"

#include "core/db/database.h"
#include "core/models/corpusindex.h"
#include "core/models/selectionstate.h"
#include "ui/graphview.h"
#include "ui/mainwindow.h"
#include "ui/timelineview.h"

#include <QApplication>
#include <QEvent>
#include <QImage>
#include <QJsonObject>

#include <cmath>

namespace littoral::bench {
namespace {

// Notes when a widget has received a paint event (it is painted once the loop iteration returns).
class PaintWatcher final : public QObject {
public:
    explicit PaintWatcher(QWidget* target) : m_target(target) { }
    bool painted = false;
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_target && event->type() == QEvent::Paint)
            painted = true;
        return false;
    }

private:
    QWidget* m_target;
};

} // namespace

QJsonObject measureTimeline(const std::shared_ptr<const core::CorpusIndex>& corpus)
{
    core::SelectionState selection;
    selection.setCorpus(corpus);
    ui::TimelineView view(&selection);
    view.resize(1600, 400);
    view.show();
    QCoreApplication::processEvents();
    QImage image(1600, 400, QImage::Format_ARGB32_Premultiplied);

    const QList<double> first = timeFrames(&view, image, 1, [&](int) { view.fitToData(); });
    const QList<double> full = timeFrames(&view, image, kFrames, [&](int) { view.fitToData(); });
    const QList<double> repaint = timeFrames(&view, image, kFrames, {});
    view.fitToData();
    for (int i = 0; i < 4; ++i)
        view.zoomIn();
    const QList<double> zoomed = timeFrames(&view, image, kFrames, [&](int i) {
        if (i % 2)
            view.zoomIn();
        else
            view.zoomOut();
    });
    // Drag in the lanes, just above the axis: 10 steps of 24 px one way, then back.
    const QPointF grip(800, view.axisRect().top() - 12);
    sendMouse(&view, QEvent::MouseButtonPress, grip, true);
    QPointF at = grip;
    const QList<double> pan = timeFrames(&view, image, kFrames, [&](int i) {
        at += QPointF((i / 10) % 2 ? -24 : 24, 0);
        sendMouse(&view, QEvent::MouseMove, at, true);
    });
    sendMouse(&view, QEvent::MouseButtonRelease, at, false);
    // A story step's glide (presentation mode): the frames between the whole span and a week in its
    // middle, out and back, each one setting the days as the 400 ms animation's frames do.
    view.fitToData();
    const auto [wholeFirst, wholeLast] = view.visibleDays();
    const QDate weekFirst = wholeFirst.addDays(wholeFirst.daysTo(wholeLast) / 2);
    const QDate weekLast = weekFirst.addDays(6);
    constexpr int kGlideFrames = 24; // 400 ms at 60 Hz
    const QList<double> glide = timeFrames(&view, image, 2 * kGlideFrames, [&](int i) {
        const double t = double(i % kGlideFrames) / (kGlideFrames - 1);
        const double u = (i / kGlideFrames) % 2 ? 1.0 - t : t;
        const auto between = [u](QDate a, QDate b) { return a.addDays(qint64(std::llround(double(a.daysTo(b)) * u))); };
        view.showDays(between(wholeFirst, weekFirst), between(wholeLast, weekLast));
    });

    const int documents = int(corpus->documents().size());
    const QList<double> plain = timePlainPaint(image, documents, kFrames);
    const double baseline = median(plain);
    auto withBaseline = [baseline](const QList<double>& samples) {
        QJsonObject o = frameStats(samples);
        o.insert(QStringLiteral("ratio_to_baseline"), baseline > 0 ? median(samples) / baseline : 0.0);
        return o;
    };
    view.fitToData();
    return { { QStringLiteral("first_frame_ms"), first.value(0) }, { QStringLiteral("full"), withBaseline(full) },
        { QStringLiteral("repaint"), withBaseline(repaint) }, { QStringLiteral("zoomed"), withBaseline(zoomed) },
        { QStringLiteral("pan"), withBaseline(pan) }, { QStringLiteral("glide"), withBaseline(glide) }, { QStringLiteral("baseline_ms"), baseline },
        { QStringLiteral("baseline_rects"), documents }, { QStringLiteral("aggregated"), view.isAggregated() },
        { QStringLiteral("marks"), view.markCount() } };
}

int runView(const QString& database)
{
    // Baseline: the same file opened with sqlite3 and its documents counted.
    QList<double> baseline;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        RawSqlite raw(database, RawSqlite::Mode::ReadOnly);
        raw.scalar("SELECT count(*) FROM documents");
        baseline << elapsedMs(timer);
    }

    QElapsedTimer timer;
    timer.start();
    ui::MainWindow window;
    bool shown = false;
    bool loaded = false;
    QObject::connect(&window, &ui::MainWindow::documentsShown, &window, [&] { shown = true; });
    QObject::connect(&window, &ui::MainWindow::corpusLoaded, &window, [&] { loaded = true; });
    PaintWatcher watcher(window.timeline());
    if (!window.openDatabase(database))
        return 2;
    window.show();
    qApp->installEventFilter(&watcher);
    // First painted window with the corpus in it: the timeline painted after the documents are shown.
    const bool opened = waitFor(
        [&] {
            if (!shown)
                watcher.painted = false;
            return shown && watcher.painted;
        },
        120000);
    const double openMs = elapsedMs(timer);
    waitFor([&] { return loaded; }, 120000);
    const double completeMs = elapsedMs(timer);
    qApp->removeEventFilter(&watcher);
    waitFor([&] { return !window.graph()->isLayoutRunning(); }, 120000);
    const double graphReadyMs = elapsedMs(timer);
    note(QStringLiteral("open %1 ms, correspondents and events at %2 ms, graph laid out at %3 ms; %4 MB resident (peak %5)")
            .arg(openMs, 0, 'f', 0)
            .arg(completeMs, 0, 'f', 0)
            .arg(graphReadyMs, 0, 'f', 0)
            .arg(currentRssMb(), 0, 'f', 0)
            .arg(peakRssMb(), 0, 'f', 0));

    // A search typed in the window: how long the GUI thread is held, and when every view shows it.
    bool searched = false;
    QObject::connect(&window, &ui::MainWindow::searchFinished, &window, [&] { searched = true; });
    Heartbeat heartbeat;
    heartbeat.restart();
    timer.restart();
    window.search(QStringLiteral("migrants"));
    waitFor([&] { return searched; }, 60000);
    const double searchInWindowMs = elapsedMs(timer);
    // The results are applied just before searchFinished(): let the heartbeat beat once more, or a
    // stall at the very end is never seen.
    const double applied = heartbeat.now();
    waitFor([&] { return heartbeat.now() - applied > 30; }, 1000);
    const double searchStallMs = heartbeat.maxGap();
    note(QStringLiteral("search in the window: %1 ms, longest stall %2 ms").arg(searchInWindowMs, 0, 'f', 0).arg(searchStallMs, 0, 'f', 0));

    // What a person does next: zoom and pan the window's own timeline and graph, and let the graph's
    // full frame come back. The window's peak memory is taken here, before the measurements below
    // add a second timeline and a second laid-out graph of their own.
    for (QWidget* view : { static_cast<QWidget*>(window.timeline()), static_cast<QWidget*>(window.graph()) }) {
        const QPointF centre(view->width() / 2.0, view->height() / 2.0);
        for (int i = 0; i < 6; ++i) {
            sendWheel(view, centre, 1);
            QCoreApplication::processEvents();
        }
        sendMouse(view, QEvent::MouseButtonPress, centre, true);
        for (int i = 1; i <= 10; ++i) {
            sendMouse(view, QEvent::MouseMove, centre + QPointF(20.0 * i, 0), true);
            QCoreApplication::processEvents();
        }
        sendMouse(view, QEvent::MouseButtonRelease, centre + QPointF(200, 0), false);
    }
    waitFor([&] { return !window.graph()->isShowingPreview(); }, 60000);
    const double windowPeakMb = peakRssMb();
    const double windowRssMb = currentRssMb();
    note(QStringLiteral("the window after zoom and pan: %1 MB resident, peak %2").arg(windowRssMb, 0, 'f', 0).arg(windowPeakMb, 0, 'f', 0));

    const auto corpus = window.selection()->corpusPointer();
    QJsonObject result { { QStringLiteral("window_peak_rss_mb"), windowPeakMb }, { QStringLiteral("window_rss_mb"), windowRssMb }, { QStringLiteral("open_ms"), openMs }, { QStringLiteral("opened"), opened },
        { QStringLiteral("open_baseline_ms"), median(baseline) },
        { QStringLiteral("open_ratio"), median(baseline) > 0 ? openMs / median(baseline) : 0.0 },
        { QStringLiteral("complete_ms"), completeMs }, { QStringLiteral("graph_ready_ms"), graphReadyMs }, { QStringLiteral("search_in_window_ms"), searchInWindowMs },
        { QStringLiteral("search_max_stall_ms"), searchStallMs },
        { QStringLiteral("documents"), int(corpus->documents().size()) } };
    note(QStringLiteral("timeline… (%1 MB resident, peak %2)").arg(currentRssMb(), 0, 'f', 0).arg(peakRssMb(), 0, 'f', 0));
    result.insert(QStringLiteral("timeline"), measureTimeline(corpus));
    note(QStringLiteral("graph view… (%1 MB resident, peak %2)").arg(currentRssMb(), 0, 'f', 0).arg(peakRssMb(), 0, 'f', 0));
    result.insert(QStringLiteral("graph_view"), measureGraphView(corpus, 10));
    result.insert(QStringLiteral("peak_rss_mb"), peakRssMb());
    emitResult(result);
    return 0;
}

int runTimeline(const QString& database)
{
    auto db = core::Database::openExisting(database);
    if (!db) {
        note(QStringLiteral("cannot open %1: %2").arg(database, db.error().detail));
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    auto index = core::CorpusIndex::load(*db);
    if (!index) {
        note(QStringLiteral("cannot read %1: %2").arg(database, index.error().detail));
        return 2;
    }
    const double loadMs = elapsedMs(timer);
    const auto corpus = std::make_shared<const core::CorpusIndex>(std::move(*index));
    QJsonObject result { { QStringLiteral("load_ms"), loadMs },
        { QStringLiteral("documents"), int(corpus->documents().size()) } };
    result.insert(QStringLiteral("timeline"), measureTimeline(corpus));
    result.insert(QStringLiteral("peak_rss_mb"), peakRssMb());
    emitResult(result);
    return 0;
}

} // namespace littoral::bench
