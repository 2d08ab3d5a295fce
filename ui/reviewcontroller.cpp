// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reviewcontroller.h"

#include "core/models/documentfilterproxy.h"
#include "core/models/documenttablemodel.h"
#include "core/models/selectionstate.h"
#include "core/session/corpussession.h"
#include "ui/retranslator.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QTableView>

namespace littoral::ui {

using namespace littoral::core;

ReviewController::ReviewController(SelectionState* selection, DocumentTableModel* model, DocumentFilterProxy* proxy,
    QTableView* table, QWidget* window)
    : QObject(window)
    , m_selection(selection)
    , m_model(model)
    , m_proxy(proxy)
    , m_table(table)
    , m_window(window)
    , m_filter(new QAction(this))
    , m_next(new QAction(this))
    , m_markReviewed(new QAction(this))
    , m_markUnreviewed(new QAction(this))
    , m_status(new QLabel(window))
{
    m_filter->setCheckable(true);
    auto texts = [this] {
        m_filter->setText(tr("Needs Review"));
        m_filter->setToolTip(tr("List only the documents not yet reviewed, the least sure first"));
        m_next->setText(tr("&Next Needing Review"));
        m_markReviewed->setText(tr("Mark &Reviewed and Go to Next"));
        m_markUnreviewed->setText(tr("Mark &Unreviewed"));
    };
    if (window) {
        auto* retranslator = new Retranslator(window);
        retranslator->add(texts);
        connect(retranslator, &Retranslator::languageChanged, this, &ReviewController::showCounts);
    } else {
        texts();
    }
    // A bare N: text fields take the key for themselves, so it only acts outside them.
    m_next->setShortcut(QKeySequence(Qt::Key_N));
    m_markReviewed->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) });
    for (QAction* a : { m_next, m_markReviewed, m_markUnreviewed })
        a->setShortcutContext(Qt::WindowShortcut);
    connect(m_filter, &QAction::toggled, this, &ReviewController::setFilterOn);
    connect(m_next, &QAction::triggered, this, &ReviewController::goToNext);
    connect(m_markReviewed, &QAction::triggered, this, &ReviewController::markReviewedAndNext);
    connect(m_markUnreviewed, &QAction::triggered, this, &ReviewController::markUnreviewed);
    m_status->setObjectName(QStringLiteral("reviewStatus"));
    showCounts();
}

void ReviewController::setSession(CorpusSession* session)
{
    m_session = session;
    m_unreviewed.clear();
    m_counts = {};
    m_known = false;
    showCounts();
}

void ReviewController::setReviewState(QList<ReviewItem> unreviewed, ReviewCounts counts)
{
    m_unreviewed = std::move(unreviewed);
    m_counts = counts;
    m_known = true;
    pushToModel();
    showCounts();
    emit reviewStateChanged();
}

void ReviewController::pushToModel()
{
    QHash<qint64, double> lowest;
    lowest.reserve(m_unreviewed.size());
    for (const ReviewItem& item : std::as_const(m_unreviewed))
        lowest.insert(item.documentId, item.lowestConfidence);
    m_model->setUnreviewed(std::move(lowest));
}

void ReviewController::showCounts()
{
    const bool writable = m_session && !m_session->isReadOnly();
    for (QAction* a : { m_next, m_markReviewed, m_markUnreviewed })
        a->setEnabled(writable || a == m_next);
    if (!m_known || m_counts.total == 0) {
        m_status->clear();
        return;
    }
    const QLocale locale;
    m_status->setText(tr("%1 of %2 reviewed").arg(locale.toString(m_counts.reviewed), locale.toString(m_counts.total)));
}

qint64 ReviewController::nextAfter(qint64 current) const
{
    if (m_unreviewed.isEmpty())
        return 0;
    for (qsizetype i = 0; i < m_unreviewed.size(); ++i)
        if (m_unreviewed.at(i).documentId == current)
            return m_unreviewed.size() == 1 ? 0 : m_unreviewed.at((i + 1) % m_unreviewed.size()).documentId;
    return m_unreviewed.first().documentId;
}

void ReviewController::goToNext()
{
    const qint64 next = nextAfter(m_selection->currentDocument());
    if (next != 0)
        m_selection->setCurrentDocument(next);
    else if (m_window)
        m_status->setText(tr("Every document is reviewed"));
}

bool ReviewController::mark(qint64 documentId, bool reviewed)
{
    if (!m_session || documentId == 0)
        return false;
    const Result<Change> done = m_session->setReviewed(documentId, reviewed);
    if (!done) {
        if (m_window && m_window->isVisible())
            QMessageBox::warning(m_window, tr("Cannot mark the document"), done.error().detail);
        else
            qWarning("littoral: %s", qUtf8Printable(done.error().detail));
        return false;
    }
    if (done->id == 0)
        return true; // it already was
    // Shown at once; the refresher's reading confirms it a moment later.
    if (reviewed) {
        m_unreviewed.removeIf([documentId](const ReviewItem& item) { return item.documentId == documentId; });
        ++m_counts.reviewed;
    } else {
        // Its confidence comes with the refresher's reading; until then it heads the review.
        m_unreviewed.prepend(ReviewItem { documentId, QString(), 0.0 });
        --m_counts.reviewed;
    }
    pushToModel();
    showCounts();
    emit reviewStateChanged();
    return true;
}

void ReviewController::markReviewedAndNext()
{
    const qint64 current = m_selection->currentDocument();
    const qint64 next = nextAfter(current);
    // Move first: with the filter on, the marked row leaves the list under the cursor.
    if (next != 0 && next != current)
        m_selection->setCurrentDocument(next);
    mark(current, true);
}

void ReviewController::markUnreviewed()
{
    mark(m_selection->currentDocument(), false);
}

void ReviewController::setFilterOn(bool on)
{
    if (m_filter->isChecked() != on) {
        m_filter->setChecked(on); // toggled() comes back here
        return;
    }
    if (on == m_proxy->isUnreviewedOnly())
        return;
    if (on) {
        m_sortColumn = m_table->horizontalHeader()->sortIndicatorSection();
        m_sortOrder = m_table->horizontalHeader()->sortIndicatorOrder();
        m_proxy->setUnreviewedOnly(true);
        m_table->sortByColumn(DocumentTableModel::ReviewedColumn, Qt::AscendingOrder);
        // The review starts with the least sure document.
        if (!m_unreviewed.isEmpty())
            m_selection->setCurrentDocument(m_unreviewed.first().documentId);
    } else {
        m_proxy->setUnreviewedOnly(false);
        m_table->sortByColumn(m_sortColumn, m_sortOrder);
    }
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        m_table->scrollTo(current);
}

} // namespace littoral::ui
