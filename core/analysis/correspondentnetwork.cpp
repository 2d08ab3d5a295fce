// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/correspondentnetwork.h"

#include "core/domain/enumnames.h"

#include <algorithm>

namespace littoral::core {

namespace {

constexpr std::pair<NetworkMeasure, const char*> kMeasureNames[] = {
    { NetworkMeasure::Documents, "documents" },
    { NetworkMeasure::InDegree, "in-degree" },
    { NetworkMeasure::OutDegree, "out-degree" },
    { NetworkMeasure::Betweenness, "betweenness" },
    { NetworkMeasure::PageRank, "pagerank" },
};

} // namespace

QString networkMeasureName(NetworkMeasure measure)
{
    return enumName(measure, kMeasureNames);
}

std::optional<NetworkMeasure> networkMeasureFromName(QAnyStringView name)
{
    return enumFromName(name, kMeasureNames);
}

double CorrespondentStanding::measure(NetworkMeasure measure) const
{
    switch (measure) {
    case NetworkMeasure::InDegree:
        return inDegree;
    case NetworkMeasure::OutDegree:
        return outDegree;
    case NetworkMeasure::Betweenness:
        return betweenness;
    case NetworkMeasure::PageRank:
        return pageRank;
    case NetworkMeasure::Documents:
        break;
    }
    return documents;
}

Result<CorrespondentNetwork> CorrespondentNetwork::compute(const CorrespondenceGraph& graph, const GraphAnalysisOptions& options)
{
    CorrespondentNetwork network;
    network.m_standings.reserve(graph.nodes.size());
    for (const GraphNode& node : graph.nodes) {
        network.m_rowOf.insert(node.id, int(network.m_standings.size()));
        network.m_standings.append({ node.id, node.documents });
    }
    QList<GraphLink> links;
    links.reserve(graph.edges.size());
    for (const GraphEdge& edge : graph.edges) {
        const int from = network.m_rowOf.value(edge.from, -1);
        const int to = network.m_rowOf.value(edge.to, -1);
        if (from < 0 || to < 0 || from == to)
            continue;
        links.append({ from, to, double(edge.weight()) });
        network.m_standings[from].outDegree += edge.weight();
        network.m_standings[to].inDegree += edge.weight();
    }
    auto analysis = GraphAnalysis::compute(int(network.m_standings.size()), links, options);
    if (!analysis)
        return std::unexpected(analysis.error());
    for (qsizetype row = 0; row < network.m_standings.size(); ++row) {
        CorrespondentStanding& standing = network.m_standings[row];
        standing.betweenness = analysis->betweenness.value(row);
        standing.pageRank = analysis->pageRank.value(row);
        standing.community = analysis->community.value(row, -1);
    }
    network.m_sampled = analysis->betweennessSampled;
    network.m_modularity = analysis->modularity;

    // Each community's members, the busiest first, and the names that label it.
    network.m_communities.resize(analysis->communityCount);
    for (qsizetype c = 0; c < network.m_communities.size(); ++c)
        network.m_communities[c].id = int(c);
    for (qsizetype row = 0; row < graph.nodes.size(); ++row) {
        const int c = network.m_standings.at(row).community;
        if (c < 0 || c >= network.m_communities.size())
            continue;
        network.m_communities[c].members.append(graph.nodes.at(row).id);
        network.m_communities[c].documents += graph.nodes.at(row).documents;
    }
    for (NetworkCommunity& community : network.m_communities) {
        const auto rowOf = [&](qint64 id) -> const GraphNode& { return graph.nodes.at(network.m_rowOf.value(id)); };
        const auto strength = [&](qint64 id) {
            const CorrespondentStanding& s = network.m_standings.at(network.m_rowOf.value(id));
            return s.inDegree + s.outDegree;
        };
        // The busiest: in the most documents, then in the most letters, then the first known (by id:
        // a locale-aware comparison of names costs seconds over 40,000 members of large communities).
        std::sort(community.members.begin(), community.members.end(), [&](qint64 a, qint64 b) {
            const GraphNode& x = rowOf(a);
            const GraphNode& y = rowOf(b);
            if (x.documents != y.documents)
                return x.documents > y.documents;
            if (strength(a) != strength(b))
                return strength(a) > strength(b);
            return a < b;
        });
        for (qsizetype k = 0; k < std::min<qsizetype>(3, community.members.size()); ++k)
            community.busiest.append(rowOf(community.members.at(k)).name);
    }
    return network;
}

const CorrespondentStanding* CorrespondentNetwork::standing(qint64 id) const
{
    const int row = m_rowOf.value(id, -1);
    return row < 0 ? nullptr : &m_standings.at(row);
}

double CorrespondentNetwork::maximum(NetworkMeasure measure) const
{
    double largest = 0;
    for (const CorrespondentStanding& standing : m_standings)
        largest = std::max(largest, standing.measure(measure));
    return largest;
}

} // namespace littoral::core
