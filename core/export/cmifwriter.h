// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/export/exportinput.h"
#include "core/result.h"

class QIODevice;

namespace littoral::core {

// CMIF (TEI correspDesc) for correspSearch: one correspDesc per letter. Thread of the input's database.
class CmifWriter final {
public:
    [[nodiscard]] static Result<ExportCounts> write(const ExportInput& input, QIODevice& device);
};

} // namespace littoral::core
