// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace littoral::core {

// Why an import did not take a file or a folder, as a stable code and its arguments: kept in the
// corpus (import_issues.code, .args), written in English by the export and the CLI's JSON (the
// contract: "binary file (PNG image)" whatever the locale), and said in the interface language only
// for display. The decoder and the import word their findings in English from fixed templates;
// fromEnglish() reads any of them back into a code, so nothing is lost: text it does not recognise is
// kept whole as Other. Any thread, pure.
struct ImportProblem {
    enum class Code {
        Other, // args[0]: the text as it was
        EmptyFile, BinaryFile, Undecodable, FileTooLarge, Unreadable, NotRegularFile, // args: [detail]
        PasswordProtected, DamagedFile, TooManyPages, TooDemanding, // args: [detail] (archive formats)
        FileGone,
        UnreadableFolder, FolderReadInPart, // args[0]: the system's error text
        FolderLinkNotFollowed, HiddenFolder,
        NameLikeAnother, // a name that is not UTF-8 shows as another file's
    };
    Code code = Code::Other;
    QStringList args;

    static ImportProblem fromEnglish(const QString& text);
    QString englishText() const;
    QString displayText() const; // translated (tr), details included where Littoral wrote them

    static QString codeName(Code code); // "empty_file", … as stored
    static Code codeFromName(const QString& name); // Other when unknown
    QString argsJson() const; // a JSON array of strings, as stored
    static QStringList argsFromJson(const QString& json);

    friend bool operator==(const ImportProblem&, const ImportProblem&) = default;

    Q_DECLARE_TR_FUNCTIONS(littoral::core::ImportProblem) // last: the macro ends with "private:"
};

} // namespace littoral::core
