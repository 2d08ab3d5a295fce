// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <functional>

namespace littoral::test {

// The CPU time this thread spends in `work`, in nanoseconds, the least of `repeats` runs. Unlike the
// wall clock it is not stretched by other processes on a busy machine, so tests compare such times
// with each other (how work grows with the input) rather than with a fixed limit.
qint64 threadCpuNanoseconds(const std::function<void()>& work, int repeats = 3);

} // namespace littoral::test
