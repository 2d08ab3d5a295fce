// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window under work that must stop or not start: cancel and quit during an import of long files
// stop the work, not only the dialog; a search past its bounds is refused with its reason.
#include "core/import/corpuslocation.h"
#include "core/workpool.h"
#include "ui/mainwindow.h"

#include "support/hostiletext.h"
#include "support/testpaths.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <csignal>

using namespace littoral;
namespace hostile = littoral::test::HostileText;

class TestMainWindowLimits final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_folder;
    // Cancel lands within one piece of extraction work (milliseconds); the bound only has to tell that
    // from the minutes an uninterrupted extraction of these files takes, on a loaded 2-core machine too.
    static constexpr int kStopMs = 4000;

    // Started, and given the moment it takes to read, hash, decode and clean the first two files (a
    // fraction of a second, more on a loaded machine): their extraction (seconds each) is then running.
    static void startImport(ui::MainWindow& window, const QString& db, const QString& folder)
    {
        window.importInto(db, { folder });
        QVERIFY(window.isImporting());
        QTest::qWait(1500);
        QVERIFY(window.isImporting());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Four files of 100,000 dated sentences on one line (7 MB): each takes seconds to extract (and
        // reaches the 5 s budget on a slow machine), while reading and cleaning one takes milliseconds.
        m_folder = m_dir.filePath(QStringLiteral("long"));
        QVERIFY(QDir().mkpath(m_folder));
        for (int i = 0; i < 4; ++i) {
            QFile f(m_folder + QStringLiteral("/%1.txt").arg(i));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(hostile::datedSentences(100000 + i, true).toUtf8());
        }
    }

    void cancel_duringExtraction_stopsThePoolWork()
    {
        ui::MainWindow window;
        window.show();
        startImport(window, m_dir.filePath(QStringLiteral("cancel.db")), m_folder);
        window.cancelImport();
        // "It finished", not a speed figure: the files being extracted stop at their next check (tens of
        // milliseconds on an idle machine; the bound leaves room for a loaded one). Without the check
        // inside extraction, the work runs on for seconds.
        QVERIFY(core::workPool()->waitForDone(kStopMs));
        QVERIFY(core::backgroundPool()->waitForDone(kStopMs));
        QTRY_VERIFY(!window.isImporting());
    }

    void close_duringExtraction_cancelsTheImport()
    {
        ui::MainWindow window;
        window.show();
        startImport(window, m_dir.filePath(QStringLiteral("close.db")), m_folder);
        window.close();
        QVERIFY(core::workPool()->waitForDone(kStopMs));
        QVERIFY(core::backgroundPool()->waitForDone(kStopMs));
        QTRY_VERIFY(!window.isImporting());
    }

    void search_pastTheBounds_showsTheReasonWithoutSearching()
    {
        ui::MainWindow window;
        window.show();
        QSignalSpy finished(&window, &ui::MainWindow::importFinished);
        window.importInto(m_dir.filePath(QStringLiteral("sample.db")), { core::CorpusLocation::sampleCorpus() });
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.first().first().toBool());
        window.search(QStringLiteral("le ").repeated(200));
        QVERIFY(!window.isSearching()); // answered at once, nothing sent to the pool
        QVERIFY2(window.searchMessage().contains(QStringLiteral("too long")), qPrintable(window.searchMessage()));
        window.search(QStringLiteral("calais ").repeated(33));
        QVERIFY(!window.isSearching());
        QVERIFY2(window.searchMessage().contains(QStringLiteral("too many words")), qPrintable(window.searchMessage()));
    }

    // The process itself: a termination signal closes the window as Quit does, and the process exits
    // once the import has stopped, instead of dying at once (before) or running on for minutes.
    void terminationSignal_duringImport_exitsPromptly()
    {
        QTemporaryDir home;
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(LITTORAL_BIN_DIR "/littoral"), { QStringLiteral("--corpus"), m_folder });
        QVERIFY(app.waitForStarted());
        // The corpus database appears when the import has opened it; extraction then runs for seconds.
        const QString corpora = home.filePath(QStringLiteral("data/Littoral/Littoral/corpora"));
        QVERIFY(QTest::qWaitFor([&] { return !QDir(corpora).entryList({ QStringLiteral("*.db") }).isEmpty(); }, 20000));
        QTest::qWait(500);
        QCOMPARE(app.state(), QProcess::Running);
        QElapsedTimer sinceSignal;
        sinceSignal.start();
        ::kill(pid_t(app.processId()), SIGTERM);
        QVERIFY(app.waitForFinished(20000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit); // closed, not killed by the signal
        QCOMPARE(app.exitCode(), 0);
        QVERIFY2(sinceSignal.elapsed() < 5000, qPrintable(QString::number(sinceSignal.elapsed())));
    }
};

QTEST_MAIN(TestMainWindowLimits)
#include "tst_mainwindowlimits.moc"
