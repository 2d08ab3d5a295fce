// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/partialdate.h"

#include <QDate>

namespace littoral::core {

// Whether a date read in a text can be a date of this corpus's world: from 1900 to the year after
// `today`. "Le 7 février 6017" is a typo or an OCR slip, not a date: taken as one, it dragged the
// timeline's default view forty centuries away. Pure; `today` is injectable for tests.
class PlausibleDate final {
public:
    static constexpr int FirstYear = 1900;
    static bool isPlausible(const PartialDate& date, QDate today = QDate::currentDate());
};

} // namespace littoral::core
