// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace littoral::core {

struct CollectedFile {
    QString path; // absolute file path as stored and shown (see FileCollector::displayName), or a Qt resource path (":/corpus/a.txt")
    QString source; // relative to the folder argument it was found under; the file name for a file argument
    QByteArray nativePath; // the bytes to open; empty for a Qt resource path
    friend bool operator==(const CollectedFile&, const CollectedFile&) = default;
};

// A folder the walk did not enter, and why ("hidden folder, not searched", "unreadable folder (…)").
struct SkippedFolder {
    QString path; // absolute, as CollectedFile::path
    QString source; // relative to its folder argument, ending in '/'
    QString reason;
    friend bool operator==(const SkippedFolder&, const SkippedFolder&) = default;
};

struct Collection {
    QList<CollectedFile> files;
    QList<SkippedFolder> skipped; // in the order met
    QStringList folders; // absolute paths of the folder arguments
    QStringList fileArguments; // absolute paths of the other arguments
};

// Expands import arguments into the files to read. Pure apart from reading directories.
class FileCollector final {
public:
    // Folders are walked recursively for .txt, .md, .pdf, .png, .jpg, .jpeg, .tif, .tiff, .eml and .mbox
    // entries (any case; hidden files too: they are the
    // user's), sorted by relative path so every run sees the same order. Hidden folders (".git") are
    // not entered; neither are symbolic links to folders (a link back up the tree would never end) nor
    // folders that cannot be read: each is listed in `skipped`. Entries whose name is importable but
    // that are no regular file (a FIFO, a dangling symbolic link) are collected, so the import reports
    // them. Names are read as bytes: a name that is not UTF-8 is kept (nativePath opens it). A file
    // argument is taken whatever its extension or type; a path that does not exist is kept so the
    // import reports it. Each file appears once.
    static Collection collect(const QStringList& paths);
    static bool isImportable(const QString& fileName);

    // A file name's bytes as text: UTF-8 where they are UTF-8, each other byte as its Latin-1 letter,
    // so two names that differ only in such bytes stay two names.
    static QString displayName(QByteArrayView nativeName);
    // Arguments whose bytes are not UTF-8 (from a command line) travel as QString with each such byte
    // as U+DC80–U+DCFF ("surrogate escape"); these convert both ways without loss.
    static QString argumentFromNative(QByteArrayView nativePath);
    static QByteArray nativeFromArgument(const QString& argument);
    // `parsed` (arguments as Qt decoded them from argv, which turns a byte that is not UTF-8 into
    // U+FFFD) with each one taken again from the bytes it came from, as argumentFromNative() keeps them.
    static QStringList argumentsFromCommandLine(const QStringList& parsed, int argc, const char* const* argv);
};

} // namespace littoral::core
