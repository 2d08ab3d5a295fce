// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/graphlayout.h"

#include "core/analysis/igraphlock.h"

#include "core/models/gridforcelayout.h"

#include <QCoreApplication>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>

#include <igraph.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <vector>

namespace littoral::core {

namespace {

constexpr igraph_uint_t RandomSeed = 20140710; // any fixed value: the same input gives the same picture
constexpr double GoldenAngle = 2.39996322972865332;
constexpr double ComponentGap = 1.2; // between packed components, in igraph's units (an edge is about 1)
// Above this many nodes igraph's exact Fruchterman–Reingold (every pair, every iteration) costs more
// than the grid variant (GridForceLayout), which only repels nodes less than two units apart.
constexpr int GridThreshold = 400;
// Above this many nodes a fresh component is laid out coarse to fine: the grid variant alone leaves
// the large-scale shape to chance and needs hundreds of iterations; the coarsest level (all pairs)
// sets the shape and each finer one only needs a short local run.
constexpr int MultilevelThreshold = 400;
constexpr int CoarsestSize = 200;

struct LayoutGraph {
    int nodeCount = 0;
    std::vector<std::pair<int, int>> edges; // undirected, one per linked pair
    std::vector<double> weights;
    std::vector<std::vector<int>> neighbours;
    std::vector<std::vector<int>> incident; // edge numbers at each node
};

LayoutGraph layoutGraph(const CorrespondenceGraph& graph, const QHash<qint64, int>& row)
{
    // Directions, roles and repeated letters collapse into one weighted pair.
    std::map<std::pair<int, int>, int> pairs;
    const auto link = [&](qint64 a, qint64 b, int count) {
        const auto ra = row.constFind(a);
        const auto rb = row.constFind(b);
        if (ra == row.cend() || rb == row.cend() || *ra == *rb)
            return;
        pairs[std::minmax(*ra, *rb)] += count;
    };
    for (const GraphEdge& e : graph.edges)
        link(e.from, e.to, e.weight());
    // Co-signatories of a letter are held together by a hidden hub (linear in the signers, unlike a
    // clique), so that a petition's signers gather on one side of its addressee instead of ringing it.
    std::map<std::vector<int>, int> groups;
    for (const QList<qint64>& group : graph.cosignatories) {
        std::vector<int> rows;
        for (const qint64 id : group)
            if (const auto it = row.constFind(id); it != row.cend())
                rows.push_back(*it);
        std::sort(rows.begin(), rows.end());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
        if (rows.size() > 1)
            ++groups[rows];
    }

    LayoutGraph g;
    g.nodeCount = int(row.size() + std::count_if(groups.cbegin(), groups.cend(), [](const auto& group) { return group.first.size() > 2; }));
    g.neighbours.resize(size_t(g.nodeCount));
    g.incident.resize(size_t(g.nodeCount));
    const auto addEdge = [&](int a, int b, double weight) {
        g.edges.emplace_back(a, b);
        g.weights.push_back(weight);
        g.neighbours[size_t(a)].push_back(b);
        g.neighbours[size_t(b)].push_back(a);
        g.incident[size_t(a)].push_back(int(g.edges.size() - 1));
        g.incident[size_t(b)].push_back(int(g.edges.size() - 1));
    };
    for (const auto& [pair, count] : pairs)
        addEdge(pair.first, pair.second, 1.0 + 0.5 * std::log(double(count)));
    int hub = int(row.size());
    for (const auto& [members, count] : groups) {
        if (members.size() == 2) {
            addEdge(members[0], members[1], 4.0 + std::log(double(count)));
            continue;
        }
        for (const int member : members)
            addEdge(member, hub, 4.0 + std::log(double(count)));
        ++hub;
    }
    return g;
}

// Connected components, each listed in ascending node order; largest first.
std::vector<std::vector<int>> components(const LayoutGraph& g)
{
    std::vector<int> parent(size_t(g.nodeCount));
    std::iota(parent.begin(), parent.end(), 0);
    const auto find = [&](int v) {
        while (parent[size_t(v)] != v)
            v = parent[size_t(v)] = parent[size_t(parent[size_t(v)])];
        return v;
    };
    for (const auto& [a, b] : g.edges)
        parent[size_t(find(a))] = find(b);
    std::map<int, std::vector<int>> byRoot;
    for (int v = 0; v < g.nodeCount; ++v)
        byRoot[find(v)].push_back(v);
    std::vector<std::vector<int>> result;
    for (auto& [root, members] : byRoot)
        result.push_back(std::move(members));
    std::stable_sort(result.begin(), result.end(), [](const auto& a, const auto& b) {
        return a.size() > b.size() || (a.size() == b.size() && a.front() < b.front());
    });
    return result;
}

// Runs Fruchterman–Reingold from the given positions (updated in place). `fixed` nodes do not move.
Result<void> fruchtermanReingold(int nodeCount, const std::vector<std::pair<int, int>>& edges,
    const std::vector<double>& weights, std::vector<QPointF>& positions, const std::vector<bool>& fixed,
    int iterations, double startTemperature)
{
    if (iterations <= 0 || nodeCount < 2)
        return {};
    if (nodeCount > GridThreshold) {
        GridForceLayout::relax(positions, edges, weights, iterations, startTemperature, fixed);
        return {};
    }
    QMutexLocker locker(&igraphMutex());
    igraph_set_error_handler(igraph_error_handler_ignore);
    igraph_set_warning_handler(igraph_warning_handler_ignore);
    igraph_rng_seed(igraph_rng_default(), RandomSeed);

    igraph_vector_int_t edgeList;
    igraph_vector_t weightList;
    igraph_matrix_t result;
    igraph_vector_t minX, maxX, minY, maxY;
    igraph_t graph;
    const bool anyFixed = std::find(fixed.begin(), fixed.end(), true) != fixed.end();
    if (igraph_vector_int_init(&edgeList, igraph_integer_t(2 * edges.size())) != IGRAPH_SUCCESS)
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("littoral::core::GraphLayout", "Not enough memory to lay out the graph"));
    for (size_t i = 0; i < edges.size(); ++i) {
        VECTOR(edgeList)[2 * i] = edges[i].first;
        VECTOR(edgeList)[2 * i + 1] = edges[i].second;
    }
    igraph_error_t status = igraph_create(&graph, &edgeList, nodeCount, IGRAPH_UNDIRECTED);
    igraph_vector_int_destroy(&edgeList);
    if (status != IGRAPH_SUCCESS)
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("littoral::core::GraphLayout", "igraph could not build the graph"));

