// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/statementcache.h"
#include "core/domain/importproblem.h"
#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace littoral::core {

class Database;

// A file an import did not take, and why; one per source (the latest outcome).
struct ImportIssue {
    enum class Kind { Rejected, Duplicate };
    Kind kind = Kind::Rejected;
    QString source; // path relative to the import root, as exported
    QString reason; // for Rejected: "empty file", "binary file (PNG image)", … (English, as exported)
    ImportProblem problem; // for Rejected: the reason as a code and its arguments, for display
    QString duplicateOf; // for Duplicate: source of the copy that was imported
    QDateTime seenAt;
    friend bool operator==(const ImportIssue& a, const ImportIssue& b)
    {
        return a.kind == b.kind && a.source == b.source && a.reason == b.reason
            && a.duplicateOf == b.duplicateOf && a.problem == b.problem;
    }
};

// Remembers rejected and duplicate files between imports, for the export and the import report.
// Thread of its Database, which must outlive it.
class ImportIssueRepository final {
public:
    explicit ImportIssueRepository(Database& database);

    // Record or replace the issue of a file (keyed by its absolute path; `source` is how it is shown);
    // an identical issue is left untouched (no write).
    [[nodiscard]] Result<void> recordRejected(const QString& sourcePath, const QString& source, const QString& reason);
    [[nodiscard]] Result<void> recordDuplicate(const QString& sourcePath, const QString& source, const QString& duplicateOf);
    // Forgets the issue of a file that has now been imported; no-op when there is none.
    [[nodiscard]] Result<void> clear(const QString& sourcePath);

    // Ordered by source.
    [[nodiscard]] Result<QList<ImportIssue>> list();
    [[nodiscard]] Result<QList<ImportIssue>> list(ImportIssue::Kind kind);

private:
    [[nodiscard]] Result<void> record(ImportIssue::Kind kind, const QString& sourcePath, const QString& source,
        const QString& reason, const QString& duplicateOf);
    [[nodiscard]] Result<QList<ImportIssue>> select(
        const QString& sql, std::initializer_list<QVariant> values);

    StatementCache m_statements;
};

} // namespace littoral::core
