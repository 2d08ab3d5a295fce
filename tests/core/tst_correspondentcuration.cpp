// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/richletter.h"
#include "support/sqlprobe.h"
#include "core/db/correspondentrepository.h"
#include "core/db/database.h"
#include "core/db/documentrepository.h"
#include "core/session/corpussession.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace littoral::core;
using littoral::test::makeDocument;

namespace {

QString errorOf(const auto& result)
{
    return result ? QString() : result.error().detail;
}

// A letter from `sender` to `recipient`, each found where the text names them.
Document letter(const QString& path, const QString& sender, const QString& recipient, const PartialDate& date = {},
    const QString& organization = {})
{
    const QString text = QStringLiteral("%1\nà %2\nObjet : la situation à Calais.\n").arg(sender, recipient);
    Document d = makeDocument(path, text);
    d.extraction.type = DocumentType::Letter;
    d.extraction.language = QStringLiteral("fr");
    if (date.isValid())
        d.extraction.date = DocumentDate { date, Evidence {}, 0.9 };
    d.extraction.participants = {
        { ParticipantRole::Sender, CorrespondentKind::Person, sender, {}, organization, Evidence { sender, 0 }, 0.9 },
        { ParticipantRole::Recipient, CorrespondentKind::Person, recipient, {}, {},
            Evidence { recipient, qsizetype(text.indexOf(recipient)) }, 0.9 },
    };
    return d;
}

} // namespace