    igraph_vector_init(&weightList, igraph_integer_t(weights.size()));
    for (size_t i = 0; i < weights.size(); ++i)
        VECTOR(weightList)[i] = weights[i];
    // Centred, so that coordinates stay small whatever the caller's origin.
    QPointF centre;
    for (const QPointF p : positions)
        centre += p;
    centre /= std::max(1, nodeCount);
    igraph_matrix_init(&result, nodeCount, 2);
    for (int i = 0; i < nodeCount; ++i) {
        MATRIX(result, i, 0) = positions[size_t(i)].x() - centre.x();
        MATRIX(result, i, 1) = positions[size_t(i)].y() - centre.y();
    }
    if (anyFixed) {
        for (igraph_vector_t* v : { &minX, &maxX, &minY, &maxY })
            igraph_vector_init(v, nodeCount);
        for (int i = 0; i < nodeCount; ++i) {
            const bool f = fixed[size_t(i)];
            const QPointF p = positions[size_t(i)] - centre;
            VECTOR(minX)[i] = f ? p.x() : -1e30;
            VECTOR(maxX)[i] = f ? p.x() : 1e30;
            VECTOR(minY)[i] = f ? p.y() : -1e30;
            VECTOR(maxY)[i] = f ? p.y() : 1e30;
        }
    }
    status = igraph_layout_fruchterman_reingold(&graph, &result, /*use_seed=*/true, iterations, startTemperature,
        IGRAPH_LAYOUT_NOGRID, weights.empty() ? nullptr : &weightList, anyFixed ? &minX : nullptr,
        anyFixed ? &maxX : nullptr, anyFixed ? &minY : nullptr, anyFixed ? &maxY : nullptr);
    if (status == IGRAPH_SUCCESS) {
        for (int i = 0; i < nodeCount; ++i)
            positions[size_t(i)] = centre + QPointF(MATRIX(result, i, 0), MATRIX(result, i, 1));
    }
    if (anyFixed)
        for (igraph_vector_t* v : { &minX, &maxX, &minY, &maxY })
            igraph_vector_destroy(v);
    igraph_matrix_destroy(&result);
    igraph_vector_destroy(&weightList);
    igraph_destroy(&graph);
    if (status != IGRAPH_SUCCESS)
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("littoral::core::GraphLayout", "igraph could not lay out the graph"));
    return {};
}

