// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/document.h"

namespace littoral::core {

// Runs every extraction rule over one cleaned text. Pure and thread-safe (import runs it on a pool).
class DocumentExtractor final {
public:
    static Extraction extract(const QString& cleanedText);
};

} // namespace littoral::core
