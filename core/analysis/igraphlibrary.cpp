// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/igraphlibrary.h"

#include <igraph.h>

namespace littoral::core {

QString igraphLibraryVersion()
{
    const char* version = nullptr;
    int major = 0, minor = 0, patch = 0;
    igraph_version(&version, &major, &minor, &patch);
    return version ? QString::fromLatin1(version) : QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(patch);
}

} // namespace littoral::core