QRectF bounds(const std::vector<QPointF>& points, const std::vector<int>& members)
{
    double x0 = points[size_t(members.front())].x(), x1 = x0;
    double y0 = points[size_t(members.front())].y(), y1 = y0;
    for (const int v : members) {
        x0 = std::min(x0, points[size_t(v)].x());
        x1 = std::max(x1, points[size_t(v)].x());
        y0 = std::min(y0, points[size_t(v)].y());
        y1 = std::max(y1, points[size_t(v)].y());
    }
    return QRectF(QPointF(x0, y0), QPointF(x1, y1));
}

// A small deterministic spiral: where nodes start before the forces act.
QPointF spiral(int k, double step)
{
    const double r = step * std::sqrt(double(k) + 0.5);
    return { r * std::cos(k * GoldenAngle), r * std::sin(k * GoldenAngle) };
}

// The factor that brings a layout's mean edge length to one unit, where igraph's grid variant
// balances: it only repels nodes less than two units apart.
double edgeLengthScale(const std::vector<std::pair<int, int>>& edges, const std::vector<QPointF>& points)
{
    double total = 0.0;
    for (const auto& [a, b] : edges) {
        const QPointF d = points[size_t(a)] - points[size_t(b)];
        total += std::hypot(d.x(), d.y());
    }
    if (edges.empty() || total <= 1e-12)
        return 1.0;
    return std::clamp(double(edges.size()) / total, 1e-3, 1e3);
}

// The factor that gives a large layout about one unit of room per node, as small components have
// and as the gaps between packed components assume: a hairball's long edges would make its mean
// edge length a poor yardstick.
double spacingScale(const std::vector<QPointF>& points)
{
    const QRectF box = GridForceLayout::bounds(points);
    const double area = box.width() * box.height();
    if (area <= 1e-12)
        return 1.0;
    return std::clamp(1.0 / std::sqrt(area / double(points.size())), 1e-3, 1e3);
}

// A graph at one level of the coarse-to-fine layout.
struct Level {
    int nodeCount = 0;
    std::vector<std::pair<int, int>> edges;
    std::vector<double> weights;
};

