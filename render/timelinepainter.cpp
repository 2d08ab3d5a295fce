// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/timelinepainter.h"

#include "core/models/documenttablemodel.h"
#include "render/densitychart.h"
#include "render/palette.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLinearGradient>
#include <QLocale>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace littoral::render {

using core::DocumentType;
using Mark = TimelineContent::Mark;
using EventGlyph = TimelineContent::EventGlyph;

namespace {

// Lines thicken with the type beyond the usual sizes (a projector's 20 pt, text zoomed in), so that
// marks and the axis read as far as the words do; at the usual sizes they stay as thin as ever.
double strokeFor(const QFont& font)
{
    return std::max(1.0, QFontMetricsF(font).height() / 20.0);
}

QColor withAlpha(QColor colour, double alpha)
{
    colour.setAlphaF(float(std::clamp(alpha, 0.0, 1.0) * colour.alphaF()));
    return colour;
}

// A bar whose ends fade out: the date may lie anywhere in it, or (approximate) even beyond it.
QBrush fadingBrush(const QRectF& rect, const QColor& colour, double fade)
{
    QLinearGradient gradient(rect.left(), 0.0, rect.right(), 0.0);
    gradient.setColorAt(0.0, withAlpha(colour, 0.0));
    gradient.setColorAt(fade, colour);
    gradient.setColorAt(1.0 - fade, colour);
    gradient.setColorAt(1.0, withAlpha(colour, 0.0));
    return gradient;
}

// n overlapping copies of a colour of opacity `alpha` look like one of this opacity.
double stackedAlpha(double alpha, int n)
{
    return 1.0 - std::pow(1.0 - alpha, std::max(1, n));
}

// A flag on a pole: the pole at the rect's centre, the pennant to its right (a chronology event).
QPainterPath flag(const QRectF& r)
{
    const double pole = std::max(1.5, r.width() * 0.18);
    const double x = r.center().x();
    QPainterPath path;
    path.addRect(QRectF(x - pole / 2, r.top(), pole, r.height()));
    QPolygonF pennant({ QPointF(x, r.top()), QPointF(x + r.width() * 0.75, r.top() + r.height() * 0.3),
        QPointF(x, r.top() + r.height() * 0.6) });
    path.addPolygon(pennant);
    path.closeSubpath();
    return path.simplified();
}

QPolygonF diamond(const QRectF& r)
{
    return QPolygonF({ QPointF(r.center().x(), r.top()), QPointF(r.right(), r.center().y()),
        QPointF(r.center().x(), r.bottom()), QPointF(r.left(), r.center().y()) });
}

QImage blankImage(QSize logical, qreal ratio)
{
    QImage image(logical * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::transparent);
    return image;
}

} // namespace

TimelinePainter::TimelinePainter(const FigureStyle& style)
    : m_style(style)
{
}

void TimelinePainter::setStyle(const FigureStyle& style)
{
    if (style.palette.color(QPalette::Base) != m_style.palette.color(QPalette::Base))
        m_sprites.clear();
    m_style = style;
}

QColor TimelinePainter::textColour(double alpha) const
{
    return withAlpha(m_style.palette.color(QPalette::Text), alpha);
}

QColor TimelinePainter::outlineColour() const
{
    const bool dark = m_style.palette.color(QPalette::Base).lightness() < 128;
    return dark ? QColor(Qt::white) : Palette::selection();
}

bool TimelinePainter::usesSprites(QPainter& p)
{
    if (!p.paintEngine() || p.paintEngine()->type() != QPaintEngine::Raster)
        return false;
    const qreal ratio = p.device()->devicePixelRatioF();
    if (ratio != m_spriteRatio) {
        m_sprites.clear();
        m_spriteRatio = ratio;
    }
    return true;
}

void TimelinePainter::paint(QPainter& p, const TimelineLayout& layout, const TimelineHighlights& highlights)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(QRectF(QPointF(0, 0), layout.size), m_style.palette.brush(QPalette::Base));
    paintLayer(p, layout, true);
    paintHighlights(p, layout, highlights);
    paintDensity(p, layout); // on top, as the band widget is over the timeline
    p.restore();
}

