// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The reader's thread strip: an e-mail's attachments, an attachment's message, replies both ways.
#include "ui/documentlinksstrip.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace littoral;
using core::DocumentLink;
using core::LinkedDocument;

class TestReaderLinks final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Each relation said from the shown document's side, the linked ones named by title or file name.
    void strip_saysEachRelation_data()
    {
        QTest::addColumn<QList<LinkedDocument>>("links");
        QTest::addColumn<QString>("text");
        QTest::addRow("message_with_attachments")
            << QList<LinkedDocument> { { 11, QStringLiteral("mail/note.eml/rapport.pdf"), QString(), DocumentLink::Kind::AttachmentOf, true },
                   { 12, QStringLiteral("mail/note.eml/scan.png"), QStringLiteral("Constat du 3 mars"), DocumentLink::Kind::AttachmentOf, true } }
            << QStringLiteral("Attachments: rapport.pdf, Constat du 3 mars");
        QTest::addRow("attachment_names_its_message")
            << QList<LinkedDocument> { { 10, QStringLiteral("mail/note.eml"), QStringLiteral("Réunion du 12 mars"), DocumentLink::Kind::AttachmentOf, false } }
            << QStringLiteral("Attachment of the e-mail Réunion du 12 mars");
        QTest::addRow("reply_names_what_it_answers")
            << QList<LinkedDocument> { { 20, QStringLiteral("2016.mbox#1"), QStringLiteral("Demande de rendez-vous"), DocumentLink::Kind::ReplyTo, false } }
            << QStringLiteral("In reply to Demande de rendez-vous");
        QTest::addRow("message_names_its_replies")
            << QList<LinkedDocument> { { 21, QStringLiteral("2016.mbox#2"), QStringLiteral("Re: Demande"), DocumentLink::Kind::ReplyTo, true } }
            << QStringLiteral("Replies: Re: Demande");
        QTest::addRow("reply_with_attachment")
            << QList<LinkedDocument> { { 22, QStringLiteral("2016.mbox#3/plan.pdf"), QString(), DocumentLink::Kind::AttachmentOf, true },
                   { 20, QStringLiteral("2016.mbox#1"), QStringLiteral("Demande"), DocumentLink::Kind::ReplyTo, false } }
            << QStringLiteral("In reply to Demande · Attachments: plan.pdf");
    }
    void strip_saysEachRelation()
    {
        QFETCH(QList<LinkedDocument>, links);
        QFETCH(QString, text);
        ui::DocumentLinksStrip strip;
        strip.show();
        strip.setLinks(links);
        QCOMPARE(strip.plainText(), text);
        QVERIFY(strip.isVisible());
    }

    // A name is data, never markup.
    void strip_escapesTitles()
    {
        ui::DocumentLinksStrip strip;
        strip.setLinks({ { 5, QStringLiteral("a.eml"), QStringLiteral("<b>Urgent</b> & co"), DocumentLink::Kind::ReplyTo, false } });
        QCOMPARE(strip.plainText(), QStringLiteral("In reply to <b>Urgent</b> & co"));
    }

    void strip_clickedLink_opensThatDocument()
    {
        ui::DocumentLinksStrip strip;
        strip.setLinks({ { 77, QStringLiteral("a.eml/b.pdf"), QString(), DocumentLink::Kind::AttachmentOf, true } });
        QSignalSpy activated(&strip, &ui::DocumentLinksStrip::documentActivated);
        QVERIFY(strip.text().contains(QStringLiteral("href=\"doc:77\"")));
        emit strip.linkActivated(QStringLiteral("doc:77"));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toLongLong(), 77);
    }

    void strip_withoutLinks_isHidden()
    {
        ui::DocumentLinksStrip strip;
        strip.show();
        strip.setLinks({ { 5, QStringLiteral("a.eml"), QString(), DocumentLink::Kind::ReplyTo, false } });
        QVERIFY(strip.isVisible());
        strip.setLinks({});
        QVERIFY(strip.isHidden());
        QVERIFY(strip.plainText().isEmpty());
    }
};

QTEST_MAIN(TestReaderLinks)
#include "tst_readerlinks.moc"
