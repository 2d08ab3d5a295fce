// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/importissuerepository.h"

#include "core/db/database.h"

#include <QSqlQuery>

namespace littoral::core {
namespace {

QString kindText(ImportIssue::Kind kind)
{
    return kind == ImportIssue::Kind::Rejected ? QStringLiteral("rejected") : QStringLiteral("duplicate");
}

} // namespace

ImportIssueRepository::ImportIssueRepository(Database& database)
    : m_statements(database)
{
}

Result<void> ImportIssueRepository::recordRejected(const QString& sourcePath, const QString& source, const QString& reason)
{
    return record(ImportIssue::Kind::Rejected, sourcePath, source, reason, {});
}

Result<void> ImportIssueRepository::recordDuplicate(
    const QString& sourcePath, const QString& source, const QString& duplicateOf)
{
    return record(ImportIssue::Kind::Duplicate, sourcePath, source, {}, duplicateOf);
}

Result<void> ImportIssueRepository::record(ImportIssue::Kind kind, const QString& sourcePath, const QString& source,
    const QString& reason, const QString& duplicateOf)
{
    // The code and its arguments say the English reason again, for display in the interface language.
    const ImportProblem problem = kind == ImportIssue::Kind::Rejected ? ImportProblem::fromEnglish(reason) : ImportProblem {};
    // The WHERE keeps a re-import of the same bad file from writing anything.
    auto query = m_statements.exec(
        QStringLiteral(
            "INSERT INTO import_issues (source_path, source, kind, reason, code, args, duplicate_of, seen_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (source_path) DO UPDATE SET source = excluded.source, kind = excluded.kind, reason = excluded.reason, "
            "code = excluded.code, args = excluded.args, duplicate_of = excluded.duplicate_of, seen_at = excluded.seen_at "
            "WHERE source IS NOT excluded.source OR kind IS NOT excluded.kind OR reason IS NOT excluded.reason "
            "OR duplicate_of IS NOT excluded.duplicate_of"),
        { StatementCache::text(sourcePath), StatementCache::text(source), kindText(kind), StatementCache::text(reason),
            ImportProblem::codeName(problem.code), problem.argsJson(), StatementCache::textOrNull(duplicateOf),
            QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) });
    if (!query)
        return std::unexpected(query.error());
    return {};
}

Result<void> ImportIssueRepository::clear(const QString& sourcePath)
{
    auto query = m_statements.exec(QStringLiteral("DELETE FROM import_issues WHERE source_path = ?"), { sourcePath });
    if (!query)
        return std::unexpected(query.error());
    return {};
}

Result<QList<ImportIssue>> ImportIssueRepository::list()
{
    return select(QStringLiteral("SELECT kind, source, reason, duplicate_of, seen_at, code, args FROM import_issues "
                                 "ORDER BY source"),
        {});
}

Result<QList<ImportIssue>> ImportIssueRepository::list(ImportIssue::Kind kind)
{
    return select(QStringLiteral("SELECT kind, source, reason, duplicate_of, seen_at, code, args FROM import_issues "
                                 "WHERE kind = ? ORDER BY source"),
        { kindText(kind) });
}

Result<QList<ImportIssue>> ImportIssueRepository::select(
    const QString& sql, std::initializer_list<QVariant> values)
{
    auto query = m_statements.exec(sql, values);
    if (!query)
        return std::unexpected(query.error());
    QList<ImportIssue> issues;
    QSqlQuery& q = **query;
    while (q.next()) {
        ImportIssue issue;
        issue.kind = q.value(0).toString() == kindText(ImportIssue::Kind::Rejected)
            ? ImportIssue::Kind::Rejected
            : ImportIssue::Kind::Duplicate;
        issue.source = q.value(1).toString();
        issue.reason = q.value(2).toString();
        issue.duplicateOf = q.value(3).toString();
        issue.seenAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
        issue.problem = { ImportProblem::codeFromName(q.value(5).toString()), ImportProblem::argsFromJson(q.value(6).toString()) };
        issues.append(issue);
    }
    q.finish();
    return issues;
}

} // namespace littoral::core
