// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/densitybins.h"

#include "core/models/documenttablemodel.h"
#include "render/timelinedata.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace littoral::render {

using core::TimeScale;

namespace {

double bucketStart(DensityBins::Bucket bucket, double time)
{
    const QDate d = TimeScale::toDate(time);
    switch (bucket) {
    case DensityBins::Bucket::Week:
        return std::floor(time / 7.0) * 7.0; // Mondays
    case DensityBins::Bucket::Month:
        return TimeScale::toTime(QDate(d.year(), d.month(), 1));
    case DensityBins::Bucket::Year:
        return TimeScale::toTime(QDate(d.year(), 1, 1));
    }
    return time;
}

double bucketEnd(DensityBins::Bucket bucket, double start)
{
    const QDate d = TimeScale::toDate(start);
    switch (bucket) {
    case DensityBins::Bucket::Week:
        return start + 7.0;
    case DensityBins::Bucket::Month:
        return TimeScale::toTime(d.addMonths(1));
    case DensityBins::Bucket::Year:
        return TimeScale::toTime(d.addYears(1));
    }
    return start + 1.0;
}

QString formatCount(double count)
{
    if (std::abs(count - std::round(count)) < 0.05)
        return QLocale().toString(qint64(std::round(count)));
    return QLocale().toString(count, 'f', 1);
}

} // namespace

DensityBins::Bucket DensityBins::bucketFor(const TimeScale& scale)
{
    const double monthPixels = 30.44 * scale.pixelsPerDay();
    if (monthPixels < 3.0)
        return Bucket::Year;
    if (monthPixels > 160.0)
        return Bucket::Week;
    return Bucket::Month;
}

QString DensityBins::bucketName() const
{
    switch (m_bucket) {
    case Bucket::Week:
        return QCoreApplication::translate("littoral::ui::TimelineDensity", "week");
    case Bucket::Month:
        return QCoreApplication::translate("littoral::ui::TimelineDensity", "month");
    case Bucket::Year:
        return QCoreApplication::translate("littoral::ui::TimelineDensity", "year");
    }
    return {};
}

void DensityBins::setDocuments(
    const QList<core::DocumentSummary>& documents, const std::function<bool(qsizetype row)>& accept)
{
    // Always cover the design's 2014–2020 band so the baseline runs under it even where it is empty.
    m_first = TimeScale::toTime(QDate(2014, 1, 1));
    m_last = TimeScale::toTime(QDate(2021, 1, 1));
    QList<core::TimelineCounts::Entry> entries;
    entries.reserve(documents.size());
    for (qsizetype row = 0; row < documents.size(); ++row) {
        const core::DocumentSummary& d = documents.at(row);
        if (!d.dateStart.isValid() || !d.dateEnd.isValid() || (accept && !accept(row)))
            continue;
        const int start = int(d.dateStart.toJulianDay());
        const int end = int(std::max(d.dateStart, d.dateEnd).toJulianDay()) + 1;
        // Counted as a span even when known to the day: a bucket holds whole days either way.
        entries.append({ start, end, 0, int(d.type), false, true, false });
        m_first = std::min(m_first, double(start));
        m_last = std::max(m_last, double(end));
    }
    m_counts = core::TimelineCounts(entries, 1);
    rebin();
}

void DensityBins::setBucket(Bucket bucket)
{
    if (bucket == m_bucket)
        return;
    m_bucket = bucket;
    rebin();
}

void DensityBins::rebin()
{
    m_bins.clear();
    m_maximum = 0.0;
    // O(buckets): each bucket is a difference of two running sums, whatever the corpus size.
    core::TimelineCounts::Position at = m_counts.locate(bucketStart(m_bucket, m_first));
    for (double start = at.time; start < m_last;) {
        const double end = bucketEnd(m_bucket, start);
        const core::TimelineCounts::Position next = m_counts.locate(end);
        m_bins.append({ start, end, m_counts.between(0, at, next).accepted });
        at = next;
        start = end;
    }
    for (const Bin& bin : std::as_const(m_bins)) {
        double sum = 0.0;
        for (const double n : bin.counts)
            sum += n;
        m_maximum = std::max(m_maximum, sum);
    }
}

QString DensityBins::describeAt(double time) const
{
    auto it = std::upper_bound(
        m_bins.cbegin(), m_bins.cend(), time, [](double t, const Bin& b) { return t < b.start; });
    if (it == m_bins.cbegin())
        return {};
    --it;
    if (time >= it->end)
        return {};
    double total = 0.0;
    QStringList parts;
    for (std::size_t k = 0; k < TimelineData::types.size(); ++k) {
        const double n = it->counts[k];
        if (n <= 0.0)
            continue;
        total += n;
        // "Letter: 1.5": month- and year-dated documents are spread over buckets, so counts can be
        // fractional and a plural form cannot be chosen for them.
        parts.append(QCoreApplication::translate("littoral::ui::TimelineDensity", "%1: %2")
                         .arg(core::DocumentTableModel::typeLabel(TimelineData::types[k]), formatCount(n)));
    }
    if (total <= 0.0)
        return {};
    const QLocale c; // the interface language's
    const QDate start = TimeScale::toDate(it->start);
    QString when;
    switch (m_bucket) {
    case Bucket::Week:
        when = QCoreApplication::translate("littoral::ui::TimelineDensity", "Week of %1")
                   .arg(c.toString(start, QStringLiteral("d MMM yyyy")));
        break;
    case Bucket::Month:
        when = c.toString(start, QStringLiteral("MMM yyyy"));
        break;
    case Bucket::Year:
        when = QString::number(start.year()); // never "2 016"
        break;
    }
    return QCoreApplication::translate("littoral::ui::TimelineDensity", "%1 · %2 documents (%3)")
        .arg(when, formatCount(total), parts.join(QStringLiteral(", ")));
}

} // namespace littoral::render
