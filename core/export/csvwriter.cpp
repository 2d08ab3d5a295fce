// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/csvwriter.h"

namespace littoral::core {

// PLACEHOLDER (issue 14 groundwork): replaced by the real writer before merge.
Result<ExportCounts> CsvWriter::write(const ExportInput&, const QString&)
{
    return fail(ErrorCode::InvalidInput, QStringLiteral("csv: not written yet"));
}

} // namespace littoral::core
