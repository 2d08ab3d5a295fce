// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/organisationfold.h"

#include "core/domain/correspondentkey.h"

#include <QMap>

#include <algorithm>

namespace littoral::core {

OrganisationFold OrganisationFold::fold(const CorrespondenceGraph& graph, const CorpusIndex& corpus, const QSet<qint64>& expanded)
{
    OrganisationFold result;
    // Each organisation of the corpus by the keys of its name and spellings; the busiest wins a tie.
    QHash<QString, const CorrespondentSummary*> organisationByKey;
    for (const CorrespondentSummary& c : corpus.correspondents()) {
        if (c.kind != CorrespondentKind::Organization)
            continue;
        QStringList names = c.aliases;
        names.append(c.name);
        for (const QString& name : std::as_const(names)) {
            const QString key = correspondentKey(CorrespondentKind::Organization, name);
            const CorrespondentSummary*& slot = organisationByKey[key];
            if (!slot || c.documentCount > slot->documentCount)
                slot = &c;
        }
    }
    // Who goes where: only the graph's own nodes.
    QHash<qint64, const GraphNode*> nodeOf;
    for (const GraphNode& n : graph.nodes)
        nodeOf.insert(n.id, &n);
    QHash<qint64, qint64> into; // node -> the node it is drawn as
    for (const GraphNode& n : graph.nodes) {
        into.insert(n.id, n.id);
        if (n.kind != CorrespondentKind::Person)
            continue;
        const CorrespondentSummary* person = corpus.correspondent(n.id);
        if (!person || person->organization.isEmpty())
            continue;
        const CorrespondentSummary* organisation = organisationByKey.value(correspondentKey(CorrespondentKind::Organization, person->organization));
        if (!organisation || organisation->id == n.id)
            continue;
        result.m_holders.insert(organisation->id);
        if (expanded.contains(organisation->id))
            continue;
        into.insert(n.id, organisation->id);
        result.m_into.insert(n.id, organisation->id);
        result.m_members[organisation->id].append(n.id);
    }

    // Links between what is drawn, their letters joined; a body writing to its own people is no link.
    QMap<std::tuple<qint64, qint64, int>, QList<qint64>> edges; // ordered, as CorpusIndex::graph()'s
    QHash<qint64, QSet<qint64>> linkDocuments;
    for (const GraphEdge& e : graph.edges) {
        const qint64 from = into.value(e.from, e.from), to = into.value(e.to, e.to);
        if (from == to)
            continue;
        QList<qint64>& documents = edges[{ from, to, int(e.role) }];
        documents.append(e.documents);
        for (const qint64 d : e.documents) {
            linkDocuments[from].insert(d);
            linkDocuments[to].insert(d);
        }
    }
    for (auto it = edges.begin(); it != edges.end(); ++it) {
        std::sort(it.value().begin(), it.value().end());
        it.value().erase(std::unique(it.value().begin(), it.value().end()), it.value().end());
        result.m_graph.edges.append({ std::get<0>(it.key()), std::get<1>(it.key()), ParticipantRole(std::get<2>(it.key())), it.value() });
    }

    // The nodes drawn: an organisation holding people takes the documents of its links, or at least
    // its busiest member's, and is added when the period's graph did not have it.
    QSet<qint64> drawn;
    for (const GraphNode& n : graph.nodes) {
        const qint64 target = into.value(n.id);
        if (drawn.contains(target))
            continue;
        drawn.insert(target);
        GraphNode node;
        if (const GraphNode* own = nodeOf.value(target)) {
            node = *own;
        } else {
            const CorrespondentSummary* organisation = corpus.correspondent(target);
            node = { target, CorrespondentKind::Organization, organisation ? organisation->name : QString(), 0 };
        }
        if (result.m_members.contains(target)) {
            int busiest = 0;
            for (const qint64 member : result.m_members.value(target))
                busiest = std::max(busiest, nodeOf.value(member)->documents);
            node.documents = std::max({ node.documents, busiest, int(linkDocuments.value(target).size()) });
        }
        result.m_graph.nodes.append(node);
    }
    std::sort(result.m_graph.nodes.begin(), result.m_graph.nodes.end(), [](const GraphNode& a, const GraphNode& b) { return a.id < b.id; });

    for (const QList<qint64>& group : graph.cosignatories) {
        QList<qint64> members;
        for (const qint64 id : group) {
            const qint64 target = into.value(id, id);
            if (!members.contains(target))
                members.append(target);
        }
        if (members.size() > 1)
            result.m_graph.cosignatories.append(members);
    }
    return result;
}

} // namespace littoral::core
