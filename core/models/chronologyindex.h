// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/chronologyevent.h"

#include <QHash>
#include <QList>

namespace littoral::core {

class CorpusIndex;

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
    qsizetype matchOfCorpusEvent(qsizetype k) const { return k >= 0 && k < m_corpusMatches.size() ? m_corpusMatches.at(k) : -1; }

private:
    QList<ChronologyEvent> m_events;
    QHash<QString, qsizetype> m_byId;
    QList<QList<qint64>> m_documents; // per event
    QList<qsizetype> m_corpusMatches; // per corpus event
};

} // namespace littoral::core
