// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/correspondentnetwork.h"
#include "core/db/database.h"
#include "core/import/importjob.h"
#include "core/models/corpusindex.h"

#include "support/testpaths.h"

#include <QTemporaryDir>
#include <QTest>

using namespace littoral::core;

namespace {

// Two circles of five who all write to each other (ids 1–5 and 6–10, two letters each way), and
// 11, who writes one letter to 1 and one to 6 only: the broker between them. 1 and 6 also answer
// 11's letter in one more document each, so they are their circle's busiest.
CorrespondenceGraph twoCirclesAndABroker()
{
    CorrespondenceGraph graph;
    qint64 document = 1000;
    QHash<qint64, int> documents;
    for (const qint64 base : { 1, 6 })
        for (qint64 a = base; a < base + 5; ++a)
            for (qint64 b = base; b < base + 5; ++b)
                if (a != b) {
                    graph.edges.append({ a, b, ParticipantRole::Recipient, { document, document + 1 } });
                    document += 2;
                    documents[a] += 2;
                    documents[b] += 2;
                }
    graph.edges.append({ 11, 1, ParticipantRole::Recipient, { ++document } });
    graph.edges.append({ 11, 6, ParticipantRole::Cc, { ++document } });
    documents[11] += 2;
    documents[1] += 1;
    documents[6] += 1;
    for (qint64 id = 1; id <= 11; ++id)
        graph.nodes.append({ id, id == 11 ? CorrespondentKind::Organization : CorrespondentKind::Person,
            QStringLiteral("C%1").arg(id, 2, 10, QLatin1Char('0')), documents.value(id) });
    return graph;
}

} // namespace

class TestCorrespondentNetwork : public QObject {
    Q_OBJECT

private slots:
    void measureNames_roundTrip_data()
    {
        QTest::addColumn<int>("measure");
        for (const NetworkMeasure m : { NetworkMeasure::Documents, NetworkMeasure::InDegree, NetworkMeasure::OutDegree,
                 NetworkMeasure::Betweenness, NetworkMeasure::PageRank })
            QTest::addRow("%s", qPrintable(networkMeasureName(m))) << int(m);
    }
    void measureNames_roundTrip()
    {
        QFETCH(int, measure);
        QCOMPARE(networkMeasureFromName(networkMeasureName(NetworkMeasure(measure))), std::optional(NetworkMeasure(measure)));
    }

    void twoCircles_brokerStandsOut_andCommunitiesAreNamedByTheirBusiest()
    {
        const auto network = CorrespondentNetwork::compute(twoCirclesAndABroker());
        QVERIFY2(network, qPrintable(network ? QString() : network.error().detail));
        QCOMPARE(network->standings().size(), 11);

        const CorrespondentStanding* broker = network->standing(11);
        QVERIFY(broker);
        QCOMPARE(broker->outDegree, 2.0);
        QCOMPARE(broker->inDegree, 0.0);
        QCOMPARE(broker->betweenness, 25.0);
        QCOMPARE(network->maximum(NetworkMeasure::Betweenness), 25.0);
        // One of a circle: four correspondents, two letters each way, plus the broker's letter for 1.
        QCOMPARE(network->standing(1)->outDegree, 8.0);
        QCOMPARE(network->standing(1)->inDegree, 9.0);
        QCOMPARE(network->standing(2)->inDegree, 8.0);
        QVERIFY(network->standing(1)->pageRank > network->standing(11)->pageRank); // nobody writes to the broker
        QVERIFY(!network->standing(42));

        QCOMPARE(network->communities().size(), 2);
        for (qint64 id = 2; id <= 5; ++id)
            QCOMPARE(network->standing(id)->community, network->standing(1)->community);
        for (qint64 id = 7; id <= 10; ++id)
            QCOMPARE(network->standing(id)->community, network->standing(6)->community);
        QVERIFY(network->standing(1)->community != network->standing(6)->community);
        const NetworkCommunity& first = network->communities().at(network->standing(1)->community);
        QCOMPARE(first.busiest.size(), 3);
        QCOMPARE(first.busiest.first(), QStringLiteral("C01")); // 17 documents, the others 16
        QCOMPARE(first.members.first(), 1);
        QVERIFY(first.label().startsWith(QStringLiteral("C01, ")));
    }

    void sampleCorpus_degreesAddUp_andTheMayorsLetterIsACommunityOfItsOwn()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("sample.db"));
        const auto imported = ImportJob(db, { QStringLiteral(LITTORAL_SAMPLE_CORPUS_DIR) }).runSynchronously();
        QVERIFY(imported && imported->imported == 5);
        auto database = Database::openExisting(db);
        QVERIFY(database);
        const auto corpus = CorpusIndex::load(*database);
        QVERIFY(corpus);
        const CorrespondenceGraph graph = corpus->graph();
        const auto network = CorrespondentNetwork::compute(graph);
        QVERIFY(network);

        double links = 0, in = 0, out = 0, rank = 0;
        for (const GraphEdge& edge : graph.edges)
            links += edge.weight();
        for (const CorrespondentStanding& s : network->standings()) {
            in += s.inDegree;
            out += s.outDegree;
            rank += s.pageRank;
            QVERIFY(s.community >= 0 && s.community < network->communities().size());
        }
        QVERIFY(links > 0);
        QCOMPARE(in, links);
        QCOMPARE(out, links);
        QVERIFY(qAbs(rank - 1.0) < 1e-6);

        // The mayor of Calais writes to an NGO coordinator and to nobody else in the samples: they
        // are a community of two, whatever the other letters do.
        const CorrespondentSummary* mayor = corpus->correspondentNamed(QStringLiteral("Natacha Bouchart"));
        QVERIFY(mayor);
        const CorrespondentStanding* standing = network->standing(mayor->id);
        QVERIFY(standing);
        const NetworkCommunity& community = network->communities().at(standing->community);
        QCOMPARE(community.members.size(), 2);
        QCOMPARE(standing->outDegree, 1.0);
        // Communities are numbered from the largest.
        for (qsizetype c = 1; c < network->communities().size(); ++c)
            QVERIFY(network->communities().at(c - 1).members.size() >= network->communities().at(c).members.size());
    }
};

QTEST_GUILESS_MAIN(TestCorrespondentNetwork)
#include "tst_correspondentnetwork.moc"
