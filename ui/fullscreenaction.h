// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>

namespace littoral::ui {

// View ▸ Full Screen (F11): checkable, it puts the window in
// full screen and back, and stays checked exactly while the window is full screen, however it got
// there. GUI thread.
class FullScreenAction final : public QAction {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FullScreenAction)
public:
    explicit FullScreenAction(QWidget* window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();

    QWidget* m_window;
};

} // namespace littoral::ui
