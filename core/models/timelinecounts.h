// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/document.h"

#include <QList>

#include <array>

namespace littoral::core {

// Running sums of dated documents per lane and type, kept only on the days where something starts or
// ends, so what any time range holds costs a few look-ups however many documents there are: the
// timeline aggregates per pixel column and the density band per bucket in O(columns), not O(documents).
// Built once per corpus, lane assignment and filter. Pure value; any thread.
class TimelineCounts final {
public:
    static constexpr int TypeCount = int(kDocumentTypeCount);

    struct Entry {
        int firstDay = 0; // Julian day
        int endDay = 1; // exclusive; a day-dated document has endDay == firstDay + 1
        int lane = 0;
        int type = 0; // 0 .. TypeCount - 1
        bool point = true; // known to the day: counted in the range holding its day's middle
        bool accepted = true; // passes the filter; the others are counted as dimmed
        bool hit = false; // a search hit
    };

    // What one lane holds in [from, to).
    struct Range {
        // Weights by type. A document known only to the month or year is spread evenly over its days,
        // so it weighs the share of its days in the range.
        std::array<double, TypeCount> accepted {};
        std::array<double, TypeCount> dimmed {};
        int documents = 0; // documents touching the range, however little
        int hits = 0; // of which search hits
        double total() const;
    };

    // A time located among the breakpoints once, to be shared by every lane and by both columns it bounds.
    struct Position {
        double time = 0.0;
        qsizetype pointIndex = 0; // breakpoints < time - 0.5 (days whose middle is before time)
        qsizetype lessIndex = 0; // breakpoints < time
        qsizetype upToIndex = 0; // breakpoints <= time
    };

    TimelineCounts() = default;
    TimelineCounts(const QList<Entry>& entries, int laneCount);

    int laneCount() const { return int(m_lanes.size()); }
    Position locate(double time) const;
    Range between(int lane, const Position& from, const Position& to) const;
    Range range(int lane, double from, double to) const { return between(lane, locate(from), locate(to)); }
    // Documents of every lane touching [from, to).
    int documents(double from, double to) const;

private:
    struct Weights { // one lane and type, over m_days
        QList<double> pointsBefore; // points whose day < m_days[i]; size K + 1
        QList<double> spanIntegral; // span weight before m_days[i]; size K
    };
    struct LaneSums {
        std::array<Weights, TypeCount> all;
        std::array<Weights, TypeCount> accepted;
        QList<int> pointsBefore; // counts, size K + 1, like Weights::pointsBefore
        QList<int> startsBefore; // spans whose first day < m_days[i]
        QList<int> endsBefore; // spans whose end day < m_days[i]
        QList<int> hitPointsBefore;
        QList<int> hitStartsBefore;
        QList<int> hitEndsBefore;
    };

    qsizetype indexBefore(double day) const; // breakpoints < day
    double spans(const Weights& w, const Position& at) const; // span weight before the position
    static int touching(const QList<int>& points, const QList<int>& starts, const QList<int>& ends,
        const Position& from, const Position& to);

    QList<int> m_days; // sorted, unique: every first day, end day and point day
    QList<LaneSums> m_lanes;
};

} // namespace littoral::core
