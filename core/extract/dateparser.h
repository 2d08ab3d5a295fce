// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/partialdate.h"
#include "core/extract/extractionbudget.h"

#include <QList>
#include <QString>

namespace littoral::core {

// One date expression found in a text. A day-month without a year ("le 14 juin") or a month
// alone ("depuis juillet") has yearMissing set: the year comes from the document's own date.
struct DateMention {
    enum class Form { DayMonthYear, MonthDayYear, Numeric, Iso, MonthYear, Year, DayMonth, Month, Season, Relative };
    PartialDate date;
    Form form = Form::DayMonthYear;
    bool yearMissing = false;
    int relativeYears = 0;  // Relative: "l'année dernière" = -1
    bool previous = false;  // "l'automne dernier", "last July": the latest such period strictly before
    qsizetype start = 0;
    qsizetype length = 0;
};

// Finds French and English date expressions in every common form. Pure and thread-safe.
class DateParser final {
public:
    static QList<DateMention> findAll(const QString& text);
    // Stops scanning when the budget is spent; what was found until then is returned.
    static QList<DateMention> findAll(const QString& text, ExtractionBudget& budget);
    // Month number from a French or English month name or abbreviation ("févr.", "Sept", "août"), else 0.
    static int monthFromName(const QString& name);
    // Gives a year-less mention its year from the document date: the latest matching date not after it.
    static PartialDate resolve(const DateMention& mention, const PartialDate& documentDate);
};

} // namespace littoral::core
