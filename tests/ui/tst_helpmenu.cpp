// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Help ▸ Getting Started lists the window's real shortcuts (read from its actions, so a new one
// shows up and a removed one goes), and Help ▸ About names the libraries actually running.
#include "ui/aboutdialog.h"
#include "ui/gettingstarteddialog.h"
#include "ui/helpmenu.h"
#include "ui/languagemenu.h"
#include "ui/mainwindow.h"
#include "ui/undocontroller.h"

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <igraph.h>
#include <sqlite3.h>

using namespace littoral;

namespace {

QString keysOf(const QAction* action)
{
    return action->shortcut().toString(QKeySequence::NativeText);
}

QAction* menuAction(QMainWindow& window, const QString& text)
{
    for (QAction* action : window.findChildren<QAction*>())
        if (action->text().remove(QLatin1Char('&')) == text)
            return action;
    return nullptr;
}

// The table row that names `action`: its text and its shortcut side by side, as the page shows them.
bool listsShortcut(const QString& page, const QString& text, const QString& keys)
{
    return page.contains(text + QLatin1Char('\t') + keys) || page.contains(text + QLatin1Char('\n') + keys)
        || page.contains(text + QLatin1Char(' ') + keys);
}

} // namespace

class TestHelpMenu final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    }

    // A test that switches the language must not leave the next one in French.
    void cleanup() { ui::LanguageMenu::apply(core::InterfaceLanguage::English); }

    void gettingStarted_listsTheShortcutsOfTheWindowsActions()
    {
        ui::MainWindow window;
        window.resize(1366, 768);
        window.show();
        ui::GettingStartedDialog* dialog = window.helpMenu()->showGettingStarted();
        QVERIFY(dialog->isVisible());
        const QString page = dialog->browser()->toPlainText();
        // Read from the actions themselves, in the platform's notation: never hard-coded here.
        QAction* undo = window.undoController()->undoAction();
        QVERIFY(!keysOf(undo).isEmpty());
        QVERIFY2(listsShortcut(page, undo->text().remove(QLatin1Char('&')), keysOf(undo)), qPrintable(page));
        QAction* find = menuAction(window, QStringLiteral("Search Documents"));
        QVERIFY(find);
        QCOMPARE(find->shortcut(), QKeySequence(QKeySequence::Find));
        QVERIFY2(listsShortcut(page, QStringLiteral("Search Documents"), keysOf(find)), qPrintable(page));
        // Getting Started lists itself, and the text of each section is there.
        QVERIFY(listsShortcut(page, QStringLiteral("Getting Started"), keysOf(window.helpMenu()->gettingStartedAction())));
        for (const char* heading : { "What each view shows", "Choose a period", "Follow a correspondent", "Search",
                 "Where a fact came from", "Correct a fact, and undo", "Keyboard shortcuts" })
            QVERIFY2(page.contains(QLatin1String(heading)), heading);
        // Every action with a shortcut has its row.
        for (const ui::GettingStartedDialog::Shortcut& row : ui::GettingStartedDialog::shortcuts(&window))
            QVERIFY2(listsShortcut(page, row.action, row.keys), qPrintable(row.action));
        QVERIFY(ui::GettingStartedDialog::shortcuts(&window).size() >= 15);
    }

    void gettingStarted_inFrench_saysItAllInFrench_andFollowsALanguageChange()
    {
        ui::MainWindow window;
        window.resize(1366, 768);
        window.show();
        ui::LanguageMenu::apply(core::InterfaceLanguage::French);
        ui::GettingStartedDialog* dialog = window.helpMenu()->showGettingStarted();
        dialog->resize(900, 700);
        QString page = dialog->browser()->toPlainText();
        // The headings and the actions' names are the translated ones, the shortcuts the actions' own.
        QVERIFY2(!page.contains(QLatin1String("What each view shows")), qPrintable(page));
        QAction* undo = window.undoController()->undoAction();
        // Qt posts LanguageChange to the windows: the action's text follows at the next turn of the loop.
        QTRY_VERIFY2(undo->text().startsWith(QStringLiteral("&Annuler")), qPrintable(undo->text()));
        page = dialog->browser()->toPlainText();
        QVERIFY2(listsShortcut(page, undo->text().remove(QLatin1Char('&')), keysOf(undo)), qPrintable(page));
        QVERIFY2(page.contains(QStringLiteral("Raccourcis clavier")), qPrintable(page));
        if (const QString shots = qEnvironmentVariable("LITTORAL_TEST_SHOTS"); !shots.isEmpty())
            dialog->grab().save(QDir(shots).filePath(QStringLiteral("getting-started-fr.png")));
        // Switching back while the page is open says it again in English.
        ui::LanguageMenu::apply(core::InterfaceLanguage::English);
        QTRY_VERIFY(dialog->browser()->toPlainText().contains(QLatin1String("What each view shows")));
        page = dialog->browser()->toPlainText();
        QVERIFY2(page.contains(QLatin1String("What each view shows")), qPrintable(page));
        QVERIFY(listsShortcut(page, undo->text().remove(QLatin1Char('&')), keysOf(undo)));
    }

    void gettingStarted_showsAnActionAddedLater_andForgetsARemovedOne()
    {
        ui::MainWindow window;
        window.show();
        auto* added = new QAction(QStringLiteral("Count the &Gulls"), &window);
        added->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_G));
        window.addAction(added);
        QMenu* menu = window.menuBar()->addMenu(QStringLiteral("&Birds"));
        QAction* inMenu = menu->addAction(QStringLiteral("Ring a &Tern"));
        inMenu->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_T));

        ui::GettingStartedDialog* dialog = window.helpMenu()->showGettingStarted();
        QString page = dialog->browser()->toPlainText();
        QVERIFY2(listsShortcut(page, QStringLiteral("Count the Gulls"), keysOf(added)), qPrintable(page));
        QVERIFY2(listsShortcut(page, QStringLiteral("Ring a Tern"), keysOf(inMenu)), qPrintable(page));

        dialog->hide();
        delete added;
        inMenu->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R));
        dialog = window.helpMenu()->showGettingStarted();
        page = dialog->browser()->toPlainText();
        QVERIFY(!page.contains(QStringLiteral("Count the Gulls")));
        QVERIFY(listsShortcut(page, QStringLiteral("Ring a Tern"), keysOf(inMenu)));
        QVERIFY(!page.contains(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_T).toString(QKeySequence::NativeText)));
    }

    void gettingStarted_opensWithF1()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction* help = window.helpMenu()->gettingStartedAction();
        QVERIFY(help->shortcuts().contains(QKeySequence(Qt::Key_F1)));
        bool inHelpMenu = false;
        for (QAction* top : window.menuBar()->actions())
            if (top->text().remove(QLatin1Char('&')) == QLatin1String("Help") && top->menu())
                inHelpMenu = top->menu()->actions().contains(help);
        QVERIFY(inHelpMenu);
        window.activateWindow();
        QTest::keyClick(&window, Qt::Key_F1);
        auto* dialog = window.findChild<ui::GettingStartedDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
    }

    void about_namesTheVersionsTheLibrariesReport()
    {
        ui::MainWindow window;
        window.show();
        ui::AboutDialog* about = window.helpMenu()->showAbout();
        QVERIFY(about->isVisible());
        const QString text = about->text();
        QVERIFY2(text.contains(QStringLiteral("Littoral " LITTORAL_VERSION)), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("GPL-3.0-or-later")));
        QVERIFY2(text.contains(QStringLiteral("Qt %1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR))),
            qPrintable(text));
        // The SQLite the corpus is read with: what the library says, and what Qt's driver says in SQL.
        QVERIFY2(text.contains(QStringLiteral("SQLite %1").arg(QString::fromLatin1(sqlite3_libversion()))), qPrintable(text));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("about"));
            db.setDatabaseName(QStringLiteral(":memory:"));
            QVERIFY(db.open());
            QSqlQuery query(QStringLiteral("SELECT sqlite_version()"), db);
            QVERIFY(query.next());
            QVERIFY2(text.contains(QStringLiteral("SQLite %1").arg(query.value(0).toString())), qPrintable(text));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("about"));
        const char* igraph = nullptr;
        int major = 0, minor = 0, patch = 0;
        igraph_version(&igraph, &major, &minor, &patch);
        QVERIFY2(text.contains(QStringLiteral("igraph %1.%2.%3").arg(major).arg(minor).arg(patch)), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("igraph %1").arg(QString::fromLatin1(igraph))));
    }
};

QTEST_MAIN(TestHelpMenu)
#include "tst_helpmenu.moc"
