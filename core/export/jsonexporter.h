// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/document.h"
#include "core/export/exportinput.h"
#include "core/result.h"

#include <QByteArray>

#include <optional>

class QIODevice;

namespace littoral::core {

class Database;

// Writes a corpus as littoral-export/1 JSON (see DESIGN.md), streaming one document at a time so a
// 100,000-document corpus is never held in memory. Thread of its Database, which must outlive it.
class JsonExporter final {
public:
    static constexpr const char* kSchema = "littoral-export/1";

    explicit JsonExporter(Database& database);

    // Returns the number of documents written; Io when the device refuses bytes.
    [[nodiscard]] Result<int> write(QIODevice& device);
    // Only the chosen documents (input.rows), with its progress and cancel; the same shape of file.
    [[nodiscard]] Result<int> write(QIODevice& device, const ExportInput& input);

    // One element of "documents", compact UTF-8 JSON, keys in the order of the contract. `original` is
    // what extraction said of a corrected document (DocumentRepository::originalExtraction): facts that
    // differ from it carry "corrected"/"original", fields that differ are listed under
    // "corrected_fields", facts it had and the document lost under "removed". An uncorrected fact gets
    // no new key, so a document nobody corrected is written as before (plus "reviewed").
    static QByteArray documentJson(
        const Document& document, const QString& source, const std::optional<Extraction>& original = std::nullopt);

private:
    [[nodiscard]] Result<int> write(QIODevice& device, const ExportInput* input);

    Database& m_database;
};

} // namespace littoral::core
