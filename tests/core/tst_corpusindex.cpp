// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// CorpusIndex, SelectionState and DocumentFilterProxy on the real sample corpus, imported for real.
#include "core/db/database.h"
#include "core/import/importjob.h"
#include "core/models/corpusindex.h"
#include "core/models/documentfilterproxy.h"
#include "core/models/documenttablemodel.h"
#include "core/models/selectionstate.h"
#include "support/samplecorpus.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

using namespace littoral::core;

namespace {

qint64 correspondentId(const CorpusIndex& index, const QString& name)
{
    for (const CorrespondentSummary& c : index.correspondents())
        if (c.name == name)
            return c.id;
    return 0;
}

qint64 documentOn(const CorpusIndex& index, QDate date)
{
    for (const DocumentSummary& d : index.documents())
        if (d.dateStart == date)
            return d.id;
    return 0;
}

// What the list showed before DocumentFilterProxy sorted once and filtered by walking that order:
// a QSortFilterProxyModel asking the selection for every row, filtered and sorted from scratch.
class ReferenceProxy final : public QSortFilterProxyModel {
public:
    explicit ReferenceProxy(const SelectionState& selection)
        : m_selection(selection)
    {
        setSortRole(DocumentTableModel::SortRole);
    }
    QString text;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& parent) const override
    {
        if (!m_selection.accepts(sourceModel()->index(sourceRow, 0, parent).data(DocumentTableModel::DocumentIdRole).toLongLong()))
            return false;
        if (text.isEmpty())
            return true;
        for (int column = 0; column < sourceModel()->columnCount(); ++column)
            if (sourceModel()->index(sourceRow, column, parent).data().toString().contains(text, Qt::CaseInsensitive))
                return true;
        return false;
    }

private:
    const SelectionState& m_selection;
};

QList<qint64> idsOf(const QAbstractItemModel& model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(DocumentTableModel::DocumentIdRole).toLongLong();
    return ids;
}

// Many ties on every column (a few dates, types, titles differing only in case), some undated, ids
// not in row order: where a sort that is not stable, or not from the source order, would show.
QList<DocumentSummary> documentsWithTies(int count)
{
    QRandomGenerator random(20260101);
    const QStringList titles { QStringLiteral("Lettre au préfet"), QStringLiteral("lettre au Préfet"), QStringLiteral("Appel"),
        QStringLiteral("Communiqué"), QStringLiteral("Éviction"), QStringLiteral("appel") };
    const QStringList senders { QStringLiteral("Préfecture"), QStringLiteral("Mairie de Calais"), QStringLiteral("Auberge"),
        QStringLiteral("auberge") };
    QList<DocumentSummary> documents;
    for (int i = 0; i < count; ++i) {
        DocumentSummary d;
        d.id = 100000 - 7 * i;
        if (random.bounded(10) != 0)
            d.dateStart = d.dateEnd = QDate(2015, 1, 1).addDays(random.bounded(40));
        d.type = DocumentType(random.bounded(4));
        d.language = random.bounded(2) ? QStringLiteral("fr") : QStringLiteral("en");
        d.title = titles.at(random.bounded(int(titles.size())));
        d.senders = { senders.at(random.bounded(int(senders.size()))) };
        d.recipients = { senders.at(random.bounded(int(senders.size()))) };
        documents << d;
    }
    return documents;
}

} // namespace

class TestCorpusIndex final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::shared_ptr<const CorpusIndex> m_index;

