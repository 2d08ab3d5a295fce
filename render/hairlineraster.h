// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QImage>
#include <QLineF>
#include <QList>
#include <QSize>

namespace littoral::render {

// Thousands of one-pixel lines of one translucent colour, drawn by counting how many lines cross
// each pixel: n lines over a pixel give what n source-over blends of the colour would, at a
// fraction of QPainter's cost per line. What a crowded graph's links are drawn with. Any thread.
class HairlineRaster final {
public:
    // `pixelRatio` device pixels per unit of the line coordinates; the image carries that ratio.
    static QImage render(const QList<QLineF>& lines, QSize size, qreal pixelRatio, const QColor& colour);
};

} // namespace littoral::render
