// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/timelinelayout.h"

#include "core/models/documenttablemodel.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLineF>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace littoral::render {

using core::DocumentType;
using core::TimeScale;
using Mark = TimelineContent::Mark;
using EventGlyph = TimelineContent::EventGlyph;

namespace {

// A span [left, right] in pixels, widened about its centre to `width` when narrower, so that a
// short span is still a mark one can see and point at.
std::pair<double, double> atLeast(double left, double right, double width)
{
    if (right - left >= width)
        return { left, right };
    const double centre = (left + right) / 2;
    return { centre - width / 2, centre + width / 2 };
}

} // namespace

// ---- the value

double TimelineLayout::contentOffset() const
{
    return content ? scale.timeToX(content->scale.start()) - content->scale.x0() : 0.0;
}

bool TimelineLayout::isOnShow(const TimelineData::DocInfo& d) const
{
    return scale.timeToX(d.end) >= scale.x0() && scale.timeToX(d.start) <= scale.x1();
}

QRectF TimelineLayout::columnRect(const TimelineData::DocInfo& d) const
{
    const TimelineContent& c = *content;
    const double cd = c.columnDays;
    qint64 k0;
    qint64 k1;
    if (d.point) {
        k0 = k1 = qint64(std::floor((d.start + 0.5) / cd));
    } else {
        k0 = qint64(std::floor(d.start / cd));
        k1 = std::max(k0, qint64(std::ceil(d.end / cd)) - 1);
    }
    // Only the columns on show, as it is drawn.
    k0 = std::max(k0, qint64(std::floor(scale.start() / cd)));
    k1 = std::min(k1, qint64(std::ceil(scale.end() / cd)) - 1);
    if (k1 < k0)
        return {};
    const QRectF lane = geometry.laneRects.value(d.lane);
    const double x = std::round(c.scale.timeToX(double(k0) * cd)) + contentOffset();
    return QRectF(x, lane.top() + 2, double(k1 - k0 + 1) * geometry.columnWidth, lane.height() - 4);
}

QRectF TimelineLayout::markRect(qint64 documentId) const
{
    const auto it = data->docIndex.constFind(documentId);
    if (it == data->docIndex.cend() || !isOnShow(data->docs.at(*it)) || !content)
        return {};
    if (content->aggregated)
        return columnRect(data->docs.at(*it));
    for (const Mark& mark : content->marks) {
        if (mark.doc == *it)
            return mark.rect.translated(contentOffset(), 0.0);
    }
    return {};
}

QRectF TimelineLayout::eventMarker(const TimelineData::EventInfo& e) const
{
    const double ms = geometry.eventMarkerSize;
    const double cy = geometry.eventMarkerCentre;
    if (e.point) {
        const double cx = scale.timeToX(e.start + 0.5);
        return QRectF(cx - ms / 2, cy - ms / 2, ms, ms);
    }
    const auto [a, b] = atLeast(scale.timeToX(e.start), scale.timeToX(e.end), ms);
    const double bar = std::round(ms * 0.5);
    return QRectF(a, cy - bar / 2, b - a, bar);
}

QRectF TimelineLayout::chronologyMarker(const QString& id) const
{
    if (!overlay || !data)
        return {};
    for (const TimelineOverlay::ChronologyMark& mark : overlay->chronology) {
        if (data->chronology.at(mark.event).id == id)
            return mark.marker;
    }
    return {};
}

qsizetype TimelineLayout::chronologyAt(QPointF pos) const
{
    if (!overlay || !geometry.chronologyLane.contains(pos))
        return -1;
    // The nearest marker within a few pixels, else a label under the pointer.
    qsizetype best = -1;
    double bestDistance = std::numeric_limits<double>::max();
    for (const TimelineOverlay::ChronologyMark& mark : overlay->chronology) {
        const QRectF hit = mark.marker.adjusted(-3, -3, 3, 3);
        if (!hit.contains(pos))
            continue;
        const double distance = std::abs(mark.marker.center().x() - pos.x()) + mark.marker.width();
        if (distance < bestDistance) {
            bestDistance = distance;
            best = mark.event;
        }
    }
    if (best >= 0)
        return best;
    for (const TimelineOverlay::ChronologyMark& mark : overlay->chronology) {
        if (!mark.label.isEmpty() && mark.label.contains(pos))
            return mark.event;
    }
    return -1;
}

