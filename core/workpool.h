// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QThreadPool;

namespace littoral::core {

// The pool for Littoral's long work: imports, corpus loads, graph layouts. Not Qt's global pool:
// Qt's raster engine splits some paints over the global pool and waits for them, so a long import
// there froze the window's painting for half a second at a time.
QThreadPool* workPool();

// The pool for the stage of a pipeline that works ahead of a serial one: an import's reading and
// extraction, ahead of its single writer. Its tasks call runInBackground() first, so that the writer,
// which the whole import waits on, and the window get a core before them; at 100,000 documents the
// writer otherwise spent a fifth of its time waiting for a core the pool held.
QThreadPool* backgroundPool();

// Lowers the priority of the calling thread when it is one of backgroundPool()'s (once per thread;
// the priority cannot be raised again). Does nothing on any other thread: a thread waiting on a task
// may run it itself.
void runInBackground();

} // namespace littoral::core
