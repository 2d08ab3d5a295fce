// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/communitygroups.h"
#include "core/analysis/correspondentnetwork.h"

#include <QTest>

#include <cmath>

using namespace littoral::core;

namespace {

// `circles` circles of `size` correspondents who all write to each other (one letter each way), each
// circle's first member writing `bridge` letters to the next circle's first; then `loners` pairs who
// wrote one letter to each other and to nobody else. Ids from 1, circle by circle, then the pairs.
CorrespondenceGraph circles(int count, int size, int bridge, int loners)
{
    CorrespondenceGraph graph;
    qint64 document = 10000;
    QHash<qint64, int> documents;
    const auto letter = [&](qint64 from, qint64 to, int letters) {
        QList<qint64> ids;
        for (int k = 0; k < letters; ++k)
            ids.append(++document);
        graph.edges.append({ from, to, ParticipantRole::Recipient, ids });
        documents[from] += letters;
        documents[to] += letters;
    };
    for (int c = 0; c < count; ++c) {
        const qint64 base = 1 + qint64(c) * size;
        for (qint64 a = base; a < base + size; ++a)
            for (qint64 b = base; b < base + size; ++b)
                if (a != b)
                    letter(a, b, 1);
        if (c + 1 < count && bridge > 0)
            letter(base, base + size, bridge);
    }
    const qint64 first = 1 + qint64(count) * size;
    for (int k = 0; k < loners; ++k)
        letter(first + 2 * k, first + 2 * k + 1, 1);
    for (qint64 id = 1; id < first + 2 * loners; ++id)
        graph.nodes.append({ id, CorrespondentKind::Person, QStringLiteral("C%1").arg(id), documents.value(id) });
    return graph;
}

CommunityGroups groupsOf(const CorrespondenceGraph& graph, int maxGroups)
{
    const auto network = CorrespondentNetwork::compute(graph);
    if (!network)
        qFatal("analysis failed: %s", qPrintable(network.error().detail));
    auto groups = CommunityGroups::compute(graph, *network, maxGroups);
    if (!groups)
        qFatal("grouping failed: %s", qPrintable(groups.error().detail));
    return *groups;
}

double distance(QPointF a, QPointF b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

} // namespace

class TestCommunityGroups : public QObject {
    Q_OBJECT

private slots:
    void emptyGraph_hasNoGroups()
    {
        const CommunityGroups groups = groupsOf({}, 10);
        QVERIFY(groups.groups().isEmpty());
        QVERIFY(groups.links().isEmpty());
        QCOMPARE(groups.groupOf(1), -1);
    }

    void circles_eachBecomeAGroup_linkedByTheirLetters()
    {
        // Four circles of six, a chain of bridges of three letters: each circle is a community.
        const CorrespondenceGraph graph = circles(4, 6, 3, 0);
        const CommunityGroups groups = groupsOf(graph, 10);
        QCOMPARE(groups.groups().size(), 4);
        for (int c = 0; c < 4; ++c) {
            const int group = groups.groupOf(1 + c * 6);
            QVERIFY(group >= 0);
            for (int k = 1; k < 6; ++k)
                QCOMPARE(groups.groupOf(1 + c * 6 + k), group);
            QCOMPARE(groups.groups().at(group).members.size(), 6);
            QVERIFY(!groups.groups().at(group).label.isEmpty());
            QVERIFY(groups.groups().at(group).community >= 0);
        }
        // The three bridges, one link each, carrying their three letters.
        QCOMPARE(groups.links().size(), 3);
        for (const CommunityLink& link : groups.links()) {
            QVERIFY(link.from < link.to);
            QCOMPARE(link.documents, 3);
        }
        // A circle's documents: its 30 letters, and the bridges' letters on either side.
        const int middle = groups.groupOf(7);
        QCOMPARE(groups.groups().at(middle).documents, 30 + 3 + 3);
        QCOMPARE(groups.groups().at(groups.groupOf(1)).documents, 30 + 3);
    }

