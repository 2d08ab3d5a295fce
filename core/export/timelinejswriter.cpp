// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/timelinejswriter.h"

namespace littoral::core {

// PLACEHOLDER (issue 14 groundwork): replaced by the real writer before merge.
Result<ExportCounts> TimelineJsWriter::write(const ExportInput&, QIODevice&)
{
    return fail(ErrorCode::InvalidInput, QStringLiteral("timelinejs: not written yet"));
}

} // namespace littoral::core