QString TimelineLayout::edgeNoteText(bool later, int events)
{
    return later
        ? QCoreApplication::translate("littoral::ui::TimelineView", "%Ln later event(s) ▸", nullptr, events)
        : QCoreApplication::translate(
            "littoral::ui::TimelineView", "◂ %Ln earlier event(s)", nullptr, events);
}

QRectF TimelineLayout::edgeNoteRect(bool later) const
{
    const int events = overlay ? (later ? overlay->eventsAfter : overlay->eventsBefore) : 0;
    if (events <= 0)
        return {};
    const QFontMetricsF fm(font);
    const double width = fm.horizontalAdvance(edgeNoteText(later, events)) + 2;
    const double top = geometry.eventLane.top() + 2;
    return later ? QRectF(scale.x1() - width - 1, top, width, fm.height())
                 : QRectF(scale.x0() + 3, top, width, fm.height());
}

double TimelineLayout::tickLabelSpacing(const QFont& font)
{
    const QFontMetricsF fm(font);
    // The widest label any unit writes, plus breathing room.
    return fm.horizontalAdvance(QLocale().toString(QDate(2016, 9, 28), QStringLiteral("d MMM yyyy")))
        + fm.height() * 1.2;
}

QList<core::TimeTick> TimelineLayout::ticks() const
{
    return scale.ticks(tickLabelSpacing(font));
}

// ---- the layouter

void TimelineLayouter::setFont(const QFont& font)
{
    m_font = font;
    m_charAdvances.clear();
    forgetTexts();
    invalidateGeometry();
}

void TimelineLayouter::setSize(QSizeF size)
{
    if (size == m_size)
        return;
    m_size = size;
    invalidateGeometry();
}

void TimelineLayouter::setControls(double height, double left)
{
    if (height == m_controlsHeight && left == m_controlsLeft)
        return;
    m_controlsHeight = height;
    m_controlsLeft = left;
    invalidateGeometry();
}

void TimelineLayouter::setData(std::shared_ptr<const TimelineData> data, bool newEvents)
{
    m_data = std::move(data);
    if (newEvents || m_eventTexts.size() != m_data->events.size()
        || m_chronologyTexts.size() != m_data->chronology.size())
        forgetTexts();
    invalidateGeometry(); // the gutter and the lane heights depend on the lanes
}

void TimelineLayouter::forgetTexts()
{
    const qsizetype n = m_data->events.size();
    m_eventTexts = QList<QString>(n);
    m_eventTextWidths = QList<double>(n, -1.0);
    m_eventTextEstimates = QList<double>(n, -1.0);
    m_chronologyTexts = QList<QString>(m_data->chronology.size());
    m_chronologyTextWidths = QList<double>(m_data->chronology.size(), -1.0);
}

void TimelineLayouter::invalidate()
{
    ++m_generation;
}

void TimelineLayouter::invalidateGeometry()
{
    m_geometryValid = false;
    invalidate();
}

const TimelineGeometry& TimelineLayouter::geometry() const
{
    if (!m_geometryValid) {
        m_geometry = computeGeometry();
        m_geometryValid = true;
    }
    return m_geometry;
}

