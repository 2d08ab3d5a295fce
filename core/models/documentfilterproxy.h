// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractProxyModel>
#include <QList>
#include <QPointer>

namespace littoral::core {

class DocumentTableModel;
class SelectionState;

// The document table as the shared selection filters it (period, correspondent, edge, search), plus
// the quick text filter of the list itself, sorted by one column. GUI thread.
// The source rows are sorted once per sort column and order (and per change of the sorted column);
// a filter change only walks that order and keeps the rows the selection's per-row flags accept:
// O(rows), no comparison, one layout change.
class DocumentFilterProxy final : public QAbstractProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentFilterProxy)
public:
    explicit DocumentFilterProxy(SelectionState* selection, QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;

    // The list's own quick filter: rows whose date, type, senders, recipients or title contain `text`
    // (case-insensitive).
    void setTextFilter(const QString& text);
    QString textFilter() const { return m_text; }
    // Review: only the documents not yet reviewed (DocumentTableModel::isReviewed).
    void setUnreviewedOnly(bool only);
    bool isUnreviewedOnly() const { return m_unreviewedOnly; }

    // Which column the rows are sorted by (-1: source order) and how.
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex& index) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;

private:
    const DocumentTableModel* documents() const; // the source model, when it is one
    void onSourceReset();
    void onSourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles);
    void onCorpusChanged();
    // Recomputed only when their inputs change: the sorted order of every source row, which corpus
    // row each source row is, and which rows the text filter keeps.
    void computeOrder();
    void computeCorpusRows();
    void computeTextMatches();
    bool sourceLessThan(int left, int right) const;
    // The visible rows from the sorted order and the filters, in O(rows).
    QList<int> visibleRows() const;
    // Replaces the visible rows as one layout change, moving the persistent indexes along.
    void relayout(QList<int> visible, bool sorted);
    void setVisible(QList<int> visible);

    QPointer<SelectionState> m_selection;
    QString m_text;
    bool m_unreviewedOnly = false;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<int> m_order; // every source row, sorted
    QList<int> m_corpusRow; // source row -> the selection's corpus row, -1 when not in it; empty = same rows
    QList<bool> m_textMatch; // source row -> kept by the text filter; empty = no text filter
    QList<int> m_visible; // proxy row -> source row
    QList<int> m_proxyRow; // source row -> proxy row, -1 when filtered out
    QList<QMetaObject::Connection> m_sourceConnections;
};

} // namespace littoral::core
