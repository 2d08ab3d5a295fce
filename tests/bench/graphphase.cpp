// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchutil.h"
#include "frames.h"
#include "heartbeat.h"
#include "phases.h"

#include "core/models/corpusindex.h"
#include "core/models/graphlayout.h"
#include "core/models/selectionstate.h"
#include "ui/graphview.h"

#include <QCoreApplication>
#include <QImage>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>

#include <igraph.h>

#include <cmath>

namespace littoral::bench {
namespace {

constexpr int kNodes = 5000;
constexpr int kEdges = 20000;

// 5,000 correspondents and 20,000 distinct sender -> recipient links, one letter each: a spanning
// tree so nothing is isolated, then links whose ends follow a Zipf-like activity.
core::CorpusIndex syntheticCorpus()
{
    QRandomGenerator random(20160924);
    QList<double> cumulative;
    double total = 0;
    for (int i = 1; i <= kNodes; ++i)
        cumulative << (total += 1.0 / std::pow(i, 0.9));
    auto zipf = [&] {
        const double u = random.bounded(total);
        return int(std::lower_bound(cumulative.begin(), cumulative.end(), u) - cumulative.begin()) + 1;
    };

    QList<core::CorrespondentSummary> correspondents;
    for (int i = 1; i <= kNodes; ++i) {
        core::CorrespondentSummary c;
        c.id = i;
        c.kind = i % 5 == 0 ? core::CorrespondentKind::Organization : core::CorrespondentKind::Person;
        c.name = QStringLiteral("Correspondent %1").arg(i);
        c.aliases = { c.name };
        correspondents << c;
    }
    QSet<std::pair<int, int>> pairs;
    QList<std::pair<int, int>> links;
    auto add = [&](int from, int to) {
        if (from != to && !pairs.contains({ from, to })) {
            pairs.insert({ from, to });
            links.append({ from, to });
        }
    };
    for (int i = 2; i <= kNodes; ++i)
        add(i, 1 + int(random.bounded(i - 1)));
    while (links.size() < kEdges)
        add(zipf(), zipf());

    QList<core::DocumentSummary> documents;
    QList<core::Participation> participations;
    qint64 id = 0;
    const QDate first(2014, 1, 1);
    for (const auto& [from, to] : std::as_const(links)) {
        core::DocumentSummary d;
        d.id = ++id;
        d.source = QStringLiteral("synthetic/%1.txt").arg(id);
        d.dateStart = d.dateEnd = first.addDays(id % 2500);
        d.type = core::DocumentType::Letter;
        d.language = QStringLiteral("fr");
        d.title = QStringLiteral("Letter %1").arg(id);
        documents << d;
        participations << core::Participation { id, from, core::ParticipantRole::Sender }
                       << core::Participation { id, to, core::ParticipantRole::Recipient };
        correspondents[from - 1].documentCount++;
        correspondents[to - 1].documentCount++;
    }
    return core::CorpusIndex::fromParts(documents, correspondents, participations, {});
}

// igraph's Fruchterman–Reingold with its defaults on the same edges: the baseline for GraphLayout.
double plainIgraphMs(const core::CorrespondenceGraph& graph)
{
    QHash<qint64, igraph_integer_t> index;
    for (const core::GraphNode& n : graph.nodes)
        index.insert(n.id, igraph_integer_t(index.size()));
    igraph_vector_int_t edges;
    igraph_vector_int_init(&edges, 2 * igraph_integer_t(graph.edges.size()));
    for (qsizetype i = 0; i < graph.edges.size(); ++i) {
        VECTOR(edges)[2 * i] = index.value(graph.edges[i].from);
        VECTOR(edges)[2 * i + 1] = index.value(graph.edges[i].to);
    }
    QElapsedTimer timer;
    timer.start();
    igraph_t g;
    igraph_create(&g, &edges, igraph_integer_t(index.size()), IGRAPH_UNDIRECTED);
    igraph_matrix_t result;
    igraph_matrix_init(&result, 0, 0);
    igraph_rng_seed(igraph_rng_default(), 42);
    igraph_layout_fruchterman_reingold(&g, &result, false, 500, std::sqrt(double(index.size())) / 10.0,
        IGRAPH_LAYOUT_AUTOGRID, nullptr, nullptr, nullptr, nullptr, nullptr);
    const double ms = elapsedMs(timer);
    igraph_matrix_destroy(&result);
    igraph_destroy(&g);
    igraph_vector_int_destroy(&edges);
    return ms;
}

} // namespace

QJsonObject measureGraphView(const std::shared_ptr<const core::CorpusIndex>& corpus, int frames, bool grouping)
{
    core::SelectionState selection;
    ui::GraphView view(&selection);
    view.setGrouping(grouping);
    view.resize(1200, 800);
    view.show();
    QCoreApplication::processEvents();
    QElapsedTimer timer;
    timer.start();
    // The GUI thread's longest stall while the graph is laid out (off it) and taken in (on it).
    Heartbeat heartbeat;
    heartbeat.restart();
    selection.setCorpus(corpus);
    waitFor([&] { return !view.isLayoutRunning(); }, 300000);
    const double layoutMs = elapsedMs(timer);
    // A large graph's first frame is painted on the pool: "fitted" times full frames painted here.
    waitFor([&] { return !view.isShowingPreview(); }, 60000);
    const double guiStallMs = heartbeat.maxGap();
    view.fitToView();
    QImage image(1200, 800, QImage::Format_ARGB32_Premultiplied);
    const QList<double> fitted = timeFrames(&view, image, frames, {});
    // What a person sees during a gesture: each frame is one wheel notch or one pointer move, then a
    // paint. Then how long until the full frame is back once the gesture rests (its delay included).
    const auto settle = [&] {
        QElapsedTimer rest;
        rest.start();
        if (!waitFor([&] { return !view.isShowingPreview(); }, 60000))
            note(QStringLiteral("graph view: the frame never settled"));
        view.render(&image);
        return elapsedMs(rest);
    };
    const QList<double> zoomed = timeFrames(&view, image, kFrames, [&](int i) {
        sendWheel(&view, QPointF(600 + 5 * i, 400), i < 12 ? 1 : -1); // in to about 1.2^12 = 9x, then out a little
    });
    const double zoomSettleMs = settle();
    QPointF at(600, 400);
    sendMouse(&view, QEvent::MouseButtonPress, at, true);
    const QList<double> pan = timeFrames(&view, image, kFrames, [&](int i) {
        // Grab empty space if possible; a node drag costs the same repaint.
        at += QPointF((i / 3) % 2 ? -20 : 20, 0);
        sendMouse(&view, QEvent::MouseMove, at, true);
    });
    sendMouse(&view, QEvent::MouseButtonRelease, at, false);
    const double panSettleMs = settle();
    return { { QStringLiteral("layout_wall_ms"), layoutMs }, { QStringLiteral("nodes"), view.nodeCount() },
        { QStringLiteral("groups"), view.groupCount() }, { QStringLiteral("gui_max_stall_ms"), guiStallMs },
        { QStringLiteral("edges"), view.edgeCount() }, { QStringLiteral("fitted"), frameStats(fitted) },
        { QStringLiteral("zoomed"), frameStats(zoomed) }, { QStringLiteral("drag"), frameStats(pan) },
        { QStringLiteral("zoom_settle_ms"), zoomSettleMs }, { QStringLiteral("drag_settle_ms"), panSettleMs } };
}

int runGraph()
{
    const auto corpus = std::make_shared<const core::CorpusIndex>(syntheticCorpus());
    const core::CorrespondenceGraph graph = corpus->graph();
    note(QStringLiteral("synthetic graph: %1 nodes, %2 edges").arg(graph.nodes.size()).arg(graph.edges.size()));
    QList<double> layout;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto positions = core::GraphLayout::compute(graph);
        layout << elapsedMs(timer);
        if (!positions)
            note(QStringLiteral("layout failed: %1").arg(positions.error().detail));
    }
    QList<double> plain;
    for (int i = 0; i < 3; ++i)
        plain << plainIgraphMs(graph);
    const double layoutMs = median(layout);
    const double plainMs = median(plain);
    QJsonObject result { { QStringLiteral("nodes"), int(graph.nodes.size()) },
        { QStringLiteral("edges"), int(graph.edges.size()) }, { QStringLiteral("layout_ms"), layoutMs },
        { QStringLiteral("igraph_fr_ms"), plainMs }, { QStringLiteral("ratio_to_igraph"), layoutMs / plainMs },
        { QStringLiteral("ratio_to_budget"), layoutMs / 500.0 } };
    // Every node drawn as itself, as this phase has always measured (the grouped view: the corpus phases).
    result.insert(QStringLiteral("view"), measureGraphView(corpus, 6, false)); // a slow frame needs fewer samples
    result.insert(QStringLiteral("peak_rss_mb"), peakRssMb());
    emitResult(result);
    return 0;
}

} // namespace littoral::bench
