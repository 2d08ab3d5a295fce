// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace littoral::ui {

// Tints the "Fact" cell of the facts table with the colour its highlight has in the reader, so the
// table and the text read as one key, and marks the participants a review should check first.
// GUI thread.
class FactsDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FactsDelegate)
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // A participant found by a first name or a title alone (ParticipantCue::Lexicon), with nothing in
    // the letter's structure to back it: its cells read in dimmed italics, its value starts with "? ".
    // The Fact cell keeps its role colour. Other rows are left as they are. Public so that another
    // view of participants (the review pane) marks them the same way.
    static void markDoubtful(QStyleOptionViewItem* option, const QModelIndex& index);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace littoral::ui
