// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/briefingfigureobject.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

namespace littoral::render {

BriefingFigureObject::BriefingFigureObject(QObject* parent)
    : QObject(parent)
{
}

void BriefingFigureObject::install(QTextDocument* document)
{
    document->documentLayout()->registerHandler(kObjectType, this);
}

void BriefingFigureObject::insert(QTextCursor& cursor, const Figure& figure, qreal width)
{
    QTextCharFormat format;
    format.setObjectType(kObjectType);
    format.setProperty(FigureIndex, int(m_figures.size()));
    format.setProperty(FigureWidth, width);
    format.setProperty(FigureHeight, figure.size.isEmpty() ? 0.0 : width * figure.size.height() / figure.size.width());
    m_figures.append(figure);
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

QSizeF BriefingFigureObject::intrinsicSize(QTextDocument*, int, const QTextFormat& format)
{
    return { format.doubleProperty(FigureWidth), format.doubleProperty(FigureHeight) };
}

void BriefingFigureObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat& format)
{
    const Figure figure = m_figures.value(format.intProperty(FigureIndex));
    if (figure.isNull())
        return;
    painter->save();
    painter->translate(rect.topLeft());
    painter->scale(rect.width() / figure.size.width(), rect.height() / figure.size.height());
    painter->setClipRect(QRect(QPoint(0, 0), figure.size));
    figure.paint(*painter);
    painter->restore();
}

} // namespace littoral::render