TimelineGeometry TimelineLayouter::computeGeometry() const
{
    TimelineGeometry l;
    const QList<TimelineData::Lane>& laneList = m_data->lanes;
    const QFontMetricsF fm(m_font);
    const double line = fm.height();
    const double pad = std::round(line * 0.5);
    const double w = m_size.width();
    const double h = m_size.height();

    l.header = QRectF(0, 0, w, std::max(line * 1.6, m_controlsHeight) + pad);
    l.legendRight = m_controlsLeft - pad * 2;
    const double axisHeight = std::round(6 + 3 + line + pad);
    l.axis = QRectF(0, h - axisHeight, w, axisHeight);
    const int labelRows = h >= line * 18 ? 2 : 1;
    const double eventsHeight = std::round(line * 0.9 + labelRows * (line + 2) + pad * 0.5);
    // The chronology's own lane, over the mentioned events' (none when it is empty or toggled off). In a
    // short timeline it keeps only its flags (labels in their tooltips), so the document lanes stay readable.
    double chronologyHeight = m_data->hasChronologyLane() ? eventsHeight : 0.0;
    if (chronologyHeight > 0.0) {
        const double left = std::max(0.0, l.axis.top() - l.header.bottom() - eventsHeight - chronologyHeight);
        const double lanesLeft = left - std::max(left * 0.3, line * 2.5);
        if (lanesLeft / double(std::max<qsizetype>(1, laneList.size())) < line * 1.2)
            chronologyHeight = std::round(line * 1.0) + 8; // the flag and its margins
    }

    const double available
        = std::max(0.0, l.axis.top() - l.header.bottom() - eventsHeight - chronologyHeight);
    const double lanes = std::max<qsizetype>(1, laneList.size());
    const double laneMax = line * 2.6;
    double densityHeight = std::clamp(available * 0.3, line * 2.5, line * 6);
    double laneHeight = std::clamp((available - densityHeight) / lanes, 4.0, laneMax);
    const double rest = available - densityHeight - laneHeight * lanes;
    if (rest > 0) {
        const double extraDensity = std::clamp(available * 0.45 - densityHeight, 0.0, rest);
        densityHeight += extraDensity;
        laneHeight += (rest - extraDensity) / lanes;
    } else {
        densityHeight = std::max(line, available - laneHeight * lanes);
    }
    l.laneHeight = laneHeight;
    l.density = QRectF(0, l.header.bottom(), w, std::round(densityHeight));
    if (chronologyHeight > 0.0)
        l.chronologyLane = QRectF(0, l.density.bottom(), w, chronologyHeight);
    l.eventLane = QRectF(0, l.density.bottom() + chronologyHeight, w, eventsHeight);
    l.lanes = QRectF(0, l.eventLane.bottom(), w, std::max(0.0, l.axis.top() - l.eventLane.bottom()));
    for (qsizetype i = 0; i < laneList.size(); ++i)
        l.laneRects.append(QRectF(0, l.lanes.top() + double(i) * laneHeight, w, laneHeight));

    double gutter = std::max(
        fm.horizontalAdvance(QCoreApplication::translate("littoral::ui::TimelineView", "Mentioned events")),
        fm.horizontalAdvance(QCoreApplication::translate("littoral::ui::TimelineView", "Documents / month")));
    if (chronologyHeight > 0.0)
        gutter = std::max(
            gutter, fm.horizontalAdvance(QCoreApplication::translate("littoral::ui::TimelineView", "Chronology")));
    const double chip = line * 0.7;
    for (const TimelineData::Lane& lane : laneList)
        gutter = std::max(gutter, chip + pad * 0.5 + std::min(fm.horizontalAdvance(lane.name), line * 11));
    // Up to 30% of the width: at presentation sizes (28 px type in half a projector's width) a quarter
    // cut "Press releases" short.
    gutter = std::clamp(gutter + pad * 2.5, line * 6, std::max(line * 6, w * 0.3));
    l.plotLeft = std::round(gutter);
    l.plotRight = std::max(l.plotLeft + 10, w - pad * 2);
    l.markSize = std::clamp(l.laneHeight * 0.55, 5.0, line * 0.9);
    l.columnWidth = std::max(2.0, std::round(l.markSize * 0.5));
    l.eventMarkerSize = std::round(line * 0.7);
    l.eventMarkerCentre = l.eventLane.bottom() - l.eventMarkerSize / 2 - 3;
    l.chronologyMarkerSize = std::round(line * 1.0);
    l.chronologyMarkerCentre = l.chronologyLane.bottom() - l.chronologyMarkerSize / 2 - 3;
    return l;
}

bool TimelineLayouter::wantsAggregation(const TimeScale& scale) const
{
    // Aggregate when the busiest lane has more documents on show than there are columns for them.
    const core::TimelineCounts& counts = m_data->counts;
    const core::TimelineCounts::Position from = counts.locate(scale.start());
    const core::TimelineCounts::Position to = counts.locate(scale.end());
    int busiest = 0;
    for (int lane = 0; lane < counts.laneCount(); ++lane)
        busiest = std::max(busiest, counts.between(lane, from, to).documents);
    return double(busiest) > scale.width() / geometry().columnWidth;
}

std::shared_ptr<const TimelineContent> TimelineLayouter::content(const TimeScale& scale) const
{
    const TimelineGeometry& g = geometry();
    const bool aggregated = wantsAggregation(scale);
    const double ppd = scale.pixelsPerDay();
    // A pan keeps the zoom (up to rounding) and, within the window, only moves what is laid out.
    const TimelineContent* c = m_content.get();
    const bool reusable = c && c->generation == m_generation && c->aggregated == aggregated
        && std::abs(c->scale.pixelsPerDay() - ppd) <= ppd * 1e-9 && c->scale.x0() == scale.x0()
        && c->scale.x1() == scale.x1() && scale.start() >= c->windowStart && scale.end() <= c->windowEnd;
    if (reusable)
        return m_content;
    auto next = std::make_shared<TimelineContent>();
    next->scale = scale;
    next->generation = m_generation;
    next->aggregated = aggregated;
    // Half a view's width either side: that much panning costs no layout.
    next->windowStart = scale.start() - scale.span() / 2;
    next->windowEnd = scale.end() + scale.span() / 2;
    if (aggregated)
        computeColumns(*next, g);
    else
        computeMarks(*next, g);
    computeEventGlyphs(*next, g);
    m_content = std::move(next);
    ++m_builds;
    return m_content;
}

