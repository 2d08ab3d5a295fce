// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/documentlinksstrip.h"

#include <QEvent>
#include <QTextDocument>

namespace littoral::ui {
namespace {

// A document as the strip names it: its title, or the file name its source ends with.
QString nameOf(const core::LinkedDocument& link)
{
    if (!link.title.trimmed().isEmpty())
        return link.title.simplified();
    const qsizetype slash = link.source.lastIndexOf(u'/');
    return slash >= 0 ? link.source.mid(slash + 1) : link.source;
}

} // namespace

DocumentLinksStrip::DocumentLinksStrip(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("documentLinks"));
    setTextFormat(Qt::RichText);
    setWordWrap(true);
    setMargin(4);
    setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(this, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link.startsWith(QLatin1String("doc:")))
            emit documentActivated(link.mid(4).toLongLong());
    });
    hide();
}

void DocumentLinksStrip::setLinks(const QList<core::LinkedDocument>& links)
{
    m_links = links;
    rebuild();
}

QString DocumentLinksStrip::plainText() const
{
    QTextDocument document;
    document.setHtml(text());
    return document.toPlainText();
}

void DocumentLinksStrip::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QLabel::changeEvent(event);
}

void DocumentLinksStrip::rebuild()
{
    using Kind = core::DocumentLink::Kind;
    // One group per relation, in the order a reader follows a thread.
    struct Group {
        Kind kind;
        bool incoming;
        QStringList items;
    };
    Group groups[] = { { Kind::AttachmentOf, false, {} }, { Kind::ReplyTo, false, {} }, { Kind::AttachmentOf, true, {} },
        { Kind::ReplyTo, true, {} } };
    for (const core::LinkedDocument& link : m_links) {
        for (Group& group : groups)
            if (group.kind == link.kind && group.incoming == link.incoming)
                group.items << QStringLiteral("<a href=\"doc:%1\">%2</a>").arg(link.id).arg(nameOf(link).toHtmlEscaped());
    }
    QStringList parts;
    for (const Group& group : groups) {
        if (group.items.isEmpty())
            continue;
        const QString list = group.items.join(QStringLiteral(", "));
        if (group.kind == Kind::AttachmentOf && !group.incoming)
            parts << tr("Attachment of the e-mail %1").arg(list);
        else if (group.kind == Kind::ReplyTo && !group.incoming)
            parts << tr("In reply to %1").arg(list);
        else if (group.kind == Kind::AttachmentOf)
            parts << tr("Attachments: %1").arg(list);
        else
            parts << tr("Replies: %1").arg(list);
    }
    setText(parts.join(QStringLiteral(" · ")));
    setVisible(!parts.isEmpty());
}

} // namespace littoral::ui
