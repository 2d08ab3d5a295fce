// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/corpusindex.h"

#include <QHash>
#include <QPointF>

namespace littoral::core {

// A correspondent and those within `hops` links of it (either way), with the links among them, laid
// out around it: the centre in the middle of GraphLayout::box(), each step further out on its own
// ring; on the second ring each correspondent sits near the first-ring ones it is linked to. Pure
// value; any thread.
class EgoNetwork final {
public:
    // An empty network when `centre` is not in `graph`.
    static EgoNetwork around(const CorrespondenceGraph& graph, qint64 centre, int hops);

    const CorrespondenceGraph& graph() const { return m_graph; }
    qint64 centre() const { return m_centre; }
    int hops() const { return m_hops; }
    // Steps from the centre (0 for the centre); -1 when not in the network.
    int distance(qint64 id) const { return m_distance.value(id, -1); }
    // Positions in GraphLayout::box() coordinates, for every node of graph().
    const QHash<qint64, QPointF>& positions() const { return m_positions; }
    // Lays the rings out again with the first ring's correspondents side by side by group (a community
    // of graph(), say: the links among them then stay short), the largest group first, each busiest
    // first; those without a group come last.
    void arrangeByGroup(const QHash<qint64, int>& groupOf);

private:
    void layOut(const QHash<qint64, int>& groupOf = {});

    CorrespondenceGraph m_graph;
    qint64 m_centre = 0;
    int m_hops = 1;
    QHash<qint64, int> m_distance;
    QHash<qint64, QPointF> m_positions;
};

} // namespace littoral::core
