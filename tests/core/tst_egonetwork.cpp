// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/egonetwork.h"
#include "core/models/graphlayout.h"

#include "support/graphnodes.h"

#include <QTest>

#include <cmath>

using namespace littoral::core;

namespace {

// 1 writes to 2 and 5, 3 writes to 2, 3 writes to 4, 6 writes to 4; 2 and 5 co-signed a letter.
CorrespondenceGraph chain()
{
    CorrespondenceGraph graph;
    for (qint64 id = 1; id <= 6; ++id)
        graph.nodes.append({ id, CorrespondentKind::Person, QStringLiteral("C%1").arg(id), int(id) });
    graph.edges = { { 1, 2, ParticipantRole::Recipient, { 10 } }, { 1, 5, ParticipantRole::Cc, { 10 } },
        { 3, 2, ParticipantRole::Recipient, { 11 } }, { 3, 4, ParticipantRole::Recipient, { 12 } },
        { 6, 4, ParticipantRole::Recipient, { 13 } } };
    graph.cosignatories = { { 2, 5 } };
    return graph;
}


double distanceFromMiddle(QPointF p)
{
    const QPointF d = p - GraphLayout::box().center();
    return std::hypot(d.x(), d.y());
}

} // namespace

class TestEgoNetwork : public QObject {
    Q_OBJECT

private slots:
    void around_data()
    {
        QTest::addColumn<qint64>("centre");
        QTest::addColumn<int>("hops");
        QTest::addColumn<QList<qint64>>("members");
        QTest::addColumn<int>("links");
        QTest::addRow("oneStep_linksEitherWay") << qint64(2) << 1 << QList<qint64> { 1, 2, 3 } << 2;
        QTest::addRow("twoSteps") << qint64(2) << 2 << QList<qint64> { 1, 2, 3, 4, 5 } << 4;
        QTest::addRow("threeSteps_theWholeChain") << qint64(2) << 3 << QList<qint64> { 1, 2, 3, 4, 5, 6 } << 5;
        QTest::addRow("fromTheEnd") << qint64(6) << 2 << QList<qint64> { 3, 4, 6 } << 2;
        QTest::addRow("unknownCentre_isEmpty") << qint64(42) << 1 << QList<qint64> {} << 0;
    }
    void around()
    {
        QFETCH(qint64, centre);
        QFETCH(int, hops);
        QFETCH(QList<qint64>, members);
        QFETCH(int, links);
        const EgoNetwork ego = EgoNetwork::around(chain(), centre, hops);
        QCOMPARE(littoral::test::nodeIds(ego.graph()), members);
        QCOMPARE(ego.graph().edges.size(), links);
        QCOMPARE(ego.positions().size(), members.size());
        if (members.isEmpty())
            return;
        // The centre in the middle; each step on its ring.
        QCOMPARE(ego.positions().value(centre), GraphLayout::box().center());
        for (const qint64 id : members) {
            const int d = ego.distance(id);
            QVERIFY(d >= 0 && d <= hops);
            QVERIFY(qAbs(distanceFromMiddle(ego.positions().value(id)) - 0.45 * GraphLayout::BoxSize * d / hops) < 1e-6);
            QVERIFY(GraphLayout::box().contains(ego.positions().value(id)));
        }
    }

    void distances_andCosignatories()
    {
        const EgoNetwork ego = EgoNetwork::around(chain(), 1, 2);
        QCOMPARE(ego.distance(1), 0);
        QCOMPARE(ego.distance(2), 1);
        QCOMPARE(ego.distance(5), 1);
        QCOMPARE(ego.distance(3), 2);
        QCOMPARE(ego.distance(4), -1);
        QCOMPARE(ego.graph().cosignatories.size(), 1);
        // 3 sits on the second ring near 2, its way in: closer to 2 than to 5.
        const QPointF p3 = ego.positions().value(3), p2 = ego.positions().value(2), p5 = ego.positions().value(5);
        QVERIFY(std::hypot(p3.x() - p2.x(), p3.y() - p2.y()) < std::hypot(p3.x() - p5.x(), p3.y() - p5.y()));
    }

    // A hub's first ring side by side by group: each group's correspondents are neighbours on the ring,
    // the largest group first (from the top, clockwise in widget coordinates).
    void arrangeByGroup_keepsEachGroupTogetherOnTheRing()
    {
        CorrespondenceGraph star;
        star.nodes.append({ 1, CorrespondentKind::Organization, QStringLiteral("Hub"), 20 });
        for (qint64 id = 2; id <= 10; ++id) {
            star.nodes.append({ id, CorrespondentKind::Person, QStringLiteral("P%1").arg(id), int(12 - id) });
            star.edges.append({ 1, id, ParticipantRole::Recipient, { 100 + id } });
        }
        EgoNetwork ego = EgoNetwork::around(star, 1, 1);
        const QHash<qint64, int> groupOf { { 2, 7 }, { 5, 7 }, { 8, 7 }, { 10, 7 }, { 3, 4 }, { 6, 4 }, { 9, 4 }, { 4, 1 }, { 7, 1 } };
        ego.arrangeByGroup(groupOf);
        QCOMPARE(ego.positions().size(), 10);
        QList<qint64> ring { 2, 3, 4, 5, 6, 7, 8, 9, 10 };
        const QPointF middle = GraphLayout::box().center();
        const auto angle = [&](qint64 id) {
            const QPointF d = ego.positions().value(id) - middle;
            // From the top, clockwise in widget coordinates (y down), in [0, 2π).
            double a = std::atan2(d.y(), d.x()) + M_PI / 2;
            return a < -1e-9 ? a + 2 * M_PI : a;
        };
        std::sort(ring.begin(), ring.end(), [&](qint64 a, qint64 b) { return angle(a) < angle(b); });
        QList<int> groups;
        for (const qint64 id : std::as_const(ring))
            groups.append(groupOf.value(id));
        QCOMPARE(groups, (QList<int> { 7, 7, 7, 7, 4, 4, 4, 1, 1 }));
        // Within a group, the busiest first.
        QCOMPARE(ring.first(), qint64(2));
    }
};

QTEST_GUILESS_MAIN(TestEgoNetwork)
#include "tst_egonetwork.moc"
