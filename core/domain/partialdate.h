// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace littoral::core {

enum class DatePrecision { Day, Month, Season, Year };

// A calendar date known to a day, a month, a season or a year, possibly approximate; written as EDTF
// ("2016-10-24", "2016-10", "2016-23" for autumn 2016, "2019", with "~" when approximate).
struct PartialDate {
    int year = 0;
    int month = 0;  // 1..12, or 0
    int day = 0;    // 1..31, or 0
    int season = 0; // EDTF 21 spring, 22 summer, 23 autumn, 24 winter, or 0
    bool approximate = false;

    static PartialDate ofDay(int y, int m, int d) { return { y, m, d, 0, false }; }
    static PartialDate ofMonth(int y, int m) { return { y, m, 0, 0, false }; }
    static PartialDate ofSeason(int y, int s) { return { y, 0, 0, s, false }; }
    static PartialDate ofYear(int y) { return { y, 0, 0, 0, false }; }
    static PartialDate fromEdtf(const QString& edtf); // invalid PartialDate when unparsable

    bool isValid() const;
    DatePrecision precision() const;
    QString toEdtf() const;
    QDate firstDay() const; // earliest day the date can mean
    QDate lastDay() const;  // latest day the date can mean

    friend bool operator==(const PartialDate&, const PartialDate&) = default;
};

QString precisionName(DatePrecision precision); // "day", "month", "season", "year"

} // namespace littoral::core
