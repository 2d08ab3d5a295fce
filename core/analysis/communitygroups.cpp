// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/communitygroups.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace littoral::core {

namespace {

constexpr double GoldenAngle = 2.39996322972865332;
// The discs cover about this share of the layout box: room between them for the links.
constexpr double DiscCover = 0.30;
// Members sit within this share of their disc's radius, so that their marks stay inside the rim.
constexpr double MemberReach = 0.86;

// Each group's graph: its members and the links among them, in one pass over the whole graph.
QList<CorrespondenceGraph> membersGraphs(const CorrespondenceGraph& graph, const QHash<qint64, int>& groupOf, qsizetype groups)
{
    QList<CorrespondenceGraph> members(groups);
    for (const GraphNode& n : graph.nodes)
        if (const int g = groupOf.value(n.id, -1); g >= 0)
            members[g].nodes.append(n);
    for (const GraphEdge& e : graph.edges)
        if (const int g = groupOf.value(e.from, -1); g >= 0 && groupOf.value(e.to, -1) == g)
            members[g].edges.append(e);
    for (const QList<qint64>& signers : graph.cosignatories) {
        QHash<int, QList<qint64>> byGroup;
        for (const qint64 id : signers)
            if (const int g = groupOf.value(id, -1); g >= 0)
                byGroup[g].append(id);
        for (auto it = byGroup.cbegin(); it != byGroup.cend(); ++it)
            if (it->size() > 1)
                members[it.key()].cosignatories.append(*it);
    }
    return members;
}

} // namespace

Result<CommunityGroups> CommunityGroups::compute(const CorrespondenceGraph& graph, const CorrespondentNetwork& network, int maxGroups)
{
    CommunityGroups result;
    if (graph.nodes.isEmpty())
        return result;
    maxGroups = std::max(1, maxGroups);

    // The communities of two or more, the largest first; the rest (and anyone the analysis left out)
    // go together in a last group.
    const QList<NetworkCommunity>& communities = network.communities();
    QList<int> eligible;
    for (int c = 0; c < communities.size(); ++c)
        if (communities.at(c).members.size() >= 2)
            eligible.append(c);
    QHash<qint64, int> documentsOf;
    for (const GraphNode& n : graph.nodes)
        documentsOf.insert(n.id, n.documents);
    // A rest group when some correspondent is in no community taken (counted, not assumed: a member
    // of a community may be missing from the graph, or the analysis may have missed a node).
    qsizetype covered = 0;
    for (qsizetype k = 0; k < std::min<qsizetype>(eligible.size(), maxGroups); ++k)
        for (const qint64 id : communities.at(eligible.at(k)).members)
            covered += documentsOf.contains(id);
    const bool needsRest = covered < graph.nodes.size() || eligible.size() > maxGroups;
    const qsizetype taken = std::min<qsizetype>(eligible.size(), needsRest ? maxGroups - 1 : maxGroups);
    for (qsizetype k = 0; k < taken; ++k) {
        const NetworkCommunity& c = communities.at(eligible.at(k));
        CommunityGroup group;
        group.community = c.id;
        group.label = c.label();
        for (const qint64 id : c.members)
            if (documentsOf.contains(id)) {
                group.members.append(id);
                result.m_groupOf.insert(id, int(result.m_groups.size()));
            }
        if (!group.members.isEmpty())
            result.m_groups.append(group);
    }
    if (needsRest) {
        CommunityGroup rest;
        QSet<int> restCommunities;
        for (const GraphNode& n : graph.nodes) {
            if (result.m_groupOf.contains(n.id))
                continue;
            rest.members.append(n.id);
            const CorrespondentStanding* standing = network.standing(n.id);
            const int community = standing ? standing->community : -1;
            if (community >= 0 && community < communities.size() && communities.at(community).members.size() >= 2)
                restCommunities.insert(community);
            else
                ++rest.apart;
        }
        if (!rest.members.isEmpty()) {
            rest.communities = int(restCommunities.size());
            std::stable_sort(rest.members.begin(), rest.members.end(), [&](qint64 a, qint64 b) {
                const int da = documentsOf.value(a), db = documentsOf.value(b);
                return da != db ? da > db : a < b;
            });
            for (const qint64 id : std::as_const(rest.members))
                result.m_groupOf.insert(id, int(result.m_groups.size()));
            result.m_groups.append(rest);
        }
    }

    // Each group's documents (once each), and the letters between groups.
    QList<QSet<qint64>> documents(result.m_groups.size());
    QHash<quint64, int> between;
    QSet<qint64> linked; // correspondents with a link
    for (const GraphEdge& e : graph.edges) {
        linked.insert(e.from);
        linked.insert(e.to);
        const int a = result.m_groupOf.value(e.from, -1), b = result.m_groupOf.value(e.to, -1);
        if (a < 0 || b < 0)
            continue;
        for (const qint64 d : e.documents) {
            documents[a].insert(d);
            documents[b].insert(d);
        }
        if (a != b)
            between[(quint64(std::min(a, b)) << 32) | quint32(std::max(a, b))] += e.weight();
    }
    for (qsizetype g = 0; g < result.m_groups.size(); ++g)
        result.m_groups[g].documents = int(documents.at(g).size());
    // A correspondent without links (a sender of letters with no recipient read) brings its own.
    for (const GraphNode& n : graph.nodes)
        if (const int g = result.m_groupOf.value(n.id, -1); g >= 0 && !linked.contains(n.id))
            result.m_groups[g].documents += n.documents;
    for (auto it = between.cbegin(); it != between.cend(); ++it)
        result.m_links.append({ int(it.key() >> 32), int(it.key() & 0xffffffffu), it.value() });
    std::sort(result.m_links.begin(), result.m_links.end(),
        [](const CommunityLink& a, const CommunityLink& b) { return std::pair(a.from, a.to) < std::pair(b.from, b.to); });

    result.placeGroups();

    // Each group's members laid out on their own, then fitted into its disc.
    QHash<qint64, QPointF> positions;
    positions.reserve(graph.nodes.size());
    const QList<CorrespondenceGraph> groupGraphs = membersGraphs(graph, result.m_groupOf, result.m_groups.size());
    for (qsizetype g = 0; g < result.m_groups.size(); ++g) {
        const CommunityGroup& group = result.m_groups.at(g);
        if (group.members.size() == 1) {
            positions.insert(group.members.first(), group.centre);
            continue;
        }
        const CorrespondenceGraph& members = groupGraphs.at(g);
        auto layout = GraphLayout::compute(members);
        if (!layout)
            return std::unexpected(layout.error());
        QRectF extent;
        for (const QPointF& p : layout->positions())
            extent = extent.isNull() ? QRectF(p, QSizeF(1e-9, 1e-9)) : extent.united(QRectF(p, QSizeF(1e-9, 1e-9)));
        const QPointF middle = extent.center();
        double reach = 0.0;
        for (const QPointF& p : layout->positions())
            reach = std::max(reach, std::hypot(p.x() - middle.x(), p.y() - middle.y()));
        const double factor = reach > 1e-9 ? MemberReach * group.radius / reach : 0.0;
        for (auto it = layout->positions().cbegin(); it != layout->positions().cend(); ++it)
            positions.insert(it.key(), group.centre + (it.value() - middle) * factor);
    }
    result.m_layout = GraphLayout::fromPositions(std::move(positions));
    return result;
}

