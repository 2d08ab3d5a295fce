// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/documentrepository.h"

#include <QObject>
#include <QPointer>

class QAction;
class QLabel;
class QTableView;
class QWidget;

namespace littoral::core {
class CorpusSession;
class DocumentFilterProxy;
class DocumentTableModel;
class SelectionState;
}

namespace littoral::ui {

// The review flow: the "Needs review" filter of the document list (unreviewed documents, the least
// sure first), N for the next one, Ctrl+Enter to mark the current one reviewed and move on, and
// "312 of 2,140 reviewed" in the status bar. Every mark goes through the session. GUI thread.
class ReviewController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewController)
public:
    ReviewController(core::SelectionState* selection, core::DocumentTableModel* model, core::DocumentFilterProxy* proxy,
        QTableView* table, QWidget* window);

    void setSession(core::CorpusSession* session);
    // What the corpus says now (read on the pool by CorpusRefresher); ordered as the session's needsReview().
    void setReviewState(QList<core::ReviewItem> unreviewed, core::ReviewCounts counts);

    QAction* filterAction() const { return m_filter; }
    QAction* nextAction() const { return m_next; }
    QAction* markReviewedAction() const { return m_markReviewed; }
    QAction* markUnreviewedAction() const { return m_markUnreviewed; }
    QLabel* statusLabel() const { return m_status; }

    // The document needing review after `current` in review order (the first when `current` is not
    // one of them); 0 when every document is reviewed.
    qint64 nextAfter(qint64 current) const;
    void goToNext();
    void markReviewedAndNext();
    void markUnreviewed();
    void setFilterOn(bool on);

signals:
    void reviewStateChanged();

private:
    bool mark(qint64 documentId, bool reviewed);
    void showCounts();
    void pushToModel();

    core::SelectionState* m_selection;
    core::DocumentTableModel* m_model;
    core::DocumentFilterProxy* m_proxy;
    QTableView* m_table;
    QWidget* m_window;
    QPointer<core::CorpusSession> m_session;
    QList<core::ReviewItem> m_unreviewed;
    core::ReviewCounts m_counts;
    bool m_known = false;
    QAction* m_filter;
    QAction* m_next;
    QAction* m_markReviewed;
    QAction* m_markUnreviewed;
    QLabel* m_status;
    // The list's sort before the filter sorted it by review order, restored when it is turned off.
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace littoral::ui
