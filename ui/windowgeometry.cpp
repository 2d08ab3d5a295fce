// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/windowgeometry.h"

#include <algorithm>

namespace littoral::ui {

QRect fitWindow(QRect wanted, QRect available)
{
    if (available.isEmpty())
        return wanted;
    if (wanted.isEmpty())
        return defaultWindowRect(available);
    QRect fitted(wanted.topLeft(), wanted.size().boundedTo(available.size()));
    // Moved in from the right and bottom first, then from the left and top: a window as large as the
    // screen ends up on it, its title bar reachable.
    if (fitted.right() > available.right())
        fitted.moveRight(available.right());
    if (fitted.bottom() > available.bottom())
        fitted.moveBottom(available.bottom());
    if (fitted.left() < available.left())
        fitted.moveLeft(available.left());
    if (fitted.top() < available.top())
        fitted.moveTop(available.top());
    return fitted;
}

QRect defaultWindowRect(QRect available, QSize preferred)
{
    if (available.isEmpty())
        return QRect(QPoint(0, 0), preferred);
    // Room left around it for the desktop's panels and the window frame the available area omits.
    const QSize room(available.width() * 9 / 10, available.height() * 9 / 10);
    QRect rect(QPoint(0, 0), preferred.boundedTo(room));
    rect.moveCenter(available.center());
    return rect;
}

} // namespace littoral::ui
