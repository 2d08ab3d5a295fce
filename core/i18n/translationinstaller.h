// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/i18n/interfacelanguage.h"

#include <QLocale>

#include <memory>

class QTranslator;

namespace littoral::core {

// Installs Littoral's own translation (embedded at :/i18n/littoral_<lang>.qm) and Qt's
// (qtbase_<lang>.qm from Qt's translations folder, package qt6-translations-l10n) on the running
// application, replacing the ones it installed before, and makes QLocale's default follow, so
// dates and numbers formatted with QLocale() speak the same language as the words.
// Installing a translator sends QEvent::LanguageChange to every widget: windows retranslate live.
class TranslationInstaller {
public:
    TranslationInstaller();
    ~TranslationInstaller();
    TranslationInstaller(const TranslationInstaller&) = delete;
    TranslationInstaller& operator=(const TranslationInstaller&) = delete;

    // Returns the locale now in effect (English for System on a locale Littoral does not speak).
    QLocale install(InterfaceLanguage language);

    // The locale a language stands for; System resolves against QLocale::system().
    static QLocale localeFor(InterfaceLanguage language);

private:
    std::unique_ptr<QTranslator> m_littoral;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace littoral::core
