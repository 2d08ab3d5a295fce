// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What a newcomer meets in the first minutes: the notice on the bundled samples, a folder that does
// not exist, an empty corpus, the corpus's name, the toolbar's tooltips and full screen.
#include "core/import/corpuslocation.h"
#include "core/import/importjob.h"
#include "core/models/documentfilterproxy.h"
#include "ui/corpusbanner.h"
#include "ui/emptycorpushint.h"
#include "ui/mainwindow.h"
#include "ui/timelineview.h"

#include "support/testpaths.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QWidgetAction>

#include <csignal>

using namespace littoral;

namespace {

bool importAndWait(ui::MainWindow& window, const QString& db, const QStringList& paths)
{
    QSignalSpy finished(&window, &ui::MainWindow::importFinished);
    window.importInto(db, paths);
    return finished.wait(60000) && finished.first().first().toBool();
}

QString withoutMnemonics(QString text)
{
    return text.remove(QLatin1Char('&'));
}

QMenu* menuTitled(ui::MainWindow& window, const QString& title)
{
    for (QMenu* menu : window.findChildren<QMenu*>())
        if (withoutMnemonics(menu->title()) == title)
            return menu;
    return nullptr;
}

// A letter of its own (two equal files would be a duplicate, reported in a dialog).
void writeLetter(const QString& path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("Calais, le 7 février 2017\n\nMonsieur le Préfet,\n\nNous vous écrivons au sujet de "
                              "l'hébergement d'urgence (%1).\n\nJean Dupont\nPrésident de l'association\n")
                   .arg(QFileInfo(path).fileName())
                   .toUtf8());
}

} // namespace

