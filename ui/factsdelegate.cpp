// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/factsdelegate.h"

#include "core/models/factsmodel.h"
#include "ui/palette.h"

namespace littoral::ui {

using core::FactsModel;

void FactsDelegate::markDoubtful(QStyleOptionViewItem* option, const QModelIndex& index)
{
    if (index.column() == FactsModel::FactColumn)
        return;
    const QVariant cue = index.data(FactsModel::CueRole);
    if (!cue.isValid() || core::ParticipantCue(cue.toInt()) != core::ParticipantCue::Lexicon)
        return;
    option->font.setItalic(true);
    // The style's own dimmed text, readable in light and dark themes; a selected row keeps its colours.
    option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
    // Before the name, where eliding a long one cannot hide it.
    if (index.column() == FactsModel::ValueColumn && !option->text.isEmpty())
        option->text.prepend(QStringLiteral("? "));
}

void FactsDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    markDoubtful(option, index);
    if (index.column() != FactsModel::FactColumn)
        return;
    QColor color;
    switch (FactsModel::Kind(index.data(FactsModel::KindRole).toInt())) {
    case FactsModel::Kind::Date:
    case FactsModel::Kind::Place:
        color = Palette::date();
        break;
    case FactsModel::Kind::Participant:
        color = Palette::role(core::ParticipantRole(index.data(FactsModel::ParticipantRoleRole).toInt()));
        break;
    case FactsModel::Kind::Event:
        color = Palette::event();
        break;
    case FactsModel::Kind::Type:
    case FactsModel::Kind::Language:
    case FactsModel::Kind::Warning:
        return;
    }
    color.setAlpha(70); // the same strength as the reader's highlights
    option->backgroundBrush = color;
}

} // namespace littoral::ui