void TimelineLayouter::computeColumns(TimelineContent& c, const TimelineGeometry& g) const
{
    const core::TimelineCounts& counts = m_data->counts;
    const double cw = g.columnWidth;
    c.columnDays = cw / c.scale.pixelsPerDay();
    const double cd = c.columnDays;
    const qint64 first = qint64(std::floor(c.windowStart / cd));
    const qint64 last = qint64(std::ceil(c.windowEnd / cd));
    // Each boundary is located once for every lane and for both columns it bounds.
    QList<core::TimelineCounts::Position> at;
    at.reserve(last - first + 1);
    for (qint64 k = first; k <= last; ++k)
        at.append(counts.locate(double(k) * cd));

    struct Filled {
        int lane = 0;
        double x = 0.0;
        core::TimelineCounts::Range range;
    };
    QList<Filled> filled;
    double maximum = 1.0;
    for (int lane = 0; lane < counts.laneCount() && lane < g.laneRects.size(); ++lane) {
        for (qsizetype i = 0; i + 1 < at.size(); ++i) {
            core::TimelineCounts::Range range = counts.between(lane, at.at(i), at.at(i + 1));
            if (range.documents == 0)
                continue;
            maximum = std::max(maximum, range.total());
            // Whole pixels keep the bars crisp; the grid is cw apart, so every bar shifts alike.
            filled.append({ lane, std::round(c.scale.timeToX(at.at(i).time)), range });
        }
    }
    c.columnMaximum = maximum;
    const double barWidth = cw >= 3 ? cw - 1 : cw;
    for (const Filled& f : std::as_const(filled)) {
        const QRectF lane = g.laneRects.at(f.lane);
        const double total = f.range.total();
        // Square-root heights keep a lone document visible beside a busy week.
        const double height = std::max(2.0, (lane.height() - 6) * std::sqrt(total / maximum));
        double y = lane.center().y() - height / 2;
        if (f.range.hits > 0)
            c.hitBars.append(QRectF(f.x - 1, y - 3, barWidth + 2, height + 6));
        const double unit = total > 0.0 ? height / total : 0.0;
        for (int pass = 0; pass < 2; ++pass) {
            for (std::size_t k = 0; k < core::kDocumentTypeCount; ++k) {
                const double n = pass == 0 ? f.range.accepted[k] : f.range.dimmed[k];
                if (n <= 0.0)
                    continue;
                c.bars[std::size_t(pass) * core::kDocumentTypeCount + k].append(QRectF(f.x, y, barWidth, n * unit));
                y += n * unit;
            }
        }
    }
}

