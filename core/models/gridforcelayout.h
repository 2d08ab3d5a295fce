// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QRectF>

#include <utility>
#include <vector>

namespace littoral::core {

// Fruchterman–Reingold forces as igraph's grid variant has them (attraction w·d² along edges,
// repulsion 1/d between nodes less than two units apart), with nodes bucketed on an unbounded grid:
// each iteration stays linear however far the layout spreads, where igraph's grid, sized for √n
// units, piles outlying nodes into its border cells. Farther cells, out to FarCells, repel as whole
// bodies, and a crowded neighbourhood is sampled. Deterministic. Pure function; any thread.
class GridForceLayout final {
public:
    static constexpr double Cutoff = 2.0; // repulsion range, in units (an edge is about one)
    static constexpr int FarCells = 4; // cells out to which whole cells repel, as one body each
    static constexpr int MaxRepellers = 32; // per node and step; a more crowded neighbourhood is sampled

    // Moves `positions` in place for `iterations` steps, each node by at most the temperature, which
    // cools linearly from `startTemperature` to zero. `fixed` nodes (if given) stay put.
    static void relax(std::vector<QPointF>& positions, const std::vector<std::pair<int, int>>& edges,
        const std::vector<double>& weights, int iterations, double startTemperature,
        const std::vector<bool>& fixed = {});

    // The smallest rectangle holding every point (`points` must not be empty).
    static QRectF bounds(const std::vector<QPointF>& points);
};

} // namespace littoral::core
