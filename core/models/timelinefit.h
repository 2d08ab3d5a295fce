// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>

namespace littoral::core {

// The period a timeline fits by default (and on "Fit"): never narrower than the corpus design's
// 2014–2020; over the documents' dates from their 1st to their 99th percentile, so that one stray
// date (a typo, a misread year) never decides it and squeezes every other document into a corner.
// Pure; any thread.
class TimelineFit final {
public:
    struct Period {
        QDate from;
        QDate to;
        friend bool operator==(const Period&, const Period&) = default;
    };
    static QDate designFrom() { return { 2014, 1, 1 }; }
    static QDate designTo() { return { 2020, 12, 31 }; }

    // `firstDays` and `lastDays`: each dated document's earliest and latest day, in any order. With n
    // dates, max(1, n / 100) at each end lie beyond the percentiles once n >= 3; such a date is still
    // shown when it lies within the span of the rest from it (a 2024 letter beside 2014–2023), never
    // when it is far off (1905 or 6017 beside 2014–2020).
    static Period defaultPeriod(QList<QDate> firstDays, QList<QDate> lastDays);
};

} // namespace littoral::core
