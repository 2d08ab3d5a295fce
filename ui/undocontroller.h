// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace littoral::core {
class CorpusSession;
}

namespace littoral::ui {

// Edit ▸ Undo / Redo over the corpus's persisted change log: the session's log is the one undo
// history (no QUndoStack beside it), these two actions only name and trigger its next step.
// GUI thread.
class UndoController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UndoController)
public:
    // `parent` is the window: its messages go there.
    explicit UndoController(QWidget* parent);

    void setSession(core::CorpusSession* session);
    QAction* undoAction() const { return m_undo; }
    QAction* redoAction() const { return m_redo; }

    // Re-reads what undo and redo would do (after every change, here or by another process).
    void refresh();
    void undo();
    void redo();

signals:
    // Undo or redo failed; the message was shown (or printed).
    void failed(const QString& message);

private:
    void report(const QString& message);

    QWidget* m_window = nullptr;
    QPointer<core::CorpusSession> m_session;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
};

} // namespace littoral::ui
