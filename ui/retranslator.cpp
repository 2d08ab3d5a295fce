// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/retranslator.h"

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

} // namespace littoral::ui
