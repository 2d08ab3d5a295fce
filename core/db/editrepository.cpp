// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/editrepository.h"

#include "core/db/database.h"

#include <QSqlQuery>

namespace littoral::core {
namespace {

constexpr std::pair<EditField, const char*> kFields[] = {
    { EditField::Type, "type" },
    { EditField::Language, "language" },
    { EditField::Title, "title" },
    { EditField::Date, "date" },
    { EditField::Place, "place" },
};

} // namespace

QString editFieldName(EditField field)
{
    for (const auto& [value, name] : kFields)
        if (value == field)
            return QLatin1String(name);
    return {};
}

std::optional<EditField> editFieldFromName(const QString& name)
{
    for (const auto& [value, text] : kFields)
        if (name == QLatin1String(text))
            return value;
    return std::nullopt;
}

EditRepository::EditRepository(Database& database)
    : m_database(database)
    , m_statements(database)
    , m_documents(database)
{
}

Result<void> EditRepository::apply(Extraction& extraction, EditField field, const QString& value)
{
    const QString trimmed = value.trimmed();
    switch (field) {
    case EditField::Type: {
        const auto type = documentTypeFromName(trimmed);
        if (!type)
            return fail(ErrorCode::InvalidInput,
                QStringLiteral(
                    "\"%1\" is not a document type; use letter, open_letter, press_release or other.")
                    .arg(trimmed));
        extraction.type = *type;
        return {};
    }
    case EditField::Language:
        extraction.language = trimmed.toLower();
        return {};
    case EditField::Title:
        extraction.title = trimmed;
        return {};
    case EditField::Place:
        extraction.place = trimmed;
        return {};
    case EditField::Date: {
        if (trimmed.isEmpty()) {
            extraction.date.reset();
            return {};
        }
        const PartialDate date = PartialDate::fromEdtf(trimmed);
        if (!date.isValid())
            return fail(ErrorCode::InvalidInput,
                QStringLiteral(
                    "\"%1\" is not a date Littoral understands; write it like 2016-10-24, 2016-10 or "
                    "2016 (add ~ when approximate).")
                    .arg(trimmed));
        // Same date as extracted: keep the sentence it was read from.
        if (!extraction.date || extraction.date->date != date)
            extraction.date = DocumentDate { date, Evidence {}, 1.0 };
        return {};
    }
    }
    return fail(ErrorCode::InvalidInput, QStringLiteral("Unknown field."));
}

QString EditRepository::valueOf(const Extraction& extraction, EditField field)
{
    switch (field) {
    case EditField::Type:
        return documentTypeName(extraction.type);
    case EditField::Language:
        return extraction.language;
    case EditField::Title:
        return extraction.title;
    case EditField::Place:
        return extraction.place;
    case EditField::Date:
        return extraction.date ? extraction.date->date.toEdtf() : QString();
    }
    return {};
}

Result<Edit> EditRepository::record(qint64 documentId, EditField field, const QString& newValue)
{
    Extraction probe;
    if (auto valid = apply(probe, field, newValue); !valid)
        return std::unexpected(valid.error());
    if (m_database.inTransaction())
        return recordInTransaction(documentId, field, newValue);
    Edit edit;
    auto done = m_database.transaction([&]() -> Result<void> {
        auto recorded = recordInTransaction(documentId, field, newValue);
        if (!recorded)
            return std::unexpected(recorded.error());
        edit = *recorded;
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return edit;
}

Result<Edit> EditRepository::recordInTransaction(qint64 documentId, EditField field, const QString& newValue)
{
    auto document = m_documents.load(documentId);
    if (!document)
        return std::unexpected(document.error());
    auto source = m_documents.source(documentId);
    if (!source)
        return std::unexpected(source.error());

    Edit edit;
    edit.documentSha256 = document->sha256;
    edit.field = field;
    edit.oldValue = valueOf(document->extraction, field);
    Extraction after = document->extraction;
    (void)apply(after, field, newValue); // validated by record()
    edit.newValue = valueOf(after, field);
    edit.createdAt = QDateTime::currentDateTimeUtc();

    auto inserted = m_statements.exec(
        QStringLiteral("INSERT INTO edits (document_sha256, field, old_value, new_value, created_at) "
                       "VALUES (?, ?, ?, ?, ?)"),
        { edit.documentSha256, editFieldName(field), StatementCache::text(edit.oldValue),
            StatementCache::text(edit.newValue), edit.createdAt.toString(Qt::ISODateWithMs) });
    if (!inserted)
        return std::unexpected(inserted.error());
    edit.id = (*inserted)->lastInsertId().toLongLong();

    // Writing the document again applies every edit of its content, this one included.
    if (auto rewritten = m_documents.write(*document, *source); !rewritten)
        return std::unexpected(rewritten.error());
    return edit;
}

Result<QList<Edit>> EditRepository::editsFor(const QString& sha256)
{
    auto query = m_statements.exec(
        QStringLiteral("SELECT id, document_sha256, field, old_value, new_value, created_at FROM edits "
                       "WHERE document_sha256 = ? ORDER BY id"),
        { sha256 });
    if (!query)
        return std::unexpected(query.error());
    QList<Edit> edits;
    QSqlQuery& q = **query;
    while (q.next()) {
        const auto field = editFieldFromName(q.value(2).toString());
        if (!field)
            continue;
        edits.append(Edit { q.value(0).toLongLong(), q.value(1).toString(), *field, q.value(3).toString(),
            q.value(4).toString(), QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs) });
    }
    q.finish();
    return edits;
}

} // namespace littoral::core
