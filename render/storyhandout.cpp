// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/storyhandout.h"

namespace littoral::render {

// PLACEHOLDER (stories part).
core::Result<void> writeStoryHandout(const StoryHandoutInput&, const QString&) { return {}; }

} // namespace littoral::render
