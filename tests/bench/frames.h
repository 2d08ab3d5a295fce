// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QPointF>

#include <functional>

class QImage;
class QWidget;

namespace littoral::bench {

constexpr int kFrames = 20;
constexpr double kFrameBudgetMs = 16.0;
constexpr int kMinFrames = 3;
constexpr qint64 kSeriesBudgetMs = 4000;

// Times up to `frames` frames (at least kMinFrames, then while within kSeriesBudgetMs) of: step(i) (a zoom, a pan …), then the widget rendered into image. Milliseconds.
QList<double> timeFrames(QWidget* widget, QImage& image, int frames, const std::function<void(int)>& step);
// The same painting job done the plainest way: a fill and `rects` rectangles in one drawRects batch.
QList<double> timePlainPaint(QImage& image, int rects, int frames);
QJsonObject frameStats(const QList<double>& samples);

// Synthetic input, delivered as the window system would.
void sendWheel(QWidget* widget, QPointF position, int notches);
void sendMouse(QWidget* widget, int type, QPointF position, bool buttonDown);

// Runs the event loop until done() or the timeout; false on timeout.
bool waitFor(const std::function<bool()>& done, int timeoutMs);

} // namespace littoral::bench
