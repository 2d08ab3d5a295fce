// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/documentfilterproxy.h"

#include "core/models/documenttablemodel.h"
#include "core/models/selectionstate.h"

#include <limits>

namespace littoral::core {

DocumentFilterProxy::DocumentFilterProxy(SelectionState* selection, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_selection(selection)
{
    setSortRole(DocumentTableModel::SortRole);
    connect(selection, &SelectionState::filterChanged, this, &DocumentFilterProxy::refilter);
}

void DocumentFilterProxy::refilter()
{
    // One layout change, not invalidateFilter(): that reports each run of removed rows apart, and
    // the view's header answers each report in time proportional to all rows. A search whose hits
    // are scattered over 100,000 documents made thousands of runs: seconds of frozen window.
    invalidate();
}

void DocumentFilterProxy::setTextFilter(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    refilter();
}

const DocumentTableModel* DocumentFilterProxy::documents() const
{
    return qobject_cast<const DocumentTableModel*>(sourceModel());
}

bool DocumentFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_selection) {
        // Straight from the summary: a filter change re-asks this for every one of 100,000 rows.
        const DocumentTableModel* model = documents();
        const qint64 id = model ? model->document(sourceRow).id
                                : sourceModel()->index(sourceRow, 0, sourceParent).data(DocumentTableModel::DocumentIdRole).toLongLong();
        if (!m_selection->accepts(id))
            return false;
    }
    if (m_text.isEmpty())
        return true;
    const QAbstractItemModel* model = sourceModel();
    for (int column = 0; column < model->columnCount(sourceParent); ++column) {
        if (model->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool DocumentFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    // Dates and types compare as values, not through QVariants: sorting 100,000 rows by date makes
    // about two million comparisons. Undated documents sort last, as DocumentTableModel::SortRole says.
    const DocumentTableModel* model = documents();
    if (model && (left.column() == DocumentTableModel::DateColumn || left.column() == DocumentTableModel::TypeColumn)) {
        const DocumentSummary& a = model->document(left.row());
        const DocumentSummary& b = model->document(right.row());
        if (left.column() == DocumentTableModel::TypeColumn)
            return int(a.type) < int(b.type);
        const qint64 dayA = a.dateStart.isValid() ? a.dateStart.toJulianDay() : std::numeric_limits<qint64>::max();
        const qint64 dayB = b.dateStart.isValid() ? b.dateStart.toJulianDay() : std::numeric_limits<qint64>::max();
        return dayA < dayB;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace littoral::core
