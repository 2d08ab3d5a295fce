// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/export/exportinput.h"
#include "core/result.h"

class QIODevice;

namespace littoral::core {

// GEXF 1.3 for Gephi: the sender → recipient graph with one spell per letter. Thread of the input's database.
class GexfWriter final {
public:
    [[nodiscard]] static Result<ExportCounts> write(const ExportInput& input, QIODevice& device);
};

} // namespace littoral::core
