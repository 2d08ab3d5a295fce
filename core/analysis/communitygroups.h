// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/correspondentnetwork.h"
#include "core/models/corpusindex.h"
#include "core/models/graphlayout.h"
#include "core/result.h"

#include <QHash>
#include <QList>
#include <QPointF>

namespace littoral::core {

// One group of a large graph seen from afar: a community, or the smaller ones together.
struct CommunityGroup {
    int community = -1; // NetworkCommunity::id; -1 for the smaller communities put together
    int communities = 1; // the communities of two or more it holds (for the rest: those left over, maybe none)
    int apart = 0; // members in no community of two or more (only in the rest)
    QList<qint64> members; // the busiest first
    QString label; // its busiest members' names ("Préfecture, Ministère, Secours"); empty for the rest
    int documents = 0; // distinct documents with a link at one of its members, and those of members without links
    QPointF centre; // GraphLayout::box() coordinates, as the members' positions
    double radius = 0.0; // its members lie within this distance of the centre
};

// Letters between the members of two groups, both ways and copies included.
struct CommunityLink {
    int from = 0; // index in groups(), from < to
    int to = 0;
    int documents = 0; // one per link and document: a letter to two members of a group counts twice
};

// A large correspondence graph laid out as groups: each of the largest communities (and the smaller
// ones together) is a disc whose area follows its documents, the discs placed by the letters between
// them without overlapping; each group's members are laid out (GraphLayout) inside its own disc. Seen
// from afar the discs are the graph; zoomed in, a disc holds its members where they belong. Pure value;
// compute() on any thread.
class CommunityGroups final {
public:
    static constexpr int DefaultMaxGroups = 120;
    // Above this many correspondents a graph is shown as its groups (the window's graph, figures).
    static constexpr int GroupAbove = 500;

    // Groups the communities of `network` (the analysis of `graph`) of two or more correspondents, the
    // largest first, up to maxGroups (the last one then holds all the others, and the correspondents
    // alone); an empty graph gives no groups.
    [[nodiscard]] static Result<CommunityGroups> compute(const CorrespondenceGraph& graph,
        const CorrespondentNetwork& network, int maxGroups = DefaultMaxGroups);

    const QList<CommunityGroup>& groups() const { return m_groups; }
    const QList<CommunityLink>& links() const { return m_links; }
    // The group a correspondent is in; -1 when not in the graph.
    int groupOf(qint64 id) const { return m_groupOf.value(id, -1); }
    // Every correspondent's position, inside its group's disc.
    const GraphLayout& layout() const { return m_layout; }

private:
    void placeGroups();

    QList<CommunityGroup> m_groups;
    QList<CommunityLink> m_links;
    QHash<qint64, int> m_groupOf;
    GraphLayout m_layout;
};

} // namespace littoral::core
