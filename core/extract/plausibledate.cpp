// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/plausibledate.h"

namespace littoral::core {

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
