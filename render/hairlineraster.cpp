// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/hairlineraster.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace littoral::render {

namespace {

// Liang–Barsky: clips the segment to [0, w) × [0, h); false when nothing is left.
bool clip(double& x0, double& y0, double& x1, double& y1, double w, double h)
{
    double t0 = 0.0, t1 = 1.0;
    const double dx = x1 - x0, dy = y1 - y0;
    const double p[4] = { -dx, dx, -dy, dy };
    const double q[4] = { x0, w - 1e-6 - x0, y0, h - 1e-6 - y0 };
    for (int k = 0; k < 4; ++k) {
        if (p[k] == 0.0) {
            if (q[k] < 0.0)
                return false;
            continue;
        }
        const double t = q[k] / p[k];
        if (p[k] < 0.0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    x1 = x0 + t1 * dx;
    y1 = y0 + t1 * dy;
    x0 = x0 + t0 * dx;
    y0 = y0 + t0 * dy;
    return true;
}

} // namespace

QImage HairlineRaster::render(const QList<QLineF>& lines, QSize size, qreal pixelRatio, const QColor& colour)
{
    const int w = std::max(1, int(std::ceil(size.width() * pixelRatio)));
    const int h = std::max(1, int(std::ceil(size.height() * pixelRatio)));
    std::vector<quint16> count(size_t(w) * size_t(h), 0);
    for (const QLineF& line : lines) {
        double x0 = line.x1() * pixelRatio, y0 = line.y1() * pixelRatio;
        double x1 = line.x2() * pixelRatio, y1 = line.y2() * pixelRatio;
        if (!clip(x0, y0, x1, y1, w, h))
            continue;
        // One pixel per step along the major axis, as a one-pixel aliased line is drawn.
        const int steps = int(std::max(std::abs(x1 - x0), std::abs(y1 - y0))) + 1;
        const double sx = (x1 - x0) / steps, sy = (y1 - y0) / steps;
        double x = x0, y = y0;
        for (int k = 0; k <= steps; ++k, x += sx, y += sy) {
            quint16& c = count[size_t(int(y)) * size_t(w) + size_t(int(x))];
            if (c < 0xffff)
                ++c;
        }
    }
    // n overlapping blends of alpha a leave 1 - (1 - a)^n; past 255 nothing shows any more.
    const double alpha = colour.alphaF();
    std::array<QRgb, 256> shade {};
    for (int n = 1; n < 256; ++n) {
        const double covered = 1.0 - std::pow(1.0 - alpha, n);
        shade[size_t(n)] = qPremultiply(qRgba(colour.red(), colour.green(), colour.blue(), int(std::lround(255 * covered))));
    }
    QImage image(w, h, QImage::Format_ARGB32_Premultiplied);
    for (int y = 0; y < h; ++y) {
        auto* row = reinterpret_cast<QRgb*>(image.scanLine(y));
        const quint16* counts = count.data() + size_t(y) * size_t(w);
        for (int x = 0; x < w; ++x)
            row[x] = shade[std::min<size_t>(counts[x], 255)];
    }
    image.setDevicePixelRatio(pixelRatio);
    return image;
}

} // namespace littoral::render
