// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QTimer>

namespace littoral::bench {

// A 10 ms heartbeat on the GUI thread: the longest gap between beats is the longest stall a person
// would feel. Closes the "some files were skipped" box so an unattended run never blocks on it.
class Heartbeat final {
public:
    Heartbeat();
    void restart();
    double maxGap() const { return m_maxGap; }
    double maxGapEnd() const { return m_maxGapEnd; } // when the longest stall ended, on now()'s clock
    double now() const;

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_last = 0;
    double m_maxGap = 0;
    double m_maxGapEnd = 0;
};

} // namespace littoral::bench
