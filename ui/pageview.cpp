// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pageview.h"

#include "core/formats/originalsource.h"

#include <poppler-qt6.h>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHelpEvent>
#include <QImageReader>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>
#include <mutex>

namespace littoral::ui {
namespace {

constexpr qreal kMargin = 8; // around the pages, in pixels
constexpr qreal kGap = 12; // between two pages
constexpr int kCachedPages = 6;
constexpr qreal kMinZoom = 0.25;
constexpr qreal kMaxZoom = 6.0;
constexpr float kLowConfidence = 0.6f; // OCR words below it get a dotted underline

} // namespace

// The bytes of the original and, for a PDF, poppler's document: shared with the render tasks, which
// take turns on it (a poppler document is not to be rendered from two threads at once).
struct PageView::Original {
    QByteArray bytes;
    std::unique_ptr<Poppler::Document> pdf;
    std::mutex pdfMutex;
};

namespace {

void prepareForRendering(Poppler::Document& pdf)
{
    pdf.setRenderHint(Poppler::Document::Antialiasing, true);
    pdf.setRenderHint(Poppler::Document::TextAntialiasing, true);
}

} // namespace

struct PageView::Loaded {
    std::shared_ptr<Original> original;
    State state = State::Unreadable;
    QString missingPath;
    QString error;
};

PageView::PageView(QWidget* parent)
    : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("pageView"));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setBackgroundRole(QPalette::Mid);
    viewport()->setAutoFillBackground(true);
    verticalScrollBar()->setSingleStep(24);
    horizontalScrollBar()->setSingleStep(24);
    connect(&m_loadWatcher, &QFutureWatcher<std::shared_ptr<Loaded>>::finished, this, &PageView::onLoaded);
}

PageView::~PageView()
{
    // The tasks hold the original by shared pointer; only the load's result is waited for.
    m_loadWatcher.waitForFinished();
}

void PageView::clear()
{
    ++m_generation;
    m_document = {};
    m_original.reset();
    m_state = State::Empty;
    m_renderings.clear();
    m_recent.clear();
    m_pending.clear();
    m_boxes.clear();
    m_selected = -1;
    relayout();
    viewport()->update();
}

void PageView::setDocument(const core::Document& document)
{
    if (document.id != 0 && document.id == m_document.id && document.sourcePath == m_document.sourcePath
        && document.pages == m_document.pages
        && (m_state == State::Loading || m_state == State::Shown || m_state == State::Locked)) {
        m_document = document;
        return; // the same original: keep its renderings and where it is scrolled
    }
    clear();
    m_document = document;
    if (document.pages.isEmpty())
        return;
    m_state = State::Loading;
    const quint64 generation = m_generation;
    relayout();
    m_loadWatcher.setFuture(QtConcurrent::run([path = document.sourcePath, format = document.format]() {
        auto loaded = std::make_shared<Loaded>();
        const core::OriginalSource::Parts parts = core::OriginalSource::split(path);
        const QString file = parts.filePath.isEmpty() ? path : parts.filePath;
        if (!QFileInfo(file).isFile()) {
            loaded->state = State::Missing;
            loaded->missingPath = file;
            return loaded;
        }
        auto original = std::make_shared<Original>();
        if (parts.message < 0 && parts.attachment.isEmpty()) {
            QFile in(file);
            if (!in.open(QIODevice::ReadOnly)) {
                loaded->error = in.errorString();
                return loaded;
            }
            original->bytes = in.readAll();
        } else {
            core::Result<QByteArray> bytes = core::OriginalSource::bytes(path);
            if (!bytes) {
                loaded->error = bytes.error().detail;
                return loaded;
            }
            original->bytes = std::move(*bytes);
        }
        if (format == core::SourceFormat::Pdf || original->bytes.startsWith("%PDF")) {
            original->pdf = Poppler::Document::loadFromData(original->bytes);
            if (!original->pdf) {
                loaded->error = PageView::tr("it is damaged or not a PDF");
                return loaded;
            }
            if (original->pdf->isLocked()) {
                loaded->original = std::move(original);
                loaded->state = State::Locked;
                return loaded;
            }
            prepareForRendering(*original->pdf);
        } else {
            QBuffer buffer(&original->bytes);
            buffer.open(QIODevice::ReadOnly);
            QImageReader reader(&buffer);
            if (!reader.canRead()) {
                loaded->error = reader.errorString();
                return loaded;
            }
        }
        loaded->original = std::move(original);
        loaded->state = State::Shown;
        return loaded;
    }));
    setProperty("loadGeneration", generation);
}

