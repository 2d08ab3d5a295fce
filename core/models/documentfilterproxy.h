// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QSortFilterProxyModel>

namespace littoral::core {

class DocumentTableModel;
class SelectionState;

// The document table as the shared selection filters it (period, correspondent, edge, search), plus
// the quick text filter of the list itself. GUI thread; re-filters when the selection changes.
class DocumentFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentFilterProxy)
public:
    explicit DocumentFilterProxy(SelectionState* selection, QObject* parent = nullptr);

    // The list's own quick filter: rows whose date, type, senders, recipients or title contain `text`
    // (case-insensitive). Use this, not setFilterFixedString().
    void setTextFilter(const QString& text);
    QString textFilter() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    const DocumentTableModel* documents() const; // the source model, when it is one
    void refilter();
    QPointer<SelectionState> m_selection;
    QString m_text;
};

} // namespace littoral::core
