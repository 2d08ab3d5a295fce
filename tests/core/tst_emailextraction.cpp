// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/emailextraction.h"
#include "core/formats/mailreader.h"
#include "support/testpaths.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace littoral::core;

namespace {

EmailDocument extracted(const QString& name)
{
    QFile file(QStringLiteral(LITTORAL_TEST_DATA_DIR "/mail/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    const auto message = MailReader::parse(file.readAll());
    if (!message)
        qFatal("%s did not parse", qPrintable(name));
    ExtractionBudget budget;
    return EmailExtraction::extract(*message, budget);
}

QStringList namesIn(const Extraction& e, ParticipantRole role)
{
    QStringList names;
    for (const Participant& p : e.participants)
        if (p.role == role)
            names.append(p.name);
    return names;
}

// Every evidence is the text at its offset.
void verifyEvidence(const EmailDocument& doc)
{
    for (const Participant& p : doc.extraction.participants)
        QVERIFY2(
            doc.text.mid(p.evidence.offset, p.evidence.text.size()) == p.evidence.text, qPrintable(p.name));
    for (const MentionedEvent& ev : doc.extraction.events)
        QVERIFY2(doc.text.mid(ev.evidence.offset, ev.evidence.text.size()) == ev.evidence.text,
            qPrintable(ev.label));
    if (doc.extraction.date)
        QCOMPARE(
            doc.text.mid(doc.extraction.date->evidence.offset, doc.extraction.date->evidence.text.size()),
            doc.extraction.date->evidence.text);
}

} // namespace

class TstEmailExtraction : public QObject {
    Q_OBJECT

private slots:
    void text_isHeaderLinesThenBody()
    {
        const EmailDocument doc = extracted(QStringLiteral("folded-to.eml"));
        QCOMPARE(doc.text,
            QStringLiteral("From: Collectif des riverains du port <contact@example.org>\n"
                           "To: Jean Dupont <j.dupont@example.org>, Marie Martin <marie.martin@example.fr>\n"
                           "Cc: paul.bernard@example.net\n"
                           "Date: Sat, 12 Mar 2016 09:00:00 +0100\n"
                           "Subject: Invitation au rassemblement\n"
                           "\n"
                           "Madame, Monsieur,\n\nNous vous invitons au rassemblement du 19 mars 2016 devant "
                           "la mairie.\n\nLe collectif\n"));
    }

    // From, To and Cc are the headers' (confidence 1), named as correspondents, addresses kept.
    void participants_comeFromTheHeaders_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("senders");
        QTest::addColumn<QStringList>("recipients");
        QTest::addColumn<QStringList>("copies");
        QTest::addRow("folded") << QStringLiteral("folded-to.eml")
                                << QStringList { QStringLiteral("Collectif des riverains du port") }
                                << QStringList { QStringLiteral("Jean Dupont"),
                                       QStringLiteral("Marie Martin") }
                                << QStringList { QStringLiteral("paul.bernard@example.net") };
        QTest::addRow("inverted_and_courtesy")
            << QStringLiteral("latin1.eml") << QStringList { QStringLiteral("Jean Dupont") }
            << QStringList { QStringLiteral("Marie Martin") } << QStringList {};
        QTest::addRow("encoded_words")
            << QStringLiteral("encoded-words.eml") << QStringList { QStringLiteral("Hélène Lefèvre") }
            << QStringList { QStringLiteral("François Léger") } << QStringList {};
        // The quoted message's writer is not this message's sender, nor is a name in the quotation.
        QTest::addRow("reply_quote_not_sender")
            << QStringLiteral("reply-fr.eml") << QStringList { QStringLiteral("Marie Martin") }
            << QStringList { QStringLiteral("Jean Dupont") } << QStringList {};
        QTest::addRow("en_reply_quote_not_sender")
            << QStringLiteral("reply-en.eml") << QStringList { QStringLiteral("John Smith") }
            << QStringList { QStringLiteral("Paul Bernard") } << QStringList {};
        QTest::addRow("forward_not_sender")
            << QStringLiteral("forward-en.eml") << QStringList { QStringLiteral("Paul Bernard") }
            << QStringList { QStringLiteral("Claire Lefevre") } << QStringList {};
    }
    void participants_comeFromTheHeaders()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, senders);
        QFETCH(QStringList, recipients);
        QFETCH(QStringList, copies);
        const EmailDocument doc = extracted(file);
        QCOMPARE(namesIn(doc.extraction, ParticipantRole::Sender), senders);
        QCOMPARE(namesIn(doc.extraction, ParticipantRole::Recipient), recipients);
        QCOMPARE(namesIn(doc.extraction, ParticipantRole::Cc), copies);
        for (const Participant& p : doc.extraction.participants)
            if (p.role != ParticipantRole::Mentioned) {
                QCOMPARE(p.confidence, 1.0);
                QVERIFY2(p.evidence.offset < doc.text.indexOf(QStringLiteral("\n\n")), qPrintable(p.name));
            }
        verifyEvidence(doc);
    }

    void participants_keepAddressesAndKinds()
    {
        const EmailDocument doc = extracted(QStringLiteral("folded-to.eml"));
        const Extraction& e = doc.extraction;
        QCOMPARE(e.addresses.value(QStringLiteral("Jean Dupont")), QStringLiteral("j.dupont@example.org"));
        QCOMPARE(
            e.addresses.value(QStringLiteral("Marie Martin")), QStringLiteral("marie.martin@example.fr"));
        QCOMPARE(e.addresses.value(QStringLiteral("Collectif des riverains du port")),
            QStringLiteral("contact@example.org"));
        QVERIFY(!e.addresses.contains(QStringLiteral("paul.bernard@example.net"))); // the name is the address
        QCOMPARE(e.participants.at(0).kind, CorrespondentKind::Organization);
        QCOMPARE(e.participants.at(0).evidence,
            (Evidence { QStringLiteral("Collectif des riverains du port"), 6 }));
        QCOMPARE(e.participants.at(1).kind, CorrespondentKind::Person);
        const Participant cc = e.participants.at(3);
        QCOMPARE(cc.role, ParticipantRole::Cc);
        QCOMPARE(cc.evidence.text, QStringLiteral("paul.bernard@example.net"));

        const EmailDocument inverted = extracted(QStringLiteral("latin1.eml"));
        QCOMPARE(inverted.extraction.participants.at(0).evidence.text, QStringLiteral("Dupont, Jean"));
        QCOMPARE(inverted.extraction.addresses.value(QStringLiteral("Jean Dupont")),
            QStringLiteral("j.dupont@example.org"));
    }

    void dateTitleTypeLanguage_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("evidence");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("language");
        QTest::addRow("fr_reply") << QStringLiteral("reply-fr.eml") << QStringLiteral("2016-03-04")
                                  << QStringLiteral("Fri, 04 Mar 2016 09:20:00 +0100")
                                  << QStringLiteral("Visite du port") << QStringLiteral("fr");
        QTest::addRow("en_forward") << QStringLiteral("forward-en.eml") << QStringLiteral("2016-03-07")
                                    << QStringLiteral("Mon, 07 Mar 2016 18:02:00 +0000")
                                    << QStringLiteral("Harbour visit") << QStringLiteral("en");
        QTest::addRow("folded_date") << QStringLiteral("folded-to.eml") << QStringLiteral("2016-03-12")
                                     << QStringLiteral("Sat, 12 Mar 2016 09:00:00 +0100")
                                     << QStringLiteral("Invitation au rassemblement") << QStringLiteral("fr");
    }
    void dateTitleTypeLanguage()
    {
        QFETCH(QString, file);
        QFETCH(QString, date);
        QFETCH(QString, evidence);
        QFETCH(QString, title);
        QFETCH(QString, language);
        const EmailDocument doc = extracted(file);
        const Extraction& e = doc.extraction;
        QCOMPARE(e.type, DocumentType::Email);
        QVERIFY(e.date);
        QCOMPARE(e.date->date.toEdtf(), date);
        QCOMPARE(e.date->date.precision(), DatePrecision::Day);
        QCOMPARE(e.date->confidence, 1.0);
        QCOMPARE(e.date->evidence.text, evidence);
        QCOMPARE(e.title, title);
        QCOMPARE(e.language, language);
        verifyEvidence(doc);
    }

    // The earlier message a reply quotes or a forward carries is an event dated by its own line.
    void quotedMessage_isAMentionedEvent_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("evidence");
        QTest::addRow("fr_reply")
            << QStringLiteral("reply-fr.eml") << QStringLiteral("Courriel de Jean Dupont")
            << QStringLiteral("2016-03-03")
            << QStringLiteral("Le 3 mars 2016 à 10:12, Jean Dupont <j.dupont@example.org> a écrit :");
        QTest::addRow("en_forward") << QStringLiteral("forward-en.eml")
                                    << QStringLiteral("E-mail from John Smith")
                                    << QStringLiteral("2016-03-06")
                                    << QStringLiteral("Date: Sun, 6 Mar 2016 at 15:30");
        QTest::addRow("en_reply")
            << QStringLiteral("reply-en.eml") << QStringLiteral("E-mail from Paul Bernard")
            << QStringLiteral("2016-03-07")
            << QStringLiteral(
                   "On Mon, Mar 7, 2016 at 6:02 PM, Paul Bernard <paul.bernard@example.net> wrote:");
    }
    void quotedMessage_isAMentionedEvent()
    {
        QFETCH(QString, file);
        QFETCH(QString, label);
        QFETCH(QString, date);
        QFETCH(QString, evidence);
        const EmailDocument doc = extracted(file);
        const auto& events = doc.extraction.events;
        const auto quoted = std::find_if(
            events.cbegin(), events.cend(), [&](const MentionedEvent& ev) { return ev.label == label; });
        QVERIFY2(quoted != events.cend(), qPrintable(doc.text));
        QCOMPARE(quoted->date.toEdtf(), date);
        QCOMPARE(quoted->evidence.text, evidence);
        verifyEvidence(doc);
    }

    // What the quotation says is not this message's: its dates give no event, its names no sender.
    void quotedText_givesNoFactsOfThisMessage()
    {
        const EmailDocument doc = extracted(QStringLiteral("reply-fr.eml"));
        const qsizetype quoteStart = doc.text.indexOf(QStringLiteral("Le 3 mars 2016"));
        QVERIFY(quoteStart > 0);
        QVERIFY(doc.text.contains(
            QStringLiteral("> La visite du port aura lieu le 12 avril 2016."))); // kept in the text
        for (const MentionedEvent& ev : doc.extraction.events)
            if (!ev.label.startsWith(QLatin1String("Courriel de")))
                QVERIFY2(ev.evidence.offset < quoteStart, qPrintable(ev.evidence.text));
        for (const Participant& p : doc.extraction.participants) {
            QVERIFY2(p.evidence.offset < quoteStart, qPrintable(p.name));
            QVERIFY(p.name != QLatin1String("Paul Bernard"));
        }
        // The body's own words still give their facts.
        const auto own = std::find_if(doc.extraction.events.cbegin(), doc.extraction.events.cend(),
            [](const MentionedEvent& ev) { return ev.date.toEdtf() == QLatin1String("2016-04-20"); });
        QVERIFY2(own != doc.extraction.events.cend(), qPrintable(doc.text));
    }

    void subjectPrefixes_areNotTheTitle_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("title");
        QTest::addRow("re") << QStringLiteral("Re: Visite") << QStringLiteral("Visite");
        QTest::addRow("fr_spaced") << QStringLiteral("RE : TR : Visite") << QStringLiteral("Visite");
        QTest::addRow("fwd") << QStringLiteral("Fwd: Visite") << QStringLiteral("Visite");
        QTest::addRow("counted") << QStringLiteral("Re[2]: Visite") << QStringLiteral("Visite");
        QTest::addRow("word_starting_like_prefix")
            << QStringLiteral("Retour: visite") << QStringLiteral("Retour: visite");
    }
    void subjectPrefixes_areNotTheTitle()
    {
        QFETCH(QString, subject);
        QFETCH(QString, title);
        MailMessage m;
        m.from = { { QStringLiteral("Jean Dupont"), QStringLiteral("j.dupont@example.org") } };
        m.fromLine = QStringLiteral("From: Jean Dupont <j.dupont@example.org>");
        m.subject = subject;
        m.subjectLine = QStringLiteral("Subject: ") + subject;
        m.body = QStringLiteral("Bonjour,\n\nà bientôt.\n");
        ExtractionBudget budget;
        QCOMPARE(EmailExtraction::extract(m, budget).extraction.title, title);
    }

    // An Outlook quotation ("De : … Envoyé : … À : … Objet :") is the rest of the message.
    void outlookQuotation_isQuoted()
    {
        MailMessage m;
        m.from = { { QStringLiteral("Marie Martin"), QStringLiteral("marie.martin@example.fr") } };
        m.fromLine = QStringLiteral("From: Marie Martin <marie.martin@example.fr>");
        m.date = QDateTime(QDate(2016, 3, 10), QTime(9, 0), QTimeZone(3600));
        m.dateLine = QStringLiteral("Date: Thu, 10 Mar 2016 09:00:00 +0100");
        m.body = QStringLiteral(
            "Bien reçu, merci.\n\nMarie\n\nDe : Pierre Durand [mailto:p.durand@example.org]\nEnvoyé : mardi "
            "8 mars 2016 17:05\n"
            "À : Marie Martin\nObjet : Dossier\n\nMadame,\nLa réunion du 15 mars 2016 est annulée.\n");
        ExtractionBudget budget;
        const EmailDocument doc = EmailExtraction::extract(m, budget);
        QCOMPARE(doc.extraction.events.size(), 1);
        QCOMPARE(doc.extraction.events.at(0).label, QStringLiteral("Courriel de Pierre Durand"));
        QCOMPARE(doc.extraction.events.at(0).date.toEdtf(), QStringLiteral("2016-03-08"));
        QCOMPARE(
            doc.extraction.events.at(0).evidence.text, QStringLiteral("Envoyé : mardi 8 mars 2016 17:05"));
        verifyEvidence(doc);
    }
};

QTEST_GUILESS_MAIN(TstEmailExtraction)
#include "tst_emailextraction.moc"
