// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/partialdate.h"


namespace littoral::core {

PartialDate PartialDate::fromEdtf(const QString& edtf)
{
    // By hand, not with a regular expression: opening a corpus parses a few hundred thousand of these.
    // Accepted: YYYY, YYYY-MM (MM 21-24 = a season), YYYY-MM-DD, each optionally followed by ~, ? or %.
    const QStringView text = QStringView(edtf).trimmed();
    qsizetype at = 0;
    auto number = [&](qsizetype digits) {
        if (at + digits > text.size())
            return -1;
        int value = 0;
        for (qsizetype i = at; i < at + digits; ++i) {
            const char16_t c = text[i].unicode();
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + int(c - u'0');
        }
        at += digits;
        return value;
    };
    PartialDate d;
    d.year = number(4);
    if (d.year < 0)
        return {};
    int second = 0;
    if (at < text.size() && text[at] == u'-') {
        ++at;
        if ((second = number(2)) < 0)
            return {};
        if (at < text.size() && text[at] == u'-') {
            ++at;
            if ((d.day = number(2)) < 0)
                return {};
        }
    }
    if (second >= 21 && second <= 24)
        d.season = second;
    else
        d.month = second;
    if (at < text.size() && (text[at] == u'~' || text[at] == u'?' || text[at] == u'%')) {
        d.approximate = true;
        ++at;
    }
    if (at != text.size())
        return {};
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
