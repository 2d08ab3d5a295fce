// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/imagefile.h"

#include <QSize>

#include <leptonica/allheaders.h>

#include <cstring>
#include <memory>
#include <mutex>
#include <optional>
#include <utility>

namespace littoral::core {

namespace {

struct PixDeleter {
    void operator()(PIX* pix) const { pixDestroy(&pix); }
};
using PixPtr = std::unique_ptr<PIX, PixDeleter>;

constexpr int kDefaultDpi = 300;
// A TIFF names at most this many pages here: the page count is a search over its directories, and a
// file claiming more is not a scan anyone made by hand.
constexpr int kMaxTiffPages = 100000;

// Leptonica prints every failure on stderr; a damaged file is a Rejection, not console noise.
void silenceLeptonica()
{
    static std::once_flag once;
    std::call_once(once, [] { setMsgSeverity(L_SEVERITY_NONE); });
}

const l_uint8* data(const QByteArray& bytes)
{
    return reinterpret_cast<const l_uint8*>(bytes.constData());
}

Rejection damaged(const QString& detail)
{
    return Rejection { RejectReason::Damaged, detail };
}

std::expected<int, Rejection> fileFormat(const QByteArray& bytes)
{
    // findFileFormatBuffer reads the first 12 bytes whatever the buffer's size.
    if (bytes.size() < 12)
        return std::unexpected(damaged(QStringLiteral("not an image")));
    l_int32 format = IFF_UNKNOWN;
    if (findFileFormatBuffer(data(bytes), &format) != 0 || format == IFF_UNKNOWN)
        return std::unexpected(damaged(QStringLiteral("not an image")));
    return format;
}

// A page's size from its header alone (no pixel decoded); nullopt when the header cannot be read.
std::optional<QSize> headerSize(const QByteArray& bytes, bool tiff, int index)
{
    l_int32 w = 0;
    l_int32 h = 0;
    l_int32 bps = 0;
    l_int32 spp = 0;
    l_int32 res = 0;
    l_int32 cmap = 0;
    l_int32 tiffFormat = 0;
    const bool read = tiff
        ? readHeaderMemTiff(data(bytes), size_t(bytes.size()), index, &w, &h, &bps, &spp, &res, &cmap, &tiffFormat) == 0
        : pixReadHeaderMem(data(bytes), size_t(bytes.size()), nullptr, &w, &h, &bps, &spp, &cmap) == 0;
    if (!read)
        return std::nullopt;
    return QSize(w, h);
}

bool tiffHasPage(const QByteArray& bytes, int index)
{
    return headerSize(bytes, true, index).has_value();
}

} // namespace

std::expected<int, Rejection> ImageFile::pageCount(const QByteArray& bytes)
{
    silenceLeptonica();
    const auto format = fileFormat(bytes);
    if (!format)
        return std::unexpected(format.error());
    if (!L_FORMAT_IS_TIFF(*format)) {
        if (!headerSize(bytes, false, 0))
            return std::unexpected(damaged(QStringLiteral("unreadable image header")));
        return 1;
    }
    // Leptonica (1.82) has no in-memory page count; each header read walks the directories from the
    // first, so search by doubling then halving rather than one page at a time (O(n log n) reads).
    if (!tiffHasPage(bytes, 0))
        return std::unexpected(damaged(QStringLiteral("unreadable image header")));
    int present = 0; // a page known to exist
    int absent = 1; // a page known not to exist, once found
    while (absent <= kMaxTiffPages && tiffHasPage(bytes, absent)) {
        present = absent;
        absent *= 2;
    }
    while (absent - present > 1) {
        const int middle = present + (absent - present) / 2;
        if (tiffHasPage(bytes, middle))
            present = middle;
        else
            absent = middle;
    }
    return present + 1;
}

std::expected<RasterImage, Rejection> ImageFile::page(const QByteArray& bytes, int index, qint64 maxPixels)
{
    silenceLeptonica();
    const auto format = fileFormat(bytes);
    if (!format)
        return std::unexpected(format.error());
    const bool tiff = L_FORMAT_IS_TIFF(*format);
    if (index < 0 || (!tiff && index > 0))
        return std::unexpected(damaged(QStringLiteral("no page %1").arg(index + 1)));

    // The size from the header alone: a 50,000 × 50,000 image must be refused before it is decoded.
    const std::optional<QSize> size = headerSize(bytes, tiff, index);
    const l_int32 w = size ? size->width() : 0;
    const l_int32 h = size ? size->height() : 0;
    if (w <= 0 || h <= 0)
        return std::unexpected(damaged(tiff && index > 0 ? QStringLiteral("no page %1").arg(index + 1)
                                                         : QStringLiteral("unreadable image header")));
    if (qint64(w) * qint64(h) > maxPixels) {
        return std::unexpected(Rejection { RejectReason::TooDemanding,
            QStringLiteral("%1 × %2 pixels, more than the %3-megapixel limit")
                .arg(w)
                .arg(h)
                .arg(double(maxPixels) / 1e6, 0, 'g', 4) });
    }

    PixPtr decoded(tiff ? pixReadMemTiff(data(bytes), size_t(bytes.size()), index)
                        : pixReadMem(data(bytes), size_t(bytes.size())));
    if (!decoded)
        return std::unexpected(damaged(QStringLiteral("image data cannot be decoded")));
    const l_int32 xres = pixGetXRes(decoded.get());
    // A transparent background is mostly black underneath: lay the page on white paper first.
    if (pixGetDepth(decoded.get()) == 32 && pixGetSpp(decoded.get()) == 4) {
        PixPtr blended(pixAlphaBlendUniform(decoded.get(), 0xffffff00));
        if (!blended)
            return std::unexpected(damaged(QStringLiteral("image data cannot be decoded")));
        decoded = std::move(blended);
    }
    if (pixGetWidth(decoded.get()) != w || pixGetHeight(decoded.get()) != h)
        return std::unexpected(damaged(QStringLiteral("image data cannot be decoded")));
    // Tesseract binarises grey itself; colour adds nothing to reading and triples the memory.
    const PixPtr grey(pixConvertTo8(decoded.get(), 0));
    if (!grey || pixGetDepth(grey.get()) != 8)
        return std::unexpected(damaged(QStringLiteral("image data cannot be decoded")));

    RasterImage image;
    image.width = w;
    image.height = h;
    image.bytesPerPixel = 1;
    image.bytesPerLine = w;
    image.dpi = xres < 50 || xres > 1200 ? kDefaultDpi : xres;
    image.pixels.resize(qsizetype(w) * h);
    // Leptonica keeps pixels in 32-bit words, the first pixel in the most significant byte: read
    // them through its accessor rather than copy the words (little-endian hosts swap the bytes).
    const l_uint32* source = pixGetData(grey.get());
    const l_int32 wpl = pixGetWpl(grey.get());
    auto* target = reinterpret_cast<unsigned char*>(image.pixels.data());
    for (l_int32 y = 0; y < h; ++y) {
        const l_uint32* line = source + qsizetype(y) * wpl;
        unsigned char* out = target + qsizetype(y) * w;
        for (l_int32 x = 0; x < w; ++x)
            out[x] = static_cast<unsigned char>(GET_DATA_BYTE(line, x));
    }
    return image;
}

} // namespace littoral::core
