// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/filecollector.h"

#include <QDir>
#include <QHash>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <dirent.h>
#include <sys/stat.h>

namespace littoral::core {
namespace {

// Length of the valid UTF-8 sequence at data[0] (1 for ASCII), or 0 when it is not one.
int utf8SequenceLength(const quint8* data, qsizetype remaining)
{
    const quint8 b = data[0];
    if (b < 0x80)
        return 1;
    int need = 0;
    quint8 low = 0x80;
    quint8 high = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
        need = 1;
    } else if (b >= 0xE0 && b <= 0xEF) {
        need = 2;
        low = b == 0xE0 ? 0xA0 : 0x80;
        high = b == 0xED ? 0x9F : 0xBF;
    } else if (b >= 0xF0 && b <= 0xF4) {
        need = 3;
        low = b == 0xF0 ? 0x90 : 0x80;
        high = b == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    if (remaining <= need)
        return 0;
    for (int k = 1; k <= need; ++k) {
        if (data[k] < low || data[k] > high)
            return 0;
        low = 0x80;
        high = 0xBF;
    }
    return need + 1;
}

// Calls text(run) for each run of valid UTF-8 and raw(byte) for each other byte.
template <typename Text, typename Raw>
void splitUtf8(QByteArrayView bytes, Text text, Raw raw)
{
    const auto* data = reinterpret_cast<const quint8*>(bytes.data());
    qsizetype start = 0;
    qsizetype i = 0;
    while (i < bytes.size()) {
        const int length = utf8SequenceLength(data + i, bytes.size() - i);
        if (length > 0) {
            i += length;
            continue;
        }
        if (i > start)
            text(bytes.sliced(start, i - start));
        raw(data[i]);
        start = ++i;
    }
    if (i > start)
        text(bytes.sliced(start, i - start));
}

QByteArray join(const QByteArray& folder, const QByteArray& name)
{
    return folder.endsWith('/') ? QByteArray(folder + name) : QByteArray(folder + '/' + name);
}

QString errorText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

struct Walker {
    QList<std::pair<QString, CollectedFile>> found; // relative display path, file
    QList<SkippedFolder> skipped;

    // `relative` is the display path under the folder argument, empty or ending in '/'.
    void walk(const QByteArray& folder, const QString& relative)
    {
        DIR* dir = ::opendir(folder.constData());
        if (!dir) {
            const int error = errno;
            skip(folder, relative, QStringLiteral("unreadable folder (%1)").arg(errorText(error)));
            return;
        }
        QList<QByteArray> names;
        int readError = 0;
        for (;;) {
            errno = 0; // readdir() returns null both at the end and on an error
            const dirent* entry = ::readdir(dir);
            if (!entry) {
                readError = errno;
                break;
            }
            const QByteArray name(entry->d_name);
            if (name != "." && name != "..")
                names.append(name);
        }
        ::closedir(dir);
        if (readError != 0)
            skip(folder, relative, QStringLiteral("folder read only in part (%1)").arg(errorText(readError)));
        std::sort(names.begin(), names.end()); // skipped folders are then reported in a stable order

        for (const QByteArray& name : std::as_const(names)) {
            const QByteArray path = join(folder, name);
            const QString shown = relative + FileCollector::displayName(name);
            struct stat link {};
            if (::lstat(path.constData(), &link) != 0) {
                // Listed but not there any more, or in a folder that may be listed but not searched.
                if (FileCollector::isImportable(shown))
                    file(path, shown);
                continue;
            }
            struct stat target = link;
            const bool isLink = S_ISLNK(link.st_mode);
            if (isLink && ::stat(path.constData(), &target) != 0) {
                if (FileCollector::isImportable(shown))
                    file(path, shown); // dangling: the import says so
                continue;
            }
            if (S_ISDIR(target.st_mode)) {
                if (isLink)
                    skip(path, shown + QLatin1Char('/'), QStringLiteral("symbolic link to a folder, not followed"));
                else if (name.startsWith('.'))
                    skip(path, shown + QLatin1Char('/'), QStringLiteral("hidden folder, not searched"));
                else
                    walk(path, shown + QLatin1Char('/'));
                continue;
            }
            // Regular files, and FIFOs, sockets and devices with a text file's name: the import opens
            // none of the latter, it reports them.
            if (FileCollector::isImportable(shown))
                file(path, shown);
        }
    }

    void file(const QByteArray& native, const QString& relative)
    {
        found.append({ relative, { FileCollector::displayName(native), relative, native } });
    }

