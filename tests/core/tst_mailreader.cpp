// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/htmltext.h"
#include "core/formats/mailreader.h"
#include "core/formats/originalsource.h"
#include "support/testpaths.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace littoral::core;

namespace {

QString dataPath(const QString& name)
{
    return QStringLiteral(LITTORAL_TEST_DATA_DIR "/mail/") + name;
}

QByteArray readData(const QString& name)
{
    QFile file(dataPath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return file.readAll();
}

MailMessage parsed(const QString& name)
{
    const auto message = MailReader::parse(readData(name));
    if (!message)
        qFatal("%s did not parse: %s", qPrintable(name), qPrintable(message.error().detail));
    return *message;
}

} // namespace

class TstMailReader : public QObject {
    Q_OBJECT

private slots:
    // The body, decoded from every transfer encoding and charset, exactly.
    void parse_body_isDecodedText_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("body");
        QTest::addRow("alternative_prefers_plain")
            << QStringLiteral("alternative.eml")
            << QStringLiteral(
                   "Bonjour Marie,\n\nLa visite du port aura lieu le 12 avril 2016.\n\nJean"); // the line
                                                                                               // break before
                                                                                               // a boundary
                                                                                               // is the
                                                                                               // boundary's
        QTest::addRow("html_only_made_plain")
            << QStringLiteral("htmlonly.eml")
            << QStringLiteral("Bonjour Jean,\n\nVoici l’ordre du jour\u00A0:\nla réunion & le vote — puis le "
                              "repas — fin.\n\n- Accueil\n- Discussion\nMarie");
        QTest::addRow("quoted_printable_soft_breaks")
            << QStringLiteral("qp-french.eml")
            << QStringLiteral(
                   "Bonjour,\n\nL’équipe se réunira mercredi prochain à la salle des fêtes.\n\nMarie\n");
        QTest::addRow("base64")
            << QStringLiteral("base64-body.eml")
            << QStringLiteral(
                   "Bonjour,\n\nLe compte rendu de la séance du 2 février 2016 est prêt.\n\nPaul\n");
        QTest::addRow("latin1_declared")
            << QStringLiteral("latin1.eml")
            << QStringLiteral(
                   "Chère Madame,\n\nL'été dernier, à Noël, les élèves ont reçu leur prix.\n\nJean\n");
        QTest::addRow("encoded_words_utf8_body") << QStringLiteral(
            "encoded-words.eml") << QStringLiteral("Bonjour,\n\nLa décision est prise.\n\nHélène\n");
    }
    void parse_body_isDecodedText()
    {
        QFETCH(QString, file);
        QFETCH(QString, body);
        QCOMPARE(parsed(file).body, body);
    }

