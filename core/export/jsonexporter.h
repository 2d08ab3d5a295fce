// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/document.h"
#include "core/result.h"

#include <QByteArray>

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

    // One element of "documents", compact UTF-8 JSON, keys in the order of the contract.
    static QByteArray documentJson(const Document& document, const QString& source);

private:
    Database& m_database;
};

} // namespace littoral::core