private slots:
    void initTestCase()
    {
        auto sample = littoral::test::loadSampleCorpus(m_dir.filePath(QStringLiteral("sample.db")));
        QVERIFY2(sample, qPrintable(sample ? QString() : sample.error().detail));
        m_index = *sample;
    }

    void load_readsDocumentsCorrespondentsParticipationsAndEvents()
    {
        QCOMPARE(m_index->documents().size(), 5);
        QVERIFY(m_index->correspondents().size() >= 30); // 26 signatory organisations in one letter alone
        QVERIFY(!m_index->participations().isEmpty());
        QVERIFY(m_index->events().size() >= 8); // the archivist's eight events at least
        const qint64 mayorLetter = documentOn(*m_index, QDate(2017, 2, 7));
        QVERIFY(mayorLetter != 0);
        QVERIFY(m_index->involves(mayorLetter, correspondentId(*m_index, QStringLiteral("Natacha Bouchart"))));
        // A correspondent of another letter: known (an unknown name gives 0, which no letter involves).
        const qint64 macron = correspondentId(*m_index, QStringLiteral("Emmanuel Macron"));
        QVERIFY(macron != 0);
        QVERIFY(!m_index->involves(mayorLetter, macron));
        QCOMPARE(m_index->senderLane(mayorLetter), QStringLiteral("Natacha Bouchart"));
        QCOMPARE(m_index->senderLane(documentOn(*m_index, QDate(2014, 7, 10))), QStringLiteral("Migreurop"));
    }

    void participationsOfRow_areThoseOfTheDocumentOnThatRow()
    {
        for (qsizetype row = 0; row < m_index->documents().size(); ++row) {
            const auto byId = m_index->participationsOf(m_index->documents().at(row).id);
            const auto byRow = m_index->participationsOfRow(row);
            QCOMPARE(byRow.data(), byId.data());
            QCOMPARE(byRow.size(), byId.size());
        }
        QVERIFY(m_index->participationsOfRow(-1).empty());
        QVERIFY(m_index->participationsOfRow(m_index->documents().size()).empty());
    }

    void loadDocuments_thenCompleted_equalsAWholeLoad()
    {
        const QString path = m_dir.filePath(QStringLiteral("sample.db"));
        auto documents = CorpusIndex::loadDocuments(path);
        QVERIFY2(documents, qPrintable(documents ? QString() : documents.error().detail));
        QVERIFY(!documents->isComplete());
        QCOMPARE(documents->documents().size(), m_index->documents().size());
        QVERIFY(documents->correspondents().isEmpty());
        QVERIFY(documents->participations().isEmpty());
        QVERIFY(documents->events().isEmpty());
        QVERIFY(documents->documents().first().senders.isEmpty()); // names come with the second step

        auto complete = documents->completed(path);
        QVERIFY2(complete, qPrintable(complete ? QString() : complete.error().detail));
        QVERIFY(complete->isComplete());
        QCOMPARE(complete->correspondents().size(), m_index->correspondents().size());
        QCOMPARE(complete->participations().size(), m_index->participations().size());
        QCOMPARE(complete->events().size(), m_index->events().size());
        for (qsizetype i = 0; i < m_index->documents().size(); ++i) {
            QCOMPARE(complete->documents().at(i).id, m_index->documents().at(i).id);
            QCOMPARE(complete->documents().at(i).senders, m_index->documents().at(i).senders);
            QCOMPARE(complete->documents().at(i).recipients, m_index->documents().at(i).recipients);
        }
        const qint64 mayorLetter = documentOn(*complete, QDate(2017, 2, 7));
        QVERIFY(complete->involves(mayorLetter, correspondentId(*complete, QStringLiteral("Natacha Bouchart"))));
    }

    void model_updateDocuments_keepsRowsAndFillsNames()
    {
        auto documents = CorpusIndex::loadDocuments(m_dir.filePath(QStringLiteral("sample.db")));
        QVERIFY(documents);
        DocumentTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocuments(documents->documents());
        const int bouchartRow = model.rowOfDocument(documentOn(*m_index, QDate(2017, 2, 7)));
        QVERIFY(model.index(bouchartRow, DocumentTableModel::SendersColumn).data().toString().isEmpty());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.updateDocuments(m_index->documents());
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        // Only the name columns changed, over every row: the date order needs no re-sort.
        QCOMPARE(changed.first().at(0).toModelIndex(), model.index(0, DocumentTableModel::SendersColumn));
        QCOMPARE(changed.first().at(1).toModelIndex(), model.index(model.rowCount() - 1, DocumentTableModel::RecipientsColumn));
        QCOMPARE(model.index(bouchartRow, DocumentTableModel::SendersColumn).data().toString(), QStringLiteral("Natacha Bouchart"));

        QList<DocumentSummary> other = m_index->documents();
        other.removeLast();
        model.updateDocuments(other); // not the same rows: a reset
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 4);
    }

    void selection_completeCorpus_keepsWhatThePersonChose()
    {
        auto documents = CorpusIndex::loadDocuments(m_dir.filePath(QStringLiteral("sample.db")));
        QVERIFY(documents);
        SelectionState selection;
        selection.setCorpus(std::make_shared<const CorpusIndex>(*documents));
        const qint64 mayorLetter = documentOn(selection.corpus(), QDate(2017, 2, 7));
        selection.setPeriod(QDate(2017, 1, 1), QDate(2017, 12, 31));
        selection.setSearch(QStringLiteral("prefet"), { { mayorLetter, QString() } });
        selection.setCurrentDocument(mayorLetter);
        QSignalSpy changed(&selection, &SelectionState::corpusChanged);
        QSignalSpy completed(&selection, &SelectionState::corpusCompleted);
        QSignalSpy filtered(&selection, &SelectionState::filterChanged);

        selection.completeCorpus(m_index);
        QCOMPARE(changed.count(), 0); // not a new corpus: views keep their zoom
        QCOMPARE(completed.count(), 1);
        QCOMPARE(filtered.count(), 1);
        QVERIFY(selection.corpus().isComplete());
        QCOMPARE(selection.periodFrom(), QDate(2017, 1, 1));
        QCOMPARE(selection.searchQuery(), QStringLiteral("prefet"));
        QCOMPARE(selection.currentDocument(), mayorLetter);
        QVERIFY(selection.accepts(mayorLetter));
    }

    void load_missingFile_isAnError()
    {
        auto missing = CorpusIndex::loadDocuments(m_dir.filePath(QStringLiteral("absent.db")));
        QVERIFY(!missing);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("absent.db"))));
    }

    void proxy_sortsByDateWithUndatedLast_andByType()
    {
        auto summary = [](qint64 id, QDate start, DocumentType type) {
            DocumentSummary d;
            d.id = id;
            d.dateStart = d.dateEnd = start;
            d.type = type;
            return d;
        };
        DocumentTableModel model;
        model.setDocuments({ summary(1, {}, DocumentType::Letter), summary(2, QDate(2017, 2, 7), DocumentType::PressRelease),
            summary(3, QDate(2014, 7, 10), DocumentType::OpenLetter), summary(4, QDate(2016, 10, 24), DocumentType::Letter) });
        DocumentFilterProxy proxy(nullptr);
        proxy.setSourceModel(&model);
        auto order = [&] {
            QList<qint64> ids;
            for (int row = 0; row < proxy.rowCount(); ++row)
                ids << proxy.index(row, 0).data(DocumentTableModel::DocumentIdRole).toLongLong();
            return ids;
        };
        proxy.sort(DocumentTableModel::DateColumn, Qt::AscendingOrder);
        QCOMPARE(order(), (QList<qint64> { 3, 4, 2, 1 }));
        proxy.sort(DocumentTableModel::DateColumn, Qt::DescendingOrder);
        QCOMPARE(order(), (QList<qint64> { 1, 2, 4, 3 }));
        proxy.sort(DocumentTableModel::TypeColumn, Qt::AscendingOrder);
        QCOMPARE(order(), (QList<qint64> { 1, 4, 3, 2 })); // letters in source order, then open letter, press release
    }

    void proxy_scatteredFilter_isOneLayoutChange()
    {
        // Every other document a hit: removing rows run by run made the list's header rescan all
        // rows for each run (seconds at 100,000 documents).
        QList<DocumentSummary> documents;
        QHash<qint64, QString> hits;
        for (qint64 id = 1; id <= 2000; ++id) {
            DocumentSummary d;
            d.id = id;
            d.dateStart = d.dateEnd = QDate(2016, 1, 1).addDays(id);
            d.title = QStringLiteral("Lettre %1").arg(id);
            documents << d;
            if (id % 2)
                hits.insert(id, QString());
        }
        auto corpus = std::make_shared<const CorpusIndex>(CorpusIndex::fromParts(documents, {}, {}, {}));
        SelectionState selection;
        selection.setCorpus(corpus);
        DocumentTableModel model;
        model.setDocuments(corpus->documents());
        DocumentFilterProxy proxy(&selection);
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
        QSignalSpy laidOut(&proxy, &QAbstractItemModel::layoutChanged);
        selection.setSearch(QStringLiteral("lettre"), hits);
        QCOMPARE(proxy.rowCount(), 1000);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(laidOut.count(), 1);

        proxy.setTextFilter(QStringLiteral("LETTRE 19")); // case-insensitive, on the title: 19, 191, 193 … 1999
        QCOMPARE(proxy.rowCount(), 56);
        QCOMPARE(laidOut.count(), 2);
        proxy.setTextFilter(QString());
        QCOMPARE(proxy.rowCount(), 1000);
    }

    void proxy_anyFilterAndSort_showsWhatAQSortFilterProxyModelShowed_data()
    {
        QTest::addColumn<bool>("search");
        QTest::addColumn<bool>("period");
        QTest::addColumn<QString>("text");
        QTest::addRow("no_filter") << false << false << QString();
        QTest::addRow("search") << true << false << QString();
        QTest::addRow("period") << false << true << QString();
        QTest::addRow("search_and_period") << true << true << QString();
        QTest::addRow("text") << false << false << QStringLiteral("LETTRE");
        QTest::addRow("search_and_text") << true << false << QStringLiteral("auberge");
    }

    void proxy_anyFilterAndSort_showsWhatAQSortFilterProxyModelShowed()
    {
        QFETCH(bool, search);
        QFETCH(bool, period);
        QFETCH(QString, text);
        auto corpus = std::make_shared<const CorpusIndex>(CorpusIndex::fromParts(documentsWithTies(3000), {}, {}, {}));
        SelectionState selection;
        selection.setCorpus(corpus);
        DocumentTableModel model;
        model.setDocuments(corpus->documents());
        DocumentFilterProxy proxy(&selection);
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ReferenceProxy reference(selection);
        reference.setSourceModel(&model);

        QHash<qint64, QString> hits;
        for (const DocumentSummary& d : corpus->documents())
            if (d.id % 3 == 0)
                hits.insert(d.id, QString());
        if (search)
            selection.setSearch(QStringLiteral("calais"), hits);
        if (period)
            selection.setPeriod(QDate(2015, 1, 10), QDate(2015, 1, 25));
        proxy.setTextFilter(text);
        reference.text = text;
        for (int column = 0; column < DocumentTableModel::ColumnCount; ++column) {
            for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
                proxy.sort(column, order);
                reference.sort(column, order);
                reference.invalidate(); // from the source order, as the old list after any filter change
                QVERIFY(reference.rowCount() > 0);
                QCOMPARE(idsOf(proxy), idsOf(reference));
            }
        }
    }

    void proxy_filterChange_keepsTheSortedOrder_inOneLayoutChange()
    {
        auto corpus = std::make_shared<const CorpusIndex>(CorpusIndex::fromParts(documentsWithTies(3000), {}, {}, {}));
        SelectionState selection;
        selection.setCorpus(corpus);
        DocumentTableModel model;
        model.setDocuments(corpus->documents());
        DocumentFilterProxy proxy(&selection);
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(DocumentTableModel::TitleColumn, Qt::DescendingOrder);
        const QList<qint64> all = idsOf(proxy);
        // A document that stays and one that goes, as the view's current index and selection would hold them.
        const QPersistentModelIndex stays = proxy.index(10, DocumentTableModel::TitleColumn);
        const qint64 staysId = stays.data(DocumentTableModel::DocumentIdRole).toLongLong();
        QPersistentModelIndex goes;
        QHash<qint64, QString> hits;
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const qint64 id = proxy.index(row, 0).data(DocumentTableModel::DocumentIdRole).toLongLong();
            if (row % 3 != 1 || id == staysId)
                hits.insert(id, QString());
            else if (!goes.isValid())
                goes = proxy.index(row, 0);
        }
        QVERIFY(goes.isValid());

        QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);
        QSignalSpy laidOut(&proxy, &QAbstractItemModel::layoutChanged);
        selection.setSearch(QStringLiteral("lettre"), hits);
        QList<qint64> expected;
        for (const qint64 id : all)
            if (hits.contains(id))
                expected << id;
        QCOMPARE(idsOf(proxy), expected); // the hits in the order they were shown, nothing re-sorted
        QCOMPARE(removed.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(laidOut.count(), 1);
        QVERIFY(stays.isValid());
        QCOMPARE(stays.data(DocumentTableModel::DocumentIdRole).toLongLong(), staysId);
        QCOMPARE(stays.column(), int(DocumentTableModel::TitleColumn));
        QVERIFY(!goes.isValid());

        selection.clearSearch();
        QCOMPARE(idsOf(proxy), all);
        QCOMPARE(laidOut.count(), 2);
    }

    void proxy_namesArriveInTheSortedColumn_rowsAreSortedAgain()
    {
        QList<DocumentSummary> documents = documentsWithTies(50);
        auto corpus = std::make_shared<const CorpusIndex>(CorpusIndex::fromParts(documents, {}, {}, {}));
        SelectionState selection;
        selection.setCorpus(corpus);
        DocumentTableModel model;
        model.setDocuments(documents);
        DocumentFilterProxy proxy(&selection);
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ReferenceProxy reference(selection);
        reference.setSourceModel(&model);
        proxy.sort(DocumentTableModel::SendersColumn);
        reference.sort(DocumentTableModel::SendersColumn);
        QSignalSpy changed(&proxy, &QAbstractItemModel::dataChanged);
        for (int i = 0; i < documents.size(); ++i)
            documents[i].senders = { QStringLiteral("Sender %1").arg(documents.size() - i, 3, 10, QLatin1Char('0')) };
        model.updateDocuments(documents);
        reference.invalidate();
        QCOMPARE(idsOf(proxy), idsOf(reference));
        QCOMPARE(proxy.index(0, DocumentTableModel::SendersColumn).data().toString(), QStringLiteral("Sender 001"));
        QVERIFY(!changed.isEmpty());
    }

    void graph_hasTypedEdgesAndCosignatoryGroups()
    {
        const CorrespondenceGraph g = m_index->graph();
        const qint64 bouchart = correspondentId(*m_index, QStringLiteral("Natacha Bouchart"));
        const qint64 caillaux = correspondentId(*m_index, QStringLiteral("Nathanaël Caillaux"));
        const qint64 homeOffice = correspondentId(*m_index, QStringLiteral("Home Office"));
        const qint64 migreurop = correspondentId(*m_index, QStringLiteral("Migreurop"));
        auto edge = [&](qint64 from, qint64 to, ParticipantRole role) {
            return std::find_if(g.edges.cbegin(), g.edges.cend(), [&](const GraphEdge& e) {
                return e.from == from && e.to == to && e.role == role;
            });
        };
        QVERIFY(edge(bouchart, caillaux, ParticipantRole::Recipient) != g.edges.cend());
        QCOMPARE(edge(bouchart, caillaux, ParticipantRole::Recipient)->weight(), 1);
        QVERIFY(edge(migreurop, homeOffice, ParticipantRole::Cc) != g.edges.cend());
        QVERIFY(edge(migreurop, homeOffice, ParticipantRole::Recipient) == g.edges.cend());
        // The five association presidents of 2017 and the 26 signatories of 2014 are two groups.
        QList<qsizetype> groupSizes;
        for (const auto& group : g.cosignatories)
            groupSizes.append(group.size());
        std::sort(groupSizes.begin(), groupSizes.end());
        QVERIFY(groupSizes.contains(5));
        QVERIFY(groupSizes.contains(26));
        // Mentioned persons are not correspondents of the graph.
        const qint64 bourguignon = correspondentId(*m_index, QStringLiteral("Brigitte Bourguignon"));
        QVERIFY(bourguignon != 0); // she is in the corpus, as mentioned
        QVERIFY(std::none_of(g.nodes.cbegin(), g.nodes.cend(), [&](const GraphNode& n) { return n.id == bourguignon; }));
    }

    void graph_keepsOnlyAcceptedDocuments()
    {
        const qint64 mayorLetter = documentOn(*m_index, QDate(2017, 2, 7));
        const CorrespondenceGraph g = m_index->graph([&](qint64 id) { return id == mayorLetter; });
        QCOMPARE(g.nodes.size(), 2);
        QCOMPARE(g.edges.size(), 1);
        QCOMPARE(g.edges.first().documents, QList<qint64> { mayorLetter });
    }

    void selection_period_correspondent_edge_search_filterTheProxy_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QString>("correspondent");
        QTest::addColumn<bool>("search");
        QTest::addColumn<int>("rows");
        QTest::addRow("nothing") << QDate() << QDate() << QString() << false << 5;
        QTest::addRow("period_2016_2017") << QDate(2016, 1, 1) << QDate(2017, 12, 31) << QString() << false << 3;
        QTest::addRow("period_single_day") << QDate(2017, 2, 7) << QDate(2017, 2, 7) << QString() << false << 1;
        QTest::addRow("correspondent_cazeneuve") << QDate() << QDate() << QStringLiteral("Bernard Cazeneuve") << false << 2;
        QTest::addRow("cazeneuve_in_2016") << QDate(2016, 1, 1) << QDate(2016, 12, 31) << QStringLiteral("Bernard Cazeneuve") << false
                                            << 1;
        QTest::addRow("search_two_hits") << QDate() << QDate() << QString() << true << 2;
        QTest::addRow("search_and_period") << QDate(2020, 1, 1) << QDate(2020, 12, 31) << QString() << true << 1;
    }

    void selection_period_correspondent_edge_search_filterTheProxy()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QString, correspondent);
        QFETCH(bool, search);
        QFETCH(int, rows);
        SelectionState selection;
        DocumentTableModel model;
        DocumentFilterProxy proxy(&selection);
        proxy.setSourceModel(&model);
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        selection.setCorpus(m_index);
        model.setDocuments(m_index->documents());
        QSignalSpy filterChanged(&selection, &SelectionState::filterChanged);

        selection.setPeriod(from, to);
        if (!correspondent.isEmpty())
            selection.setCorrespondent(correspondentId(*m_index, correspondent));
        if (search) {
            // Two documents "match": the 2014 open letter and the 2020 communiqué.
            selection.setSearch(QStringLiteral("calais"),
                { { documentOn(*m_index, QDate(2014, 7, 10)), QStringLiteral("…") },
                    { documentOn(*m_index, QDate(2020, 11, 9)), QStringLiteral("…") } });
        }
        QCOMPARE(proxy.rowCount(), rows);
        if (from.isValid() || !correspondent.isEmpty() || search)
            QVERIFY(!filterChanged.isEmpty());
        // The per-row answers the views read are the per-id ones.
        for (qsizetype row = 0; row < m_index->documents().size(); ++row) {
            const qint64 id = m_index->documents().at(row).id;
            QCOMPARE(selection.acceptsRow(row), selection.accepts(id));
            QCOMPARE(selection.acceptsRowIgnoringPeriod(row), selection.acceptsIgnoringPeriod(id));
            QCOMPARE(selection.isSearchHitRow(row), selection.isSearchHit(id));
        }

        selection.clearFilters();
        QCOMPARE(proxy.rowCount(), 5);
    }

    void selection_edgeReplacesCorrespondent()
    {
        SelectionState selection;
        selection.setCorpus(m_index);
        const qint64 mayorLetter = documentOn(*m_index, QDate(2017, 2, 7));
        selection.setCorrespondent(correspondentId(*m_index, QStringLiteral("Bernard Cazeneuve")));
        selection.setEdgeDocuments({ mayorLetter });
        QCOMPARE(selection.correspondent(), 0);
        QVERIFY(selection.accepts(mayorLetter));
        QVERIFY(!selection.accepts(documentOn(*m_index, QDate(2014, 7, 10))));
    }

    void selection_undatedDocument_isOutsideAnyPeriod()
    {
        DocumentSummary undated;
        undated.id = 42;
        auto index = std::make_shared<const CorpusIndex>(CorpusIndex::fromParts({ undated }, {}, {}, {}));
        SelectionState selection;
        selection.setCorpus(index);
        QVERIFY(selection.accepts(42));
        selection.setPeriod(QDate(2016, 1, 1), QDate(2016, 12, 31));
        QVERIFY(!selection.accepts(42));
        QVERIFY(selection.acceptsIgnoringPeriod(42));
    }
};

QTEST_GUILESS_MAIN(TestCorpusIndex)
#include "tst_corpusindex.moc"
