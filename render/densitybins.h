// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/documentrepository.h"
#include "core/models/timelinecounts.h"
#include "core/models/timescale.h"

#include <QList>
#include <QString>

#include <array>
#include <functional>

namespace littoral::render {

// What the timeline's density band counts: documents per week, month or year, stacked by type. Counted
// once into per-day running sums, so that each bucket is a difference of two sums however big the
// corpus. A value: copies share their sums. Any thread.
class DensityBins final {
public:
    enum class Bucket { Week, Month, Year };
    struct Bin {
        double start = 0.0;
        double end = 0.0;
        std::array<double, core::kDocumentTypeCount> counts {};
    };

    // The documents `accept` keeps (by row in `documents`); a document dated to a month or a year is
    // spread evenly over the buckets it may fall in rather than piled on its first one. Bins again.
    void setDocuments(
        const QList<core::DocumentSummary>& documents, const std::function<bool(qsizetype row)>& accept);
    // The bucket a scale shows: months, weeks when they are wide, years when they are thin.
    static Bucket bucketFor(const core::TimeScale& scale);
    void setBucket(Bucket bucket); // bins again when it changes

    Bucket bucket() const { return m_bucket; }
    QString bucketName() const; // "week", "month", "year"
    const QList<Bin>& bins() const { return m_bins; }
    double maximum() const { return m_maximum; } // the tallest stack, in documents
    // "Oct 2016 · 3 documents (2 letters, 1 press release)", empty where there are none.
    QString describeAt(double time) const;

private:
    void rebin();

    core::TimelineCounts m_counts; // one lane
    double m_first = 0.0; // the data's first and last day
    double m_last = 0.0;
    QList<Bin> m_bins;
    Bucket m_bucket = Bucket::Month;
    double m_maximum = 0.0;
};

} // namespace littoral::render
