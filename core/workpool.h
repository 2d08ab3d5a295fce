// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QThreadPool;

namespace littoral::core {

// The pool for Littoral's long work: imports, corpus loads, graph layouts. Not Qt's global pool:
// Qt's raster engine splits some paints over the global pool and waits for them, so a long import
// there froze the window's painting for half a second at a time.
QThreadPool* workPool();

} // namespace littoral::core
