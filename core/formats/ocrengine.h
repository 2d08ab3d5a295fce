// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/extract/textdecoder.h"
#include "core/formats/rasterimage.h"
#include "core/formats/readresult.h"

#include <QString>

#include <expected>
#include <memory>

namespace littoral::core {

// Tesseract through its C++ API (not the command line), French and English ("fra+eng"), one engine
// per thread (an engine is not thread-safe and is costly to start: keep it for every page).
// OMP_THREAD_LIMIT=1 is set before the first engine: the import's pool already uses every core.
class OcrEngine final {
public:
    OcrEngine();
    ~OcrEngine();
    OcrEngine(const OcrEngine&) = delete;
    OcrEngine& operator=(const OcrEngine&) = delete;

    // Fails with Unreadable when the language data is missing (the detail names the package).
    [[nodiscard]] std::expected<void, Rejection> initialise(const QString& languages = QStringLiteral("fra+eng"));
    // The page's words with their boxes (in points, from the image's dpi) and confidences (0..1), and
    // its text in reading order, lines by '\n' and blocks by a blank line; `ocr` true.
    [[nodiscard]] std::expected<ReadPage, Rejection> recognise(const RasterImage& image);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace littoral::core
