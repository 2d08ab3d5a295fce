// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/chronologyevent.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace littoral::core {
class CorpusSession;
}

namespace littoral::ui {

class ChronologyEventForm;
class Retranslator;

// File ▸ Chronology…: the chronology the corpus shows (the bundled events, the user's own and those
// edited or deleted), with Add, Edit, Delete, Restore bundled, Load file… and Save as…. Every change
// is one session change (Edit ▸ Undo, the History); the table follows the session. GUI thread.
class ChronologyDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChronologyDialog)
public:
    enum Column { DateColumn, LabelColumn, SourceColumn, StatusColumn, ColumnCount };
    enum class Status { Bundled, Yours, Edited, Deleted };

    ChronologyDialog(core::CorpusSession* session, QWidget* parent = nullptr);
    ~ChronologyDialog() override;

    QTableWidget* table() const { return m_table; }
    // The row of an event (-1 when not listed), its id and status.
    int rowOf(const QString& id) const;
    QString idAt(int row) const;
    Status statusAt(int row) const;
    void selectEvent(const QString& id);

    // Add / Edit open the form (window-modal, not blocking); it applies when accepted.
    ChronologyEventForm* addEvent();
    ChronologyEventForm* editEvent(const QString& id);
    ChronologyEventForm* form() const;
    // The selected rows: deleted (bundled ones hidden) / restored to the bundled event; one change each.
    bool deleteSelected();
    bool restoreSelected();
    // A CSV or JSON chronology: its good rows as one change; the rows left out listed by row.
    bool loadFile(const QString& path);
    bool saveFile(const QString& path) const;
    // What the last action said (a refusal, the rows a file left out), as shown under the table.
    QString messageText() const;

    QPushButton* addButton() const { return m_add; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* deleteButton() const { return m_delete; }
    QPushButton* restoreButton() const { return m_restore; }

private:
    void reload();
    void updateButtons();
    QStringList selectedIds() const;
    QStringList takenIds() const;
    bool apply(const core::ChronologyEvent& event);
    void say(const QString& text);
    void retranslate();

    QPointer<core::CorpusSession> m_session;
    QList<core::ChronologyEvent> m_events; // by row
    QList<Status> m_statuses;
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_delete;
    QPushButton* m_restore;
    QPushButton* m_load;
    QPushButton* m_save;
    QPushButton* m_close;
    QPlainTextEdit* m_message;
    QLabel* m_intro;
    Retranslator* m_retranslator;
    QPointer<ChronologyEventForm> m_form;
};

} // namespace littoral::ui
