// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/timelinecounts.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace littoral::core {

namespace {

// Spread weights are summed in floating point: what is left of a finished span is rounding, not a
// document, and must not draw a sliver.
constexpr double s_epsilon = 1e-9;

double clean(double weight)
{
    return weight < s_epsilon ? 0.0 : weight;
}

// Running sums of per-breakpoint amounts: out[i] = sum of at[j] for j < i.
template <typename T> QList<T> before(const QList<T>& at)
{
    QList<T> out(at.size() + 1, T {});
    for (qsizetype i = 0; i < at.size(); ++i)
        out[i + 1] = out[i] + at[i];
    return out;
}

} // namespace

double TimelineCounts::Range::total() const
{
    double sum = 0.0;
    for (int k = 0; k < TypeCount; ++k)
        sum += accepted[k] + dimmed[k];
    return sum;
}

TimelineCounts::TimelineCounts(const QList<Entry>& entries, int laneCount)
{
    // Built at every filter change over every document: the breakpoints are found by marking the days
    // they fall on, and located by a table, when the days span a range of the order of the entries;
    // by sorting and binary search otherwise.
    int firstDay = std::numeric_limits<int>::max();
    int lastDay = std::numeric_limits<int>::min();
    for (const Entry& e : entries) {
        firstDay = std::min(firstDay, e.firstDay);
        lastDay = std::max(lastDay, e.point ? e.firstDay : std::max(e.endDay, e.firstDay + 1));
    }
    const qint64 range = entries.isEmpty() ? 0 : qint64(lastDay) - firstDay + 1;
    QList<int> slot; // day - firstDay -> index in m_days, when the range allows it
    if (range > 0 && range <= std::max<qint64>(qint64(1) << 16, 8 * qint64(entries.size()))) {
        slot = QList<int>(range, -1);
        for (const Entry& e : entries) {
            slot[e.firstDay - firstDay] = 0;
            if (!e.point)
                slot[std::max(e.endDay, e.firstDay + 1) - firstDay] = 0;
        }
        for (qsizetype i = 0; i < range; ++i) {
            if (slot.at(i) == 0) {
                slot[i] = int(m_days.size());
                m_days.append(int(firstDay + i));
            }
        }
    } else {
        for (const Entry& e : entries) {
            m_days.append(e.firstDay);
            if (!e.point)
                m_days.append(std::max(e.endDay, e.firstDay + 1));
        }
        std::sort(m_days.begin(), m_days.end());
        m_days.erase(std::unique(m_days.begin(), m_days.end()), m_days.end());
    }
    const qsizetype k = m_days.size();
    auto indexOf = [this, &slot, firstDay](int day) {
        if (!slot.isEmpty())
            return qsizetype(slot.at(day - firstDay));
        return qsizetype(std::lower_bound(m_days.cbegin(), m_days.cend(), day) - m_days.cbegin());
    };

    // Per lane and type: points on each breakpoint, and the change of span density there.
    struct Raw {
        QList<double> points;
        QList<double> densityStep;
    };
    struct RawLane {
        std::array<Raw, TypeCount> all;
        std::array<Raw, TypeCount> accepted;
        QList<int> points, starts, ends, hitPoints, hitStarts, hitEnds;
    };
    QList<RawLane> raw(std::max(0, laneCount));
    auto touch = [k](Raw& r) {
        if (r.points.isEmpty()) {
            r.points.resize(k, 0.0);
            r.densityStep.resize(k, 0.0);
        }
    };
    for (RawLane& lane : raw) {
        for (QList<int>* list :
            { &lane.points, &lane.starts, &lane.ends, &lane.hitPoints, &lane.hitStarts, &lane.hitEnds })
            list->resize(k, 0);
    }
    for (const Entry& e : entries) {
        if (e.lane < 0 || e.lane >= laneCount || e.type < 0 || e.type >= TypeCount)
            continue;
        RawLane& lane = raw[e.lane];
        const qsizetype first = indexOf(e.firstDay);
        for (Raw* r : { &lane.all[e.type], e.accepted ? &lane.accepted[e.type] : nullptr }) {
            if (!r)
                continue;
            touch(*r);
            if (e.point) {
                r->points[first] += 1.0;
            } else {
                const int end = std::max(e.endDay, e.firstDay + 1);
                const double density = 1.0 / double(end - e.firstDay);
                r->densityStep[first] += density;
                r->densityStep[indexOf(end)] -= density;
            }
        }
        if (e.point) {
            ++lane.points[first];
            if (e.hit)
                ++lane.hitPoints[first];
        } else {
            const qsizetype end = indexOf(std::max(e.endDay, e.firstDay + 1));
            ++lane.starts[first];
            ++lane.ends[end];
            if (e.hit) {
                ++lane.hitStarts[first];
                ++lane.hitEnds[end];
            }
        }
    }

    auto finish = [this, k](const Raw& r) {
        Weights w;
        if (r.points.isEmpty())
            return w;
        w.pointsBefore = before(r.points);
        w.spanIntegral.resize(k, 0.0);
        double density = 0.0;
        for (qsizetype i = 0; i + 1 < k; ++i) {
            density += r.densityStep[i];
            w.spanIntegral[i + 1] = w.spanIntegral[i] + density * double(m_days[i + 1] - m_days[i]);
        }
        return w;
    };
    m_lanes.reserve(raw.size());
    for (const RawLane& r : std::as_const(raw)) {
        LaneSums sums;
        for (int t = 0; t < TypeCount; ++t) {
            sums.all[t] = finish(r.all[t]);
            sums.accepted[t] = finish(r.accepted[t]);
        }
        sums.pointsBefore = before(r.points);
        sums.startsBefore = before(r.starts);
        sums.endsBefore = before(r.ends);
        sums.hitPointsBefore = before(r.hitPoints);
        sums.hitStartsBefore = before(r.hitStarts);
        sums.hitEndsBefore = before(r.hitEnds);
        m_lanes.append(std::move(sums));
    }
}

