// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QPalette>
#include <QSize>
#include <QString>

#include <functional>

class QPainter;

namespace littoral::render {

// How a figure looks: the widget's palette and font on screen, the page's in a briefing pack.
struct FigureStyle {
    QPalette palette;
    QFont font;
};

// A view's picture as a value: laid out for one size, painted on any QPainter (the widget's own, a
// PNG's, an SVG generator's, a PDF page's) in logical pixels [0, size). The painting function owns
// copies of what it draws, so a Figure outlives the view it came from and can be painted on another
// thread.
struct Figure {
    QString caption; // what it shows, in words: "Timeline · March 2016 – 2017 · sent by …"
    QSize size;
    std::function<void(QPainter&)> paint;

    bool isNull() const { return !paint || size.isEmpty(); }
};

} // namespace littoral::render
