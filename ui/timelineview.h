// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/timescale.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <array>

class QComboBox;
class QToolButton;

namespace littoral::core {
class SelectionState;
struct DocumentSummary;
} // namespace littoral::core

namespace littoral::ui {

class TimelineDensity;

// The linked timeline: a density band (Qt Charts) over a custom-painted event layer of documents in
// lanes and mentioned events, and a time axis. Wheel zooms, drag pans, dragging on the axis (or
// Shift+drag) brushes the period filter; a click selects a document. Observes and edits one
// SelectionState. GUI thread.
class TimelineView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)
public:
    enum class LaneMode { ByType, BySender };
    Q_ENUM(LaneMode)

    explicit TimelineView(core::SelectionState* selection, QWidget* parent = nullptr);
    ~TimelineView() override;

    LaneMode laneMode() const { return m_laneMode; }
    void setLaneMode(LaneMode mode);

    const core::TimeScale& timeScale() const { return m_scale; }
    // Document marks on show (drawn one by one or within an aggregated column).
    int markCount() const;
    // Where a document is drawn, in widget coordinates; empty when it is not on show.
    QRectF markRect(qint64 documentId) const;
    // Whether the documents are drawn as per-column aggregates (too many for one mark each).
    bool isAggregated() const;
    QStringList laneNames() const;
    // The rich-text tooltip at a point (a mark, an event, the density band), empty elsewhere.
    QString toolTipAt(QPointF pos) const;
    QRectF axisRect() const; // the strip to drag on to brush a period
    TimelineDensity* density() const { return m_density; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public slots:
    void fitToData();
    void zoomIn();
    void zoomOut();

signals:
    void laneModeChanged(littoral::ui::TimelineView::LaneMode mode);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    enum class Shape { Dot, Span };
    enum class Drag { None, Pan, Brush };

    struct Lane {
        QString name;
        int type = -1; // DocumentType as int in type mode, -1 for sender lanes
        int documents = 0;
    };
    struct DocInfo {
        qint64 id = 0;
        double start = 0.0; // Julian days, [start, end)
        double end = 0.0;
        int type = 0;
        int lane = 0;
        bool point = true; // known to the day
        bool approximate = false;
    };
    struct EventInfo {
        QString label;
        QString dateLabel;
        double start = 0.0;
        double end = 0.0;
        bool point = true;
        bool approximate = false;
        QList<qint64> documents;
    };
    struct Mark {
        qsizetype doc = 0; // index in m_docs
        QRectF rect;
        bool accepted = true;
        bool hit = false;
    };
    struct Column { // an aggregated pixel column of one lane
        int lane = 0;
        double x = 0.0;
        std::array<double, 4> accepted {};
        std::array<double, 4> dimmed {};
        int documents = 0;
        bool hit = false;
        double firstDay = 0.0;
        double lastDay = 0.0;
    };
    struct EventMark {
        qsizetype event = 0;
        QRectF marker;
        QRectF label; // empty when there is no room for it
        QString text; // elided
        bool accepted = true;
    };
    struct Layout {
        double plotLeft = 0.0; // the TimeScale's pixel range
        double plotRight = 1.0;
        double laneHeight = 20.0;
        QRectF header;
        QRectF density;
        QRectF eventLane;
        QRectF lanes;
        QRectF axis;
        QList<QRectF> laneRects;
        double markSize = 8.0;
        bool aggregated = false;
        double columnWidth = 3.0;
        double columnMaximum = 1.0;
        QList<Mark> marks;
        QList<Column> columns;
        QHash<qint64, QRectF> rects; // every document on show
        QList<EventMark> events;
        int eventsBefore = 0; // off the left / right edge
        int eventsAfter = 0;
    };

    void rebuildCorpus();
    void rebuildLanes();
    void updateDensity();
    void invalidate();
    const Layout& layout() const;
    void computeGeometry(Layout& l) const;
    void computeMarks(Layout& l) const;
    void computeEvents(Layout& l) const;
    void placeChildren();
    void syncDensity();

    void paintHeader(QPainter& p, const Layout& l) const;
    void paintBackground(QPainter& p, const Layout& l) const;
    void paintGutter(QPainter& p, const Layout& l) const;
    void paintEvents(QPainter& p, const Layout& l) const;
    void paintMarks(QPainter& p, const Layout& l) const;
    void paintAxis(QPainter& p, const Layout& l) const;
    void paintPeriod(QPainter& p, const Layout& l) const;

    qint64 documentAt(QPointF pos) const; // 0 when none
    qsizetype eventAt(QPointF pos) const; // -1 when none
    double snapTime(double time) const;
    void commitBrush(double a, double b);
    void zoomBy(double x, double factor);
    QColor textColour(double alpha = 1.0) const;
    QColor outlineColour() const;
    double tickLabelSpacing() const;

    QPointer<core::SelectionState> m_selection;
    TimelineDensity* m_density;
    QComboBox* m_laneCombo;
    QToolButton* m_fitButton;
    core::TimeScale m_scale;
    LaneMode m_laneMode = LaneMode::ByType;

    QList<DocInfo> m_docs; // dated documents in date order
    QHash<qint64, qsizetype> m_docIndex;
    QList<Lane> m_lanes;
    QList<EventInfo> m_events;
    int m_undated = 0;
    std::array<bool, 4> m_typesPresent {};

    mutable Layout m_layout;
    mutable bool m_layoutValid = false;

    Drag m_drag = Drag::None;
    QPointF m_pressPos;
    QPointF m_lastPos;
    bool m_moved = false;
    bool m_brushing = false;
    double m_brushA = 0.0;
    double m_brushB = 0.0;
    qint64 m_hovered = 0;
};

} // namespace littoral::ui
