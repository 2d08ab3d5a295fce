// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chronologyeventform.h"

#include "core/extract/typeddatereader.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace littoral::ui {

namespace {

QPlainTextEdit* descriptionEdit(QWidget* parent, const QString& text)
{
    auto* edit = new QPlainTextEdit(text, parent);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().height() * 4);
    return edit;
}

// "2016-10-24-demantelement-de-la-jungle": the date and the label's first words, in ASCII.
QString makeId(const core::ChronologyEvent& e, const QStringList& taken)
{
    QString words;
    const QString folded = (e.labelFr.isEmpty() ? e.labelEn : e.labelFr).normalized(QString::NormalizationForm_D).toLower();
    for (const QChar ch : folded) {
        if (ch.isLetterOrNumber() && ch.unicode() < 128)
            words += ch;
        else if (ch.isSpace() || ch.isPunct())
            words += QLatin1Char('-');
    }
    QStringList parts = words.split(QLatin1Char('-'), Qt::SkipEmptyParts);
    parts = parts.mid(0, 5);
    const QString base = e.start.toEdtf() + (parts.isEmpty() ? QString() : QLatin1Char('-') + parts.join(QLatin1Char('-')));
    QString id = base;
    for (int n = 2; taken.contains(id); ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    return id;
}

} // namespace

ChronologyEventForm::ChronologyEventForm(const core::ChronologyEvent& event, QStringList takenIds, QWidget* parent)
    : QDialog(parent)
    , m_event(event)
    , m_takenIds(std::move(takenIds))
    , m_date(new QLineEdit(event.start.isValid() ? event.edtf() : QString(), this))
    , m_labelFr(new QLineEdit(event.labelFr, this))
    , m_labelEn(new QLineEdit(event.labelEn, this))
    , m_descriptionFr(descriptionEdit(this, event.descriptionFr))
    , m_descriptionEn(descriptionEdit(this, event.descriptionEn))
    , m_source(new QLineEdit(event.sourceUrl, this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    // Opened for a moment, never kept: its words are set once, in the language of the moment.
    setWindowTitle(event.id.isEmpty() ? tr("Add a Chronology Event") : tr("Edit a Chronology Event"));
    m_date->setPlaceholderText(tr("2016-10-24, 2016-10-24/2016-10-26, 2016-10, or 24 octobre 2016"));
    m_source->setPlaceholderText(tr("https://… a public page that states the date"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("Label (&French):"), m_labelFr);
    form->addRow(tr("Label (&English):"), m_labelEn);
    form->addRow(tr("Description (French):"), m_descriptionFr);
    form->addRow(tr("Description (English):"), m_descriptionEn);
    form->addRow(tr("&Source:"), m_source);
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::BrightText);
    m_message->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChronologyEventForm::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ChronologyEventForm::reject);
    resize(m_date->fontMetrics().height() * 34, sizeHint().height());
}

bool ChronologyEventForm::readDate(core::ChronologyEvent& event) const
{
    const QString text = m_date->text().trimmed();
    if (text.isEmpty())
        return false;
    if (event.setEdtf(text))
        return true;
    // A date typed as people write it ("24 octobre 2016", "Oct 2016").
    const auto typed = core::TypedDateReader::read(text);
    if (!typed)
        return false;
    event.start = *typed;
    event.end = {};
    return true;
}

QStringList ChronologyEventForm::problems() const
{
    QStringList problems;
    core::ChronologyEvent e = m_event;
    if (m_date->text().trimmed().isEmpty())
        problems << tr("Give the date: 2016-10-24, a month 2016-10, a span 2016-10-24/2016-10-26, or a date as written.");
    else if (!readDate(e))
        problems << tr("“%1” is not a date this form can read: write it 2016-10-24, 2016-10, "
                       "2016-10-24/2016-10-26 (the end not before the start), or as written (24 octobre 2016).")
                        .arg(m_date->text().trimmed());
    if (m_labelFr->text().trimmed().isEmpty() && m_labelEn->text().trimmed().isEmpty())
        problems << tr("Give a label, in French or in English (both is better).");
    const QString source = m_source->text().trimmed();
    const QUrl url(source, QUrl::StrictMode);
    if (source.isEmpty())
        problems << tr("Give the address of a public page that states the date (https://…).");
    else if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        || url.host().isEmpty())
        problems << tr("The source must be a web address starting with https:// or http://.");
    return problems;
}

core::ChronologyEvent ChronologyEventForm::event() const
{
    core::ChronologyEvent e = m_event;
    readDate(e);
    e.labelFr = m_labelFr->text().simplified();
    e.labelEn = m_labelEn->text().simplified();
    e.descriptionFr = m_descriptionFr->toPlainText().simplified();
    e.descriptionEn = m_descriptionEn->toPlainText().simplified();
    e.sourceUrl = m_source->text().trimmed();
    if (e.id.isEmpty() && e.start.isValid())
        e.id = makeId(e, m_takenIds);
    return e;
}

void ChronologyEventForm::accept()
{
    const QStringList problems = this->problems();
    if (!problems.isEmpty()) {
        m_message->setText(problems.join(QLatin1Char('\n')));
        m_message->show();
        return;
    }
    QDialog::accept();
}

} // namespace littoral::ui
