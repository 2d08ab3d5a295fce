// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace littoral::ui {

// Tints the "Fact" cell of the facts table with the colour its highlight has in the reader, so the
// table and the text read as one key, marks the participants a review should check first and the
// facts the user corrected, and gives each editable cell its inline editor (a typed date with its
// reading shown live, combos for type, language and role, a participant's or event's fields).
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

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The word drawn after a corrected fact's name in the Fact column.
    static QString correctedBadge();

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace littoral::ui
