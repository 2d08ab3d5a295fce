// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Import of real archives (issue 16): PDFs, e-mail and mbox files written here, imported through the
// real ImportJob (and its reader process), checked in the database. In tests/render because QPdfWriter
// needs Qt Gui, which core's tests do not link.
#include "support/sqlprobe.h"
#include "support/testpaths.h"
#include "core/db/correspondentrepository.h"
#include "core/db/database.h"
#include "core/db/documentrepository.h"
#include "core/import/importjob.h"
#include "core/session/corpussession.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace littoral::core;

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

// A letter over two pages, as a word processor exports it: a text layer, one line a row.
void writePdfLetter(const QString& path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    QPainter painter(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(11);
    painter.setFont(font);
    const QStringList first = { QStringLiteral("Calais, le 7 février 2017"), QString(), QStringLiteral("Madame la Préfète,"),
        QString(), QStringLiteral("Nous vous écrivons au sujet de la situation des personnes exilées"),
        QStringLiteral("présentes sur le littoral depuis le démantèlement du campement.") };
    const QStringList second = { QStringLiteral("Nous vous prions d'agréer, Madame la Préfète, l'expression de"),
        QStringLiteral("notre haute considération."), QString(), QStringLiteral("Jean Dupont"),
        QStringLiteral("Président de l'association") };
    int y = 90;
    for (const QString& line : first) {
        painter.drawText(72, y, line);
        y += 16;
    }
    writer.newPage();
    y = 90;
    for (const QString& line : second) {
        painter.drawText(72, y, line);
        y += 16;
    }
}

QByteArray message(const QString& from, const QString& to, const QString& date, const QString& subject,
    const QString& messageId, const QString& body, const QString& inReplyTo = {})
{
    QByteArray m = "From: " + from.toUtf8() + "\nTo: " + to.toUtf8() + "\nDate: " + date.toUtf8() + "\nSubject: "
        + subject.toUtf8() + "\nMessage-ID: <" + messageId.toUtf8() + ">\n";
    if (!inReplyTo.isEmpty())
        m += "In-Reply-To: <" + inReplyTo.toUtf8() + ">\n";
    m += "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + body.toUtf8() + "\n";
    return m;
}

// A message with a text attachment (base64, like every mail client sends one).
QByteArray messageWithAttachment()
{
    const QByteArray attachment = QStringLiteral("Compte rendu de la réunion du 3 mars 2016 à la sous-préfecture de Calais.\n"
                                                 "Présents : Jean Dupont, Claire Martin.\n")
                                      .toUtf8()
                                      .toBase64();
    return "From: Jean Dupont <j.dupont@example.org>\nTo: Claire Martin <c.martin@example.org>\n"
           "Date: Fri, 4 Mar 2016 10:15:00 +0100\nSubject: =?UTF-8?Q?Compte_rendu_de_la_r=C3=A9union?=\n"
           "Message-ID: <cr-2016@example.org>\nMIME-Version: 1.0\n"
           "Content-Type: multipart/mixed; boundary=\"b1\"\n\n"
           "--b1\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
           "Bonjour Claire,\n\nVoici le compte rendu de la r=C3=A9union d'hier.\n\nJean\n"
           "--b1\nContent-Type: text/plain; name=\"compte-rendu.txt\"\nContent-Disposition: attachment; "
           "filename=\"compte-rendu.txt\"\nContent-Transfer-Encoding: base64\n\n"
        + attachment + "\n--b1--\n";
}

QByteArray mbox(const QList<QByteArray>& messages)
{
    QByteArray out;
    for (const QByteArray& m : messages)
        out += "From sender@example.org Fri Mar  4 10:15:00 2016\n" + m + "\n";
    return out;
}

QByteArray threeMessages(int drop = 0)
{
    QList<QByteArray> all = {
        message(QStringLiteral("Claire Martin <c.martin@example.org>"), QStringLiteral("Jean Dupont <j.dupont@example.org>"),
            QStringLiteral("Mon, 7 Mar 2016 09:00:00 +0100"), QStringLiteral("Distribution des repas"), QStringLiteral("m1@example.org"),
            QStringLiteral("Bonjour Jean,\nLa distribution reprend lundi.\nClaire")),
        message(QStringLiteral("Jean Dupont <j.dupont@example.org>"), QStringLiteral("Claire Martin <c.martin@example.org>"),
            QStringLiteral("Tue, 8 Mar 2016 11:30:00 +0100"), QStringLiteral("Re: Distribution des repas"), QStringLiteral("m2@example.org"),
            QStringLiteral("Merci Claire, nous serons présents.\nJean"), QStringLiteral("m1@example.org")),
        message(QStringLiteral("Claire Martin <c.martin@example.org>"), QStringLiteral("Paul Leroy <p.leroy@example.org>"),
            QStringLiteral("Wed, 9 Mar 2016 16:45:00 +0100"), QStringLiteral("Bilan"), QStringLiteral("m3@example.org"),
            QStringLiteral("Paul,\nLe bilan de la semaine est joint.\nClaire")),
    };
    if (drop > 0)
        all.removeAt(drop - 1);
    return mbox(all);
}

QString describe(const ImportSummary& summary)
{
    QStringList lines;
    for (const ImportOutcome& o : summary.problems)
        lines.append(QStringLiteral("%1 %2 %3").arg(int(o.status)).arg(o.source, o.reason));
    return lines.join(QLatin1Char('\n'));
}

QString outcomeReason(const ImportSummary& summary, const QString& source)
{
    for (const ImportOutcome& o : summary.problems)
        if (o.source == source)
            return o.reason;
    return QStringLiteral("<none>");
}

QString queryText(const Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
}

int count(const Database& db, const QString& sql)
{
    return littoral::test::queryInt(db.connection(), sql);
}

// A folder to import and the corpus it goes into, in a temporary directory of their own.
struct ImportFolder {
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("in"));
    const QString db = dir.filePath(QStringLiteral("c.db"));
    ImportFolder() { QDir().mkpath(folder); }
    Result<ImportSummary> import(const ImportOptions& options = {}) const
    {
        return ImportJob(db, { folder }, options).runSynchronously();
    }
};

