// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/encodedtext.h"

namespace littoral::test::EncodedText {

QByteArray utf16(const QString& text, bool littleEndian)
{
    QByteArray out;
    out.reserve(text.size() * 2);
    for (const QChar c : text) {
        const char lo = char(c.unicode() & 0xFF);
        const char hi = char(c.unicode() >> 8);
        out.append(littleEndian ? lo : hi);
        out.append(littleEndian ? hi : lo);
    }
    return out;
}

QByteArray throughTextMode(const QByteArray& bytes)
{
    QByteArray out;
    out.reserve(bytes.size() + bytes.size() / 16);
    for (const char b : bytes) {
        if (b == '\n')
            out.append('\r');
        out.append(b);
    }
    return out;
}

} // namespace littoral::test::EncodedText
