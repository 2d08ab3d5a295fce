// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/ocrengine.h"

namespace littoral::core {

// PLACEHOLDER (helper "ocr")
struct OcrEngine::Private {
};

OcrEngine::OcrEngine()
    : d(std::make_unique<Private>())
{
}
OcrEngine::~OcrEngine() = default;

std::expected<void, Rejection> OcrEngine::initialise(const QString&)
{
    return std::unexpected(Rejection { RejectReason::Unreadable, QStringLiteral("not implemented") });
}
std::expected<ReadPage, Rejection> OcrEngine::recognise(const RasterImage&)
{
    return std::unexpected(Rejection { RejectReason::Unreadable, QStringLiteral("not implemented") });
}

} // namespace littoral::core