void TimelineLayouter::computeMarks(TimelineContent& c, const TimelineGeometry& g) const
{
    const TimelineData& data = *m_data;
    const double s = g.markSize;
    const TimeScale& scale = c.scale;
    const double left0 = scale.timeToX(c.windowStart);
    const double right0 = scale.timeToX(c.windowEnd);
    const int laneCount = int(data.lanes.size());
    if (laneCount == 0)
        return;
    QList<QList<qsizetype>> inWindow(laneCount);
    const auto [first, last] = data.docsAround(c.windowStart, c.windowEnd);
    for (qsizetype i = first; i < last; ++i) {
        const TimelineData::DocInfo& d = data.docs.at(i);
        if (d.end < c.windowStart)
            continue;
        inWindow[d.lane].append(i);
    }
    QList<Mark> points;
    for (int lane = 0; lane < laneCount && lane < g.laneRects.size(); ++lane) {
        const QRectF laneRect = g.laneRects.at(lane);
        const int rows = std::max(1, int((laneRect.height() - 4) / (s + 2)));
        QList<double> rowEnds(rows, -std::numeric_limits<double>::infinity());
        QList<std::pair<Mark, int>> placed;
        int rowsUsed = 1;
        for (const qsizetype i : std::as_const(inWindow[lane])) {
            const TimelineData::DocInfo& d = data.docs.at(i);
            QRectF rect;
            if (d.point) {
                const double cx = scale.timeToX(d.start + 0.5);
                rect = QRectF(cx - s / 2, 0, s, s);
            } else {
                auto [left, right] = atLeast(scale.timeToX(d.start), scale.timeToX(d.end), s);
                // Cut at the window's edges so a long span stays a reasonable shape to paint.
                left = std::max(left, left0 - 1);
                right = std::min(right, right0 + 1);
                rect = QRectF(left, 0, std::max(1.0, right - left), std::round(s * 0.7));
            }
            int row = -1;
            for (int r = 0; r < rows && row < 0; ++r) {
                if (rowEnds[r] + 2 <= rect.left())
                    row = r;
            }
            if (row < 0) // no free row: overlap the row that frees up first
                row = int(std::min_element(rowEnds.begin(), rowEnds.end()) - rowEnds.begin());
            rowEnds[row] = std::max(rowEnds[row], rect.right());
            rowsUsed = std::max(rowsUsed, row + 1);
            placed.append(
                { Mark { i, rect, data.docAccepted.value(i, true), data.docHit.value(i, false) }, row });
        }
        const double pitch = s + 2;
        const double firstCentre = laneRect.center().y() - (rowsUsed - 1) * pitch / 2;
        for (auto& [mark, row] : placed) {
            const double cy = firstCentre + row * pitch;
            mark.rect.moveTop(cy - mark.rect.height() / 2);
            // Spans first: a long month- or year-wide bar must not hide the exact dates drawn over it.
            (data.docs.at(mark.doc).point ? points : c.marks).append(mark);
        }
    }
    c.marks.append(points);
}

void TimelineLayouter::computeEventGlyphs(TimelineContent& c, const TimelineGeometry& g) const
{
    const TimelineData& data = *m_data;
    const TimeScale& scale = c.scale;
    const double ms = g.eventMarkerSize;
    const double cy = g.eventMarkerCentre;
    const double bar = std::round(ms * 0.5);
    // Many dates share a pixel: each place is drawn once, as dark as its events stacked.
    qint64 lastPointX = std::numeric_limits<qint64>::min();
    qsizetype lastPoint = -1;
    QHash<std::pair<qint64, qint64>, qsizetype> spans;
    auto byStart = [](const TimelineData::EventGroup& e, double t) { return e.start < t; };
    const qsizetype first = std::lower_bound(data.eventGroups.cbegin(), data.eventGroups.cend(),
                                c.windowStart - data.longestEvent, byStart)
        - data.eventGroups.cbegin();
    for (qsizetype i = first; i < data.eventGroups.size(); ++i) {
        const TimelineData::EventGroup& e = data.eventGroups.at(i);
        if (e.start > c.windowEnd)
            break;
        if (e.end < c.windowStart)
            continue;
        qsizetype glyph = -1;
        if (e.point) {
            const qint64 x = qint64(std::round(scale.timeToX(e.start + 0.5) - ms / 2));
            if (x == lastPointX) {
                glyph = lastPoint;
            } else {
                glyph = c.eventGlyphs.size();
                c.eventGlyphs.append(
                    { QRectF(double(x), std::round(cy - ms / 2), ms, ms), true, false, 0, 0 });
                lastPointX = x;
                lastPoint = glyph;
            }
        } else {
            const auto [a, b] = atLeast(scale.timeToX(e.start), scale.timeToX(e.end), ms);
            const std::pair<qint64, qint64> key { qint64(std::round(a)) * 2 + (e.approximate ? 1 : 0),
                qint64(std::round(b)) };
            const auto it = spans.constFind(key);
            if (it != spans.cend()) {
                glyph = *it;
            } else {
                glyph = c.eventGlyphs.size();
                spans.insert(key, glyph);
                c.eventGlyphs.append({ QRectF(a, cy - bar / 2, b - a, bar), false, e.approximate, 0, 0 });
            }
        }
        c.eventGlyphs[glyph].accepted += e.accepted;
        c.eventGlyphs[glyph].dimmed += int(e.events.size()) - e.accepted;
    }
}

std::shared_ptr<const TimelineOverlay> TimelineLayouter::overlay(const TimeScale& scale) const
{
    if (m_overlay && m_overlay->generation == m_generation && m_overlay->scale == scale)
        return m_overlay;
    auto next = std::make_shared<TimelineOverlay>();
    next->scale = scale;
    next->generation = m_generation;
    computeOverlay(*next, geometry());
    computeChronology(*next, geometry());
    m_overlay = std::move(next);
    return m_overlay;
}

