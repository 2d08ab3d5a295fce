// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/figure.h"
#include "render/timelinelayout.h"

#include <QHash>
#include <QImage>

#include <functional>

class QPainter;

namespace littoral::render {

// What is outlined over the timeline: the current document, the hovered one and the documents of the
// hovered correspondent.
struct TimelineHighlights {
    qint64 current = 0;
    qint64 hovered = 0;
    std::function<bool(qint64 documentId)> involved; // empty: no correspondent hovered
    QString chronology; // the chronology event chosen (from the reader), outlined
};

// Paints a TimelineLayout on any QPainter, in the layout's logical pixels: the widget's (through its
// kept images), a figure's image, an SVG generator, a PDF page. On a raster device the many identical
// dots and diamonds are copies of one pre-drawn image each; elsewhere everything is drawn as vectors.
// The thread that owns it.
class TimelinePainter final {
public:
    explicit TimelinePainter(const FigureStyle& style = {});

    void setStyle(const FigureStyle& style); // forgets the pre-drawn marks when the colours change
    const FigureStyle& style() const { return m_style; }

    // The whole picture as a figure shows it: the base, the layer, the highlights and the density band.
    void paint(QPainter& p, const TimelineLayout& layout, const TimelineHighlights& highlights = {});
    // Everything but the density band and the highlights (and the header unless `header`) on what is
    // already there: what the widget keeps as painted.
    void paintLayer(QPainter& p, const TimelineLayout& layout, bool header);
    // The legend and the period, in the header's rectangle.
    void paintHeader(QPainter& p, const TimelineLayout& layout);
    // The density band, a Qt Charts chart rendered through its scene: vector shapes on a vector device;
    // on a raster one through a transparent image, the way the band widget draws itself.
    void paintDensity(QPainter& p, const TimelineLayout& layout);
    void paintHighlights(QPainter& p, const TimelineLayout& layout, const TimelineHighlights& highlights);

private:
    void paintBackground(QPainter& p, const TimelineLayout& l);
    void paintPeriod(QPainter& p, const TimelineLayout& l);
    void paintEvents(QPainter& p, const TimelineLayout& l);
    void paintChronology(QPainter& p, const TimelineLayout& l);
    QColor chronologyColour() const;
    void paintMarks(QPainter& p, const TimelineLayout& l);
    void paintAxis(QPainter& p, const TimelineLayout& l);
    void paintGutter(QPainter& p, const TimelineLayout& l);
    QColor textColour(double alpha = 1.0) const;
    QColor outlineColour() const;
    bool usesSprites(QPainter& p);
    const QImage& diamondSprite(double alpha, double size);
    const QImage& dotSprite(int kind, double size);

    FigureStyle m_style;
    QHash<int, QImage> m_sprites; // pre-drawn event diamonds and document dots
    qreal m_spriteRatio = 1.0;
};

} // namespace littoral::render
