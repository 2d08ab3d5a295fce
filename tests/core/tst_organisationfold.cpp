// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/organisationfold.h"

#include "support/graphnodes.h"

#include <QTest>

using namespace littoral::core;

namespace {

// 1 the Ministère de l'Intérieur; 2 and 3 its ministers, one said to speak for the "Ministry of the
// Interior", the other for the "Ministère de l’Intérieur"; 4 an association; 5 a person speaking for
// a body that is no correspondent. The association writes to each minister (10, 11), the ministry
// answers (12), a minister writes to his own ministry (13), 5 writes to a minister (14).
CorpusIndex corpus()
{
    QList<DocumentSummary> documents;
    for (qint64 id = 10; id <= 14; ++id) {
        DocumentSummary d;
        d.id = id;
        d.source = QStringLiteral("%1.txt").arg(id);
        documents.append(d);
    }
    const auto who = [](qint64 id, CorrespondentKind kind, const QString& name, const QString& organization) {
        return CorrespondentSummary { id, kind, name, { name }, 1, organization };
    };
    const QList<CorrespondentSummary> correspondents {
        who(1, CorrespondentKind::Organization, QString::fromUtf8("Ministère de l'Intérieur"), {}),
        who(2, CorrespondentKind::Person, QStringLiteral("Minister One"), QStringLiteral("Ministry of the Interior")),
        who(3, CorrespondentKind::Person, QStringLiteral("Minister Two"), QString::fromUtf8("Ministère de l’Intérieur")),
        who(4, CorrespondentKind::Organization, QStringLiteral("Association"), {}),
        who(5, CorrespondentKind::Person, QStringLiteral("Volunteer"), QStringLiteral("A Body Nobody Wrote To")),
    };
    const auto sent = [](qint64 document, qint64 from, qint64 to) {
        return QList<Participation> { { document, from, ParticipantRole::Sender }, { document, to, ParticipantRole::Recipient } };
    };
    const QList<Participation> participations = sent(10, 4, 2) + sent(11, 4, 3) + sent(12, 1, 4) + sent(13, 2, 1) + sent(14, 5, 2);
    return CorpusIndex::fromParts(documents, correspondents, participations, {});
}


const GraphEdge* edge(const CorrespondenceGraph& graph, qint64 from, qint64 to)
{
    for (const GraphEdge& e : graph.edges)
        if (e.from == from && e.to == to)
            return &e;
    return nullptr;
}

} // namespace

class TestOrganisationFold : public QObject {
    Q_OBJECT

private slots:
    void ministers_areFoldedIntoTheirMinistry_inEitherLanguage()
    {
        const CorpusIndex index = corpus();
        const OrganisationFold fold = OrganisationFold::fold(index.graph(), index);
        QCOMPARE(littoral::test::nodeIds(fold.graph()), (QList<qint64> { 1, 4, 5 }));
        QCOMPARE(fold.foldedInto(2), 1);
        QCOMPARE(fold.foldedInto(3), 1);
        QCOMPARE(fold.foldedInto(5), 0); // its body is no correspondent
        QCOMPARE(fold.members(1), (QList<qint64> { 2, 3 }));
        QVERIFY(fold.holdsPeople(1));
        QVERIFY(!fold.holdsPeople(4));
        // The association's two letters to the ministers are letters to the ministry.
        const GraphEdge* toMinistry = edge(fold.graph(), 4, 1);
        QVERIFY(toMinistry);
        QCOMPARE(toMinistry->documents, (QList<qint64> { 10, 11 }));
        QVERIFY(edge(fold.graph(), 1, 4));
        QVERIFY(edge(fold.graph(), 5, 1));
        QVERIFY(!edge(fold.graph(), 1, 1)); // a minister's letter to his ministry links nobody
        QCOMPARE(fold.graph().edges.size(), 3);
        // The ministry is in the documents of its links: 10, 11, 12 and 14.
        QCOMPARE(fold.graph().nodes.at(0).documents, 4);
    }

    void expanded_keepsItsPeopleApart()
    {
        const CorpusIndex index = corpus();
        const CorrespondenceGraph whole = index.graph();
        const OrganisationFold fold = OrganisationFold::fold(whole, index, { 1 });
        QCOMPARE(littoral::test::nodeIds(fold.graph()), littoral::test::nodeIds(whole));
        QCOMPARE(fold.graph().edges.size(), whole.edges.size());
        QCOMPARE(fold.foldedInto(2), 0);
        QVERIFY(fold.holdsPeople(1)); // still one that can be folded again
    }

    void ministryOutsideThePeriod_isAddedToHoldItsMinisters()
    {
        // Only the association's letter to one minister: the ministry itself is not in that graph.
        const CorpusIndex index = corpus();
        const CorrespondenceGraph period = index.graph([](qint64 id) { return id == 10; });
        const OrganisationFold fold = OrganisationFold::fold(period, index);
        QCOMPARE(littoral::test::nodeIds(fold.graph()), (QList<qint64> { 1, 4 }));
        QCOMPARE(fold.graph().nodes.at(0).name, QString::fromUtf8("Ministère de l'Intérieur"));
        QCOMPARE(fold.graph().nodes.at(0).kind, CorrespondentKind::Organization);
        QCOMPARE(fold.graph().nodes.at(0).documents, 1);
    }
};

QTEST_GUILESS_MAIN(TestOrganisationFold)
#include "tst_organisationfold.moc"
