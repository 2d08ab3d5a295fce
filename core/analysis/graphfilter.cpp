// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/graphfilter.h"

#include "core/analysis/igraphlock.h"
#include "core/analysis/igraphvalues.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutexLocker>

#include <algorithm>
#include <set>

namespace littoral::core {
namespace {

bool kindShown(GraphFilter::Kinds kinds, CorrespondentKind kind)
{
    switch (kinds) {
    case GraphFilter::Kinds::Persons:
        return kind == CorrespondentKind::Person;
    case GraphFilter::Kinds::Organisations:
        return kind == CorrespondentKind::Organization;
    case GraphFilter::Kinds::Both:
        break;
    }
    return true;
}

// The links of `graph` between kept nodes, one per pair of ends whatever the direction, as node rows.
std::vector<std::pair<int, int>> undirectedLinks(const CorrespondenceGraph& graph, const QHash<qint64, int>& rowOf)
{
    std::set<std::pair<int, int>> pairs;
    for (const GraphEdge& e : graph.edges) {
        const int a = rowOf.value(e.from, -1), b = rowOf.value(e.to, -1);
        if (a >= 0 && b >= 0 && a != b)
            pairs.insert({ std::min(a, b), std::max(a, b) });
    }
    return { pairs.cbegin(), pairs.cend() };
}

QString failure()
{
    return QCoreApplication::translate("littoral::core::GraphFilter", "igraph could not filter the graph");
}

} // namespace

bool GraphFilter::isActive() const
{
    return minDocuments > 1 || minLinkDocuments > 1 || kinds != Kinds::Both || kCore > 1 || largestComponentOnly;
}

Result<CorrespondenceGraph> GraphFilter::apply(const CorrespondenceGraph& graph) const
{
    if (!isActive())
        return graph;
    CorrespondenceGraph kept;
    QSet<qint64> keptIds;
    for (const GraphNode& n : graph.nodes)
        if (kindShown(kinds, n.kind) && n.documents >= minDocuments)
            keptIds.insert(n.id);
    for (const GraphEdge& e : graph.edges)
        if (e.weight() >= minLinkDocuments && keptIds.contains(e.from) && keptIds.contains(e.to))
            kept.edges.append(e);
    for (const GraphNode& n : graph.nodes)
        if (keptIds.contains(n.id))
            kept.nodes.append(n);

    if (kCore > 1 || largestComponentOnly) {
        QHash<qint64, int> rowOf;
        for (qsizetype row = 0; row < kept.nodes.size(); ++row)
            rowOf.insert(kept.nodes.at(row).id, int(row));
        const int nodeCount = int(kept.nodes.size());
        QList<bool> stays(nodeCount, true);
        QMutexLocker locker(&igraphMutex());
        igraph_set_error_handler(igraph_error_handler_ignore);
        const std::vector<std::pair<int, int>> pairs = undirectedLinks(kept, rowOf);
        const OwnedGraph links(nodeCount, pairs, false);
        if (!links.ok())
            return fail(ErrorCode::InvalidInput, failure());
        if (kCore > 1) {
            OwnedIntVector coreness(nodeCount);
            if (!coreness.ok() || igraph_coreness(links.get(), coreness.get(), IGRAPH_ALL) != IGRAPH_SUCCESS)
                return fail(ErrorCode::InvalidInput, failure());
            for (int n = 0; n < nodeCount; ++n)
                stays[n] = coreness.at(n) >= kCore;
        }
        if (largestComponentOnly && nodeCount > 0) {
            // Among what the core kept: its links only, so a component is measured after the core.
            std::vector<std::pair<int, int>> coreLinks;
            for (const auto& [a, b] : pairs)
                if (stays[a] && stays[b])
                    coreLinks.push_back({ a, b });
            const OwnedGraph core(nodeCount, coreLinks, false);
            OwnedIntVector membership(nodeCount);
            OwnedIntVector sizes;
            igraph_integer_t count = 0;
            if (!core.ok() || !membership.ok() || !sizes.ok()
                || igraph_connected_components(core.get(), membership.get(), sizes.get(), &count, IGRAPH_WEAK) != IGRAPH_SUCCESS)
                return fail(ErrorCode::InvalidInput, failure());
            // The largest among the components of kept nodes (a removed node is a component of one).
            QHash<igraph_integer_t, int> keptSize;
            for (int n = 0; n < nodeCount; ++n)
                if (stays[n])
                    ++keptSize[membership.at(n)];
            igraph_integer_t largest = -1;
            int best = 0;
            for (auto it = keptSize.cbegin(); it != keptSize.cend(); ++it)
                if (it.value() > best || (it.value() == best && it.key() < largest)) {
                    best = it.value();
                    largest = it.key();
                }
            for (int n = 0; n < nodeCount; ++n)
                stays[n] = stays[n] && membership.at(n) == largest;
        }
        CorrespondenceGraph core;
        for (int n = 0; n < nodeCount; ++n)
            if (stays[n])
                core.nodes.append(kept.nodes.at(n));
        for (const GraphEdge& e : std::as_const(kept.edges))
            if (stays[rowOf.value(e.from)] && stays[rowOf.value(e.to)])
                core.edges.append(e);
        kept = std::move(core);
    }

    // Co-signing groups among what stays.
    QSet<qint64> stayingIds;
    for (const GraphNode& n : std::as_const(kept.nodes))
        stayingIds.insert(n.id);
    for (const QList<qint64>& group : graph.cosignatories) {
        QList<qint64> members;
        for (const qint64 id : group)
            if (stayingIds.contains(id))
                members.append(id);
        if (members.size() > 1)
            kept.cosignatories.append(members);
    }
    return kept;
}

QSet<qint64> GraphFilter::linkDocuments(const CorrespondenceGraph& graph)
{
    QSet<qint64> documents;
    for (const GraphEdge& e : graph.edges)
        for (const qint64 id : e.documents)
            documents.insert(id);
    return documents;
}

} // namespace littoral::core
