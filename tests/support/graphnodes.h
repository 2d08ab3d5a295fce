// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/corpusindex.h"

namespace littoral::test {

// The ids of a graph's nodes, in its order: what the graph tests compare.
inline QList<qint64> nodeIds(const core::CorrespondenceGraph& graph)
{
    QList<qint64> ids;
    for (const core::GraphNode& n : graph.nodes)
        ids.append(n.id);
    return ids;
}

} // namespace littoral::test
