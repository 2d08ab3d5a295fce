// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "render/figure.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>

#include <optional>

class QIODevice;

namespace littoral::render {

enum class FigureFormat { Png, Svg, Pdf };

// How a figure is written. A PNG is `width` logical pixels wide (the figure scaled to it, its height
// in proportion; 0 = the figure's own width) times `scale` (1 or 2: the device pixel ratio, for
// high-density screens and print). SVG and PDF are vector, at the figure's size.
struct FigureExportOptions {
    FigureFormat format = FigureFormat::Png;
    int width = 0;
    int scale = 1;
};

// Writes a Figure as PNG, SVG (Qt Svg: title, description = the caption, viewBox) or vector PDF (one
// page of the figure's proportions, fonts embedded), atomically: the destination holds the old file or
// the whole new one. Any thread that may paint (a QGuiApplication exists).
class FigureExporter final {
    Q_DECLARE_TR_FUNCTIONS(littoral::render::FigureExporter)
public:
    static constexpr int kMaxPixels = 16384; // per side of a PNG: beyond, image viewers and memory give up

    static QList<FigureFormat> formats() { return { FigureFormat::Png, FigureFormat::Svg, FigureFormat::Pdf }; }
    // "png", "svg", "pdf".
    static QString suffix(FigureFormat format);
    // The format a file name's suffix asks for (case aside); none when it is not one of the three.
    static std::optional<FigureFormat> formatOf(const QString& fileName);

    // The pixel size of the PNG `options` ask for.
    static QSize pixelSize(const Figure& figure, int width, int scale);
    // The figure painted at `width` logical pixels (0 = its own) and `scale` device pixels per pixel;
    // the image carries that ratio. Null when the figure is null or the size is out of bounds.
    static QImage image(const Figure& figure, int width = 0, int scale = 1);

    // Writes to a device opened for writing.
    [[nodiscard]] static core::Result<void> write(const Figure& figure, const FigureExportOptions& options, QIODevice& device);
    // Writes to a file (QSaveFile: nothing is left at `path` when it fails).
    [[nodiscard]] static core::Result<void> write(const Figure& figure, const FigureExportOptions& options, const QString& path);
};

} // namespace littoral::render
