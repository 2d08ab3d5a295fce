// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/undocontroller.h"

#include "core/models/historymodel.h"
#include "core/session/corpussession.h"
#include "ui/retranslator.h"

#include <QAction>
#include <QMessageBox>
#include <QWidget>

namespace littoral::ui {

using namespace littoral::core;

UndoController::UndoController(QWidget* parent)
    : QObject(parent)
    , m_window(parent)
    , m_undo(new QAction(this))
    , m_redo(new QAction(this))
{
    m_undo->setShortcut(QKeySequence::Undo);
    // Ctrl+Shift+Z everywhere, and Ctrl+Y as on Windows and in many editors.
    m_redo->setShortcuts({ QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) });
    connect(m_undo, &QAction::triggered, this, &UndoController::undo);
    connect(m_redo, &QAction::triggered, this, &UndoController::redo);
    // "Undo %1" names the change in the interface language.
    if (parent)
        connect(new Retranslator(parent), &Retranslator::languageChanged, this, &UndoController::refresh);
    refresh();
}

void UndoController::setSession(CorpusSession* session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (session) {
        connect(session, &CorpusSession::historyChanged, this, &UndoController::refresh);
        connect(session, &CorpusSession::changedOutside, this, &UndoController::refresh);
    }
    refresh();
}

void UndoController::refresh()
{
    std::optional<Change> undo, redo;
    if (m_session && !m_session->isReadOnly()) {
        // Two reads of the log per change: a log of thousands of changes reads in milliseconds.
        if (auto target = m_session->undoTarget())
            undo = *target;
        if (auto target = m_session->redoTarget())
            redo = *target;
    }
    m_undo->setEnabled(undo.has_value());
    m_undo->setText(undo ? tr("&Undo %1").arg(HistoryModel::describe(*undo)) : tr("&Undo"));
    m_redo->setEnabled(redo.has_value());
    m_redo->setText(redo ? tr("&Redo %1").arg(HistoryModel::describe(*redo)) : tr("&Redo"));
}

void UndoController::undo()
{
    if (!m_session)
        return;
    if (auto done = m_session->undo(); !done)
        report(done.error().detail);
    refresh();
}

void UndoController::redo()
{
    if (!m_session)
        return;
    if (auto done = m_session->redo(); !done)
        report(done.error().detail);
    refresh();
}

void UndoController::report(const QString& message)
{
    if (m_window && m_window->isVisible())
        QMessageBox::warning(m_window, tr("Cannot undo"), message);
    else
        qWarning("littoral: %s", qUtf8Printable(message));
    emit failed(message);
}

} // namespace littoral::ui
