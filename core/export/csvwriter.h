// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/export/exportinput.h"
#include "core/result.h"

class QIODevice;

namespace littoral::core {

// documents.csv and participations.csv (RFC 4180, UTF-8 with BOM, formula injection neutralised). Thread of the input's database.
class CsvWriter final {
public:
    [[nodiscard]] static Result<ExportCounts> write(const ExportInput& input, const QString& folder);
};

} // namespace littoral::core
