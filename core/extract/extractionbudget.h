// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDeadlineTimer>

#include <functional>

namespace littoral::core {

// How long one document's extraction may run, and how a caller stops it early.
struct ExtractionLimits {
    int budgetMs = -1;                // per document; negative: no limit
    std::function<bool()> isCanceled; // polled on the extracting thread: must be thread-safe; may be empty
};

// The limits of one running extraction, polled by every stage between bounded pieces of work (a
// line, a date, a match), so a pathological text or a cancelled import stops within one piece.
// Once spent it stays spent: the stages left return what they found so far. One per extraction,
// used on its thread only.
class ExtractionBudget final {
public:
    ExtractionBudget() = default; // no limit
    explicit ExtractionBudget(const ExtractionLimits& limits);

    // Whether the time is up or the caller cancelled. Cheap enough to call per line or per match.
    bool spent();
    bool wasSpent() const { return m_spent; }
    // How many times spent() was asked, and how many of those polled the caller's callback: tests
    // check with these that a cut extraction stopped at once, without timing it.
    qint64 checks() const { return m_checks; }
    qint64 polls() const { return m_polls; }
    // What the stages read for each piece of work: characters handed to a pattern or a search, and
    // earlier findings compared with. Tests check with it that the work grows in proportion to the
    // text, where timings would depend on the machine.
    void examine(qsizetype amount) { m_examined += amount; }
    qint64 examined() const { return m_examined; }

private:
    QDeadlineTimer m_deadline { QDeadlineTimer::Forever };
    std::function<bool()> m_isCanceled;
    bool m_limited = false;
    bool m_spent = false;
    qint64 m_checks = 0;
    qint64 m_polls = 0;
    qint64 m_examined = 0;
};

} // namespace littoral::core
