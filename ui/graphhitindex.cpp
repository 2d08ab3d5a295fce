// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/graphhitindex.h"

#include <algorithm>
#include <cmath>

namespace littoral::ui {

double GraphHitIndex::distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double length2 = QPointF::dotProduct(ab, ab);
    const double t = length2 < 1e-12 ? 0.0 : std::clamp(QPointF::dotProduct(p - a, ab) / length2, 0.0, 1.0);
    const QPointF q = a + ab * t - p;
    return std::hypot(q.x(), q.y());
}

void GraphHitIndex::reset(const QRectF& bounds, double cell)
{
    m_bounds = bounds;
    m_cell = std::max(cell, 1.0);
    // Bounded so that a huge zoomed-in extent does not allocate millions of buckets.
    m_columns = std::clamp(int(std::ceil(bounds.width() / m_cell)), 1, 512);
    m_rows = std::clamp(int(std::ceil(bounds.height() / m_cell)), 1, 512);
    m_cell = std::max({ m_cell, bounds.width() / m_columns, bounds.height() / m_rows });
    m_discs.clear();
    m_polylines.clear();
    m_discCells.assign(size_t(m_columns) * size_t(m_rows), {});
    m_polylineCells.assign(size_t(m_columns) * size_t(m_rows), {});
}

int GraphHitIndex::column(double x) const
{
    return std::clamp(int(std::floor((x - m_bounds.left()) / m_cell)), 0, m_columns - 1);
}

int GraphHitIndex::row(double y) const
{
    return std::clamp(int(std::floor((y - m_bounds.top()) / m_cell)), 0, m_rows - 1);
}

template <typename F>
void GraphHitIndex::visit(const QRectF& r, F f) const
{
    for (int y = row(r.top()); y <= row(r.bottom()); ++y)
        for (int x = column(r.left()); x <= column(r.right()); ++x)
            f(size_t(y) * size_t(m_columns) + size_t(x));
}

void GraphHitIndex::addDisc(int id, QPointF centre, double reach)
{
    const int item = int(m_discs.size());
    m_discs.push_back({ id, centre, reach });
    visit(QRectF(centre - QPointF(reach, reach), centre + QPointF(reach, reach)),
        [&](size_t cell) { m_discCells[cell].push_back(item); });
}

void GraphHitIndex::addPolyline(int id, const QPolygonF& points)
{
    const int item = int(m_polylines.size());
    m_polylines.push_back({ id, points });
    // Each segment marks the buckets its box covers; a bucket lists the polyline once.
    for (qsizetype k = 1; k < points.size(); ++k) {
        visit(QRectF(points[k - 1], points[k]).normalized(), [&](size_t cell) {
            std::vector<int>& ids = m_polylineCells[cell];
            if (ids.empty() || ids.back() != item)
                ids.push_back(item);
        });
    }
}

int GraphHitIndex::discAt(QPointF p) const
{
    if (m_discCells.empty())
        return -1;
    int best = -1;
    double bestDistance = 0.0;
    for (const int item : m_discCells[size_t(row(p.y())) * size_t(m_columns) + size_t(column(p.x()))]) {
        const Disc& disc = m_discs[size_t(item)];
        const QPointF d = disc.centre - p;
        const double distance = std::hypot(d.x(), d.y());
        if (distance <= disc.reach && (best < 0 || distance < bestDistance || (distance == bestDistance && disc.id > best))) {
            best = disc.id;
            bestDistance = distance;
        }
    }
    return best;
}

int GraphHitIndex::polylineAt(QPointF p, double tolerance) const
{
    if (m_polylineCells.empty())
        return -1;
    // Every bucket within the tolerance; a polyline met in several is measured each time, harmlessly.
    int best = -1;
    double bestDistance = tolerance;
    visit(QRectF(p - QPointF(tolerance, tolerance), p + QPointF(tolerance, tolerance)), [&](size_t cell) {
        for (const int item : m_polylineCells[cell]) {
            const Polyline& line = m_polylines[size_t(item)];
            for (qsizetype k = 1; k < line.points.size(); ++k) {
                const double distance = distanceToSegment(p, line.points[k - 1], line.points[k]);
                if (distance < bestDistance || (distance == bestDistance && best >= 0 && line.id < best)) {
                    best = line.id;
                    bestDistance = distance;
                }
            }
        }
    });
    return best;
}

} // namespace littoral::ui