    void discs_holdTheirMembers_andNeverOverlap()
    {
        const CorrespondenceGraph graph = circles(12, 5, 2, 15);
        const CommunityGroups groups = groupsOf(graph, 8);
        const QList<CommunityGroup>& all = groups.groups();
        QCOMPARE(all.size(), 8);
        for (const GraphNode& n : graph.nodes) {
            const int g = groups.groupOf(n.id);
            QVERIFY2(g >= 0, qPrintable(n.name));
            QVERIFY(groups.layout().contains(n.id));
            QVERIFY2(distance(groups.layout().position(n.id), all.at(g).centre) <= all.at(g).radius + 1e-6, qPrintable(n.name));
        }
        for (qsizetype i = 0; i < all.size(); ++i)
            for (qsizetype j = i + 1; j < all.size(); ++j)
                QVERIFY2(distance(all.at(i).centre, all.at(j).centre) >= all.at(i).radius + all.at(j).radius,
                    qPrintable(QStringLiteral("groups %1 and %2 overlap").arg(i).arg(j)));
    }

    void discAreas_followTheirDocuments()
    {
        const CommunityGroups groups = groupsOf(circles(5, 4, 1, 0), 10);
        const QList<CommunityGroup>& all = groups.groups();
        QVERIFY(all.size() >= 2);
        for (const CommunityGroup& g : all)
            QVERIFY(std::abs(g.radius * g.radius / g.documents - all.first().radius * all.first().radius / all.first().documents) < 1e-6);
    }

    void beyondTheLimit_theSmallerCommunitiesGoTogether()
    {
        // Ten circles and twenty lone pairs (twenty more communities), in at most four groups.
        const CorrespondenceGraph graph = circles(10, 5, 1, 20);
        const CommunityGroups groups = groupsOf(graph, 4);
        QCOMPARE(groups.groups().size(), 4);
        const CommunityGroup& rest = groups.groups().last();
        QCOMPARE(rest.community, -1);
        QVERIFY(rest.label.isEmpty());
        QCOMPARE(rest.members.size(), graph.nodes.size() - 3 * 5);
        QCOMPARE(rest.communities, 7 + 20); // the circles and the pairs left over
        QCOMPARE(rest.apart, 0);
        for (const CommunityGroup& g : groups.groups().first(3))
            QCOMPARE(g.members.size(), 5);
        // Every correspondent in exactly one group.
        qsizetype members = 0;
        for (const CommunityGroup& g : groups.groups())
            members += g.members.size();
        QCOMPARE(members, graph.nodes.size());
    }

    void correspondentsWithoutLinks_areApart_andBringTheirDocuments()
    {
        CorrespondenceGraph graph = circles(3, 4, 1, 0);
        graph.nodes.append({ 100, CorrespondentKind::Organization, QStringLiteral("Alone"), 7 });
        graph.nodes.append({ 101, CorrespondentKind::Person, QStringLiteral("Also alone"), 2 });
        const CommunityGroups groups = groupsOf(graph, 10);
        QCOMPARE(groups.groups().size(), 4);
        const CommunityGroup& rest = groups.groups().last();
        QCOMPARE(rest.community, -1);
        QCOMPARE(rest.communities, 0);
        QCOMPARE(rest.apart, 2);
        QCOMPARE(rest.members, (QList<qint64> { 100, 101 })); // the busiest first
        QCOMPARE(rest.documents, 7 + 2);
    }

    void oneGroup_holdsEveryone()
    {
        const CorrespondenceGraph graph = circles(3, 4, 1, 2);
        const CommunityGroups groups = groupsOf(graph, 1);
        QCOMPARE(groups.groups().size(), 1);
        QCOMPARE(groups.groups().first().members.size(), graph.nodes.size());
        QVERIFY(groups.links().isEmpty());
    }

    void sameInput_sameLayout()
    {
        const CorrespondenceGraph graph = circles(6, 5, 2, 4);
        const CommunityGroups a = groupsOf(graph, 5);
        const CommunityGroups b = groupsOf(graph, 5);
        QCOMPARE(a.layout().positions(), b.layout().positions());
    }
};

QTEST_GUILESS_MAIN(TestCommunityGroups)
#include "tst_communitygroups.moc"
