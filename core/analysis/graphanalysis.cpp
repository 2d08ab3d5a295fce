// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/graphanalysis.h"

#include "core/analysis/igraphlock.h"
#include "core/analysis/igraphvalues.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutexLocker>

#include <igraph.h>

#include <algorithm>
#include <map>
#include <numeric>
#include <random>
#include <utility>

namespace littoral::core {
namespace {

// Failures are rare (igraph out of memory); each says which measure could not be computed.
QString failed(const char* what)
{
    return QCoreApplication::translate("littoral::core::GraphAnalysis", what);
}

QList<double> values(const OwnedVector& vector, int count)
{
    QList<double> out(count);
    for (int i = 0; i < count; ++i)
        out[i] = vector.at(i);
    return out;
}

} // namespace

Result<GraphAnalysis> GraphAnalysis::compute(int nodeCount, const QList<GraphLink>& links, const GraphAnalysisOptions& options)
{
    GraphAnalysis analysis;
    if (nodeCount <= 0)
        return analysis;

    // Directed links, parallel ones merged; and the same links both ways, weights summed.
    std::map<std::pair<int, int>, double> directed;
    std::map<std::pair<int, int>, double> undirected;
    for (const GraphLink& link : links) {
        if (link.from < 0 || link.to < 0 || link.from >= nodeCount || link.to >= nodeCount || link.from == link.to)
            continue; // a letter to oneself links nobody
        directed[{ link.from, link.to }] += link.weight;
        undirected[{ std::min(link.from, link.to), std::max(link.from, link.to) }] += link.weight;
    }
    std::vector<std::pair<int, int>> directedEdges;
    std::vector<std::pair<int, int>> undirectedEdges;
    for (const auto& [edge, weight] : directed)
        directedEdges.push_back(edge);
    for (const auto& [edge, weight] : undirected)
        undirectedEdges.push_back(edge);

    QMutexLocker locker(&igraphMutex());
    igraph_set_error_handler(igraph_error_handler_ignore);
    igraph_set_warning_handler(igraph_warning_handler_ignore);
    igraph_rng_seed(igraph_rng_default(), options.seed);

    const OwnedGraph directedGraph(nodeCount, directedEdges, true);
    const OwnedGraph undirectedGraph(nodeCount, undirectedEdges, false);
    if (!directedGraph.ok() || !undirectedGraph.ok())
        return fail(ErrorCode::InvalidInput, failed(QT_TRANSLATE_NOOP("littoral::core::GraphAnalysis", "igraph could not build the graph")));

    // PageRank on the directed links, weighted by their documents.
    {
        OwnedVector weights(igraph_integer_t(directedEdges.size()));
        OwnedVector rank;
        igraph_integer_t i = 0;
        for (const auto& [edge, weight] : directed)
            weights.set(i++, weight);
        igraph_real_t value = 0;
        if (!weights.ok() || !rank.ok()
            || igraph_pagerank(directedGraph.get(), IGRAPH_PAGERANK_ALGO_PRPACK, rank.get(), &value, igraph_vss_all(), true,
                   0.85, weights.get(), nullptr)
                != IGRAPH_SUCCESS)
            return fail(ErrorCode::InvalidInput, failed(QT_TRANSLATE_NOOP("littoral::core::GraphAnalysis", "igraph could not compute PageRank")));
        analysis.pageRank = values(rank, nodeCount);
    }

    // Betweenness on the links both ways, a step each; from a sample of sources on a large graph.
    {
        OwnedVector between;
        if (!between.ok())
            return fail(ErrorCode::InvalidInput, failed(QT_TRANSLATE_NOOP("littoral::core::GraphAnalysis", "igraph could not compute betweenness")));
        igraph_error_t status = IGRAPH_SUCCESS;
        if (nodeCount <= options.exactBetweennessUpTo || options.sampledSources >= nodeCount) {
            status = igraph_betweenness(undirectedGraph.get(), between.get(), igraph_vss_all(), false, nullptr);
        } else {
            std::vector<int> order(static_cast<size_t>(nodeCount));
            std::iota(order.begin(), order.end(), 0);
            std::mt19937_64 random(options.seed);
            std::shuffle(order.begin(), order.end(), random);
            OwnedIntVector sources(options.sampledSources);
            if (!sources.ok())
                return fail(ErrorCode::InvalidInput, failed(QT_TRANSLATE_NOOP("littoral::core::GraphAnalysis", "igraph could not compute betweenness")));
            for (int k = 0; k < options.sampledSources; ++k)
                sources.set(k, order[size_t(k)]);
            status = igraph_betweenness_subset(undirectedGraph.get(), between.get(), igraph_vss_all(), false,
                igraph_vss_vector(sources.get()), igraph_vss_all(), nullptr);
            // Paths from a sample of sources: scaled to the whole graph's.
            const double scale = double(nodeCount) / options.sampledSources;
            for (int n = 0; n < nodeCount; ++n)
                between.set(n, between.at(n) * scale);
            analysis.betweennessSampled = true;
        }
        if (status != IGRAPH_SUCCESS)
            return fail(ErrorCode::InvalidInput, failed(QT_TRANSLATE_NOOP("littoral::core::GraphAnalysis", "igraph could not compute betweenness")));
        analysis.betweenness = values(between, nodeCount);
    }

    // Leiden communities maximising modularity: node weights their strength, resolution 1 / 2m.
    {
        OwnedVector weights(igraph_integer_t(undirectedEdges.size()));
        OwnedVector strength(nodeCount);
        if (!weights.ok() || !strength.ok())
            return fail(ErrorCode::InvalidInput, failed(QT_TRANSLATE_NOOP("littoral::core::GraphAnalysis", "igraph could not find the communities")));
        double total = 0;
        igraph_integer_t i = 0;
        for (const auto& [edge, weight] : undirected) {
            weights.set(i++, weight);
            strength.set(edge.first, strength.at(edge.first) + weight);
            strength.set(edge.second, strength.at(edge.second) + weight);
            total += weight;
        }
        OwnedIntVector membership(nodeCount);
        igraph_integer_t clusters = 0;
        igraph_real_t quality = 0;
        const igraph_error_t status = !membership.ok() ? IGRAPH_ENOMEM
            : total > 0
            ? igraph_community_leiden(undirectedGraph.get(), weights.get(), strength.get(), 1.0 / (2.0 * total), 0.01, false,
                  -1, membership.get(), &clusters, &quality)
            : IGRAPH_SUCCESS;
        igraph_real_t modularity = 0;
        if (status != IGRAPH_SUCCESS
            || (total > 0 && igraph_modularity(undirectedGraph.get(), membership.get(), weights.get(), 1.0, false, &modularity) != IGRAPH_SUCCESS)) {
            return fail(ErrorCode::InvalidInput, failed(QT_TRANSLATE_NOOP("littoral::core::GraphAnalysis", "igraph could not find the communities")));
        }
        // Numbered by size, the largest first; a tie by the smallest node in it.
        QHash<int, QList<int>> members;
        for (int n = 0; n < nodeCount; ++n)
            members[total > 0 ? int(membership.at(n)) : n].append(n);
        QList<QList<int>> groups = members.values();
        std::sort(groups.begin(), groups.end(), [](const QList<int>& a, const QList<int>& b) {
            return a.size() != b.size() ? a.size() > b.size() : a.front() < b.front();
        });
        analysis.community = QList<int>(nodeCount, 0);
        for (qsizetype g = 0; g < groups.size(); ++g)
            for (const int n : std::as_const(groups.at(g)))
                analysis.community[n] = int(g);
        analysis.communityCount = int(groups.size());
        analysis.modularity = modularity;
    }
    return analysis;
}

} // namespace littoral::core
