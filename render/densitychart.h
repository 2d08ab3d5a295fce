// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/densitybins.h"

#include <QRectF>
#include <QSizeF>

#include <array>
#include <memory>

class QAreaSeries;
class QChart;
class QGraphicsScene;
class QPainter;
class QValueAxis;

namespace littoral::render {

// The density band as a Qt Charts chart: the bins stacked by type as areas, with no axes, legend or
// background (the timeline under it paints those), in a scene of its own so that it renders on any
// QPainter — the band widget's, a figure's image, an SVG or a PDF page. The thread that made it.
class DensityChart final {
public:
    DensityChart();
    ~DensityChart();
    DensityChart(const DensityChart&) = delete;
    DensityChart& operator=(const DensityChart&) = delete;

    void setBins(const DensityBins& bins); // the series and the height they reach
    // The chart's size, and where in it the days [start, end) lie (the TimeScale's pixel range).
    void setView(QSizeF size, double plotLeft, double plotWidth, double start, double end);
    void applyPalette();
    // Draws the chart, as sized by setView, into `target`.
    void render(QPainter& painter, const QRectF& target);
    qsizetype pointCount() const; // points in all series: stays small however big the corpus
    QGraphicsScene* scene() const { return m_scene.get(); }

private:
    std::unique_ptr<QGraphicsScene> m_scene;
    QChart* m_chart; // owned by the scene
    QValueAxis* m_axisX;
    QValueAxis* m_axisY;
    std::array<QAreaSeries*, core::kDocumentTypeCount> m_areas {};
    QSizeF m_size;
};

} // namespace littoral::render
