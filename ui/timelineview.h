// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/document.h"
#include "render/figure.h"
#include "core/models/timelinecounts.h"
#include "core/models/timescale.h"

#include <QHash>
#include <QList>
#include <QPixmap>
#include <QPointer>
#include <QWidget>

#include <array>
#include <optional>
#include <utility>

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
    // Bumped whenever the laid-out marks are rebuilt rather than reused: lets tests check the caching.
    int layoutBuilds() const { return m_layoutBuilds; }
    // The aggregated column holding x in a lane: documents touching it and their weights by type.
    core::TimelineCounts::Range columnAt(int lane, double x) const;
    // The time span [from, to) of the aggregated column holding x; empty when not aggregated.
    std::pair<double, double> columnTimes(double x) const;
    // Where a document is drawn, in widget coordinates; empty when it is not on show.
    QRectF markRect(qint64 documentId) const;
    // Whether the documents are drawn as per-column aggregates (too many for one mark each).
    bool isAggregated() const;
    QStringList laneNames() const;
    // The rich-text tooltip at a point (a mark, an event, the density band), empty elsewhere.
    QString toolTipAt(QPointF pos) const;
    QRectF axisRect() const; // the strip to drag on to brush a period
    QStringList axisLabels() const; // the axis's tick labels as painted ("févr. 2017" / "Feb 2017")
    // "◂ 64 earlier events" and "3 later events ▸": where they are drawn (empty when none is beyond).
    QRectF earlierEventsRect() const;
    QRectF laterEventsRect() const;
    // A document type's entry in the legend as last painted (click: hide or show that type); empty
    // when not drawn.
    QRectF typeLegendRect(core::DocumentType type) const { return m_typeLegendRects.at(std::size_t(type)); }
    TimelineDensity* density() const { return m_density; }
    // The view as shown (zoom, lanes, highlights), as a figure of its own size for export and copy.
    render::Figure figure() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public slots:
    void fitToData();
    void zoomIn();
    void zoomOut();
    // What a click on "◂ N earlier events" ("N later events ▸") does: the view widens to take them in.
    void showEarlierEvents();
    void showLaterEvents();

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
    enum class Drag { None, Pan, Brush };
    enum class EdgeNote { None, Earlier, Later };
    std::optional<core::DocumentType> legendTypeAt(QPointF pos) const;

    struct Lane {
        QString name;
        int type = -1; // DocumentType as int in type mode, -1 for sender lanes
        int documents = 0;
    };
    struct DocInfo {
        qint64 id = 0;
        qsizetype row = 0; // in the corpus's documents, for the selection's per-row answers
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
        QList<qsizetype> rows; // of the documents in the corpus (-1: not in it)
    };
    struct LabelCandidate {
        double start = 0.0;
        double end = 0.0;
        double anchor = 0.0; // where its label starts
        qsizetype event = 0; // index in m_events
    };
    struct EventGroup { // the events on the same dates
        double start = 0.0;
        double end = 0.0;
        bool point = true;
        bool approximate = false;
        QList<qsizetype> events; // indices in m_events
        int accepted = 0; // of which pass the filter
    };
    // What depends only on the size, the font and the lanes.
    struct Geometry {
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
        double columnWidth = 3.0;
        double eventMarkerSize = 8.0;
        double eventMarkerCentre = 0.0;
    };
    struct Mark {
        qsizetype doc = 0; // index in m_docs
        QRectF rect;
        bool accepted = true;
        bool hit = false;
    };
    struct EventGlyph { // one or more mentioned events drawn at the same place
        QRectF marker;
        bool point = true;
        bool approximate = false;
        int accepted = 0; // how many of them pass the filter
        int dimmed = 0;
    };
    // The laid-out marks and event markers of one zoom level over a window wider than the view, in the
    // pixels of `scale`: a pan within the window only translates them.
    struct Content {
        core::TimeScale scale;
        quint64 generation = 0;
        double windowStart = 0.0; // Julian days
        double windowEnd = 0.0;
        bool valid = false;
        bool aggregated = false;
        // Aggregated: columns of a grid anchored in time (so they do not shimmer under a pan), as batches
        // of bars per colour: accepted types, then dimmed types.
        double columnDays = 1.0;
        double columnMaximum = 1.0;
        std::array<QList<QRectF>, 8> bars;
        QList<QRectF> hitBars;
        QList<Mark> marks; // one by one, spans first
        QList<EventGlyph> eventGlyphs;
    };
    struct EventLabel {
        qsizetype event = 0; // index in m_events
        QRectF marker; // in widget pixels
        QRectF label;
        QString text; // elided
        bool accepted = true;
    };
    // What depends on the exact view: the event labels and the counts beyond the edges.
    struct Overlay {
        core::TimeScale scale;
        quint64 generation = 0;
        bool valid = false;
        QList<EventLabel> labels;
        int eventsBefore = 0;
        int eventsAfter = 0;
    };

    // Everything painted but the highlights, as last painted.
    struct Layer {
        QPixmap pixmap;
        core::TimeScale scale;
        quint64 generation = 0;
        QPalette::ColorGroup colourGroup = QPalette::Active;
    };

    void retranslate(); // the child controls' words
    void rebuildCorpus();
    void rebuildLanes();
    void rebuildFilter();
    void invalidate();
    void setScale(const core::TimeScale& scale);
    const Geometry& geometry() const;
    const Content& content() const;
    const Overlay& overlay() const;
    Geometry computeGeometry() const;
    bool wantsAggregation(const Geometry& g) const;
    void computeColumns(Content& c, const Geometry& g) const;
    void computeMarks(Content& c, const Geometry& g) const;
    void computeEventGlyphs(Content& c, const Geometry& g) const;
    void computeOverlay(Overlay& o, const Geometry& g) const;
    double contentOffset() const; // content pixels -> widget pixels
    QRectF eventMarker(const EventInfo& e, const Geometry& g) const;
    const QString& eventText(qsizetype event, double* width) const;
    double estimatedLabelWidth(qsizetype event) const;
    const QPixmap& diamondSprite(double alpha) const;
    const QPixmap& dotSprite(int kind, double size) const;
    // Documents that may touch [from, to], in date order: [first, last).
    std::pair<qsizetype, qsizetype> docsAround(double from, double to) const;
    bool isOnShow(const DocInfo& d) const;
    QRectF columnRect(const DocInfo& d, const Geometry& g) const; // aggregated: the columns it falls in
    void placeChildren();
    void syncDensity();

    void paintHeader(QPainter& p, const Geometry& g) const;
    void paintBackground(QPainter& p, const Geometry& g) const;
    void paintGutter(QPainter& p, const Geometry& g, const Overlay& o) const;
    void paintEvents(QPainter& p, const Geometry& g, const Content& c, const Overlay& o) const;
    void paintMarks(QPainter& p, const Geometry& g, const Content& c) const;
    void paintLayer(QPainter& p, const Geometry& g, const Content& c, const Overlay& o) const;
    void paintHighlights(QPainter& p, const Geometry& g, const Content& c) const;
    void paintAxis(QPainter& p, const Geometry& g) const;
    void paintPeriod(QPainter& p, const Geometry& g) const;

    qint64 documentAt(QPointF pos) const; // 0 when none
    qsizetype eventAt(QPointF pos) const; // index in m_events, -1 when none
    double snapTime(double time) const;
    void commitBrush(double a, double b);
    void zoomBy(double x, double factor);
    QString edgeNoteText(bool later, int events) const;
    // Mentioned events wholly before and after the view.
    std::pair<int, int> eventsBeyondEdges() const;
    QRectF edgeNoteRect(bool later, int events, const Geometry& g) const;
    EdgeNote edgeNoteAt(QPointF pos) const;
    void showEventsBeyond(bool later);
    void panBy(double dx);
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
    double m_longestDoc = 1.0; // days: how far back a document touching a time may start
    QList<Lane> m_lanes;
    QList<EventInfo> m_events; // in date order
    QList<LabelCandidate> m_labelOrder; // label priority: most mentioned first, then by date
    QList<EventGroup> m_eventGroups; // in date order
    QList<double> m_eventEnds; // sorted
    double m_longestEvent = 1.0;
    int m_undated = 0;
    std::array<bool, 4> m_typesPresent {};

    // Per filter: what each document and event shows, and the per-lane running sums for aggregation.
    QList<bool> m_docAccepted;
    QList<bool> m_docHit;
    QList<bool> m_eventAccepted;
    core::TimelineCounts m_counts;

    // Caches, rebuilt only when what they depend on changes: the generation grows with the data, the
    // filter, the lanes, the size and the font; the content also keys on the zoom, the overlay on the view.
    quint64 m_generation = 1;
    mutable Geometry m_geometry;
    mutable bool m_geometryValid = false;
    mutable Content m_content;
    mutable Overlay m_overlay;
    mutable QList<QString> m_eventTexts; // elided labels, measured once per font
    mutable QList<double> m_eventTextWidths;
    mutable QList<double> m_eventTextEstimates;
    mutable QHash<char16_t, double> m_charAdvances;
    mutable QHash<int, QPixmap> m_diamonds; // pre-drawn event diamonds and document dots
    mutable Layer m_layer;
    mutable Layer m_headerLayer;
    mutable std::array<QRectF, 4> m_typeLegendRects {}; // by DocumentType, set by paintHeader()

    Drag m_drag = Drag::None;
    QPointF m_pressPos;
    QPointF m_lastPos;
    bool m_moved = false;
    bool m_brushing = false;
    double m_brushA = 0.0;
    double m_brushB = 0.0;
    qint64 m_hovered = 0;
    EdgeNote m_hoveredNote = EdgeNote::None;
    EdgeNote m_pressedNote = EdgeNote::None;
    mutable int m_layoutBuilds = 0;
};

} // namespace littoral::ui
