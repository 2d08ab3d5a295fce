// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/corpusindex.h"

#include <QHash>
#include <QSet>

namespace littoral::core {

// The organisation view of a correspondence graph: each person who speaks for an organisation that is
// itself a correspondent of the corpus (CorrespondentSummary::organization, matched as
// correspondentKey() matches names, the institutions table included) is folded into it — the
// Ministère de l'Intérieur holds its successive ministers — their links joined, the letters between
// a body and its own people dropped. An organisation in `expanded` keeps its people apart. A person
// whose organisation is no correspondent stays as they are. Pure value; any thread.
class OrganisationFold final {
public:
    static OrganisationFold fold(const CorrespondenceGraph& graph, const CorpusIndex& corpus, const QSet<qint64>& expanded = {});

    const CorrespondenceGraph& graph() const { return m_graph; }
    // The organisation a person was folded into (0 when not folded).
    qint64 foldedInto(qint64 person) const { return m_into.value(person); }
    // The people folded into an organisation, by id.
    QList<qint64> members(qint64 organisation) const { return m_members.value(organisation); }
    // Whether an organisation has people who could be folded into it (folded now or expanded).
    bool holdsPeople(qint64 organisation) const { return m_holders.contains(organisation); }

private:
    CorrespondenceGraph m_graph;
    QHash<qint64, qint64> m_into;
    QHash<qint64, QList<qint64>> m_members;
    QSet<qint64> m_holders;
};

} // namespace littoral::core
