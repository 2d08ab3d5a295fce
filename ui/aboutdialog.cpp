// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/aboutdialog.h"

#include "core/analysis/igraphlibrary.h"
#include "core/db/sqlitelibrary.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QTextDocument>
#include <QVBoxLayout>

namespace littoral::ui {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("about"));
    m_label->setTextFormat(Qt::RichText);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse); // versions copied into a bug report
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/littoral.svg")).pixmap(64, 64));
    icon->setVisible(!icon->pixmap().isNull()); // no room kept for an icon that cannot be drawn
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    layout->addWidget(m_label);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    retranslate();
}

QString AboutDialog::text() const
{
    QTextDocument document;
    document.setHtml(m_label->text());
    return document.toPlainText();
}

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About Littoral"));
    QString html = QStringLiteral("<h2>Littoral %1</h2>").arg(QStringLiteral(LITTORAL_VERSION).toHtmlEscaped());
    html += tr("<p>A timeline and correspondence viewer for corpora of letters, open letters and press "
               "releases.</p>");
    html += tr("<p>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). You may use, "
               "study, share and change Littoral; if you share it, changed or not, you must share its source "
               "code under the same licence. It comes with no warranty.</p>");
    html += QStringLiteral("<p><b>%1</b><br/>").arg(tr("Libraries in use"));
    html += tr("Qt %1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)) + QStringLiteral("<br/>");
    html += tr("SQLite %1").arg(core::sqliteLibraryVersion().toHtmlEscaped()) + QStringLiteral("<br/>");
    html += tr("igraph %1").arg(core::igraphLibraryVersion().toHtmlEscaped()) + QStringLiteral("</p>");
    m_label->setText(html);
}

void AboutDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace littoral::ui
