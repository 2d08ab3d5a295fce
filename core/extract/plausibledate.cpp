// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/plausibledate.h"

#include <atomic>
#include <chrono>

namespace littoral::core {

QDate PlausibleDate::today()
{
    using Clock = std::chrono::steady_clock;
    // The Julian day and when it was read, in one atomic word each: any thread may ask.
    static std::atomic<qint64> day { 0 };
    static std::atomic<Clock::rep> readAt { 0 };
    const Clock::rep now = Clock::now().time_since_epoch().count();
    const Clock::rep minute = std::chrono::duration_cast<Clock::duration>(std::chrono::minutes(1)).count();
    const qint64 known = day.load(std::memory_order_relaxed);
    if (known != 0 && now - readAt.load(std::memory_order_relaxed) < minute)
        return QDate::fromJulianDay(known);
    const QDate current = QDate::currentDate();
    day.store(current.toJulianDay(), std::memory_order_relaxed);
    readAt.store(now, std::memory_order_relaxed);
    return current;
}

bool PlausibleDate::isPlausible(const PartialDate& date, QDate today)
{
    // A letter may be dated ahead (a planned statement, the turn of a year): one year of grace.
    return date.isValid() && date.year >= FirstYear && date.year <= today.year() + 1;
}

bool PlausibleDate::isPlausibleEvent(const PartialDate& date, QDate today)
{
    return date.isValid() && date.year >= FirstEventYear && date.year <= today.year() + 1;
}

} // namespace littoral::core
