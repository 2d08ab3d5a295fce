// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/exportdocuments.h"

#include "core/db/database.h"
#include "core/db/documentrepository.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace littoral::core {

Error ExportDocuments::cancelled()
{
    return { ErrorCode::Cancelled, QCoreApplication::translate("littoral::core::ExportDocuments", "Export cancelled") };
}

QString ExportDocuments::corpusName(const ExportInput& input)
{
    const QString path = input.database ? input.database->path() : QString();
    const QString base = QFileInfo(path).completeBaseName();
    return base.isEmpty() || path == QStringLiteral(":memory:")
        ? QCoreApplication::translate("littoral::core::ExportDocuments", "Littoral corpus")
        : base;
}

Result<void> ExportDocuments::forEach(const ExportInput& input, const Visitor& visit)
{
    if (!input.database || !input.corpus)
        return fail(ErrorCode::InvalidInput, QStringLiteral("export: no corpus"));
    return input.database->snapshot([&]() -> Result<void> {
        DocumentRepository repository(*input.database);
        int done = 0;
        for (const qsizetype row : input.rows) {
            if (!input.keepGoing(done))
                return std::unexpected(cancelled());
            const DocumentSummary& summary = input.corpus->documents().at(row);
            auto document = repository.load(summary.id);
            if (!document)
                return std::unexpected(document.error());
            if (auto visited = visit({ *document, summary, input.corpus->participationsOfRow(row) }); !visited)
                return visited;
            ++done;
        }
        return {};
    });
}

const CorrespondentSummary* ExportDocuments::canonicalOf(const CorpusIndex& corpus, const ExportedDocument& exported, qsizetype index)
{
    const QList<Participant>& participants = exported.document.extraction.participants;
    if (exported.participations.size() != std::size_t(participants.size()) || index < 0 || index >= participants.size())
        return nullptr;
    const Participation& participation = exported.participations[std::size_t(index)];
    if (participation.role != participants.at(index).role)
        return nullptr;
    return corpus.correspondent(participation.correspondentId);
}

} // namespace littoral::core
