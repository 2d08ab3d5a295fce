// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace littoral::core {

// One axis tick: where it falls, what it says, whether it starts a larger unit (a year on a month
// axis, a month on a day axis) and deserves a stronger line.
struct TimeTick {
    double time = 0.0;
    QString label;
    bool major = false;
    friend bool operator==(const TimeTick&, const TimeTick&) = default;
};

// Maps a time domain to a pixel range and back, for the timeline. Time is a continuous Julian day
// number: the day D covers [D, D + 1), so a date's middle is D + 0.5. Pure value; any thread.
class TimeScale final {
public:
    enum class TickUnit { TenYears, FiveYears, TwoYears, Year, Quarter, Month, Week, TwoDays, Day };

    static constexpr double MinSpanDays = 7.0;
    static constexpr double MaxSpanDays = 40.0 * 365.25;
    // The widest setMaxSpan() allows: a corpus of letters never needs more, and a stray year 1066
    // must not let the view zoom out until everything is one pixel.
    static constexpr double LongestSpanDays = 250.0 * 365.25;

    TimeScale(); // 2014-01-01 .. 2021-01-01 over [0, 1000]
    TimeScale(double start, double end, double x0, double x1);

    static double toTime(QDate date) { return double(date.toJulianDay()); }
    static QDate toDate(double time); // the day that contains `time`

    double start() const { return m_start; }
    double end() const { return m_end; }
    double span() const { return m_end - m_start; }
    double x0() const { return m_x0; }
    double x1() const { return m_x1; }
    double width() const { return m_x1 - m_x0; }
    double pixelsPerDay() const { return width() / span(); }
    QDate startDate() const { return toDate(m_start); }
    QDate endDate() const { return toDate(m_end - 1e-9); } // last day (even partly) on show

    // The span is clamped to [MinSpanDays, maxSpan()] around the domain's middle.
    void setDomain(double start, double end);
    // From the first moment of `from` to the last moment of `to`.
    void setDomain(QDate from, QDate to);
    // An empty range is widened to one pixel so the maths never divides by zero.
    void setRange(double x0, double x1);
    // How far out zooming may go: MaxSpanDays unless data reaching further back needs more (clamped
    // to [MaxSpanDays, LongestSpanDays]). A wider domain shrinks around its middle.
    void setMaxSpan(double days);
    double maxSpan() const { return m_maxSpan; }

    double timeToX(double time) const;
    double xToTime(double x) const;
    double dateToX(QDate date) const { return timeToX(toTime(date)); } // left edge of the day
    QDate xToDate(double x) const { return toDate(xToTime(x)); }
    bool isVisible(double time) const { return time >= m_start && time <= m_end; }

    // factor > 1 zooms in. The time under x stays under x; the span is clamped.
    void zoomAround(double x, double factor);
    // The content follows the pointer: a positive dx shows earlier times.
    void panBy(double dx);
    // Shows [from, to] with marginFraction of the span added on each side.
    void fit(QDate from, QDate to, double marginFraction = 0.03);

    // The finest unit whose ticks are at least minLabelSpacing pixels apart.
    TickUnit tickUnit(double minLabelSpacing) const;
    // Ticks in the visible domain [start, end), labelled in the C locale ("2016", "Oct", "Jan 2017", "24
    // Oct"). The first tick names its year when the unit is finer than a year, so a year is always on show.
    QList<TimeTick> ticks(double minLabelSpacing) const;
    static double typicalTickDays(TickUnit unit); // the smallest gap between two ticks of the unit

    friend bool operator==(const TimeScale&, const TimeScale&) = default;

private:
    double m_start;
    double m_end;
    double m_x0;
    double m_x1;
    double m_maxSpan = MaxSpanDays;
};

} // namespace littoral::core
