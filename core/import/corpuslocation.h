// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace littoral::core {

// Where corpora live: the embedded sample corpus, and the database file kept for a corpus folder
// in the user's data directory (one per folder, so reopening a folder re-imports only what changed).
class CorpusLocation final {
public:
    static QString sampleCorpus();                          // ":/corpus"
    static QString databaseFor(const QString& corpusFolder); // …/corpora/<name>-<hash>.db
};

} // namespace littoral::core
