// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchutil.h"

#include <QFile>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace littoral::bench {

double median(QList<double> samples)
{
    if (samples.isEmpty())
        return 0.0;
    std::sort(samples.begin(), samples.end());
    const qsizetype n = samples.size();
    return n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2.0;
}

double percentile(QList<double> samples, double p)
{
    if (samples.isEmpty())
        return 0.0;
    std::sort(samples.begin(), samples.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(samples.size())));
    return samples[std::clamp<qsizetype>(rank - 1, 0, samples.size() - 1)];
}

namespace {

double statusMb(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0.0;
    const QByteArray key(field);
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0.0;
}

} // namespace

double peakRssMb()
{
    return statusMb("VmHWM:");
}

double currentRssMb()
{
    return statusMb("VmRSS:");
}

void emitResult(const QJsonObject& result)
{
    const QByteArray json = QJsonDocument(result).toJson(QJsonDocument::Compact);
    std::fprintf(stdout, "BENCH-RESULT %s\n", json.constData());
    std::fflush(stdout);
}

void note(const QString& text)
{
    std::fprintf(stderr, "  %s\n", text.toLocal8Bit().constData());
    std::fflush(stderr);
}

} // namespace littoral::bench
