// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>
#include <QtGlobal>

namespace littoral::core {

// One sender → recipient link of the correspondence graph, by node index, weighted by its documents.
struct GraphLink {
    int from = 0;
    int to = 0;
    double weight = 1.0;
};

struct GraphAnalysisOptions {
    // Exact betweenness up to this many nodes; above, from a sample of sources, scaled up.
    int exactBetweennessUpTo = 5000;
    // 150 sources keep a 100,000-document graph's analysis under 2 s on a 2-core laptop (each costs a
    // shortest-path search over every link: 10 ms at 40,000 correspondents and 190,000 links), and
    // still rank the strongest brokers first.
    int sampledSources = 150;
    quint64 seed = 20140710; // the same graph gives the same communities and the same sample
};

// What the correspondence graph says of each correspondent, with igraph:
// - betweenness: how often it lies on the shortest paths between two others, links taken both ways
//   and each one step whatever its documents (who brokers between groups);
// - PageRank: on the directed links weighted by their documents (who is written to by those written to);
// - communities: Leiden maximising modularity on the links both ways, weights summed; numbered from
//   0, the largest first.
// Pure; any thread (igraph's global state is held under igraphMutex()).
struct GraphAnalysis {
    QList<double> betweenness;
    QList<double> pageRank;
    QList<int> community;
    int communityCount = 0;
    double modularity = 0;
    bool betweennessSampled = false;

    [[nodiscard]] static Result<GraphAnalysis> compute(int nodeCount, const QList<GraphLink>& links,
        const GraphAnalysisOptions& options = {});
};

} // namespace littoral::core
