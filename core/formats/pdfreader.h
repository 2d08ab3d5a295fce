// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/extract/textdecoder.h"
#include "core/formats/rasterimage.h"
#include "core/formats/readresult.h"

#include <QByteArray>
#include <QString>

#include <expected>
#include <memory>

namespace littoral::core {

// A PDF opened through poppler-cpp (no Qt Gui: core stays free of it). Runs inside littoral-reader,
// the helper process with resource limits; tests call it directly on PDFs they wrote. Not thread-safe:
// one reader per thread.
class PdfReader final {
public:
    ~PdfReader();
    PdfReader(PdfReader&&) noexcept;
    PdfReader& operator=(PdfReader&&) noexcept;

    // Fails with PasswordProtected (locked and the password does not open it) or Damaged.
    [[nodiscard]] static std::expected<PdfReader, Rejection> open(const QByteArray& bytes, const QString& password = {});

    int pageCount() const;
    PdfMetadata metadata() const;
    // The page's text layer in reading order (columns one after the other, not interleaved), with every
    // word's box. `ocr` false. A page without fonts or words gives an empty text: it is a scan.
    ReadPage textPage(int index) const;
    bool hasTextLayer(int index) const;
    // The page rendered for OCR (grey, `dpi` dots per inch).
    [[nodiscard]] std::expected<RasterImage, Rejection> render(int index, int dpi = 300) const;

private:
    struct Private;
    explicit PdfReader(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace littoral::core
