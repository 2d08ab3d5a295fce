// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>

namespace littoral::core {

// igraph keeps its random generator and its error and warning handlers in global state: every call
// into it holds this lock (a layout and an analysis may run on two pool threads at once).
QMutex& igraphMutex();

} // namespace littoral::core
