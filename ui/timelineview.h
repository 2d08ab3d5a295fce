// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/document.h"
#include "core/models/timelinecounts.h"
#include "core/models/timescale.h"
#include "render/figure.h"
#include "render/timelinedata.h"
#include "render/timelinelayout.h"
#include "render/timelinepainter.h"

#include <QHash>
#include <QList>
#include <QPixmap>
#include <QPointer>
#include <QWidget>

#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

class QComboBox;
class QMenu;
class QToolButton;
class QVariantAnimation;
class QUrl;

namespace littoral::core {
class ChronologyIndex;
class SelectionState;
struct DocumentSummary;
} // namespace littoral::core

namespace littoral::ui {

class TimelineDensity;

// The linked timeline: a density band (Qt Charts) over a custom-painted event layer of documents in
// lanes and mentioned events, and a time axis. The data, the layout and the painting are render/'s
// (TimelineData, TimelineLayouter, TimelinePainter); the widget keeps them, caches what it painted and
// handles input. Wheel zooms, drag pans, dragging on the axis (or
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
    int layoutBuilds() const { return m_layouter.builds(); }
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
    // A document type's entry in the legend as laid out for painting (click: hide or show that type);
    // empty when it does not fit.
    QRectF typeLegendRect(core::DocumentType type) const;
    TimelineDensity* density() const { return m_density; }
    // The view as shown (zoom, lanes, highlights), as a figure of its own size for export and copy.
    render::Figure figure() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // The days on show, first and last (even partly shown).
    std::pair<QDate, QDate> visibleDays() const { return { m_scale.startDate(), m_scale.endDate() }; }
    // Shows the days [first, last]; with a duration, the view glides there (a story step), each frame
    // painting only what the widget already laid out. A null date fits the data on that side.
    void showDays(QDate first, QDate last, int animationMs = 0);
    bool isAnimating() const;
    // The lane chooser and the Fit button in the header (hidden in presentation mode, where the story
    // sets the lanes and the zoom and the header's room goes to the period's words).
    void setControlsShown(bool shown);

    // The chronology lane (the bundled Calais chronology and the corpus's own events): its own lane,
    // distinct from documents and mentioned events, shown or hidden from the legend.
    void setChronology(std::shared_ptr<const core::ChronologyIndex> chronology);
    std::shared_ptr<const core::ChronologyIndex> chronology() const { return m_chronology; }
    void setChronologyShown(bool shown);
    bool isChronologyShown() const { return m_chronologyShown; }
    // Where a chronology event is drawn (empty when not on show), and the legend's toggle, for tests.
    QRectF chronologyEventRect(const QString& id) const;
    QRectF chronologyLegendRect() const;
    // How a chronology event's source is opened (QDesktopServices::openUrl unless replaced, e.g. by a test).
    void setUrlOpener(std::function<void(const QUrl&)> opener) { m_openUrl = std::move(opener); }
    // Centres the view on a chronology event and outlines it (the reader's link); empty id: none.
    void selectChronologyEvent(const QString& id);
    QString selectedChronologyEvent() const { return m_selectedChronology; }
    // The context menu of a chronology event: Open source, Show documents that mention it, Edit…
    // (the caller owns it; empty id: null).
    QMenu* chronologyMenu(const QString& id, QWidget* parent);

public slots:
    void fitToData();
    void zoomIn();
    void zoomOut();
    // What a click on "◂ N earlier events" ("N later events ▸") does: the view widens to take them in.
    void showEarlierEvents();
    void showLaterEvents();

signals:
    void laneModeChanged(littoral::ui::TimelineView::LaneMode mode);
    // A chronology event was clicked (its source opens in the browser) or chosen from the context menu.
    void chronologyEventActivated(const QString& id);
    void chronologyShownChanged(bool shown);
    // Edit… was chosen in a chronology event's context menu.
    void chronologyEditRequested(const QString& id);

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
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    enum class Drag { None, Pan, Brush };
    enum class EdgeNote { None, Earlier, Later };
    std::optional<core::DocumentType> legendTypeAt(QPointF pos) const;
    qsizetype chronologyAt(QPointF pos) const; // index in the data's chronology, -1 when none
    QString chronologyToolTip(qsizetype i) const;
    void activateChronology(qsizetype i);
    void rebuildChronology();

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
    // The picture of the view as it is now: laid out (or reused), with the selection's period and types.
    render::TimelineLayout layout() const;
    render::TimelineViewState viewState() const;
    render::TimelineHighlights highlights() const;
    render::FigureStyle style() const;
    void placeChildren();
    void syncDensity();

    qint64 documentAt(QPointF pos) const; // 0 when none
    qsizetype eventAt(QPointF pos) const; // index in the data's events, -1 when none
    double snapTime(double time) const;
    void commitBrush(double a, double b);
    void zoomBy(double x, double factor);
    // Mentioned events wholly before and after the view.
    std::pair<int, int> eventsBeyondEdges() const;
    EdgeNote edgeNoteAt(QPointF pos) const;
    void showEventsBeyond(bool later);
    void panBy(double dx);

    QPointer<core::SelectionState> m_selection;
    TimelineDensity* m_density;
    QComboBox* m_laneCombo;
    QToolButton* m_fitButton;
    core::TimeScale m_scale;
    LaneMode m_laneMode = LaneMode::ByType;

    // The data is replaced, never changed in place: a figure may still hold the previous one.
    std::shared_ptr<const render::TimelineData> m_data;
    // The layout, kept until what it depends on changes (its generation grows with the data, the filter,
    // the lanes, the size and the font; the content also keys on the zoom, the overlay on the view).
    render::TimelineLayouter m_layouter;
    mutable render::TimelinePainter m_painter;
    mutable Layer m_layer;
    mutable Layer m_headerLayer;

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
    std::shared_ptr<const core::ChronologyIndex> m_chronology;
    bool m_controlsShown = true;
    bool m_chronologyShown = true;
    QVariantAnimation* m_glide = nullptr; // showDays() with a duration
    QString m_selectedChronology;
    std::function<void(const QUrl&)> m_openUrl;
};

} // namespace littoral::ui
