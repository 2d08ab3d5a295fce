// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/fullscreenaction.h"

#include <QEvent>
#include <QWidget>

namespace littoral::ui {

FullScreenAction::FullScreenAction(QWidget* window)
    : QAction(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("fullScreenAction"));
    setCheckable(true);
    // F11, as in the desktop's browsers and editors. QKeySequence::FullScreen is not used: depending on
    // the platform theme it is Alt+Enter or Ctrl+Shift+F, which the window uses to fit the timeline.
    setShortcut(QKeySequence(Qt::Key_F11));
    setShortcutContext(Qt::WindowShortcut);
    connect(this, &QAction::triggered, this, [this](bool on) {
        m_window->setWindowState(on ? m_window->windowState() | Qt::WindowFullScreen : m_window->windowState() & ~Qt::WindowFullScreen);
    });
    m_window->installEventFilter(this);
    retranslate();
}

void FullScreenAction::retranslate()
{
    setText(tr("F&ull Screen"));
    setToolTip(tr("Use the whole screen for the window, without its frame (%1)").arg(shortcut().toString(QKeySequence::NativeText)));
}

bool FullScreenAction::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window) {
        if (event->type() == QEvent::WindowStateChange)
            setChecked(m_window->windowState().testFlag(Qt::WindowFullScreen));
        else if (event->type() == QEvent::LanguageChange)
            retranslate();
    }
    return QAction::eventFilter(watched, event);
}

} // namespace littoral::ui