void TimelinePainter::paintLayer(QPainter& p, const TimelineLayout& l, bool header)
{
    const TimelineGeometry& g = l.geometry;
    p.setFont(l.font);
    paintBackground(p, l);
    paintPeriod(p, l);
    paintChronology(p, l);
    p.save();
    p.setClipRect(QRectF(l.scale.x0() - g.markSize, g.eventLane.top(), l.scale.width() + 2 * g.markSize,
        g.lanes.bottom() - g.eventLane.top()));
    paintEvents(p, l);
    paintMarks(p, l);
    p.restore();
    paintAxis(p, l);
    paintGutter(p, l);
    if (header)
        paintHeader(p, l);
}

void TimelinePainter::paintBackground(QPainter& p, const TimelineLayout& layout)
{
    const TimelineGeometry& l = layout.geometry;
    const core::TimeScale& scale = layout.scale;
    const double width = layout.size.width();
    const double top = l.density.top();
    const double bottom = l.lanes.bottom();
    const double x0 = scale.x0();
    const double x1 = scale.x1();

    for (qsizetype i = 0; i < l.laneRects.size(); ++i) {
        if (i % 2 == 0)
            p.fillRect(
                QRectF(0, l.laneRects.at(i).top(), width, l.laneRects.at(i).height()), textColour(0.035));
    }

    // The design's 2014–2020 band, faint: context, not content.
    const double a = std::max(x0, scale.dateToX(QDate(2014, 1, 1)));
    const double b = std::min(x1, scale.dateToX(QDate(2021, 1, 1)));
    if (b > a)
        p.fillRect(QRectF(a, top, b - a, l.axis.top() - top), textColour(0.045));

    for (const core::TimeTick& tick : layout.ticks()) {
        const double x = std::round(scale.timeToX(tick.time)) + 0.5;
        p.setPen(QPen(textColour(tick.major ? 0.22 : 0.1), 1.0));
        p.drawLine(QPointF(x, top), QPointF(x, bottom));
    }
    p.setPen(QPen(textColour(0.25), 1.0));
    p.drawLine(QPointF(0, l.density.bottom() - 0.5), QPointF(width, l.density.bottom() - 0.5));
    p.setPen(QPen(textColour(0.12), 1.0));
    p.drawLine(QPointF(0, l.eventLane.bottom() - 0.5), QPointF(width, l.eventLane.bottom() - 0.5));
}

void TimelinePainter::paintPeriod(QPainter& p, const TimelineLayout& layout)
{
    const TimelineGeometry& l = layout.geometry;
    const core::TimeScale& scale = layout.scale;
    double a = 0.0;
    double b = 0.0;
    if (layout.view.brush) {
        a = scale.timeToX(layout.view.brush->first);
        b = scale.timeToX(layout.view.brush->second);
    } else if (layout.view.period) {
        a = scale.dateToX(layout.view.period->first);
        b = scale.dateToX(layout.view.period->second.addDays(1));
    } else {
        return;
    }
    a = std::clamp(a, scale.x0(), scale.x1());
    b = std::clamp(b, scale.x0(), scale.x1());
    if (b <= a)
        return;
    const QColor ink = outlineColour();
    const QRectF band(a, l.density.top(), b - a, l.axis.top() - l.density.top());
    p.fillRect(band, withAlpha(ink, 0.09));
    p.fillRect(QRectF(a, l.axis.top(), b - a, 5), withAlpha(ink, 0.6));
    p.setPen(QPen(withAlpha(ink, 0.55), 1.5));
    p.drawLine(QPointF(a, band.top()), QPointF(a, l.axis.top()));
    p.drawLine(QPointF(b, band.top()), QPointF(b, l.axis.top()));
}

const QImage& TimelinePainter::diamondSprite(double alpha, double size)
{
    // alpha < 0: the ring of the base colour under a diamond. Keyed by size too (negative: not a dot's key).
    const int percent = alpha < 0.0 ? -1 : int(std::lround(alpha * 100));
    const int key = percent - (int(std::lround(size * 8)) << 10);
    auto it = m_sprites.find(key);
    if (it == m_sprites.end()) {
        // One diamond drawn once and copied to every place that has one: thousands of events cost
        // thousands of blits, not thousands of antialiased polygons.
        const int side = int(std::ceil(size)) + 2;
        QImage sprite = blankImage(QSize(side, side), m_spriteRatio);
        QPainter sp(&sprite);
        sp.setRenderHint(QPainter::Antialiasing);
        const QRectF r(1, 1, size, size);
        if (alpha < 0.0) {
            sp.setPen(QPen(m_style.palette.color(QPalette::Base), 1.0));
            sp.setBrush(m_style.palette.color(QPalette::Base));
            sp.drawPolygon(diamond(r));
        } else {
            sp.setPen(Qt::NoPen);
            sp.setBrush(withAlpha(Palette::event(), percent / 100.0));
            sp.drawPolygon(diamond(r.adjusted(0.5, 0.5, -0.5, -0.5)));
        }
        sp.end();
        it = m_sprites.insert(key, sprite);
    }
    return *it;
}

