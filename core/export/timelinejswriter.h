// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/export/exportinput.h"
#include "core/result.h"

#include <QCoreApplication>

class QIODevice;

namespace littoral::core {

// TimelineJS JSON: documents and mentioned events as slides. Thread of the input's database.
class TimelineJsWriter final {
    Q_DECLARE_TR_FUNCTIONS(littoral::core::TimelineJsWriter)
public:
    [[nodiscard]] static Result<ExportCounts> write(const ExportInput& input, QIODevice& device);
    // How many slides write() makes of these rows (dated documents and distinct dated events they
    // mention), from the index alone: for the warning before a long export.
    static int slideCount(const CorpusIndex& corpus, const QList<qsizetype>& rows);
};

} // namespace littoral::core
