// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/graphhitindex.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace littoral::ui {

double GraphHitIndex::distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double length2 = QPointF::dotProduct(ab, ab);
    const double t = length2 < 1e-12 ? 0.0 : std::clamp(QPointF::dotProduct(p - a, ab) / length2, 0.0, 1.0);
    const QPointF q = a + ab * t - p;
    return std::hypot(q.x(), q.y());
}

QPointF GraphHitIndex::pointOnCurve(QPointF start, QPointF control, QPointF end, double t)
{
    return start * ((1 - t) * (1 - t)) + control * (2 * (1 - t) * t) + end * (t * t);
}

double GraphHitIndex::distanceToCurve(QPointF p, QPointF start, QPointF control, QPointF end)
{
    double nearest = std::numeric_limits<double>::infinity();
    QPointF previous = start;
    for (int k = 1; k <= kCurveSegments; ++k) {
        const QPointF next = pointOnCurve(start, control, end, double(k) / kCurveSegments);
        nearest = std::min(nearest, distanceToSegment(p, previous, next));
        previous = next;
    }
    return nearest;
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
    m_curves.clear();
    m_discCells.assign(size_t(m_columns) * size_t(m_rows), {});
    m_curveCells.assign(size_t(m_columns) * size_t(m_rows), {});
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

void GraphHitIndex::addCurve(int id, QPointF start, QPointF control, QPointF end)
{
    const int item = int(m_curves.size());
    m_curves.push_back({ id, start, control, end });
    // Each straight piece marks the buckets its box covers; a bucket lists the curve once.
    QPointF previous = start;
    for (int k = 1; k <= kCurveSegments; ++k) {
        const QPointF next = pointOnCurve(start, control, end, double(k) / kCurveSegments);
        visit(QRectF(previous, next).normalized(), [&](size_t cell) {
            std::vector<int>& ids = m_curveCells[cell];
            if (ids.empty() || ids.back() != item)
                ids.push_back(item);
        });
        previous = next;
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

int GraphHitIndex::curveAt(QPointF p, double tolerance) const
{
    if (m_curveCells.empty())
        return -1;
    // Every bucket within the tolerance; a curve met in several is measured each time, harmlessly.
    int best = -1;
    double bestDistance = tolerance;
    visit(QRectF(p - QPointF(tolerance, tolerance), p + QPointF(tolerance, tolerance)), [&](size_t cell) {
        for (const int item : m_curveCells[cell]) {
            const Curve& curve = m_curves[size_t(item)];
            const double distance = distanceToCurve(p, curve.start, curve.control, curve.end);
            if (distance < bestDistance || (distance == bestDistance && best >= 0 && curve.id < best)) {
                best = curve.id;
                bestDistance = distance;
            }
        }
    });
    return best;
}

} // namespace littoral::ui
