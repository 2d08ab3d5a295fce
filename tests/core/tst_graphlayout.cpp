// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// GraphLayout: deterministic, stable under small changes, new nodes near their neighbours, scales.
#include "core/models/graphlayout.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QRandomGenerator>
#include <QTest>
#include <QtConcurrent>

#include <cmath>
#include <numeric>

using namespace littoral::core;

namespace {

CorrespondenceGraph makeGraph(int nodes, const QList<std::pair<qint64, qint64>>& links)
{
    CorrespondenceGraph g;
    for (int i = 1; i <= nodes; ++i)
        g.nodes.append({ i, i % 3 == 0 ? CorrespondentKind::Organization : CorrespondentKind::Person,
            QStringLiteral("N%1").arg(i), 1 });
    qint64 document = 1;
    for (const auto& [from, to] : links)
        g.edges.append({ from, to, ParticipantRole::Recipient, { document++ } });
    return g;
}

// Two hubs with their spokes, a bridge between them, a separate triangle and a lone node.
CorrespondenceGraph sampleGraph()
{
    return makeGraph(16, { { 1, 2 }, { 1, 3 }, { 1, 4 }, { 1, 5 }, { 1, 6 }, { 7, 8 }, { 7, 9 }, { 7, 10 }, { 7, 11 },
                             { 6, 7 }, { 12, 13 }, { 13, 14 }, { 14, 12 }, { 2, 3 } });
}

CorrespondenceGraph randomGraph(int nodes, int edges, quint32 seed)
{
    QRandomGenerator random(seed);
    CorrespondenceGraph g = makeGraph(nodes, {});
    g.edges.reserve(edges);
    for (int e = 0; e < edges; ++e) {
        // Preferential-ish: low ids are busier, as a few mayors and NGOs are in a real corpus.
        const auto pick = [&] { return qint64(1 + std::floor(nodes * std::pow(random.generateDouble(), 2.0))); };
        const qint64 a = pick();
        qint64 b = qint64(1 + random.bounded(nodes));
        if (b == a)
            b = a % nodes + 1;
        g.edges.append({ a, b, e % 5 == 0 ? ParticipantRole::Cc : ParticipantRole::Recipient, { e + 1 } });
    }
    return g;
}

double distance(QPointF a, QPointF b) { return std::hypot(a.x() - b.x(), a.y() - b.y()); }

} // namespace

class TestGraphLayout final : public QObject {
    Q_OBJECT
private slots:
    void emptyGraph_givesNoPositions()
    {
        const auto layout = GraphLayout::compute({});
        QVERIFY(layout.has_value());
        QVERIFY(layout->isEmpty());
    }

    void singleNode_sitsAtTheCentre()
    {
        const auto layout = GraphLayout::compute(makeGraph(1, {}));
        QVERIFY(layout.has_value());
        QCOMPARE(layout->size(), 1);
        QCOMPARE(layout->position(1), GraphLayout::box().center());
    }

    void sameInput_givesSameOutput_data()
    {
        QTest::addColumn<int>("nodes");
        QTest::addColumn<int>("edges");
        QTest::addRow("small") << 16 << 0;
        QTest::addRow("random_200") << 200 << 500;
        QTest::addRow("random_1500_grid") << 1500 << 4000;
    }

    void sameInput_givesSameOutput()
    {
        QFETCH(int, nodes);
        QFETCH(int, edges);
        const CorrespondenceGraph g = edges == 0 ? sampleGraph() : randomGraph(nodes, edges, 7);
        const auto a = GraphLayout::compute(g);
        const auto b = GraphLayout::compute(g);
        QVERIFY(a && b);
        QCOMPARE(a->size(), nodes);
        QCOMPARE(a->positions(), b->positions());
        // Seeded runs are deterministic too.
        const auto c = GraphLayout::compute(g, a->positions());
        const auto d = GraphLayout::compute(g, a->positions());
        QVERIFY(c && d);
        QCOMPARE(c->positions(), d->positions());
    }

    void concurrentRuns_agreeWithASerialRun()
    {
        const CorrespondenceGraph g = randomGraph(300, 700, 11);
        const auto serial = GraphLayout::compute(g);
        QVERIFY(serial.has_value());
        QList<QFuture<Result<GraphLayout>>> futures;
        for (int i = 0; i < 4; ++i)
            futures.append(QtConcurrent::run([g] { return GraphLayout::compute(g); }));
        for (auto& future : futures) {
            const Result<GraphLayout> result = future.result();
            QVERIFY(result.has_value());
            QCOMPARE(result->positions(), serial->positions());
        }
    }

