// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The graph's analysis at scale (issue 17): CorrespondentNetwork (degrees, betweenness, PageRank,
// Leiden communities) on a corpus's whole graph, against the same three igraph calls made plainly in
// the same run; the filters, an ego network and the organisation view on the same graph; the grouped
// layout of a large graph (CommunityGroups) against GraphLayout's of the whole graph, in the same run.
#include "benchutil.h"
#include "phases.h"

#include "core/analysis/communitygroups.h"
#include "core/analysis/correspondentnetwork.h"
#include "core/analysis/egonetwork.h"
#include "core/analysis/graphfilter.h"
#include "core/analysis/organisationfold.h"
#include "core/db/database.h"
#include "core/models/corpusindex.h"
#include "core/models/graphlayout.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>

#include <igraph.h>

#include <algorithm>
#include <map>

namespace littoral::bench {
namespace {

// The floor: the graph handed to igraph as plainly as it can be (ids to rows, links as they come,
// parallel ones merged by std::map), then PageRank, sampled betweenness and Leiden.
double plainIgraphSeconds(const core::CorrespondenceGraph& graph)
{
    QElapsedTimer timer;
    timer.start();
    QHash<qint64, igraph_integer_t> rowOf;
    for (const core::GraphNode& n : graph.nodes)
        rowOf.insert(n.id, igraph_integer_t(rowOf.size()));
    std::map<std::pair<igraph_integer_t, igraph_integer_t>, double> directed, undirected;
    for (const core::GraphEdge& e : graph.edges) {
        const igraph_integer_t a = rowOf.value(e.from), b = rowOf.value(e.to);
        if (a == b)
            continue;
        directed[{ a, b }] += e.weight();
        undirected[{ std::min(a, b), std::max(a, b) }] += e.weight();
    }
    const igraph_integer_t n = igraph_integer_t(rowOf.size());
    const auto build = [&](const auto& links, bool isDirected, igraph_t* g, igraph_vector_t* weights) {
        igraph_vector_int_t list;
        igraph_vector_int_init(&list, igraph_integer_t(2 * links.size()));
        igraph_vector_init(weights, igraph_integer_t(links.size()));
        igraph_integer_t i = 0;
        for (const auto& [edge, weight] : links) {
            VECTOR(list)[2 * i] = edge.first;
            VECTOR(list)[2 * i + 1] = edge.second;
            VECTOR(*weights)[i++] = weight;
        }
        igraph_create(g, &list, n, isDirected);
        igraph_vector_int_destroy(&list);
    };
    igraph_t d, u;
    igraph_vector_t dw, uw;
    build(directed, true, &d, &dw);
    build(undirected, false, &u, &uw);
    igraph_vector_t rank, between, strength;
    igraph_vector_init(&rank, 0);
    igraph_vector_init(&between, 0);
    igraph_vector_init(&strength, n);
    QElapsedTimer part;
    part.start();
    igraph_pagerank(&d, IGRAPH_PAGERANK_ALGO_PRPACK, &rank, nullptr, igraph_vss_all(), true, 0.85, &dw, nullptr);
    const double pagerankMs = elapsedMs(part);
    part.restart();
    // Exact up to 5,000 nodes, else from as many sources as GraphAnalysisOptions' defaults.
    igraph_vector_int_t sources;
    const igraph_integer_t sampled = std::min<igraph_integer_t>(core::GraphAnalysisOptions().sampledSources, n);
    igraph_vector_int_init(&sources, sampled);
    for (igraph_integer_t k = 0; k < sampled; ++k)
        VECTOR(sources)[k] = k * (n / std::max<igraph_integer_t>(1, sampled));
    if (n <= core::GraphAnalysisOptions().exactBetweennessUpTo)
        igraph_betweenness(&u, &between, igraph_vss_all(), false, nullptr);
    else
        igraph_betweenness_subset(&u, &between, igraph_vss_all(), false, igraph_vss_vector(&sources), igraph_vss_all(), nullptr);
    const double betweennessMs = elapsedMs(part);
    part.restart();
    double total = 0;
    for (igraph_integer_t i = 0; i < igraph_ecount(&u); ++i) {
        igraph_integer_t from = 0, to = 0;
        igraph_edge(&u, i, &from, &to);
        VECTOR(strength)[from] += VECTOR(uw)[i];
        VECTOR(strength)[to] += VECTOR(uw)[i];
        total += VECTOR(uw)[i];
    }
    igraph_vector_int_t membership;
    igraph_vector_int_init(&membership, n);
    igraph_integer_t clusters = 0;
    igraph_real_t quality = 0;
    if (total > 0)
        igraph_community_leiden(&u, &uw, &strength, 1.0 / (2.0 * total), 0.01, false, -1, &membership, &clusters, &quality);
    note(QStringLiteral("plain igraph: PageRank %1 ms, betweenness %2 ms, Leiden %3 ms").arg(pagerankMs).arg(betweennessMs).arg(elapsedMs(part)));
    igraph_vector_int_destroy(&membership);
    igraph_vector_int_destroy(&sources);
    igraph_vector_destroy(&strength);
    igraph_vector_destroy(&between);
    igraph_vector_destroy(&rank);
    igraph_vector_destroy(&uw);
    igraph_vector_destroy(&dw);
    igraph_destroy(&u);
    igraph_destroy(&d);
    return elapsedMs(timer) / 1000.0;
}

template <typename F>
double medianMs(int runs, F work)
{
    QList<double> samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        samples << elapsedMs(timer);
    }
    return median(samples);
}

} // namespace

