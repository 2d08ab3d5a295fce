// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/extract/textdecoder.h"
#include "core/formats/mailmessage.h"

#include <QByteArray>
#include <QList>

#include <expected>
#include <functional>

namespace littoral::core {

// One message's place in an mbox file.
struct MboxMessageSpan {
    qint64 offset = 0; // of its first header byte (past the "From " separator line)
    qint64 length = 0;
    friend bool operator==(const MboxMessageSpan&, const MboxMessageSpan&) = default;
};

// E-mail through GMime: multipart, quoted-printable, base64, RFC 2047 encoded words, charsets. No
// MIME is parsed by hand here. Any thread (GMime is initialised once, thread-safely).
class MailReader final {
public:
    // One message (.eml, or one span of an mbox). Damaged when GMime finds no message in it.
    [[nodiscard]] static std::expected<MailMessage, Rejection> parse(const QByteArray& bytes);
    // Streams an mbox file message by message (a 1 GB mbox is never held in memory) and gives each
    // message's span; polls isCanceled between messages.
    [[nodiscard]] static std::expected<QList<MboxMessageSpan>, Rejection> scanMbox(
        const QByteArray& nativePath, const std::function<bool()>& isCanceled = {});
    // Whether a file looks like an mbox ("From " on its first line) or a single message (headers).
    static bool looksLikeMbox(QByteArrayView head);
    static bool looksLikeMessage(QByteArrayView head);
};

} // namespace littoral::core
