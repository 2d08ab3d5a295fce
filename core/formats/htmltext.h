// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace littoral::core {

// An HTML e-mail body as plain text: script and style dropped, block elements and <br> as line
// breaks, list items as "- ", entities decoded (the common named ones and every numeric one),
// runs of spaces collapsed. Not a renderer: enough for extraction to read the words. Pure, any thread.
class HtmlText final {
public:
    static QString toPlainText(const QString& html);
};

} // namespace littoral::core
