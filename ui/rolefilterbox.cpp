// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rolefilterbox.h"

#include "core/models/selectionstate.h"
#include "ui/retranslator.h"

namespace littoral::ui {

using core::ParticipantRole;

namespace {

// In the combo box's order; the first is "any role".
constexpr std::optional<ParticipantRole> kRoles[] = { std::nullopt, ParticipantRole::Sender, ParticipantRole::Recipient,
    ParticipantRole::Cc, ParticipantRole::Mentioned };

} // namespace

RoleFilterBox::RoleFilterBox(core::SelectionState* selection, QWidget* parent)
    : QComboBox(parent)
    , m_selection(selection)
    , m_retranslator(new Retranslator(this))
{
    setObjectName(QStringLiteral("roleFilter"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (std::size_t i = 0; i < std::size(kRoles); ++i)
        addItem(QString());
    m_retranslator->add([this] {
        setItemText(0, tr("Any role"));
        setItemText(1, tr("Sent by"));
        setItemText(2, tr("Sent to"));
        setItemText(3, tr("In copy"));
        setItemText(4, tr("Mentioned"));
        setToolTip(tr("Which part the correspondent picked in the graph played in the documents shown.\n"
                      "Any role: sender, recipient or in copy; a mention is chosen apart."));
    });
    connect(this, &QComboBox::activated, this, [this](int index) {
        if (m_selection)
            m_selection->setCorrespondentRole(roleAt(index));
    });
    if (m_selection)
        connect(m_selection, &core::SelectionState::filterChanged, this, &RoleFilterBox::sync);
    sync();
}

std::optional<ParticipantRole> RoleFilterBox::roleAt(int index)
{
    return index >= 0 && index < int(std::size(kRoles)) ? kRoles[index] : std::nullopt;
}

int RoleFilterBox::indexOf(std::optional<ParticipantRole> role)
{
    for (int i = 0; i < int(std::size(kRoles)); ++i)
        if (kRoles[i] == role)
            return i;
    return 0;
}

void RoleFilterBox::sync()
{
    if (!m_selection)
        return;
    setCurrentIndex(indexOf(m_selection->correspondentRole()));
}

} // namespace littoral::ui
