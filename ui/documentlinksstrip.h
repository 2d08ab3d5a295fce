// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/documentrepository.h"

#include <QLabel>

namespace littoral::ui {

// The reader's thread strip above the text: an e-mail's attachments, the message an attachment came
// with, the message a reply answers and the replies to a message; each a link that opens it. Hidden
// when the document has no links. GUI thread.
class DocumentLinksStrip final : public QLabel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentLinksStrip)
public:
    explicit DocumentLinksStrip(QWidget* parent = nullptr);

    void setLinks(const QList<core::LinkedDocument>& links);
    QList<core::LinkedDocument> links() const { return m_links; }
    // The strip's words without markup ("Attachments: rapport.pdf · In reply to: Réunion").
    QString plainText() const;

Q_SIGNALS:
    void documentActivated(qint64 id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();

    QList<core::LinkedDocument> m_links;
};

} // namespace littoral::ui
