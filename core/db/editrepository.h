// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/documentrepository.h"
#include "core/domain/document.h"
#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace littoral::core {

class Database;

enum class EditField { Type, Language, Title, Date, Place };

QString editFieldName(EditField field); // "type", "language", "title", "date", "place"
std::optional<EditField> editFieldFromName(const QString& name);

// One user correction. Values are written as in the export: a type name ("open_letter"), an EDTF
// date ("2016-10", empty for "no date"), plain text otherwise.
struct Edit {
    qint64 id = 0;
    QString documentSha256;
    EditField field = EditField::Title;
    QString oldValue;
    QString newValue;
    QDateTime createdAt;
};

// Records user corrections, keyed by the document's content hash, and applies them. The newest edit
// of a field wins; DocumentRepository re-applies them whenever the document is written again.
// Thread of its Database, which must outlive it.
class EditRepository final {
public:
    explicit EditRepository(Database& database);

    // Records a correction of one field of a stored document and applies it at once (one transaction
    // unless one is open). InvalidInput when the value does not fit the field; NotFound for an unknown id.
    [[nodiscard]] Result<Edit> record(qint64 documentId, EditField field, const QString& newValue);
    // Oldest first.
    [[nodiscard]] Result<QList<Edit>> editsFor(const QString& sha256);

    // Puts a value into an extraction; InvalidInput (with a sentence for a person) when it does not fit.
    [[nodiscard]] static Result<void> apply(Extraction& extraction, EditField field, const QString& value);
    static QString valueOf(const Extraction& extraction, EditField field);

private:
    [[nodiscard]] Result<Edit> recordInTransaction(
        qint64 documentId, EditField field, const QString& newValue);

    Database& m_database;
    StatementCache m_statements;
    DocumentRepository m_documents;
};

} // namespace littoral::core