const QString& TimelineLayouter::eventText(qsizetype event, double* width) const
{
    if (m_eventTextWidths.value(event, -1.0) < 0.0) {
        const QFontMetricsF fm(m_font);
        m_eventTexts[event] = fm.elidedText(m_data->events.at(event).label, Qt::ElideRight, fm.height() * 14);
        m_eventTextWidths[event] = fm.horizontalAdvance(m_eventTexts.at(event)) + 4;
    }
    *width = m_eventTextWidths.at(event);
    return m_eventTexts.at(event);
}

double TimelineLayouter::estimatedLabelWidth(qsizetype event) const
{
    double& cached = m_eventTextEstimates[event];
    if (cached < 0.0) {
        // Shaping every label of a large corpus would take seconds: add up cached advances of its
        // characters instead, which is close enough to decide where a label fits; only the labels
        // placed are shaped (eventText).
        const QFontMetricsF fm(m_font);
        double sum = 0.0;
        for (const QChar ch : m_data->events.at(event).label) {
            auto it = m_charAdvances.constFind(ch.unicode());
            if (it == m_charAdvances.cend())
                it = m_charAdvances.insert(ch.unicode(), fm.horizontalAdvance(ch));
            sum += *it;
        }
        cached = std::min(sum, fm.height() * 14) + 4;
    }
    return cached;
}

void TimelineLayouter::computeOverlay(TimelineOverlay& o, const TimelineGeometry& g) const
{
    const TimelineData& data = *m_data;
    const TimeScale& scale = o.scale;
    const QFontMetricsF fm(m_font);
    const double line = fm.height();
    const double x0 = scale.x0();
    const double x1 = scale.x1();
    const double from = scale.start();
    const double to = scale.end();
    const int rows = std::max(1, int((g.eventLane.height() - g.eventMarkerSize - 4) / (line + 2)));
    const double maxLabel = line * 14 + 4;

    std::tie(o.eventsBefore, o.eventsAfter) = data.eventsBeyond(from, to);
    // A label that fits in no row stays hidden (its marker keeps a tooltip).
    QList<QList<std::pair<double, double>>> taken(rows);
    // The same, per pixel, to turn away at once an event whose label would start on a taken place.
    const int pixels = int(std::ceil(x1 - x0)) + 2;
    QList<QList<bool>> covered(rows, QList<bool>(pixels, false));
    const double gap = line * 0.6;
    auto take = [&](int r, double left, double right) {
        taken[r].append({ left, right });
        // Strictly inside the gaps only, so a pixel marked covered always clashes.
        const int a = std::max(0, int(std::floor(left - gap - x0)) + 1);
        const int b = std::min(pixels - 1, int(std::ceil(right + gap - x0)) - 1);
        for (int x = a; x <= b; ++x)
            covered[r][x] = true;
    };
    // Keep the top row clear where the gutter announces the events beyond the edges.
    if (o.eventsBefore > 0)
        take(
            rows - 1, x0, x0 + fm.horizontalAdvance(TimelineLayout::edgeNoteText(false, o.eventsBefore)) + 6);
    if (o.eventsAfter > 0)
        take(rows - 1, x1 - fm.horizontalAdvance(TimelineLayout::edgeNoteText(true, o.eventsAfter)) - 6, x1);
    auto clashes = [&](int r, double left, double right) {
        return std::any_of(taken[r].cbegin(), taken[r].cend(),
            [&](const auto& span) { return left < span.second + gap && right + gap > span.first; });
    };
    TimelineLayout marker; // only to place event markers
    marker.scale = scale;
    marker.geometry = g;
    for (const TimelineData::LabelCandidate& candidate : data.labelOrder) {
        if (candidate.end < from || candidate.start > to)
            continue;
        const qsizetype i = candidate.event;
        const TimelineData::EventInfo& e = data.events.at(i);
        double left = std::max(x0, scale.timeToX(candidate.anchor));
        // Most events find every row taken where their label would start: skip them before looking at
        // their text (unless the right edge could still push the label left into a free place).
        if (left + maxLabel <= x1) {
            const int px = std::clamp(int(std::floor(left - x0)), 0, pixels - 1);
            const int px2 = std::min(pixels - 1, px + 1);
            bool free = false;
            for (int r = 0; r < rows && !free; ++r)
                free = !(covered[r][px] && covered[r][px2]);
            if (!free)
                continue;
        }
        const double estimate = estimatedLabelWidth(i);
        if (left + estimate > x1)
            left = std::max(x0, x1 - estimate);
        for (int r = 0; r < rows; ++r) {
            if (clashes(r, left, left + estimate))
                continue;
            double textWidth = 0.0;
            const QString& text = eventText(i, &textWidth);
            if (left + textWidth > x1)
                left = std::max(x0, x1 - textWidth);
            take(r, left, left + textWidth);
            const QRectF rect = marker.eventMarker(e);
            const double bottom = rect.top() - 2 - r * (line + 2);
            o.labels.append({ i, rect, QRectF(left, bottom - line, textWidth, line), text,
                data.eventAccepted.value(i, true) });
            break;
        }
    }
}

