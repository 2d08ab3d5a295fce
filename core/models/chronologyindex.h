// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/chronologyevent.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <memory>

namespace littoral::core {

class CorpusIndex;

// How a mentioned event compares with one chronology event (ChronologyIndex::score): what the matching
// decided and why, for tests and for explaining a link.
struct ChronologyMatch {
    bool datesOverlap = false;
    double shared = 0; // the content words they share (a word a quarter of the events have counts half)
    double labelCoverage
        = 0; // the share of the event's label (French or English, the better) the mention says
    double mentionCoverage = 0; // the share of the mention's words the event has
    bool coarse = false; // the mention is a season or a year against a shorter event
    double score = 0; // shared + labelCoverage: the best-scoring matching event wins
    qint64 daysApart = 0; // between the middles of their days: breaks ties
    bool matches = false;
};

// A corpus's chronology, with the link between its events and the events the documents mention: a
// mentioned event matches a chronology event when its date falls within the chronology event's days at
// the mentioned date's precision and their labels share enough words (folded: case, accents, stop
// words aside). Immutable value; build it on any thread, read it anywhere.
class ChronologyIndex final {
public:
    ChronologyIndex() = default;
    // Links every mentioned event of `corpus` (null: none) to `events`.
    static ChronologyIndex build(QList<ChronologyEvent> events, const CorpusIndex* corpus);

    const QList<ChronologyEvent>& events() const { return m_events; }
    bool isEmpty() const { return m_events.isEmpty(); }
    // Index in events() of the event with this id, -1 when none.
    qsizetype indexOf(const QString& id) const { return m_byId.value(id, -1); }
    const ChronologyEvent* event(const QString& id) const;
    // The documents that mention events()[i] (distinct, in corpus order).
    QList<qint64> documentsMentioning(qsizetype i) const { return m_documents.value(i); }
    // The chronology event a mentioned event (label, date) matches: its index, -1 when none.
    qsizetype match(const QString& label, const PartialDate& date) const;
    // The same for corpus.events()[k] of the corpus it was built on (-1 when none).
    qsizetype matchOfCorpusEvent(qsizetype k) const
    {
        return k >= 0 && k < m_corpusMatches.size() ? m_corpusMatches.at(k) : -1;
    }
    // How a mentioned event compares with events()[i], whether or not it is the one match() picks.
    ChronologyMatch score(const QString& label, const PartialDate& date, qsizetype i) const;

private:
    struct Words;
    qsizetype matchStems(const QSet<QString>& stems, const PartialDate& date) const;
    ChronologyMatch scoreStems(const QSet<QString>& stems, const PartialDate& date, qsizetype i) const;

    QList<ChronologyEvent> m_events;
    QHash<QString, qsizetype> m_byId;
    QList<QList<qint64>> m_documents; // per event
    QList<qsizetype> m_corpusMatches; // per corpus event
    std::shared_ptr<const QList<Words>> m_words; // per event, folded once
    QSet<QString> m_commonStems; // stems a quarter of the events (or more) share
    QHash<int, QList<qsizetype>> m_byMonth; // year * 12 + month - 1 -> the events whose days touch it
    QList<qsizetype> m_longEvents; // events spanning decades: candidates for every date
};

} // namespace littoral::core
