// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace littoral::core {

// The bytes a document was read from, for the reader's page view: a file's, one message's of an mbox
// ("/archive/2016.mbox#3"), or an attachment's ("/archive/note.eml/rapport.pdf",
// "/archive/2016.mbox#3/scan.png"), found again from the stored source path. Any thread.
class OriginalSource final {
public:
    [[nodiscard]] static Result<QByteArray> bytes(const QString& sourcePath);
    // "/a/2016.mbox#3/scan.png" → { "/a/2016.mbox", 3, "scan.png" }; message 0 for an .eml; a plain
    // file gives itself with message -1 and no attachment.
    struct Parts {
        QString filePath;
        int message = -1;
        QString attachment;
        friend bool operator==(const Parts&, const Parts&) = default;
    };
    static Parts split(const QString& sourcePath);
};

} // namespace littoral::core