void TimelineLayouter::computeChronology(TimelineOverlay& o, const TimelineGeometry& g) const
{
    const TimelineData& data = *m_data;
    if (!data.hasChronologyLane())
        return;
    const TimeScale& scale = o.scale;
    const QFontMetricsF fm(m_font);
    const double line = fm.height();
    const double x0 = scale.x0();
    const double x1 = scale.x1();
    const double ms = g.chronologyMarkerSize;
    const double cy = g.chronologyMarkerCentre;
    const int rows = std::max(0, int((g.chronologyLane.height() - ms - 4) / (line + 2))); // 0: flags only
    const double gap = line * 0.6;
    // At most a few hundred events: the mentioned events' placement (rows above the markers, most
    // mentioned first, a label that fits nowhere stays hidden) without their per-pixel shortcuts.
    QList<QList<std::pair<double, double>>> taken(rows);
    auto clashes = [&](int r, double left, double right) {
        return std::any_of(taken[r].cbegin(), taken[r].cend(),
            [&](const auto& span) { return left < span.second + gap && right + gap > span.first; });
    };
    QHash<qsizetype, qsizetype> markOf;
    for (qsizetype i = 0; i < data.chronology.size(); ++i) {
        const TimelineData::ChronologyInfo& e = data.chronology.at(i);
        if (e.end < scale.start() || e.start > scale.end())
            continue;
        QRectF marker;
        if (e.point) {
            const double cx = std::round(scale.timeToX(e.start + 0.5));
            marker = QRectF(cx - ms / 2, std::round(cy - ms / 2), ms, ms);
        } else {
            auto [a, b] = atLeast(scale.timeToX(e.start), scale.timeToX(e.end), ms);
            a = std::max(a, x0 - ms);
            b = std::min(b, x1 + ms);
            const double bar = std::round(ms * 0.6);
            marker = QRectF(a, std::round(cy - bar / 2), std::max(1.0, b - a), bar);
        }
        markOf.insert(i, o.chronology.size());
        o.chronology.append({ i, marker, QRectF(), QString() });
    }
    for (const qsizetype i : data.chronologyLabelOrder) {
        const auto it = markOf.constFind(i);
        if (it == markOf.cend())
            continue;
        TimelineOverlay::ChronologyMark& mark = o.chronology[*it];
        if (m_chronologyTextWidths.value(i, -1.0) < 0.0) {
            m_chronologyTexts[i] = fm.elidedText(data.chronology.at(i).label, Qt::ElideRight, line * 12);
            m_chronologyTextWidths[i] = fm.horizontalAdvance(m_chronologyTexts.at(i)) + 4;
        }
        const double width = m_chronologyTextWidths.at(i);
        double left = std::max(x0, data.chronology.at(i).point ? mark.marker.center().x() : mark.marker.left());
        if (left + width > x1)
            left = std::max(x0, x1 - width);
        for (int r = 0; r < rows; ++r) {
            if (clashes(r, left, left + width))
                continue;
            taken[r].append({ left, left + width });
            const double bottom = mark.marker.top() - 2 - r * (line + 2);
            mark.label = QRectF(left, bottom - line, width, line);
            mark.text = m_chronologyTexts.at(i);
            break;
        }
    }
}

const TimelineLegend& TimelineLayouter::legend(const TimelineViewState& view) const
{
    if (!m_legendKey || m_legendKey->first != m_generation || !(m_legendKey->second == view)) {
        m_legend = TimelineLegend();
        computeLegend(m_legend, view);
        m_legendKey = std::make_pair(m_generation, view);
    }
    return m_legend;
}