    // Display names decoded (RFC 2047 in UTF-8 base64 and Latin-1 Q), addresses as written.
    void parse_addresses_areDecoded_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("fromLine");
        QTest::addColumn<QString>("toLine");
        QTest::addColumn<QString>("ccLine");
        QTest::addColumn<QString>("subjectLine");
        QTest::addRow("encoded_words") << QStringLiteral("encoded-words.eml")
                                       << QStringLiteral("From: Hélène Lefèvre <helene.lefevre@example.org>")
                                       << QStringLiteral("To: François Léger <francois.leger@example.fr>")
                                       << QString() << QStringLiteral("Subject: Décision du comité");
        QTest::addRow("folded_to_and_cc")
            << QStringLiteral("folded-to.eml")
            << QStringLiteral("From: Collectif des riverains du port <contact@example.org>")
            << QStringLiteral(
                   "To: Jean Dupont <j.dupont@example.org>, Marie Martin <marie.martin@example.fr>")
            << QStringLiteral("Cc: paul.bernard@example.net")
            << QStringLiteral("Subject: Invitation au rassemblement");
        QTest::addRow("comma_name_quoted")
            << QStringLiteral("latin1.eml") << QStringLiteral("From: \"Dupont, Jean\" <j.dupont@example.org>")
            << QStringLiteral("To: Mme Marie Martin <marie.martin@example.fr>") << QString()
            << QStringLiteral("Subject: Lettre en Latin-1");
        QTest::addRow("qp_subject") << QStringLiteral("qp-french.eml")
                                    << QStringLiteral("From: Marie Martin <marie.martin@example.fr>")
                                    << QStringLiteral("To: Jean Dupont <j.dupont@example.org>") << QString()
                                    << QStringLiteral("Subject: Réunion de préparation");
    }
    void parse_addresses_areDecoded()
    {
        QFETCH(QString, file);
        QFETCH(QString, fromLine);
        QFETCH(QString, toLine);
        QFETCH(QString, ccLine);
        QFETCH(QString, subjectLine);
        const MailMessage m = parsed(file);
        QCOMPARE(m.fromLine, fromLine);
        QCOMPARE(m.toLine, toLine);
        QCOMPARE(m.ccLine, ccLine);
        QCOMPARE(m.subjectLine, subjectLine);
    }

    void parse_foldedHeaders_giveEachAddress()
    {
        const MailMessage m = parsed(QStringLiteral("folded-to.eml"));
        QCOMPARE(m.from,
            (QList<MailAddress> { { QStringLiteral("Collectif des riverains du port"),
                QStringLiteral("contact@example.org") } }));
        QCOMPARE(m.to,
            (QList<MailAddress> { { QStringLiteral("Jean Dupont"), QStringLiteral("j.dupont@example.org") },
                { QStringLiteral("Marie Martin"), QStringLiteral("marie.martin@example.fr") } }));
        QCOMPARE(m.cc, (QList<MailAddress> { { QString(), QStringLiteral("paul.bernard@example.net") } }));
        QCOMPARE(m.dateLine, QStringLiteral("Date: Sat, 12 Mar 2016 09:00:00 +0100"));
        QCOMPARE(m.messageId, QStringLiteral("folded-1@example.org"));
        QCOMPARE(m.date, QDateTime(QDate(2016, 3, 12), QTime(9, 0), QTimeZone(3600)));
        QCOMPARE(m.date.offsetFromUtc(), 3600);
    }

    void parse_reply_keepsItsReference()
    {
        const MailMessage m = parsed(QStringLiteral("reply-fr.eml"));
        QCOMPARE(m.inReplyTo, QStringLiteral("alt-1@example.org"));
        QCOMPARE(m.messageId, QStringLiteral("reply-1@example.fr"));
        QCOMPARE(m.subject, QStringLiteral("Re: Visite du port"));
        QVERIFY(m.body.contains(QStringLiteral("> La visite du port aura lieu le 12 avril 2016.")));
    }

    // Attachments: names decoded (RFC 2231), bytes exactly the original file's, a name made up when none.
    void parse_attachments_keepTheirBytes()
    {
        const MailMessage m = parsed(QStringLiteral("attachments.eml"));
        QCOMPARE(
            m.body, QStringLiteral("Bonjour,\n\nVous trouverez ci-joint le rapport et la photo.\n\nClaire"));
        QCOMPARE(m.attachments.size(), 3);
        QCOMPARE(m.attachments.at(0).fileName, QStringLiteral("rapport.pdf"));
        QCOMPARE(m.attachments.at(0).mimeType, QStringLiteral("application/pdf"));
        QCOMPARE(m.attachments.at(0).bytes, readData(QStringLiteral("rapport.pdf")));
        QCOMPARE(m.attachments.at(1).fileName, QStringLiteral("dépôt quai.png"));
        QCOMPARE(m.attachments.at(1).mimeType, QStringLiteral("image/png"));
        QCOMPARE(m.attachments.at(1).bytes, readData(QStringLiteral("scan.png")));
        QCOMPARE(m.attachments.at(2).fileName, QStringLiteral("attachment-1"));
        QCOMPARE(m.attachments.at(2).bytes, QByteArray("unnamed bytes"));
    }

    // A message forwarded as an attachment is kept whole, and does not lend the outer one its body.
    void parse_attachedMessage_isAnAttachment()
    {
        const MailMessage m = parsed(QStringLiteral("reply-en.eml"));
        QVERIFY(m.body.startsWith(QStringLiteral("Dear Paul,\n\nThank you.")));
        QCOMPARE(m.subject, QStringLiteral("RE: Harbour visit"));
        QCOMPARE(m.attachments.size(), 1);
        QCOMPARE(m.attachments.at(0).fileName, QStringLiteral("earlier.eml"));
        QCOMPARE(m.attachments.at(0).mimeType, QStringLiteral("message/rfc822"));
        const auto inner = MailReader::parse(m.attachments.at(0).bytes);
        QVERIFY(inner);
        QCOMPARE(inner->subject, QStringLiteral("Harbour visit"));
        QCOMPARE(inner->body, QStringLiteral("Dear John,\nThe visit of 12 April 2016 is confirmed.\nPaul"));
    }

    void parse_garbage_isDamaged()
    {
        const auto message = MailReader::parse(readData(QStringLiteral("damaged.eml")));
        QVERIFY(!message);
        QCOMPARE(message.error().reason, RejectReason::Damaged);
    }

    // Each span parses alone into its message; the ">From " escaped line stays in its body.
    void scanMbox_spans_parseIntoEachMessage()
    {
        const QString path = dataPath(QStringLiteral("three.mbox"));
        const auto spans = MailReader::scanMbox(QFile::encodeName(path));
        QVERIFY(spans);
        QCOMPARE(spans->size(), 3);
        const QByteArray all = readData(QStringLiteral("three.mbox"));
        const QStringList subjects { QStringLiteral("Premier message"), QStringLiteral("Deuxième message"),
            QStringLiteral("Troisième message") };
        for (qsizetype i = 0; i < spans->size(); ++i) {
            const MboxMessageSpan span = spans->at(i);
            const QByteArray bytes = all.mid(span.offset, span.length);
            QVERIFY2(bytes.startsWith("From: "), bytes.left(40).constData());
            const auto message = MailReader::parse(bytes);
            QVERIFY(message);
            QCOMPARE(message->subject, subjects.at(i));
            QVERIFY2(!message->body.contains(QLatin1String("From paul")), qPrintable(message->body));
        }
        QCOMPARE(MailReader::parse(all.mid(spans->at(1).offset, spans->at(1).length))->body,
            QStringLiteral("Deuxième corps.\n>From the harbour, a line that began with From.\n"));
    }

    // Many messages with CRLF line ends: every span is one whole message, its separator's blank line left
    // out.
    void scanMbox_manyCrlfMessages_eachSpanIsOneMessage()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QByteArray mbox;
        const int count = 500;
        for (int i = 1; i <= count; ++i)
            mbox.append(QStringLiteral(
                "From sender%1@example.org Thu Mar  3 10:12:00 2016\r\nFrom: Sender %1 "
                "<sender%1@example.org>\r\n"
                "Subject: Message %1\r\nDate: Thu, 03 Mar 2016 10:12:00 +0100\r\n\r\nBody %1.\r\n\r\n")
                            .arg(i)
                            .toUtf8());
        QFile file(dir.filePath(QStringLiteral("many.mbox")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(mbox);
        file.close();
        const auto spans = MailReader::scanMbox(QFile::encodeName(file.fileName()));
        QVERIFY(spans);
        QCOMPARE(spans->size(), count);
        for (int i = 0; i < count; i += 97) {
            const QByteArray bytes = mbox.mid(spans->at(i).offset, spans->at(i).length);
            QVERIFY(bytes.endsWith(QStringLiteral("Body %1.\r\n").arg(i + 1).toUtf8()));
            QCOMPARE(MailReader::parse(bytes)->subject, QStringLiteral("Message %1").arg(i + 1));
        }
    }

    void scanMbox_cancelled_stops()
    {
        int asked = 0;
        const auto spans = MailReader::scanMbox(
            QFile::encodeName(dataPath(QStringLiteral("three.mbox"))), [&] { return ++asked > 1; });
        QVERIFY(spans);
        QCOMPARE(spans->size(), 1);
    }

    void scanMbox_notAnMbox_isRejected()
    {
        const auto missing
            = MailReader::scanMbox(QFile::encodeName(dataPath(QStringLiteral("no-such.mbox"))));
        QVERIFY(!missing);
        QCOMPARE(missing.error().reason, RejectReason::Unreadable);
        const auto garbage = MailReader::scanMbox(QFile::encodeName(dataPath(QStringLiteral("damaged.eml"))));
        QVERIFY(!garbage);
        QCOMPARE(garbage.error().reason, RejectReason::Damaged);
    }

    void looksLike_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<bool>("mbox");
        QTest::addColumn<bool>("message");
        QTest::addRow("mbox") << readData(QStringLiteral("three.mbox")) << true << false;
        QTest::addRow("eml") << readData(QStringLiteral("folded-to.eml")) << false << true;
        QTest::addRow("eml_crlf") << readData(QStringLiteral("alternative.eml")) << false << true;
        QTest::addRow("letter") << QByteArray("Calais, le 3 mars 2016\n\nMonsieur le Maire,\n") << false
                                << false;
        QTest::addRow("note_with_colons")
            << QByteArray("Objet: visite\nDate: 3 mars\n\nTexte.\n") << false << false;
        QTest::addRow("garbage") << readData(QStringLiteral("damaged.eml")) << false << false;
    }
    void looksLike()
    {
        QFETCH(QByteArray, head);
        QFETCH(bool, mbox);
        QFETCH(bool, message);
        QCOMPARE(MailReader::looksLikeMbox(head), mbox);
        QCOMPARE(MailReader::looksLikeMessage(head.left(4096)), message);
    }

    void htmlText_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        QTest::addRow("entities") << QStringLiteral("a&amp;b &lt;c&gt; &#233;&#xE9; &bogus; &#0;")
                                  << QStringLiteral("a&b <c> éé &bogus; &#0;");
        QTest::addRow("script_dropped")
            << QStringLiteral("<SCRIPT>x()</SCRIPT>a<style>p{}</style>b") << QStringLiteral("ab");
        QTest::addRow("blocks") << QStringLiteral("<div>un</div><div>deux<br/>trois</div>")
                                << QStringLiteral("un\ndeux\ntrois");
        QTest::addRow("source_newlines_are_spaces")
            << QStringLiteral("un\ndeux   trois") << QStringLiteral("un deux trois");
    }
    void htmlText()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QCOMPARE(HtmlText::toPlainText(html), text);
    }

    void originalSource_split_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("message");
        QTest::addColumn<QString>("attachment");
        QTest::addRow("plain") << QStringLiteral("/a/lettre.pdf") << QStringLiteral("/a/lettre.pdf") << -1
                               << QString();
        QTest::addRow("eml") << QStringLiteral("/a/note.eml") << QStringLiteral("/a/note.eml") << 0
                             << QString();
        QTest::addRow("eml_attachment")
            << QStringLiteral("/a/note.eml/rapport.pdf") << QStringLiteral("/a/note.eml") << 0
            << QStringLiteral("rapport.pdf");
        QTest::addRow("mbox_message")
            << QStringLiteral("/a/2016.mbox#3") << QStringLiteral("/a/2016.mbox") << 3 << QString();
        QTest::addRow("mbox_attachment")
            << QStringLiteral("/a/2016.mbox#12/scan 1.png") << QStringLiteral("/a/2016.mbox") << 12
            << QStringLiteral("scan 1.png");
        QTest::addRow("mbox_without_suffix")
            << QStringLiteral("/a/Inbox#2") << QStringLiteral("/a/Inbox") << 2 << QString();
    }
    void originalSource_split()
    {
        QFETCH(QString, path);
        QFETCH(QString, file);
        QFETCH(int, message);
        QFETCH(QString, attachment);
        QCOMPARE(OriginalSource::split(path), (OriginalSource::Parts { file, message, attachment }));
    }

    void originalSource_bytes_findsTheOriginal()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // The attachments message inside an mbox, as its second message.
        QByteArray mbox = readData(QStringLiteral("three.mbox"));
        const QByteArray withAttachments = readData(QStringLiteral("attachments.eml"));
        mbox.append("\nFrom claire.lefevre@example.org Tue Mar 15 09:30:00 2016\n").append(withAttachments);
        QFile file(dir.filePath(QStringLiteral("2016.mbox")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(mbox);
        file.close();
        QVERIFY(QFile::copy(
            dataPath(QStringLiteral("attachments.eml")), dir.filePath(QStringLiteral("note.eml"))));

        const auto pdf = OriginalSource::bytes(dir.filePath(QStringLiteral("note.eml/rapport.pdf")));
        QVERIFY(pdf);
        QCOMPARE(*pdf, readData(QStringLiteral("rapport.pdf")));
        const auto eml = OriginalSource::bytes(dir.filePath(QStringLiteral("note.eml")));
        QVERIFY(eml);
        QCOMPARE(*eml, withAttachments);
        const auto second = OriginalSource::bytes(dir.filePath(QStringLiteral("2016.mbox#2")));
        QVERIFY(second);
        QCOMPARE(MailReader::parse(*second)->subject, QStringLiteral("Deuxième message"));
        const auto png = OriginalSource::bytes(dir.filePath(QStringLiteral("2016.mbox#4/dépôt quai.png")));
        QVERIFY(png);
        QCOMPARE(*png, readData(QStringLiteral("scan.png")));
        // Asked again, from the spans kept for this mbox.
        const auto first = OriginalSource::bytes(dir.filePath(QStringLiteral("2016.mbox#1")));
        QVERIFY(first);
        QCOMPARE(MailReader::parse(*first)->subject, QStringLiteral("Premier message"));

        const auto noMessage = OriginalSource::bytes(dir.filePath(QStringLiteral("2016.mbox#9")));
        QVERIFY(!noMessage);
        QCOMPARE(noMessage.error().code, ErrorCode::NotFound);
        const auto noAttachment = OriginalSource::bytes(dir.filePath(QStringLiteral("note.eml/absent.pdf")));
        QVERIFY(!noAttachment);
        QCOMPARE(noAttachment.error().code, ErrorCode::NotFound);
        const auto noFile = OriginalSource::bytes(dir.filePath(QStringLiteral("absent.eml")));
        QVERIFY(!noFile);
    }
};

QTEST_GUILESS_MAIN(TstMailReader)
#include "tst_mailreader.moc"
