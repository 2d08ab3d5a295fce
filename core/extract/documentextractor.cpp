// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/documentextractor.h"

namespace littoral::core {

Extraction DocumentExtractor::extract(const QString& cleanedText)
{
    Q_UNUSED(cleanedText);
    return {}; // placeholder until the rules land
}

} // namespace littoral::core
