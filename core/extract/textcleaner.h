// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace littoral::core {

// Normalises decoded text into the form that is stored and that every evidence offset points into:
// LF line ends, no NUL bytes, form feeds as page breaks, NFC, ligatures expanded, words hyphenated
// across line breaks re-joined, repeated page headers/footers and bare page numbers removed.
// Pure and thread-safe.
class TextCleaner final {
public:
    static QString clean(const QString& decoded);
};

} // namespace littoral::core
