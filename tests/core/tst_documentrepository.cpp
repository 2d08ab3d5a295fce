// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/richletter.h"
#include "support/sqlprobe.h"
#include "core/db/correspondentrepository.h"
#include "core/db/database.h"
#include "core/db/documentrepository.h"
#include "core/db/searchrepository.h"
#include "core/domain/participantconfidence.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace littoral::core;
using littoral::test::makeDocument;
using littoral::test::richLetter;
using littoral::test::sha;

namespace {

int count(const Database& db, const QString& sql)
{
    return littoral::test::queryInt(db.connection(), sql);
}

} // namespace

class TestDocumentRepository final : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(m_dir->filePath(QStringLiteral("corpus.db")));
        QVERIFY2(db, qPrintable(db ? QString() : db.error().detail));
        m_db = std::make_unique<Database>(std::move(*db));
    }
    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void write_thenLoad_roundTripsEveryField()
    {
        DocumentRepository repo(*m_db);
        const Document original = richLetter();
        auto id = repo.write(original, QStringLiteral("000.txt"));
        QVERIFY2(id, qPrintable(id ? QString() : id.error().detail));
        QVERIFY(*id > 0);

        auto loaded = repo.load(*id);
        QVERIFY(loaded);
        QCOMPARE(loaded->id, *id);
        QCOMPARE(loaded->sourcePath, original.sourcePath);
        QCOMPARE(loaded->fileName, original.fileName);
        QCOMPARE(loaded->sha256, original.sha256);
        QCOMPARE(loaded->encoding, original.encoding);
        QCOMPARE(loaded->text, original.text);
        QCOMPARE(loaded->importedAt, original.importedAt);
        const Extraction& ex = loaded->extraction;
        QCOMPARE(ex.type, original.extraction.type);
        QCOMPARE(ex.language, original.extraction.language);
        QCOMPARE(ex.title, original.extraction.title);
        QVERIFY(ex.date.has_value());
        QVERIFY(*ex.date == *original.extraction.date);
        QCOMPARE(ex.place, original.extraction.place);
        QCOMPARE(ex.participants.size(), original.extraction.participants.size());
        for (qsizetype i = 0; i < ex.participants.size(); ++i)
            QVERIFY2(ex.participants[i] == original.extraction.participants[i],
                qPrintable(ex.participants[i].name));
        QCOMPARE(ex.events.size(), original.extraction.events.size());
        for (qsizetype i = 0; i < ex.events.size(); ++i)
            QVERIFY2(ex.events[i] == original.extraction.events[i], qPrintable(ex.events[i].label));
        QCOMPARE(repo.source(*id).value_or(QString()), QStringLiteral("000.txt"));
    }

    // Text is bound as UTF-8: accents, a character beyond the BMP and an empty title are stored as the
    // same characters (an empty title stays empty, not NULL), and the search index reads them.
    void write_textBeyondAscii_isStoredAsUtf8()
    {
        DocumentRepository repo(*m_db);
        const QString text = QStringLiteral("Œuvre des réfugiés à Calais \U0001F600 ÉTÉ 2016\n");
        Document d = makeDocument(QStringLiteral("/c/utf8.txt"), text);
        d.extraction.title = QStringLiteral("");
        auto id = repo.write(d, QStringLiteral("utf8.txt"));
        QVERIFY2(id, qPrintable(id ? QString() : id.error().detail));
        QCOMPARE(repo.load(*id)->text, text);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT length(CAST(text AS BLOB)) FROM documents")), int(text.toUtf8().size()));
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM documents WHERE title = ''")), 1);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'refugies'")), 1);
    }

    // Schema 6: how sure extraction was of each participant is kept, "unknown" as 0: NULL is left to
    // rows stored before, which import extracts again.
    // Issue 17: a corpus filed before the institutions table knew a body keeps filing a name it had
    // where it was; names in both languages are otherwise filed under one correspondent.
    void write_institutionNames_joinInANewCorpus_andStayPutInAnOldOne()
    {
        const auto letterTo = [](const QString& path, const QString& body) {
            Document d = makeDocument(path, QStringLiteral("Objet : Calais.\n"));
            d.extraction.participants = { { ParticipantRole::Recipient, CorrespondentKind::Organization, body, {}, {}, Evidence { body, 0 }, 0.9 } };
            return d;
        };
        const auto correspondentOf = [&](const QString& path) {
            QSqlQuery q(m_db->connection());
            q.prepare(QStringLiteral("SELECT p.correspondent_id FROM participants p JOIN documents d ON d.id = p.document_id WHERE d.source_path = ?"));
            q.addBindValue(path);
            return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
        };
        // An older corpus: "Interior Ministry" has its correspondent under its own name's key, and
        // the table's key has none. A new letter so addressed goes to it.
        QSqlQuery old(m_db->connection());
        QVERIFY(old.exec(QStringLiteral("INSERT INTO correspondents (kind, name, key) VALUES ('organization', 'Interior Ministry', 'o:interior ministry')")));
        const qint64 filed = old.lastInsertId().toLongLong();
        DocumentRepository repo(*m_db);
        QVERIFY(repo.write(letterTo(QStringLiteral("/c/c.txt"), QStringLiteral("Interior Ministry")), QStringLiteral("c.txt")));
        QCOMPARE(correspondentOf(QStringLiteral("/c/c.txt")), filed);
        // Names it never had are filed by the table: the English and the French one together.
        QVERIFY(repo.write(letterTo(QStringLiteral("/c/a.txt"), QStringLiteral("Ministry of the Interior")), QStringLiteral("a.txt")));
        QVERIFY(repo.write(letterTo(QStringLiteral("/c/b.txt"), QString::fromUtf8("Ministère de l'Intérieur")), QStringLiteral("b.txt")));
        QVERIFY(correspondentOf(QStringLiteral("/c/a.txt")) > 0);
        QCOMPARE(correspondentOf(QStringLiteral("/c/a.txt")), correspondentOf(QStringLiteral("/c/b.txt")));
        QVERIFY(correspondentOf(QStringLiteral("/c/a.txt")) != filed);
    }

    void write_participantConfidence_isStoredAndLoaded()
    {
        DocumentRepository repo(*m_db);
        auto id = repo.write(richLetter(), QStringLiteral("000.txt"));
        QVERIFY2(id, qPrintable(id ? QString() : id.error().detail));
        QSqlQuery stored(m_db->connection());
        QVERIFY(stored.exec(QStringLiteral("SELECT name, confidence FROM participants ORDER BY position")));
        QList<QPair<QString, QVariant>> rows;
        while (stored.next())
            rows.append({ stored.value(0).toString(), stored.value(1) });
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0).second.toDouble(), 0.9);
        QCOMPARE(rows.at(1).first, QStringLiteral("La Cimade"));
        QCOMPARE(rows.at(1).second.toDouble(), 0.75);
        QCOMPARE(rows.at(2).second.toDouble(), 0.5);
        QVERIFY(!rows.at(3).second.isNull());
        QCOMPARE(rows.at(3).second.toDouble(), 0.0);
        QCOMPARE(repo.findBySourcePath(richLetter().sourcePath).value_or(std::nullopt).value_or(DocumentRef {}).predatesConfidence,
            false);

        auto loaded = repo.load(*id);
        QVERIFY(loaded);
        const auto& participants = loaded->extraction.participants;
        QCOMPARE(participants.size(), 4);
        QCOMPARE(participants.at(1).confidence, 0.75);
        QCOMPARE(cueOf(participants.at(1).confidence), ParticipantCue::Structure);
        QCOMPARE(cueOf(participants.at(0).confidence), ParticipantCue::StructureAndLexicon);
        QCOMPARE(cueOf(participants.at(2).confidence), ParticipantCue::Lexicon);
        QCOMPARE(participants.at(3).confidence, 0.0);
        QCOMPARE(cueOf(participants.at(3).confidence), ParticipantCue::Unknown);
    }

    void write_storesTimelineRangesAndDocumentEvent()
    {
        DocumentRepository repo(*m_db);
        auto id = repo.write(richLetter(), QStringLiteral("000.txt"));
        QVERIFY(id);
        QSqlQuery q(m_db->connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT date_edtf, date_precision, date_start, date_end FROM documents"))
            && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("2017-02-07"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("day"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("2017-02-07"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("2017-02-07"));
        QVERIFY(
            q.exec(QStringLiteral("SELECT kind, date_edtf, date_precision, date_start, date_end FROM events "
                                  "ORDER BY kind, position")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("document"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("2017-02-07"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("mentioned"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("2016-23"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("season"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("2016-09-01"));
        QCOMPARE(q.value(4).toString(), QStringLiteral("2016-11-30"));
        QVERIFY(q.next());
        QVERIFY(q.value(1).isNull()); // undated mentioned event
    }

    void write_undatedWithoutPlace_loadsWithoutDateOrPlace()
    {
        DocumentRepository repo(*m_db);
        Document d = makeDocument(QStringLiteral("/corpus/plain.txt"), QStringLiteral("Quelques mots."));
        auto id = repo.write(d, QStringLiteral("plain.txt"));
        QVERIFY(id);
        auto loaded = repo.load(*id);
        QVERIFY(loaded);
        QVERIFY(!loaded->extraction.date.has_value());
        QVERIFY(loaded->extraction.place.isEmpty());
        QVERIFY(loaded->extraction.participants.isEmpty());
        QCOMPARE(count(*m_db,
                     QStringLiteral("SELECT count(*) FROM events WHERE kind = 'document' "
                                    "AND date_edtf IS NULL")),
            1);
    }

    // Issue 16: a PDF's pages with every word's box, its format and OCR flag, and its links, stored
    // and loaded back; written again, they are replaced, not added to.
    void write_pagesLinksAndFormat_roundTripAndAreReplaced()
    {
        DocumentRepository repo(*m_db);
        Document d = makeDocument(QStringLiteral("/c/scan.pdf"), QStringLiteral("Calais, le 3 mars 2016\f\nMadame"));
        d.format = SourceFormat::Pdf;
        DocumentPage first { 1, QSizeF(595.0, 842.0), false, 0, 23,
            { { 0, 6, QRectF(72.5, 90.25, 40.0, 12.0), 1.0f }, { 8, 2, QRectF(115.0, 90.25, 12.0, 12.0), 1.0f },
                { -1, 0, QRectF(300.0, 20.0, 80.0, 10.0), 1.0f } } };
        DocumentPage second { 2, QSizeF(595.0, 842.0), true, 23, 31, { { 25, 6, QRectF(72.0, 100.0, 50.0, 14.0), 0.625f } } };
        d.pages = { first, second };
        d.links = { { DocumentLink::Kind::AttachmentOf, QStringLiteral("note.eml") } };
        auto id = repo.write(d, QStringLiteral("note.eml/scan.pdf"));
        QVERIFY2(id, qPrintable(id ? QString() : id.error().detail));
        auto loaded = repo.load(*id);
        QVERIFY(loaded);
        QCOMPARE(loaded->format, SourceFormat::Pdf);
        QCOMPARE(loaded->pages, d.pages);
        QCOMPARE(loaded->links, d.links);
        QVERIFY(loaded->isOcr());
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM documents WHERE format = 'pdf' AND ocr = 1")), 1);
        // 28 bytes a word and a 5-byte header, not a row each.
        QCOMPARE(count(*m_db, QStringLiteral("SELECT length(words) FROM document_pages WHERE page = 1")), 5 + 3 * 28);

        d.pages = { second };
        d.pages.first().ocr = false;
        d.pages.first().number = 1;
        d.links.clear();
        QCOMPARE(repo.write(d, QStringLiteral("note.eml/scan.pdf")).value_or(0), *id);
        loaded = repo.load(*id);
        QVERIFY(loaded);
        QCOMPARE(loaded->pages, d.pages);
        QVERIFY(loaded->links.isEmpty());
        QVERIFY(!loaded->isOcr());
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM document_pages")), 1);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT ocr FROM documents")), 0);
    }

    void packWords_unknownVersionOrDamagedBlob_isRefused_data()
    {
        QTest::addColumn<QByteArray>("blob");
        QByteArray good = DocumentRepository::packWords({ { 3, 4, QRectF(1, 2, 3, 4), 0.5f } });
        QByteArray newer = good;
        newer[0] = char(2);
        QTest::addRow("newer_version") << newer;
        QTest::addRow("truncated") << good.chopped(1);
        QTest::addRow("count_too_large") << good.replace(1, 1, QByteArray(1, char(2)));
    }
    void packWords_unknownVersionOrDamagedBlob_isRefused()
    {
        QFETCH(QByteArray, blob);
        QVERIFY(!DocumentRepository::unpackWords(blob).has_value());
        const QList<PageWord> words = { { 3, 4, QRectF(1.5, 2.25, 3, 4), 0.5f }, { -1, 0, QRectF(), 1.0f } };
        QCOMPARE(DocumentRepository::unpackWords(DocumentRepository::packWords(words)), std::optional(words));
    }

    // "Jean Dupont <j.dupont@example.org>" in a message's header and "Jean DUPONT" under a letter:
    // one correspondent, the address among its spellings.
    void write_addressesOfAMessage_areAliasesOfItsCorrespondent()
    {
        DocumentRepository repo(*m_db);
        Document mail = makeDocument(QStringLiteral("/c/m.eml"), QStringLiteral("From: Jean Dupont <j.dupont@example.org>"));
        mail.format = SourceFormat::Email;
        mail.extraction.type = DocumentType::Email;
        mail.extraction.participants = { { ParticipantRole::Sender, CorrespondentKind::Person, QStringLiteral("Jean Dupont"), {}, {}, {}, 1.0 } };
        mail.extraction.addresses.insert(QStringLiteral("Jean Dupont"), QStringLiteral("j.dupont@example.org"));
        QVERIFY(repo.write(mail, QStringLiteral("m.eml")));
        Document letter = makeDocument(QStringLiteral("/c/l.txt"), QStringLiteral("Jean DUPONT"));
        letter.extraction.participants = { { ParticipantRole::Sender, CorrespondentKind::Person, QStringLiteral("Jean DUPONT"), {}, {}, {}, 0.8 } };
        QVERIFY(repo.write(letter, QStringLiteral("l.txt")));

        auto list = CorrespondentRepository(*m_db).list();
        QVERIFY(list);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().documentCount, 2);
        QVERIFY2(list->first().aliases.contains(QStringLiteral("j.dupont@example.org")), qPrintable(list->first().aliases.join(u'|')));
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM documents WHERE type = 'email'")), 1);
        auto summaries = repo.summaries();
        QVERIFY(summaries);
        QCOMPARE(summaries->size(), 2);
        for (const DocumentSummary& s : *summaries)
            QCOMPARE(s.format, s.source == QLatin1String("m.eml") ? SourceFormat::Email : SourceFormat::Text);
    }

    // A message and its attachment, each seen from the other; a link to a source not in the corpus is
    // left out.
    void linkedDocuments_bothWays_bySource()
    {
        DocumentRepository repo(*m_db);
        Document mail = makeDocument(QStringLiteral("/c/note.eml"), QStringLiteral("Bonjour"));
        mail.extraction.title = QStringLiteral("Rapport");
        mail.links = { { DocumentLink::Kind::ReplyTo, QStringLiteral("absent.eml") } };
        Document attachment = makeDocument(QStringLiteral("/c/note.eml/rapport.pdf"), QStringLiteral("Rapport annuel"));
        attachment.links = { { DocumentLink::Kind::AttachmentOf, QStringLiteral("note.eml") } };
        auto mailId = repo.write(mail, QStringLiteral("note.eml"));
        auto attachmentId = repo.write(attachment, QStringLiteral("note.eml/rapport.pdf"));
        QVERIFY(mailId && attachmentId);

        auto fromMail = repo.linkedDocuments(*mailId);
        QVERIFY2(fromMail, qPrintable(fromMail ? QString() : fromMail.error().detail));
        QCOMPARE(*fromMail, (QList<LinkedDocument> { { *attachmentId, QStringLiteral("note.eml/rapport.pdf"), QString(),
                                DocumentLink::Kind::AttachmentOf, true } }));
        auto fromAttachment = repo.linkedDocuments(*attachmentId);
        QVERIFY(fromAttachment);
        QCOMPARE(*fromAttachment, (QList<LinkedDocument> { { *mailId, QStringLiteral("note.eml"), QStringLiteral("Rapport"),
                                      DocumentLink::Kind::AttachmentOf, false } }));
    }

    void aliases_mergeSpellingsIntoOneCorrespondent()
    {
        DocumentRepository repo(*m_db);
        const QStringList spellings = { QStringLiteral("Jean DUPONT"), QStringLiteral("Jean Dupont"),
            QStringLiteral("M. Jean Dupont"), QStringLiteral("DUPONT Jean") };
        for (int i = 0; i < spellings.size(); ++i) {
            Document d = makeDocument(QStringLiteral("/c/%1.txt").arg(i), QStringLiteral("Texte %1").arg(i));
            d.extraction.participants = { { i % 2 ? ParticipantRole::Recipient : ParticipantRole::Sender,
                CorrespondentKind::Person, spellings[i], {}, {}, {} } };
            QVERIFY(repo.write(d, QStringLiteral("%1.txt").arg(i)));
        }
        CorrespondentRepository correspondents(*m_db);
        auto list = correspondents.list();
        QVERIFY(list);
        QCOMPARE(list->size(), 1);
        const CorrespondentSummary& jean = list->first();
        QCOMPARE(jean.name, QStringLiteral("Jean Dupont")); // the mixed-case spelling wins over capitals
        QCOMPARE(jean.kind, CorrespondentKind::Person);
        QCOMPARE(jean.documentCount, 4);
        QStringList expected = spellings;
        expected.sort();
        QCOMPARE(jean.aliases, expected);
        auto found = correspondents.find(CorrespondentKind::Person, QStringLiteral("jean dupont"));
        QVERIFY(found && found->has_value());
        QCOMPARE((*found)->id, jean.id);
        // Each document still shows the spelling it used.
        auto loaded = repo.load(1);
        QVERIFY(loaded);
        QCOMPARE(loaded->extraction.participants.first().name, QStringLiteral("Jean DUPONT"));
    }

    void aliases_personAndOrganisationWithOneName_stayApart()
    {
        DocumentRepository repo(*m_db);
        Document d = makeDocument(QStringLiteral("/c/a.txt"), QStringLiteral("a"));
        d.extraction.participants = {
            { ParticipantRole::Sender, CorrespondentKind::Organization, QStringLiteral("Cimade"), {}, {},
                {} },
            { ParticipantRole::Recipient, CorrespondentKind::Organization, QStringLiteral("La Cimade"), {},
                {}, {} },
            { ParticipantRole::Mentioned, CorrespondentKind::Person, QStringLiteral("Cimade"), {}, {}, {} },
        };
        QVERIFY(repo.write(d, QStringLiteral("a.txt")));
        auto list = CorrespondentRepository(*m_db).list();
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
    }

    void write_sameSourcePath_replacesRowKeepingId()
    {
        DocumentRepository repo(*m_db);
        auto first = repo.write(richLetter(), QStringLiteral("000.txt"));
        QVERIFY(first);
        Document changed
            = makeDocument(richLetter().sourcePath, QStringLiteral("Un tout autre texte sur Grande-Synthe."));
        changed.extraction.participants = { { ParticipantRole::Sender, CorrespondentKind::Person,
            QStringLiteral("Marie Curie"), {}, {}, {} } };
        auto second = repo.write(changed, QStringLiteral("000.txt"));
        QVERIFY(second);
        QCOMPARE(*second, *first);
        QCOMPARE(repo.count().value_or(-1), 1);
        auto loaded = repo.load(*first);
        QVERIFY(loaded);
        QCOMPARE(loaded->text, changed.text);
        QCOMPARE(loaded->extraction.participants.size(), 1);
        QCOMPARE(loaded->extraction.events.size(), 0);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM events")), 1);

        // The full-text index follows the replacement.
        SearchRepository search(*m_db);
        QCOMPARE(search.search(QStringLiteral("Synthe")).value_or(QList<SearchHit> {}).size(), 1);
        QCOMPARE(search.search(QStringLiteral("démantèlement")).value_or(QList<SearchHit> { {} }).size(), 0);

        QCOMPARE(repo.removeOrphanCorrespondents().value_or(-1), 4);
        auto list = CorrespondentRepository(*m_db).list();
        QVERIFY(list);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().name, QStringLiteral("Marie Curie"));
    }

    void find_bySourcePathAndSha256()
    {
        DocumentRepository repo(*m_db);
        const Document d = richLetter();
        auto id = repo.write(d, QStringLiteral("000.txt"));
        QVERIFY(id);
        const DocumentRef expected { *id, QStringLiteral("000.txt"), d.sourcePath, d.sha256 };
        auto byPath = repo.findBySourcePath(d.sourcePath);
        QVERIFY(byPath && byPath->has_value());
        QCOMPARE(**byPath, expected);
        auto bySha = repo.findBySha256(d.sha256);
        QVERIFY(bySha && bySha->has_value());
        QCOMPARE(**bySha, expected);
        QVERIFY(!repo.findBySourcePath(QStringLiteral("/elsewhere.txt")).value().has_value());
        QVERIFY(!repo.findBySha256(sha(QStringLiteral("other"))).value().has_value());
        auto missing = repo.load(*id + 100);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
    }

    void remove_deletesParticipantsAndEvents()
    {
        DocumentRepository repo(*m_db);
        auto id = repo.write(richLetter(), QStringLiteral("000.txt"));
        QVERIFY(id);
        QCOMPARE(repo.remove(*id).value_or(false), true);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM participants")), 0);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM events")), 0);
        QCOMPARE(count(*m_db,
                     QStringLiteral("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'calais'")),
            0);
        QCOMPARE(repo.remove(*id).value_or(true), false);
    }

    void summaries_inTimelineOrder_withSendersAndRecipients()
    {
        DocumentRepository repo(*m_db);
        Document late = richLetter(QStringLiteral("/c/late.txt"));
        Document undated = makeDocument(QStringLiteral("/c/undated.txt"), QStringLiteral("sans date"));
        Document early = makeDocument(QStringLiteral("/c/early.txt"), QStringLiteral("2016"));
        early.extraction.date = DocumentDate { PartialDate::ofMonth(2016, 10), {}, 0.5 };
        early.extraction.participants = {
            { ParticipantRole::Recipient, CorrespondentKind::Person, QStringLiteral("B Second"), {}, {}, {} },
            { ParticipantRole::Sender, CorrespondentKind::Person, QStringLiteral("A First"), {}, {}, {} },
            { ParticipantRole::Sender, CorrespondentKind::Person, QStringLiteral("C Third"), {}, {}, {} },
        };
        Document alsoUndated = makeDocument(QStringLiteral("/c/also-undated.txt"), QStringLiteral("toujours sans date"));
        QVERIFY(repo.write(undated, QStringLiteral("undated.txt")));
        QVERIFY(repo.write(late, QStringLiteral("late.txt")));
        QVERIFY(repo.write(early, QStringLiteral("early.txt")));
        QVERIFY(repo.write(alsoUndated, QStringLiteral("also-undated.txt")));

        auto summaries = repo.summaries();
        QVERIFY(summaries);
        QCOMPARE(summaries->size(), 4);
        QCOMPARE(summaries->at(0).source, QStringLiteral("early.txt"));
        QCOMPARE(summaries->at(0).date, PartialDate::ofMonth(2016, 10));
        QCOMPARE(summaries->at(0).dateStart, QDate(2016, 10, 1));
        QCOMPARE(summaries->at(0).dateEnd, QDate(2016, 10, 31));
        QCOMPARE(
            summaries->at(0).senders, (QStringList { QStringLiteral("A First"), QStringLiteral("C Third") }));
        QCOMPARE(summaries->at(0).recipients, QStringList { QStringLiteral("B Second") });
        QCOMPARE(summaries->at(1).source, QStringLiteral("late.txt"));
        QCOMPARE(summaries->at(1).type, DocumentType::Letter);
        QCOMPARE(summaries->at(1).language, QStringLiteral("fr"));
        QCOMPARE(summaries->at(1).title, QStringLiteral("Lettre à La Cimade"));
        QCOMPARE(summaries->at(1).senders, QStringList { QStringLiteral("Jean DUPONT") });
        QCOMPARE(summaries->at(1).recipients, QStringList { QStringLiteral("La Cimade") });
        // The undated come last, by source, as the timeline and the list expect.
        QCOMPARE(summaries->at(2).source, QStringLiteral("also-undated.txt"));
        QCOMPARE(summaries->at(3).source, QStringLiteral("undated.txt"));
        QVERIFY(!summaries->at(3).date.isValid());
        QVERIFY(summaries->at(3).dateStart.isNull());

        QStringList streamed;
        auto visited = repo.forEachDocument([&](const Document& d, const QString& source) -> Result<void> {
            streamed.append(source);
            if (source == QLatin1String("late.txt") && d.extraction.participants.size() != 4)
                return fail(ErrorCode::InvalidInput, QStringLiteral("participants not loaded"));
            return {};
        });
        QVERIFY2(visited, qPrintable(visited ? QString() : visited.error().detail));
        QCOMPARE(streamed,
            (QStringList {
                QStringLiteral("early.txt"), QStringLiteral("late.txt"), QStringLiteral("also-undated.txt"),
                QStringLiteral("undated.txt") }));
    }

    void forEachDocument_visitorError_stopsAndIsReturned()
    {
        DocumentRepository repo(*m_db);
        QVERIFY(repo.write(
            makeDocument(QStringLiteral("/c/a.txt"), QStringLiteral("a")), QStringLiteral("a.txt")));
        QVERIFY(repo.write(
            makeDocument(QStringLiteral("/c/b.txt"), QStringLiteral("b")), QStringLiteral("b.txt")));
        int visits = 0;
        auto r = repo.forEachDocument([&](const Document&, const QString&) -> Result<void> {
            ++visits;
            return fail(ErrorCode::Io, QStringLiteral("disk full"));
        });
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Io);
        QCOMPARE(visits, 1);
    }

    void rolledBackTransaction_doesNotPoisonCorrespondentCache()
    {
        DocumentRepository repo(*m_db);
        auto failed = m_db->transaction([&]() -> Result<void> {
            if (auto w = repo.write(richLetter(QStringLiteral("/c/a.txt")), QStringLiteral("a.txt")); !w)
                return std::unexpected(w.error());
            return fail(ErrorCode::Cancelled, QStringLiteral("abandon"));
        });
        QVERIFY(!failed);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM correspondents")), 0);
        auto id = repo.write(richLetter(QStringLiteral("/c/b.txt")), QStringLiteral("b.txt"));
        QVERIFY2(id, qPrintable(id ? QString() : id.error().detail));
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM correspondents")), 4);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM aliases")), 4);
    }
};

QTEST_GUILESS_MAIN(TestDocumentRepository)
#include "tst_documentrepository.moc"
