// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The colours moved to render/ with the painters that use them; the widgets keep their name.
#include "render/palette.h"

namespace littoral::ui {
using render::Palette;
}
