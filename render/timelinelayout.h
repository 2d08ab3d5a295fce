// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/timescale.h"
#include "render/densitybins.h"
#include "render/timelinedata.h"

#include <QDate>
#include <QFont>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <array>
#include <memory>
#include <optional>

namespace littoral::render {

// What depends only on the size, the font, the controls and the lanes.
struct TimelineGeometry {
    double plotLeft = 0.0; // the TimeScale's pixel range
    double plotRight = 1.0;
    double laneHeight = 20.0;
    double legendRight = 0.0; // the header's legend stops here (the controls come after)
    QRectF header;
    QRectF density;
    QRectF chronologyLane; // empty when the chronology is not on show
    QRectF eventLane;
    QRectF lanes;
    QRectF axis;
    QList<QRectF> laneRects;
    double markSize = 8.0;
    double columnWidth = 3.0;
    double eventMarkerSize = 8.0;
    double eventMarkerCentre = 0.0;
    double chronologyMarkerSize = 10.0; // a flag's height: larger than an event's diamond
    double chronologyMarkerCentre = 0.0;
};

// The laid-out marks and event markers of one zoom level over a window wider than the view, in the
// pixels of `scale`: a pan within the window only translates them.
struct TimelineContent {
    struct Mark {
        qsizetype doc = 0; // index in TimelineData::docs
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
    core::TimeScale scale;
    quint64 generation = 0;
    double windowStart = 0.0; // Julian days
    double windowEnd = 0.0;
    bool aggregated = false;
    // Aggregated: columns of a grid anchored in time (so they do not shimmer under a pan), as batches
    // of bars per colour: accepted types, then dimmed types.
    double columnDays = 1.0;
    double columnMaximum = 1.0;
    std::array<QList<QRectF>, 2 * core::kDocumentTypeCount> bars;
    QList<QRectF> hitBars;
    QList<Mark> marks; // one by one, spans first
    QList<EventGlyph> eventGlyphs;
};

// What depends on the exact view: the event labels and the counts beyond the edges.
struct TimelineOverlay {
    struct EventLabel {
        qsizetype event = 0; // index in TimelineData::events
        QRectF marker; // in view pixels
        QRectF label;
        QString text; // elided
        bool accepted = true;
    };
    core::TimeScale scale;
    quint64 generation = 0;
    QList<EventLabel> labels;
    struct ChronologyMark {
        qsizetype event = 0; // index in TimelineData::chronology
        QRectF marker; // in view pixels: a flag, or a band for a span
        QRectF label; // empty when the label fits nowhere
        QString text; // elided
    };
    QList<ChronologyMark> chronology; // those on show
    int eventsBefore = 0;
    int eventsAfter = 0;
};

// What the selection says beyond the data: the period, shown or brushed, and the hidden types.
struct TimelineViewState {
    std::optional<std::pair<QDate, QDate>> period; // the selection's, inclusive
    std::optional<std::pair<double, double>> brush; // being dragged: [from, to) in days, snapped
    std::array<bool, core::kDocumentTypeCount> typeShown { true, true, true, true, true }; // by DocumentType
    bool hints = true; // what keys do ("Esc clears"): not on a figure made without a widget

    bool operator==(const TimelineViewState&) const = default;
};

// The header's legend: the period, the document types (a click hides one) and the marks' meanings.
struct TimelineLegend {
    enum class Swatch { PeriodBar, Type, ExactDay, Span, Approximate, Event, Band, Chronology };
    struct Entry {
        Swatch swatch = Swatch::Type;
        int type = -1; // DocumentType of a Type entry
        QRectF swatchRect;
        QRectF textRect;
        QString text;
        bool struck = false; // a hidden type: greyed and struck out
        bool bold = false; // the period
        double textAlpha = 0.9;
    };
    QList<Entry> entries;
    std::array<QRectF, core::kDocumentTypeCount> typeRects {}; // by DocumentType: where a click toggles the type
    QRectF chronologyRect; // where a click shows or hides the chronology lane (empty: no entry)
};

// The timeline's picture as a value: the data, the view and everything laid out for one size and font.
// The painter draws it; the widget hit-tests it. Copies share the data and the laid-out parts.
struct TimelineLayout {
    std::shared_ptr<const TimelineData> data;
    core::TimeScale scale;
    QSizeF size;
    QFont font;
    TimelineGeometry geometry;
    std::shared_ptr<const TimelineContent> content;
    std::shared_ptr<const TimelineOverlay> overlay;
    TimelineLegend legend;
    TimelineViewState view;
    DensityBins density; // binned for `scale`

