// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/extract/textdecoder.h"
#include "core/formats/readresult.h"

#include <QByteArray>

#include <optional>

namespace littoral::core {

// The frames littoral-reader writes on its stdout and ReaderProcess reads, in this order: Begin (the
// page count), for each page Started then Page, then End (the metadata); or Failed at any point. Each
// frame is a QDataStream QByteArray (a 32-bit length, then the bytes), the bytes starting with the
// magic, the protocol version and the kind, so a helper from another build is refused, not misread.
struct ReaderFrame {
    enum class Kind : quint8 { Begin = 1, Started = 2, Page = 3, End = 4, Failed = 5 };
    Kind kind = Kind::Failed;
    int pageCount = 0; // Begin
    int pageIndex = -1; // Started, Page (0-based)
    ReadPage page; // Page
    PdfMetadata metadata; // End
    Rejection rejection; // Failed

    QByteArray encode() const; // with its length prefix
    // Takes one whole frame off the front of `buffer`; nullopt while it is incomplete. A frame that
    // does not parse comes back as Failed/Damaged.
    static std::optional<ReaderFrame> take(QByteArray& buffer);
};

// What ReaderProcess asks a serving littoral-reader (--serve) to read, one request after another on
// its stdin, framed as ReaderFrames are: a file by its path, or bytes (an e-mail's attachment), and
// the password if one was given. One helper then reads many files: it starts once per import thread
// instead of once per file (loading its libraries costs three times what pdftotext spends on a letter).
struct ReaderRequest {
    QString path; // empty: read `bytes`
    QByteArray bytes;
    QString password;

    QByteArray encode() const; // with its length prefix
    // The request in a frame's payload (the bytes after the length); nullopt when it does not parse.
    static std::optional<ReaderRequest> decode(const QByteArray& payload);
};

} // namespace littoral::core
