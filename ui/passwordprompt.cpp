// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/passwordprompt.h"

#include "core/domain/importproblem.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace littoral::ui {

PasswordPrompt::PasswordPrompt(QWidget* parent)
    : QDialog(parent)
    , m_label(new QLabel(this))
    , m_field(new QLineEdit(this))
{
    setObjectName(QStringLiteral("passwordPrompt"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_field->setEchoMode(QLineEdit::Password);
    m_field->setObjectName(QStringLiteral("passwordField"));
    auto* buttons = new QDialogButtonBox(this);
    m_open = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_skip = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_skipAll = buttons->addButton(QString(), QDialogButtonBox::DestructiveRole);
    m_open->setDefault(true);
    m_open->setEnabled(false);
    connect(m_field, &QLineEdit::textChanged, m_open, [this](const QString& text) { m_open->setEnabled(!text.isEmpty()); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        m_answer = Answer::Open;
        accept();
    });
    connect(m_skip, &QPushButton::clicked, this, [this] {
        m_answer = Answer::Skip;
        reject();
    });
    connect(m_skipAll, &QPushButton::clicked, this, [this] {
        m_answer = Answer::SkipAll;
        reject();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(m_field);
    layout->addWidget(buttons);
    retranslate();
}

void PasswordPrompt::setFile(const QString& path, bool retry)
{
    m_path = path;
    m_retry = retry;
    m_answer = Answer::Skip; // closing the dialog skips the file
    m_field->clear();
    m_field->setFocus();
    retranslate();
}

QString PasswordPrompt::password() const
{
    return m_field->text();
}

void PasswordPrompt::retranslate()
{
    setWindowTitle(tr("Password-protected PDF"));
    const QString file = QDir::toNativeSeparators(m_path);
    m_label->setText(m_retry ? tr("That password did not open %1. Try again, or skip the file:").arg(file)
                             : tr("%1 is protected by a password. Enter it to import the document:").arg(file));
    m_open->setText(tr("&Import"));
    m_skip->setText(tr("&Skip"));
    m_skipAll->setText(tr("Skip &All"));
}

QStringList PasswordPrompt::protectedFiles(const core::ImportSummary& summary)
{
    QStringList files;
    for (const core::ImportOutcome& o : summary.problems) {
        if (o.status != core::ImportOutcome::Status::Rejected
            || core::ImportProblem::fromEnglish(o.reason).code != core::ImportProblem::Code::PasswordProtected)
            continue;
        if (!o.path.isEmpty() && !files.contains(o.path))
            files.append(o.path);
    }
    return files;
}

QStringList PasswordPrompt::filesHolding(const QStringList& paths)
{
    QStringList files;
    for (const QString& path : paths) {
        QString file = path;
        // An attachment's path goes on past its message's file: back up to the file on disk.
        while (!file.isEmpty() && !QFileInfo(file).isFile()) {
            const qsizetype slash = file.lastIndexOf(QLatin1Char('/'));
            const qsizetype hash = file.lastIndexOf(QLatin1Char('#'));
            const qsizetype cut = std::max(slash, hash);
            file = cut > 0 ? file.left(cut) : QString();
        }
        if (!file.isEmpty() && !files.contains(file))
            files.append(file);
    }
    return files;
}

QHash<QString, QString> PasswordPrompt::ask(QWidget* parent, const QStringList& files, const QSet<QString>& retried)
{
    QHash<QString, QString> passwords;
    PasswordPrompt prompt(parent);
    for (const QString& file : files) {
        prompt.setFile(file, retried.contains(file));
        prompt.exec();
        if (prompt.answer() == Answer::SkipAll)
            break;
        if (prompt.answer() == Answer::Open && !prompt.password().isEmpty())
            passwords.insert(file, prompt.password());
    }
    return passwords;
}

} // namespace littoral::ui
