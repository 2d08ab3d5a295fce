// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/documentfilterproxy.h"

#include "core/models/documenttablemodel.h"
#include "core/models/selectionstate.h"

namespace littoral::core {

DocumentFilterProxy::DocumentFilterProxy(SelectionState* selection, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_selection(selection)
{
    setSortRole(DocumentTableModel::SortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
    connect(selection, &SelectionState::filterChanged, this, &DocumentFilterProxy::invalidateFilter);
}

bool DocumentFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_selection) {
        const qint64 id = sourceModel()->index(sourceRow, 0, sourceParent).data(DocumentTableModel::DocumentIdRole).toLongLong();
        if (!m_selection->accepts(id))
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace littoral::core
