// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exportdataaction.h"

#include "core/models/selectionstate.h"
#include "ui/exportdatadialog.h"
#include "ui/retranslator.h"

#include <QAction>
#include <QKeySequence>
#include <QWidget>

namespace littoral::ui {

ExportDataAction::ExportDataAction(core::SelectionState* selection, std::function<QString()> databasePath, QWidget* window)
    : QObject(window)
    , m_selection(selection)
    , m_databasePath(std::move(databasePath))
    , m_window(window)
    , m_action(new QAction(this))
    , m_retranslator(new Retranslator(window))
{
    m_action->setObjectName(QStringLiteral("exportDataAction"));
    m_retranslator->add([this] {
        m_action->setText(tr("Export &Data…"));
        m_action->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
        m_action->setStatusTip(tr("Save the current selection or the whole corpus for Gephi, spreadsheets, correspSearch or TimelineJS"));
    });
    connect(m_action, &QAction::triggered, this, &ExportDataAction::open);
    connect(m_selection, &core::SelectionState::corpusChanged, this, [this] {
        // Another corpus is on show: a dialog left open would export the one before. A running export
        // keeps its own copies and finishes.
        if (m_dialog && !m_dialog->isRunning())
            m_dialog->close();
        updateEnabled();
    });
    connect(m_selection, &core::SelectionState::corpusReloaded, this, &ExportDataAction::updateEnabled);
    updateEnabled();
}

ExportDataDialog* ExportDataAction::dialog() const
{
    return m_dialog;
}

void ExportDataAction::updateEnabled()
{
    m_action->setEnabled(!m_selection->corpus().documents().isEmpty());
}

void ExportDataAction::open()
{
    const QString path = m_databasePath();
    if (path.isEmpty() || m_selection->corpus().documents().isEmpty())
        return;
    if (!m_dialog) {
        m_dialog = new ExportDataDialog(m_selection, path, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

} // namespace littoral::ui
