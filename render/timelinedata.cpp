// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/timelinedata.h"

#include "core/models/chronologyindex.h"
#include "core/models/corpusindex.h"
#include "core/models/documenttablemodel.h"
#include "core/models/selectionstate.h"
#include "core/models/timescale.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>

#include <algorithm>
#include <limits>
#include <numeric>
#include <tuple>

namespace littoral::render {

using core::DatePrecision;
using core::DocumentType;
using core::TimeScale;

namespace {

QString dateLabelOf(const core::PartialDate& date)
{
    core::DocumentSummary summary;
    summary.date = date;
    return core::DocumentTableModel::dateLabel(summary);
}

} // namespace

QString TimelineData::dayRange(double first, double last)
{
    const QLocale c; // the interface language's
    const QDate a = TimeScale::toDate(first);
    const QDate b = TimeScale::toDate(last - 1.0);
    if (a >= b)
        return c.toString(a, QStringLiteral("d MMM yyyy"));
    return c.toString(a, QStringLiteral("d MMM yyyy")) + QStringLiteral(" – ")
        + c.toString(b, QStringLiteral("d MMM yyyy"));
}

QString TimelineData::typeLaneName(DocumentType type)
{
    switch (type) {
    case DocumentType::Letter:
        return QCoreApplication::translate("littoral::ui::TimelineView", "Letters");
    case DocumentType::OpenLetter:
        return QCoreApplication::translate("littoral::ui::TimelineView", "Open letters");
    case DocumentType::PressRelease:
        return QCoreApplication::translate("littoral::ui::TimelineView", "Press releases");
    case DocumentType::Email:
        return QCoreApplication::translate("littoral::ui::TimelineView", "E-mails");
    case DocumentType::Other:
        return QCoreApplication::translate("littoral::ui::TimelineView", "Other");
    }
    return {};
}

void TimelineData::setChronology(const core::ChronologyIndex* index, bool shown)
{
    chronology.clear();
    chronologyLabelOrder.clear();
    chronologyShown = shown;
    if (!index)
        return;
    for (qsizetype i = 0; i < index->events().size(); ++i) {
        const core::ChronologyEvent& e = index->events().at(i);
        const QDate first = e.firstDay();
        const QDate last = e.lastDay();
        if (!first.isValid() || !last.isValid())
            continue;
        ChronologyInfo info;
        info.id = e.id;
        info.label = e.label().simplified();
        info.description = e.description();
        info.start = TimeScale::toTime(first);
        info.end = TimeScale::toTime(std::max(first, last)) + 1.0;
        info.point = first == last;
        // A span reads as its two ends; a month or a year as the month or the year.
        info.dateLabel = e.isSpan()
            ? QCoreApplication::translate("littoral::ui::TimelineView", "%1 – %2")
                  .arg(dateLabelOf(e.start), dateLabelOf(e.end))
            : dateLabelOf(e.start);
        info.sourceUrl = e.sourceUrl;
        info.documents = int(index->documentsMentioning(i).size());
        chronology.append(info);
    }
    std::stable_sort(chronology.begin(), chronology.end(),
        [](const ChronologyInfo& a, const ChronologyInfo& b) { return a.start < b.start; });
    chronologyLabelOrder.resize(chronology.size());
    std::iota(chronologyLabelOrder.begin(), chronologyLabelOrder.end(), qsizetype(0));
    std::stable_sort(chronologyLabelOrder.begin(), chronologyLabelOrder.end(),
        [this](qsizetype a, qsizetype b) { return chronology.at(a).documents > chronology.at(b).documents; });
}

void TimelineData::setCorpus(const core::CorpusIndex* corpus)
{
    *this = TimelineData();
    if (!corpus)
        return;
    for (qsizetype row = 0; row < corpus->documents().size(); ++row) {
        const core::DocumentSummary& d = corpus->documents().at(row);
        if (!d.dateStart.isValid() || !d.dateEnd.isValid()) {
            ++undated;
            continue;
        }
        DocInfo info;
        info.id = d.id;
        info.row = row;
        info.start = TimeScale::toTime(d.dateStart);
        info.end = TimeScale::toTime(std::max(d.dateStart, d.dateEnd)) + 1.0;
        info.type = int(d.type);
        info.point = d.date.isValid() ? d.date.precision() == DatePrecision::Day : d.dateStart == d.dateEnd;
        info.approximate = d.date.approximate;
        typesPresent[std::size_t(info.type)] = true;
        longestDoc = std::max(longestDoc, info.end - info.start);
        docs.append(info);
    }
    std::stable_sort(
        docs.begin(), docs.end(), [](const DocInfo& a, const DocInfo& b) { return a.start < b.start; });
    docIndex.reserve(docs.size());
    for (qsizetype i = 0; i < docs.size(); ++i)
        docIndex.insert(docs.at(i).id, i);

    // The same event mentioned by many documents is one marker.
    QMap<std::tuple<double, double, QString>, qsizetype> seen;
    for (const core::DatedEvent& e : corpus->events()) {
        if (!e.start.isValid() || !e.end.isValid() || e.label.trimmed().isEmpty())
            continue;
        const double start = TimeScale::toTime(e.start);
        const double end = TimeScale::toTime(std::max(e.start, e.end)) + 1.0;
        const QString label = e.label.simplified();
        const auto key = std::make_tuple(start, end, label.toCaseFolded());
        const auto it = seen.constFind(key);
        if (it != seen.cend()) {
            events[*it].documents.append(e.documentId);
            continue;
        }
        EventInfo info;
        info.label = label;
        info.dateLabel = e.date.isValid() ? dateLabelOf(e.date) : dayRange(start, end);
        info.start = start;
        info.end = end;
        info.point = e.date.isValid() ? e.date.precision() == DatePrecision::Day : e.start == e.end;
        info.approximate = e.date.approximate;
        info.documents = { e.documentId };
        seen.insert(key, events.size());
        longestEvent = std::max(longestEvent, end - start);
        events.append(info);
    }
    std::stable_sort(events.begin(), events.end(),
        [](const EventInfo& a, const EventInfo& b) { return a.start < b.start; });
    for (EventInfo& e : events) {
        e.rows.reserve(e.documents.size());
        for (const qint64 id : std::as_const(e.documents))
            e.rows.append(corpus->rowOf(id));
    }
    // Labels go first to the events most documents mention, then left to right.
    QList<qsizetype> byMentions(events.size());
    std::iota(byMentions.begin(), byMentions.end(), qsizetype(0));
    std::stable_sort(byMentions.begin(), byMentions.end(), [this](qsizetype a, qsizetype b) {
        return events.at(a).documents.size() > events.at(b).documents.size();
    });
    // Compact, in that order, so that going through them all for every view stays in the cache.
    labelOrder.reserve(byMentions.size());
    for (const qsizetype i : std::as_const(byMentions)) {
        const EventInfo& e = events.at(i);
        labelOrder.append({ e.start, e.end, e.point ? e.start + 0.5 : e.start, i });
    }
    // Events on the same dates share one marker: group them once, so laying out the markers costs
    // one step per date rather than per event.
    QHash<std::pair<qint64, qint64>, qsizetype> groupOf;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const EventInfo& e = events.at(i);
        eventEnds.append(e.end);
        const std::pair<qint64, qint64> key {
            qint64(e.start) * 4 + (e.point ? 2 : 0) + (e.approximate ? 1 : 0), qint64(e.end)
        };
        auto it = groupOf.constFind(key);
        if (it == groupOf.cend()) {
            it = groupOf.insert(key, eventGroups.size());
            eventGroups.append({ e.start, e.end, e.point, e.approximate, {}, 0 });
        }
        eventGroups[*it].events.append(i);
    }
    std::sort(eventEnds.begin(), eventEnds.end());
}

