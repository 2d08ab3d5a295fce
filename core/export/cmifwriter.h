// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/export/exportinput.h"
#include "core/result.h"

#include <QCoreApplication>

class QIODevice;

namespace littoral::core {

// CMIF (TEI correspDesc) for correspSearch: one correspDesc per letter. Thread of the input's database.
class CmifWriter final {
    Q_DECLARE_TR_FUNCTIONS(littoral::core::CmifWriter)
public:
    [[nodiscard]] static Result<ExportCounts> write(const ExportInput& input, QIODevice& device);
};

} // namespace littoral::core
