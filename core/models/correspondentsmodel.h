// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/correspondentnetwork.h"
#include "core/db/correspondentrepository.h"
#include "core/result.h"

#include <QAbstractTableModel>

#include <memory>

namespace littoral::core {

class Database;

// Every correspondent of the corpus, one per row: name, kind, other spellings, documents by role,
// where it stands in the correspondence graph (weighted degrees, betweenness, PageRank, community:
// empty until setNetwork() gives them), first and last date, organisations spoken for. Read again in
// full by reload(). GUI thread.
class CorrespondentsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorrespondentsModel)
public:
    enum Column {
        NameColumn,
        KindColumn,
        AliasesColumn,
        SenderColumn,
        RecipientColumn,
        CcColumn,
        InDegreeColumn,
        OutDegreeColumn,
        BetweennessColumn,
        PageRankColumn,
        CommunityColumn,
        FirstColumn,
        LastColumn,
        OrganizationsColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        KindRole,                  // CorrespondentKind as int
        AliasesRole,               // QStringList: every spelling, the canonical one included
        SortRole,                  // what the column sorts by (numbers and dates as such)
        SearchTextRole,            // name, spellings and organisations folded (foldForMatching)
        NamedByUserRole,           // bool
    };

    explicit CorrespondentsModel(QObject* parent = nullptr);

    [[nodiscard]] Result<void> reload(Database& database);
    void setCorrespondents(QList<CorrespondentDetails> correspondents);
    const QList<CorrespondentDetails>& correspondents() const { return m_rows; }
    // The graph analysis of the same corpus (nullptr: not computed yet, the graph's columns are empty).
    void setNetwork(std::shared_ptr<const CorrespondentNetwork> network);
    const CorrespondentNetwork* network() const { return m_network.get(); }
    // The row of a correspondent, -1 when it is not in the corpus.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CorrespondentDetails> m_rows;
    QList<QString> m_searchText;
    std::shared_ptr<const CorrespondentNetwork> m_network;
};

} // namespace littoral::core
