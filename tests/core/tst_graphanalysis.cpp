// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/graphanalysis.h"

#include <QSet>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace littoral::core;

namespace {

// Two groups of five who all write to each other (0–4 and 5–9), and one correspondent, 10, who
// writes to 0 and to 5 only: the broker between them.
QList<GraphLink> twoCliquesAndABroker()
{
    QList<GraphLink> links;
    for (const int base : { 0, 5 })
        for (int a = base; a < base + 5; ++a)
            for (int b = base; b < base + 5; ++b)
                if (a != b)
                    links.append({ a, b, 2.0 });
    links.append({ 10, 0, 1.0 });
    links.append({ 10, 5, 1.0 });
    return links;
}

// The nodes with the `count` highest values.
QSet<int> top(const QList<double>& values, int count)
{
    QList<int> order(values.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return values.at(a) > values.at(b); });
    return QSet<int>(order.cbegin(), order.cbegin() + count);
}

} // namespace

class TestGraphAnalysis : public QObject {
    Q_OBJECT

private slots:
    void broker_hasTheHighestBetweenness_andTheGroupsAreFound()
    {
        const auto analysis = GraphAnalysis::compute(11, twoCliquesAndABroker());
        QVERIFY2(analysis, qPrintable(analysis ? QString() : analysis.error().detail));
        QCOMPARE(analysis->betweenness.size(), 11);
        const auto broker = std::max_element(analysis->betweenness.cbegin(), analysis->betweenness.cend());
        QCOMPARE(int(broker - analysis->betweenness.cbegin()), 10);
        QCOMPARE(analysis->betweenness.at(10), 25.0); // every path between the groups: 5 × 5
        QCOMPARE(analysis->betweenness.at(0), 24.0); // the broker's way into the first group
        QCOMPARE(analysis->betweenness.at(3), 0.0);
        QVERIFY(!analysis->betweennessSampled);

        QCOMPARE(analysis->communityCount, 2);
        for (int n = 1; n < 5; ++n)
            QCOMPARE(analysis->community.at(n), analysis->community.at(0));
        for (int n = 6; n < 10; ++n)
            QCOMPARE(analysis->community.at(n), analysis->community.at(5));
        QVERIFY(analysis->community.at(0) != analysis->community.at(5));
        // The broker joins one of the two; that group, the larger, is numbered 0.
        QVERIFY(analysis->community.at(10) == analysis->community.at(0) || analysis->community.at(10) == analysis->community.at(5));
        QCOMPARE(analysis->community.at(10), 0);
        QVERIFY2(analysis->modularity > 0.4, qPrintable(QString::number(analysis->modularity)));
    }

    void pageRank_favoursWhoTheOthersWriteTo()
    {
        // Everyone writes to 0; 0 writes to 1 only.
        QList<GraphLink> links;
        for (int n = 1; n < 6; ++n)
            links.append({ n, 0, 1.0 });
        links.append({ 0, 1, 1.0 });
        const auto analysis = GraphAnalysis::compute(6, links);
        QVERIFY(analysis);
        QCOMPARE(top(analysis->pageRank, 1), QSet<int> { 0 });
        QCOMPARE(top(analysis->pageRank, 2), (QSet<int> { 0, 1 }));
        const double sum = std::accumulate(analysis->pageRank.cbegin(), analysis->pageRank.cend(), 0.0);
        QVERIFY(qAbs(sum - 1.0) < 1e-9);
    }

    // Above the exact bound, betweenness comes from a sample of sources: the same brokers stand out.
    void largeGraph_betweennessFromASample()
    {
        GraphAnalysisOptions options;
        options.exactBetweennessUpTo = 5;
        options.sampledSources = 6;
        const auto analysis = GraphAnalysis::compute(11, twoCliquesAndABroker(), options);
        QVERIFY(analysis);
        QVERIFY(analysis->betweennessSampled);
        QCOMPARE(top(analysis->betweenness, 3), (QSet<int> { 0, 5, 10 }));
        const auto again = GraphAnalysis::compute(11, twoCliquesAndABroker(), options);
        QVERIFY(again);
        QCOMPARE(again->betweenness, analysis->betweenness); // the same seed, the same sample
    }

    void noLinks_eachAloneAndNothingBroken()
    {
        // A letter to oneself and a link to a node that is not there link nobody.
        const auto analysis = GraphAnalysis::compute(3, { { 1, 1, 4.0 }, { 0, 7, 1.0 } });
        QVERIFY(analysis);
        QCOMPARE(analysis->communityCount, 3);
        QCOMPARE(analysis->betweenness, (QList<double> { 0, 0, 0 }));
        QCOMPARE(analysis->modularity, 0.0);
        const auto empty = GraphAnalysis::compute(0, {});
        QVERIFY(empty);
        QVERIFY(empty->community.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGraphAnalysis)
#include "tst_graphanalysis.moc"