void TimelineLayouter::computeLegend(TimelineLegend& legend, const TimelineViewState& view) const
{
    const TimelineGeometry& l = geometry();
    const QFontMetricsF fm(m_font);
    const double line = fm.height();
    const double pad = std::round(line * 0.5);
    const double chip = std::round(line * 0.65);
    const double cy = l.header.center().y();
    const double limit = l.legendRight;
    double x = pad;

    // Places one legend entry if it fits; the less essential ones go first on a narrow window.
    auto entry
        = [&](TimelineLegend::Swatch swatch, const QString& text, double swatchWidth, bool struck, int type) {
              const double w = swatchWidth + pad * 0.5 + fm.horizontalAdvance(text);
              if (x + w > limit)
                  return false;
              legend.entries.append({ swatch, type, QRectF(x, cy - chip / 2, swatchWidth, chip),
                  QRectF(x + swatchWidth + pad * 0.5, cy - line / 2, w, line), text, struck, false,
                  struck ? 0.45 : 0.9 });
              x += w + pad * 1.6;
              return true;
          };

    if (view.period) {
        const QLocale c; // the interface language's
        QFont bold = m_font;
        bold.setBold(true);
        const QFontMetricsF bfm(bold);
        const QString text = QCoreApplication::translate("littoral::ui::TimelineView", "Period %1 – %2")
                                 .arg(c.toString(view.period->first, QStringLiteral("d MMM yyyy")),
                                     c.toString(view.period->second, QStringLiteral("d MMM yyyy")));
        const QString hint = QCoreApplication::translate("littoral::ui::TimelineView", "Esc clears");
        const double bar = std::round(chip * 0.4);
        const QRectF barRect(x, cy - chip / 2, bar, chip);
        x += bar + pad * 0.5;
        const QString shown = bfm.elidedText(text, Qt::ElideRight, std::max(0.0, limit - x));
        legend.entries.append({ TimelineLegend::Swatch::PeriodBar, -1, barRect,
            QRectF(x, cy - line / 2, bfm.horizontalAdvance(shown) + 2, line), shown, false, true, 1.0 });
        x += bfm.horizontalAdvance(shown) + pad;
        if (view.hints && x + fm.horizontalAdvance(hint) < limit) {
            legend.entries.append({ TimelineLegend::Swatch::PeriodBar, -1, QRectF(),
                QRectF(x, cy - line / 2, fm.horizontalAdvance(hint) + 2, line), hint, false, false, 0.55 });
            x += fm.horizontalAdvance(hint);
        }
        x += pad * 3;
    }

    for (const DocumentType type : TimelineData::types) {
        if (!m_data->typesPresent[std::size_t(type)])
            continue;
        const bool struck = !view.typeShown[std::size_t(type)];
        const double left = x;
        const bool placed = entry(
            TimelineLegend::Swatch::Type, core::DocumentTableModel::typeLabel(type), chip, struck, int(type));
        if (placed) // the whole entry is the button, with the gap's first half on each side
            legend.typeRects[std::size_t(type)]
                = QRectF(left - pad * 0.4, l.header.top(), x - left - pad * 0.8, l.header.height());
    }
    if (!m_data->chronology.isEmpty()) {
        const double left = x;
        const bool placed = entry(TimelineLegend::Swatch::Chronology,
            QCoreApplication::translate("littoral::ui::TimelineView", "Chronology"), chip,
            !m_data->chronologyShown, -1);
        if (placed)
            legend.chronologyRect = QRectF(left - pad * 0.4, l.header.top(), x - left - pad * 0.8, l.header.height());
    }
    x += pad;
    entry(TimelineLegend::Swatch::ExactDay,
        QCoreApplication::translate("littoral::ui::TimelineView", "exact day"), chip, false, -1)
        && entry(TimelineLegend::Swatch::Span,
            QCoreApplication::translate("littoral::ui::TimelineView", "month / season / year"), chip * 2.6,
            false, -1)
        && entry(TimelineLegend::Swatch::Approximate,
            QCoreApplication::translate("littoral::ui::TimelineView", "approximate"), chip * 2.6, false, -1)
        && entry(TimelineLegend::Swatch::Event,
            QCoreApplication::translate("littoral::ui::TimelineView", "mentioned event"), chip, false, -1)
        && entry(TimelineLegend::Swatch::Band,
            QCoreApplication::translate("littoral::ui::TimelineView", "2014–2020"), chip * 2, false, -1);
}

TimelineLayout TimelineLayouter::layout(
    const TimeScale& scale, const TimelineViewState& view, const DensityBins& density) const
{
    TimelineLayout l;
    l.data = m_data;
    l.scale = scale;
    l.size = m_size;
    l.font = m_font;
    l.geometry = geometry();
    l.content = content(scale);
    l.overlay = overlay(scale);
    l.legend = legend(view);
    l.view = view;
    l.density = density;
    return l;
}

} // namespace littoral::render