// Merging, splitting, renaming and changing the kind of correspondents through the session: each change
// undone and redone from the log, and each kept when the same documents are imported again.
class TestCorrespondentCuration final : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CorpusSession> m_session;
    QList<Document> m_documents;

    QString dbPath() const { return m_dir->filePath(QStringLiteral("corpus.db")); }

    void reopen()
    {
        m_session.reset();
        auto session = CorpusSession::open(dbPath());
        QVERIFY2(session, qPrintable(errorOf(session)));
        m_session = std::move(*session);
    }

    // Writes the documents as an import does: what extraction found.
    void import(const QList<Document>& documents)
    {
        DocumentRepository repository(m_session->database());
        for (const Document& document : documents) {
            auto id = repository.write(document, document.fileName);
            QVERIFY2(id, qPrintable(errorOf(id)));
        }
    }
    // The same documents again, as a re-import of the folder writes them.
    void reimport() { import(m_documents); }

    int count(const QString& sql) { return littoral::test::queryInt(m_session->database().connection(), sql); }

    QList<CorrespondentSummary> correspondents()
    {
        auto list = CorrespondentRepository(m_session->database()).list();
        return list.value_or(QList<CorrespondentSummary> {});
    }
    std::optional<CorrespondentSummary> named(const QString& name)
    {
        for (const CorrespondentSummary& c : correspondents())
            if (c.name == name)
                return c;
        return std::nullopt;
    }
    qint64 idOf(const QString& name)
    {
        const auto c = named(name);
        return c ? c->id : 0;
    }
    // The spellings of the correspondent every participation spelled `spelling` belongs to ("" when
    // they are spread over several).
    QStringList aliasesReaching(const QString& spelling)
    {
        QSqlQuery query(m_session->database().connection());
        query.prepare(QStringLiteral("SELECT DISTINCT correspondent_id FROM participants WHERE name = ?"));
        query.addBindValue(spelling);
        if (!query.exec() || !query.next())
            return {};
        const qint64 id = query.value(0).toLongLong();
        if (query.next())
            return { QString() };
        for (const CorrespondentSummary& c : correspondents())
            if (c.id == id)
                return c.aliases;
        return {};
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        reopen();
        m_documents = {
            letter(QStringLiteral("/corpus/a.txt"), QStringLiteral("Jean DUPONT"), QStringLiteral("La Cimade"),
                PartialDate::ofDay(2016, 3, 4), QStringLiteral("Mairie de Calais")),
            letter(QStringLiteral("/corpus/b.txt"), QStringLiteral("J. Dupont"), QStringLiteral("Paul Martin"),
                PartialDate::ofMonth(2017, 2)),
            letter(QStringLiteral("/corpus/c.txt"), QStringLiteral("Paul Martin"), QStringLiteral("DUPONT Jean")),
        };
        m_documents[0].extraction.participants[1].kind = CorrespondentKind::Organization;
        import(m_documents);
        QCOMPARE(correspondents().size(), 4); // Jean DUPONT (two spellings), J. Dupont, La Cimade, Paul Martin
    }
    void cleanup()
    {
        m_session.reset();
        m_dir.reset();
    }

    void merge_movesEveryAliasAndParticipation_undoRedo()
    {
        QSignalSpy changed(m_session.get(), &CorpusSession::correspondentsChanged);
        const qint64 survivor = idOf(QStringLiteral("Jean DUPONT"));
        const qint64 merged = idOf(QStringLiteral("J. Dupont"));
        QVERIFY(survivor > 0 && merged > 0);
        auto change = m_session->merge({ merged }, survivor);
        QVERIFY2(change, qPrintable(errorOf(change)));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(correspondents().size(), 3);
        QCOMPARE(named(QStringLiteral("Jean DUPONT"))->aliases,
            (QStringList { QStringLiteral("DUPONT Jean"), QStringLiteral("J. Dupont"), QStringLiteral("Jean DUPONT") }));
        QCOMPARE(named(QStringLiteral("Jean DUPONT"))->documentCount, 3);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM participants WHERE correspondent_id = %1").arg(survivor)), 3);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM correspondent_redirects")), 1);

        auto undone = m_session->undo();
        QVERIFY2(undone, qPrintable(errorOf(undone)));
        QCOMPARE(correspondents().size(), 4);
        const auto back = named(QStringLiteral("J. Dupont"));
        QVERIFY(back);
        QCOMPARE(back->aliases, QStringList { QStringLiteral("J. Dupont") });
        QCOMPARE(back->documentCount, 1);
        QCOMPARE(back->kind, CorrespondentKind::Person);
        QCOMPARE(named(QStringLiteral("Jean DUPONT"))->aliases,
            (QStringList { QStringLiteral("DUPONT Jean"), QStringLiteral("Jean DUPONT") }));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM correspondent_redirects")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM correspondents WHERE key = 'p:dupont j'")), 1);

        auto redone = m_session->redo();
        QVERIFY2(redone, qPrintable(errorOf(redone)));
        QCOMPARE(correspondents().size(), 3);
        QCOMPARE(aliasesReaching(QStringLiteral("J. Dupont")).size(), 3);
    }

    void merge_severalAtOnce_andUndoAfterRestart()
    {
        const qint64 survivor = idOf(QStringLiteral("Paul Martin"));
        auto change = m_session->merge({ idOf(QStringLiteral("J. Dupont")), idOf(QStringLiteral("Jean DUPONT")), survivor }, survivor);
        QVERIFY2(change, qPrintable(errorOf(change)));
        QCOMPARE(correspondents().size(), 2);
        QCOMPARE(named(QStringLiteral("Paul Martin"))->aliases.size(), 4);
        reopen();
        auto undone = m_session->undo();
        QVERIFY2(undone, qPrintable(errorOf(undone)));
        QCOMPARE(correspondents().size(), 4);
        QCOMPARE(named(QStringLiteral("Paul Martin"))->aliases, QStringList { QStringLiteral("Paul Martin") });
        QCOMPARE(named(QStringLiteral("Jean DUPONT"))->documentCount, 2);
    }

    void merge_survivesReimport_andSendsNewSpellingsToTheSurvivor()
    {
        QVERIFY(m_session->merge({ idOf(QStringLiteral("J. Dupont")) }, idOf(QStringLiteral("Jean DUPONT"))));
        reimport();
        QCOMPARE(correspondents().size(), 3);
        // A spelling never seen whose folded key is the merged one's goes to the survivor too, and
        // does not rename it ("J. DUPONT" is the merged one's spelling, not the survivor's).
        import({ letter(QStringLiteral("/corpus/d.txt"), QStringLiteral("M. J. DUPONT"), QStringLiteral("Paul Martin")) });
        QCOMPARE(correspondents().size(), 3);
        QCOMPARE(aliasesReaching(QStringLiteral("M. J. DUPONT")).size(), 4);
        QVERIFY(named(QStringLiteral("Jean DUPONT")));
        // Undone after the re-import: the new spelling's participation goes back with its key.
        QVERIFY(m_session->undo());
        QCOMPARE(correspondents().size(), 4);
        QCOMPARE(aliasesReaching(QStringLiteral("J. Dupont")), (QStringList { QStringLiteral("J. Dupont"), QStringLiteral("M. J. DUPONT") }) );
    }

    void merge_refusals_data()
    {
        QTest::addColumn<bool>("intoItself");
        QTest::addRow("only_the_survivor") << true;
        QTest::addRow("unknown_correspondent") << false;
    }
    void merge_refusals()
    {
        QFETCH(bool, intoItself);
        const qint64 survivor = idOf(QStringLiteral("Paul Martin"));
        auto change = m_session->merge({ intoItself ? survivor : 9999 }, survivor);
        QVERIFY(!change);
        QCOMPARE(change.error().code, intoItself ? ErrorCode::InvalidInput : ErrorCode::NotFound);
        QCOMPARE(correspondents().size(), 4);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM changes")), 0);
    }

    void split_ofMergedAlias_getsItsOwnCorrespondentBack_andSurvivesReimport()
    {
        const qint64 survivor = idOf(QStringLiteral("Jean DUPONT"));
        QVERIFY(m_session->merge({ idOf(QStringLiteral("J. Dupont")) }, survivor));
        auto change = m_session->split(survivor, QStringLiteral("J. Dupont"));
        QVERIFY2(change, qPrintable(errorOf(change)));
        QCOMPARE(correspondents().size(), 4);
        QCOMPARE(aliasesReaching(QStringLiteral("J. Dupont")), QStringList { QStringLiteral("J. Dupont") });
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM correspondent_redirects")), 0);
        reimport();
        QCOMPARE(correspondents().size(), 4);
        QCOMPARE(aliasesReaching(QStringLiteral("J. Dupont")), QStringList { QStringLiteral("J. Dupont") });

        QVERIFY(m_session->undo()); // the split: merged again, its redirect back
        QCOMPARE(correspondents().size(), 3);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM correspondent_redirects")), 1);
        reimport();
        QCOMPARE(correspondents().size(), 3);
        QVERIFY(m_session->redo());
        QCOMPARE(correspondents().size(), 4);
    }

    // "Jean DUPONT" and "DUPONT Jean" fold to one key: the split keeps the exact spelling apart.
    void split_ofSpellingWithTheSurvivorsKey_isKeptByItsExactSpelling()
    {
        const qint64 id = idOf(QStringLiteral("Jean DUPONT"));
        auto change = m_session->split(id, QStringLiteral("DUPONT Jean"));
        QVERIFY2(change, qPrintable(errorOf(change)));
        QCOMPARE(correspondents().size(), 5);
        QCOMPARE(aliasesReaching(QStringLiteral("DUPONT Jean")), QStringList { QStringLiteral("DUPONT Jean") });
        QCOMPARE(aliasesReaching(QStringLiteral("Jean DUPONT")), QStringList { QStringLiteral("Jean DUPONT") });
        reimport();
        QCOMPARE(correspondents().size(), 5);
        QCOMPARE(aliasesReaching(QStringLiteral("DUPONT Jean")), QStringList { QStringLiteral("DUPONT Jean") });
        // A new document spelling it so goes to the split-out one; another spelling to the first.
        import({ letter(QStringLiteral("/corpus/d.txt"), QStringLiteral("DUPONT Jean"), QStringLiteral("Jean Dupont")) });
        QCOMPARE(correspondents().size(), 5);
        QCOMPARE(aliasesReaching(QStringLiteral("DUPONT Jean")), QStringList { QStringLiteral("DUPONT Jean") });
        QCOMPARE(aliasesReaching(QStringLiteral("Jean Dupont")), (QStringList { QStringLiteral("Jean DUPONT"), QStringLiteral("Jean Dupont") }));

        QVERIFY(m_session->undo());
        QCOMPARE(correspondents().size(), 4);
        reimport();
        QCOMPARE(correspondents().size(), 4);
        QCOMPARE(aliasesReaching(QStringLiteral("DUPONT Jean")).size(), 3);
    }

    void split_refusals_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("alias");
        QTest::addColumn<int>("code");
        QTest::addRow("not_its_spelling") << QStringLiteral("Jean DUPONT") << QStringLiteral("Paul Martin") << int(ErrorCode::NotFound);
        QTest::addRow("its_only_spelling") << QStringLiteral("Paul Martin") << QStringLiteral("Paul Martin") << int(ErrorCode::InvalidInput);
    }
    void split_refusals()
    {
        QFETCH(QString, name);
        QFETCH(QString, alias);
        QFETCH(int, code);
        auto change = m_session->split(idOf(name), alias);
        QVERIFY(!change);
        QCOMPARE(int(change.error().code), code);
        QVERIFY2(change.error().detail.contains(alias), qPrintable(change.error().detail));
        QCOMPARE(correspondents().size(), 4);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM changes")), 0);
    }

    void rename_isKeptByLaterImports_andUndone()
    {
        const qint64 id = idOf(QStringLiteral("Jean DUPONT"));
        auto change = m_session->rename(id, QStringLiteral("  Jean DUPONT, maire "));
        QVERIFY2(change, qPrintable(errorOf(change)));
        QVERIFY(named(QStringLiteral("Jean DUPONT, maire")));
        // A spelling with fewer capitals would rename an automatic name; never the user's.
        import({ letter(QStringLiteral("/corpus/d.txt"), QStringLiteral("Dupont Jean"), QStringLiteral("Paul Martin")) });
        QVERIFY(named(QStringLiteral("Jean DUPONT, maire")));
        reopen();
        QVERIFY(m_session->undo());
        QVERIFY(named(QStringLiteral("Jean DUPONT")));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM correspondents WHERE named_by_user = 1")), 0);
        QVERIFY(m_session->redo());
        QVERIFY(named(QStringLiteral("Jean DUPONT, maire")));

        auto empty = m_session->rename(id, QStringLiteral("  "));
        QVERIFY(!empty);
        QCOMPARE(empty.error().code, ErrorCode::InvalidInput);
    }

    void setKind_keptByReimport_andUndone()
    {
        const qint64 id = idOf(QStringLiteral("Paul Martin"));
        auto change = m_session->setKind(id, CorrespondentKind::Organization);
        QVERIFY2(change, qPrintable(errorOf(change)));
        QCOMPARE(named(QStringLiteral("Paul Martin"))->kind, CorrespondentKind::Organization);
        auto refs = m_session->findDocuments(QStringLiteral("c.txt"));
        QVERIFY(refs && refs->size() == 1);
        // The fact keeps the kind it was read with (corrections are replayed on it); the correspondent it
        // belongs to is the organisation.
        QCOMPARE(m_session->document(refs->first().id)->extraction.participants.at(0).kind, CorrespondentKind::Person);
        reimport();
        QCOMPARE(correspondents().size(), 4);
        QCOMPARE(named(QStringLiteral("Paul Martin"))->kind, CorrespondentKind::Organization);
        QCOMPARE(named(QStringLiteral("Paul Martin"))->documentCount, 2);
        // Named as an organisation by a later letter: the same correspondent.
        Document byOrganisation = letter(QStringLiteral("/corpus/d.txt"), QStringLiteral("J. Dupont"), QStringLiteral("Paul Martin"));
        byOrganisation.extraction.participants[1].kind = CorrespondentKind::Organization;
        import({ byOrganisation });
        QCOMPARE(correspondents().size(), 4);

        QVERIFY(m_session->undo());
        QCOMPARE(named(QStringLiteral("Paul Martin"))->kind, CorrespondentKind::Person);
        reimport();
        QCOMPARE(correspondents().size(), 4);
        QCOMPARE(named(QStringLiteral("Paul Martin"))->kind, CorrespondentKind::Person);

        auto same = m_session->setKind(id, CorrespondentKind::Person);
        QVERIFY(!same);
        QCOMPARE(same.error().code, ErrorCode::InvalidInput);
    }

    // Reverting a kind change after a merge into the correspondent keeps that merge through a re-import.
    void setKindReverted_afterAMergeIntoIt_keepsTheMergeThroughReimport()
    {
        const qint64 paul = idOf(QStringLiteral("Paul Martin"));
        auto kind = m_session->setKind(paul, CorrespondentKind::Organization);
        QVERIFY2(kind, qPrintable(errorOf(kind)));
        QVERIFY(m_session->merge({ idOf(QStringLiteral("Jean DUPONT")) }, paul));
        QVERIFY(m_session->revert(kind->id));
        QCOMPARE(named(QStringLiteral("Paul Martin"))->kind, CorrespondentKind::Person);
        const int before = int(correspondents().size());
        reimport();
        QCOMPARE(int(correspondents().size()), before);
        QVERIFY(!named(QStringLiteral("Jean DUPONT")));
    }

    void findByName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected"); // canonical name, empty for none
        QTest::addRow("canonical") << QStringLiteral("Jean DUPONT") << QStringLiteral("Jean DUPONT");
        QTest::addRow("alias") << QStringLiteral("DUPONT Jean") << QStringLiteral("Jean DUPONT");
        QTest::addRow("folded_spelling") << QStringLiteral("jean dupont") << QStringLiteral("Jean DUPONT");
        QTest::addRow("merged_alias") << QStringLiteral("J. Dupont") << QStringLiteral("Jean DUPONT");
        QTest::addRow("organisation_without_article") << QStringLiteral("cimade") << QStringLiteral("La Cimade");
        QTest::addRow("user_name") << QStringLiteral("Paul Martin (CFDT)") << QStringLiteral("Paul Martin (CFDT)");
        QTest::addRow("user_name_folded") << QStringLiteral("paul martin cfdt") << QStringLiteral("Paul Martin (CFDT)");
        QTest::addRow("unknown") << QStringLiteral("Natacha Bouchart") << QString();
    }
    void findByName()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QVERIFY(m_session->merge({ idOf(QStringLiteral("J. Dupont")) }, idOf(QStringLiteral("Jean DUPONT"))));
        QVERIFY(m_session->rename(idOf(QStringLiteral("Paul Martin")), QStringLiteral("Paul Martin (CFDT)")));
        auto ids = m_session->findCorrespondents(name);
        QVERIFY2(ids, qPrintable(errorOf(ids)));
        if (expected.isEmpty()) {
            QVERIFY(ids->isEmpty());
            return;
        }
        QCOMPARE(*ids, QList<qint64> { idOf(expected) });
    }

    void details_countRolesDatesAndOrganisations()
    {
        QVERIFY(m_session->merge({ idOf(QStringLiteral("J. Dupont")) }, idOf(QStringLiteral("Jean DUPONT"))));
        auto details = CorrespondentRepository(m_session->database()).details();
        QVERIFY2(details, qPrintable(errorOf(details)));
        QCOMPARE(details->size(), 3);
        const auto dupont = std::find_if(details->cbegin(), details->cend(),
            [](const CorrespondentDetails& c) { return c.name == QStringLiteral("Jean DUPONT"); });
        QVERIFY(dupont != details->cend());
        QCOMPARE(dupont->asSender, 2);
        QCOMPARE(dupont->asRecipient, 1);
        QCOMPARE(dupont->asCc, 0);
        QCOMPARE(dupont->documentCount, 3);
        QCOMPARE(dupont->first, QDate(2016, 3, 4));
        QCOMPARE(dupont->last, QDate(2017, 2, 28));
        QCOMPARE(dupont->organizations, QStringList { QStringLiteral("Mairie de Calais") });
        QCOMPARE(dupont->aliases.size(), 3);
        const auto cimade = std::find_if(details->cbegin(), details->cend(),
            [](const CorrespondentDetails& c) { return c.name == QStringLiteral("La Cimade"); });
        QCOMPARE(cimade->asRecipient, 1);
        QCOMPARE(cimade->first, QDate(2016, 3, 4));
    }
};

QTEST_GUILESS_MAIN(TestCorrespondentCuration)
#include "tst_correspondentcuration.moc"
