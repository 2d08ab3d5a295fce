// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// TimelineCounts: what a time range holds per lane and type, from running sums, must equal what
// counting the documents one by one gives.
#include "core/models/timelinecounts.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>

using littoral::core::TimelineCounts;
using Entry = TimelineCounts::Entry;
using Range = TimelineCounts::Range;

namespace {

constexpr int s_base = 2456659; // 2014-01-01

// The plain definition, document by document.
Range countDirectly(const QList<Entry>& entries, int lane, double from, double to)
{
    Range r;
    for (const Entry& e : entries) {
        if (e.lane != lane)
            continue;
        double weight = 0.0;
        bool touches = false;
        if (e.point) {
            const double middle = e.firstDay + 0.5;
            touches = middle >= from && middle < to;
            weight = touches ? 1.0 : 0.0;
        } else {
            const double overlap = std::min<double>(e.endDay, to) - std::max<double>(e.firstDay, from);
            touches = e.firstDay < to && e.endDay > from;
            weight = std::max(0.0, overlap) / double(e.endDay - e.firstDay);
        }
        (e.accepted ? r.accepted : r.dimmed)[e.type] += weight;
        r.documents += touches ? 1 : 0;
        r.hits += touches && e.hit ? 1 : 0;
    }
    return r;
}

QList<Entry> randomEntries(int count, int lanes, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<Entry> entries;
    for (int i = 0; i < count; ++i) {
        Entry e;
        e.lane = random.bounded(lanes);
        e.type = random.bounded(TimelineCounts::TypeCount);
        e.firstDay = s_base + random.bounded(2500);
        const int roll = random.bounded(10);
        e.point = roll < 6;
        e.endDay = e.firstDay + (e.point ? 1 : roll < 8 ? 28 + random.bounded(4) : 90 + random.bounded(280));
        e.accepted = random.bounded(3) != 0;
        e.hit = random.bounded(20) == 0;
        entries.append(e);
    }
    return entries;
}

void compareRanges(const Range& got, const Range& expected)
{
    for (int k = 0; k < TimelineCounts::TypeCount; ++k) {
        QVERIFY2(std::abs(got.accepted[k] - expected.accepted[k]) < 1e-6,
            qPrintable(QStringLiteral("accepted[%1] %2 != %3")
                           .arg(k)
                           .arg(got.accepted[k])
                           .arg(expected.accepted[k])));
        QVERIFY2(std::abs(got.dimmed[k] - expected.dimmed[k]) < 1e-6,
            qPrintable(
                QStringLiteral("dimmed[%1] %2 != %3").arg(k).arg(got.dimmed[k]).arg(expected.dimmed[k])));
    }
    QCOMPARE(got.documents, expected.documents);
    QCOMPARE(got.hits, expected.hits);
}

} // namespace

class TestTimelineCounts final : public QObject {
    Q_OBJECT
private slots:
    void range_equalsCountingEachDocument_data()
    {
        QTest::addColumn<double>("columnDays");
        QTest::addColumn<double>("offset");
        QTest::addRow("pixelColumns_fractionalDays") << 2.37 << 0.3;
        QTest::addRow("columnsOnDayBoundaries") << 7.0 << 0.0;
        QTest::addRow("columnsOnDayMiddles") << 1.0 << 0.5;
        QTest::addRow("columnsSmallerThanADay") << 0.31 << 0.11;
        QTest::addRow("monthWideColumns") << 30.44 << 0.9;
    }
    void range_equalsCountingEachDocument()
    {
        QFETCH(double, columnDays);
        QFETCH(double, offset);
        const int lanes = 3;
        const QList<Entry> entries = randomEntries(600, lanes, 2016);
        const TimelineCounts counts(entries, lanes);
        QCOMPARE(counts.laneCount(), lanes);
        // Columns over the whole data and beyond, as the timeline asks for them (consecutive, or
        // spread out when they are too narrow to check them all).
        const int columns = std::min(400, int(2900 / columnDays));
        const double stride = 2900.0 / columns;
        const double start = s_base - 40 + offset;
        for (int lane = 0; lane < lanes; ++lane) {
            for (int c = 0; c < columns; ++c) {
                const double from = start + c * stride;
                const double to = from + columnDays;
                compareRanges(counts.range(lane, from, to), countDirectly(entries, lane, from, to));
            }
        }
    }