class TestFirstMinutes final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString sampleDatabase() const
    {
        const QString path = m_dir.filePath(QStringLiteral("own-sample.db"));
        if (!QFile::exists(path)) {
            const auto imported = core::ImportJob(path, { core::CorpusLocation::sampleCorpus() }).runSynchronously();
            if (!imported || imported->imported != 5)
                return {};
        }
        return path;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    }
    void init() { QSettings().clear(); }

    void samplesBanner_saysSo_offersOpenFolder_andLeavesWithAnotherCorpus()
    {
        ui::MainWindow window;
        window.resize(1366, 768);
        window.show();
        ui::CorpusBanner* banner = window.banner();
        QVERIFY(!banner->isVisible());
        const QString sample = core::CorpusLocation::sampleCorpus();
        QVERIFY(importAndWait(window, core::CorpusLocation::databaseFor(sample), { sample }));
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->notice(), ui::CorpusBanner::Notice::Samples);
        // "documents" once the English plurals are loaded (littoral_en.ts); the count is the corpus's.
        QVERIFY2(banner->text().startsWith(QStringLiteral("You are looking at the 5 sample document")), qPrintable(banner->text()));
        QVERIFY(banner->text().endsWith(QStringLiteral(" bundled with Littoral.")));
        QVERIFY(banner->openButton()->isVisible());
        QVERIFY(banner->closeButton()->isVisible());
        // Above the views, one line: not a dialog, not over them.
        QVERIFY(banner->geometry().bottom() <= window.timeline()->mapTo(banner->parentWidget(), QPoint(0, 0)).y());
        QVERIFY(banner->height() < 60);

        // The button is File ▸ Open Corpus Folder itself (its dialog kept out of the way here).
        QAction* open = window.openFolderAction();
        QVERIFY(open->shortcuts().contains(QKeySequence(QKeySequence::Open)));
        QObject::disconnect(open, &QAction::triggered, &window, nullptr);
        QSignalSpy triggered(open, &QAction::triggered);
        QTest::mouseClick(banner->openButton(), Qt::LeftButton);
        QCOMPARE(triggered.size(), 1);

        QVERIFY(importAndWait(window, sampleDatabase(), {})); // another corpus (the same texts, elsewhere)
        QVERIFY(!banner->isVisible());
        QCOMPARE(banner->notice(), ui::CorpusBanner::Notice::None);
    }

    void samplesBanner_dismissed_doesNotComeBack()
    {
        const QString sample = core::CorpusLocation::sampleCorpus();
        {
            ui::MainWindow window;
            window.show();
            QVERIFY(importAndWait(window, core::CorpusLocation::databaseFor(sample), { sample }));
            QVERIFY(window.banner()->isVisible());
            QTest::mouseClick(window.banner()->closeButton(), Qt::LeftButton);
            QVERIFY(!window.banner()->isVisible());
        }
        ui::MainWindow window;
        window.show();
        QSignalSpy loaded(&window, &ui::MainWindow::corpusLoaded);
        QVERIFY(window.openDatabase(core::CorpusLocation::databaseFor(sample)));
        QVERIFY(loaded.wait(30000));
        QVERIFY(!window.banner()->isVisible());
    }

    void missingFolder_theWindowSaysSo()
    {
        ui::MainWindow window;
        window.resize(1366, 768);
        window.show();
        const QString missing = m_dir.filePath(QStringLiteral("no such folder"));
        window.reportMissingFolder(missing);
        QVERIFY(window.banner()->isVisible());
        QCOMPARE(window.banner()->text(), QStringLiteral("The folder %1 does not exist.").arg(QDir::toNativeSeparators(missing)));
        QVERIFY(window.banner()->openButton()->isVisible());
        QVERIFY(window.emptyCorpusHint()->isVisible()); // and what to do, over the empty views
        // Opening a real corpus replaces the notice.
        QVERIFY(importAndWait(window, sampleDatabase(), {}));
        QVERIFY(!window.banner()->isVisible());
    }

    // The real program: interactive, the window stays open (and closes with exit code 0); with
    // --screenshot, the missing folder stays an error on stderr.
    void missingFolder_commandLine_data()
    {
        QTest::addColumn<bool>("screenshot");
        QTest::addRow("interactive") << false;
        QTest::addRow("screenshot") << true;
    }
    void missingFolder_commandLine()
    {
        QFETCH(bool, screenshot);
        QTemporaryDir home;
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        app.setProcessEnvironment(env);
        const QString missing = home.filePath(QStringLiteral("lettres-2016"));
        QStringList arguments { QStringLiteral("--corpus"), missing };
        if (screenshot)
            arguments << QStringLiteral("--screenshot") << home.filePath(QStringLiteral("shot.png"));
        app.start(QStringLiteral(LITTORAL_BIN_DIR "/littoral"), arguments);
        QVERIFY(app.waitForStarted());
        if (screenshot) {
            QVERIFY(app.waitForFinished(30000));
            QCOMPARE(app.exitCode(), 1);
            QVERIFY2(QString::fromLocal8Bit(app.readAllStandardError()).contains(missing), "the folder named on stderr");
            QVERIFY(!QFile::exists(home.filePath(QStringLiteral("shot.png"))));
            return;
        }
        QVERIFY(!app.waitForFinished(3000)); // the window is open, not gone with a console line
        QCOMPARE(app.state(), QProcess::Running);
        ::kill(pid_t(app.processId()), SIGTERM); // closes the window as Quit does
        QVERIFY(app.waitForFinished(20000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
        // Nothing was imported, and no corpus was made for the folder.
        QVERIFY(QDir(home.filePath(QStringLiteral("data/Littoral/Littoral/corpora"))).entryList({ QStringLiteral("*.db") }).isEmpty());
    }

    void emptyCorpus_saysWhatToDo_untilDocumentsArrive()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("empty"));
        QVERIFY(QDir().mkpath(folder));
        const QString db = dir.filePath(QStringLiteral("empty.db"));
        ui::MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(importAndWait(window, db, { folder }));
        QCOMPARE(window.documentProxy()->rowCount(), 0);
        ui::EmptyCorpusHint* hint = window.emptyCorpusHint();
        QVERIFY(hint->isVisible());
        QCOMPARE(hint->text(),
            QStringLiteral("No documents yet — open a folder (File ▸ Open Corpus Folder…, %1) or drop files here.")
                .arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)));
        // Whole, in the middle of the panes below the timeline.
        const QRect timeline(window.timeline()->mapTo(window.centralWidget(), QPoint(0, 0)), window.timeline()->size());
        QVERIFY(hint->geometry().top() > timeline.bottom());
        QVERIFY(window.centralWidget()->rect().contains(hint->geometry()));
        QVERIFY(hint->geometry().contains(QPoint(window.centralWidget()->width() / 2, (timeline.bottom() + window.centralWidget()->height()) / 2)));
        QVERIFY(hint->heightForWidth(hint->width()) <= hint->height()); // not cut off

        writeLetter(folder + QStringLiteral("/a.txt"));
        QVERIFY(importAndWait(window, db, { folder }));
        QCOMPARE(window.documentProxy()->rowCount(), 1);
        QVERIFY(!hint->isVisible());
    }

    // "Drop files here" is true: wherever the pointer is over the views, the window takes the drop,
    // and dropping a folder on an empty window imports it.
    void drop_onTheViews_importsTheFiles()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("dropped"));
        writeLetter(folder + QStringLiteral("/a.txt"));
        writeLetter(folder + QStringLiteral("/b.txt"));
        ui::MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QRect area = window.centralWidget()->rect();
        for (const QPoint& at : { area.center(), QPoint(area.width() / 2, area.height() * 3 / 4), QPoint(area.width() / 6, area.height() * 3 / 4),
                 QPoint(area.width() / 2, area.height() / 6), QPoint(area.width() * 5 / 6, area.height() * 3 / 4) }) {
            QWidget* target = window.centralWidget()->childAt(at);
            while (target && !target->acceptDrops())
                target = target->parentWidget();
            QVERIFY2(target == &window, qPrintable(QStringLiteral("%1 in %2 at %3,%4").arg(QString::fromLatin1(target ? target->metaObject()->className() : "none"), QString::fromLatin1(target && target->parentWidget() ? target->parentWidget()->metaObject()->className() : "")).arg(at.x()).arg(at.y())));
        }

        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(folder) });
        const QPointF at = window.centralWidget()->mapTo(&window, area.center());
        QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QSignalSpy finished(&window, &ui::MainWindow::importFinished);
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.first().first().toBool());
        QCOMPARE(window.documentProxy()->rowCount(), 2);
        QVERIFY(!window.emptyCorpusHint()->isVisible());
    }

    // The title and Open Recent say the folder's name, with its path in the tooltip — not the
    // database's "<name>-<hash>".
    void corpusName_isTheFolders_inTitleAndOpenRecent()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("c3k"));
        writeLetter(folder + QStringLiteral("/a.txt"));
        const QString db = core::CorpusLocation::databaseFor(folder);
        QFile::remove(db);
        QVERIFY(QFileInfo(db).completeBaseName() != QStringLiteral("c3k")); // it carries the hash
        {
            ui::MainWindow window;
            window.show();
            QVERIFY(importAndWait(window, db, { folder }));
            QCOMPARE(window.windowTitle(), QStringLiteral("c3k — Littoral"));
        }
        ui::MainWindow window; // a later run: the menu is filled from the settings alone
        window.show();
        QMenu* recent = menuTitled(window, QStringLiteral("Open Recent"));
        QVERIFY(recent);
        emit recent->aboutToShow();
        QVERIFY(!recent->actions().isEmpty());
        QAction* entry = recent->actions().first();
        QCOMPARE(entry->text(), QStringLiteral("c3k"));
        QCOMPARE(entry->toolTip(), QDir::toNativeSeparators(folder));
        QCOMPARE(entry->statusTip(), QDir::toNativeSeparators(folder));
        QVERIFY(recent->toolTipsVisible());
        QSignalSpy loaded(&window, &ui::MainWindow::corpusLoaded);
        entry->trigger();
        QVERIFY(loaded.wait(30000));
        QCOMPARE(window.windowTitle(), QStringLiteral("c3k — Littoral"));
        QFile::remove(db);
    }

    void toolbar_everyControlSaysWhatItDoes()
    {
        ui::MainWindow window;
        window.show();
        const QList<QToolBar*> bars = window.findChildren<QToolBar*>();
        QVERIFY(!bars.isEmpty());
        int checked = 0;
        for (QToolBar* bar : bars) {
            for (QAction* action : bar->actions()) {
                if (action->isSeparator())
                    continue;
                ++checked;
                if (QWidget* widget = bar->widgetForAction(action); widget && qobject_cast<QWidgetAction*>(action)) {
                    QVERIFY2(!widget->toolTip().isEmpty(), widget->metaObject()->className());
                    continue;
                }
                const QString text = withoutMnemonics(action->text());
                QVERIFY2(!action->toolTip().isEmpty() && action->toolTip() != text, qPrintable(text));
                if (!action->shortcut().isEmpty())
                    QVERIFY2(action->toolTip().contains(action->shortcut().toString(QKeySequence::NativeText)), qPrintable(text));
            }
        }
        QVERIFY(checked >= 3);
        // The search field names its own key.
        QVERIFY(window.findChild<QToolBar*>(QStringLiteral("searchToolBar")));
    }

    // The timeline fits itself with its own Fit button; nothing on the toolbar does the same again.
    void toolbar_doesNotRepeatTheTimelinesFit()
    {
        ui::MainWindow window;
        window.resize(1366, 768);
        window.show();
        QSignalSpy loaded(&window, &ui::MainWindow::corpusLoaded);
        QVERIFY(window.openDatabase(sampleDatabase()));
        QVERIFY(loaded.wait(30000));
        ui::TimelineView* timeline = window.timeline();
        timeline->fitToData();
        const core::TimeScale fitted = timeline->timeScale();
        QToolBar* bar = window.findChild<QToolBar*>(QStringLiteral("searchToolBar"));
        QVERIFY(bar);
        for (QAction* action : bar->actions()) {
            QVERIFY(!withoutMnemonics(action->text()).contains(QStringLiteral("Fit")));
            if (action->isSeparator() || qobject_cast<QWidgetAction*>(action))
                continue;
            timeline->zoomIn();
            const core::TimeScale zoomed = timeline->timeScale();
            QVERIFY(!(zoomed == fitted));
            action->trigger();
            QVERIFY2(!(timeline->timeScale() == fitted), qPrintable(action->text()));
        }
        // The one that does: the timeline's own button, and View ▸ Fit Timeline to Data (its key).
        timeline->zoomIn();
        QToolButton* fit = nullptr;
        for (QToolButton* button : timeline->findChildren<QToolButton*>())
            if (withoutMnemonics(button->text()) == QLatin1String("Fit"))
                fit = button;
        QVERIFY(fit);
        QVERIFY(!fit->toolTip().isEmpty());
        fit->click();
        QVERIFY(timeline->timeScale() == fitted);
    }

    void f11_togglesFullScreen()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction* full = window.fullScreenAction();
        QVERIFY(full->isCheckable());
        QVERIFY(full->shortcuts().contains(QKeySequence(Qt::Key_F11)));
        QVERIFY(menuTitled(window, QStringLiteral("View"))->actions().contains(full));
        QVERIFY(!window.windowState().testFlag(Qt::WindowFullScreen));
        window.activateWindow();
        QTest::keyClick(&window, Qt::Key_F11);
        QTRY_VERIFY(window.windowState().testFlag(Qt::WindowFullScreen));
        QVERIFY(full->isChecked());
        QTest::keyClick(&window, Qt::Key_F11);
        QTRY_VERIFY(!window.windowState().testFlag(Qt::WindowFullScreen));
        QVERIFY(!full->isChecked());
        // Left another way (the window manager), the menu's check follows.
        window.showFullScreen();
        QTRY_VERIFY(full->isChecked());
        window.showNormal();
        QTRY_VERIFY(!full->isChecked());
    }
};

QTEST_MAIN(TestFirstMinutes)
#include "tst_firstminutes.moc"
