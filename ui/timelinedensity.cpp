// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timelinedensity.h"

#include "core/models/documenttablemodel.h"
#include "ui/palette.h"

#include <QAreaSeries>
#include <QGraphicsLayout>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace littoral::ui {

using core::DocumentType;
using core::TimeScale;

namespace {

constexpr std::array<DocumentType, 4> s_types
    = { DocumentType::Letter, DocumentType::OpenLetter, DocumentType::PressRelease, DocumentType::Other };

double bucketStart(TimelineDensity::Bucket bucket, double time)
{
    const QDate d = TimeScale::toDate(time);
    switch (bucket) {
    case TimelineDensity::Bucket::Week:
        return std::floor(time / 7.0) * 7.0; // Mondays
    case TimelineDensity::Bucket::Month:
        return TimeScale::toTime(QDate(d.year(), d.month(), 1));
    case TimelineDensity::Bucket::Year:
        return TimeScale::toTime(QDate(d.year(), 1, 1));
    }
    return time;
}

double bucketEnd(TimelineDensity::Bucket bucket, double start)
{
    const QDate d = TimeScale::toDate(start);
    switch (bucket) {
    case TimelineDensity::Bucket::Week:
        return start + 7.0;
    case TimelineDensity::Bucket::Month:
        return TimeScale::toTime(d.addMonths(1));
    case TimelineDensity::Bucket::Year:
        return TimeScale::toTime(d.addYears(1));
    }
    return start + 1.0;
}

QString formatCount(double count)
{
    if (std::abs(count - std::round(count)) < 0.05)
        return QString::number(qint64(std::round(count)));
    return QLocale::c().toString(count, 'f', 1);
}

} // namespace

