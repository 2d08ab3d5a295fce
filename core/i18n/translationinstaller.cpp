// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/i18n/translationinstaller.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace littoral::core {

TranslationInstaller::TranslationInstaller() = default;

TranslationInstaller::~TranslationInstaller()
{
    if (m_littoral)
        QCoreApplication::removeTranslator(m_littoral.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

QLocale TranslationInstaller::localeFor(InterfaceLanguage language)
{
    switch (language) {
    case InterfaceLanguage::French:
        return QLocale(QLocale::French, QLocale::France);
    case InterfaceLanguage::English:
        return QLocale(QLocale::English, QLocale::UnitedStates);
    case InterfaceLanguage::System:
        break;
    }
    const QLocale system = QLocale::system();
    if (system.language() == QLocale::French)
        return system;  // fr_BE, fr_CA, fr_CH keep their own number and date formats
    // The language of messages may be set apart from the formats (LANGUAGE, LC_MESSAGES=fr_FR with
    // LANG=C): Qt reads those into uiLanguages(), not into the system locale's language.
    const QStringList languages = system.uiLanguages();
    if (!languages.isEmpty() && QLocale(languages.first()).language() == QLocale::French)
        return QLocale(QLocale::French, QLocale::France);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

QLocale TranslationInstaller::install(InterfaceLanguage language)
{
    const QLocale locale = localeFor(language);
    // Remove before installing: each removal or installation sends LanguageChange, and a window
    // must never retranslate with two languages' translators stacked.
    if (m_littoral)
        QCoreApplication::removeTranslator(m_littoral.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_littoral.reset();
    m_qt.reset();
    QLocale::setDefault(locale);
    if (locale.language() != QLocale::English) {
        auto littoral = std::make_unique<QTranslator>();
        if (littoral->load(locale, QStringLiteral("littoral"), QStringLiteral("_"), QStringLiteral(":/i18n")))
            m_littoral = std::move(littoral);
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            m_qt = std::move(qt);
    } else {
        // English plurals ("1 document", "2 documents") come from littoral_en.qm.
        auto littoral = std::make_unique<QTranslator>();
        if (littoral->load(QStringLiteral(":/i18n/littoral_en.qm")))
            m_littoral = std::move(littoral);
    }
    if (m_qt)
        QCoreApplication::installTranslator(m_qt.get());
    if (m_littoral)
        QCoreApplication::installTranslator(m_littoral.get());
    return locale;
}

} // namespace littoral::core
