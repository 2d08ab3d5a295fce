// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/helpmenu.h"

#include "ui/aboutdialog.h"
#include "ui/gettingstarteddialog.h"
#include "ui/retranslator.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace littoral::ui {

HelpMenu::HelpMenu(QMainWindow* window)
    : QObject(window)
    , m_window(window)
    , m_menu(window->menuBar()->addMenu(QString()))
    , m_gettingStarted(m_menu->addAction(QString(), this, [this] { showGettingStarted(); }))
    , m_about(m_menu->addAction(QString(), this, [this] { showAbout(); }))
{
    m_menu->setObjectName(QStringLiteral("helpMenu"));
    m_gettingStarted->setObjectName(QStringLiteral("gettingStartedAction"));
    m_about->setObjectName(QStringLiteral("aboutAction"));
    m_about->setMenuRole(QAction::AboutRole);
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::HelpContents);
    if (!keys.contains(QKeySequence(Qt::Key_F1)))
        keys.prepend(QKeySequence(Qt::Key_F1));
    m_gettingStarted->setShortcuts(keys);
    auto* texts = new Retranslator(window);
    texts->add([this] {
        m_menu->setTitle(tr("&Help"));
        m_gettingStarted->setText(tr("&Getting Started"));
        m_about->setText(tr("&About Littoral"));
    });
}

GettingStartedDialog* HelpMenu::showGettingStarted()
{
    if (!m_gettingStartedDialog)
        m_gettingStartedDialog = new GettingStartedDialog(m_window, m_window);
    m_gettingStartedDialog->show();
    m_gettingStartedDialog->raise();
    m_gettingStartedDialog->activateWindow();
    return m_gettingStartedDialog;
}

AboutDialog* HelpMenu::showAbout()
{
    if (!m_aboutDialog)
        m_aboutDialog = new AboutDialog(m_window);
    m_aboutDialog->show();
    m_aboutDialog->raise();
    m_aboutDialog->activateWindow();
    return m_aboutDialog;
}

} // namespace littoral::ui
