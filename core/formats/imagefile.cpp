// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/imagefile.h"

namespace littoral::core {

// PLACEHOLDER (helper "ocr")
std::expected<int, Rejection> ImageFile::pageCount(const QByteArray&)
{
    return std::unexpected(Rejection { RejectReason::Damaged, QStringLiteral("not implemented") });
}
std::expected<RasterImage, Rejection> ImageFile::page(const QByteArray&, int, qint64)
{
    return std::unexpected(Rejection { RejectReason::Damaged, QStringLiteral("not implemented") });
}

} // namespace littoral::core