// One coarsening step: a leaf joins its only neighbour (a hub with hundreds of one-letter senders
// collapses at once), then each remaining node pairs with its least connected free neighbour.
// Returns each node's group, numbered in the coarser level, which it fills.
std::vector<int> coarsen(const Level& fine, Level& coarse)
{
    const int n = fine.nodeCount;
    std::vector<std::vector<std::pair<int, double>>> adjacent(static_cast<size_t>(n));
    for (size_t e = 0; e < fine.edges.size(); ++e) {
        const auto [a, b] = fine.edges[e];
        adjacent[size_t(a)].emplace_back(b, fine.weights[e]);
        adjacent[size_t(b)].emplace_back(a, fine.weights[e]);
    }
    const auto degree = [&](int v) { return adjacent[size_t(v)].size(); };
    std::vector<int> order(static_cast<size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return degree(a) < degree(b); });
    std::vector<int> group(static_cast<size_t>(n), -1);
    int groups = 0;
    for (const int v : order) {
        if (degree(v) != 1)
            continue;
        const int hub = adjacent[size_t(v)].front().first;
        if (degree(hub) < 2)
            continue;
        if (group[size_t(hub)] < 0)
            group[size_t(hub)] = groups++;
        group[size_t(v)] = group[size_t(hub)];
    }
    std::vector<int> groupSize(static_cast<size_t>(n), 0);
    for (const int v : order)
        if (group[size_t(v)] >= 0)
            ++groupSize[size_t(group[size_t(v)])];
    for (const int v : order) {
        if (group[size_t(v)] >= 0)
            continue;
        int best = -1;
        double bestWeight = 0.0;
        for (const auto& [w, weight] : adjacent[size_t(v)]) {
            if (group[size_t(w)] >= 0 || w == v)
                continue;
            if (best < 0 || degree(w) < degree(best) || (degree(w) == degree(best) && weight > bestWeight)) {
                best = w;
                bestWeight = weight;
            }
        }
        if (best < 0) {
            // Every neighbour taken (hubs linked to hubs): join the smallest neighbouring group, so that
            // each step at least halves the graph.
            int smallest = -1;
            for (const auto& [w, weight] : adjacent[size_t(v)])
                if (w != v && (smallest < 0 || groupSize[size_t(group[size_t(w)])] < groupSize[size_t(smallest)]))
                    smallest = group[size_t(w)] >= 0 ? w : smallest;
            if (smallest >= 0) {
                group[size_t(v)] = group[size_t(smallest)];
                ++groupSize[size_t(group[size_t(v)])];
                continue;
            }
        }
        group[size_t(v)] = groups;
        groupSize[size_t(groups)] = best >= 0 ? 2 : 1;
        if (best >= 0)
            group[size_t(best)] = groups;
        ++groups;
    }
    std::map<std::pair<int, int>, double> merged;
    for (size_t e = 0; e < fine.edges.size(); ++e) {
        const int a = group[size_t(fine.edges[e].first)], b = group[size_t(fine.edges[e].second)];
        if (a == b)
            continue;
        double& weight = merged[std::minmax(a, b)];
        weight = std::max(weight, fine.weights[e]);
    }
    coarse.nodeCount = groups;
    coarse.edges.clear();
    coarse.weights.clear();
    for (const auto& [pair, weight] : merged) {
        coarse.edges.push_back(pair);
        coarse.weights.push_back(weight);
    }
    return group;
}

// A fresh layout of one large connected graph, coarse to fine: the coarsest level gets the full
// hot run over all pairs; each finer level starts with a group's members around where the group
// was (best connected in the middle) and gets a short local run.
Result<void> multilevelLayout(int nodeCount, const std::vector<std::pair<int, int>>& edges,
    const std::vector<double>& weights, std::vector<QPointF>& positions)
{
    std::vector<Level> levels(1);
    levels[0] = { nodeCount, edges, weights };
    std::vector<std::vector<int>> groupOf; // groupOf[l]: level l node -> level l + 1 node
    while (levels.back().nodeCount > CoarsestSize) {
        Level coarse;
        std::vector<int> group = coarsen(levels.back(), coarse);
        // Stalled (a graph of hubs linked to hubs): lay the rest out as it is.
        if (coarse.nodeCount > levels.back().nodeCount * 9 / 10)
            break;
        groupOf.push_back(std::move(group));
        levels.push_back(std::move(coarse));
    }

    const Level& coarsest = levels.back();
    std::vector<QPointF> points(size_t(coarsest.nodeCount));
    {
        std::vector<int> degree(size_t(coarsest.nodeCount), 0);
        for (const auto& [a, b] : coarsest.edges)
            ++degree[size_t(a)], ++degree[size_t(b)];
        std::vector<int> order(size_t(coarsest.nodeCount));
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return degree[size_t(a)] > degree[size_t(b)]; });
        for (size_t k = 0; k < order.size(); ++k)
            points[size_t(order[k])] = spiral(int(k), 0.8);
    }
    auto ok = fruchtermanReingold(coarsest.nodeCount, coarsest.edges, coarsest.weights, points,
        std::vector<bool>(size_t(coarsest.nodeCount), false), 500, std::sqrt(double(coarsest.nodeCount)) / 5.0);
    if (!ok)
        return ok;
    // From the balance over all pairs to the grid variant's, where an edge is about one unit.
    const double toGrid = edgeLengthScale(coarsest.edges, points);
    for (QPointF& p : points)
        p *= toGrid;
    for (size_t l = levels.size() - 1; l-- > 0;) {
        const Level& fine = levels[l];
        const std::vector<int>& group = groupOf[l];
        std::vector<int> degree(size_t(fine.nodeCount), 0);
        for (const auto& [a, b] : fine.edges)
            ++degree[size_t(a)], ++degree[size_t(b)];
        std::vector<int> order(size_t(fine.nodeCount));
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return degree[size_t(a)] > degree[size_t(b)]; });
        // The layout's area grows with its node count.
        const double grow = std::sqrt(double(fine.nodeCount) / double(levels[l + 1].nodeCount));
        std::vector<int> placedInGroup(size_t(levels[l + 1].nodeCount), 0);
        std::vector<QPointF> finer(size_t(fine.nodeCount));
        for (const int v : order) {
            const int g = group[size_t(v)];
            finer[size_t(v)] = points[size_t(g)] * grow + spiral(placedInGroup[size_t(g)]++, 0.45);
        }
        points = std::move(finer);
        GridForceLayout::relax(points, fine.edges, fine.weights, 40, 2.0);
    }
    positions = std::move(points);
    return {};
}

