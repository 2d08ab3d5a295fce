// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dateedit.h"

#include "core/extract/typeddatereader.h"

#include <QLabel>

namespace littoral::ui {

DateEdit::DateEdit(QWidget* parent)
    : QLineEdit(parent)
    , m_preview(new QLabel(this))
{
    m_preview->setObjectName(QStringLiteral("datePreview"));
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setAttribute(Qt::WA_TransparentForMouseEvents);
    QFont small = m_preview->font();
    small.setItalic(true);
    m_preview->setFont(small);
    setPlaceholderText(tr("7 févr. 2017, mars 2016, vers 2016…"));
    connect(this, &QLineEdit::textChanged, this, &DateEdit::updatePreview);
    updatePreview();
}

bool DateEdit::isReadable() const
{
    return m_readable;
}

void DateEdit::setAllowEmpty(bool allowEmpty)
{
    m_allowEmpty = allowEmpty;
    updatePreview();
}

QString DateEdit::preview() const
{
    return m_preview->text();
}

void DateEdit::updatePreview()
{
    const QString typed = text().trimmed();
    QPalette palette = m_preview->palette();
    if (typed.isEmpty()) {
        m_readable = m_allowEmpty;
        m_preview->setText(m_allowEmpty ? tr("no date") : tr("a date is needed"));
        palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    } else if (const auto date = core::TypedDateReader::read(typed)) {
        m_readable = true;
        m_preview->setText(tr("%1 · %2").arg(date->toEdtf(), core::TypedDateReader::describe(*date)));
        palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    } else {
        m_readable = false;
        m_preview->setText(tr("not a date"));
        palette.setColor(QPalette::WindowText, QColor(200, 30, 30));
    }
    m_preview->setPalette(palette);
    m_preview->setToolTip(m_readable ? QString() : core::TypedDateReader::read(typed).error().detail);
    placePreview();
}

void DateEdit::resizeEvent(QResizeEvent* event)
{
    QLineEdit::resizeEvent(event);
    placePreview();
}

void DateEdit::placePreview()
{
    const int width = m_preview->sizeHint().width() + 6;
    m_preview->setGeometry(this->width() - width, 0, width, height());
    setTextMargins(0, 0, width, 0);
}

} // namespace littoral::ui
