// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace littoral::core {
class CorpusSession;
class HistoryModel;
}

namespace littoral::ui {

// Edit ▸ History: every change kept in the corpus, newest first, sortable and filterable; Revert
// records a change cancelling the selected one; a double-click on a document change shows that
// document. Follows the log live. GUI thread.
class HistoryDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryDialog)
public:
    explicit HistoryDialog(QWidget* parent = nullptr);

    void setSession(core::CorpusSession* session);
    void refresh();

    core::HistoryModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    QLineEdit* filterEdit() const { return m_filter; }
    QCheckBox* attentionOnly() const { return m_attentionOnly; }
    QPushButton* revertButton() const { return m_revert; }
    // The last refusal or failure, as shown under the table (empty when the last action worked).
    QString message() const;

    // Reverts the change on this row of the (sorted, filtered) table.
    void revertRow(int row);
    void selectChange(qint64 changeId);

signals:
    // A document change was double-clicked: show the document read from this file.
    void documentRequested(const QString& sourcePath);

private:
    void updateButtons();
    void showMessage(const QString& text);

    QPointer<core::CorpusSession> m_session;
    core::HistoryModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QLineEdit* m_filter;
    QCheckBox* m_attentionOnly;
    QPushButton* m_revert;
    QLabel* m_message;
};

} // namespace littoral::ui
