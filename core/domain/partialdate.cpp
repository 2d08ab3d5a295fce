// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/partialdate.h"

#include <QRegularExpression>

namespace littoral::core {

PartialDate PartialDate::fromEdtf(const QString& edtf)
{
    static const QRegularExpression re(QStringLiteral(R"(^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?([~?%]?)$)"));
    const auto m = re.match(edtf.trimmed());
    if (!m.hasMatch())
        return {};
    PartialDate d;
    d.year = m.captured(1).toInt();
    const int second = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
    if (second >= 21 && second <= 24)
        d.season = second;
    else
        d.month = second;
    d.day = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
    d.approximate = !m.captured(4).isEmpty();
    return d.isValid() ? d : PartialDate {};
}

bool PartialDate::isValid() const
{
    if (year < 1 || year > 9999)
        return false;
    if (season != 0)
        return season >= 21 && season <= 24 && month == 0 && day == 0;
    if (month == 0)
        return day == 0;
    if (month < 1 || month > 12)
        return false;
    return day == 0 || QDate::isValid(year, month, day);
}

DatePrecision PartialDate::precision() const
{
    if (day != 0)
        return DatePrecision::Day;
    if (month != 0)
        return DatePrecision::Month;
    if (season != 0)
        return DatePrecision::Season;
    return DatePrecision::Year;
}

QString PartialDate::toEdtf() const
{
    if (!isValid())
        return {};
    QString s = QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0'));
    if (season != 0)
        s += QStringLiteral("-%1").arg(season);
    else if (month != 0) {
        s += QStringLiteral("-%1").arg(month, 2, 10, QLatin1Char('0'));
        if (day != 0)
            s += QStringLiteral("-%1").arg(day, 2, 10, QLatin1Char('0'));
    }
    if (approximate)
        s += QLatin1Char('~');
    return s;
}

QDate PartialDate::firstDay() const
{
    if (!isValid())
        return {};
    switch (precision()) {
    case DatePrecision::Day:
        return QDate(year, month, day);
    case DatePrecision::Month:
        return QDate(year, month, 1);
    case DatePrecision::Season: {
        // Meteorological seasons; "winter 2016" runs from December 2016 into February 2017.
        static constexpr int firstMonth[] = { 3, 6, 9, 12 };
        return QDate(year, firstMonth[season - 21], 1);
    }
    case DatePrecision::Year:
        return QDate(year, 1, 1);
    }
    return {};
}

QDate PartialDate::lastDay() const
{
    if (!isValid())
        return {};
    switch (precision()) {
    case DatePrecision::Day:
        return QDate(year, month, day);
    case DatePrecision::Month:
        return QDate(year, month, 1).addMonths(1).addDays(-1);
    case DatePrecision::Season:
        return firstDay().addMonths(3).addDays(-1);
    case DatePrecision::Year:
        return QDate(year, 12, 31);
    }
    return {};
}

QString precisionName(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Day:
        return QStringLiteral("day");
    case DatePrecision::Month:
        return QStringLiteral("month");
    case DatePrecision::Season:
        return QStringLiteral("season");
    case DatePrecision::Year:
        return QStringLiteral("year");
    }
    return {};
}

} // namespace littoral::core
