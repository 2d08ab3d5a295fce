// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/languagemenu.h"

#include "core/i18n/translationinstaller.h"
#include "ui/retranslator.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QMenu>
#include <QSettings>

#include <memory>

namespace littoral::ui {

using core::InterfaceLanguage;

namespace {

const QString kSettingsKey = QStringLiteral("ui/language");

std::unique_ptr<core::TranslationInstaller>& installer()
{
    static std::unique_ptr<core::TranslationInstaller> s_installer;
    return s_installer;
}

} // namespace

LanguageMenu::LanguageMenu(QWidget* window)
    : QObject(window)
    , m_menu(new QMenu(window))
    , m_group(new QActionGroup(this))
{
    m_menu->setObjectName(QStringLiteral("languageMenu"));
    m_group->setExclusive(true);
    const std::pair<QAction**, InterfaceLanguage> actions[] = { { &m_system, InterfaceLanguage::System },
        { &m_french, InterfaceLanguage::French }, { &m_english, InterfaceLanguage::English } };
    for (const auto& [member, language] : actions) {
        QAction* a = m_menu->addAction(QString());
        a->setCheckable(true);
        a->setObjectName(QStringLiteral("language_") + core::settingsValue(language));
        m_group->addAction(a);
        connect(a, &QAction::triggered, this, [this, language] { choose(language); });
        *member = a;
    }
    action(remembered())->setChecked(true);
    auto* retranslator = new Retranslator(window);
    retranslator->add([this] { retranslate(); });
}

void LanguageMenu::retranslate()
{
    m_menu->setTitle(tr("&Language"));
    m_system->setText(tr("&System Language"));
    m_system->setStatusTip(tr("Follow the language of the desktop (French or English)"));
    // Each language is named in itself, so that it can be found whatever the interface speaks.
    m_french->setText(QStringLiteral("&Français"));
    m_english->setText(QStringLiteral("&English"));
}

QAction* LanguageMenu::action(InterfaceLanguage language) const
{
    switch (language) {
    case InterfaceLanguage::French:
        return m_french;
    case InterfaceLanguage::English:
        return m_english;
    case InterfaceLanguage::System:
        break;
    }
    return m_system;
}

void LanguageMenu::choose(InterfaceLanguage language)
{
    action(language)->setChecked(true);
    QSettings().setValue(kSettingsKey, core::settingsValue(language));
    apply(language);
}

InterfaceLanguage LanguageMenu::remembered()
{
    return core::interfaceLanguageFromSettings(QSettings().value(kSettingsKey).toString());
}

void LanguageMenu::apply(InterfaceLanguage language)
{
    auto& current = installer();
    if (!current) {
        current = std::make_unique<core::TranslationInstaller>();
        // Removed while the application still exists (post routines run first in its destructor).
        qAddPostRoutine([] { installer().reset(); });
    }
    current->install(language);
    // Installing a translator tells the windows; English without littoral_en.qm installs none, and
    // the locale's dates and numbers change all the same.
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
}

} // namespace littoral::ui
