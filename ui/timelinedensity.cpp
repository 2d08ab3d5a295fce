// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timelinedensity.h"

#include <QGraphicsScene>
#include <QPaintEvent>
#include <QPainter>

namespace littoral::ui {

TimelineDensity::TimelineDensity(QWidget* parent)
    : QWidget(parent)
{
    // The timeline underneath paints the background, the gridlines and the 2014–2020 band.
    setAutoFillBackground(false);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setMinimumSize(1, 1);
    // The chart may lay itself out later than asked (on a layout request): render again when it does.
    connect(m_chart.scene(), &QGraphicsScene::changed, this, &TimelineDensity::invalidateRender);
}

void TimelineDensity::applyPalette()
{
    m_chart.applyPalette();
    invalidateRender();
}

void TimelineDensity::setDocuments(
    const QList<core::DocumentSummary>& documents, const std::function<bool(qsizetype row)>& accept)
{
    m_bins.setDocuments(documents, accept);
    refill();
}

void TimelineDensity::setScale(const core::TimeScale& scale, double left)
{
    if (scale == m_scale && left == m_left)
        return;
    const Bucket bucket = render::DensityBins::bucketFor(scale);
    m_scale = scale;
    m_left = left;
    updateView();
    if (bucket != m_bins.bucket()) {
        m_bins.setBucket(bucket);
        refill();
    }
    invalidateRender();
}

void TimelineDensity::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    updateView();
    invalidateRender();
}

void TimelineDensity::invalidateRender()
{
    m_renderValid = false;
    update();
}

void TimelineDensity::paintEvent(QPaintEvent* event)
{
    const qreal ratio = devicePixelRatioF();
    const QSize pixels = size() * ratio;
    if (!m_renderValid || m_render.size() != pixels) {
        // The same way render::TimelinePainter draws the band of a figure on an image.
        if (m_render.size() != pixels)
            m_render = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
        m_render.setDevicePixelRatio(ratio);
        m_render.fill(Qt::transparent);
        QPainter painter(&m_render);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        m_chart.render(painter, QRectF(QPointF(0, 0), QSizeF(size())));
        painter.end();
        m_renderValid = true;
        ++m_renders;
    }
    QPainter painter(this);
    painter.drawImage(event->rect(), m_render,
        QRectF(QPointF(event->rect().topLeft()) * ratio, QSizeF(event->rect().size()) * ratio));
}

void TimelineDensity::updateView()
{
    m_chart.setView(QSizeF(size()), m_scale.x0() - m_left, m_scale.width(), m_scale.start(), m_scale.end());
}

void TimelineDensity::refill()
{
    m_chart.setBins(m_bins);
    ++m_seriesBuilds;
    invalidateRender();
}

} // namespace littoral::ui
