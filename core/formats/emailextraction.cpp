// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/emailextraction.h"

namespace littoral::core {

// PLACEHOLDER (helper "mail")
EmailDocument EmailExtraction::extract(const MailMessage&, ExtractionBudget&)
{
    return {};
}

} // namespace littoral::core
