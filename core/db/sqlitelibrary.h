// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace littoral::core {

// The version of the SQLite library the corpus is read and written with ("3.40.1"), as the library
// running now reports it (not the headers Littoral was built against): what Help ▸ About shows.
QString sqliteLibraryVersion();

} // namespace littoral::core
