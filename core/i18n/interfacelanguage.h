// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace littoral::core {

// The language the window and the CLI speak. System follows the locale (LANG, LC_MESSAGES) and
// falls back to English for a language Littoral has no translation for.
enum class InterfaceLanguage { System, French, English };

// "system", "fr", "en": the form kept in QSettings (key "ui/language").
QString settingsValue(InterfaceLanguage language);
InterfaceLanguage interfaceLanguageFromSettings(const QString& value);

} // namespace littoral::core
