// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/pdfreader.h"

#include "core/formats/pagelayout.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

#include <QDateTime>

#include <algorithm>
#include <cstring>
#include <mutex>

namespace littoral::core {

namespace {

QString fromUstring(const poppler::ustring& s)
{
    const poppler::byte_array utf8 = s.to_utf8();
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

// Poppler writes every syntax warning of a damaged file to stderr; the reader reports a Rejection
// instead.
void silencePoppler()
{
    static std::once_flag once;
    std::call_once(once, [] { poppler::set_debug_error_function([](const std::string&, void*) { }, nullptr); });
}

} // namespace

struct PdfReader::Private {
    QByteArray bytes; // poppler reads from it without copying: it lives as long as the document
    std::unique_ptr<poppler::document> document;

    std::unique_ptr<poppler::page> page(int index) const
    {
        if (index < 0 || index >= document->pages())
            return {};
        return std::unique_ptr<poppler::page>(document->create_page(index));
    }
};

PdfReader::PdfReader(std::unique_ptr<Private> p)
    : d(std::move(p))
{
}
PdfReader::~PdfReader() = default;
PdfReader::PdfReader(PdfReader&&) noexcept = default;
PdfReader& PdfReader::operator=(PdfReader&&) noexcept = default;

std::expected<PdfReader, Rejection> PdfReader::open(const QByteArray& bytes, const QString& password)
{
    silencePoppler();
    if (!bytes.startsWith("%PDF-") && !bytes.left(1024).contains("%PDF-"))
        return std::unexpected(Rejection { RejectReason::Damaged, QStringLiteral("no PDF header") });
    auto d = std::make_unique<Private>();
    d->bytes = bytes;
    const std::string pw = password.toStdString();
    d->document.reset(poppler::document::load_from_raw_data(d->bytes.constData(), int(d->bytes.size()), pw, pw));
    if (!d->document)
        return std::unexpected(Rejection { RejectReason::Damaged, QStringLiteral("poppler cannot parse it") });
    // A file with an empty user password opens locked until unlocked with it.
    // unlock() answers the new locking state, not success.
    if (d->document->is_locked())
        d->document->unlock(pw, pw);
    if (d->document->is_locked())
        return std::unexpected(Rejection { RejectReason::PasswordProtected,
            password.isEmpty() ? QStringLiteral("a password is needed") : QStringLiteral("the password does not open it") });
    if (d->document->pages() <= 0)
        return std::unexpected(Rejection { RejectReason::Damaged, QStringLiteral("no pages") });
    return PdfReader(std::move(d));
}

int PdfReader::pageCount() const { return d->document->pages(); }

PdfMetadata PdfReader::metadata() const
{
    PdfMetadata metadata;
    metadata.title = fromUstring(d->document->info_key("Title")).trimmed();
    metadata.author = fromUstring(d->document->info_key("Author")).trimmed();
    const time_t created = d->document->info_date_t("CreationDate");
    if (created > 0)
        metadata.created = QDateTime::fromSecsSinceEpoch(qint64(created), Qt::UTC);
    return metadata;
}

ReadPage PdfReader::textPage(int index) const
{
    ReadPage result;
    const auto page = d->page(index);
    if (!page)
        return result;
    const poppler::rectf rect = page->page_rect(poppler::crop_box);
    const auto orientation = page->orientation();
    const bool turned = orientation == poppler::page::landscape || orientation == poppler::page::seascape;
    result.size = turned ? QSizeF(rect.height(), rect.width()) : QSizeF(rect.width(), rect.height());

    // text_list() renders the page at 72 dpi: boxes are already in points from the top-left.
    QList<LayoutWord> words;
    for (const poppler::text_box& box : page->text_list()) {
        const QString text = fromUstring(box.text());
        if (text.trimmed().isEmpty())
            continue;
        const poppler::rectf b = box.bbox();
        words.append(LayoutWord { text, QRectF(QPointF(b.left(), b.top()), QPointF(b.right(), b.bottom())).normalized(),
            box.has_space_after() });
    }
    const PageLayout layout = PageLayout::arrange(words, result.size);
    result.text = layout.text;
    result.words.reserve(layout.order.size());
    for (qsizetype i = 0; i < layout.order.size(); ++i) {
        const LayoutWord& word = words.at(layout.order.at(i));
        result.words.append(PageWord { qint32(layout.offsets.at(i)), qint32(word.text.size()), word.box, 1.0f });
    }
    return result;
}

bool PdfReader::hasTextLayer(int index) const
{
    const auto page = d->page(index);
    if (!page)
        return false;
    for (const poppler::text_box& box : page->text_list()) {
        if (!fromUstring(box.text()).trimmed().isEmpty())
            return true;
    }
    return false;
}

std::expected<RasterImage, Rejection> PdfReader::render(int index, int dpi) const
{
    const auto page = d->page(index);
    if (!page)
        return std::unexpected(Rejection { RejectReason::Damaged, QStringLiteral("no page %1").arg(index + 1) });
    poppler::page_renderer renderer;
    renderer.set_image_format(poppler::image::format_gray8);
    renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
    renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
    const poppler::image image = renderer.render_page(page.get(), dpi, dpi);
    if (!image.is_valid() || image.width() <= 0 || image.height() <= 0)
        return std::unexpected(Rejection { RejectReason::Damaged, QStringLiteral("the page cannot be rendered") });
    // Poppler refuses a bitmap it cannot allocate ("Bogus memory allocation size") and hands back a
    // 1×1 image: a page far too large to read, not a blank one.
    const poppler::rectf rect = page->page_rect(poppler::crop_box);
    const double expected = std::max(rect.width(), rect.height()) * dpi / 72.0;
    if (std::max(image.width(), image.height()) < expected - 4)
        return std::unexpected(Rejection { RejectReason::TooDemanding,
            QStringLiteral("the page is too large to render (%1 × %2 pt)").arg(qRound(rect.width())).arg(qRound(rect.height())) });
    RasterImage raster;
    raster.width = image.width();
    raster.height = image.height();
    raster.bytesPerPixel = 1;
    raster.bytesPerLine = image.width();
    raster.dpi = dpi;
    raster.pixels.resize(qsizetype(raster.bytesPerLine) * raster.height);
    // Poppler pads its rows; RasterImage's are tight.
    for (int y = 0; y < raster.height; ++y)
        std::memcpy(raster.pixels.data() + qsizetype(y) * raster.bytesPerLine,
            image.const_data() + qsizetype(y) * image.bytes_per_row(), size_t(raster.width));
    return raster;
}

} // namespace littoral::core