    void positions_stayInsideTheBox_andComponentsDoNotOverlap()
    {
        const auto layout = GraphLayout::compute(sampleGraph());
        QVERIFY(layout.has_value());
        const QRectF box = GraphLayout::box();
        for (const QPointF p : layout->positions())
            QVERIFY2(box.contains(p), qPrintable(QStringLiteral("%1,%2").arg(p.x()).arg(p.y())));
        // The triangle 12–13–14 and the lone node 15 keep clear of the big component.
        QRectF big;
        for (qint64 id = 1; id <= 11; ++id)
            big = big.united(QRectF(layout->position(id), QSizeF(1e-6, 1e-6)));
        for (qint64 id : { 12, 13, 14, 15, 16 })
            QVERIFY(!big.contains(layout->position(id)));
        // Nor do they fly away: everything shares the box, the lone nodes included.
        QVERIFY(distance(layout->position(15), layout->position(1)) < GraphLayout::BoxSize);
    }

    void addingAnEdgeOrNode_movesKnownNodesLittle_data()
    {
        QTest::addColumn<int>("extraNodes");
        QTest::addColumn<bool>("extraEdge");
        QTest::addRow("nothing") << 0 << false;
        QTest::addRow("one_edge") << 0 << true;
        QTest::addRow("one_node") << 1 << false;
        QTest::addRow("one_node_and_edge") << 1 << true;
    }

    void addingAnEdgeOrNode_movesKnownNodesLittle()
    {
        QFETCH(int, extraNodes);
        QFETCH(bool, extraEdge);
        const CorrespondenceGraph before = randomGraph(60, 110, 3);
        const auto first = GraphLayout::compute(before);
        QVERIFY(first.has_value());

        CorrespondenceGraph after = before;
        if (extraNodes)
            after.nodes.append({ 61, CorrespondentKind::Person, QStringLiteral("New"), 1 });
        if (extraNodes)
            after.edges.append({ 61, 5, ParticipantRole::Recipient, { 1000 } });
        if (extraEdge)
            after.edges.append({ 2, 40, ParticipantRole::Cc, { 1001 } });
        const auto second = GraphLayout::compute(after, first->positions());
        QVERIFY(second.has_value());

        QList<double> moves;
        for (qint64 id = 1; id <= 60; ++id)
            moves.append(distance(first->position(id), second->position(id)));
        std::sort(moves.begin(), moves.end());
        const double mean = std::accumulate(moves.cbegin(), moves.cend(), 0.0) / moves.size();
        qInfo("median move %.1f, mean %.1f, largest %.1f (box %.0f)", moves.at(30), mean, moves.last(), GraphLayout::BoxSize);
        // Most nodes stay put; the few tied to the change (a small component joining a big one) may move.
        QVERIFY(moves.at(30) < 0.03 * GraphLayout::BoxSize);
        QVERIFY(mean < 0.05 * GraphLayout::BoxSize);
        if (extraNodes == 0 && !extraEdge)
            QVERIFY(moves.last() < 0.02 * GraphLayout::BoxSize);
    }

    void newNode_settlesNearItsNeighbour()
    {
        const CorrespondenceGraph before = sampleGraph();
        const auto first = GraphLayout::compute(before);
        QVERIFY(first.has_value());
        CorrespondenceGraph after = before;
        after.nodes.append({ 99, CorrespondentKind::Person, QStringLiteral("Newcomer"), 1 });
        after.edges.append({ 99, 9, ParticipantRole::Recipient, { 500 } });
        const auto second = GraphLayout::compute(after, first->positions());
        QVERIFY(second.has_value());
        QVERIFY(second->contains(99));
        const double toNeighbour = distance(second->position(99), second->position(9));
        // Among the three nearest correspondents, and well inside the picture's scale.
        int closer = 0;
        for (auto it = second->positions().cbegin(); it != second->positions().cend(); ++it)
            closer += it.key() != 99 && it.key() != 9 && distance(second->position(99), *it) < toNeighbour;
        QVERIFY2(closer <= 2, qPrintable(QStringLiteral("%1 nodes are closer than its neighbour").arg(closer)));
        QVERIFY(toNeighbour < 0.25 * GraphLayout::BoxSize);
    }

    void pinnedNode_staysWhereItWasDragged()
    {
        const CorrespondenceGraph g = sampleGraph();
        const auto first = GraphLayout::compute(g);
        QVERIFY(first.has_value());
        QHash<qint64, QPointF> previous = first->positions();
        const QPointF dragged = previous.value(4) + QPointF(0, 200);
        previous[4] = dragged;
        const auto pinned = GraphLayout::compute(g, previous, { 4 });
        const auto loose = GraphLayout::compute(g, previous);
        QVERIFY(pinned && loose);
        const double pinnedMove = distance(pinned->position(4), dragged);
        const double looseMove = distance(loose->position(4), dragged);
        qInfo("dragged node moved %.1f when pinned, %.1f when not", pinnedMove, looseMove);
        QVERIFY(pinnedMove < 0.05 * GraphLayout::BoxSize);
        QVERIFY(pinnedMove < looseMove);
    }

