// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/originalsource.h"

#include "core/formats/mailreader.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace littoral::core {
namespace {

Result<QByteArray> readFile(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return fail(ErrorCode::NotFound, QStringLiteral("%1 does not exist").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, QStringLiteral("%1: %2").arg(path, file.errorString()));
    return file.readAll();
}

// The spans of the last mbox read on this thread: the reader's page view asks for one message after
// another of the same file, and each scan reads the whole file.
struct MboxCache {
    QString path;
    QDateTime modified;
    qint64 size = -1;
    QList<MboxMessageSpan> spans;
};

Result<QByteArray> mboxMessage(const QString& path, int number)
{
    thread_local MboxCache cache;
    const QFileInfo info(path);
    if (!info.isFile())
        return fail(ErrorCode::NotFound, QStringLiteral("%1 does not exist").arg(path));
    if (cache.path != path || cache.modified != info.lastModified() || cache.size != info.size()) {
        const auto spans = MailReader::scanMbox(QFile::encodeName(path));
        if (!spans)
            return fail(
                ErrorCode::Io, QStringLiteral("%1: %2").arg(path, rejectReasonText(spans.error().reason)));
        cache = { path, info.lastModified(), info.size(), *spans };
    }
    if (number < 1 || number > cache.spans.size())
        return fail(ErrorCode::NotFound, QStringLiteral("%1 has no message %2").arg(path).arg(number));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, QStringLiteral("%1: %2").arg(path, file.errorString()));
    const MboxMessageSpan span = cache.spans.at(number - 1);
    if (!file.seek(span.offset))
        return fail(ErrorCode::Io, QStringLiteral("%1: %2").arg(path, file.errorString()));
    return file.read(span.length);
}

} // namespace

OriginalSource::Parts OriginalSource::split(const QString& sourcePath)
{
    // "FILE#N" or "FILE#N/attachment": an mbox message (mbox files often have no suffix, Thunderbird's
    // "Inbox"). A file that exists under the whole path is that file, whatever its name.
    static const QRegularExpression mboxPart(QStringLiteral(R"(^(.*[^/])#([0-9]{1,9})(?:/(.+))?$)"));
    static const QRegularExpression emlPart(
        QStringLiteral(R"(^(.*\.eml)(?:/(.+))?$)"), QRegularExpression::CaseInsensitiveOption);
    if (QFileInfo(sourcePath).isFile())
        return { sourcePath, emlPart.match(sourcePath).hasMatch() ? 0 : -1, {} };
    if (const QRegularExpressionMatch m = mboxPart.match(sourcePath); m.hasMatch())
        return { m.captured(1), m.captured(2).toInt(), m.captured(3) };
    if (const QRegularExpressionMatch m = emlPart.match(sourcePath); m.hasMatch())
        return { m.captured(1), 0, m.captured(2) };
    // A message file with another suffix: the longest leading part that is a file holds the attachment.
    for (qsizetype slash = sourcePath.lastIndexOf(QLatin1Char('/')); slash > 0;
         slash = sourcePath.lastIndexOf(QLatin1Char('/'), slash - 1))
        if (QFileInfo(sourcePath.left(slash)).isFile())
            return { sourcePath.left(slash), 0, sourcePath.mid(slash + 1) };
    return { sourcePath, -1, {} };
}

Result<QByteArray> OriginalSource::bytes(const QString& sourcePath)
{
    const Parts parts = split(sourcePath);
    Result<QByteArray> message
        = parts.message > 0 ? mboxMessage(parts.filePath, parts.message) : readFile(parts.filePath);
    if (!message || parts.attachment.isEmpty())
        return message;
    const auto parsed = MailReader::parse(*message);
    if (!parsed)
        return fail(ErrorCode::InvalidInput,
            QStringLiteral("%1: %2").arg(sourcePath, rejectReasonText(parsed.error().reason)));
    for (const MailAttachment& a : parsed->attachments)
        if (a.fileName == parts.attachment)
            return a.bytes;
    return fail(
        ErrorCode::NotFound, QStringLiteral("%1: no attachment %2").arg(parts.filePath, parts.attachment));
}

} // namespace littoral::core
