// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/gridforcelayout.h"

#include <algorithm>
#include <cmath>

namespace littoral::core {

namespace {

// Nodes sorted into square cells of Cutoff side over their bounding box (counting sort), so that a
// node's repelling neighbours are in its own and the eight surrounding cells.
struct CellGrid {
    double left = 0.0;
    double top = 0.0;
    int columns = 1;
    int rows = 1;
    std::vector<int> start; // per cell, into `nodes`; one past the end at the back
    std::vector<int> nodes;

    int cellOf(QPointF p) const
    {
        const int x = std::clamp(int((p.x() - left) / GridForceLayout::Cutoff), 0, columns - 1);
        const int y = std::clamp(int((p.y() - top) / GridForceLayout::Cutoff), 0, rows - 1);
        return y * columns + x;
    }

    void rebuild(const std::vector<QPointF>& points)
    {
        const QRectF box = GridForceLayout::bounds(points);
        const double x0 = box.left(), x1 = box.right(), y0 = box.top(), y1 = box.bottom();
        left = x0;
        top = y0;
        // A node flung far away must not make the grid huge: beyond 4n cells, outliers share the
        // border cells (few of them, so this stays cheap).
        const double limit = std::sqrt(4.0 * double(points.size())) + 2.0;
        columns = int(std::clamp(std::ceil((x1 - x0) / GridForceLayout::Cutoff) + 1.0, 1.0, limit));
        rows = int(std::clamp(std::ceil((y1 - y0) / GridForceLayout::Cutoff) + 1.0, 1.0, limit));
        start.assign(size_t(columns) * size_t(rows) + 1, 0);
        std::vector<int> cell(points.size());
        for (size_t i = 0; i < points.size(); ++i) {
            cell[i] = cellOf(points[i]);
            ++start[size_t(cell[i]) + 1];
        }
        for (size_t c = 1; c < start.size(); ++c)
            start[c] += start[c - 1];
        nodes.resize(points.size());
        std::vector<int> fill(start.begin(), start.end() - 1);
        for (size_t i = 0; i < points.size(); ++i)
            nodes[size_t(fill[size_t(cell[i])]++)] = int(i);
    }
};

} // namespace

void GridForceLayout::relax(std::vector<QPointF>& positions, const std::vector<std::pair<int, int>>& edges,
    const std::vector<double>& weights, int iterations, double startTemperature, const std::vector<bool>& fixed)
{
    const size_t n = positions.size();
    if (n < 2 || iterations <= 0)
        return;
    // Held nodes still repel and attract, but their own forces need not be worked out; with none
    // free there is nothing to do.
    const auto held = [&](size_t i) { return !fixed.empty() && fixed[i]; };
    size_t free = 0;
    for (size_t i = 0; i < n; ++i)
        free += !held(i);
    if (free == 0)
        return;
    CellGrid grid;
    std::vector<QPointF> displacement(n);
    std::vector<QPointF> cellCentre;
    const double cutoff2 = Cutoff * Cutoff;
    for (int step = 0; step < iterations; ++step) {
        const double temperature = startTemperature * double(iterations - step) / double(iterations);
        std::fill(displacement.begin(), displacement.end(), QPointF());
        grid.rebuild(positions);
        for (int cy = 0; cy < grid.rows; ++cy) {
            for (int cx = 0; cx < grid.columns; ++cx) {
                const int cell = cy * grid.columns + cx;
                // The nodes that can repel this cell's: its own and the eight cells around.
                int ranges[9][2];
                int rangeCount = 0, total = 0;
                for (int ny = std::max(0, cy - 1); ny <= std::min(grid.rows - 1, cy + 1); ++ny) {
                    for (int nx = std::max(0, cx - 1); nx <= std::min(grid.columns - 1, cx + 1); ++nx) {
                        const int other = ny * grid.columns + nx;
                        ranges[rangeCount][0] = grid.start[size_t(other)];
                        ranges[rangeCount][1] = grid.start[size_t(other) + 1];
                        total += ranges[rangeCount][1] - ranges[rangeCount][0];
                        ++rangeCount;
                    }
                }
                // A crowded neighbourhood (a hub's many leaves drawn in) would make this quadratic: there
                // every stride-th node stands for `stride` of them, the start shifting each step.
                const int stride = std::max(1, (total + MaxRepellers - 1) / MaxRepellers);
                for (int a = grid.start[size_t(cell)]; a < grid.start[size_t(cell) + 1]; ++a) {
                    const int i = grid.nodes[size_t(a)];
                    if (held(size_t(i)))
                        continue;
                    QPointF sum;
                    int k = (i + step) % stride;
                    for (int r = 0; r < rangeCount; ++r) {
                        for (int b = ranges[r][0] + k; b < ranges[r][1]; b += stride) {
                            const int j = grid.nodes[size_t(b)];
                            if (j == i)
                                continue;
                            QPointF d = positions[size_t(i)] - positions[size_t(j)];
                            double length2 = d.x() * d.x() + d.y() * d.y();
                            if (length2 >= cutoff2)
                                continue;
                            if (length2 < 1e-12) {
                                // Two nodes on one spot: pushed apart along a direction set by their numbers.
                                const double angle = double(i) * 2.39996 - double(j);
                                d = QPointF(std::cos(angle), std::sin(angle)) * 1e-3;
                                length2 = 1e-6;
                            }
                            sum += d / length2;
                        }
                        // Carry the stride's phase over into the next range.
                        const int length = ranges[r][1] - ranges[r][0];
                        k = length > k ? (stride - (length - k) % stride) % stride : k - length;
                    }
                    displacement[size_t(i)] += sum * double(stride);
                }
            }
        }
        // Beyond the near cells, each cell repels as one body of its nodes at their centroid, out to
        // FarCells cells away: without it the long edges of a dense graph pull its core into a clump
        // that short-range repulsion alone cannot hold apart.
        const size_t cells = size_t(grid.columns) * size_t(grid.rows);
        cellCentre.assign(cells, QPointF());
        for (size_t c = 0; c < cells; ++c) {
            for (int a = grid.start[c]; a < grid.start[c + 1]; ++a)
                cellCentre[c] += positions[size_t(grid.nodes[size_t(a)])];
            const int count = grid.start[c + 1] - grid.start[c];
            if (count > 0)
                cellCentre[c] /= count;
        }
        for (int cy = 0; cy < grid.rows; ++cy) {
            for (int cx = 0; cx < grid.columns; ++cx) {
                const size_t cell = size_t(cy) * size_t(grid.columns) + size_t(cx);
                if (grid.start[cell] == grid.start[cell + 1])
                    continue;
                QPointF push;
                for (int ny = std::max(0, cy - FarCells); ny <= std::min(grid.rows - 1, cy + FarCells); ++ny) {
                    for (int nx = std::max(0, cx - FarCells); nx <= std::min(grid.columns - 1, cx + FarCells); ++nx) {
                        if (std::abs(nx - cx) <= 1 && std::abs(ny - cy) <= 1)
                            continue;
                        const size_t other = size_t(ny) * size_t(grid.columns) + size_t(nx);
                        const int count = grid.start[other + 1] - grid.start[other];
                        if (count == 0)
                            continue;
                        const QPointF d = cellCentre[cell] - cellCentre[other];
                        const double length2 = std::max(d.x() * d.x() + d.y() * d.y(), cutoff2);
                        push += d * (double(count) / length2);
                    }
                }
                for (int a = grid.start[cell]; a < grid.start[cell + 1]; ++a)
                    displacement[size_t(grid.nodes[size_t(a)])] += push;
            }
        }
        for (size_t e = 0; e < edges.size(); ++e) {
            const auto [a, b] = edges[e];
            const QPointF d = positions[size_t(a)] - positions[size_t(b)];
            const double length = std::sqrt(d.x() * d.x() + d.y() * d.y()) * (weights.empty() ? 1.0 : weights[e]);
            displacement[size_t(a)] -= d * length;
            displacement[size_t(b)] += d * length;
        }
        for (size_t i = 0; i < n; ++i) {
            if (held(i))
                continue;
            const QPointF d = displacement[i];
            const double length = std::sqrt(d.x() * d.x() + d.y() * d.y());
            positions[i] += length > temperature ? d * (temperature / length) : d;
        }
    }
}

QRectF GridForceLayout::bounds(const std::vector<QPointF>& points)
{
    double x0 = points.front().x(), x1 = x0, y0 = points.front().y(), y1 = y0;
    for (const QPointF p : points) {
        x0 = std::min(x0, p.x());
        x1 = std::max(x1, p.x());
        y0 = std::min(y0, p.y());
        y1 = std::max(y1, p.y());
    }
    return QRectF(QPointF(x0, y0), QPointF(x1, y1));
}

} // namespace littoral::core
