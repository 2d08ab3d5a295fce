// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace littoral::core {

struct CollectedFile {
    QString path; // absolute file path, or a Qt resource path (":/corpus/a.txt")
    QString source; // relative to the folder argument it was found under; the file name for a file argument
    friend bool operator==(const CollectedFile&, const CollectedFile&) = default;
};

// Expands import arguments into the files to read. Pure apart from reading directories.
class FileCollector final {
public:
    // Folders are walked recursively for .txt and .md files (any case, hidden files skipped), sorted by
    // relative path so every run sees the same order. A file argument is taken whatever its extension;
    // a path that does not exist is kept so the import reports it as unreadable. Each file appears once.
    static QList<CollectedFile> collect(const QStringList& paths);
    static bool isImportable(const QString& fileName);
};

} // namespace littoral::core
