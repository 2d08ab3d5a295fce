// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/importproblem.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QHash>
#include <QRegularExpression>

#include <array>

namespace littoral::core {

namespace {

using Code = ImportProblem::Code;

struct CodeText {
    Code code;
    const char* name;    // stored
    const char* english; // exported; for the reason codes, the text a detail is appended to in parentheses
};

// The English texts are those of rejectReasonText() and the import's own; never edit one: they are
// the export's and the stored rows' vocabulary.
constexpr std::array kCodes {
    CodeText { Code::EmptyFile, "empty_file", "empty file" },
    CodeText { Code::BinaryFile, "binary_file", "binary file" },
    CodeText { Code::Undecodable, "undecodable", "undecodable" },
    CodeText { Code::FileTooLarge, "file_too_large", "file too large" },
    CodeText { Code::Unreadable, "unreadable", "unreadable" },
    CodeText { Code::NotRegularFile, "not_regular_file", "not a regular file" },
    CodeText { Code::PasswordProtected, "password_protected", "password-protected" },
    CodeText { Code::DamagedFile, "damaged_file", "damaged file" },
    CodeText { Code::TooManyPages, "too_many_pages", "too many pages" },
    CodeText { Code::TooDemanding, "too_demanding", "too demanding to read" },
    CodeText { Code::FileGone, "file_gone", "file no longer exists" },
    CodeText { Code::UnreadableFolder, "unreadable_folder", "unreadable folder" },
    CodeText { Code::FolderReadInPart, "folder_read_in_part", "folder read only in part" },
    CodeText { Code::FolderLinkNotFollowed, "folder_link_not_followed", "symbolic link to a folder, not followed" },
    CodeText { Code::HiddenFolder, "hidden_folder", "hidden folder, not searched" },
    CodeText { Code::NameLikeAnother, "name_like_another",
        "not imported: its name shows as another file's (a name that is not UTF-8)" },
    CodeText { Code::Other, "other", "" },
};

const CodeText& entry(Code code)
{
    for (const CodeText& c : kCodes)
        if (c.code == code)
            return c;
    return kCodes.back();
}

// Details Littoral writes itself (textdecoder.cpp, importjob.cpp), translated when shown. A detail
// from the system (an error text, a file name) is shown as it came.
struct DetailPattern {
    const char* pattern; // anchored; its captures are the template's %1, %2
    const char* text;    // the English template, translated through ImportProblem's context
};
const DetailPattern kDetailPatterns[] = {
    // Scans (core/formats/imagefile.cpp, ocrengine.cpp); before the general "more than the limit".
    { R"(^(\d+) \x{00D7} (\d+) pixels, more than the (.+)-megapixel limit$)",
        QT_TRANSLATE_NOOP("littoral::core::ImportProblem", "%1 × %2 pixels, more than the %3-megapixel limit") },
    { R"(^no page (\d+)$)", QT_TRANSLATE_NOOP("littoral::core::ImportProblem", "no page %1") },
    { R"(^no OCR language data for (\S+) in (.+) \(install (\S+)\)$)",
        QT_TRANSLATE_NOOP("littoral::core::ImportProblem", "no OCR language data for %1 in %2 (install %3)") },
    { R"(^(.+), more than the (.+) limit$)", QT_TRANSLATE_NOOP("littoral::core::ImportProblem", "%1, more than the %2 limit") },
    { R"(^more than the (.+) limit$)", QT_TRANSLATE_NOOP("littoral::core::ImportProblem", "more than the %1 limit") },
    { R"(^binary data \((\d+)% NUL bytes\)$)", QT_TRANSLATE_NOOP("littoral::core::ImportProblem", "binary data (%1% NUL bytes)") },
    { R"(^binary data \((\d+)% control bytes\)$)", QT_TRANSLATE_NOOP("littoral::core::ImportProblem", "binary data (%1% control bytes)") },
    { R"(^decodes as (.+) to mostly control characters$)",
        QT_TRANSLATE_NOOP("littoral::core::ImportProblem", "decodes as %1 to mostly control characters") },
    { R"(^invalid (.+) despite a (.+) byte-order mark$)", QT_TRANSLATE_NOOP("littoral::core::ImportProblem", "invalid %1 despite a %2 byte-order mark") },
    { R"(^invalid UTF-8 and not Windows-1252 \(byte 0x([0-9A-Fa-f]+) is undefined there\)$)",
        QT_TRANSLATE_NOOP("littoral::core::ImportProblem", "invalid UTF-8 and not Windows-1252 (byte 0x%1 is undefined there)") },
    { R"(^dangling symbolic link to (.+)$)", QT_TRANSLATE_NOOP("littoral::core::ImportProblem", "dangling symbolic link to %1") },
};
const char* const kFixedDetails[] = {
    QT_TRANSLATE_NOOP("littoral::core::ImportProblem", "0 bytes"),
    QT_TRANSLATE_NOOP("littoral::core::ImportProblem", "only whitespace"),
    QT_TRANSLATE_NOOP("littoral::core::ImportProblem", "only blank space"),
    QT_TRANSLATE_NOOP("littoral::core::ImportProblem", "only a byte-order mark"),
    QT_TRANSLATE_NOOP("littoral::core::ImportProblem", "FIFO"),
    QT_TRANSLATE_NOOP("littoral::core::ImportProblem", "socket"),
    QT_TRANSLATE_NOOP("littoral::core::ImportProblem", "character device"),
    QT_TRANSLATE_NOOP("littoral::core::ImportProblem", "block device"),
    QT_TRANSLATE_NOOP("littoral::core::ImportProblem", "folder"),
    QT_TRANSLATE_NOOP("littoral::core::ImportProblem", "special file"),
    QT_TRANSLATE_NOOP("littoral::core::ImportProblem", "PNG image"),
    QT_TRANSLATE_NOOP("littoral::core::ImportProblem", "JPEG image"),
    QT_TRANSLATE_NOOP("littoral::core::ImportProblem", "GIF image"),
    QT_TRANSLATE_NOOP("littoral::core::ImportProblem", "TIFF image"),
    QT_TRANSLATE_NOOP("littoral::core::ImportProblem", "ICO image"),
    QT_TRANSLATE_NOOP("littoral::core::ImportProblem", "PDF document"),
    QT_TRANSLATE_NOOP("littoral::core::ImportProblem", "ZIP archive"),
    QT_TRANSLATE_NOOP("littoral::core::ImportProblem", "ZIP archive (or DOCX/ODT/XLSX document)"),
    QT_TRANSLATE_NOOP("littoral::core::ImportProblem", "OLE2 document (DOC/XLS/MSG)"),
    QT_TRANSLATE_NOOP("littoral::core::ImportProblem", "gzip archive"),
    QT_TRANSLATE_NOOP("littoral::core::ImportProblem", "bzip2 archive"),
    QT_TRANSLATE_NOOP("littoral::core::ImportProblem", "xz archive"),
    QT_TRANSLATE_NOOP("littoral::core::ImportProblem", "zstd archive"),
    QT_TRANSLATE_NOOP("littoral::core::ImportProblem", "7-Zip archive"),
    QT_TRANSLATE_NOOP("littoral::core::ImportProblem", "RAR archive"),
    QT_TRANSLATE_NOOP("littoral::core::ImportProblem", "ELF executable"),
    QT_TRANSLATE_NOOP("littoral::core::ImportProblem", "Mach-O binary"),
    QT_TRANSLATE_NOOP("littoral::core::ImportProblem", "Java class or Mach-O binary"),
    QT_TRANSLATE_NOOP("littoral::core::ImportProblem", "WebAssembly binary"),
    QT_TRANSLATE_NOOP("littoral::core::ImportProblem", "SQLite database"),
    QT_TRANSLATE_NOOP("littoral::core::ImportProblem", "Ogg media"),
    QT_TRANSLATE_NOOP("littoral::core::ImportProblem", "FLAC audio"),
    QT_TRANSLATE_NOOP("littoral::core::ImportProblem", "MP4/QuickTime media"),
    QT_TRANSLATE_NOOP("littoral::core::ImportProblem", "WOFF font"),
    QT_TRANSLATE_NOOP("littoral::core::ImportProblem", "WOFF2 font"),
    QT_TRANSLATE_NOOP("littoral::core::ImportProblem", "not an image"),
    QT_TRANSLATE_NOOP("littoral::core::ImportProblem", "unreadable image header"),
    QT_TRANSLATE_NOOP("littoral::core::ImportProblem", "image data cannot be decoded"),
    QT_TRANSLATE_NOOP("littoral::core::ImportProblem", "invalid page image"),
    QT_TRANSLATE_NOOP("littoral::core::ImportProblem", "OCR failed"),
};

QString translatedDetail(const QString& detail)
{
    for (const char* fixed : kFixedDetails)
        if (detail == QLatin1String(fixed))
            return ImportProblem::tr(fixed);
    for (const DetailPattern& p : kDetailPatterns) {
        static thread_local QHash<const char*, QRegularExpression> compiled;
        auto it = compiled.find(p.pattern);
        if (it == compiled.end())
            it = compiled.insert(p.pattern, QRegularExpression(QString::fromLatin1(p.pattern)));
        const QRegularExpressionMatch m = it->match(detail);
        if (!m.hasMatch())
            continue;
        QString text = ImportProblem::tr(p.text);
        for (int i = 1; i <= m.lastCapturedIndex(); ++i)
            text = text.arg(m.captured(i));
        return text;
    }
    return detail;
}

bool isReason(Code code)
{
    return code == Code::EmptyFile || code == Code::BinaryFile || code == Code::Undecodable || code == Code::FileTooLarge
        || code == Code::Unreadable || code == Code::NotRegularFile || code == Code::PasswordProtected
        || code == Code::DamagedFile || code == Code::TooManyPages || code == Code::TooDemanding;
}

} // namespace

ImportProblem ImportProblem::fromEnglish(const QString& text)
{
    for (const CodeText& c : kCodes) {
        const QLatin1String english(c.english);
        if (c.code == Code::Other)
            break;
        if (text == english)
            return { c.code, {} };
        // "binary file (PNG image)", "unreadable folder (Permission denied)": a detail in parentheses.
        const bool takesDetail = isReason(c.code) || c.code == Code::UnreadableFolder || c.code == Code::FolderReadInPart;
        if (takesDetail && text.size() > english.size() + 3 && text.startsWith(english)
            && QStringView(text).mid(english.size(), 2) == u" (" && text.endsWith(u')'))
            return { c.code, { text.mid(english.size() + 2, text.size() - english.size() - 3) } };
    }
    return { Code::Other, { text } };
}

QString ImportProblem::englishText() const
{
    if (code == Code::Other)
        return args.value(0);
    const QString base = QString::fromLatin1(entry(code).english);
    return args.isEmpty() ? base : base + QStringLiteral(" (") + args.first() + QLatin1Char(')');
}

QString ImportProblem::displayText() const
{
    QString base;
    switch (code) {
    case Code::Other:
        return args.value(0);
    case Code::EmptyFile:
        base = tr("empty file");
        break;
    case Code::BinaryFile:
        base = tr("binary file");
        break;
    case Code::Undecodable:
        base = tr("undecodable", "a file whose bytes are no known text encoding");
        break;
    case Code::FileTooLarge:
        base = tr("file too large");
        break;
    case Code::Unreadable:
        base = tr("unreadable", "a file");
        break;
    case Code::NotRegularFile:
        base = tr("not a regular file");
        break;
    case Code::PasswordProtected:
        base = tr("password-protected", "a PDF file");
        break;
    case Code::DamagedFile:
        base = tr("damaged file");
        break;
    case Code::TooManyPages:
        base = tr("too many pages");
        break;
    case Code::TooDemanding:
        base = tr("too demanding to read", "a file whose reading ran past its time or memory bound");
        break;
    case Code::FileGone:
        return tr("file no longer exists");
    case Code::UnreadableFolder:
        base = tr("unreadable folder");
        break;
    case Code::FolderReadInPart:
        base = tr("folder read only in part");
        break;
    case Code::FolderLinkNotFollowed:
        return tr("symbolic link to a folder, not followed");
    case Code::HiddenFolder:
        return tr("hidden folder, not searched");
    case Code::NameLikeAnother:
        return tr("not imported: its name shows as another file's (a name that is not UTF-8)");
    }
    if (args.isEmpty())
        return base;
    return tr("%1 (%2)", "a problem and its detail: binary file (PNG image)").arg(base, translatedDetail(args.first()));
}

QString ImportProblem::codeName(Code code)
{
    return QString::fromLatin1(entry(code).name);
}

ImportProblem::Code ImportProblem::codeFromName(const QString& name)
{
    for (const CodeText& c : kCodes)
        if (name == QLatin1String(c.name))
            return c.code;
    return Code::Other;
}

QString ImportProblem::argsJson() const
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(args)).toJson(QJsonDocument::Compact));
}

QStringList ImportProblem::argsFromJson(const QString& json)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue& v : array)
        out.append(v.toString());
    return out;
}

} // namespace littoral::core
