// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QWidget;

namespace littoral::core {
class SelectionState;
} // namespace littoral::core

namespace littoral::ui {

class ExportDataDialog;
class Retranslator;

// File ▸ Export Data… (Ctrl+Shift+E): opens the ExportDataDialog on the corpus on show, enabled while
// one is. GUI thread; the window hands it the selection and a way to ask for its database's path.
class ExportDataAction final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDataAction)
public:
    ExportDataAction(core::SelectionState* selection, std::function<QString()> databasePath, QWidget* window);

    QAction* action() const { return m_action; }
    // The dialog open now (nullptr when none).
    ExportDataDialog* dialog() const;
    void open();

private:
    void updateEnabled();

    core::SelectionState* m_selection = nullptr;
    std::function<QString()> m_databasePath;
    QWidget* m_window = nullptr;
    QAction* m_action = nullptr;
    Retranslator* m_retranslator = nullptr;
    QPointer<ExportDataDialog> m_dialog;
};

} // namespace littoral::ui
