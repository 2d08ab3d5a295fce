// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/partialdate.h"

#include <QDate>

namespace littoral::core {

// Whether a date read in a text can be a date of this corpus's world: from 1900 to the year after
// `today`. "Le 7 février 6017" is a typo or an OCR slip, not a date: taken as one, it dragged the
// timeline's default view forty centuries away. Pure but for today(); `today` is injectable for tests.
class PlausibleDate final {
public:
    // Today's date, asked of the clock at most once a minute: QDate::currentDate() goes through the
    // time zone (a stat of /etc/localtime) and was asked several times per document of an import.
    static QDate today();

    static constexpr int FirstYear = 1900;
    // A document is written from 1900 to next year.
    static bool isPlausible(const PartialDate& date, QDate today = PlausibleDate::today());
    // An event a document mentions may be history ("la loi du 29 juillet 1881"): no year before 1000,
    // none after next year.
    static constexpr int FirstEventYear = 1000;
    static bool isPlausibleEvent(const PartialDate& date, QDate today = PlausibleDate::today());
};

} // namespace littoral::core
