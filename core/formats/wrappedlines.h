// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/formats/readresult.h"

namespace littoral::core {

// A PDF or a scan breaks a paragraph wherever the margin falls, while extraction reads a heading,
// a signature or "issued by X and Y" line by line: a title wrapped over three lines must read as the
// one line it was typed as. A line break is a wrap, and becomes a space, when the next line's first
// word could not have fitted in the room left before the right margin, the line is long and the next
// starts at the left margin (an address block's short lines, a right-aligned date or an indented
// paragraph keep their breaks). A break after a hyphen stays, for the cleaning's hyphenation rule.
// Offsets are unchanged (one character for another). Pure; any thread.
class WrappedLines {
public:
    static void join(ReadPage& page);
};

} // namespace littoral::core
