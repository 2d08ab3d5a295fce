// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/documentrepository.h"

#include <QAbstractTableModel>
#include <QHash>

namespace littoral::core {

// The documents of a corpus as rows (date, type, language, senders, recipients, title).
// GUI thread; fed whole snapshots of DocumentSummary. Semantic data only: colours live in ui/.
class DocumentTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentTableModel)
public:
    // ReviewedColumn: a mark on reviewed documents (after the others, so their numbers stay).
    enum Column { DateColumn, TypeColumn, LanguageColumn, SendersColumn, RecipientsColumn, TitleColumn, ReviewedColumn, ColumnCount };
    enum Role {
        DocumentIdRole = Qt::UserRole + 1,
        SortRole,          // a value that sorts right (first day of the date, lower-case text)
        DocumentTypeRole,  // DocumentType as int
        DateStartRole,     // QDate, null when undated
        DateEndRole,
        DatePrecisionRole, // DatePrecision as int, -1 when undated
        ReviewedRole,      // bool
    };

    explicit DocumentTableModel(QObject* parent = nullptr);

    void setDocuments(QList<DocumentSummary> documents);
    // The same documents in the same order with their senders and recipients filled in
    // (CorpusIndex::completed): rows, the views' selection and sorting stay, and only the two name
    // columns are reported changed; other documents are a setDocuments().
    void updateDocuments(QList<DocumentSummary> documents);
    // The corpus read again after an edit: the same documents in the same order are reported changed
    // in every column (the list re-sorts and keeps its current row); other documents are a setDocuments().
    void replaceDocuments(QList<DocumentSummary> documents);
    const DocumentSummary& document(int row) const { return m_documents.at(row); }
    // Which documents are still to review, each with its least sure fact (ReviewItem); every other
    // document is reviewed. The review column sorts the least sure first, reviewed ones last.
    void setUnreviewed(QHash<qint64, double> lowestConfidence);
    bool isReviewed(int row) const;
    int rowOfDocument(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString typeLabel(DocumentType type); // "Letter", "Open letter", …
    static QString dateLabel(const DocumentSummary& document); // "7 Feb 2017", "Oct 2016", "2019", "—"

private:
    // The same documents in the same order (only their facts may differ).
    bool hasSameRows(const QList<DocumentSummary>& documents) const;
    QList<DocumentSummary> m_documents;
    mutable QHash<qint64, int> m_rowOfId;
    QHash<qint64, double> m_unreviewed; // document id -> lowest confidence
    bool m_reviewKnown = false; // before the first setUnreviewed(), nothing is shown as reviewed // built at the first rowOfDocument() after a reset
};

} // namespace littoral::core
