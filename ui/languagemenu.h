// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/i18n/interfacelanguage.h"

#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QWidget;

namespace littoral::ui {

// View ▸ Language: System / Français / English. The choice is kept in QSettings ("ui/language")
// and applied at once through the application's one core::TranslationInstaller, which every
// open window follows (QEvent::LanguageChange). GUI thread.
class LanguageMenu final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageMenu)
public:
    explicit LanguageMenu(QWidget* window);

    QMenu* menu() const { return m_menu; }
    QAction* action(core::InterfaceLanguage language) const;

    // Remembers the language, installs it and retranslates every window.
    void choose(core::InterfaceLanguage language);

    // The language kept in QSettings (System when none was chosen).
    static core::InterfaceLanguage remembered();
    // Installs a language through the application's one installer (created on first use, removed
    // with the application): start-up calls this with remembered(), so that later choices replace
    // its translators instead of stacking on them. Widgets are told even when no translation file
    // changed (English, or a build without .qm): dates and numbers follow QLocale's new default.
    static void apply(core::InterfaceLanguage language);

private:
    void retranslate();

    QMenu* m_menu = nullptr;
    QActionGroup* m_group = nullptr;
    QAction* m_system = nullptr;
    QAction* m_french = nullptr;
    QAction* m_english = nullptr;
};

} // namespace littoral::ui
