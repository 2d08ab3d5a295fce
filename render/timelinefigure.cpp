// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/timelinefigure.h"

#include "core/models/selectionstate.h"

#include <QPainter>

namespace littoral::render {

// PLACEHOLDER (issue 14 groundwork): a framed caption, replaced by the real painter before merge.
Figure timelineFigure(const core::SelectionState& selection, QSize size, const FigureStyle& style)
{
    Figure figure;
    figure.caption = QStringLiteral("Timeline: ") + selection.filter().describe();
    figure.size = size;
    figure.paint = [size, style, caption = figure.caption](QPainter& p) {
        p.fillRect(QRect(QPoint(0, 0), size), style.palette.base());
        p.setPen(style.palette.text().color());
        p.setFont(style.font);
        p.drawRect(QRect(QPoint(0, 0), size).adjusted(0, 0, -1, -1));
        p.drawText(QRect(QPoint(0, 0), size), Qt::AlignCenter, caption);
    };
    return figure;
}

} // namespace littoral::render
