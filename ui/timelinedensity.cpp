// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timelinedensity.h"

#include "core/models/documenttablemodel.h"
#include "ui/palette.h"

#include <QAreaSeries>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLineSeries>
#include <QLocale>
#include <QPaintEvent>
#include <QPainter>
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
        return QLocale().toString(qint64(std::round(count)));
    return QLocale().toString(count, 'f', 1);
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
    // The chart may lay itself out later than asked (on a layout request): render again when it does.
    connect(scene(), &QGraphicsScene::changed, this, &TimelineDensity::invalidateRender);
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
    invalidateRender();
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
    const QList<core::DocumentSummary>& documents, const std::function<bool(qsizetype row)>& accept)
{
    // Always cover the design's 2014–2020 band so the baseline runs under it even where it is empty.
    m_first = TimeScale::toTime(QDate(2014, 1, 1));
    m_last = TimeScale::toTime(QDate(2021, 1, 1));
    QList<core::TimelineCounts::Entry> entries;
    entries.reserve(documents.size());
    for (qsizetype row = 0; row < documents.size(); ++row) {
        const core::DocumentSummary& d = documents.at(row);
        if (!d.dateStart.isValid() || !d.dateEnd.isValid() || (accept && !accept(row)))
            continue;
        const int start = int(d.dateStart.toJulianDay());
        const int end = int(std::max(d.dateStart, d.dateEnd).toJulianDay()) + 1;
        // Counted as a span even when known to the day: a bucket holds whole days either way.
        entries.append({ start, end, 0, int(d.type), false, true, false });
        m_first = std::min(m_first, double(start));
        m_last = std::max(m_last, double(end));
    }
    m_counts = core::TimelineCounts(entries, 1);
    rebuild();
}

void TimelineDensity::setScale(const TimeScale& scale, double left)
{
    if (scale == m_scale && left == m_left)
        return;
    const Bucket bucket = bucketFor(scale);
    m_scale = scale;
    m_left = left;
    m_axisX->setRange(scale.start(), scale.end());
    updatePlotArea();
    if (bucket != m_bucket) {
        m_bucket = bucket;
        rebuild();
    }
    invalidateRender();
}

void TimelineDensity::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    updatePlotArea();
    invalidateRender();
}

void TimelineDensity::invalidateRender()
{
    m_renderValid = false;
    viewport()->update();
}

void TimelineDensity::paintEvent(QPaintEvent* event)
{
    const qreal ratio = devicePixelRatioF();
    const QSize size = viewport()->size() * ratio;
    if (!m_renderValid || m_render.size() != size) {
        if (m_render.size() != size)
            m_render = QPixmap(size);
        m_render.setDevicePixelRatio(ratio);
        m_render.fill(Qt::transparent);
        QPainter painter(&m_render);
        painter.setRenderHints(renderHints());
        const QRectF target(QPointF(0, 0), QSizeF(viewport()->size()));
        scene()->render(
            &painter, target, mapToScene(viewport()->rect()).boundingRect(), Qt::IgnoreAspectRatio);
        painter.end();
        m_renderValid = true;
        ++m_renders;
    }
    QPainter painter(viewport());
    painter.drawPixmap(event->rect(), m_render,
        QRectF(QPointF(event->rect().topLeft()) * ratio, QSizeF(event->rect().size()) * ratio));
}

void TimelineDensity::updatePlotArea()
{
    const double top = 2.0; // room for the top outline of the tallest stack
    const QRectF area(m_scale.x0() - m_left, top, m_scale.width(), std::max(1.0, height() - top));
    if (area != m_chart->plotArea()) // a pan or a zoom keeps it: the chart need not lay out again
        m_chart->setPlotArea(area);
}

void TimelineDensity::rebuild()
{
    m_bins.clear();
    m_maximum = 0.0;
    // O(buckets): each bucket is a difference of two running sums, whatever the corpus size.
    core::TimelineCounts::Position at = m_counts.locate(bucketStart(m_bucket, m_first));
    for (double start = at.time; start < m_last;) {
        const double end = bucketEnd(m_bucket, start);
        const core::TimelineCounts::Position next = m_counts.locate(end);
        m_bins.append({ start, end, m_counts.between(0, at, next).accepted });
        at = next;
        start = end;
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
    ++m_seriesBuilds;
    invalidateRender();
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
        // "Letter: 1.5": month- and year-dated documents are spread over buckets, so counts can be
        // fractional and a plural form cannot be chosen for them.
        parts.append(tr("%1: %2").arg(core::DocumentTableModel::typeLabel(s_types[k]), formatCount(n)));
    }
    if (total <= 0.0)
        return {};
    const QLocale c; // the interface language's
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
        when = QString::number(start.year()); // never "2 016"
        break;
    }
    return tr("%1 · %2 documents (%3)").arg(when, formatCount(total), parts.join(QStringLiteral(", ")));
}

} // namespace littoral::ui
