// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/participantedit.h"

#include "core/domain/document.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>

namespace littoral::ui {

ParticipantEdit::ParticipantEdit(QWidget* parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_organization(new QLineEdit(this))
{
    setAutoFillBackground(true);
    m_kind->addItem(tr("Person"), core::kindName(core::CorrespondentKind::Person));
    m_kind->addItem(tr("Organisation"), core::kindName(core::CorrespondentKind::Organization));
    m_name->setPlaceholderText(tr("Name"));
    m_title->setPlaceholderText(tr("Function"));
    m_organization->setPlaceholderText(tr("Organisation"));
    m_name->setObjectName(QStringLiteral("participantName"));
    m_title->setObjectName(QStringLiteral("participantFunction"));
    m_organization->setObjectName(QStringLiteral("participantOrganization"));
    m_kind->setObjectName(QStringLiteral("participantKind"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_kind);
    layout->addWidget(m_name, 3);
    layout->addWidget(m_title, 2);
    layout->addWidget(m_organization, 2);
    setFocusProxy(m_name);
}

QVariantMap ParticipantEdit::value() const
{
    return { { QStringLiteral("name"), m_name->text() }, { QStringLiteral("title"), m_title->text() },
        { QStringLiteral("organization"), m_organization->text() }, { QStringLiteral("kind"), m_kind->currentData() } };
}

void ParticipantEdit::setValue(const QVariantMap& value)
{
    m_name->setText(value.value(QStringLiteral("name")).toString());
    m_title->setText(value.value(QStringLiteral("title")).toString());
    m_organization->setText(value.value(QStringLiteral("organization")).toString());
    const int kind = m_kind->findData(value.value(QStringLiteral("kind")).toString());
    m_kind->setCurrentIndex(kind < 0 ? 0 : kind);
}

} // namespace littoral::ui