    // Content pixels -> view pixels.
    double contentOffset() const;
    bool isOnShow(const TimelineData::DocInfo& d) const;
    // Aggregated: the columns a document falls in, as drawn.
    QRectF columnRect(const TimelineData::DocInfo& d) const;
    // Where a document is drawn; empty when it is not on show.
    QRectF markRect(qint64 documentId) const;
    QRectF eventMarker(const TimelineData::EventInfo& e) const;
    // Where a chronology event is drawn (its flag or band), empty when it is not on show.
    QRectF chronologyMarker(const QString& id) const;
    // The chronology event drawn at a point (its marker or its label), -1 when none.
    qsizetype chronologyAt(QPointF pos) const;
    // "◂ 64 earlier events" / "3 later events ▸": where it is drawn, empty when none is beyond.
    QRectF edgeNoteRect(bool later) const;
    QList<core::TimeTick> ticks() const;

    static QString edgeNoteText(bool later, int events);
    // The room an axis label takes: the widest any unit writes, plus breathing room.
    static double tickLabelSpacing(const QFont& font);
};

// Lays the timeline out, keeping what it laid out until what it depends on changes: the geometry until
// the size, the font, the controls or the lanes change; the content for a zoom level (a pan within its
// window reuses it); the overlay for one view. The generation counts the changes of data, filter, lanes,
// size and font. One thread.
class TimelineLayouter final {
public:
    void setFont(const QFont& font); // forgets the measured labels
    const QFont& font() const { return m_font; }
    void setSize(QSizeF size);
    // The header's controls: how tall they are and where the first one starts (the legend stops short).
    void setControls(double height, double left);
    // New data: everything is laid out again; the event labels are measured again when `newEvents`.
    void setData(std::shared_ptr<const TimelineData> data, bool newEvents);
    const std::shared_ptr<const TimelineData>& data() const { return m_data; }
    void invalidate(); // the data's filter changed, or anything the content depends on
    void invalidateGeometry();
    quint64 generation() const { return m_generation; }
    int builds() const { return m_builds; }

    const TimelineGeometry& geometry() const;
    std::shared_ptr<const TimelineContent> content(const core::TimeScale& scale) const;
    std::shared_ptr<const TimelineOverlay> overlay(const core::TimeScale& scale) const;
    const TimelineLegend& legend(const TimelineViewState& view) const;
    // Everything, for one view.
    TimelineLayout layout(
        const core::TimeScale& scale, const TimelineViewState& view, const DensityBins& density) const;

private:
    TimelineGeometry computeGeometry() const;
    bool wantsAggregation(const core::TimeScale& scale) const;
    void computeColumns(TimelineContent& c, const TimelineGeometry& g) const;
    void computeMarks(TimelineContent& c, const TimelineGeometry& g) const;
    void computeEventGlyphs(TimelineContent& c, const TimelineGeometry& g) const;
    void computeOverlay(TimelineOverlay& o, const TimelineGeometry& g) const;
    void computeChronology(TimelineOverlay& o, const TimelineGeometry& g) const;
    void computeLegend(TimelineLegend& legend, const TimelineViewState& view) const;
    const QString& eventText(qsizetype event, double* width) const;
    double estimatedLabelWidth(qsizetype event) const;
    void forgetTexts();

    std::shared_ptr<const TimelineData> m_data = std::make_shared<const TimelineData>();
    QFont m_font;
    QSizeF m_size;
    double m_controlsHeight = 0.0;
    double m_controlsLeft = 0.0;
    quint64 m_generation = 1;
    int mutable m_builds = 0;
    mutable TimelineGeometry m_geometry;
    mutable bool m_geometryValid = false;
    mutable std::shared_ptr<const TimelineContent> m_content;
    mutable std::shared_ptr<const TimelineOverlay> m_overlay;
    mutable TimelineLegend m_legend;
    mutable std::optional<std::pair<quint64, TimelineViewState>> m_legendKey;
    mutable QList<QString> m_eventTexts; // elided labels, measured once per font
    mutable QList<double> m_eventTextWidths;
    mutable QList<double> m_eventTextEstimates;
    mutable QHash<char16_t, double> m_charAdvances;
    mutable QList<QString> m_chronologyTexts; // elided labels, measured once per font and data
    mutable QList<double> m_chronologyTextWidths;
};

} // namespace littoral::render