std::pair<double, double> TimelineData::span() const
{
    double first = std::numeric_limits<double>::max(), last = std::numeric_limits<double>::lowest();
    if (!docs.isEmpty()) {
        first = docs.first().start;
        last = docs.first().start + longestDoc;
        for (const DocInfo& d : std::as_const(docs))
            last = std::max(last, d.end);
    }
    if (!events.isEmpty()) {
        first = std::min(first, events.first().start);
        last = std::max(last, eventEnds.last());
    }
    for (const ChronologyInfo& e : chronology) {
        first = std::min(first, e.start);
        last = std::max(last, e.end);
    }
    return { first, last };
}

void TimelineData::setLanes(Lanes mode, const core::CorpusIndex* corpus)
{
    laneMode = mode;
    lanes.clear();
    if (mode == Lanes::ByType) {
        std::array<int, core::kDocumentTypeCount> laneOfType {};
        for (const DocumentType type : types) {
            if (!typesPresent[std::size_t(type)])
                continue;
            laneOfType[std::size_t(type)] = int(lanes.size());
            lanes.append({ typeLaneName(type), int(type), 0 });
        }
        for (DocInfo& d : docs) {
            d.lane = laneOfType[std::size_t(d.type)];
            ++lanes[d.lane].documents;
        }
        return;
    }
    static const core::CorpusIndex empty;
    const core::CorpusIndex& index = corpus ? *corpus : empty;
    QHash<QString, int> perSender;
    QHash<qint64, QString> laneName;
    for (const DocInfo& d : std::as_const(docs)) {
        QString name = index.senderLane(d.id);
        if (name.isEmpty())
            name = QCoreApplication::translate("littoral::ui::TimelineView", "Unknown sender");
        ++perSender[name];
        laneName.insert(d.id, name);
    }
    QList<std::pair<QString, int>> ranked;
    for (auto it = perSender.cbegin(); it != perSender.cend(); ++it)
        ranked.append({ it.key(), it.value() });
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : QString::localeAwareCompare(a.first, b.first) < 0;
    });
    // With more senders than lanes, the smallest share one "other" lane.
    const qsizetype named = ranked.size() > maxSenderLanes + 1 ? maxSenderLanes : ranked.size();
    QHash<QString, int> laneOfName;
    for (qsizetype i = 0; i < named; ++i) {
        laneOfName.insert(ranked.at(i).first, int(i));
        lanes.append({ ranked.at(i).first, -1, 0 });
    }
    if (named < ranked.size())
        lanes.append({ QCoreApplication::translate("littoral::ui::TimelineView", "%Ln other sender(s)",
                           nullptr, int(ranked.size() - named)),
            -1, 0 });
    for (DocInfo& d : docs) {
        d.lane = laneOfName.value(laneName.value(d.id), int(lanes.size()) - 1);
        ++lanes[d.lane].documents;
    }
}

