// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/correspondentsmodel.h"

#include "core/db/database.h"
#include "core/domain/correspondentkey.h"

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
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (Column(index.column())) {
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
    if (role == Qt::ToolTipRole) {
        if (index.column() == AliasesColumn || index.column() == NameColumn)
            return tr("Spelled: %1").arg(c.aliases.join(QStringLiteral(" · ")));
        if (index.column() == OrganizationsColumn && !c.organizations.isEmpty())
            return c.organizations.join(QLatin1Char('\n'));
    }
    if (role == Qt::TextAlignmentRole && index.column() >= SenderColumn && index.column() <= CcColumn)
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
