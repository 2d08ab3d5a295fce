// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/documentfilterproxy.h"

#include "core/models/documenttablemodel.h"
#include "core/models/selectionstate.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace littoral::core {

DocumentFilterProxy::DocumentFilterProxy(SelectionState* selection, QObject* parent)
    : QAbstractProxyModel(parent)
    , m_selection(selection)
{
    if (selection) {
        connect(selection, &SelectionState::corpusChanged, this, &DocumentFilterProxy::onCorpusChanged);
        connect(selection, &SelectionState::corpusCompleted, this, &DocumentFilterProxy::onCorpusChanged);
        connect(selection, &SelectionState::corpusReloaded, this, &DocumentFilterProxy::onCorpusChanged);
        connect(selection, &SelectionState::filterChanged, this, [this] { relayout(visibleRows(), false); });
    }
}

void DocumentFilterProxy::setSourceModel(QAbstractItemModel* model)
{
    if (model == sourceModel())
        return;
    beginResetModel();
    for (const QMetaObject::Connection& c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    QAbstractProxyModel::setSourceModel(model);
    if (model) {
        // Only resets and changed cells are expected from DocumentTableModel; any other structural
        // change is taken as a reset, announced before the source changes and finished after.
        auto about = [this] { beginResetModel(); };
        auto done = [this] { onSourceReset(); };
        m_sourceConnections << connect(model, &QAbstractItemModel::modelAboutToBeReset, this, about)
                            << connect(model, &QAbstractItemModel::modelReset, this, done)
                            << connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, about)
                            << connect(model, &QAbstractItemModel::rowsInserted, this, done)
                            << connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, about)
                            << connect(model, &QAbstractItemModel::rowsRemoved, this, done)
                            << connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this, about)
                            << connect(model, &QAbstractItemModel::rowsMoved, this, done)
                            << connect(model, &QAbstractItemModel::columnsAboutToBeInserted, this, about)
                            << connect(model, &QAbstractItemModel::columnsInserted, this, done)
                            << connect(model, &QAbstractItemModel::columnsAboutToBeRemoved, this, about)
                            << connect(model, &QAbstractItemModel::columnsRemoved, this, done)
                            << connect(model, &QAbstractItemModel::columnsAboutToBeMoved, this, about)
                            << connect(model, &QAbstractItemModel::columnsMoved, this, done)
                            << connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, about)
                            << connect(model, &QAbstractItemModel::layoutChanged, this, done)
                            << connect(model, &QAbstractItemModel::dataChanged, this, &DocumentFilterProxy::onSourceDataChanged)
                            << connect(model, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
    }
    computeCorpusRows();
    computeTextMatches();
    computeOrder();
    setVisible(visibleRows());
    endResetModel();
}

void DocumentFilterProxy::onSourceReset()
{
    computeCorpusRows();
    computeTextMatches();
    computeOrder();
    setVisible(visibleRows());
    endResetModel();
}

void DocumentFilterProxy::onCorpusChanged()
{
    // Followed by filterChanged(), which lays the rows out again.
    computeCorpusRows();
}

void DocumentFilterProxy::onSourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid())
        return;
    const bool sortedColumn = m_sortColumn >= topLeft.column() && m_sortColumn <= bottomRight.column();
    const bool reviewChanged = m_unreviewedOnly && DocumentTableModel::ReviewedColumn >= topLeft.column()
        && DocumentTableModel::ReviewedColumn <= bottomRight.column();
    if (sortedColumn || !m_text.isEmpty() || reviewChanged) {
        // What the rows are sorted or filtered on may have changed: sort and filter again.
        if (!m_text.isEmpty())
            computeTextMatches();
        if (sortedColumn)
            computeOrder();
        relayout(visibleRows(), sortedColumn);
    }
    if (m_visible.isEmpty())
        return;
    // The changed source rows are scattered over the proxy: report the columns over every row, which
    // a view answers by repainting what it shows.
    emit dataChanged(index(0, topLeft.column()), index(int(m_visible.size()) - 1, bottomRight.column()), roles);
}

