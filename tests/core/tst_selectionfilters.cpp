// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SelectionState's role and type filters on the real sample corpus, imported for real, checked against
// what the extraction stored for each document.
#include "core/db/database.h"
#include "core/db/documentrepository.h"
#include "core/models/corpusindex.h"
#include "core/models/documentfilterproxy.h"
#include "core/models/documenttablemodel.h"
#include "core/models/selectionstate.h"
#include "support/samplecorpus.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace littoral::core;

using OptionalRole = std::optional<ParticipantRole>;
Q_DECLARE_METATYPE(OptionalRole)

namespace {


QSet<qint64> acceptedIds(const SelectionState& selection)
{
    QSet<qint64> ids;
    for (const DocumentSummary& d : selection.corpus().documents())
        if (selection.accepts(d.id))
            ids.insert(d.id);
    return ids;
}

QSet<qint64> acceptedRows(const SelectionState& selection)
{
    QSet<qint64> ids;
    const QList<DocumentSummary>& documents = selection.corpus().documents();
    for (qsizetype row = 0; row < documents.size(); ++row)
        if (selection.acceptsRow(row))
            ids.insert(documents.at(row).id);
    return ids;
}

QSet<qint64> idsOf(const QAbstractItemModel& model)
{
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.index(row, 0).data(DocumentTableModel::DocumentIdRole).toLongLong());
    return ids;
}

} // namespace

class TestSelectionFilters final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::shared_ptr<const CorpusIndex> m_index;
    QHash<qint64, Extraction> m_extractions; // document id -> what the import extracted and stored

    // The documents in which a correspondent of this name was extracted in `role` (any: sender,
    // recipient or cc), from the stored extraction rather than from the index's participations.
    QSet<qint64> extractedWith(const QString& name, OptionalRole role) const
    {
        QSet<qint64> ids;
        for (auto it = m_extractions.cbegin(); it != m_extractions.cend(); ++it)
            for (const Participant& p : it->participants)
                if (p.name == name && (role ? p.role == *role : p.role != ParticipantRole::Mentioned))
                    ids.insert(it.key());
        return ids;
    }

