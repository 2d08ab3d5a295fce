// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/retranslator.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QWidget>

namespace littoral::ui {

Retranslator::Retranslator(QWidget* watched)
    : QObject(watched)
{
    watched->installEventFilter(this);
}

void Retranslator::add(std::function<void()> apply)
{
    apply();
    m_appliers.push_back(std::move(apply));
}

void Retranslator::retranslate()
{
    for (const auto& apply : m_appliers)
        apply();
    emit languageChanged();
}

bool Retranslator::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && watched == parent())
        retranslate();
    return QObject::eventFilter(watched, event);
}

void refreshTexts(QAbstractItemModel* model)
{
    // Cells are asked for again when painted, and every widget repaints on LanguageChange; a
    // dataChanged over 100,000 rows would make the list's proxy sort them all again for nothing.
    const int columns = model->columnCount();
    if (columns > 0)
        emit model->headerDataChanged(Qt::Horizontal, 0, columns - 1);
}

} // namespace littoral::ui