// The factor that brings a layout to the size where Fruchterman–Reingold's forces balance
// (attraction w·d² along the edges, repulsion 1/d between every pair: Σ w·d³ = pairs).
double equilibriumScale(const std::vector<std::pair<int, int>>& edges, const std::vector<double>& weights,
    const std::vector<QPointF>& points)
{
    double attraction = 0.0;
    for (size_t e = 0; e < edges.size(); ++e) {
        const QPointF d = points[size_t(edges[e].first)] - points[size_t(edges[e].second)];
        attraction += weights[e] * std::pow(std::hypot(d.x(), d.y()), 3.0);
    }
    const double pairs = double(points.size()) * double(points.size() - 1) / 2.0;
    if (attraction <= 1e-12)
        return 1.0;
    return std::clamp(std::cbrt(pairs / attraction), 1e-3, 1e3);
}

// Lays one component out. Fresh: from `points` (a starting spiral), hot then cool. Otherwise from
// where its nodes were shown: brought to the forces' natural scale around `anchor`, cooled briefly
// (so known nodes barely move), and returned to the scale it was shown at, so that a rerun on the
// same graph leaves every node in place. Both end with the same cool run, so a fresh layout is
// what a rerun leaves alone. Returns the natural scale relative to the given one.
Result<double> relaxComponent(const LayoutGraph& g, const std::vector<int>& members, std::vector<QPointF>& points,
    const std::vector<bool>& pinned, bool fresh, QPointF anchor = {}, double sharedScale = 0.0)
{
    if (members.size() < 2)
        return sharedScale > 0.0 ? sharedScale : 1.0;
    // Local numbers of the members; their edges are found through their neighbours, not by a scan of
    // every edge (a corpus has thousands of small components).
    static thread_local std::vector<int> local;
    if (local.size() < size_t(g.nodeCount))
        local.resize(size_t(g.nodeCount), -1);
    for (size_t i = 0; i < members.size(); ++i)
        local[size_t(members[i])] = int(i);
    std::vector<std::pair<int, int>> edges;
    std::vector<double> weights;
    for (const int v : members) {
        for (const int e : g.incident[size_t(v)]) {
            if (g.edges[size_t(e)].first != v)
                continue;
            edges.emplace_back(local[size_t(v)], local[size_t(g.edges[size_t(e)].second)]);
            weights.push_back(g.weights[size_t(e)]);
        }
    }
    for (const int v : members)
        local[size_t(v)] = -1; // ready for the next component
    std::vector<QPointF> localPoints(members.size());
    std::vector<bool> localPinned(members.size());
    for (size_t i = 0; i < members.size(); ++i) {
        localPoints[i] = points[size_t(members[i])];
        localPinned[i] = pinned[size_t(members[i])];
    }
    const int n = int(members.size());
    // Large components are relaxed by igraph's grid variant, whose forces balance with edges about
    // one unit long whatever the node count; small ones by the exact one, balanced over all pairs.
    const bool large = n > GridThreshold;
    if (fresh) {
        auto ok = n > MultilevelThreshold
            ? multilevelLayout(n, edges, weights, localPoints)
            : fruchtermanReingold(n, edges, weights, localPoints, localPinned, 500, std::sqrt(double(n)) / 5.0);
        if (!ok)
            return std::unexpected(ok.error());
        anchor = std::accumulate(localPoints.cbegin(), localPoints.cend(), QPointF()) / n;
    }
    // Components after the first share its scale, so that their sizes stay in proportion; one far
    // from its own balance (split off from a bigger one, say) is given a warmer run to settle.
    const double own = large ? spacingScale(localPoints) : equilibriumScale(edges, weights, localPoints);
    const double scale = sharedScale > 0.0 ? sharedScale : own;
    const bool strained = own / scale > 1.5 || own / scale < 1.0 / 1.5;
    for (QPointF& p : localPoints)
        p = anchor + (p - anchor) * scale;
    if ((fresh || strained) && !large) {
        // The rescale leaves loose ends (a correspondent tied by one letter) too far out: let them in.
        auto settled = fruchtermanReingold(n, edges, weights, localPoints, localPinned, 200, 0.25);
        if (!settled)
            return std::unexpected(settled.error());
    }
    // The same short cool run ends a fresh layout and a rerun: what one leaves, the other leaves alone.
    // A large component's grid forces sample crowded neighbourhoods and never stand quite still, so
    // instead a rerun holds the known nodes (see incrementalLayout) while the new ones, which start
    // beside their correspondents, settle; kept cool so that the crowd around a hub does not push a
    // newcomer with two letters out of the picture. Its fresh layout has no such run to match.
    const bool settling = large && !fresh;
    auto ok = fruchtermanReingold(n, edges, weights, localPoints, localPinned, settling ? 50 : large ? 0 : 100, 0.05);
    if (!ok)
        return std::unexpected(ok.error());
    const double back = fresh ? 1.0 : scale;
    for (size_t i = 0; i < members.size(); ++i)
        points[size_t(members[i])] = anchor + (localPoints[i] - anchor) / back;
    return scale;
}

