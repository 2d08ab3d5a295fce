// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/documenttablemodel.h"

#include "core/domain/partialdatewords.h"


#include <algorithm>

namespace littoral::core {

DocumentTableModel::DocumentTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void DocumentTableModel::setDocuments(QList<DocumentSummary> documents)
{
    beginResetModel();
    m_documents = std::move(documents);
    m_rowOfId.clear();
    endResetModel();
}

bool DocumentTableModel::hasSameRows(const QList<DocumentSummary>& documents) const
{
    return documents.size() == m_documents.size()
        && std::equal(documents.cbegin(), documents.cend(), m_documents.cbegin(),
            [](const DocumentSummary& a, const DocumentSummary& b) { return a.id == b.id; });
}

void DocumentTableModel::updateDocuments(QList<DocumentSummary> documents)
{
    if (!hasSameRows(documents)) {
        setDocuments(std::move(documents));
        return;
    }
    m_documents = std::move(documents);
    // Only the names columns: a change reported in the date column would make the list re-sort.
    if (!m_documents.isEmpty())
        emit dataChanged(index(0, SendersColumn), index(int(m_documents.size()) - 1, RecipientsColumn));
}

void DocumentTableModel::setUnreviewed(QHash<qint64, double> lowestConfidence)
{
    m_unreviewed = std::move(lowestConfidence);
    m_reviewKnown = true;
    if (!m_documents.isEmpty())
        emit dataChanged(index(0, ReviewedColumn), index(int(m_documents.size()) - 1, ReviewedColumn));
}

bool DocumentTableModel::isReviewed(int row) const
{
    return m_reviewKnown && !m_unreviewed.contains(m_documents.at(row).id);
}

void DocumentTableModel::replaceDocuments(QList<DocumentSummary> documents)
{
    if (!hasSameRows(documents)) {
        setDocuments(std::move(documents));
        return;
    }
    m_documents = std::move(documents);
    if (!m_documents.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_documents.size()) - 1, ColumnCount - 1));
}

int DocumentTableModel::rowOfDocument(qint64 id) const
{
    // Asked at each change of the current document: a walk over 100,000 rows was felt.
    if (m_rowOfId.isEmpty() && !m_documents.isEmpty()) {
        m_rowOfId.reserve(m_documents.size());
        for (int row = 0; row < m_documents.size(); ++row)
            m_rowOfId.insert(m_documents.at(row).id, row);
    }
    return m_rowOfId.value(id, -1);
}

int DocumentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

int DocumentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DocumentTableModel::typeLabel(DocumentType type)
{
    switch (type) {
    case DocumentType::Letter:
        return tr("Letter");
    case DocumentType::OpenLetter:
        return tr("Open letter");
    case DocumentType::PressRelease:
        return tr("Press release");
    case DocumentType::Email:
        return tr("E-mail");
    case DocumentType::Other:
        return tr("Other");
    }
    return {};
}

QString DocumentTableModel::dateLabel(const DocumentSummary& document)
{
    const PartialDate& d = document.date;
    if (!d.isValid())
        return QStringLiteral("—");
    // In words, in the interface language: "7 févr. 2017" / "7 Feb 2017", "automne 2016", "circa 2016".
    return PartialDateWords::say(d, PartialDateWords::Style::Short);
}

QVariant DocumentTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DocumentSummary& d = m_documents.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return dateLabel(d);
        case TypeColumn: // a scan says so where the type is read, and the list's filter finds "OCR"
            return d.ocr ? tr("%1 · OCR").arg(typeLabel(d.type)) : typeLabel(d.type);
        case LanguageColumn:
            return d.language;
        case SendersColumn:
            return d.senders.join(QStringLiteral(", "));
        case RecipientsColumn:
            return d.recipients.join(QStringLiteral(", "));
        case TitleColumn:
            return d.title;
        case ReviewedColumn:
            return isReviewed(index.row()) ? QStringLiteral("✓") : QString();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ReviewedColumn && m_reviewKnown)
            return isReviewed(index.row()) ? tr("Reviewed")
                                           : tr("Not reviewed; least sure fact: %1%")
                                                 .arg(qRound(m_unreviewed.value(d.id) * 100));
        if (index.column() == SendersColumn && d.senders.size() > 1)
            return d.senders.join(QLatin1Char('\n'));
        if (index.column() == TitleColumn)
            return d.title;
        if (index.column() == TypeColumn && d.ocr)
            return tr("Read by OCR: facts are less sure");
        return {};
    case SortRole:
        switch (index.column()) {
        case DateColumn:
            return d.dateStart.isValid() ? d.dateStart.toJulianDay() : std::numeric_limits<qint64>::max();
        case TypeColumn:
            return int(d.type);
        case ReviewedColumn: // the least sure first, reviewed ones last
            return isReviewed(index.row()) || !m_reviewKnown ? 2.0 : m_unreviewed.value(d.id);
        default:
            return data(index, Qt::DisplayRole).toString().toCaseFolded();
        }
    case ReviewedRole:
        return isReviewed(index.row());
    case DocumentIdRole:
        return d.id;
    case DocumentTypeRole:
        return int(d.type);
    case DateStartRole:
        return d.dateStart;
    case DateEndRole:
        return d.dateEnd;
    case DatePrecisionRole:
        return d.date.isValid() ? int(d.date.precision()) : -1;
    default:
        return {};
    }
}

QVariant DocumentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TypeColumn:
        return tr("Type");
    case LanguageColumn:
        return tr("Lang.");
    case SendersColumn:
        return tr("Senders");
    case RecipientsColumn:
        return tr("Recipients");
    case TitleColumn:
        return tr("Title");
    case ReviewedColumn:
        return tr("Rev.");
    }
    return {};
}

} // namespace littoral::core
