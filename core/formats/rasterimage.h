// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace littoral::core {

// An 8-bit grey (or 24/32-bit colour) image in memory, for OCR: what poppler renders and what an image
// file decodes to, without Qt Gui.
struct RasterImage {
    int width = 0;
    int height = 0;
    int bytesPerPixel = 1; // 1 grey, 3 RGB, 4 RGBA
    int bytesPerLine = 0;
    int dpi = 300; // to turn pixels into points (72 per inch)
    QByteArray pixels; // height * bytesPerLine bytes
    bool isNull() const { return width <= 0 || height <= 0 || pixels.isEmpty(); }
};

} // namespace littoral::core
