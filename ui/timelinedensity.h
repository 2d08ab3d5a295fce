// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/documentrepository.h"
#include "core/models/timelinecounts.h"
#include "core/models/timescale.h"

#include <QChartView>
#include <QPixmap>

#include <array>
#include <functional>

class QAreaSeries;
class QLineSeries;
class QValueAxis;

namespace littoral::ui {

// The timeline's density band: documents per week, month or year, stacked by type, drawn with
// Qt Charts over exactly the TimeScale's pixel range so it lines up with the event layer below.
// Mouse events go to the parent timeline. GUI thread.
class TimelineDensity final : public QChartView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineDensity)
public:
    enum class Bucket { Week, Month, Year };

    explicit TimelineDensity(QWidget* parent = nullptr);

    // Counts the documents `accept` keeps (by row in `documents`), once, into per-day running sums; a document dated to a month
    // or a year is spread evenly over the buckets it may fall in rather than piled on its first one.
    void setDocuments(
        const QList<core::DocumentSummary>& documents, const std::function<bool(qsizetype row)>& accept);
    // The scale is in the parent's coordinates; `left` is this widget's x in the parent.
    void setScale(const core::TimeScale& scale, double left);
    void applyPalette();

    Bucket bucket() const { return m_bucket; }
    QString bucketName() const; // "week", "month", "year"
    double maximum() const { return m_maximum; } // the tallest stack, in documents
    qsizetype pointCount() const; // points in all series: stays small however big the corpus
    // "Oct 2016 · 3 documents (2 letters, 1 press release)", empty where there are none.
    QString describeAt(double time) const;
    // Times the series were refilled (bucket or data changed), and the band re-rendered: for tests.
    int seriesBuilds() const { return m_seriesBuilds; }
    int renders() const { return m_renders; }

protected:
    void resizeEvent(QResizeEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    struct Bin {
        double start = 0.0;
        double end = 0.0;
        std::array<double, 4> counts {};
    };

    static Bucket bucketFor(const core::TimeScale& scale);
    void rebuild();
    void updatePlotArea();
    void invalidateRender();

    QChart* m_chart;
    QValueAxis* m_axisX;
    QValueAxis* m_axisY;
    std::array<QAreaSeries*, 4> m_areas {};
    core::TimelineCounts m_counts; // one lane
    double m_first = 0.0; // the data's first and last day
    double m_last = 0.0;
    QList<Bin> m_bins;
    Bucket m_bucket = Bucket::Month;
    core::TimeScale m_scale;
    double m_left = 0.0;
    double m_maximum = 0.0;
    // The chart as last rendered: repainted unchanged, the band is one blit.
    QPixmap m_render;
    bool m_renderValid = false;
    int m_seriesBuilds = 0;
    int m_renders = 0;
};

} // namespace littoral::ui
