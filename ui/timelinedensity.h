// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/documentrepository.h"
#include "core/models/timescale.h"
#include "render/densitybins.h"
#include "render/densitychart.h"

#include <QImage>
#include <QWidget>

#include <functional>

namespace littoral::ui {

// The timeline's density band: documents per week, month or year, stacked by type, drawn with
// Qt Charts (render::DensityChart) over exactly the TimeScale's pixel range so it lines up with the
// event layer below. Mouse events go to the parent timeline. GUI thread.
class TimelineDensity final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineDensity)
public:
    using Bucket = render::DensityBins::Bucket;

    explicit TimelineDensity(QWidget* parent = nullptr);

    // Counts the documents `accept` keeps (by row in `documents`), once, into per-day running sums; a
    // document dated to a month or a year is spread evenly over the buckets it may fall in rather than piled
    // on its first one.
    void setDocuments(
        const QList<core::DocumentSummary>& documents, const std::function<bool(qsizetype row)>& accept);
    // The scale is in the parent's coordinates; `left` is this widget's x in the parent.
    void setScale(const core::TimeScale& scale, double left);
    void applyPalette();

    Bucket bucket() const { return m_bins.bucket(); }
    QString bucketName() const { return m_bins.bucketName(); } // "week", "month", "year"
    double maximum() const { return m_bins.maximum(); } // the tallest stack, in documents
    const render::DensityBins& bins() const { return m_bins; } // binned for the scale
    qsizetype pointCount() const { return m_chart.pointCount(); } // stays small however big the corpus
    // "Oct 2016 · 3 documents (2 letters, 1 press release)", empty where there are none.
    QString describeAt(double time) const { return m_bins.describeAt(time); }
    // Times the series were refilled (bucket or data changed), and the band re-rendered: for tests.
    int seriesBuilds() const { return m_seriesBuilds; }
    int renders() const { return m_renders; }

protected:
    void resizeEvent(QResizeEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void refill();
    void updateView();
    void invalidateRender();

    render::DensityBins m_bins;
    render::DensityChart m_chart;
    core::TimeScale m_scale;
    double m_left = 0.0;
    // The chart as last rendered: repainted unchanged, the band is one blit.
    QImage m_render;
    bool m_renderValid = false;
    int m_seriesBuilds = 0;
    int m_renders = 0;
};

} // namespace littoral::ui
