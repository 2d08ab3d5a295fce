// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/samplecorpus.h"

#include "core/db/database.h"
#include "core/import/importjob.h"

namespace littoral::test {

core::Result<std::shared_ptr<const core::CorpusIndex>> loadSampleCorpus(const QString& databasePath)
{
    if (auto imported = core::ImportJob(databasePath, { QStringLiteral(":/corpus") }).runSynchronously(); !imported)
        return std::unexpected(imported.error());
    auto database = core::Database::open(databasePath);
    if (!database)
        return std::unexpected(database.error());
    auto index = core::CorpusIndex::load(*database);
    if (!index)
        return std::unexpected(index.error());
    return std::make_shared<const core::CorpusIndex>(std::move(*index));
}

} // namespace littoral::test
