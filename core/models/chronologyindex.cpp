// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/chronologyindex.h"

#include "core/models/corpusindex.h"

namespace littoral::core {

// PLACEHOLDER: the chronology-core part implements the matching; this keeps the events only.
ChronologyIndex ChronologyIndex::build(QList<ChronologyEvent> events, const CorpusIndex* corpus)
{
    ChronologyIndex index;
    index.m_events = std::move(events);
    for (qsizetype i = 0; i < index.m_events.size(); ++i)
        index.m_byId.insert(index.m_events.at(i).id, i);
    index.m_documents.resize(index.m_events.size());
    if (corpus)
        index.m_corpusMatches = QList<qsizetype>(corpus->events().size(), -1);
    return index;
}

const ChronologyEvent* ChronologyIndex::event(const QString& id) const
{
    const qsizetype i = indexOf(id);
    return i < 0 ? nullptr : &m_events.at(i);
}

qsizetype ChronologyIndex::match(const QString&, const PartialDate&) const { return -1; }

} // namespace littoral::core