// Lays each component out on its own and packs them in shelves, largest first, so small groups
// neither overlap the big one nor drift off to infinity.
Result<std::vector<QPointF>> freshLayout(const LayoutGraph& g)
{
    std::vector<QPointF> points(size_t(g.nodeCount));
    const auto parts = components(g);
    const std::vector<bool> noPins(size_t(g.nodeCount), false);
    std::vector<QRectF> boxes;
    for (const std::vector<int>& members : parts) {
        // Best connected first, at the centre of the starting spiral.
        std::vector<int> order = members;
        std::stable_sort(order.begin(), order.end(),
            [&](int a, int b) { return g.neighbours[size_t(a)].size() > g.neighbours[size_t(b)].size(); });
        for (size_t k = 0; k < order.size(); ++k)
            points[size_t(order[k])] = spiral(int(k), 0.8);
        auto ok = relaxComponent(g, members, points, noPins, true);
        if (!ok)
            return std::unexpected(ok.error());
        boxes.push_back(bounds(points, members));
    }

    double area = 0.0, widest = 0.0;
    for (const QRectF& b : boxes) {
        area += (b.width() + ComponentGap) * (b.height() + ComponentGap);
        widest = std::max(widest, b.width() + ComponentGap);
    }
    const double rowWidth = std::max(widest, std::sqrt(area) * 1.1);
    double x = 0.0, y = 0.0, rowHeight = 0.0;
    for (size_t c = 0; c < parts.size(); ++c) {
        const QRectF& b = boxes[c];
        if (x > 0.0 && x + b.width() > rowWidth) {
            x = 0.0;
            y += rowHeight + ComponentGap;
            rowHeight = 0.0;
        }
        const QPointF shift = QPointF(x, y) - b.topLeft();
        for (const int v : parts[c])
            points[size_t(v)] += shift;
        x += b.width() + ComponentGap;
        rowHeight = std::max(rowHeight, b.height());
    }
    return points;
}

struct Disc {
    QPointF centre;
    double radius = 0.0;
};

Disc enclosing(const std::vector<QPointF>& points, const std::vector<int>& members)
{
    const QRectF b = bounds(points, members);
    Disc d { b.center(), 0.0 };
    for (const int v : members)
        d.radius = std::max(d.radius, std::hypot(points[size_t(v)].x() - d.centre.x(), points[size_t(v)].y() - d.centre.y()));
    d.radius += ComponentGap / 2;
    return d;
}

