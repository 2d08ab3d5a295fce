// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/correspondentfilterproxy.h"

#include "core/domain/correspondentkey.h"
#include "core/models/correspondentsmodel.h"

namespace littoral::core {

CorrespondentFilterProxy::CorrespondentFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CorrespondentsModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void CorrespondentFilterProxy::setFilterText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_folded = foldForMatching(text);
    invalidateRowsFilter();
}

bool CorrespondentFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_folded.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(CorrespondentsModel::SearchTextRole).toString().contains(m_folded);
}

} // namespace littoral::core
