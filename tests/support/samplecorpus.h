// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/corpusindex.h"

#include <memory>

namespace littoral::test {

// Imports the bundled sample corpus into a new database at `databasePath` through the real import and
// reads its CorpusIndex back: the five real documents every view test starts from.
core::Result<std::shared_ptr<const core::CorpusIndex>> loadSampleCorpus(const QString& databasePath);

} // namespace littoral::test
