// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/i18n/interfacelanguage.h"

namespace littoral::core {

QString settingsValue(InterfaceLanguage language)
{
    switch (language) {
    case InterfaceLanguage::French:
        return QStringLiteral("fr");
    case InterfaceLanguage::English:
        return QStringLiteral("en");
    case InterfaceLanguage::System:
        break;
    }
    return QStringLiteral("system");
}

InterfaceLanguage interfaceLanguageFromSettings(const QString& value)
{
    if (value == QLatin1String("fr"))
        return InterfaceLanguage::French;
    if (value == QLatin1String("en"))
        return InterfaceLanguage::English;
    return InterfaceLanguage::System;
}

} // namespace littoral::core