void PageView::onLoaded()
{
    if (m_loadWatcher.future().resultCount() == 0)
        return;
    const std::shared_ptr<Loaded> result = m_loadWatcher.result();
    if (m_state != State::Loading || property("loadGeneration").toULongLong() != m_generation)
        return; // another document was shown meanwhile
    m_state = result->state;
    m_missingPath = result->missingPath;
    m_error = result->error;
    m_original = result->original;
    relayout();
    viewport()->update();
    emit loaded();
    if (m_state == State::Locked)
        emit passwordNeeded();
}

bool PageView::unlock(const QString& password)
{
    if (m_state != State::Locked || !m_original || !m_original->pdf)
        return false;
    const QByteArray bytes = password.toUtf8();
    // No render task runs on a locked document: the GUI thread may touch it.
    if (m_original->pdf->unlock(bytes, bytes) || m_original->pdf->isLocked())
        return false; // poppler answers true while it stays locked
    prepareForRendering(*m_original->pdf);
    m_state = State::Shown;
    relayout();
    viewport()->update();
    return true;
}

QString PageView::message() const
{
    switch (m_state) {
    case State::Missing:
        return tr("The original file is no longer at %1.").arg(QDir::toNativeSeparators(m_missingPath));
    case State::Unreadable:
        return tr("The original cannot be shown: %1.").arg(m_error);
    case State::Locked:
        return tr("The original is protected by a password. Click here to enter it.");
    case State::Empty:
        return m_document.id != 0 ? tr("This document has no page image: it was read from text.") : QString();
    case State::Loading:
    case State::Shown:
        break;
    }
    return {};
}

void PageView::setFacts(const QList<PageFact>& facts)
{
    m_facts = facts;
    m_boxes.clear();
    for (const PageFact& fact : facts) {
        if (fact.offset < 0 || fact.length <= 0)
            continue;
        for (int i = 0; i < m_document.pages.size(); ++i) {
            const core::DocumentPage& page = m_document.pages.at(i);
            if (page.textEnd > page.textStart && (fact.offset >= page.textEnd || fact.offset + fact.length <= page.textStart))
                continue;
            for (const QRectF& box : evidenceBoxes(page, fact.offset, fact.length))
                m_boxes[fact.id].append({ i, box });
        }
    }
    viewport()->update();
}

QList<QRectF> PageView::evidenceBoxes(const core::DocumentPage& page, qsizetype offset, qsizetype length)
{
    QList<QRectF> lines;
    const qsizetype end = offset + length;
    for (const core::PageWord& word : page.words) {
        if (word.offset < 0 || word.length <= 0 || word.offset >= end || word.offset + word.length <= offset)
            continue;
        // A word on the same line as the box being grown joins it; a word lower down starts a new one.
        if (!lines.isEmpty()) {
            QRectF& line = lines.last();
            const qreal centre = word.box.center().y();
            if (centre >= line.top() && centre <= line.bottom() && word.box.left() >= line.left()) {
                line = line.united(word.box);
                continue;
            }
        }
        lines.append(word.box);
    }
    return lines;
}

qreal PageView::scale() const
{
    qreal widest = 0;
    for (const core::DocumentPage& page : m_document.pages)
        widest = std::max(widest, page.size.width());
    if (widest <= 0)
        return 1.0;
    const qreal available = std::max<qreal>(viewport()->width() - 2 * kMargin, 50);
    return available * m_zoom / widest;
}