qsizetype TimelineCounts::indexBefore(double day) const
{
    return std::lower_bound(m_days.cbegin(), m_days.cend(), day, [](int b, double d) {
        return double(b) < d;
    }) - m_days.cbegin();
}

TimelineCounts::Position TimelineCounts::locate(double time) const
{
    Position at;
    at.time = time;
    at.pointIndex = indexBefore(time - 0.5); // a point on day D sits at D + 0.5
    at.lessIndex = indexBefore(time);
    at.upToIndex = std::upper_bound(m_days.cbegin(), m_days.cend(), time, [](double d, int b) {
        return d < double(b);
    }) - m_days.cbegin();
    return at;
}

double TimelineCounts::spans(const Weights& w, const Position& at) const
{
    if (w.spanIntegral.isEmpty() || at.upToIndex == 0)
        return 0.0;
    const qsizetype i = at.upToIndex - 1;
    if (at.upToIndex == m_days.size())
        return w.spanIntegral[i];
    // The span density is constant between two breakpoints: interpolate.
    const double a = m_days[i];
    const double b = m_days[at.upToIndex];
    return w.spanIntegral[i] + (w.spanIntegral[at.upToIndex] - w.spanIntegral[i]) * (at.time - a) / (b - a);
}

int TimelineCounts::touching(const QList<int>& points, const QList<int>& starts, const QList<int>& ends,
    const Position& from, const Position& to)
{
    if (points.isEmpty() || to.time <= from.time)
        return 0;
    // A span [a, b) touches [from, to) when a < to and b > from; those with b <= from started earlier.
    return points[to.pointIndex] - points[from.pointIndex] + starts[to.lessIndex] - ends[from.upToIndex];
}

TimelineCounts::Range TimelineCounts::between(int lane, const Position& from, const Position& to) const
{
    Range r;
    if (lane < 0 || lane >= m_lanes.size() || to.time <= from.time || m_days.isEmpty())
        return r;
    const LaneSums& s = m_lanes.at(lane);
    auto weight = [&](const Weights& w) {
        if (w.pointsBefore.isEmpty())
            return 0.0;
        return w.pointsBefore[to.pointIndex] - w.pointsBefore[from.pointIndex] + spans(w, to)
            - spans(w, from);
    };
    for (int t = 0; t < TypeCount; ++t) {
        if (s.all[t].pointsBefore.isEmpty())
            continue;
        const double accepted = weight(s.accepted[t]);
        r.accepted[t] = clean(accepted);
        r.dimmed[t] = clean(weight(s.all[t]) - accepted);
    }
    r.documents = touching(s.pointsBefore, s.startsBefore, s.endsBefore, from, to);
    r.hits = touching(s.hitPointsBefore, s.hitStartsBefore, s.hitEndsBefore, from, to);
    return r;
}

int TimelineCounts::documents(double from, double to) const
{
    const Position a = locate(from);
    const Position b = locate(to);
    int n = 0;
    for (const LaneSums& s : m_lanes)
        n += touching(s.pointsBefore, s.startsBefore, s.endsBefore, a, b);
    return n;
}

} // namespace littoral::core
