// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <expected>

namespace littoral::core {

// The last four are the archive formats' (issue 16): a PDF with a password, a file its reader cannot
// parse, a PDF with more pages than the import takes, a file whose reading ran past its CPU or memory
// bound (a decompression bomb, an image of absurd size).
enum class RejectReason { Empty, Binary, Undecodable, TooLarge, Unreadable, NotRegularFile,
    PasswordProtected, Damaged, TooManyPages, TooDemanding };

// "empty file", "binary file", "undecodable", "file too large", "unreadable", "not a regular file",
// "password-protected", "damaged file", "too many pages", "too demanding to read"
QString rejectReasonText(RejectReason reason);

struct Rejection {
    RejectReason reason = RejectReason::Undecodable;
    QString detail; // e.g. "PNG image", "invalid UTF-8 and not Windows-1252"
};

struct DecodedText {
    QString text;     // decoded as-is (no cleaning yet)
    QString encoding; // "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "utf-32le", "utf-32be" (BOM only),
                      // "windows-1252", "iso-8859-1"
    qsizetype replacedSequences = 0; // invalid UTF-8 sequences that became U+FFFD (each counted once)
};

// Turns a file's raw bytes into text, detecting the encoding, or says why the bytes are not text.
// A file is UTF-8 when it holds at least one valid multi-byte sequence and at most
// max(3, 1 % of its non-ASCII sequences) invalid ones, which become U+FFFD: one stray byte must
// neither lose a UTF-8 document nor turn it into Windows-1252 mojibake. Pure and thread-safe.
class TextDecoder final {
public:
    static std::expected<DecodedText, Rejection> decode(const QByteArray& bytes);
};

} // namespace littoral::core
