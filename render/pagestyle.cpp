// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/pagestyle.h"

#include <QColor>
#include <QGuiApplication>

namespace littoral::render {

FigureStyle pageFigureStyle(int pixelSize)
{
    // Black on white whatever the window's theme: a page is printed.
    QPalette palette(Qt::black, Qt::white);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x2b, 0x6c, 0xb0));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    QFont font = QGuiApplication::font();
    font.setPixelSize(pixelSize);
    return { palette, font };
}

} // namespace littoral::render