void PageView::relayout()
{
    const qreal s = scale();
    m_pageTops.clear();
    qreal y = kMargin;
    qreal widest = 0;
    for (const core::DocumentPage& page : m_document.pages) {
        m_pageTops.append(y);
        y += page.size.height() * s + kGap;
        widest = std::max(widest, page.size.width() * s);
    }
    m_contentHeight = m_document.pages.isEmpty() ? 0 : y - kGap + kMargin;
    const bool showsPages = m_state == State::Loading || m_state == State::Shown;
    const int height = showsPages ? int(std::ceil(m_contentHeight)) : 0;
    const int width = showsPages ? int(std::ceil(widest + 2 * kMargin)) : 0;
    verticalScrollBar()->setRange(0, std::max(0, height - viewport()->height()));
    verticalScrollBar()->setPageStep(viewport()->height());
    horizontalScrollBar()->setRange(0, std::max(0, width - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    requestRenders();
}

QRectF PageView::pageRect(int index) const
{
    const core::DocumentPage& page = m_document.pages.at(index);
    const qreal s = scale();
    const QSizeF size(page.size.width() * s, page.size.height() * s);
    const qreal contentWidth = std::max<qreal>(viewport()->width(), size.width() + 2 * kMargin);
    return { QPointF((contentWidth - size.width()) / 2, m_pageTops.value(index)), size };
}

QRectF PageView::toViewport(int page, const QRectF& points) const
{
    const QRectF rect = pageRect(page);
    const qreal s = scale();
    return QRectF(rect.left() + points.left() * s - horizontalScrollBar()->value(),
        rect.top() + points.top() * s - verticalScrollBar()->value(), points.width() * s, points.height() * s);
}

QList<QRectF> PageView::factRects(int id) const
{
    QList<QRectF> rects;
    if (m_state != State::Shown && m_state != State::Loading)
        return rects;
    for (const auto& [page, box] : m_boxes.value(id))
        rects.append(toViewport(page, box));
    return rects;
}

bool PageView::isRendered() const
{
    if (m_state != State::Shown)
        return false;
    const QRectF visible(horizontalScrollBar()->value(), verticalScrollBar()->value(), viewport()->width(), viewport()->height());
    for (int i = 0; i < m_document.pages.size(); ++i)
        if (pageRect(i).intersects(visible) && !m_renderings.contains(i))
            return false;
    return true;
}

void PageView::requestRenders()
{
    if (m_state != State::Shown || !m_original)
        return;
    const QRectF visible(horizontalScrollBar()->value(), verticalScrollBar()->value(), viewport()->width(), viewport()->height());
    const qreal ratio = devicePixelRatioF();
    for (int i = 0; i < m_document.pages.size(); ++i) {
        const QRectF rect = pageRect(i);
        if (!rect.intersects(visible.adjusted(0, -visible.height() / 2, 0, visible.height() / 2)))
            continue;
        const int width = std::max(1, int(std::lround(rect.width() * ratio)));
        if (m_renderings.value(i).width == width || m_pending.value(i) == width)
            continue;
        m_pending.insert(i, width);
        auto* watcher = new QFutureWatcher<QImage>(this);
        const quint64 generation = m_generation;
        connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, generation, i, width, ratio] {
            watcher->deleteLater();
            if (generation != m_generation || m_pending.value(i) != width)
                return; // another document, or another width, was asked for since
            m_pending.remove(i);
            QImage image = watcher->result();
            image.setDevicePixelRatio(ratio);
            m_renderings.insert(i, { image, width });
            m_recent.removeAll(i);
            m_recent.append(i);
            while (m_recent.size() > kCachedPages)
                m_renderings.remove(m_recent.takeFirst());
            viewport()->update();
        });
        const bool pdf = m_original->pdf != nullptr;
        watcher->setFuture(QtConcurrent::run([original = m_original, i, width, pdf]() -> QImage {
            if (pdf) {
                const std::lock_guard lock(original->pdfMutex);
                const std::unique_ptr<Poppler::Page> page = original->pdf->page(i);
                if (!page)
                    return {};
                const qreal dpi = 72.0 * width / std::max(1.0, page->pageSizeF().width());
                return page->renderToImage(dpi, dpi);
            }
            QBuffer buffer(&original->bytes);
            buffer.open(QIODevice::ReadOnly);
            QImageReader reader(&buffer);
            if (i > 0 && !reader.jumpToImage(i))
                return {};
            const QImage image = reader.read();
            return image.isNull() ? image : image.scaledToWidth(width, Qt::SmoothTransformation);
        }));
    }
}

void PageView::setZoom(qreal zoom)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    // The point at the top of the view stays there.
    const qreal fraction = m_contentHeight > 0 ? verticalScrollBar()->value() / m_contentHeight : 0;
    m_zoom = zoom;
    relayout();
    verticalScrollBar()->setValue(int(fraction * m_contentHeight));
    viewport()->update();
}

void PageView::showFact(int id)
{
    m_selected = id;
    const auto boxes = m_boxes.value(id);
    if (!boxes.isEmpty()) {
        const auto& [page, box] = boxes.first();
        const QRectF rect = pageRect(page);
        const qreal s = scale();
        const qreal top = rect.top() + box.top() * s;
        const qreal left = rect.left() + box.left() * s;
        // A third of the way down, so the lines before it give context.
        verticalScrollBar()->setValue(int(top - viewport()->height() / 3.0));
        if (left < horizontalScrollBar()->value() || left + box.width() * s > horizontalScrollBar()->value() + viewport()->width())
            horizontalScrollBar()->setValue(int(left - kMargin));
    }
    viewport()->update();
}

