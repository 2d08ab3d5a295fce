// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/correspondentsmodel.h"

#include "core/db/database.h"
#include "core/domain/correspondentkey.h"

#include <QLocale>

#include <limits>

namespace littoral::core {

CorrespondentsModel::CorrespondentsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

Result<void> CorrespondentsModel::reload(Database& database)
{
    auto rows = CorrespondentRepository(database).details();
    if (!rows)
        return std::unexpected(rows.error());
    setCorrespondents(std::move(*rows));
    return {};
}

void CorrespondentsModel::setCorrespondents(QList<CorrespondentDetails> correspondents)
{
    beginResetModel();
    m_rows = std::move(correspondents);
    m_searchText.clear();
    m_searchText.reserve(m_rows.size());
    for (const CorrespondentDetails& c : m_rows) {
        // One folded line per row, so the filter does not fold 10,000 names on every key typed.
        QStringList parts { c.name };
        parts += c.aliases;
        parts += c.organizations;
        m_searchText.append(foldForMatching(parts.join(QChar(0x1f))));
    }
    endResetModel();
}

void CorrespondentsModel::setNetwork(std::shared_ptr<const CorrespondentNetwork> network)
{
    m_network = std::move(network);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, InDegreeColumn), index(int(m_rows.size()) - 1, CommunityColumn));
    emit headerDataChanged(Qt::Horizontal, BetweennessColumn, BetweennessColumn);
}

int CorrespondentsModel::rowOf(qint64 id) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == id)
            return int(row);
    return -1;
}

int CorrespondentsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CorrespondentsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CorrespondentsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CorrespondentDetails& c = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return c.id;
    case KindRole:
        return int(c.kind);
    case AliasesRole:
        return c.aliases;
    case SearchTextRole:
        return m_searchText.at(index.row());
    case NamedByUserRole:
        return c.namedByUser;
    default:
        break;
    }
    // The spellings other than the canonical name: the name is already in its own column.
    const auto otherSpellings = [&c] {
        QStringList others = c.aliases;
        others.removeAll(c.name);
        return others;
    };
    // The graph's measures: nothing to show (and the lowest sort) until the analysis is in, and for a
    // correspondent only ever mentioned (it has no link).
    const CorrespondentStanding* standing = m_network ? m_network->standing(c.id) : nullptr;
    const auto measure = [&](double value, int decimals) -> QVariant {
        if (role == SortRole)
            return standing ? value : -1.0;
        if (!standing)
            return QVariant();
        return QLocale().toString(value, 'f', decimals);
    };
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (Column(index.column())) {
        case InDegreeColumn:
            return measure(standing ? standing->inDegree : 0, 0);
        case OutDegreeColumn:
            return measure(standing ? standing->outDegree : 0, 0);
        case BetweennessColumn:
            return measure(standing ? standing->betweenness : 0, 0);
        case PageRankColumn:
            // In thousandths: a share of attention among 100,000 correspondents is a very small number.
            return measure(standing ? standing->pageRank * 1000.0 : 0, 2);
        case CommunityColumn:
            if (role == SortRole)
                return standing ? standing->community : std::numeric_limits<int>::max();
            return standing ? QVariant(standing->community + 1) : QVariant();
        case NameColumn:
            return c.name;
        case KindColumn:
            return c.kind == CorrespondentKind::Person ? tr("Person") : tr("Organisation");
        case AliasesColumn:
            return role == SortRole ? QVariant(otherSpellings().size()) : QVariant(otherSpellings().join(QStringLiteral("; ")));
        case SenderColumn:
            return c.asSender;
        case RecipientColumn:
            return c.asRecipient;
        case CcColumn:
            return c.asCc;
        case FirstColumn:
            return c.first;
        case LastColumn:
            return c.last;
        case OrganizationsColumn:
            return c.organizations.join(QStringLiteral("; "));
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == CommunityColumn && standing) {
        const NetworkCommunity& community = m_network->communities().at(standing->community);
        return tr("Community %1: %Ln correspondent(s), the busiest %2", nullptr, int(community.members.size()))
            .arg(standing->community + 1)
            .arg(community.label());
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == AliasesColumn || index.column() == NameColumn)
            return tr("Spelled: %1").arg(c.aliases.join(QStringLiteral(" · ")));
        if (index.column() == OrganizationsColumn && !c.organizations.isEmpty())
            return c.organizations.join(QLatin1Char('\n'));
    }
    if (role == Qt::TextAlignmentRole && index.column() >= SenderColumn && index.column() <= CommunityColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant CorrespondentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case NameColumn:
            return tr("Name");
        case KindColumn:
            return tr("Kind");
        case AliasesColumn:
            return tr("Other spellings");
        case SenderColumn:
            return tr("Sent");
        case RecipientColumn:
            return tr("Received");
        case CcColumn:
            return tr("Copied");
        case InDegreeColumn:
            return tr("Letters in");
        case OutDegreeColumn:
            return tr("Letters out");
        case BetweennessColumn:
            return m_network && m_network->isBetweennessSampled() ? tr("Betweenness ≈") : tr("Betweenness");
        case PageRankColumn:
            return tr("PageRank ‰");
        case CommunityColumn:
            return tr("Community");
        case FirstColumn:
            return tr("First");
        case LastColumn:
            return tr("Last");
        case OrganizationsColumn:
            return tr("Organisations");
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case SenderColumn:
            return tr("Documents it sent or signed");
        case RecipientColumn:
            return tr("Documents addressed to it");
        case CcColumn:
            return tr("Documents it was copied on");
        case InDegreeColumn:
            return tr("Letters it received in the whole corpus, as recipient or in copy: one for each sender of each document");
        case OutDegreeColumn:
            return tr("Letters it sent in the whole corpus: one for each recipient and copy of each document");
        case BetweennessColumn:
            return m_network && m_network->isBetweennessSampled()
                ? tr("How often it lies on the shortest way between two other correspondents: who brokers between groups. "
                     "Estimated from a sample of correspondents, the graph being large")
                : tr("How often it lies on the shortest way between two other correspondents: who brokers between groups");
        case PageRankColumn:
            return tr("PageRank, in thousandths: written to by those who are written to");
        case CommunityColumn:
            return tr("The group of correspondents it writes with most (Leiden communities, the largest numbered 1)");
        case FirstColumn:
            return tr("First day of its earliest dated document");
        case LastColumn:
            return tr("Last day of its latest dated document");
        default:
            break;
        }
    }
    return {};
}

} // namespace littoral::core