    void range_daysFarApart_equalsCountingEachDocument()
    {
        // A document dated centuries away makes the days too sparse to be located by a table: they
        // are then sorted, with the same counts.
        const int lanes = 2;
        QList<Entry> entries = randomEntries(300, lanes, 1789);
        Entry far;
        far.firstDay = s_base - 300000;
        far.endDay = far.firstDay + 365;
        far.point = false;
        entries.append(far);
        const TimelineCounts counts(entries, lanes);
        for (int lane = 0; lane < lanes; ++lane) {
            compareRanges(counts.range(lane, far.firstDay - 10.5, far.firstDay + 100.25),
                countDirectly(entries, lane, far.firstDay - 10.5, far.firstDay + 100.25));
            for (double from = s_base - 40.7; from < s_base + 2900; from += 13.1)
                compareRanges(counts.range(lane, from, from + 9.3), countDirectly(entries, lane, from, from + 9.3));
        }
    }

    void range_sumsToEveryDocumentOverTheWholeSpan()
    {
        const QList<Entry> entries = randomEntries(1000, 2, 7);
        const TimelineCounts counts(entries, 2);
        double weight = 0.0;
        int documents = 0;
        for (int lane = 0; lane < 2; ++lane) {
            const Range r = counts.range(lane, s_base - 1000, s_base + 5000);
            weight += r.total();
            documents += r.documents;
        }
        QVERIFY(std::abs(weight - 1000.0) < 1e-6);
        QCOMPARE(documents, 1000);
        QCOMPARE(counts.documents(s_base - 1000, s_base + 5000), 1000);
    }

    void range_afterTheLastSpanEnds_isExactlyEmpty()
    {
        // Spread weights are running sums of fractions: what rounding leaves must not read as a document.
        QList<Entry> entries;
        for (int i = 0; i < 50; ++i)
            entries.append({ s_base + i * 3, s_base + i * 3 + 31, 0, 1, false, true, false });
        const TimelineCounts counts(entries, 1);
        const Range after = counts.range(0, s_base + 400, s_base + 900);
        QCOMPARE(after.total(), 0.0);
        QCOMPARE(after.documents, 0);
    }

    void range_splitsAMonthBetweenTwoColumnsByItsDays()
    {
        // June 2014 (30 days) as one span: 10 days in the first column, 20 in the second.
        const int june = s_base + 151;
        const TimelineCounts counts({ { june, june + 30, 0, 2, false, true, true } }, 1);
        const Range a = counts.range(0, june - 5, june + 10);
        const Range b = counts.range(0, june + 10, june + 40);
        QVERIFY(std::abs(a.accepted[2] - 1.0 / 3.0) < 1e-9);
        QVERIFY(std::abs(b.accepted[2] - 2.0 / 3.0) < 1e-9);
        QCOMPARE(a.documents, 1);
        QCOMPARE(b.documents, 1);
        QCOMPARE(a.hits, 1);
        QCOMPARE(counts.range(0, june + 30, june + 60).documents, 0); // the end is exclusive
    }

    void range_countsADayWhereItsMiddleFalls()
    {
        const TimelineCounts counts({ { s_base, s_base + 1, 0, 0, true, false, false } }, 1);
        QCOMPARE(counts.range(0, s_base, s_base + 0.5).documents, 0);
        QCOMPARE(counts.range(0, s_base + 0.5, s_base + 1).documents, 1);
        QCOMPARE(counts.range(0, s_base + 0.5, s_base + 1).dimmed[0], 1.0);
        QCOMPARE(counts.range(0, s_base + 0.5, s_base + 1).accepted[0], 0.0);
    }

    void emptyOrOutOfRange_countsNothing()
    {
        const TimelineCounts empty;
        QCOMPARE(empty.range(0, 0, 1e7).documents, 0);
        QCOMPARE(empty.documents(0, 1e7), 0);
        const TimelineCounts one({ { s_base, s_base + 1, 0, 0, true, true, false } }, 1);
        QCOMPARE(one.range(1, 0, 1e7).documents, 0); // no such lane
        QCOMPARE(one.range(0, 1e7, 0).documents, 0); // reversed
    }
};

QTEST_GUILESS_MAIN(TestTimelineCounts)
#include "tst_timelinecounts.moc"
