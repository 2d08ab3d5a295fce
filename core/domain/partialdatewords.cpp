// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/partialdatewords.h"

#include <QLocale>

namespace littoral::core {

namespace {

// The year as written, never with a group separator (QLocale would write "2 016" in French).
QString yearText(int year)
{
    return QString::number(year);
}

QString monthText(int month, PartialDateWords::Style style)
{
    return QLocale().monthName(month, style == PartialDateWords::Style::Long ? QLocale::LongFormat : QLocale::ShortFormat);
}

// The date alone, without its qualifier.
QString plainDate(const PartialDate& date, PartialDateWords::Style style)
{
    switch (date.precision()) {
    case DatePrecision::Day:
        if (date.day == 1)
            return PartialDateWords::tr("1 %1 %2", "the first day of a month: month name, year (1 March 2016)")
                .arg(monthText(date.month, style), yearText(date.year));
        return PartialDateWords::tr("%1 %2 %3", "a day: day number, month name, year (14 March 2016)")
            .arg(QString::number(date.day), monthText(date.month, style), yearText(date.year));
    case DatePrecision::Month:
        return PartialDateWords::tr("%1 %2", "a month: month name, year (March 2016)")
            .arg(monthText(date.month, style), yearText(date.year));
    case DatePrecision::Season:
        switch (date.season) {
        case 21:
            return PartialDateWords::tr("spring %1").arg(yearText(date.year));
        case 22:
            return PartialDateWords::tr("summer %1").arg(yearText(date.year));
        case 23:
            return PartialDateWords::tr("autumn %1").arg(yearText(date.year));
        default:
            return PartialDateWords::tr("winter %1", "winter of a year: from December into the next February")
                .arg(yearText(date.year));
        }
    case DatePrecision::Year:
        break;
    }
    return yearText(date.year);
}

QString qualified(const QString& plain, bool approximate, bool uncertain)
{
    if (approximate && uncertain)
        return PartialDateWords::tr("circa %1 (uncertain)", "an approximate and uncertain date").arg(plain);
    if (approximate)
        return PartialDateWords::tr("circa %1", "an approximate date").arg(plain);
    if (uncertain)
        return PartialDateWords::tr("%1 (uncertain)", "a date the source is unsure of").arg(plain);
    return plain;
}

// One EDTF date (no interval). Empty when it is not one.
QString sayOne(QStringView edtf, PartialDateWords::Style style)
{
    const QStringView text = edtf.trimmed();
    const PartialDate date = PartialDate::fromEdtf(text.toString());
    if (!date.isValid())
        return {};
    const QChar last = text.isEmpty() ? QChar() : text.back();
    const bool approximate = last == u'~' || last == u'%';
    const bool uncertain = last == u'?' || last == u'%';
    return qualified(plainDate(date, style), approximate, uncertain);
}

} // namespace

QString PartialDateWords::say(const PartialDate& date, Style style)
{
    if (!date.isValid())
        return {};
    return qualified(plainDate(date, style), date.approximate, false);
}

QString PartialDateWords::sayEdtf(const QString& edtf, Style style)
{
    const qsizetype slash = edtf.indexOf(u'/');
    if (slash < 0) {
        const QString one = sayOne(edtf, style);
        return one.isEmpty() ? edtf : one;
    }
    const QStringView from = QStringView(edtf).left(slash).trimmed();
    const QStringView to = QStringView(edtf).mid(slash + 1).trimmed();
    // ".." is an open end, "" an unknown one: either way only the known end can be said.
    const bool fromOpen = from.isEmpty() || from == u"..";
    const bool toOpen = to.isEmpty() || to == u"..";
    const QString fromText = fromOpen ? QString() : sayOne(from, style);
    const QString toText = toOpen ? QString() : sayOne(to, style);
    if ((!fromOpen && fromText.isEmpty()) || (!toOpen && toText.isEmpty()) || (fromOpen && toOpen))
        return edtf;
    if (fromOpen)
        return tr("until %1", "an interval with no known start").arg(toText);
    if (toOpen)
        return tr("from %1", "an interval with no known end").arg(fromText);
    return tr("between %1 and %2", "an interval of dates").arg(fromText, toText);
}

} // namespace littoral::core