void DocumentFilterProxy::setTextFilter(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    computeTextMatches();
    relayout(visibleRows(), false);
}

void DocumentFilterProxy::setUnreviewedOnly(bool only)
{
    if (only == m_unreviewedOnly)
        return;
    m_unreviewedOnly = only;
    relayout(visibleRows(), false);
}

void DocumentFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder && !m_order.isEmpty())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    computeOrder();
    relayout(visibleRows(), true);
}

const DocumentTableModel* DocumentFilterProxy::documents() const
{
    return qobject_cast<const DocumentTableModel*>(sourceModel());
}

void DocumentFilterProxy::computeCorpusRows()
{
    m_corpusRow.clear();
    const QAbstractItemModel* model = sourceModel();
    if (!m_selection || !model)
        return;
    const CorpusIndex& corpus = m_selection->corpus();
    const QList<DocumentSummary>& corpusDocuments = corpus.documents();
    const int rows = model->rowCount();
    const DocumentTableModel* table = documents();
    auto idOf = [&](int row) {
        return table ? table->document(row).id : model->index(row, 0).data(DocumentTableModel::DocumentIdRole).toLongLong();
    };
    // Normally the table holds the corpus's documents in the corpus's order: row for row, no look-up.
    bool same = rows == corpusDocuments.size();
    for (int row = 0; same && row < rows; ++row)
        same = idOf(row) == corpusDocuments.at(row).id;
    if (same)
        return;
    m_corpusRow.resize(rows);
    for (int row = 0; row < rows; ++row)
        m_corpusRow[row] = int(corpus.rowOf(idOf(row)));
}

void DocumentFilterProxy::computeTextMatches()
{
    m_textMatch.clear();
    const QAbstractItemModel* model = sourceModel();
    if (m_text.isEmpty() || !model)
        return;
    const int rows = model->rowCount();
    const int columns = model->columnCount();
    m_textMatch.resize(rows);
    for (int row = 0; row < rows; ++row) {
        bool match = false;
        for (int column = 0; !match && column < columns; ++column)
            match = model->index(row, column).data().toString().contains(m_text, Qt::CaseInsensitive);
        m_textMatch[row] = match;
    }
}

void DocumentFilterProxy::computeOrder()
{
    const QAbstractItemModel* model = sourceModel();
    const int rows = model ? model->rowCount() : 0;
    m_order.resize(rows);
    std::iota(m_order.begin(), m_order.end(), 0);
    if (!model || m_sortColumn < 0 || m_sortColumn >= model->columnCount())
        return;
    // One key per row, read once: sorting 100,000 rows makes about two million comparisons. Ties keep
    // the source order in both directions (a stable sort on "greater than" when descending), as a
    // QSortFilterProxyModel re-sorting from scratch does.
    const DocumentTableModel* table = documents();
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    if (table && (m_sortColumn == DocumentTableModel::DateColumn || m_sortColumn == DocumentTableModel::TypeColumn)) {
        QList<qint64> keys(rows);
        for (int row = 0; row < rows; ++row) {
            const DocumentSummary& d = table->document(row);
            if (m_sortColumn == DocumentTableModel::TypeColumn)
                keys[row] = int(d.type);
            else // undated last, as DocumentTableModel::SortRole says
                keys[row] = d.dateStart.isValid() ? d.dateStart.toJulianDay() : std::numeric_limits<qint64>::max();
        }
        std::stable_sort(m_order.begin(), m_order.end(),
            [&](int a, int b) { return descending ? keys.at(b) < keys.at(a) : keys.at(a) < keys.at(b); });
        return;
    }
    QList<QVariant> keys(rows);
    for (int row = 0; row < rows; ++row)
        keys[row] = model->index(row, m_sortColumn).data(DocumentTableModel::SortRole);
    auto less = [](const QVariant& a, const QVariant& b) {
        // As QSortFilterProxyModel::lessThan: invalid values last, text compared case-sensitively
        // (SortRole gives it case-folded).
        if (!a.isValid())
            return false;
        if (!b.isValid())
            return true;
        if (a.userType() == QMetaType::QString || b.userType() == QMetaType::QString)
            return a.toString().compare(b.toString()) < 0;
        return QVariant::compare(a, b) == QPartialOrdering::Less;
    };
    std::stable_sort(m_order.begin(), m_order.end(),
        [&](int a, int b) { return descending ? less(keys.at(b), keys.at(a)) : less(keys.at(a), keys.at(b)); });
}

