// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/i18n/translationinstaller.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QList>
#include <QTranslator>

namespace littoral::core {

namespace {

// The translators every installer has installed and not yet removed. One language at a time: an
// installer made elsewhere (start-up's, then View ▸ Language's) replaces the others' translators
// instead of stacking on them, which would leave the old language's words in force. GUI thread.
QList<QTranslator*>& installed()
{
    static QList<QTranslator*> s_installed;
    return s_installed;
}

void removeInstalled(QTranslator* translator)
{
    if (translator && installed().removeAll(translator) > 0)
        QCoreApplication::removeTranslator(translator);
}

} // namespace

TranslationInstaller::TranslationInstaller() = default;

TranslationInstaller::~TranslationInstaller()
{
    removeInstalled(m_littoral.get());
    removeInstalled(m_qt.get());
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
    for (QTranslator* translator : std::as_const(installed()))
        QCoreApplication::removeTranslator(translator);
    installed().clear();
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
    if (m_qt && QCoreApplication::installTranslator(m_qt.get()))
        installed().append(m_qt.get());
    if (m_littoral && QCoreApplication::installTranslator(m_littoral.get()))
        installed().append(m_littoral.get());
    return locale;
}

} // namespace littoral::core
