// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace littoral::test {

// Text as other programs write it to disk, for the decoder and import tests.
namespace EncodedText {

// UTF-16 code units in the given byte order, without a byte-order mark.
QByteArray utf16(const QString& text, bool littleEndian);
// What a Windows program writing UTF-16 through a text-mode stream leaves: a CR byte before every LF byte.
QByteArray throughTextMode(const QByteArray& bytes);

} // namespace EncodedText

} // namespace littoral::test
