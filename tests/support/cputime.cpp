// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/cputime.h"

#include <algorithm>
#include <limits>

#include <time.h>

namespace littoral::test {

namespace {

qint64 threadClock()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

} // namespace

qint64 threadCpuNanoseconds(const std::function<void()>& work, int repeats)
{
    qint64 best = std::numeric_limits<qint64>::max();
    for (int i = 0; i < std::max(1, repeats); ++i) {
        const qint64 start = threadClock();
        work();
        best = std::min(best, threadClock() - start);
    }
    return best;
}

} // namespace littoral::test
