// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The interface language of the real binaries follows LANG (--help, messages), while the CLI's JSON
// stays the same in every language.
#include "support/processrun.h"
#include "support/testpaths.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace littoral::test;

namespace {

// Runs a built binary with LANG set and nothing overriding it (ctest sets LC_ALL=C.UTF-8); the window's
// settings are read from configHome (default: an empty folder, so no language is remembered).
ProcessRun runWithLang(const QString& binary, const QString& lang, const QStringList& args, const QString& configHome = {},
    const QString& messages = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("LANG"), lang);
    if (!messages.isEmpty())
        env.insert(QStringLiteral("LC_MESSAGES"), messages);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // The window's remembered language (QSettings) must not be the one a developer chose.
    static QTemporaryDir empty;
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome.isEmpty() ? empty.path() : configHome);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(LITTORAL_BIN_DIR "/") + binary, args);
    return finishProcess(process);
}

void write(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

class TestCliLanguage final : public QObject {
    Q_OBJECT
private slots:
    void help_followsLang_data()
    {
        QTest::addColumn<QString>("binary");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("absent");
        const QString fileFr = QStringLiteral("Fichier de base de données du corpus.");
        const QString fileEn = QStringLiteral("Corpus database file.");
        QTest::addRow("cli_french") << "littoral-cli" << "fr_FR.UTF-8" << fileFr << fileEn;
        QTest::addRow("cli_c") << "littoral-cli" << "C" << fileEn << fileFr;
        QTest::addRow("cli_german_falls_back_to_english") << "littoral-cli" << "de_DE.UTF-8" << fileEn << fileFr;
        QTest::addRow("cli_french_description") << "littoral-cli" << "fr_FR.UTF-8"
                                                << QStringLiteral("Littoral en ligne de commande.") << "Littoral command line.";
        const QString dbFr = QStringLiteral("Ouvrir la base de données d’un corpus.");
        const QString dbEn = QStringLiteral("Open a corpus database.");
        QTest::addRow("gui_french") << "littoral" << "fr_FR.UTF-8" << dbFr << dbEn;
        QTest::addRow("gui_c") << "littoral" << "C" << dbEn << dbFr;
    }
    void help_followsLang()
    {
        QFETCH(QString, binary);
        QFETCH(QString, lang);
        QFETCH(QString, expected);
        QFETCH(QString, absent);
        const ProcessRun run = runWithLang(binary, lang, { QStringLiteral("--help") });
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 0);
        const QString help = QString::fromUtf8(run.out);
        QVERIFY2(help.contains(expected), qPrintable(help));
        QVERIFY2(!help.contains(absent), qPrintable(help));
    }

    // View ▸ Language is remembered (ui/language) and wins over LANG at the next start.
    void gui_rememberedLanguage_winsOverLang_data()
    {
        QTest::addColumn<QString>("remembered");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("expected");
        QTest::addRow("fr_under_c") << "fr" << "C" << QStringLiteral("Ouvrir la base de données d’un corpus.");
        QTest::addRow("en_under_french") << "en" << "fr_FR.UTF-8" << QStringLiteral("Open a corpus database.");
        QTest::addRow("system_under_french") << "system" << "fr_FR.UTF-8" << QStringLiteral("Ouvrir la base de données d’un corpus.");
    }
    void gui_rememberedLanguage_winsOverLang()
    {
        QFETCH(QString, remembered);
        QFETCH(QString, lang);
        QFETCH(QString, expected);
        QTemporaryDir config;
        QVERIFY(QDir().mkpath(config.filePath(QStringLiteral("Littoral"))));
        write(config.filePath(QStringLiteral("Littoral/Littoral.conf")), "[ui]\nlanguage=" + remembered.toUtf8() + "\n");
        const ProcessRun run = runWithLang(QStringLiteral("littoral"), lang, { QStringLiteral("--help") }, config.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(QString::fromUtf8(run.out).contains(expected), run.out.constData());
    }

    void versionOption_frenchFromQtsOwnTranslation()
    {
        // "-v, --version" is described by Qt itself: qtbase_fr.qm (qt6-translations-l10n). (Qt 6.4's
        // French has no words for "-h, --help" yet.)
        const ProcessRun run = runWithLang(QStringLiteral("littoral-cli"), QStringLiteral("fr_FR.UTF-8"), { QStringLiteral("--help") });
        QCOMPARE(run.exitCode, 0);
        const QString help = QString::fromUtf8(run.out);
        QVERIFY2(help.contains(QStringLiteral("Afficher les informations de version.")), qPrintable(help));
        QVERIFY2(!help.contains(QStringLiteral("Displays version information.")), qPrintable(help));
    }

    // LC_MESSAGES chooses the language of words even when LANG says C.
    void help_followsLcMessages()
    {
        const ProcessRun run = runWithLang(QStringLiteral("littoral-cli"), QStringLiteral("C"), { QStringLiteral("--help") }, {},
            QStringLiteral("fr_FR.UTF-8"));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(QString::fromUtf8(run.out).contains(QStringLiteral("Fichier de base de données du corpus.")), run.out.constData());
    }

    void usageError_followsLang()
    {
        const ProcessRun fr = runWithLang(QStringLiteral("littoral-cli"), QStringLiteral("fr_FR.UTF-8"), { QStringLiteral("frobnicate") });
        QCOMPARE(fr.exitCode, 1);
        QVERIFY2(QString::fromUtf8(fr.err).contains(QStringLiteral("commande inconnue « frobnicate ».")), fr.err.constData());
        const ProcessRun c = runWithLang(QStringLiteral("littoral-cli"), QStringLiteral("C"), { QStringLiteral("frobnicate") });
        QCOMPARE(c.exitCode, 1);
        QVERIFY2(c.err.contains("unknown command 'frobnicate'."), c.err.constData());
    }

    void import_jsonIsTheSameInEveryLanguage_summaryIsNot()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString corpus = dir.filePath(QStringLiteral("corpus"));
        QVERIFY(QDir().mkpath(corpus));
        write(corpus + QStringLiteral("/empty.txt"), {});
        write(corpus + QStringLiteral("/image.txt"), QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(64, '\0'));
        write(corpus + QStringLiteral("/blank.txt"), "   \n\t\n");
        QFile sample(QStringLiteral(LITTORAL_SAMPLE_CORPUS_DIR "/000_a2062bf0896207c8.txt"));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        write(corpus + QStringLiteral("/letter.txt"), sample.readAll());

        QByteArray json[2];
        const QStringList langs { QStringLiteral("fr_FR.UTF-8"), QStringLiteral("C") };
        for (int i = 0; i < 2; ++i) {
            const QString db = dir.filePath(QStringLiteral("json%1.db").arg(i));
            const ProcessRun run = runWithLang(QStringLiteral("littoral-cli"), langs[i],
                { QStringLiteral("import"), corpus, QStringLiteral("--db"), db, QStringLiteral("--json") });
            QCOMPARE(run.exitCode, 0);
            json[i] = run.out;
            QVERIFY(QJsonDocument::fromJson(run.out).isObject());
        }
        QCOMPARE(json[0], json[1]);
        QVERIFY2(json[0].contains("\"reason\": \"empty file\"") || json[0].contains("\"reason\": \"empty file ("), json[0].constData());
        QVERIFY2(json[0].contains("binary file (PNG image)"), json[0].constData());

        const ProcessRun fr = runWithLang(QStringLiteral("littoral-cli"), langs[0],
            { QStringLiteral("import"), corpus, QStringLiteral("--db"), dir.filePath(QStringLiteral("fr.db")) });
        QCOMPARE(fr.exitCode, 0);
        QVERIFY2(QString::fromUtf8(fr.out).contains(QStringLiteral("1 importé, 0 mis à jour, 0 inchangé, 3 refusés, 0 doublon")),
            fr.out.constData());
        QVERIFY2(QString::fromUtf8(fr.err).contains(QStringLiteral("refusé : image.txt : ")), fr.err.constData());
        const ProcessRun c = runWithLang(QStringLiteral("littoral-cli"), langs[1],
            { QStringLiteral("import"), corpus, QStringLiteral("--db"), dir.filePath(QStringLiteral("c.db")) });
        QVERIFY2(c.out.contains("1 imported, 0 updated, 0 unchanged, 3 rejected, 0 duplicates"), c.out.constData());
        QVERIFY2(c.err.contains("rejected: image.txt: binary file (PNG image)"), c.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_clilanguage.moc"
