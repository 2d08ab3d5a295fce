// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "heartbeat.h"

#include "benchutil.h"

#include <QApplication>
#include <QMessageBox>

namespace littoral::bench {

Heartbeat::Heartbeat()
{
    m_clock.start();
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(10);
    QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
        const double at = now();
        if (at - m_last > m_maxGap) {
            m_maxGap = at - m_last;
            m_maxGapEnd = at;
        }
        m_last = at;
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
            box->done(QMessageBox::Ok);
    });
}

void Heartbeat::restart()
{
    m_maxGap = 0;
    m_maxGapEnd = 0;
    m_last = now();
    m_timer.start();
}

double Heartbeat::now() const
{
    return elapsedMs(m_clock);
}

} // namespace littoral::bench
