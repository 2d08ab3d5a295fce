// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace littoral::core {

struct MailAddress {
    QString name; // display name, decoded (RFC 2047); empty when only the address is given
    QString address; // "j.dupont@example.org"
    friend bool operator==(const MailAddress&, const MailAddress&) = default;
};

struct MailAttachment {
    QString fileName; // decoded; "attachment-N" when the part names none
    QString mimeType; // "application/pdf"
    QByteArray bytes; // transfer encoding undone
    friend bool operator==(const MailAttachment&, const MailAttachment&) = default;
};

// One message as GMime parsed it: headers decoded, body as plain text (text/html converted).
struct MailMessage {
    QList<MailAddress> from, to, cc;
    QDateTime date; // invalid when missing or unreadable
    QString subject;
    QString messageId; // without the angle brackets
    QString inReplyTo; // the Message-ID this one answers, without brackets
    // The header lines as they will stand in the document's text (unfolded, decoded):
    // "From: Jean Dupont <j.dupont@example.org>", "To: …", "Cc: …", "Date: …", "Subject: …".
    QString fromLine, toLine, ccLine, dateLine, subjectLine;
    QString body; // text/plain, or text/html made plain; quoted earlier messages included
    QList<MailAttachment> attachments;
    friend bool operator==(const MailMessage&, const MailMessage&) = default;
};

} // namespace littoral::core