int runAnalysis(const QString& database)
{
    auto db = core::Database::openExisting(database);
    if (!db) {
        note(QStringLiteral("cannot open %1: %2").arg(database, db.error().detail));
        return 2;
    }
    auto corpus = core::CorpusIndex::load(*db);
    if (!corpus) {
        note(QStringLiteral("cannot load %1: %2").arg(database, corpus.error().detail));
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    const core::CorrespondenceGraph graph = corpus->graph();
    const double graphMs = elapsedMs(timer);

    QList<double> networkSeconds, igraphSeconds;
    int communities = 0;
    bool sampled = false;
    for (int i = 0; i < 2; ++i) {
        timer.restart();
        const auto network = core::CorrespondentNetwork::compute(graph);
        networkSeconds << elapsedMs(timer) / 1000.0;
        if (!network) {
            note(QStringLiteral("analysis failed: %1").arg(network.error().detail));
            return 3;
        }
        communities = int(network->communities().size());
        sampled = network->isBetweennessSampled();
        igraphSeconds << plainIgraphSeconds(graph);
    }
    const double network = median(networkSeconds), plain = median(igraphSeconds);

    // The grouped layout, from the same analysis, against the whole graph laid out as one.
    const auto analysed = core::CorrespondentNetwork::compute(graph);
    if (!analysed) {
        note(QStringLiteral("analysis failed: %1").arg(analysed.error().detail));
        return 3;
    }
    int groups = 0;
    const double groupsMs = medianMs(2, [&] {
        const auto grouped = core::CommunityGroups::compute(graph, *analysed);
        groups = grouped ? int(grouped->groups().size()) : -1;
    });
    const double wholeLayoutMs = medianMs(1, [&] { (void)core::GraphLayout::compute(graph); });

    core::GraphFilter filter;
    filter.minDocuments = 2;
    filter.kCore = 2;
    filter.largestComponentOnly = true;
    qsizetype kept = 0;
    const double filterMs = medianMs(2, [&] {
        const auto filtered = filter.apply(graph);
        kept = filtered ? filtered->nodes.size() : -1;
    });
    // The busiest correspondent's ego network, two steps.
    const auto busiest = std::max_element(graph.nodes.cbegin(), graph.nodes.cend(),
        [](const core::GraphNode& a, const core::GraphNode& b) { return a.documents < b.documents; });
    qsizetype egoNodes = 0;
    const double egoMs = busiest == graph.nodes.cend() ? 0.0 : medianMs(2, [&] {
        egoNodes = core::EgoNetwork::around(graph, busiest->id, 2).graph().nodes.size();
    });
    qsizetype folded = 0;
    const double foldMs = medianMs(2, [&] { folded = core::OrganisationFold::fold(graph, *corpus).graph().nodes.size(); });

    note(QStringLiteral("analysis: %1 nodes, %2 links: %3 s (plain igraph %4 s), %5 communities")
             .arg(graph.nodes.size())
             .arg(graph.edges.size())
             .arg(network, 0, 'f', 2)
             .arg(plain, 0, 'f', 2)
             .arg(communities));
    emitResult({ { QStringLiteral("nodes"), int(graph.nodes.size()) }, { QStringLiteral("links"), int(graph.edges.size()) },
        { QStringLiteral("graph_ms"), graphMs }, { QStringLiteral("network_s"), network }, { QStringLiteral("igraph_s"), plain },
        { QStringLiteral("ratio_to_igraph"), plain > 0 ? network / plain : 0.0 }, { QStringLiteral("communities"), communities },
        { QStringLiteral("betweenness_sampled"), sampled }, { QStringLiteral("filter_ms"), filterMs },
        { QStringLiteral("filter_kept_nodes"), int(kept) }, { QStringLiteral("ego_ms"), egoMs },
        { QStringLiteral("ego_nodes"), int(egoNodes) }, { QStringLiteral("organisations_ms"), foldMs },
        { QStringLiteral("organisations_nodes"), int(folded) }, { QStringLiteral("groups"), groups },
        { QStringLiteral("groups_s"), groupsMs / 1000.0 }, { QStringLiteral("whole_layout_s"), wholeLayoutMs / 1000.0 },
        { QStringLiteral("groups_ratio_to_whole_layout"), wholeLayoutMs > 0 ? groupsMs / wholeLayoutMs : 0.0 },
        { QStringLiteral("peak_rss_mb"), peakRssMb() } });
    return 0;
}

} // namespace littoral::bench