QString errorOf(const Result<ImportSummary>& summary)
{
    return summary ? QString() : summary.error().detail;
}

// x.mbox with threeMessages() written in `in` and imported: three documents.
void importThreeMessages(const ImportFolder& in)
{
    writeFile(in.folder + QStringLiteral("/x.mbox"), threeMessages());
    const auto summary = in.import();
    QVERIFY2(summary, qPrintable(errorOf(summary)));
    QCOMPARE(summary->imported, 3);
}

} // namespace

class TestImportArchives final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("LITTORAL_READER", QByteArray(LITTORAL_BIN_DIR "/littoral-reader"));
        qputenv("OMP_THREAD_LIMIT", "1");
    }

    void import_pdfLetterOverTwoPages_pagesWordsAndFactsStored()
    {
        const ImportFolder in;
        const QString pdf = in.folder + QStringLiteral("/lettre.pdf");
        writePdfLetter(pdf);
        auto summary = in.import();
        QVERIFY2(summary, qPrintable(errorOf(summary)));
        QCOMPARE(summary->imported, 1);

        auto database = Database::open(in.db);
        QVERIFY(database);
        DocumentRepository repo(*database);
        auto document = repo.load(1);
        QVERIFY(document);
        QCOMPARE(document->format, SourceFormat::Pdf);
        QCOMPARE(document->pages.size(), 2);
        QVERIFY(!document->isOcr());
        int aligned = 0;
        for (const DocumentPage& page : document->pages) {
            QCOMPARE(page.size.toSize(), QSize(595, 842));
            for (const PageWord& word : page.words) {
                if (word.offset < 0)
                    continue;
                ++aligned;
                QVERIFY(word.offset >= page.textStart && word.offset + word.length <= page.textEnd);
                QVERIFY(QRectF(QPointF(0, 0), page.size).contains(word.box.center()));
                const QString spelled = document->text.mid(word.offset, word.length);
                QVERIFY2(!spelled.trimmed().isEmpty() && !spelled.contains(QLatin1Char(' ')), qPrintable(spelled));
            }
        }
        QVERIFY2(aligned >= 40, qPrintable(QString::number(aligned)));
        QVERIFY(document->text.contains(QStringLiteral("Madame la Préfète")));
        QVERIFY(document->extraction.date);
        QCOMPARE(document->extraction.date->date.toEdtf(), QStringLiteral("2017-02-07"));
        const qsizetype dateAt = document->extraction.date->evidence.offset;
        QVERIFY(dateAt >= document->pages.first().textStart && dateAt < document->pages.first().textEnd);
        QCOMPARE(document->extraction.date->confidence > 0.5, true); // a text layer does not lower it
        bool sender = false;
        for (const Participant& p : document->extraction.participants)
            if (p.role == ParticipantRole::Sender && p.name == QLatin1String("Jean Dupont")) {
                sender = true;
                QVERIFY(p.evidence.offset >= document->pages.last().textStart);
            }
        QVERIFY(sender);

        // Again: unchanged, not read a second time.
        summary = in.import();
        QVERIFY(summary);
        QCOMPARE(summary->unchanged, 1);
    }

    // Each bad file is reported with its reason and skipped; the good file beside them is imported.
    void import_badInputs_eachReportedAndTheRestImported_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason"); // how the reported reason starts
        QTest::addRow("text_named_pdf") << QStringLiteral("notes.pdf") << QByteArray("Compte rendu, pas un PDF.\n")
                                        << QStringLiteral("damaged file (not a PDF)");
        QTest::addRow("corrupt_pdf") << QStringLiteral("corrupt.pdf") << QByteArray("%PDF-1.4\n1 0 obj << /Type /Catalog \x01\x02\xff garbage")
                                     << QStringLiteral("damaged file");
        QTest::addRow("empty_eml") << QStringLiteral("empty.eml") << QByteArray() << QStringLiteral("empty file");
        QTest::addRow("binary_mbox") << QStringLiteral("archive.mbox") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\xff\xfe", 19)
                                     << QStringLiteral("damaged file");
        QTest::addRow("huge_image") << QStringLiteral("scan.png") << QByteArray("\x89PNG\r\n\x1a\n") + QByteArray(4096, 'x')
                                    << QStringLiteral("file too large (4.0 kB, more than the 1.0 kB limit)");
        QTest::addRow("password_pdf") << QStringLiteral("locked.pdf") << QByteArray() << QStringLiteral("password-protected");
    }
    void import_badInputs_eachReportedAndTheRestImported()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const ImportFolder in;
        if (name == QLatin1String("locked.pdf")) {
            const QString fixture = QStringLiteral(LITTORAL_TEST_DATA_DIR "/pdf/password-protected.pdf");
            QVERIFY(QFile::copy(fixture, in.folder + QLatin1Char('/') + name));
        } else {
            writeFile(in.folder + QLatin1Char('/') + name, bytes);
        }
        writeFile(in.folder + QStringLiteral("/lettre.txt"), "Calais, le 3 mars 2016\n\nMadame,\n\nJean Dupont\n");
        ImportOptions options;
        options.maxImageSize = 1024;
        auto summary = in.import(options);
        QVERIFY2(summary, qPrintable(errorOf(summary)));
        QCOMPARE(summary->imported, 1);
        QCOMPARE(summary->rejected, 1);
        QVERIFY2(outcomeReason(*summary, name).startsWith(reason), qPrintable(describe(*summary)));
        // The refusal names the file by its path too: the window asks for a password by it.
        const auto refused = std::find_if(summary->problems.cbegin(), summary->problems.cend(),
            [&](const ImportOutcome& o) { return o.source == name; });
        QVERIFY(refused != summary->problems.cend());
        QCOMPARE(refused->path, QDir(in.folder).filePath(name));
    }

    // An attachment is a document of its own, linked to its message both ways.
    void import_emlWithAttachment_linkedDocumentsBothWays()
    {
        const ImportFolder in;
        writeFile(in.folder + QStringLiteral("/note.eml"), messageWithAttachment());
        auto summary = in.import();
        QVERIFY2(summary, qPrintable(errorOf(summary)));
        QCOMPARE(summary->imported, 2);

        auto database = Database::open(in.db);
        QVERIFY(database);
        DocumentRepository repo(*database);
        auto message = repo.findBySource(QStringLiteral("note.eml"));
        auto attachment = repo.findBySource(QStringLiteral("note.eml/compte-rendu.txt"));
        QVERIFY(message && attachment);
        QCOMPARE(message->size(), 1);
        QCOMPARE(attachment->size(), 1);
        QCOMPARE(attachment->first().sourcePath, in.folder + QStringLiteral("/note.eml/compte-rendu.txt"));
        auto loaded = repo.load(message->first().id);
        QVERIFY(loaded);
        QCOMPARE(loaded->format, SourceFormat::Email);
        QCOMPARE(loaded->extraction.type, DocumentType::Email);
        auto fromMessage = repo.linkedDocuments(message->first().id);
        QVERIFY(fromMessage);
        QCOMPARE(fromMessage->size(), 1);
        QCOMPARE(fromMessage->first().source, QStringLiteral("note.eml/compte-rendu.txt"));
        QVERIFY(fromMessage->first().incoming);
        auto fromAttachment = repo.linkedDocuments(attachment->first().id);
        QVERIFY(fromAttachment);
        QCOMPARE(fromAttachment->size(), 1);
        QCOMPARE(fromAttachment->first().source, QStringLiteral("note.eml"));
        QCOMPARE(fromAttachment->first().kind, DocumentLink::Kind::AttachmentOf);
        QVERIFY(!fromAttachment->first().incoming);

        // Again: both unchanged, and the attachment is not reported gone.
        summary = in.import();
        QVERIFY(summary);
        QCOMPARE(summary->unchanged, 1);
        QCOMPARE(summary->gone, 0);
    }

    // Each message of an mbox is a document "x.mbox#N"; its hash is the message's, so an unchanged
    // message is Unchanged, a correction survives, and a message removed from the file is Gone.
    void import_mbox_messagesAsDocumentsThatSurviveReimport()
    {
        const ImportFolder in;
        const QString file = in.folder + QStringLiteral("/x.mbox");
        importThreeMessages(in);
        if (QTest::currentTestFailed())
            return;
        auto database = Database::open(in.db);
        QVERIFY(database);
        QCOMPARE(queryText(*database,
                     QStringLiteral("SELECT group_concat(source, ',') FROM (SELECT source FROM documents ORDER BY source)")),
            QStringLiteral("x.mbox#1,x.mbox#2,x.mbox#3"));
        QCOMPARE(count(*database, QStringLiteral("SELECT count(*) FROM documents WHERE type = 'email' AND format = 'email'")), 3);
        DocumentRepository repo(*database);
        auto second = repo.findBySource(QStringLiteral("x.mbox#2"));
        QVERIFY(second && second->size() == 1);
        QCOMPARE(second->first().sourcePath, file + QStringLiteral("#2"));
        // #2 answers #1 (In-Reply-To).
        auto linked = repo.linkedDocuments(second->first().id);
        QVERIFY(linked);
        QCOMPARE(linked->size(), 1);
        QCOMPARE(linked->first().source, QStringLiteral("x.mbox#1"));
        QCOMPARE(linked->first().kind, DocumentLink::Kind::ReplyTo);
        {
            auto session = CorpusSession::open(in.db);
            QVERIFY(session);
            QVERIFY((*session)->setField(second->first().id, DocumentField::Title, QStringLiteral("Réponse de Jean")));
        }

        auto summary = in.import();
        QVERIFY(summary);
        QCOMPARE(summary->unchanged, 3);
        QCOMPARE(summary->imported + summary->updated, 0);

        // The last message removed: it is gone, the others unchanged, #2 keeps its correction.
        writeFile(file, threeMessages(3));
        summary = in.import();
        QVERIFY2(summary, qPrintable(errorOf(summary)));
        QCOMPARE(summary->gone, 1);
        QCOMPARE(summary->gonePaths(), QStringList { file + QStringLiteral("#3") });
        QCOMPARE(summary->unchanged, 2);
        auto moved = repo.findBySource(QStringLiteral("x.mbox#2"));
        QVERIFY(moved && moved->size() == 1);
        auto reread = repo.load(moved->first().id);
        QVERIFY(reread);
        QCOMPARE(reread->extraction.title, QStringLiteral("Réponse de Jean"));
    }

    // A message deleted from the middle renumbers the later ones: they follow their new numbers with
    // their ids and corrections, none shows as a duplicate, and the deleted one is reported gone.
    // A message inserted at the top moves them all down the same way.
    void import_mbox_renumberedMessagesKeepTheirDocuments()
    {
        const ImportFolder in;
        const QString file = in.folder + QStringLiteral("/x.mbox");
        importThreeMessages(in);
        if (QTest::currentTestFailed())
            return;
        auto database = Database::open(in.db);
        QVERIFY(database);
        DocumentRepository repo(*database);
        const auto idOf = [&](const QString& source) -> qint64 {
            auto found = repo.findBySource(source);
            return found && found->size() == 1 ? found->first().id : -1;
        };
        const qint64 bilan = idOf(QStringLiteral("x.mbox#3"));
        const qint64 reply = idOf(QStringLiteral("x.mbox#2"));
        QVERIFY(bilan > 0 && reply > 0);
        {
            auto session = CorpusSession::open(in.db);
            QVERIFY(session);
            QVERIFY((*session)->setField(bilan, DocumentField::Title, QStringLiteral("Bilan de la semaine")));
        }

        writeFile(file, threeMessages(2)); // the reply deleted: "Bilan" is now #2
        auto summary = in.import();
        QVERIFY2(summary, qPrintable(errorOf(summary)));
        QVERIFY2(summary->duplicates == 0, qPrintable(describe(*summary)));
        QCOMPARE(summary->unchanged, 2);
        QCOMPARE(summary->imported + summary->updated, 0);
        QCOMPARE(summary->gone, 1);
        QCOMPARE(summary->gonePaths(), QStringList { file + QStringLiteral("#deleted-1") }); // the reply, parked
        QCOMPARE(idOf(QStringLiteral("x.mbox#2")), bilan);
        QCOMPARE(idOf(QStringLiteral("x.mbox#deleted-1")), reply);
        auto reread = repo.load(bilan);
        QVERIFY(reread);
        QCOMPARE(reread->extraction.title, QStringLiteral("Bilan de la semaine"));
        // The correction's record follows its document.
        QCOMPARE(count(*database, QStringLiteral("SELECT count(*) FROM changes WHERE source_path = '%1'").arg(file + QStringLiteral("#2"))), 1);
        QCOMPARE(count(*database, QStringLiteral("SELECT count(*) FROM changes WHERE source_path = '%1'").arg(file + QStringLiteral("#3"))), 0);

        // The reply back at the top: everything moves down one, nothing is imported twice.
        writeFile(file, threeMessages(2).prepend(mbox({ message(QStringLiteral("Jean Dupont <j.dupont@example.org>"),
            QStringLiteral("Claire Martin <c.martin@example.org>"), QStringLiteral("Thu, 3 Mar 2016 08:00:00 +0100"),
            QStringLiteral("Ordre du jour"), QStringLiteral("m0@example.org"), QStringLiteral("Claire,\nVoici l'ordre du jour.\nJean")) })));
        summary = in.import();
        QVERIFY2(summary, qPrintable(errorOf(summary)));
        QVERIFY2(summary->duplicates == 0, qPrintable(describe(*summary)));
        QCOMPARE(summary->imported, 1);
        QCOMPARE(summary->unchanged, 2);
        QCOMPARE(idOf(QStringLiteral("x.mbox#3")), bilan);
        reread = repo.load(bilan);
        QVERIFY(reread);
        QCOMPARE(reread->extraction.title, QStringLiteral("Bilan de la semaine"));
        QCOMPARE(count(*database, QStringLiteral("SELECT count(*) FROM documents")), 4); // the reply still waits, gone
    }

    // Imported first from the folder above, then from the mbox's own: the moved messages keep the
    // sources they were stored with, only their numbers change.
    void import_mbox_renumberedUnderAnotherRoot_keepsItsSources()
    {
        const ImportFolder in;
        const QString file = in.folder + QStringLiteral("/x.mbox");
        writeFile(file, threeMessages());
        auto summary = ImportJob(in.db, { in.dir.path() }).runSynchronously();
        QVERIFY2(summary, qPrintable(errorOf(summary)));
        QCOMPARE(summary->imported, 3);
        writeFile(file, threeMessages(1)); // the first message deleted
        summary = in.import();
        QVERIFY2(summary, qPrintable(errorOf(summary)));
        QVERIFY2(summary->duplicates == 0, qPrintable(describe(*summary)));
        auto database = Database::open(in.db);
        QVERIFY(database);
        QCOMPARE(queryText(*database, QStringLiteral("SELECT group_concat(source, ',') FROM (SELECT source FROM documents ORDER BY source)")),
            QStringLiteral("in/x.mbox#1,in/x.mbox#2,in/x.mbox#deleted-1"));
        // The reply (now #1) still names the message it answers, parked as deleted.
        QCOMPARE(queryText(*database, QStringLiteral("SELECT group_concat(target_source, ',') FROM document_links")),
            QStringLiteral("in/x.mbox#deleted-1"));
    }

    // "Jean Dupont <j.dupont@example.org>" in a header and "Jean Dupont" signing a letter: one
    // correspondent, with the address among its spellings.
    void import_headerAndSignature_oneCorrespondentWithTheAddress()
    {
        const ImportFolder in;
        writeFile(in.folder + QStringLiteral("/a.eml"),
            message(QStringLiteral("Jean Dupont <j.dupont@example.org>"), QStringLiteral("Claire Martin <c.martin@example.org>"),
                QStringLiteral("Mon, 7 Mar 2016 09:00:00 +0100"), QStringLiteral("Réunion"), QStringLiteral("r@example.org"),
                QStringLiteral("Claire,\nLa réunion est reportée.\nJean")));
        writeFile(in.folder + QStringLiteral("/b.txt"),
            "Calais, le 3 mars 2016\n\nMadame la Préfète,\n\nNous sollicitons un rendez-vous.\n\n"
            "Veuillez agréer, Madame la Préfète, l'expression de notre considération.\n\nJean DUPONT\n");
        auto summary = in.import();
        QVERIFY2(summary, qPrintable(errorOf(summary)));
        QCOMPARE(summary->imported, 2);
        auto database = Database::open(in.db);
        QVERIFY(database);
        auto list = CorrespondentRepository(*database).list();
        QVERIFY(list);
        const CorrespondentSummary* jean = nullptr;
        for (const CorrespondentSummary& c : *list)
            if (c.aliases.contains(QStringLiteral("j.dupont@example.org")))
                jean = &c;
        QVERIFY(jean);
        QCOMPARE(jean->documentCount, 2); // the message and the letter signed "Jean DUPONT"
    }
};

QTEST_MAIN(TestImportArchives)
#include "tst_importarchives.moc"
