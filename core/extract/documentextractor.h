// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/document.h"
#include "core/extract/extractionbudget.h"

namespace littoral::core {

// Runs every extraction rule over one cleaned text. Pure and thread-safe (import runs it on a pool).
class DocumentExtractor final {
public:
    static Extraction extract(const QString& cleanedText);
    // Stops when the limits say so, keeping what the stages found until then, with cutShort set.
    static Extraction extract(const QString& cleanedText, const ExtractionLimits& limits);
    // The same with a budget the caller reads afterwards (how much work was done).
    static Extraction extract(const QString& cleanedText, ExtractionBudget& budget);
};

} // namespace littoral::core
