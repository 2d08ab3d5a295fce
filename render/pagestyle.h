// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/figure.h"

namespace littoral::render {

// How a figure looks on a printed page (the briefing pack, a story's handout): black on white whatever
// the window's theme, the application's font at `pixelSize` logical pixels. GUI thread (the font).
FigureStyle pageFigureStyle(int pixelSize = 15);

} // namespace littoral::render
