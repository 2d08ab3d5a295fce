// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/timelinefit.h"

#include <algorithm>

namespace littoral::core {

TimelineFit::Period TimelineFit::defaultPeriod(QList<QDate> firstDays, QList<QDate> lastDays)
{
    const auto invalid = [](const QDate& d) { return !d.isValid(); };
    firstDays.removeIf(invalid);
    lastDays.removeIf(invalid);
    Period period { designFrom(), designTo() };
    if (firstDays.isEmpty() || lastDays.isEmpty())
        return period;
    std::sort(firstDays.begin(), firstDays.end());
    std::sort(lastDays.begin(), lastDays.end());
    const auto beyond = [](qsizetype n) { return n >= 3 ? std::max<qsizetype>(1, n / 100) : 0; };
    const qsizetype low = beyond(firstDays.size());
    const qsizetype high = beyond(lastDays.size());
    period.from = std::min(period.from, firstDays.at(low));
    period.to = std::max(period.to, lastDays.at(lastDays.size() - 1 - high));
    // The dates left out come back when they are near: within the span of what is shown.
    const qint64 reach = period.from.daysTo(period.to);
    for (qsizetype i = 0; i < low; ++i)
        if (firstDays.at(i).daysTo(period.from) <= reach) {
            period.from = std::min(period.from, firstDays.at(i));
            break;
        }
    for (qsizetype i = lastDays.size() - 1; i >= lastDays.size() - high; --i)
        if (period.to.daysTo(lastDays.at(i)) <= reach) {
            period.to = std::max(period.to, lastDays.at(i));
            break;
        }
    return period;
}

} // namespace littoral::core