int PageView::factAt(const QPointF& pos) const
{
    int found = -1;
    qreal smallest = 0;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        for (const auto& [page, box] : it.value()) {
            const QRectF rect = toViewport(page, box).adjusted(-2, -2, 2, 2);
            const qreal area = rect.width() * rect.height();
            if (rect.contains(pos) && (found < 0 || area < smallest)) {
                found = it.key();
                smallest = area;
            }
        }
    }
    return found;
}

void PageView::paintEvent(QPaintEvent*)
{
    QPainter painter(viewport());
    if (m_state != State::Shown && m_state != State::Loading) {
        const QString text = message();
        if (!text.isEmpty()) {
            painter.setPen(palette().color(QPalette::WindowText));
            painter.drawText(viewport()->rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap, text);
        }
        return;
    }
    const QRectF visible = viewport()->rect();
    const QPointF scroll(horizontalScrollBar()->value(), verticalScrollBar()->value());
    const qreal s = scale();
    for (int i = 0; i < m_document.pages.size(); ++i) {
        const QRectF rect = pageRect(i).translated(-scroll);
        if (!rect.intersects(visible))
            continue;
        painter.fillRect(rect, Qt::white);
        if (const auto it = m_renderings.constFind(i); it != m_renderings.cend() && !it->image.isNull())
            painter.drawImage(rect, it->image); // an older width is drawn scaled until the new one comes
        painter.setPen(QPen(palette().color(QPalette::Dark), 1));
        painter.drawRect(rect.adjusted(-0.5, -0.5, 0.5, 0.5));
        // OCR's doubtful words, discreetly: a dotted line under each.
        if (m_document.pages.at(i).ocr) {
            painter.setPen(QPen(QColor(0xa0, 0x60, 0x00), 1, Qt::DotLine));
            for (const core::PageWord& word : m_document.pages.at(i).words) {
                if (word.confidence >= kLowConfidence)
                    continue;
                const qreal y = rect.top() + word.box.bottom() * s + 1;
                painter.drawLine(QPointF(rect.left() + word.box.left() * s, y), QPointF(rect.left() + word.box.right() * s, y));
            }
        }
    }
    // The evidence boxes, the selected fact's last and thicker so that it stays on top.
    auto drawFact = [&](const PageFact& fact) {
        const bool selected = fact.id == m_selected;
        for (const auto& [page, box] : m_boxes.value(fact.id)) {
            const QRectF rect = toViewport(page, box).adjusted(-2, -2, 2, 2);
            if (!rect.intersects(visible))
                continue;
            QColor fill = fact.color;
            fill.setAlpha(selected ? 70 : 40);
            painter.fillRect(rect, fill);
            painter.setPen(QPen(fact.color, selected ? 3 : 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(rect);
        }
    };
    for (const PageFact& fact : m_facts)
        if (fact.id != m_selected)
            drawFact(fact);
    for (const PageFact& fact : m_facts)
        if (fact.id == m_selected)
            drawFact(fact);
}

void PageView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    relayout();
}

void PageView::scrollContentsBy(int, int)
{
    requestRenders();
    viewport()->update();
}

void PageView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        setZoom(m_zoom * std::pow(1.15, event->angleDelta().y() / 120.0));
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void PageView::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::ZoomIn) || (event->modifiers() & Qt::ControlModifier && event->key() == Qt::Key_Equal)) {
        setZoom(m_zoom * 1.25);
        return;
    }
    if (event->matches(QKeySequence::ZoomOut)) {
        setZoom(m_zoom / 1.25);
        return;
    }
    if (event->modifiers() & Qt::ControlModifier && event->key() == Qt::Key_0) {
        setZoom(1.0);
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void PageView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && m_state == State::Locked) {
        emit passwordNeeded(); // asked again when the user asks: a refresh of the same document does not
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton) {
        if (const int id = factAt(event->position()); id >= 0) {
            m_selected = id;
            viewport()->update();
            emit factClicked(id);
            event->accept();
            return;
        }
    }
    QAbstractScrollArea::mousePressEvent(event);
}

bool PageView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const int id = factAt(help->pos());
        const auto fact = std::find_if(m_facts.cbegin(), m_facts.cend(), [id](const PageFact& f) { return f.id == id; });
        if (id >= 0 && fact != m_facts.cend())
            QToolTip::showText(help->globalPos(), fact->description, viewport());
        else
            QToolTip::hideText();
        return true;
    }
    if (event->type() == QEvent::MouseMove) {
        const auto* move = static_cast<QMouseEvent*>(event);
        viewport()->setCursor(factAt(move->position()) >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace littoral::ui
