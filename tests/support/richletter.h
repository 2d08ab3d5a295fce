// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/document.h"

#include <QString>

namespace littoral::test {

// SHA-256 of the text's UTF-8 bytes, hex.
QString sha(const QString& text);
// A stored document with that text and nothing extracted.
littoral::core::Document makeDocument(const QString& path, const QString& text);
// A letter with everything extraction can find (date, place, four participants, two events), every
// offset pointing into its text.
littoral::core::Document richLetter(const QString& path = QStringLiteral("/corpus/000.txt"));

} // namespace littoral::test
