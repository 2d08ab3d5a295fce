// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/document.h"

#include <QAbstractScrollArea>
#include <QColor>
#include <QFutureWatcher>
#include <QHash>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>

#include <memory>

namespace littoral::ui {

// One extracted fact as the page view boxes it: its evidence range in Document::text, its role's
// colour and the sentence its tooltip says ("Sender: Jean Dupont — 84 % sure (OCR)").
struct PageFact {
    int id = -1; // the caller's key (the facts table's row)
    qsizetype offset = -1;
    qsizetype length = 0;
    QColor color;
    QString description;
};

// The original pages of a PDF or image document, stacked in a scroll area and fitted to its width,
// with every fact's evidence boxed on the page. The bytes are read and the pages rendered off the GUI
// thread (poppler-qt6 for a PDF, QImageReader for images and multi-page TIFF); the last few renderings
// are kept. GUI thread.
class PageView final : public QAbstractScrollArea {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageView)
public:
    enum class State { Empty, Loading, Shown, Missing, Unreadable, Locked };

    explicit PageView(QWidget* parent = nullptr);
    ~PageView() override;

    // Shows `document`'s pages (its bytes found again from its sourcePath); nothing for a document
    // without pages.
    void setDocument(const core::Document& document);
    void clear();
    void setFacts(const QList<PageFact>& facts);
    qint64 documentId() const { return m_document.id; }

    State state() const { return m_state; }
    // What the view says instead of the pages (a missing original), in the current language.
    QString message() const;
    int pageCount() const { return int(m_document.pages.size()); }
    // 1 fits the widest page to the view's width.
    qreal zoom() const { return m_zoom; }
    void setZoom(qreal zoom);
    // Every visible page has its rendering (tests wait for it).
    bool isRendered() const;
    int selectedFact() const { return m_selected; }
    // A fact's boxes in viewport pixels as now scrolled (empty when the pages do not show it).
    QList<QRectF> factRects(int id) const;
    // A PDF protected by a password (State::Locked, passwordNeeded()): shows its pages and returns
    // true when `password` opens it. Passwords are never stored with the corpus.
    bool unlock(const QString& password);
    // The file the original is read from (a message's or mbox's for an attachment).
    QString sourcePath() const { return m_document.sourcePath; }

    // The boxes (in points, one per line) of the words of `page` that overlap [offset, offset+length).
    static QList<QRectF> evidenceBoxes(const core::DocumentPage& page, qsizetype offset, qsizetype length);
    // Wide enough to read a page when it first shows beside the text.
    QSize sizeHint() const override { return { 560, 640 }; }

public Q_SLOTS:
    // Selects the fact and scrolls its first box into view.
    void showFact(int id);

Q_SIGNALS:
    // A fact's box was clicked.
    void factClicked(int id);
    // The original was read (or found missing, or unreadable, or locked).
    void loaded();
    // The original is a PDF that opens only with a password (once loaded, then on each click on the
    // view): unlock() it.
    void passwordNeeded();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    struct Original;
    struct Loaded;
    void onLoaded();
    void relayout();
    qreal scale() const; // pixels per point
    QRectF pageRect(int index) const; // in content pixels
    QRectF toViewport(int page, const QRectF& points) const;
    void requestRenders();
    int factAt(const QPointF& pos) const;

    core::Document m_document;
    QList<PageFact> m_facts;
    // Per fact: its boxes in points, by page index.
    QHash<int, QList<std::pair<int, QRectF>>> m_boxes;
    State m_state = State::Empty;
    QString m_missingPath;
    QString m_error;
    std::shared_ptr<Original> m_original;
    QFutureWatcher<std::shared_ptr<Loaded>> m_loadWatcher;
    quint64 m_generation = 0;
    QList<qreal> m_pageTops; // content pixels
    qreal m_contentHeight = 0;
    qreal m_zoom = 1.0;
    int m_selected = -1;
    // Renderings by page index at the width they were made for; the most recent last.
    struct Rendering {
        QImage image;
        int width = 0;
    };
    QHash<int, Rendering> m_renderings;
    QList<int> m_recent;
    QHash<int, int> m_pending; // page → width being rendered
};

} // namespace littoral::ui