// Relaxes the layout from where the known nodes were. New nodes start at the centroid of their
// placed neighbours; each component is relaxed on its own (cool and short, so known nodes barely
// move) and put back where its known nodes were; wholly new components go on the rim; then
// overlapping components are pushed apart, smaller ones giving way.
Result<std::vector<QPointF>> incrementalLayout(const LayoutGraph& g, std::vector<QPointF> points,
    const std::vector<bool>& known, const std::vector<bool>& pinned)
{
    std::vector<bool> placed = known;
    bool progress = true;
    int jitter = 0;
    while (progress) {
        progress = false;
        for (int v = 0; v < g.nodeCount; ++v) {
            if (placed[size_t(v)])
                continue;
            QPointF sum;
            int count = 0;
            for (const int w : g.neighbours[size_t(v)]) {
                if (placed[size_t(w)]) {
                    sum += points[size_t(w)];
                    ++count;
                }
            }
            if (count == 0)
                continue;
            // A nudge off the centroid: the forces cannot separate two nodes that start on one spot.
            points[size_t(v)] = sum / count + spiral(++jitter, 0.35);
            placed[size_t(v)] = true;
            progress = true;
        }
    }

    const auto parts = components(g);
    std::vector<bool> isNew(parts.size(), false);
    double referenceScale = 0.0;
    for (size_t c = 0; c < parts.size(); ++c) {
        const std::vector<int>& members = parts[c];
        isNew[c] = !placed[size_t(members.front())];
        if (isNew[c]) {
            for (size_t k = 0; k < members.size(); ++k)
                points[size_t(members[k])] = spiral(int(k), 0.8);
            auto ok = relaxComponent(g, members, points, pinned, true);
            if (!ok)
                return std::unexpected(ok.error());
            continue;
        }
        QPointF anchor;
        int knownCount = 0;
        bool anyPinned = false;
        for (const int v : members) {
            if (known[size_t(v)]) {
                anchor += points[size_t(v)];
                ++knownCount;
            }
            anyPinned = anyPinned || pinned[size_t(v)];
        }
        anchor /= std::max(1, knownCount);
        // A large component keeps its known nodes where they were shown and lets only the new ones
        // settle: its grid forces never stand quite still, so relaxing everything would shuffle
        // every node a little on each period change.
        std::vector<bool> held;
        if (int(members.size()) > GridThreshold) {
            held = pinned;
            for (const int v : members)
                held[size_t(v)] = pinned[size_t(v)] || known[size_t(v)];
        }
        auto scale = relaxComponent(g, members, points, held.empty() ? pinned : held, false, anchor, referenceScale);
        if (!scale)
            return std::unexpected(scale.error());
        if (referenceScale == 0.0 && members.size() > 1)
            referenceScale = *scale;
        QPointF after;
        for (const int v : members)
            if (known[size_t(v)])
                after += points[size_t(v)];
        after /= std::max(1, knownCount);
        const QPointF drift = anyPinned ? QPointF() : anchor - after;
        for (const int v : members)
            points[size_t(v)] += drift;
    }
    if (referenceScale > 0.0) {
        for (size_t c = 0; c < parts.size(); ++c)
            if (isNew[c])
                for (const int v : parts[c])
                    points[size_t(v)] /= referenceScale;
    }

    std::vector<Disc> discs(parts.size());
    QPointF centre;
    int knownCount = 0;
    double radius = 0.0;
    for (size_t c = 0; c < parts.size(); ++c) {
        discs[c] = enclosing(points, parts[c]);
        if (!isNew[c]) {
            centre += discs[c].centre;
            ++knownCount;
        }
    }
    centre /= std::max(1, knownCount);
    for (size_t c = 0; c < parts.size(); ++c)
        if (!isNew[c])
            radius = std::max(radius, std::hypot(discs[c].centre.x() - centre.x(), discs[c].centre.y() - centre.y()) + discs[c].radius);
    int rimSlot = 0;
    for (size_t c = 0; c < parts.size(); ++c) {
        if (!isNew[c])
            continue;
        const double angle = rimSlot++ * GoldenAngle;
        const QPointF target = centre + QPointF(std::cos(angle), std::sin(angle)) * (radius + discs[c].radius);
        const QPointF shift = target - discs[c].centre;
        for (const int v : parts[c])
            points[size_t(v)] += shift;
        discs[c].centre = target;
    }

    // Larger components come first in `parts`: a later one moves out of an earlier one's way,
    // along the shorter way out. Packed layouts keep a gap, so an unchanged graph moves nothing.
    std::vector<QRectF> rects(parts.size());
    for (size_t c = 0; c < parts.size(); ++c)
        rects[c] = bounds(points, parts[c]).adjusted(-ComponentGap / 4, -ComponentGap / 4, ComponentGap / 4, ComponentGap / 4);
    for (int pass = 0; pass < 50; ++pass) {
        bool moved = false;
        for (size_t b = 1; b < parts.size(); ++b) {
            for (size_t a = 0; a < b; ++a) {
                const QRectF overlap = rects[a].intersected(rects[b]);
                if (overlap.isEmpty())
                    continue;
                const QPointF away = rects[b].center() - rects[a].center();
                const QPointF shift = overlap.width() < overlap.height()
                    ? QPointF(away.x() >= 0 ? overlap.width() : -overlap.width(), 0.0)
                    : QPointF(0.0, away.y() >= 0 ? overlap.height() : -overlap.height());
                for (const int v : parts[b])
                    points[size_t(v)] += shift;
                rects[b].translate(shift);
                moved = true;
            }
        }
        if (!moved)
            break;
    }
    return points;
}

} // namespace

