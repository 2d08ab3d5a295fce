// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/curation.h"
#include "core/domain/partialdatewords.h"
#include "core/i18n/translationinstaller.h"

#include <QTest>

#include <memory>

using namespace littoral::core;

class TestTranslationInstaller final : public QObject {
    Q_OBJECT
private slots:
    // Start-up installs the remembered language with one installer, View ▸ Language with another:
    // the second replaces the first's translators, never stacks on them.
    void secondInstaller_replacesTheFirstsLanguage()
    {
        auto startup = std::make_unique<TranslationInstaller>();
        startup->install(InterfaceLanguage::French);
        QCOMPARE(PartialDateWords::sayEdtf(QStringLiteral("2016-23")), QStringLiteral("automne 2016"));

        TranslationInstaller menu;
        menu.install(InterfaceLanguage::English);
        QCOMPARE(PartialDateWords::sayEdtf(QStringLiteral("2016-23")), QStringLiteral("autumn 2016"));

        startup.reset(); // its translators are no longer installed: nothing to remove twice
        QCOMPARE(PartialDateWords::sayEdtf(QStringLiteral("2016-23")), QStringLiteral("autumn 2016"));
        menu.install(InterfaceLanguage::French);
        QCOMPARE(PartialDateWords::sayEdtf(QStringLiteral("2016-03")), QStringLiteral("mars 2016"));
    }

    // Why a change needs attention is stored in English (the corpus is the same in any language) and
    // said in the interface language; a reason of unknown origin is shown as stored.
    void attentionReason_isSaidInTheInterfaceLanguage()
    {
        TranslationInstaller installer;
        installer.install(InterfaceLanguage::French);
        QCOMPARE(attentionText(QStringLiteral("its evidence is no longer in the text")),
            QStringLiteral("sa preuve n’est plus dans le texte"));
        QCOMPARE(attentionText(QStringLiteral("the fact it corrected is no longer extracted")),
            QStringLiteral("le fait qu’elle corrigeait n’est plus extrait"));
        QCOMPARE(attentionText(QStringLiteral("something else")), QStringLiteral("something else"));
        installer.install(InterfaceLanguage::English);
        QCOMPARE(attentionText(QStringLiteral("its evidence is no longer in the text")),
            QStringLiteral("its evidence is no longer in the text"));
    }

    void destroyedInstaller_removesItsTranslators()
    {
        {
            TranslationInstaller installer;
            installer.install(InterfaceLanguage::French);
            QCOMPARE(PartialDateWords::sayEdtf(QStringLiteral("2016~")), QStringLiteral("vers 2016"));
        }
        QCOMPARE(PartialDateWords::sayEdtf(QStringLiteral("2016~")), QStringLiteral("circa 2016"));
    }
};

QTEST_GUILESS_MAIN(TestTranslationInstaller)
#include "tst_translationinstaller.moc"