QList<int> DocumentFilterProxy::visibleRows() const
{
    const SelectionState* selection = m_selection;
    const bool filtering = selection && selection->isFiltering();
    const DocumentTableModel* table = documents();
    const bool unreviewedOnly = m_unreviewedOnly && table;
    if (!filtering && m_textMatch.isEmpty() && !unreviewedOnly)
        return m_order;
    auto accepted = [&](int sourceRow) {
        const int row = m_corpusRow.isEmpty() ? sourceRow : m_corpusRow.at(sourceRow);
        if (row >= 0)
            return selection->acceptsRow(row);
        // Not a document of the selection's corpus (the list still shows the previous one): by id.
        const qint64 id = table ? table->document(sourceRow).id
                                : sourceModel()->index(sourceRow, 0).data(DocumentTableModel::DocumentIdRole).toLongLong();
        return selection->accepts(id);
    };
    QList<int> visible;
    visible.reserve(m_order.size());
    for (const int sourceRow : m_order) {
        if (!m_textMatch.isEmpty() && !m_textMatch.at(sourceRow))
            continue;
        if (filtering && !accepted(sourceRow))
            continue;
        if (unreviewedOnly && table->isReviewed(sourceRow))
            continue;
        visible.append(sourceRow);
    }
    return visible;
}

void DocumentFilterProxy::setVisible(QList<int> visible)
{
    m_visible = std::move(visible);
    const QAbstractItemModel* model = sourceModel();
    m_proxyRow = QList<int>(model ? model->rowCount() : 0, -1);
    for (int row = 0; row < m_visible.size(); ++row)
        m_proxyRow[m_visible.at(row)] = row;
}

void DocumentFilterProxy::relayout(QList<int> visible, bool sorted)
{
    // One layout change however the rows moved: reporting each run of removed rows apart made the
    // view's header answer each report in time proportional to all rows (seconds at 100,000).
    const LayoutChangeHint hint = sorted ? VerticalSortHint : NoLayoutChangeHint;
    emit layoutAboutToBeChanged({}, hint);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList sources;
    sources.reserve(before.size());
    for (const QModelIndex& index : before)
        sources.append(mapToSource(index));
    setVisible(std::move(visible));
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex& source : std::as_const(sources))
        after.append(mapFromSource(source));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, hint);
}

QModelIndex DocumentFilterProxy::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || row >= m_visible.size() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex DocumentFilterProxy::parent(const QModelIndex&) const
{
    return {};
}

QModelIndex DocumentFilterProxy::sibling(int row, int column, const QModelIndex&) const
{
    return index(row, column);
}

int DocumentFilterProxy::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int DocumentFilterProxy::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool DocumentFilterProxy::hasChildren(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_visible.isEmpty() && columnCount() > 0;
}

QVariant DocumentFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!sourceModel())
        return {};
    if (orientation == Qt::Horizontal)
        return sourceModel()->headerData(section, orientation, role);
    if (section < 0 || section >= m_visible.size())
        return {};
    return sourceModel()->headerData(m_visible.at(section), orientation, role);
}

QModelIndex DocumentFilterProxy::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.row() >= m_visible.size())
        return {};
    return sourceModel()->index(m_visible.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex DocumentFilterProxy::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.row() >= m_proxyRow.size())
        return {};
    const int row = m_proxyRow.at(sourceIndex.row());
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

} // namespace littoral::core
