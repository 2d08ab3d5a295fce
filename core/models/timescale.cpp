// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/timescale.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace littoral::core {

namespace {

int yearStep(TimeScale::TickUnit unit)
{
    switch (unit) {
    case TimeScale::TickUnit::TenYears:
        return 10;
    case TimeScale::TickUnit::FiveYears:
        return 5;
    case TimeScale::TickUnit::TwoYears:
        return 2;
    default:
        return 1;
    }
}

int dayStep(TimeScale::TickUnit unit)
{
    switch (unit) {
    case TimeScale::TickUnit::Week:
        return 7; // Julian day 0 is a Monday, so multiples of 7 are Mondays
    case TimeScale::TickUnit::TwoDays:
        return 2;
    default:
        return 1;
    }
}

} // namespace

TimeScale::TimeScale()
    : TimeScale(toTime(QDate(2014, 1, 1)), toTime(QDate(2021, 1, 1)), 0.0, 1000.0)
{
}

TimeScale::TimeScale(double start, double end, double x0, double x1)
    : m_start(start)
    , m_end(end)
    , m_x0(x0)
    , m_x1(x1)
{
    setRange(x0, x1);
    setDomain(start, end);
}

QDate TimeScale::toDate(double time)
{
    return QDate::fromJulianDay(qint64(std::floor(time)));
}

void TimeScale::setDomain(double start, double end)
{
    if (end < start)
        std::swap(start, end);
    const double span = std::clamp(end - start, MinSpanDays, m_maxSpan);
    const double middle = (start + end) / 2.0;
    m_start = middle - span / 2.0;
    m_end = middle + span / 2.0;
}

void TimeScale::setDomain(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid())
        return;
    if (to < from)
        std::swap(from, to);
    setDomain(toTime(from), toTime(to) + 1.0);
}

void TimeScale::setRange(double x0, double x1)
{
    if (x1 < x0)
        std::swap(x0, x1);
    m_x0 = x0;
    m_x1 = std::max(x1, x0 + 1.0);
}

void TimeScale::setMaxSpan(double days)
{
    m_maxSpan = std::clamp(days, MaxSpanDays, LongestSpanDays);
    if (span() > m_maxSpan)
        setDomain(m_start, m_end);
}

double TimeScale::timeToX(double time) const
{
    return m_x0 + (time - m_start) * pixelsPerDay();
}

double TimeScale::xToTime(double x) const
{
    return m_start + (x - m_x0) / pixelsPerDay();
}

void TimeScale::zoomAround(double x, double factor)
{
    if (!(factor > 0.0) || !std::isfinite(factor))
        return;
    const double anchor = xToTime(x);
    const double fraction = (x - m_x0) / width();
    const double span = std::clamp(this->span() / factor, MinSpanDays, m_maxSpan);
    m_start = anchor - fraction * span;
    m_end = m_start + span;
}

void TimeScale::panBy(double dx)
{
    const double days = dx / pixelsPerDay();
    m_start -= days;
    m_end -= days;
}

void TimeScale::fit(QDate from, QDate to, double marginFraction)
{
    if (!from.isValid() || !to.isValid())
        return;
    if (to < from)
        std::swap(from, to);
    const double start = toTime(from);
    const double end = toTime(to) + 1.0;
    const double margin = (end - start) * std::max(0.0, marginFraction);
    setDomain(start - margin, end + margin);
}

double TimeScale::typicalTickDays(TickUnit unit)
{
    switch (unit) {
    case TickUnit::TenYears:
        return 3652.0;
    case TickUnit::FiveYears:
        return 1826.0;
    case TickUnit::TwoYears:
        return 730.0;
    case TickUnit::Year:
        return 365.0;
    case TickUnit::Quarter:
        return 90.0;
    case TickUnit::Month:
        return 28.0;
    case TickUnit::Week:
        return 7.0;
    case TickUnit::TwoDays:
        return 2.0;
    case TickUnit::Day:
        return 1.0;
    }
    return 1.0;
}

TimeScale::TickUnit TimeScale::tickUnit(double minLabelSpacing) const
{
    static constexpr TickUnit finestFirst[]
        = { TickUnit::Day, TickUnit::TwoDays, TickUnit::Week, TickUnit::Month, TickUnit::Quarter,
              TickUnit::Year, TickUnit::TwoYears, TickUnit::FiveYears, TickUnit::TenYears };
    for (const TickUnit unit : finestFirst) {
        if (typicalTickDays(unit) * pixelsPerDay() >= minLabelSpacing)
            return unit;
    }
    return TickUnit::TenYears;
}

QList<TimeTick> TimeScale::ticks(double minLabelSpacing) const
{
    const QLocale c; // the interface language's month names ("févr. 2017" / "Feb 2017")
    const TickUnit unit = tickUnit(minLabelSpacing);
    const QDate first = toDate(m_start);
    const QDate last = toDate(m_end);
    QList<TimeTick> result;

    switch (unit) {
    case TickUnit::TenYears:
    case TickUnit::FiveYears:
    case TickUnit::TwoYears:
    case TickUnit::Year: {
        int step = yearStep(unit);
        if (unit == TickUnit::TenYears) // a tiny range: whole decades may still be too close
            step *= std::max(1, int(std::ceil(minLabelSpacing / (typicalTickDays(unit) * pixelsPerDay()))));
        int year = first.year();
        if (toTime(QDate(year, 1, 1)) < m_start)
            ++year;
        year = int(std::ceil(double(year) / step)) * step;
        for (; year <= last.year(); year += step) {
            if (year == 0)
                continue; // the proleptic calendar has no year 0
            const double t = toTime(QDate(year, 1, 1));
            if (t < m_end)
                result.append({ t, QString::number(year), true });
        }
        break;
    }
    case TickUnit::Quarter:
    case TickUnit::Month: {
        const int step = unit == TickUnit::Quarter ? 3 : 1;
        QDate month(first.year(), first.month(), 1);
        if (toTime(month) < m_start)
            month = month.addMonths(1);
        while ((month.month() - 1) % step != 0)
            month = month.addMonths(1);
        for (; toTime(month) < m_end; month = month.addMonths(step)) {
            const bool major = month.month() == 1;
            const bool withYear = major || result.isEmpty();
            result.append({ toTime(month),
                c.toString(month, withYear ? QStringLiteral("MMM yyyy") : QStringLiteral("MMM")), major });
        }
        break;
    }
    case TickUnit::Week:
    case TickUnit::TwoDays:
    case TickUnit::Day: {
        const qint64 step = dayStep(unit);
        qint64 day = qint64(std::ceil(m_start));
        day = ((day + step - 1) / step) * step;
        int previousYear = 0;
        int previousMonth = 0;
        for (; double(day) < m_end; day += step) {
            const QDate date = QDate::fromJulianDay(day);
            const bool newYear = date.year() != previousYear;
            const bool major = date.month() != previousMonth && !result.isEmpty();
            result.append({ double(day),
                c.toString(date, newYear ? QStringLiteral("d MMM yyyy") : QStringLiteral("d MMM")), major });
            previousYear = date.year();
            previousMonth = date.month();
        }
        break;
    }
    }
    return result;
}

} // namespace littoral::core
