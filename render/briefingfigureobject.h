// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/figure.h"

#include <QList>
#include <QObject>
#include <QTextObjectInterface>

class QTextCursor;

namespace littoral::render {

// Draws figures inline in a QTextDocument through their painters, so a briefing pack's PDF page gets
// the timeline and the graph as vectors (an image resource would be pixels). Registered on one
// document's layout; lives on that document's thread.
class BriefingFigureObject final : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
    Q_DISABLE_COPY_MOVE(BriefingFigureObject)
public:
    static constexpr int kObjectType = QTextFormat::UserObject + 14;

    explicit BriefingFigureObject(QObject* parent = nullptr);
    // Registers this handler on the document's layout.
    void install(QTextDocument* document);
    // Inserts `figure` at the cursor, `width` document units wide (its height keeps the figure's ratio).
    void insert(QTextCursor& cursor, const Figure& figure, qreal width);

    QSizeF intrinsicSize(QTextDocument* document, int position, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int position,
        const QTextFormat& format) override;

private:
    enum Property { FigureIndex = QTextFormat::UserProperty + 1, FigureWidth, FigureHeight };
    QList<Figure> m_figures;
};

} // namespace littoral::render
