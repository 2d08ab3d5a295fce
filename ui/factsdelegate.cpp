// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/factsdelegate.h"

#include "core/models/documenttablemodel.h"
#include "core/models/factsmodel.h"
#include "ui/dateedit.h"
#include "ui/eventedit.h"
#include "ui/palette.h"
#include "ui/participantedit.h"

#include <QComboBox>
#include <QFontMetrics>
#include <QLineEdit>
#include <QPainter>

#include <algorithm>

namespace littoral::ui {

using core::FactsModel;

namespace {

FactsModel::Kind kindOf(const QModelIndex& index)
{
    return FactsModel::Kind(index.data(FactsModel::KindRole).toInt());
}

} // namespace

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
    if (kindOf(index) == FactsModel::Kind::Removed) {
        // Gone from the document: greyed, and its value struck through.
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
        option->font.setStrikeOut(index.column() == FactsModel::ValueColumn);
        return;
    }
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
    case FactsModel::Kind::Title:
    case FactsModel::Kind::Warning:
    case FactsModel::Kind::Removed:
        return;
    }
    color.setAlpha(70); // the same strength as the reader's highlights
    option->backgroundBrush = color;
}

QString FactsDelegate::correctedBadge()
{
    return tr("corrected");
}

QWidget* FactsDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const FactsModel::Kind kind = kindOf(index);
    if (index.column() == FactsModel::FactColumn) {
        if (kind != FactsModel::Kind::Participant)
            return nullptr;
        auto* roles = new QComboBox(parent);
        roles->setObjectName(QStringLiteral("roleEditor"));
        roles->addItem(tr("From"), int(core::ParticipantRole::Sender));
        roles->addItem(tr("To"), int(core::ParticipantRole::Recipient));
        roles->addItem(tr("Copy"), int(core::ParticipantRole::Cc));
        roles->addItem(tr("Mentions"), int(core::ParticipantRole::Mentioned));
        return roles;
    }
    if (index.column() != FactsModel::ValueColumn)
        return nullptr;
    switch (kind) {
    case FactsModel::Kind::Date: {
        auto* edit = new DateEdit(parent);
        edit->setObjectName(QStringLiteral("dateEditor"));
        return edit;
    }
    case FactsModel::Kind::Type: {
        auto* types = new QComboBox(parent);
        types->setObjectName(QStringLiteral("typeEditor"));
        for (const core::DocumentType type : core::kDocumentTypes)
            types->addItem(core::DocumentTableModel::typeLabel(type), core::documentTypeName(type));
        return types;
    }
    case FactsModel::Kind::Language: {
        // ISO 639-1 codes as the export writes them; another can be typed.
        auto* languages = new QComboBox(parent);
        languages->setObjectName(QStringLiteral("languageEditor"));
        languages->setEditable(true);
        languages->addItems({ QStringLiteral("fr"), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es"),
            QStringLiteral("it"), QStringLiteral("nl"), QStringLiteral("ar") });
        return languages;
    }
    case FactsModel::Kind::Place:
    case FactsModel::Kind::Title: {
        auto* edit = new QLineEdit(parent);
        edit->setObjectName(kind == FactsModel::Kind::Place ? QStringLiteral("placeEditor") : QStringLiteral("titleEditor"));
        return edit;
    }
    case FactsModel::Kind::Participant:
        return new ParticipantEdit(parent);
    case FactsModel::Kind::Event:
        return new EventEdit(parent);
    case FactsModel::Kind::Warning:
    case FactsModel::Kind::Removed:
        break;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void FactsDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto* participant = qobject_cast<ParticipantEdit*>(editor))
        participant->setValue(value.toMap());
    else if (auto* event = qobject_cast<EventEdit*>(editor))
        event->setValue(value.toMap());
    else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        const int at = combo->findData(value);
        if (at >= 0)
            combo->setCurrentIndex(at);
        else if (combo->isEditable())
            combo->setEditText(value.toString());
    } else if (auto* line = qobject_cast<QLineEdit*>(editor))
        line->setText(value.toString());
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void FactsDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    // The model refuses what cannot be read (and says why); the editor then closes with nothing changed.
    if (auto* participant = qobject_cast<ParticipantEdit*>(editor))
        model->setData(index, participant->value());
    else if (auto* event = qobject_cast<EventEdit*>(editor))
        model->setData(index, event->value());
    else if (auto* combo = qobject_cast<QComboBox*>(editor))
        model->setData(index, combo->isEditable() ? QVariant(combo->currentText().trimmed()) : combo->currentData());
    else if (auto* line = qobject_cast<QLineEdit*>(editor))
        model->setData(index, line->text());
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

void FactsDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QRect rect = option.rect;
    // A participant's four fields and a date's reading need more than a narrow cell.
    int wanted = 0;
    if (qobject_cast<ParticipantEdit*>(editor))
        wanted = 420;
    else if (qobject_cast<EventEdit*>(editor) || qobject_cast<DateEdit*>(editor))
        wanted = 300;
    if (rect.width() < wanted)
        rect.setWidth(wanted);
    rect.setHeight(std::max(rect.height(), editor->sizeHint().height()));
    editor->setGeometry(rect);
    Q_UNUSED(index);
}

void FactsDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (index.column() != FactsModel::FactColumn || !index.data(FactsModel::CorrectedRole).toBool())
        return;
    // An italic word after the fact's name, in the text's own dimmed colour: visible, not shouting.
    QFont font = option.font;
    font.setItalic(true);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    painter->save();
    painter->setFont(font);
    painter->setPen(option.palette.color(option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    const QRect text = option.rect.adjusted(4, 0, -4, 0);
    painter->drawText(text, Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("✎ ") + correctedBadge());
    painter->restore();
}

QSize FactsDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == FactsModel::FactColumn && index.data(FactsModel::CorrectedRole).toBool()) {
        QFont font = option.font;
        font.setItalic(true);
        font.setPointSizeF(font.pointSizeF() * 0.85);
        size.rwidth() += QFontMetrics(font).horizontalAdvance(QStringLiteral("✎ ") + correctedBadge()) + 12;
    }
    return size;
}

} // namespace littoral::ui
