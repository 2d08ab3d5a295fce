// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/igraphlock.h"

namespace littoral::core {

QMutex& igraphMutex()
{
    static QMutex mutex;
    return mutex;
}

} // namespace littoral::core