Result<GraphLayout> GraphLayout::compute(const CorrespondenceGraph& graph, const QHash<qint64, QPointF>& previous,
    const QSet<qint64>& pinned)
{
    GraphLayout layout;
    QHash<qint64, int> row;
    for (const GraphNode& node : graph.nodes)
        if (!row.contains(node.id))
            row.insert(node.id, int(row.size()));
    std::vector<qint64> ids(size_t(row.size()));
    for (auto it = row.cbegin(); it != row.cend(); ++it)
        ids[size_t(*it)] = it.key();
    if (ids.empty())
        return layout;
    if (ids.size() == 1) {
        layout.m_positions.insert(ids.front(), box().center());
        return layout;
    }

    const LayoutGraph g = layoutGraph(graph, row);
    const size_t total = size_t(g.nodeCount); // the correspondents, then the hidden co-signing hubs
    // Box coordinates ↔ igraph's units (an edge is about one unit long; a layout of n nodes spans
    // about 2√n of them): the scale only needs to be about right, the forces settle the rest.
    const double unitsPerBox = 1.5 * std::sqrt(double(ids.size())) / BoxSize;
    std::vector<QPointF> points(total);
    std::vector<bool> known(total, false);
    std::vector<bool> fixed(total, false);
    bool anyPlaced = false;
    for (size_t i = 0; i < ids.size(); ++i) {
        const auto it = previous.constFind(ids[i]);
        if (it == previous.cend())
            continue;
        points[i] = (*it - box().center()) * unitsPerBox;
        known[i] = anyPlaced = true;
        fixed[i] = pinned.contains(ids[i]);
    }
    auto result = anyPlaced ? incrementalLayout(g, std::move(points), known, fixed) : freshLayout(g);
    if (!result)
        return std::unexpected(result.error());

    std::vector<int> all(ids.size());
    std::iota(all.begin(), all.end(), 0);
    if (anyPlaced) {
        // Back at the scale it was shown at; refitted only when it has outgrown the box.
        std::vector<QPointF> inBox(ids.size());
        for (size_t i = 0; i < ids.size(); ++i)
            inBox[i] = box().center() + (*result)[i] / unitsPerBox;
        if (box().contains(bounds(inBox, all))) {
            for (size_t i = 0; i < ids.size(); ++i)
                layout.m_positions.insert(ids[i], inBox[i]);
            return layout;
        }
    }
    // Fit into the box, keeping the aspect ratio, with a margin so that the rim is not the edge.
    const QRectF extent = bounds(*result, all);
    const double span = std::max({ extent.width(), extent.height(), 1e-9 });
    const double scale = BoxSize * 0.9 / span;
    for (size_t i = 0; i < ids.size(); ++i)
        layout.m_positions.insert(ids[i], box().center() + ((*result)[i] - extent.center()) * scale);
    return layout;
}

GraphLayout GraphLayout::fromPositions(QHash<qint64, QPointF> positions)
{
    GraphLayout layout;
    layout.m_positions = std::move(positions);
    return layout;
}

} // namespace littoral::core
