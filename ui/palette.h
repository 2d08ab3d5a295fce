// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The palette moved to render/ with the painters that use it; the widgets keep their name for it.
#include "render/palette.h"

namespace littoral::ui {
using Palette = render::Palette;
}
