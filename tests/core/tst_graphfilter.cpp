// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/graphfilter.h"

#include "support/graphnodes.h"

#include <QTest>

using namespace littoral::core;

namespace {

// Five persons (1–5) who all write to each other, two documents per link; four persons (6–9) the
// same with one document per link; an organisation (10) writing to 1 and to 6, one letter each; a
// person (11) writing three letters to 10; and 12, who signed a document with no addressee.
CorrespondenceGraph sample()
{
    CorrespondenceGraph graph;
    qint64 document = 100;
    QHash<qint64, QSet<qint64>> documentsOf;
    const auto link = [&](qint64 from, qint64 to, int count) {
        GraphEdge e { from, to, ParticipantRole::Recipient, {} };
        for (int k = 0; k < count; ++k) {
            e.documents.append(++document);
            documentsOf[from].insert(document);
            documentsOf[to].insert(document);
        }
        graph.edges.append(e);
    };
    for (qint64 a = 1; a <= 5; ++a)
        for (qint64 b = a + 1; b <= 5; ++b)
            link(a, b, 2);
    for (qint64 a = 6; a <= 9; ++a)
        for (qint64 b = a + 1; b <= 9; ++b)
            link(a, b, 1);
    link(10, 1, 1);
    link(10, 6, 1);
    link(11, 10, 3);
    documentsOf[12].insert(++document);
    for (qint64 id = 1; id <= 12; ++id)
        graph.nodes.append({ id, id == 10 ? CorrespondentKind::Organization : CorrespondentKind::Person, QStringLiteral("C%1").arg(id),
            int(documentsOf.value(id).size()) });
    graph.cosignatories.append({ 1, 12 });
    return graph;
}


} // namespace

Q_DECLARE_METATYPE(GraphFilter)

class TestGraphFilter : public QObject {
    Q_OBJECT

private slots:
    void apply_data()
    {
        QTest::addColumn<GraphFilter>("filter");
        QTest::addColumn<QList<qint64>>("kept");
        QTest::addColumn<int>("links");
        const QList<qint64> all { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 };
        QTest::addRow("defaults_keepEverything") << GraphFilter {} << all << 19;
        // 1–5 are in 8 documents (9 for 1), 6–9 in 3 (4 for 6), 10 in 5, 11 in 3, 12 in 1.
        QTest::addRow("minDocuments5") << GraphFilter { 5 } << QList<qint64> { 1, 2, 3, 4, 5, 10 } << 11;
        QTest::addRow("minLinkDocuments2_keepsTheNodes") << GraphFilter { 1, 2 } << all << 11;
        QTest::addRow("persons_dropTheOrganisationAndItsLinks")
            << GraphFilter { 1, 1, GraphFilter::Kinds::Persons } << QList<qint64> { 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12 } << 16;
        QTest::addRow("organisations") << GraphFilter { 1, 1, GraphFilter::Kinds::Organisations } << QList<qint64> { 10 } << 0;
        // Each of 1–5 has four neighbours that stay; 6–9 only three; 10 and 11 fewer.
        QTest::addRow("kCore4") << GraphFilter { 1, 1, GraphFilter::Kinds::Both, 4 } << QList<qint64> { 1, 2, 3, 4, 5 } << 10;
        QTest::addRow("kCore3") << GraphFilter { 1, 1, GraphFilter::Kinds::Both, 3 } << QList<qint64> { 1, 2, 3, 4, 5, 6, 7, 8, 9 } << 16;
        QTest::addRow("largestComponent_dropsTheLoner")
            << GraphFilter { 1, 1, GraphFilter::Kinds::Both, 0, true } << QList<qint64> { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 } << 19;
        // Without 10 the two circles fall apart: the larger stays.
        QTest::addRow("persons_largestComponent")
            << GraphFilter { 1, 1, GraphFilter::Kinds::Persons, 0, true } << QList<qint64> { 1, 2, 3, 4, 5 } << 10;
        // The core first, then its largest component: 3-core is both circles, but 10 is not in it.
        QTest::addRow("kCore3_largestComponent")
            << GraphFilter { 1, 1, GraphFilter::Kinds::Both, 3, true } << QList<qint64> { 1, 2, 3, 4, 5 } << 10;
    }
    void apply()
    {
        QFETCH(GraphFilter, filter);
        QFETCH(QList<qint64>, kept);
        QFETCH(int, links);
        const auto filtered = filter.apply(sample());
        QVERIFY2(filtered, qPrintable(filtered ? QString() : filtered.error().detail));
        QCOMPARE(littoral::test::nodeIds(*filtered), kept);
        QCOMPARE(filtered->edges.size(), links);
        QCOMPARE(filter.isActive(), kept.size() != 12 || links != 19 || filter.largestComponentOnly || filter.minLinkDocuments > 1);
        // Every link's ends stay.
        for (const GraphEdge& e : filtered->edges)
            QVERIFY(kept.contains(e.from) && kept.contains(e.to));
        // The co-signing of 1 and 12 shows only while both stay.
        QCOMPARE(filtered->cosignatories.size(), kept.contains(1) && kept.contains(12) ? 1 : 0);
    }

    void linkDocuments_areTheSurvivingLinksDocuments()
    {
        const auto filtered = GraphFilter { 1, 1, GraphFilter::Kinds::Both, 4 }.apply(sample());
        QVERIFY(filtered);
        const QSet<qint64> documents = GraphFilter::linkDocuments(*filtered);
        QCOMPARE(documents.size(), 20); // ten links of two documents
        QVERIFY(documents.contains(101));
        QVERIFY(!documents.contains(121)); // the first letter between 6 and 7
        QCOMPARE(GraphFilter::linkDocuments(sample()).size(), 20 + 6 + 5);
    }
};

QTEST_GUILESS_MAIN(TestGraphFilter)
#include "tst_graphfilter.moc"