void CommunityGroups::placeGroups()
{
    const qsizetype n = m_groups.size();
    if (n == 0)
        return;
    // Areas follow documents; together the discs cover DiscCover of the box.
    double total = 0.0;
    for (const CommunityGroup& g : std::as_const(m_groups))
        total += std::max(1, g.documents);
    const double unit = std::sqrt(DiscCover * GraphLayout::BoxSize * GraphLayout::BoxSize / (std::numbers::pi * total));
    QList<double> radius(n);
    double meanRadius = 0.0;
    for (qsizetype i = 0; i < n; ++i) {
        radius[i] = unit * std::sqrt(double(std::max(1, m_groups.at(i).documents)));
        meanRadius += radius[i] / n;
    }
    // igraph lays out points; these discs need room for their size, so a small force layout of its own:
    // groups linked by many letters pull together, a weak pull to the middle keeps strays near, and
    // overlapping discs are pushed apart (heavier discs move less). Deterministic: a golden-angle
    // spiral from the largest outwards, then fixed steps.
    QList<QPointF> at(n);
    for (qsizetype i = 0; i < n; ++i) {
        const double distance = 2.2 * meanRadius * std::sqrt(double(i));
        at[i] = QPointF(std::cos(i * GoldenAngle), std::sin(i * GoldenAngle)) * distance;
    }
    int heaviest = 1;
    for (const CommunityLink& link : std::as_const(m_links))
        heaviest = std::max(heaviest, link.documents);
    const double gap = 0.25 * meanRadius;
    const auto separate = [&] {
        for (qsizetype i = 0; i < n; ++i)
            for (qsizetype j = i + 1; j < n; ++j) {
                QPointF d = at[j] - at[i];
                double distance = std::hypot(d.x(), d.y());
                const double needed = radius[i] + radius[j] + gap;
                if (distance >= needed)
                    continue;
                if (distance < 1e-9) {
                    d = QPointF(std::cos(double(j)), std::sin(double(j)));
                    distance = 1.0;
                }
                const double mi = radius[i] * radius[i], mj = radius[j] * radius[j];
                const QPointF push = d / distance * (needed - distance);
                at[i] -= push * (mj / (mi + mj));
                at[j] += push * (mi / (mi + mj));
            }
    };
    constexpr int Steps = 300;
    for (int step = 0; step < Steps; ++step) {
        const double cooling = 1.0 - double(step) / Steps;
        for (const CommunityLink& link : std::as_const(m_links)) {
            const QPointF d = at[link.to] - at[link.from];
            const double distance = std::hypot(d.x(), d.y());
            const double rest = radius[link.from] + radius[link.to] + gap;
            if (distance <= rest)
                continue;
            const double strength = 0.08 * cooling * std::log1p(link.documents) / std::log1p(heaviest);
            const QPointF pull = d / distance * ((distance - rest) * strength);
            const double mi = radius[link.from] * radius[link.from], mj = radius[link.to] * radius[link.to];
            at[link.from] += pull * (mj / (mi + mj));
            at[link.to] -= pull * (mi / (mi + mj));
        }
        for (qsizetype i = 0; i < n; ++i)
            at[i] *= 1.0 - 0.02 * cooling;
        separate();
    }
    // The last passes only separate: no disc overlaps another.
    for (int pass = 0; pass < 50; ++pass)
        separate();
    QRectF extent;
    for (qsizetype i = 0; i < n; ++i) {
        const QRectF disc(at[i] - QPointF(radius[i], radius[i]), QSizeF(2 * radius[i], 2 * radius[i]));
        extent = i == 0 ? disc : extent.united(disc);
    }
    const QPointF shift = GraphLayout::box().center() - extent.center();
    for (qsizetype i = 0; i < n; ++i) {
        m_groups[i].centre = at[i] + shift;
        m_groups[i].radius = radius[i];
    }
}

} // namespace littoral::core
