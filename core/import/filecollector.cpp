// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/filecollector.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace littoral::core {

bool FileCollector::isImportable(const QString& fileName)
{
    const QString suffix = QFileInfo(fileName).suffix();
    return suffix.compare(QLatin1String("txt"), Qt::CaseInsensitive) == 0
        || suffix.compare(QLatin1String("md"), Qt::CaseInsensitive) == 0;
}

QList<CollectedFile> FileCollector::collect(const QStringList& paths)
{
    QList<CollectedFile> files;
    QSet<QString> seen;
    const auto add = [&](const QString& path, const QString& source) {
        if (seen.contains(path))
            return;
        seen.insert(path);
        files.append({ path, source });
    };

    for (const QString& argument : paths) {
        const QFileInfo info(argument);
        const QString absolute = QDir::cleanPath(info.absoluteFilePath());
        if (!info.isDir()) {
            add(absolute, info.fileName().isEmpty() ? argument : info.fileName());
            continue;
        }
        const QDir root(absolute);
        QStringList relative;
        // Symlinked folders are not followed: a link back up the tree would never end.
        QDirIterator it(absolute, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (isImportable(file))
                relative.append(root.relativeFilePath(file));
        }
        std::sort(relative.begin(), relative.end());
        for (const QString& source : std::as_const(relative))
            add(QDir::cleanPath(root.filePath(source)), source);
    }
    return files;
}

} // namespace littoral::core