void TimelineData::setFilter(const core::SelectionState* selection)
{
    const bool filtering = selection && selection->isFiltering();
    const bool searching = selection && selection->hasSearch();
    docAccepted = QList<bool>(docs.size(), true);
    docHit = QList<bool>(docs.size(), false);
    QList<core::TimelineCounts::Entry> entries;
    entries.reserve(docs.size());
    for (qsizetype i = 0; i < docs.size(); ++i) {
        const DocInfo& d = docs.at(i);
        if (filtering)
            docAccepted[i] = selection->acceptsRow(d.row);
        if (searching)
            docHit[i] = selection->isSearchHitRow(d.row);
        entries.append(
            { int(d.start), int(d.end), d.lane, d.type, d.point, docAccepted.at(i), docHit.at(i) });
    }
    counts = core::TimelineCounts(entries, int(lanes.size()));

    eventAccepted = QList<bool>(events.size(), true);
    if (filtering) {
        for (qsizetype i = 0; i < events.size(); ++i) {
            const QList<qsizetype>& rows = events.at(i).rows;
            eventAccepted[i] = std::any_of(rows.cbegin(), rows.cend(),
                [selection](qsizetype row) { return row >= 0 && selection->acceptsRow(row); });
        }
    }
    for (EventGroup& group : eventGroups)
        group.accepted = int(std::count_if(
            group.events.cbegin(), group.events.cend(), [this](qsizetype i) { return eventAccepted.at(i); }));
}

std::pair<qsizetype, qsizetype> TimelineData::docsAround(double from, double to) const
{
    // Sorted by start: a document touching `from` started at most longestDoc days before it.
    auto byStart = [](const DocInfo& d, double t) { return d.start < t; };
    const auto first = std::lower_bound(docs.cbegin(), docs.cend(), from - longestDoc, byStart);
    const auto last
        = std::upper_bound(first, docs.cend(), to, [](double t, const DocInfo& d) { return t < d.start; });
    return { first - docs.cbegin(), last - docs.cbegin() };
}

std::pair<int, int> TimelineData::eventsBeyond(double from, double to) const
{
    // Sorted starts and ends count the events beyond each edge without visiting them.
    const int before = int(std::lower_bound(eventEnds.cbegin(), eventEnds.cend(), from) - eventEnds.cbegin());
    const int after = int(events.cend()
        - std::upper_bound(
            events.cbegin(), events.cend(), to, [](double t, const EventInfo& e) { return t < e.start; }));
    return { before, after };
}

} // namespace littoral::render
