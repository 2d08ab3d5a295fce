// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/figureexporter.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QScreen>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace littoral::render {

using core::ErrorCode;
using core::fail;

namespace {

// The dots per inch a figure's fonts were measured at (QFontMetricsF without a device uses the
// screen's): an SVG or PDF at another resolution would draw its text at another size than its boxes.
int figureDpi()
{
    const QScreen* screen = QGuiApplication::primaryScreen();
    return screen ? std::max(1, int(std::lround(screen->logicalDotsPerInchY()))) : 96;
}

} // namespace

QString FigureExporter::suffix(FigureFormat format)
{
    switch (format) {
    case FigureFormat::Png:
        return QStringLiteral("png");
    case FigureFormat::Svg:
        return QStringLiteral("svg");
    case FigureFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

std::optional<FigureFormat> FigureExporter::formatOf(const QString& fileName)
{
    const QString wanted = QFileInfo(fileName).suffix().toLower();
    for (const FigureFormat format : formats())
        if (suffix(format) == wanted)
            return format;
    return std::nullopt;
}

QSize FigureExporter::pixelSize(const Figure& figure, int width, int scale)
{
    if (figure.size.isEmpty() || width < 0 || scale < 1)
        return {};
    const int logical = width > 0 ? width : figure.size.width();
    const int height = std::max(1, int(std::lround(double(figure.size.height()) * logical / figure.size.width())));
    return QSize(logical, height) * scale;
}

QImage FigureExporter::image(const Figure& figure, int width, int scale)
{
    const QSize pixels = pixelSize(figure, width, scale);
    if (figure.isNull() || pixels.isEmpty() || pixels.width() > kMaxPixels || pixels.height() > kMaxPixels)
        return {};
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return {}; // out of memory
    image.fill(Qt::transparent);
    // Enlarged through the device pixel ratio rather than a transform: the figure is laid out in its
    // own pixels and draws its fine detail (hairlines, stamped marks) for the pixels it really gets.
    // QPainter takes no ratio below 1: a smaller picture (a thumbnail) is a scaled painter.
    const double ratio = double(pixels.width()) / figure.size.width();
    image.setDevicePixelRatio(std::max(1.0, ratio));
    QPainter painter(&image);
    if (ratio < 1.0)
        painter.scale(ratio, ratio);
    figure.paint(painter);
    painter.end();
    image.setDevicePixelRatio(scale);
    return image;
}

core::Result<void> FigureExporter::write(const Figure& figure, const FigureExportOptions& options, QIODevice& device)
{
    if (figure.isNull())
        return fail(ErrorCode::InvalidInput, tr("there is no figure to write"));
    switch (options.format) {
    case FigureFormat::Png: {
        if (options.scale != 1 && options.scale != 2)
            return fail(ErrorCode::InvalidInput, tr("the scale must be 1× or 2×"));
        const QSize pixels = pixelSize(figure, options.width, options.scale);
        if (pixels.isEmpty() || pixels.width() > kMaxPixels || pixels.height() > kMaxPixels)
            return fail(ErrorCode::InvalidInput,
                tr("an image of %1 × %2 pixels is too large (at most %3 a side): choose a smaller width")
                    .arg(QLocale().toString(pixels.width()), QLocale().toString(pixels.height()), QLocale().toString(kMaxPixels)));
        const QImage picture = image(figure, options.width, options.scale);
        if (picture.isNull())
            return fail(ErrorCode::Io, tr("not enough memory for an image of %1 × %2 pixels")
                                           .arg(QLocale().toString(pixels.width()), QLocale().toString(pixels.height())));
        if (!picture.save(&device, "PNG"))
            return fail(ErrorCode::Io, tr("the PNG image could not be written: %1").arg(device.errorString()));
        return {};
    }
    case FigureFormat::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&device);
        svg.setResolution(figureDpi());
        svg.setSize(figure.size);
        svg.setViewBox(QRect(QPoint(0, 0), figure.size));
        svg.setTitle(figure.caption);
        svg.setDescription(figure.caption);
        QPainter painter;
        if (!painter.begin(&svg))
            return fail(ErrorCode::Io, tr("the SVG drawing could not be started"));
        figure.paint(painter);
        painter.end();
        return {};
    }
    case FigureFormat::Pdf: {
        QPdfWriter pdf(&device);
        const int dpi = figureDpi();
        pdf.setResolution(dpi);
        pdf.setTitle(figure.caption);
        pdf.setCreator(QStringLiteral("Littoral"));
        // One page of the figure's own proportions and size, no margin: a figure to place in a document.
        const QSizeF points = QSizeF(figure.size) * 72.0 / dpi;
        pdf.setPageLayout(QPageLayout(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch),
            QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Point));
        QPainter painter;
        if (!painter.begin(&pdf))
            return fail(ErrorCode::Io, tr("the PDF document could not be started"));
        // The page holds whole points: the figure is scaled to fill it exactly.
        painter.scale(double(pdf.width()) / figure.size.width(), double(pdf.height()) / figure.size.height());
        figure.paint(painter);
        if (!painter.end())
            return fail(ErrorCode::Io, tr("the PDF document could not be written: %1").arg(device.errorString()));
        return {};
    }
    }
    return fail(ErrorCode::InvalidInput, tr("unknown figure format"));
}

core::Result<void> FigureExporter::write(const Figure& figure, const FigureExportOptions& options, const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, tr("cannot write %1: %2").arg(shown, file.errorString()));
    if (auto written = write(figure, options, file); !written) {
        file.cancelWriting();
        return fail(written.error().code, tr("cannot write %1: %2").arg(shown, written.error().detail));
    }
    if (!file.commit())
        return fail(ErrorCode::Io, tr("cannot write %1: %2").arg(shown, file.errorString()));
    return {};
}

} // namespace littoral::render
