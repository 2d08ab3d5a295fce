// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QMenu;

namespace littoral::ui {

class AboutDialog;
class GettingStartedDialog;

// The window's Help menu: Getting Started (F1) and About Littoral, each a dialog made when first
// asked for and kept. GUI thread.
class HelpMenu final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpMenu)
public:
    explicit HelpMenu(QMainWindow* window);

    QAction* gettingStartedAction() const { return m_gettingStarted; }
    QAction* aboutAction() const { return m_about; }
    GettingStartedDialog* showGettingStarted();
    AboutDialog* showAbout();

private:
    QMainWindow* m_window;
    QMenu* m_menu;
    QAction* m_gettingStarted;
    QAction* m_about;
    QPointer<GettingStartedDialog> m_gettingStartedDialog;
    QPointer<AboutDialog> m_aboutDialog;
};

} // namespace littoral::ui