    void largeGraph_laysOutWithoutError()
    {
        const CorrespondenceGraph g = randomGraph(5000, 20000, 42);
        QElapsedTimer timer;
        timer.start();
        const auto layout = GraphLayout::compute(g);
        const qint64 fresh = timer.restart();
        QVERIFY(layout.has_value());
        QCOMPARE(layout->size(), 5000);
        const auto again = GraphLayout::compute(g, layout->positions());
        QVERIFY(again.has_value());
        qInfo("5,000 nodes / 20,000 edges: fresh layout %lld ms, incremental %lld ms", fresh, timer.elapsed());
        for (const QPointF p : layout->positions())
            QVERIFY(std::isfinite(p.x()) && std::isfinite(p.y()));
    }

    // Above a few hundred nodes a component is laid out coarse to fine: the same guarantees hold.
    void largeGraph_isDeterministic_finite_andSpreadOut()
    {
        const CorrespondenceGraph g = randomGraph(3000, 9000, 7);
        const auto first = GraphLayout::compute(g);
        const auto second = GraphLayout::compute(g);
        QVERIFY(first && second);
        QCOMPARE(first->size(), 3000);
        QVERIFY(first->positions() == second->positions());
        QList<QPointF> points;
        for (const QPointF p : first->positions()) {
            QVERIFY(std::isfinite(p.x()) && std::isfinite(p.y()));
            QVERIFY(GraphLayout::box().adjusted(-1, -1, 1, 1).contains(p));
            points.append(p);
        }
        // Not a clump: few nodes sit on top of another (closer than a thousandth of the box).
        int stacked = 0;
        for (qsizetype i = 0; i < points.size(); ++i) {
            double nearest = 1e9;
            for (qsizetype j = 0; j < points.size(); ++j)
                if (i != j)
                    nearest = std::min(nearest, distance(points[i], points[j]));
            stacked += nearest < GraphLayout::BoxSize / 1000.0;
        }
        qInfo("3,000 nodes: %d of them closer than a thousandth of the box to another", stacked);
        QVERIFY(stacked < points.size() / 20);
        // And it fills the box rather than a sliver of it.
        QRectF extent(points.first(), QSizeF(0, 0));
        for (const QPointF p : std::as_const(points))
            extent = extent.united(QRectF(p, QSizeF(1e-9, 1e-9)));
        QVERIFY(extent.width() > 0.5 * GraphLayout::BoxSize && extent.height() > 0.5 * GraphLayout::BoxSize);
    }

    void largeGraph_seededFromItself_keepsNodesNearTheirPlaces()
    {
        const CorrespondenceGraph g = randomGraph(3000, 9000, 11);
        const auto first = GraphLayout::compute(g);
        QVERIFY(first);
        const auto again = GraphLayout::compute(g, first->positions());
        QVERIFY(again);
        QList<double> moves;
        for (auto it = first->positions().cbegin(); it != first->positions().cend(); ++it)
            moves.append(distance(*it, again->position(it.key())));
        std::sort(moves.begin(), moves.end());
        const double median = moves.at(moves.size() / 2);
        const double p95 = moves.at(moves.size() * 95 / 100);
        qInfo("3,000 nodes rerun from their places: median move %.2f, 95th percentile %.2f (box %.0f)", median, p95,
            GraphLayout::BoxSize);
        QVERIFY(median < 0.005 * GraphLayout::BoxSize);
        QVERIFY(p95 < 0.05 * GraphLayout::BoxSize);

        // A newcomer writing to two known correspondents settles near them.
        CorrespondenceGraph grown = g;
        grown.nodes.append({ 3001, CorrespondentKind::Person, QStringLiteral("N3001"), 2 });
        grown.edges.append({ 3001, 1, ParticipantRole::Recipient, { 900001 } });
        grown.edges.append({ 3001, 2, ParticipantRole::Recipient, { 900002 } });
        const auto withNewcomer = GraphLayout::compute(grown, first->positions());
        QVERIFY(withNewcomer);
        const QPointF between = (withNewcomer->position(1) + withNewcomer->position(2)) / 2;
        const double spread = distance(withNewcomer->position(1), withNewcomer->position(2));
        qInfo("newcomer %.1f from the middle of its two correspondents, %.1f apart", distance(withNewcomer->position(3001), between), spread);
        QVERIFY(distance(withNewcomer->position(3001), between) < spread / 2 + 0.05 * GraphLayout::BoxSize);
    }
};

QTEST_GUILESS_MAIN(TestGraphLayout)
#include "tst_graphlayout.moc"
