// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/document.h"
#include "core/models/timelinecounts.h"

#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <utility>

namespace littoral::core {
class ChronologyIndex;
class CorpusIndex;
class SelectionState;
} // namespace littoral::core

namespace littoral::render {

// What the timeline shows, built from the corpus and the selection: the dated documents in lanes, the
// mentioned events grouped by date, and per filter what each shows. Rebuilt on a corpus, lane or filter
// change, never on a zoom or a pan; no widget. A value: copies share their lists. Any thread that owns
// the selection.
struct TimelineData {
    // "3 Mar 2016 – 5 Mar 2016" for the Julian days [first, last), in the interface language.
    static QString dayRange(double first, double last);

    enum class Lanes { ByType, BySender };

    struct Lane {
        QString name;
        int type = -1; // DocumentType as int in type mode, -1 for sender lanes
        int documents = 0;
    };
    struct DocInfo {
        qint64 id = 0;
        qsizetype row = 0; // in the corpus's documents, for the selection's per-row answers
        double start = 0.0; // Julian days, [start, end)
        double end = 0.0;
        int type = 0;
        int lane = 0;
        bool point = true; // known to the day
        bool approximate = false;
    };
    struct EventInfo {
        QString label;
        QString dateLabel;
        double start = 0.0;
        double end = 0.0;
        bool point = true;
        bool approximate = false;
        QList<qint64> documents;
        QList<qsizetype> rows; // of the documents in the corpus (-1: not in it)
    };
    struct LabelCandidate {
        double start = 0.0;
        double end = 0.0;
        double anchor = 0.0; // where its label starts
        qsizetype event = 0; // index in events
    };
    struct EventGroup { // the events on the same dates
        double start = 0.0;
        double end = 0.0;
        bool point = true;
        bool approximate = false;
        QList<qsizetype> events; // indices in events
        int accepted = 0; // of which pass the filter
    };

    struct ChronologyInfo { // one event of the chronology lane
        QString id;
        QString label; // in the interface language
        QString description;
        QString dateLabel;
        QString sourceUrl;
        double start = 0.0; // Julian days, [start, end)
        double end = 0.0;
        bool point = true; // one day
        int documents = 0; // that mention it
    };

    static constexpr std::array<core::DocumentType, 5> types = { core::DocumentType::Letter,
        core::DocumentType::OpenLetter, core::DocumentType::PressRelease, core::DocumentType::Email,
        core::DocumentType::Other };
    static constexpr int maxSenderLanes = 8;

    // The documents and events of a corpus (none without one); the lanes and the filter are to be set again.
    void setCorpus(const core::CorpusIndex* corpus);
    // Sender lanes name the organisations of `corpus` (the one setCorpus was given).
    void setLanes(Lanes mode, const core::CorpusIndex* corpus);
    // What the selection keeps and what its search hits; everything is kept without a selection.
    void setFilter(const core::SelectionState* selection);

    // The chronology's events (none without an index), its lane shown or not. Kept by setCorpus's callers:
    // setCorpus() forgets them.
    void setChronology(const core::ChronologyIndex* chronology, bool shown);
    // Whether the chronology lane is drawn: there are events and it is not toggled off.
    bool hasChronologyLane() const { return chronologyShown && !chronology.isEmpty(); }

    // Documents that may touch [from, to], in date order: [first, last).
    std::pair<qsizetype, qsizetype> docsAround(double from, double to) const;
    // Mentioned events wholly before `from` and wholly after `to`.
    std::pair<int, int> eventsBeyond(double from, double to) const;
    // The days every dated document, event and chronology event lies in, [first, last); first >= last
    // when there are none.
    std::pair<double, double> span() const;
    static QString typeLaneName(core::DocumentType type);

    QList<DocInfo> docs; // dated documents in date order
    QHash<qint64, qsizetype> docIndex;
    double longestDoc = 1.0; // days: how far back a document touching a time may start
    QList<Lane> lanes;
    Lanes laneMode = Lanes::ByType;
    QList<EventInfo> events; // in date order
    QList<LabelCandidate> labelOrder; // label priority: most mentioned first, then by date
    QList<EventGroup> eventGroups; // in date order
    QList<double> eventEnds; // sorted
    double longestEvent = 1.0;
    int undated = 0;
    std::array<bool, core::kDocumentTypeCount> typesPresent {};
    QList<ChronologyInfo> chronology; // in date order
    QList<qsizetype> chronologyLabelOrder; // most mentioned first, then by date
    bool chronologyShown = true;

    // Per filter: what each document and event shows, and the per-lane running sums for aggregation.
    QList<bool> docAccepted;
    QList<bool> docHit;
    QList<bool> eventAccepted;
    core::TimelineCounts counts;
};

} // namespace littoral::render
