// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/pdfreader.h"

namespace littoral::core {

// PLACEHOLDER (helper "pdf")
struct PdfReader::Private {
};

PdfReader::PdfReader(std::unique_ptr<Private> p)
    : d(std::move(p))
{
}
PdfReader::~PdfReader() = default;
PdfReader::PdfReader(PdfReader&&) noexcept = default;
PdfReader& PdfReader::operator=(PdfReader&&) noexcept = default;

std::expected<PdfReader, Rejection> PdfReader::open(const QByteArray&, const QString&)
{
    return std::unexpected(Rejection { RejectReason::Damaged, QStringLiteral("not implemented") });
}
int PdfReader::pageCount() const { return 0; }
PdfMetadata PdfReader::metadata() const { return {}; }
ReadPage PdfReader::textPage(int) const { return {}; }
bool PdfReader::hasTextLayer(int) const { return false; }
std::expected<RasterImage, Rejection> PdfReader::render(int, int) const
{
    return std::unexpected(Rejection { RejectReason::Damaged, QStringLiteral("not implemented") });
}

} // namespace littoral::core
