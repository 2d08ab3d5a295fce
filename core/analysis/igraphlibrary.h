// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace littoral::core {

// The version of the igraph library laying out the graph ("0.10.2"), as the library running now
// reports it: what Help ▸ About shows.
QString igraphLibraryVersion();

} // namespace littoral::core