QColor TimelinePainter::chronologyColour() const
{
    return Palette::chronology(m_style.palette.color(QPalette::Base).lightness() < 128);
}

void TimelinePainter::paintChronology(QPainter& p, const TimelineLayout& l)
{
    if (!l.overlay || l.overlay->chronology.isEmpty())
        return;
    const TimelineGeometry& g = l.geometry;
    const core::TimeScale& scale = l.scale;
    const QColor colour = chronologyColour();
    const double ms = g.chronologyMarkerSize;
    p.save();
    p.setClipRect(QRectF(scale.x0() - ms, g.chronologyLane.top(), scale.width() + 2 * ms,
        g.lanes.bottom() - g.chronologyLane.top()));
    // A thin rule down through the lanes, under the documents: what happened then, across every lane;
    // fainter when there are many, so that eighty rules do not hide the documents.
    const double n = double(l.overlay->chronology.size());
    p.setPen(QPen(withAlpha(colour, std::max(0.1, 0.3 * std::sqrt(std::min(1.0, 16.0 / n)))), 1.0, Qt::DashLine));
    for (const TimelineOverlay::ChronologyMark& mark : l.overlay->chronology) {
        const double x = std::round(l.data->chronology.at(mark.event).point ? mark.marker.center().x() : mark.marker.left()) + 0.5;
        if (x < scale.x0() || x > scale.x1())
            continue;
        p.drawLine(QPointF(x, mark.marker.bottom() + 1), QPointF(x, g.lanes.bottom()));
    }
    for (const TimelineOverlay::ChronologyMark& mark : l.overlay->chronology) {
        if (mark.label.isEmpty())
            continue;
        const double x = mark.label.left();
        p.setPen(QPen(withAlpha(colour, 0.6), 1.0));
        p.drawLine(QPointF(x + 0.5, mark.label.center().y()), QPointF(x + 0.5, mark.marker.top()));
        p.setPen(textColour(0.9));
        p.drawText(mark.label.adjusted(4, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, mark.text);
    }
    p.setPen(Qt::NoPen);
    // Spans as a band under the flags.
    for (const TimelineOverlay::ChronologyMark& mark : l.overlay->chronology) {
        if (l.data->chronology.at(mark.event).point)
            continue;
        const QRectF& r = mark.marker;
        p.setBrush(withAlpha(colour, 0.55));
        p.drawRect(r);
        p.setBrush(colour);
        p.drawRect(QRectF(r.left(), r.top() - 2, std::min(2.0, r.width()), r.height() + 4));
    }
    p.setBrush(colour);
    for (const TimelineOverlay::ChronologyMark& mark : l.overlay->chronology) {
        if (l.data->chronology.at(mark.event).point)
            p.drawPath(flag(mark.marker));
    }
    p.restore();
}

void TimelinePainter::paintEvents(QPainter& p, const TimelineLayout& l)
{
    const QColor colour = Palette::event();
    for (const TimelineOverlay::EventLabel& label : l.overlay->labels) {
        const double alpha = label.accepted ? 1.0 : 0.3;
        const double x = label.label.left();
        p.setPen(QPen(withAlpha(colour, 0.6 * alpha), 1.0));
        p.drawLine(QPointF(x + 0.5, label.label.center().y()), QPointF(x + 0.5, label.marker.top()));
        p.setPen(textColour(label.accepted ? 0.9 : 0.4));
        p.drawText(label.label.adjusted(4, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, label.text);
    }

    const TimelineContent& c = *l.content;
    const bool sprites = usesSprites(p);
    const double ms = l.geometry.eventMarkerSize;
    p.save();
    p.translate(l.contentOffset(), 0.0);
    // Spans under diamonds. Events drawn at one place stack their opacity as overlapping copies would.
    p.setPen(Qt::NoPen);
    for (const EventGlyph& glyph : c.eventGlyphs) {
        if (glyph.point)
            continue;
        const double alpha
            = glyph.accepted > 0 ? stackedAlpha(0.7, glyph.accepted) : stackedAlpha(0.21, glyph.dimmed);
        const double peak = glyph.accepted > 0 ? 1.0 : stackedAlpha(0.3, glyph.dimmed);
        const QRectF& r = glyph.marker;
        p.setBrush(glyph.approximate ? fadingBrush(r, withAlpha(colour, peak), 0.3)
                                     : QBrush(withAlpha(colour, alpha)));
        p.drawRoundedRect(r, r.height() / 2, r.height() / 2);
    }
    // Every ring first, then every diamond: a run of events a pixel apart reads as one orange ribbon
    // instead of rings painting over the diamonds before them.
    auto alphaOf = [](const EventGlyph& glyph) {
        return glyph.accepted > 0 ? 1.0 : stackedAlpha(0.3, std::min(glyph.dimmed, 6));
    };
    if (sprites) {
        const QPointF spriteOffset(-1, -1);
        const QImage& ring = diamondSprite(-1.0, ms);
        for (const EventGlyph& glyph : c.eventGlyphs) {
            if (glyph.point)
                p.drawImage(glyph.marker.topLeft() + spriteOffset, ring);
        }
        for (const EventGlyph& glyph : c.eventGlyphs) {
            if (glyph.point)
                p.drawImage(glyph.marker.topLeft() + spriteOffset, diamondSprite(alphaOf(glyph), ms));
        }
    } else {
        // The same shapes as the sprites, in place.
        const QColor base = m_style.palette.color(QPalette::Base);
        p.setPen(QPen(base, 1.0));
        p.setBrush(base);
        for (const EventGlyph& glyph : c.eventGlyphs) {
            if (glyph.point)
                p.drawPolygon(diamond(QRectF(glyph.marker.topLeft(), QSizeF(ms, ms))));
        }
        p.setPen(Qt::NoPen);
        for (const EventGlyph& glyph : c.eventGlyphs) {
            if (!glyph.point)
                continue;
            p.setBrush(withAlpha(colour, double(std::lround(alphaOf(glyph) * 100)) / 100.0));
            p.drawPolygon(
                diamond(QRectF(glyph.marker.topLeft(), QSizeF(ms, ms)).adjusted(0.5, 0.5, -0.5, -0.5)));
        }
    }
    p.restore();
}

void TimelinePainter::paintMarks(QPainter& p, const TimelineLayout& l)
{
    const double stroke = strokeFor(l.font);
    const TimelineGeometry& g = l.geometry;
    const TimelineContent& c = *l.content;
    const TimelineData& data = *l.data;
    const core::TimeScale& scale = l.scale;
    const QColor hitColour = Palette::searchHit();
    const double offset = l.contentOffset();

    if (c.aggregated) {
        p.save();
        // The columns sit on a grid anchored in time: the ones cut by the plot's edges are cut here.
        p.setClipRect(QRectF(scale.x0(), g.lanes.top(), scale.width(), g.lanes.height()), Qt::IntersectClip);
        p.translate(offset, 0.0);
        p.setPen(Qt::NoPen);
        p.setBrush(hitColour);
        p.drawRects(c.hitBars.constData(), int(c.hitBars.size()));
        for (std::size_t i = 0; i < c.bars.size(); ++i) {
            if (c.bars[i].isEmpty())
                continue;
            const QColor colour = Palette::type(TimelineData::types[i % core::kDocumentTypeCount]);
            p.setBrush(i < core::kDocumentTypeCount ? colour : withAlpha(colour, 0.22));
            p.drawRects(c.bars[i].constData(), int(c.bars[i].size()));
        }
        p.restore();
        return;
    }

    const bool sprites = usesSprites(p);
    p.save();
    p.translate(offset, 0.0);
    const double left = scale.x0() - g.markSize - offset;
    const double right = scale.x1() + g.markSize - offset;
    auto visible = [&](const QRectF& r) { return r.right() >= left && r.left() <= right; };
    // Halos of search hits under everything.
    p.setPen(Qt::NoPen);
    for (const Mark& mark : c.marks) {
        if (!mark.hit || !visible(mark.rect))
            continue;
        const QRectF r = mark.rect;
        p.setBrush(withAlpha(hitColour, mark.accepted ? 1.0 : 0.5));
        if (data.docs.at(mark.doc).point)
            p.drawEllipse(r.adjusted(-4, -4, 4, 4));
        else
            p.drawRoundedRect(r.adjusted(-4, -4, 4, 4), r.height() / 2 + 4, r.height() / 2 + 4);
    }
    // Exact days of one colour go in one batch: round points as wide as the dot, on a ring of the base
    // colour that keeps neighbours apart.
    // Index type + (dimmed ? kTypes : 0), kTypes = the number of types.
    constexpr int kTypes = int(core::kDocumentTypeCount);
    std::array<QList<QPointF>, 2 * core::kDocumentTypeCount> dots;
    QList<const Mark*> roughDays; // approximate days: dotted, one by one (few)
    // A span that goes on beyond the view is cut square at the plot's edge, never into the gutter.
    p.save();
    p.setClipRect(QRectF(scale.x0() - 1 - offset, g.lanes.top(), scale.width() + 2, g.lanes.height()),
        Qt::IntersectClip);
    for (const Mark& mark : c.marks) {
        if (!visible(mark.rect))
            continue;
        const TimelineData::DocInfo& d = data.docs.at(mark.doc);
        const QRectF& r = mark.rect;
        const QColor colour = Palette::type(DocumentType(d.type));
        const double alpha = mark.accepted ? 1.0 : 0.25;
        if (d.point && !d.approximate) {
            dots[std::size_t(d.type) + (mark.accepted ? 0 : kTypes)].append(r.center());
        } else if (d.point) {
            roughDays.append(&mark);
        } else {
            const double radius = r.height() / 2;
            if (d.approximate) {
                p.setPen(Qt::NoPen);
                p.setBrush(fadingBrush(r, withAlpha(colour, 0.75 * alpha), 0.35)); // fades at its true ends
            } else {
                p.setPen(QPen(withAlpha(colour, alpha), stroke));
                p.setBrush(withAlpha(colour, 0.45 * alpha));
            }
            // Only what can show: a year-long bar at a zoom of weeks is mostly beyond the clip.
            const QRectF shown = r.intersected(
                QRectF(left - radius - 2, r.top() - 1, right - left + 2 * radius + 4, r.height() + 2));
            p.drawRoundedRect(shown.left() > r.left() || shown.right() < r.right()
                    ? QRectF(shown.left(), r.top(), shown.width(), r.height())
                    : r,
                radius, radius);
        }
    }
    p.restore();
    for (const Mark* mark : std::as_const(roughDays)) {
        const QColor colour = Palette::type(DocumentType(data.docs.at(mark->doc).type));
        const double alpha = mark->accepted ? 1.0 : 0.25;
        p.setPen(QPen(withAlpha(colour, alpha), 1.5, Qt::DotLine));
        p.setBrush(withAlpha(colour, 0.35 * alpha));
        p.drawEllipse(mark->rect);
    }
    // Every ring, then every dot: on a raster device each a copy of one pre-drawn sprite per colour.
    const double size = g.markSize;
    const double spriteSide = std::ceil(size) + 2;
    const QPointF centre(spriteSide / 2, spriteSide / 2);
    auto at = [](const QPointF& point) { return QPointF(std::round(point.x()), std::round(point.y())); };
    for (int pass = 0; pass < 2; ++pass) {
        for (std::size_t i = 0; i < dots.size(); ++i) {
            const int kind = pass == 0 ? (i < std::size_t(kTypes) ? -1 : -2) : int(i);
            if (sprites) {
                const QImage& sprite = dotSprite(kind, size);
                for (const QPointF& point : std::as_const(dots[i]))
                    p.drawImage(at(point) - centre, sprite);
                continue;
            }
            p.setPen(Qt::NoPen);
            if (kind < 0)
                p.setBrush(withAlpha(m_style.palette.color(QPalette::Base), kind == -1 ? 1.0 : 0.25));
            else
                p.setBrush(withAlpha(
                    Palette::type(TimelineData::types[std::size_t(kind % int(core::kDocumentTypeCount))]), kind < int(core::kDocumentTypeCount) ? 1.0 : 0.25));
            const double radius = kind < 0 ? (size + 1) / 2 : (size - 1) / 2;
            for (const QPointF& point : std::as_const(dots[i]))
                p.drawEllipse(at(point), radius, radius);
        }
    }
    p.restore();
}

const QImage& TimelinePainter::dotSprite(int kind, double size)
{
    // kind 0..T-1: a type's colour, T..2T-1: the same dimmed (T types); -1 / -2: the base-coloured ring, plain / dimmed.
    // Keyed by size too: the dots follow the lane height.
    const int key = (int(std::lround(size * 8)) << 8) + kind + 16;
    auto it = m_sprites.find(key);
    if (it == m_sprites.end()) {
        const double side = std::ceil(size) + 2;
        QImage sprite = blankImage(QSize(int(side), int(side)), m_spriteRatio);
        QPainter sp(&sprite);
        sp.setRenderHint(QPainter::Antialiasing);
        sp.setPen(Qt::NoPen);
        const QPointF centre(side / 2, side / 2);
        if (kind < 0) {
            sp.setBrush(withAlpha(m_style.palette.color(QPalette::Base), kind == -1 ? 1.0 : 0.25));
            sp.drawEllipse(centre, (size + 1) / 2, (size + 1) / 2);
        } else {
            sp.setBrush(
                withAlpha(Palette::type(TimelineData::types[std::size_t(kind % int(core::kDocumentTypeCount))]), kind < int(core::kDocumentTypeCount) ? 1.0 : 0.25));
            sp.drawEllipse(centre, (size - 1) / 2, (size - 1) / 2);
        }
        sp.end();
        it = m_sprites.insert(key, sprite);
    }
    return *it;
}

void TimelinePainter::paintHighlights(
    QPainter& p, const TimelineLayout& l, const TimelineHighlights& highlights)
{
    const TimelineGeometry& g = l.geometry;
    const TimelineContent& c = *l.content;
    const core::TimeScale& scale = l.scale;
    const qint64 current = highlights.current;
    const qint64 hovered = highlights.hovered;
    const QColor ink = outlineColour();
    if (!highlights.chronology.isEmpty()) {
        const QRectF r = l.chronologyMarker(highlights.chronology);
        if (!r.isEmpty()) {
            p.setPen(QPen(ink, 2.0));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(r.adjusted(-3, -3, 3, 3), 3, 3);
        }
    }
    if (c.aggregated) {
        if (current) {
            const QRectF r = l.markRect(current);
            if (!r.isEmpty()) {
                p.setPen(QPen(ink, 2.0));
                p.setBrush(Qt::NoBrush);
                p.drawRect(r.adjusted(-2, -1, 2, 1));
            }
        }
        return;
    }
    if (!current && !hovered && !highlights.involved)
        return;
    const double offset = l.contentOffset();
    p.save();
    p.setClipRect(QRectF(scale.x0() - g.markSize, g.eventLane.top(), scale.width() + 2 * g.markSize,
        g.lanes.bottom() - g.eventLane.top()));
    p.translate(offset, 0.0);
    const double left = scale.x0() - g.markSize - offset;
    const double right = scale.x1() + g.markSize - offset;
    // Outlines of the current document, the hovered one and the hovered correspondent's.
    for (const Mark& mark : c.marks) {
        const TimelineData::DocInfo& d = l.data->docs.at(mark.doc);
        const bool involved = highlights.involved && highlights.involved(d.id);
        if ((d.id != current && d.id != hovered && !involved) || mark.rect.right() < left
            || mark.rect.left() > right)
            continue;
        const QRectF& r = mark.rect;
        p.setPen(QPen(ink, d.id == current ? 2.5 : 1.5));
        p.setBrush(Qt::NoBrush);
        const QRectF o = r.adjusted(-3, -3, 3, 3);
        if (d.point)
            p.drawEllipse(o);
        else
            p.drawRoundedRect(o, o.height() / 2, o.height() / 2);
    }
    p.restore();
}

void TimelinePainter::paintAxis(QPainter& p, const TimelineLayout& l)
{
    const QRectF axis = l.geometry.axis;
    const core::TimeScale& scale = l.scale;
    const double width = l.size.width();
    const double stroke = strokeFor(l.font);
    p.setPen(QPen(textColour(0.55), stroke));
    p.drawLine(QPointF(scale.x0(), axis.top() + 0.5), QPointF(scale.x1(), axis.top() + 0.5));
    const QFontMetricsF fm(l.font);
    QFont bold = l.font;
    bold.setBold(true);
    p.save();
    p.setClipRect(QRectF(scale.x0(), axis.top(), width - scale.x0(), axis.height()));
    for (const core::TimeTick& tick : l.ticks()) {
        const double x = std::round(scale.timeToX(tick.time)) + 0.5;
        p.setPen(QPen(textColour(tick.major ? 0.8 : 0.5), stroke));
        p.drawLine(QPointF(x, axis.top()), QPointF(x, axis.top() + (tick.major ? 8 : 5) * stroke));
        const QFontMetricsF tfm(tick.major ? bold : l.font);
        const double labelWidth = tfm.horizontalAdvance(tick.label) + 2;
        if (x + 3 + labelWidth > width - 2)
            continue; // a half-cut label reads as a different date
        p.setFont(tick.major ? bold : l.font);
        p.setPen(textColour(tick.major ? 0.95 : 0.75));
        p.drawText(QRectF(x + 3, axis.top() + 6, labelWidth, fm.height() + 3),
            Qt::AlignLeft | Qt::AlignVCenter, tick.label);
    }
    p.restore();
    p.setFont(l.font);
}

void TimelinePainter::paintGutter(QPainter& p, const TimelineLayout& layout)
{
    const TimelineGeometry& l = layout.geometry;
    const TimelineData& data = *layout.data;
    const double x0 = layout.scale.x0();
    const QFontMetricsF fm(layout.font);
    const double line = fm.height();
    const double pad = std::round(line * 0.5);
    const double chip = std::round(line * 0.6);
    const double textLeft = pad;
    const double textWidth = x0 - pad * 2;

    p.setPen(textColour(0.75));
    const QRectF densityLabel(textLeft, l.density.top() + 2, textWidth, line);
    p.drawText(densityLabel, Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(QCoreApplication::translate("littoral::ui::TimelineView", "Documents / %1")
                          .arg(layout.density.bucketName()),
            Qt::ElideRight, textWidth));
    // Month- and year-dated documents are spread over their buckets, so the peak can be fractional;
    // people count documents in whole numbers.
    const QString peak = QCoreApplication::translate("littoral::ui::TimelineView", "peak %1")
                             .arg(QLocale().toString(qRound(layout.density.maximum())));
    if (l.density.height() >= line * 2.2)
        p.drawText(
            QRectF(textLeft, densityLabel.bottom(), textWidth, line), Qt::AlignLeft | Qt::AlignVCenter, peak);

    if (!l.chronologyLane.isEmpty())
        p.drawText(QRectF(textLeft, l.chronologyLane.bottom() - line - 3, textWidth, line),
            Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(QCoreApplication::translate("littoral::ui::TimelineView", "Chronology"), Qt::ElideRight,
                textWidth));
    const QRectF eventsLabel(textLeft, l.eventLane.bottom() - line - 3, textWidth, line);
    p.setPen(textColour(0.75));
    p.drawText(eventsLabel, Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(QCoreApplication::translate("littoral::ui::TimelineView", "Mentioned events"),
            Qt::ElideRight, textWidth));
    p.setFont(layout.font);

    for (qsizetype i = 0; i < data.lanes.size() && i < l.laneRects.size(); ++i) {
        const TimelineData::Lane& lane = data.lanes.at(i);
        const QRectF r = l.laneRects.at(i);
        if (r.height() < line * 0.8 && i % 2 == 1)
            continue; // too thin for every label: name every other lane
        double x = textLeft;
        if (lane.type >= 0) {
            p.setPen(Qt::NoPen);
            p.setBrush(Palette::type(DocumentType(lane.type)));
            p.drawEllipse(QRectF(x, r.center().y() - chip / 2, chip, chip));
            x += chip + pad * 0.6;
        }
        p.setPen(textColour(0.9));
        p.drawText(QRectF(x, r.top(), x0 - pad - x, r.height()), Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(lane.name, Qt::ElideRight, x0 - pad - x));
    }

    p.setPen(textColour(0.6));
    if (data.undated > 0) {
        p.drawText(QRectF(textLeft, l.axis.top() + 6, textWidth, line + 3), Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(QCoreApplication::translate(
                              "littoral::ui::TimelineView", "%Ln undated", nullptr, data.undated),
                Qt::ElideRight, textWidth));
    }
    // Events off screen are announced at the edge they lie beyond: links the widget lets one click.
    for (const bool later : { false, true }) {
        const int n = later ? layout.overlay->eventsAfter : layout.overlay->eventsBefore;
        if (n <= 0)
            continue;
        p.setPen(m_style.palette.color(QPalette::Link));
        p.drawText(layout.edgeNoteRect(later),
            later ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter,
            TimelineLayout::edgeNoteText(later, n));
    }
}

void TimelinePainter::paintHeader(QPainter& p, const TimelineLayout& layout)
{
    const QColor neutral = textColour(0.6);
    QFont bold = layout.font;
    bold.setBold(true);
    for (const TimelineLegend::Entry& e : layout.legend.entries) {
        const QRectF& r = e.swatchRect;
        switch (e.swatch) {
        case TimelineLegend::Swatch::PeriodBar:
            if (!r.isEmpty())
                p.fillRect(r, withAlpha(outlineColour(), 0.6));
            break;
        case TimelineLegend::Swatch::Type: {
            const QColor colour = Palette::type(DocumentType(e.type));
            p.setPen(Qt::NoPen);
            p.setBrush(e.struck ? withAlpha(colour, 0.3) : colour);
            p.drawEllipse(r);
            break;
        }
        case TimelineLegend::Swatch::ExactDay:
            p.setPen(Qt::NoPen);
            p.setBrush(neutral);
            p.drawEllipse(r);
            break;
        case TimelineLegend::Swatch::Span: {
            const QRectF bar = r.adjusted(0, r.height() * 0.15, 0, -r.height() * 0.15);
            p.setPen(QPen(neutral, 1.0));
            p.setBrush(withAlpha(neutral, 0.45));
            p.drawRoundedRect(bar, bar.height() / 2, bar.height() / 2);
            break;
        }
        case TimelineLegend::Swatch::Approximate: {
            const QRectF bar = r.adjusted(0, r.height() * 0.15, 0, -r.height() * 0.15);
            p.setPen(Qt::NoPen);
            p.setBrush(fadingBrush(bar, withAlpha(neutral, 0.75), 0.35));
            p.drawRoundedRect(bar, bar.height() / 2, bar.height() / 2);
            break;
        }
        case TimelineLegend::Swatch::Event:
            p.setPen(Qt::NoPen);
            p.setBrush(Palette::event());
            p.drawPolygon(diamond(r));
            break;
        case TimelineLegend::Swatch::Band:
            p.fillRect(r.adjusted(0, -2, 0, 2), textColour(0.1));
            break;
        case TimelineLegend::Swatch::Chronology:
            p.setPen(Qt::NoPen);
            p.setBrush(e.struck ? withAlpha(chronologyColour(), 0.3) : chronologyColour());
            p.drawPath(flag(r));
            break;
        }
        QFont f = e.bold ? bold : layout.font;
        f.setStrikeOut(e.struck);
        p.setFont(f);
        p.setPen(textColour(e.textAlpha));
        p.drawText(e.textRect, Qt::AlignLeft | Qt::AlignVCenter, e.text);
    }
    p.setFont(layout.font);
}

void TimelinePainter::paintDensity(QPainter& p, const TimelineLayout& l)
{
    const QRect target = l.geometry.density.toRect();
    if (target.isEmpty())
        return;
    DensityChart chart;
    chart.setBins(l.density);
    chart.setView(
        QSizeF(target.size()), l.scale.x0() - target.x(), l.scale.width(), l.scale.start(), l.scale.end());
    if (p.paintEngine() && p.paintEngine()->type() == QPaintEngine::Raster) {
        QImage band = blankImage(target.size(), p.device()->devicePixelRatioF());
        QPainter bp(&band);
        bp.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        chart.render(bp, QRectF(QPointF(0, 0), QSizeF(target.size())));
        bp.end();
        p.drawImage(target.topLeft(), band);
        return;
    }
    p.save();
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    chart.render(p, QRectF(target));
    p.restore();
}

} // namespace littoral::render
