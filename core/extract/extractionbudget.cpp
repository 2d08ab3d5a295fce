// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/extractionbudget.h"

namespace littoral::core {

ExtractionBudget::ExtractionBudget(const ExtractionLimits& limits)
    : m_deadline(limits.budgetMs >= 0 ? QDeadlineTimer(limits.budgetMs) : QDeadlineTimer(QDeadlineTimer::Forever))
    , m_isCanceled(limits.isCanceled)
    , m_limited(limits.budgetMs >= 0 || limits.isCanceled)
{
}

bool ExtractionBudget::spent()
{
    ++m_checks;
    if (m_spent || !m_limited)
        return m_spent;
    if (m_isCanceled) {
        ++m_polls;
        if (m_isCanceled())
            return m_spent = true;
    }
    return m_spent = m_deadline.hasExpired();
}

} // namespace littoral::core
