// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/corpusbanner.h"

#include "core/import/corpuslocation.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QToolButton>

namespace littoral::ui {

namespace {

const QString kDismissedKey = QStringLiteral("help/sampleBannerDismissed");

} // namespace

CorpusBanner::CorpusBanner(QAction* openFolder, QWidget* parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_open(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("corpusBanner"));
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    setAutoFillBackground(true);
    m_label->setTextFormat(Qt::PlainText); // a folder name is data, never markup
    m_label->setForegroundRole(QPalette::ToolTipText);
    m_close->setText(QStringLiteral("×"));
    m_close->setAutoRaise(true);
    connect(m_open, &QPushButton::clicked, openFolder, &QAction::trigger);
    connect(m_close, &QToolButton::clicked, this, &CorpusBanner::dismiss);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 2, 2);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_open);
    layout->addWidget(m_close);
    retranslate();
    setVisible(false);
}

void CorpusBanner::corpusShown(const QString& databasePath, int documents)
{
    m_documents = documents;
    const bool sample = core::CorpusLocation::isSampleDatabase(databasePath);
    setNotice(sample && !QSettings().value(kDismissedKey, false).toBool() ? Notice::Samples : Notice::None);
}

void CorpusBanner::folderMissing(const QString& folder)
{
    m_folder = folder;
    setNotice(Notice::MissingFolder);
}

QString CorpusBanner::text() const
{
    return m_label->text();
}

void CorpusBanner::setNotice(Notice notice)
{
    m_notice = notice;
    retranslate();
    setVisible(notice != Notice::None);
}

void CorpusBanner::dismiss()
{
    if (m_notice == Notice::Samples)
        QSettings().setValue(kDismissedKey, true);
    setNotice(Notice::None);
}

void CorpusBanner::retranslate()
{
    m_open->setText(tr("Open Corpus Folder…"));
    m_open->setToolTip(tr("Choose the folder of your own documents to import"));
    m_close->setToolTip(tr("Hide this message"));
    switch (m_notice) {
    case Notice::Samples:
        m_label->setText(tr("You are looking at the %n sample document(s) bundled with Littoral.", nullptr, m_documents));
        break;
    case Notice::MissingFolder:
        m_label->setText(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(m_folder)));
        break;
    case Notice::None:
        m_label->clear();
        break;
    }
}

void CorpusBanner::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace littoral::ui