private slots:
    void initTestCase()
    {
        auto sample = littoral::test::loadSampleCorpus(m_dir.filePath(QStringLiteral("sample.db")));
        QVERIFY2(sample, qPrintable(sample ? QString() : sample.error().detail));
        m_index = *sample;
        auto database = Database::open(m_dir.filePath(QStringLiteral("sample.db")));
        QVERIFY(database);
        DocumentRepository repository(*database);
        for (const DocumentSummary& d : m_index->documents()) {
            auto document = repository.load(d.id);
            QVERIFY2(document, qPrintable(document ? QString() : document.error().detail));
            m_extractions.insert(d.id, document->extraction);
        }
        QCOMPARE(m_extractions.size(), 5);
    }

    void role_keepsTheDocumentsWhereTheCorrespondentHasThatRole_data()
    {
        QTest::addColumn<OptionalRole>("role");
        QTest::addRow("any_role") << OptionalRole();
        QTest::addRow("sent_by") << OptionalRole(ParticipantRole::Sender);
        QTest::addRow("sent_to") << OptionalRole(ParticipantRole::Recipient);
        QTest::addRow("in_copy") << OptionalRole(ParticipantRole::Cc);
        QTest::addRow("mentioned") << OptionalRole(ParticipantRole::Mentioned);
    }

    void role_keepsTheDocumentsWhereTheCorrespondentHasThatRole()
    {
        QFETCH(OptionalRole, role);
        SelectionState selection;
        selection.setCorpus(m_index);
        DocumentTableModel model;
        model.setDocuments(m_index->documents());
        DocumentFilterProxy proxy(&selection);
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        selection.setCorrespondentRole(role);
        int nonEmpty = 0;
        for (const CorrespondentSummary& c : m_index->correspondents()) {
            selection.setCorrespondent(c.id);
            const QSet<qint64> expected = extractedWith(c.name, role);
            QVERIFY2(acceptedIds(selection) == expected, qPrintable(c.name));
            QVERIFY2(acceptedRows(selection) == expected, qPrintable(c.name));
            QVERIFY2(idsOf(proxy) == expected, qPrintable(c.name));
            nonEmpty += expected.isEmpty() ? 0 : 1;
        }
        QVERIFY(nonEmpty > 0); // the samples have someone in every role
    }

    void role_narrowsTheCorrespondentsDocuments_data()
    {
        // Named cases from the samples: the mayor writes one letter and is named in none as recipient.
        QTest::addColumn<QString>("name");
        QTest::addColumn<OptionalRole>("role");
        QTest::addColumn<QString>("expectedTitleOrEmpty");
        QTest::addRow("mayor_sent_by") << QStringLiteral("Natacha Bouchart") << OptionalRole(ParticipantRole::Sender) << QStringLiteral("one");
        QTest::addRow("mayor_sent_to") << QStringLiteral("Natacha Bouchart") << OptionalRole(ParticipantRole::Recipient) << QString();
        QTest::addRow("coordinator_sent_to") << QStringLiteral("Nathanaël Caillaux") << OptionalRole(ParticipantRole::Recipient) << QStringLiteral("one");
        QTest::addRow("coordinator_sent_by") << QStringLiteral("Nathanaël Caillaux") << OptionalRole(ParticipantRole::Sender) << QString();
    }

    void role_narrowsTheCorrespondentsDocuments()
    {
        QFETCH(QString, name);
        QFETCH(OptionalRole, role);
        QFETCH(QString, expectedTitleOrEmpty);
        qint64 id = 0;
        for (const CorrespondentSummary& c : m_index->correspondents())
            if (c.name == name)
                id = c.id;
        QVERIFY2(id != 0, qPrintable(name));
        SelectionState selection;
        selection.setCorpus(m_index);
        QSignalSpy changed(&selection, &SelectionState::filterChanged);
        selection.setCorrespondentAndRole(id, role); // one change for both, as the graph's menu asks
        QCOMPARE(changed.count(), 1);
        QCOMPARE(selection.correspondentRole(), role);
        const QSet<qint64> accepted = acceptedIds(selection);
        QCOMPARE(accepted.size(), expectedTitleOrEmpty.isEmpty() ? 0 : 1);
        QCOMPARE(accepted, extractedWith(name, role));
        // Any role keeps at least as many.
        selection.setCorrespondentRole(std::nullopt);
        QVERIFY(acceptedIds(selection).contains(accepted));
        QVERIFY(!acceptedIds(selection).isEmpty());
    }

    void types_keepOnlyTheShownTypes_data()
    {
        QTest::addColumn<QList<DocumentType>>("hidden");
        QTest::addRow("none_hidden") << QList<DocumentType> {};
        QTest::addRow("letters_hidden") << QList<DocumentType> { DocumentType::Letter };
        QTest::addRow("press_releases_hidden") << QList<DocumentType> { DocumentType::PressRelease };
        QTest::addRow("only_open_letters") << QList<DocumentType> { DocumentType::Letter, DocumentType::PressRelease, DocumentType::Email, DocumentType::Other };
        QTest::addRow("all_hidden") << QList<DocumentType>(std::begin(kDocumentTypes), std::end(kDocumentTypes));
    }

    void types_keepOnlyTheShownTypes()
    {
        QFETCH(QList<DocumentType>, hidden);
        SelectionState selection;
        selection.setCorpus(m_index);
        DocumentTableModel model;
        model.setDocuments(m_index->documents());
        DocumentFilterProxy proxy(&selection);
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const DocumentType type : hidden)
            selection.setTypeShown(type, false);
        QCOMPARE(selection.hasTypeFilter(), !hidden.isEmpty());
        QCOMPARE(selection.isFiltering(), !hidden.isEmpty());
        QSet<qint64> expected;
        for (auto it = m_extractions.cbegin(); it != m_extractions.cend(); ++it)
            if (!hidden.contains(it->type))
                expected.insert(it.key());
        QCOMPARE(acceptedIds(selection), expected);
        QCOMPARE(acceptedRows(selection), expected);
        QCOMPARE(idsOf(proxy), expected);
        for (const DocumentType type : kDocumentTypes)
            QCOMPARE(selection.isTypeShown(type), !hidden.contains(type));
        QCOMPARE(selection.shownTypes().size(), qsizetype(std::size(kDocumentTypes)) - hidden.size());
        // "Show all types" brings every document back.
        selection.showAllTypes();
        QCOMPARE(idsOf(proxy).size(), 5);
    }

    void types_andRole_combineWithTheOtherFilters()
    {
        SelectionState selection;
        selection.setCorpus(m_index);
        // The letters' senders only, among letters: the type filter applies on top of the role.
        qint64 mayor = 0;
        for (const CorrespondentSummary& c : m_index->correspondents())
            if (c.name == QStringLiteral("Natacha Bouchart"))
                mayor = c.id;
        QVERIFY(mayor != 0);
        selection.setCorrespondentAndRole(mayor, ParticipantRole::Sender);
        const QSet<qint64> sent = acceptedIds(selection);
        QCOMPARE(sent.size(), 1);
        const DocumentType type = m_extractions.value(*sent.cbegin()).type;
        selection.setTypeShown(type, false);
        QVERIFY(acceptedIds(selection).isEmpty());
        selection.setTypeShown(type, true);
        QCOMPARE(acceptedIds(selection), sent);
    }

    void clearFilters_and_newCorpus_resetRoleAndTypes()
    {
        SelectionState selection;
        selection.setCorpus(m_index);
        selection.setCorrespondentRole(ParticipantRole::Cc);
        selection.setTypeShown(DocumentType::Letter, false);
        QVERIFY(selection.isFiltering());
        selection.clearFilters();
        QCOMPARE(selection.correspondentRole(), OptionalRole());
        QVERIFY(!selection.hasTypeFilter());
        QVERIFY(!selection.isFiltering());
        QCOMPARE(acceptedIds(selection).size(), 5);

        selection.setCorrespondentRole(ParticipantRole::Recipient);
        selection.setTypeShown(DocumentType::PressRelease, false);
        selection.setCorpus(m_index); // another corpus (here the same one, opened again)
        QCOMPARE(selection.correspondentRole(), OptionalRole());
        QVERIFY(!selection.hasTypeFilter());
        QCOMPARE(acceptedIds(selection).size(), 5);

        // After an edit the filters stay.
        selection.setTypeShown(DocumentType::PressRelease, false);
        selection.setCorrespondentRole(ParticipantRole::Recipient);
        selection.reloadCorpus(m_index);
        QVERIFY(!selection.isTypeShown(DocumentType::PressRelease));
        QCOMPARE(selection.correspondentRole(), OptionalRole(ParticipantRole::Recipient));
    }
};

QTEST_GUILESS_MAIN(TestSelectionFilters)
#include "tst_selectionfilters.moc"
