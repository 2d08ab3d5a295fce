// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace littoral::core {

// Where corpora live: the embedded sample corpus, and the database file kept for a corpus folder
// in the user's data directory (one per folder, so reopening a folder re-imports only what changed).
class CorpusLocation final {
public:
    static QString sampleCorpus();                          // ":/corpus"
    static QString databaseFor(const QString& corpusFolder); // …/corpora/<name>-<hash>.db
    // Whether `databasePath` is the database databaseFor(sampleCorpus()) names.
    static bool isSampleDatabase(const QString& databasePath);

    // The deepest folder every root lies in ("" when they share only "/" or nothing).
    static QString commonFolder(const QStringList& roots);
    // What a person calls the corpus in `databasePath`: the name of the folder it was imported from
    // ("Sample corpus" for the bundled one), else the database's name without the hash databaseFor()
    // adds to tell same-named folders apart (the "c3k" of "c3k-a220e72b70.db").
    static QString displayName(const QString& databasePath, const QString& importFolder);
};

} // namespace littoral::core
