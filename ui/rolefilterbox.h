// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/document.h"

#include <QComboBox>

#include <optional>

namespace littoral::core {
class SelectionState;
}

namespace littoral::ui {

class Retranslator;

// The role filter beside the list: which part the correspondent picked in the graph played in the
// documents shown (any role, sent by, sent to, in copy, mentioned). Shows and edits the selection's
// role. GUI thread.
class RoleFilterBox final : public QComboBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoleFilterBox)
public:
    explicit RoleFilterBox(core::SelectionState* selection, QWidget* parent = nullptr);

    // The role of an item (none: any role) and the item of a role.
    static std::optional<core::ParticipantRole> roleAt(int index);
    static int indexOf(std::optional<core::ParticipantRole> role);

private:
    void sync();

    core::SelectionState* m_selection = nullptr;
    Retranslator* m_retranslator = nullptr;
};

} // namespace littoral::ui
