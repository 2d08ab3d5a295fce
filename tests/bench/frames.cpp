// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "frames.h"

#include "benchutil.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QImage>
#include <QMouseEvent>
#include <QPainter>
#include <QRandomGenerator>
#include <QThread>
#include <QWheelEvent>
#include <QWidget>

namespace littoral::bench {

QList<double> timeFrames(QWidget* widget, QImage& image, int frames, const std::function<void(int)>& step)
{
    QList<double> samples;
    QElapsedTimer spent;
    spent.start();
    for (int i = 0; i < frames; ++i) {
        // A frame that takes seconds is measured well enough by a few samples; keeps the run bounded.
        if (i >= kMinFrames && spent.elapsed() > kSeriesBudgetMs)
            break;
        QElapsedTimer timer;
        timer.start();
        if (step)
            step(i);
        widget->render(&image);
        samples << elapsedMs(timer);
    }
    return samples;
}

QList<double> timePlainPaint(QImage& image, int rects, int frames)
{
    QRandomGenerator random(7);
    QList<QRectF> boxes;
    boxes.reserve(rects);
    for (int i = 0; i < rects; ++i)
        boxes << QRectF(random.bounded(double(image.width())), random.bounded(double(image.height())), 4, 8);
    QList<double> samples;
    for (int f = 0; f < frames; ++f) {
        QElapsedTimer timer;
        timer.start();
        image.fill(Qt::white);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QColor(40, 40, 40));
        p.setBrush(QColor(70, 110, 200, 180));
        p.drawRects(boxes.constData(), int(boxes.size()));
        p.end();
        samples << elapsedMs(timer);
    }
    return samples;
}

QJsonObject frameStats(const QList<double>& samples)
{
    const double m = median(samples);
    return { { QStringLiteral("median_ms"), m }, { QStringLiteral("max_ms"), percentile(samples, 100) },
        { QStringLiteral("ratio_to_budget"), m / kFrameBudgetMs }, { QStringLiteral("frames"), int(samples.size()) } };
}

void sendWheel(QWidget* widget, QPointF position, int notches)
{
    QWheelEvent event(position, widget->mapToGlobal(position), QPoint(), QPoint(0, 120 * notches), Qt::NoButton,
        Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(widget, &event);
}

void sendMouse(QWidget* widget, int type, QPointF position, bool buttonDown)
{
    const auto eventType = QEvent::Type(type);
    const Qt::MouseButton button = eventType == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton;
    QMouseEvent event(eventType, position, widget->mapToGlobal(position), button,
        buttonDown ? Qt::LeftButton : Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(widget, &event);
}

bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (!done())
            QThread::msleep(1);
    }
    return true;
}

} // namespace littoral::bench