    void skip(const QByteArray& native, const QString& relative, const QString& reason)
    {
        skipped.append({ QDir::cleanPath(FileCollector::displayName(native)), relative, reason });
    }
};

void collectResource(const QString& root, QList<CollectedFile>& out)
{
    // Qt resources hold only the files built in: valid names, no links, nothing to report.
    QStringList relative;
    QDirIterator it(root, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        if (FileCollector::isImportable(file))
            relative.append(QDir(root).relativeFilePath(file));
    }
    std::sort(relative.begin(), relative.end());
    for (const QString& source : std::as_const(relative))
        out.append({ QDir::cleanPath(QDir(root).filePath(source)), source, {} });
}

} // namespace

bool FileCollector::isImportable(const QString& fileName)
{
    // Text, and the archive formats of issue 16: PDF, scans as images, e-mail (one message or an mbox).
    static const QLatin1String suffixes[] = { QLatin1String("txt"), QLatin1String("md"), QLatin1String("pdf"),
        QLatin1String("png"), QLatin1String("jpg"), QLatin1String("jpeg"), QLatin1String("tif"), QLatin1String("tiff"),
        QLatin1String("eml"), QLatin1String("mbox") };
    const QString suffix = QFileInfo(fileName).suffix();
    return std::any_of(std::begin(suffixes), std::end(suffixes),
        [&](QLatin1String known) { return suffix.compare(known, Qt::CaseInsensitive) == 0; });
}

QString FileCollector::displayName(QByteArrayView nativeName)
{
    QString out;
    splitUtf8(
        nativeName, [&](QByteArrayView run) { out += QString::fromUtf8(run); },
        [&](quint8 byte) { out += QChar(char16_t(byte)); });
    return out;
}

QString FileCollector::argumentFromNative(QByteArrayView nativePath)
{
    QString out;
    splitUtf8(
        nativePath, [&](QByteArrayView run) { out += QString::fromUtf8(run); },
        [&](quint8 byte) { out += QChar(char16_t(0xDC00 + byte)); });
    return out;
}

QByteArray FileCollector::nativeFromArgument(const QString& argument)
{
    QByteArray out;
    qsizetype start = 0;
    for (qsizetype i = 0; i < argument.size(); ++i) {
        const char16_t c = argument.at(i).unicode();
        const bool escaped = c >= 0xDC80 && c <= 0xDCFF && (i == 0 || !argument.at(i - 1).isHighSurrogate());
        if (!escaped)
            continue;
        out += QStringView(argument).sliced(start, i - start).toUtf8();
        out += char(c - 0xDC00);
        start = i + 1;
    }
    out += QStringView(argument).sliced(start).toUtf8();
    return out;
}

QStringList FileCollector::argumentsFromCommandLine(const QStringList& parsed, int argc, const char* const* argv)
{
    QHash<QString, QString> raw;
    for (int i = 1; i < argc; ++i)
        raw.insert(QString::fromLocal8Bit(argv[i]), argumentFromNative(QByteArrayView(argv[i])));
    QStringList out;
    for (const QString& argument : parsed)
        out.append(raw.value(argument, argument));
    return out;
}

Collection FileCollector::collect(const QStringList& paths)
{
    Collection result;
    QHash<QString, QByteArray> seen; // shown path -> the bytes it was read from
    const auto add = [&](const CollectedFile& file) {
        const auto known = seen.constFind(file.path);
        if (known == seen.constEnd()) {
            seen.insert(file.path, file.nativePath);
            result.files.append(file);
        } else if (*known != file.nativePath) {
            // "café.txt" in UTF-8 and in Latin-1 side by side show alike: the second is named, not lost.
            result.skipped.append({ file.path, file.source,
                QStringLiteral("not imported: its name shows as another file's (a name that is not UTF-8)") });
        }
    };

    for (const QString& argument : paths) {
        if (argument.startsWith(QLatin1Char(':'))) {
            QList<CollectedFile> files;
            if (QFileInfo(argument).isDir()) {
                result.folders.append(QDir::cleanPath(argument));
                collectResource(QDir::cleanPath(argument), files);
            } else {
                result.fileArguments.append(argument);
                files.append({ argument, QFileInfo(argument).fileName(), {} });
            }
            for (const CollectedFile& file : std::as_const(files))
                add(file);
            continue;
        }
        // Cleaned as text, in the escaped form that keeps every byte.
        const QString absolute = QDir::cleanPath(QDir::isAbsolutePath(argument) ? argument : QDir::current().filePath(argument));
        const QByteArray native = nativeFromArgument(absolute);
        const QString shown = displayName(native);
        struct stat st {};
        if (::stat(native.constData(), &st) != 0 || !S_ISDIR(st.st_mode)) {
            result.fileArguments.append(shown);
            const qsizetype slash = native.lastIndexOf('/');
            const QString name = displayName(QByteArrayView(native).sliced(slash + 1));
            add({ shown, name.isEmpty() ? argument : name, native });
            continue;
        }
        result.folders.append(shown);
        Walker walker;
        walker.walk(native, {});
        std::sort(walker.found.begin(), walker.found.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
        for (const auto& [relative, file] : std::as_const(walker.found))
            add(file);
        for (SkippedFolder& folder : walker.skipped) {
            if (folder.source.isEmpty()) // the argument itself
                folder.source = QFileInfo(shown).fileName() + QLatin1Char('/');
            result.skipped.append(folder);
        }
    }
    return result;
}

} // namespace littoral::core
