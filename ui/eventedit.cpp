// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/eventedit.h"

#include "ui/dateedit.h"

#include <QHBoxLayout>
#include <QLineEdit>

namespace littoral::ui {

EventEdit::EventEdit(QWidget* parent)
    : QWidget(parent)
    , m_date(new DateEdit(this))
    , m_label(new QLineEdit(this))
{
    setAutoFillBackground(true);
    m_date->setAllowEmpty(false); // an event is placed on the timeline by its date
    m_date->setObjectName(QStringLiteral("eventDate"));
    m_label->setObjectName(QStringLiteral("eventLabel"));
    m_label->setPlaceholderText(tr("What happened"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_date, 2);
    layout->addWidget(m_label, 3);
    setFocusProxy(m_label);
}

QVariantMap EventEdit::value() const
{
    return { { QStringLiteral("date"), m_date->text() }, { QStringLiteral("label"), m_label->text() } };
}

void EventEdit::setValue(const QVariantMap& value)
{
    m_date->setText(value.value(QStringLiteral("date")).toString());
    m_label->setText(value.value(QStringLiteral("label")).toString());
}

} // namespace littoral::ui
