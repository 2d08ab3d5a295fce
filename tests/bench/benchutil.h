// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace littoral::bench {

// Milliseconds since the timer started, with sub-millisecond precision.
inline double elapsedMs(const QElapsedTimer& timer) { return double(timer.nsecsElapsed()) / 1e6; }

double median(QList<double> samples);
// Nearest-rank percentile (p in 0..100).
double percentile(QList<double> samples, double p);
// Peak resident set of this process so far (VmHWM), in MB.
double peakRssMb();
// Resident set of this process now (VmRSS), in MB.
double currentRssMb();
// A phase's result, printed on stdout as one tagged line for the parent process to collect.
void emitResult(const QJsonObject& result);
// Progress for a person watching the run, on stderr.
void note(const QString& text);

} // namespace littoral::bench
