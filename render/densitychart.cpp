// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/densitychart.h"

#include "core/models/documenttablemodel.h"
#include "render/palette.h"
#include "render/timelinedata.h"

#include <QAreaSeries>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>

namespace littoral::render {

namespace {
constexpr const auto& s_types = TimelineData::types;
}

DensityChart::DensityChart()
    : m_scene(std::make_unique<QGraphicsScene>())
    , m_chart(new QChart)
    , m_axisX(new QValueAxis(m_chart))
    , m_axisY(new QValueAxis(m_chart))
{
    m_scene->addItem(m_chart);
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

DensityChart::~DensityChart() = default;

void DensityChart::applyPalette()
{
    for (std::size_t k = 0; k < s_types.size(); ++k) {
        QColor fill = Palette::type(s_types[k]);
        fill.setAlphaF(0.8);
        m_areas[k]->setBrush(fill);
        m_areas[k]->setPen(Qt::NoPen); // an outline would draw a coloured baseline where there is nothing
        m_areas[k]->setName(core::DocumentTableModel::typeLabel(s_types[k]));
    }
}

void DensityChart::setBins(const DensityBins& bins)
{
    std::array<QList<QPointF>, core::kDocumentTypeCount> uppers;
    std::array<bool, core::kDocumentTypeCount> used {};
    for (const DensityBins::Bin& bin : bins.bins()) {
        double sum = 0.0;
        for (std::size_t k = 0; k < s_types.size(); ++k) {
            sum += bin.counts[k];
            used[k] = used[k] || bin.counts[k] > 0.0;
            uppers[k].append({ bin.start, sum });
            uppers[k].append({ bin.end, sum });
        }
    }
    for (std::size_t k = 0; k < s_types.size(); ++k) {
        m_areas[k]->upperSeries()->replace(uppers[k]);
        if (m_areas[k]->lowerSeries())
            m_areas[k]->lowerSeries()->replace(uppers[k - 1]);
        m_areas[k]->setVisible(used[k]);
    }
    m_axisY->setRange(0.0, std::max(1.0, bins.maximum()) * 1.08);
}

void DensityChart::setView(QSizeF size, double plotLeft, double plotWidth, double start, double end)
{
    if (size != m_size) {
        m_size = size;
        m_chart->resize(size);
        m_scene->setSceneRect(QRectF(QPointF(0, 0), size));
    }
    m_axisX->setRange(start, end);
    const double top = 2.0; // room for the top outline of the tallest stack
    const QRectF area(plotLeft, top, plotWidth, std::max(1.0, size.height() - top));
    if (area != m_chart->plotArea()) // a pan or a zoom keeps it: the chart need not lay out again
        m_chart->setPlotArea(area);
}

void DensityChart::render(QPainter& painter, const QRectF& target)
{
    // A chart lays itself out on a posted layout request: a chart made for one figure has had none.
    if (m_chart->layout())
        m_chart->layout()->activate();
    m_scene->render(&painter, target, QRectF(QPointF(0, 0), m_size), Qt::IgnoreAspectRatio);
}

qsizetype DensityChart::pointCount() const
{
    qsizetype n = 0;
    for (const QAreaSeries* area : m_areas)
        n += area->upperSeries()->count() + (area->lowerSeries() ? area->lowerSeries()->count() : 0);
    return n;
}

} // namespace littoral::render