TimelineDensity::TimelineDensity(QWidget* parent)
    : QChartView(parent)
    , m_chart(new QChart)
    , m_axisX(new QValueAxis(m_chart))
    , m_axisY(new QValueAxis(m_chart))
{
    setChart(m_chart);
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The timeline underneath paints the background, the gridlines and the 2014–2020 band.
    setBackgroundBrush(Qt::NoBrush);
    setAutoFillBackground(false);
    viewport()->setAutoFillBackground(false);
    setStyleSheet(QStringLiteral("background: transparent"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setMinimumSize(1, 1);

    m_chart->setBackgroundVisible(false);
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->setMargins({ 0, 0, 0, 0 });
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setBackgroundRoundness(0);
    m_chart->legend()->hide();
    m_chart->setMinimumSize(1, 1);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    m_axisX->setVisible(false);
    m_axisY->setVisible(false);

    QLineSeries* lower = nullptr;
    for (std::size_t k = 0; k < s_types.size(); ++k) {
        auto* upper = new QLineSeries;
        auto* area = new QAreaSeries(upper, lower);
        upper->setParent(area);
        m_chart->addSeries(area);
        area->attachAxis(m_axisX);
        area->attachAxis(m_axisY);
        m_areas[k] = area;
        lower = k + 1 < s_types.size() ? new QLineSeries(area) : nullptr; // the next type stacks on this one
    }
    applyPalette();
}

void TimelineDensity::applyPalette()
{
    for (std::size_t k = 0; k < s_types.size(); ++k) {
        const QColor colour = Palette::type(s_types[k]);
        QColor fill = colour;
        fill.setAlphaF(0.8);
        m_areas[k]->setBrush(fill);
        m_areas[k]->setPen(Qt::NoPen); // an outline would draw a coloured baseline where there is nothing
        m_areas[k]->setName(core::DocumentTableModel::typeLabel(s_types[k]));
    }
}

TimelineDensity::Bucket TimelineDensity::bucketFor(const TimeScale& scale)
{
    const double monthPixels = 30.44 * scale.pixelsPerDay();
    if (monthPixels < 3.0)
        return Bucket::Year;
    if (monthPixels > 160.0)
        return Bucket::Week;
    return Bucket::Month;
}

QString TimelineDensity::bucketName() const
{
    switch (m_bucket) {
    case Bucket::Week:
        return tr("week");
    case Bucket::Month:
        return tr("month");
    case Bucket::Year:
        return tr("year");
    }
    return {};
}

void TimelineDensity::setDocuments(
    const QList<core::DocumentSummary>& documents, const std::function<bool(qint64)>& accept)
{
    m_items.clear();
    for (const core::DocumentSummary& d : documents) {
        if (!d.dateStart.isValid() || !d.dateEnd.isValid() || (accept && !accept(d.id)))
            continue;
        m_items.append({ TimeScale::toTime(d.dateStart), TimeScale::toTime(d.dateEnd) + 1.0, int(d.type) });
    }
    rebuild();
}

void TimelineDensity::setScale(const TimeScale& scale, double left)
{
    const Bucket bucket = bucketFor(scale);
    m_scale = scale;
    m_left = left;
    m_axisX->setRange(scale.start(), scale.end());
    updatePlotArea();
    if (bucket != m_bucket) {
        m_bucket = bucket;
        rebuild();
    }
}

void TimelineDensity::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    updatePlotArea();
}

void TimelineDensity::updatePlotArea()
{
    const double top = 2.0; // room for the top outline of the tallest stack
    m_chart->setPlotArea(QRectF(m_scale.x0() - m_left, top, m_scale.width(), std::max(1.0, height() - top)));
}

void TimelineDensity::rebuild()
{
    m_bins.clear();
    m_maximum = 0.0;
    // Always cover the design's 2014–2020 band so the baseline runs under it even where it is empty.
    double first = TimeScale::toTime(QDate(2014, 1, 1));
    double last = TimeScale::toTime(QDate(2021, 1, 1));
    for (const Item& item : std::as_const(m_items)) {
        first = std::min(first, item.start);
        last = std::max(last, item.end);
    }
    for (double start = bucketStart(m_bucket, first); start < last;) {
        const double end = bucketEnd(m_bucket, start);
        m_bins.append({ start, end, {} });
        start = end;
    }
    for (const Item& item : std::as_const(m_items)) {
        auto it = std::upper_bound(
            m_bins.begin(), m_bins.end(), item.start, [](double t, const Bin& b) { return t < b.start; });
        if (it != m_bins.begin())
            --it;
        const double length = std::max(1.0, item.end - item.start);
        for (; it != m_bins.end() && it->start < item.end; ++it) {
            const double overlap = std::min(it->end, item.end) - std::max(it->start, item.start);
            if (overlap > 0.0)
                it->counts[std::size_t(item.type)] += overlap / length;
        }
    }

    std::array<QList<QPointF>, 4> uppers;
    std::array<bool, 4> used {};
    for (const Bin& bin : std::as_const(m_bins)) {
        double sum = 0.0;
        for (std::size_t k = 0; k < s_types.size(); ++k) {
            sum += bin.counts[k];
            used[k] = used[k] || bin.counts[k] > 0.0;
            uppers[k].append({ bin.start, sum });
            uppers[k].append({ bin.end, sum });
        }
        m_maximum = std::max(m_maximum, sum);
    }
    for (std::size_t k = 0; k < s_types.size(); ++k) {
        m_areas[k]->upperSeries()->replace(uppers[k]);
        if (m_areas[k]->lowerSeries())
            m_areas[k]->lowerSeries()->replace(uppers[k - 1]);
        m_areas[k]->setVisible(used[k]);
    }
    m_axisY->setRange(0.0, std::max(1.0, m_maximum) * 1.08);
}

qsizetype TimelineDensity::pointCount() const
{
    qsizetype n = 0;
    for (const QAreaSeries* area : m_areas)
        n += area->upperSeries()->count() + (area->lowerSeries() ? area->lowerSeries()->count() : 0);
    return n;
}

QString TimelineDensity::describeAt(double time) const
{
    auto it = std::upper_bound(
        m_bins.cbegin(), m_bins.cend(), time, [](double t, const Bin& b) { return t < b.start; });
    if (it == m_bins.cbegin())
        return {};
    --it;
    if (time >= it->end)
        return {};
    double total = 0.0;
    QStringList parts;
    for (std::size_t k = 0; k < s_types.size(); ++k) {
        const double n = it->counts[k];
        if (n <= 0.0)
            continue;
        total += n;
        QString name = core::DocumentTableModel::typeLabel(s_types[k]).toLower();
        if (formatCount(n) != QStringLiteral("1"))
            name += QLatin1Char('s');
        parts.append(formatCount(n) + QLatin1Char(' ') + name);
    }
    if (total <= 0.0)
        return {};
    const QLocale c = QLocale::c();
    const QDate start = TimeScale::toDate(it->start);
    QString when;
    switch (m_bucket) {
    case Bucket::Week:
        when = tr("Week of %1").arg(c.toString(start, QStringLiteral("d MMM yyyy")));
        break;
    case Bucket::Month:
        when = c.toString(start, QStringLiteral("MMM yyyy"));
        break;
    case Bucket::Year:
        when = QString::number(start.year());
        break;
    }
    return tr("%1 · %2 documents (%3)").arg(when, formatCount(total), parts.join(QStringLiteral(", ")));
}

} // namespace littoral::ui
