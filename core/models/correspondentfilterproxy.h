// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace littoral::core {

// Filters CorrespondentsModel by a text matched without accents or case against names, spellings and
// organisations ("prefete" finds "Préfète"), and sorts by SortRole. GUI thread.
class CorrespondentFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorrespondentFilterProxy)
public:
    explicit CorrespondentFilterProxy(QObject* parent = nullptr);
    void setFilterText(const QString& text);
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    QString m_folded;
};

} // namespace littoral::core
