// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/extract/textdecoder.h"
#include "core/formats/rasterimage.h"

#include <QByteArray>

#include <expected>

namespace littoral::core {

// A scan as an image file (.png, .jpg, .tif, multi-page TIFF), decoded through Leptonica (Tesseract's
// image library), without Qt Gui. The header is read first: an image larger than `maxPixels` is
// refused (TooDemanding) before any decoding, and a malformed one fails with Damaged.
class ImageFile final {
public:
    [[nodiscard]] static std::expected<int, Rejection> pageCount(const QByteArray& bytes);
    // `dpi` from the file, or 300 when it names none (or an implausible one).
    [[nodiscard]] static std::expected<RasterImage, Rejection> page(const QByteArray& bytes, int index, qint64 maxPixels);
};

} // namespace littoral::core
