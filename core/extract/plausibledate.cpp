// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/plausibledate.h"

#include <QDateTime>

#include <atomic>

namespace littoral::core {

QDate PlausibleDate::today()
{
    // The Julian day and the minute it was read in, in one word, so that no thread sees one without
    // the other. Minutes of the wall clock (no time zone needed), which goes on while a laptop sleeps.
    static std::atomic<quint64> known { 0 };
    const auto minute = quint64(QDateTime::currentMSecsSinceEpoch() / 60000) & 0xffffffffu;
    const quint64 packed = known.load(std::memory_order_relaxed);
    if (packed != 0 && (packed & 0xffffffffu) == minute)
        return QDate::fromJulianDay(qint64(packed >> 32));
    const QDate current = QDate::currentDate();
    known.store((quint64(current.toJulianDay()) << 32) | minute, std::memory_order_relaxed);
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
