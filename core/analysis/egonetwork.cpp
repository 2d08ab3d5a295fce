// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/egonetwork.h"

#include "core/models/graphlayout.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <tuple>

namespace littoral::core {

EgoNetwork EgoNetwork::around(const CorrespondenceGraph& graph, qint64 centre, int hops)
{
    EgoNetwork ego;
    ego.m_centre = centre;
    ego.m_hops = std::max(1, hops);
    if (std::none_of(graph.nodes.cbegin(), graph.nodes.cend(), [&](const GraphNode& n) { return n.id == centre; }))
        return ego;
    QHash<qint64, QList<qint64>> neighbours;
    for (const GraphEdge& e : graph.edges) {
        if (e.from == e.to)
            continue;
        neighbours[e.from].append(e.to);
        neighbours[e.to].append(e.from);
    }
    // Breadth first, links taken both ways.
    ego.m_distance.insert(centre, 0);
    QList<qint64> frontier { centre };
    for (int step = 1; step <= ego.m_hops && !frontier.isEmpty(); ++step) {
        QList<qint64> next;
        for (const qint64 id : std::as_const(frontier))
            for (const qint64 other : neighbours.value(id))
                if (!ego.m_distance.contains(other)) {
                    ego.m_distance.insert(other, step);
                    next.append(other);
                }
        frontier = std::move(next);
    }
    for (const GraphNode& n : graph.nodes)
        if (ego.m_distance.contains(n.id))
            ego.m_graph.nodes.append(n);
    for (const GraphEdge& e : graph.edges)
        if (ego.m_distance.contains(e.from) && ego.m_distance.contains(e.to))
            ego.m_graph.edges.append(e);
    for (const QList<qint64>& group : graph.cosignatories) {
        QList<qint64> members;
        for (const qint64 id : group)
            if (ego.m_distance.contains(id))
                members.append(id);
        if (members.size() > 1)
            ego.m_graph.cosignatories.append(members);
    }
    ego.layOut();
    return ego;
}

void EgoNetwork::arrangeByGroup(const QHash<qint64, int>& groupOf)
{
    m_positions.clear();
    layOut(groupOf);
}

void EgoNetwork::layOut(const QHash<qint64, int>& groupOf)
{
    const QPointF middle = GraphLayout::box().center();
    const double outer = 0.45 * GraphLayout::BoxSize;
    m_positions.insert(m_centre, middle);
    QHash<qint64, int> documents;
    for (const GraphNode& n : std::as_const(m_graph.nodes))
        documents.insert(n.id, n.documents);
    QHash<qint64, QList<qint64>> neighbours;
    for (const GraphEdge& e : std::as_const(m_graph.edges)) {
        neighbours[e.from].append(e.to);
        neighbours[e.to].append(e.from);
    }
    QHash<qint64, double> angle;
    for (int ring = 1; ring <= m_hops; ++ring) {
        QList<qint64> members;
        for (auto it = m_distance.cbegin(); it != m_distance.cend(); ++it)
            if (it.value() == ring)
                members.append(it.key());
        if (members.isEmpty())
            break;
        // The first ring, busiest first; a further ring in the order of where its links point inward
        // (the mean direction of its neighbours one ring in), so that its links stay short.
        QHash<qint64, double> wanted;
        for (const qint64 id : std::as_const(members)) {
            double x = 0, y = 0;
            for (const qint64 other : neighbours.value(id))
                if (m_distance.value(other) == ring - 1 && angle.contains(other)) {
                    x += std::cos(angle.value(other));
                    y += std::sin(angle.value(other));
                }
            wanted.insert(id, std::atan2(y, x));
        }
        QHash<int, int> groupSize;
        if (ring == 1)
            for (const qint64 id : std::as_const(members))
                ++groupSize[groupOf.value(id, -1)];
        // The order of a group on the first ring: the largest first, the ungrouped last.
        const auto groupRank = [&](qint64 id) {
            const int group = groupOf.value(id, -1);
            return group < 0 ? std::tuple(1, 0, 0) : std::tuple(0, -groupSize.value(group), group);
        };
        std::sort(members.begin(), members.end(), [&](qint64 a, qint64 b) {
            if (ring > 1 && wanted.value(a) != wanted.value(b))
                return wanted.value(a) < wanted.value(b);
            if (ring == 1 && groupRank(a) != groupRank(b))
                return groupRank(a) < groupRank(b);
            if (documents.value(a) != documents.value(b))
                return documents.value(a) > documents.value(b);
            return a < b;
        });
        const double radius = outer * ring / m_hops;
        // Evenly spaced, starting where the first one wants to be (the top for the first ring).
        const double start = ring == 1 ? -std::numbers::pi / 2 : wanted.value(members.first());
        for (qsizetype k = 0; k < members.size(); ++k) {
            const double a = start + 2 * std::numbers::pi * double(k) / double(members.size());
            angle.insert(members.at(k), a);
            m_positions.insert(members.at(k), middle + radius * QPointF(std::cos(a), std::sin(a)));
        }
    }
}

} // namespace littoral::core
