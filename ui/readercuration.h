// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/document.h"
#include "core/models/factsmodel.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenu;
class QPlainTextEdit;
class QTableView;

namespace littoral::core {
class CorpusSession;
}

namespace littoral::ui {

// Correcting the document in the reader pane: the facts table's inline editing, its context menu
// (add, remove, person ↔ organisation) and Delete key, and the reader's "Use as…" menu that makes a
// fact of the selected words with their exact offset. Every write is one CorpusSession command; when
// the session says the shown document changed, the pane is shown again in place (same fact row, same
// scroll). GUI thread.
class ReaderCuration final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderCuration)
public:
    enum class UseAs { Sender, Recipient, Copy, Date, Place, Event };

    // `reshow` shows a document again in the pane (MainWindow::showDocument).
    ReaderCuration(QTableView* facts, core::FactsModel* model, QPlainTextEdit* reader, std::function<void(qint64)> reshow,
        QObject* parent);

    // The session writes go to; null or read-only: nothing is editable.
    void setSession(core::CorpusSession* session);

    // Makes a fact of the reader's selected words (creating it, or replacing the fact it corrects).
    // False, with messageShown(), when nothing could be made of them.
    bool useSelectionAs(UseAs what, core::CorrespondentKind kind = core::CorrespondentKind::Person);
    // The "Use as" submenu for the current selection (its actions carry object names "useAs<What>[Org]").
    QMenu* useAsMenu(QWidget* parent);
    // Opens an editor on a new participant (or event) row of the facts table.
    void startAdding(core::FactsModel::Kind kind, core::ParticipantRole role = core::ParticipantRole::Sender);
    bool removeCurrentFact();
    QAction* removeAction() const { return m_remove; }

Q_SIGNALS:
    // Something the user should read (a refused edit): for the status bar.
    void messageShown(const QString& message);

private:
    void showFactsMenu(const QPoint& pos);
    void showReaderMenu(const QPoint& pos);
    void refresh(qint64 documentId);
    bool writable() const;

    QTableView* m_factsView;
    core::FactsModel* m_model;
    QPlainTextEdit* m_reader;
    std::function<void(qint64)> m_reshow;
    QPointer<core::CorpusSession> m_session;
    QMetaObject::Connection m_documentsChanged;
    QAction* m_remove = nullptr;
};

} // namespace littoral::ui
