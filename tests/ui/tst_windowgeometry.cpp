// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Where the main window opens: the rules as pure rectangles, and the real window on the offscreen screen.
#include "ui/mainwindow.h"
#include "ui/windowgeometry.h"

#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace littoral;

class TestWindowGeometry final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    }

    void fitWindow_staysWithinTheAvailableArea_data()
    {
        QTest::addColumn<QRect>("wanted");
        QTest::addColumn<QRect>("available");
        QTest::addColumn<QRect>("expected");
        const QRect laptop(0, 0, 1366, 740); // 1366×768 less a 28-pixel panel
        QTest::addRow("inside_unchanged") << QRect(100, 50, 800, 600) << laptop << QRect(100, 50, 800, 600);
        QTest::addRow("too_big_shrunk_to_the_screen") << QRect(0, 0, 1440, 900) << laptop << laptop;
        QTest::addRow("off_the_right_moved_in") << QRect(1000, 100, 800, 600) << laptop << QRect(566, 100, 800, 600);
        QTest::addRow("off_the_bottom_moved_up") << QRect(100, 500, 800, 600) << laptop << QRect(100, 140, 800, 600);
        QTest::addRow("above_and_left_moved_in") << QRect(-300, -40, 800, 600) << laptop << QRect(0, 0, 800, 600);
        // Saved on a second monitor to the right, now gone: back on this one, whole.
        QTest::addRow("second_monitor") << QRect(2200, 200, 1800, 1000) << laptop << QRect(0, 0, 1366, 740);
        // A screen that does not start at the origin (a panel on the left, or the second monitor itself).
        QTest::addRow("offset_screen") << QRect(0, 0, 1000, 700) << QRect(1920, 24, 1280, 696) << QRect(1920, 24, 1000, 696);
        QTest::addRow("empty_gets_the_default") << QRect() << laptop << QRect(0, 0, 1229, 666).translated(68, 37);
        QTest::addRow("no_screen_unchanged") << QRect(10, 10, 1440, 900) << QRect() << QRect(10, 10, 1440, 900);
    }
    void fitWindow_staysWithinTheAvailableArea()
    {
        QFETCH(QRect, wanted);
        QFETCH(QRect, available);
        QFETCH(QRect, expected);
        const QRect fitted = ui::fitWindow(wanted, available);
        QCOMPARE(fitted, expected);
        if (!available.isEmpty())
            QVERIFY(available.contains(fitted));
    }

    void defaultWindowRect_isAtMostNineTenthsCentred_data()
    {
        QTest::addColumn<QRect>("available");
        QTest::addColumn<QSize>("size");
        QTest::addRow("laptop_1366x768") << QRect(0, 0, 1366, 740) << QSize(1229, 666);
        QTest::addRow("small_1280x720") << QRect(0, 0, 1280, 692) << QSize(1152, 622);
        QTest::addRow("large_2560x1440_keeps_1440x900") << QRect(0, 0, 2560, 1400) << QSize(1440, 900);
    }
    void defaultWindowRect_isAtMostNineTenthsCentred()
    {
        QFETCH(QRect, available);
        QFETCH(QSize, size);
        const QRect rect = ui::defaultWindowRect(available);
        QCOMPARE(rect.size(), size);
        QVERIFY(available.contains(rect));
        QVERIFY((rect.center() - available.center()).manhattanLength() <= 1);
    }

    // The first run opens inside the (offscreen, 800×600) screen, its status bar and toolbar's end on it.
    void firstRun_opensWithinTheScreen()
    {
        QSettings().remove(QStringLiteral("window/geometry"));
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QRect available = window.screen()->availableGeometry();
        QVERIFY2(available.contains(window.frameGeometry()),
            qPrintable(QStringLiteral("%1,%2 %3×%4")
                           .arg(window.frameGeometry().x())
                           .arg(window.frameGeometry().y())
                           .arg(window.frameGeometry().width())
                           .arg(window.frameGeometry().height())));
        const QRect status(window.statusBar()->mapToGlobal(QPoint(0, 0)), window.statusBar()->size());
        QVERIFY(available.contains(status));
        for (QToolBar* bar : window.findChildren<QToolBar*>()) {
            const QRect barRect(bar->mapToGlobal(QPoint(0, 0)), bar->size());
            QVERIFY(available.contains(barRect));
        }
    }

    // A geometry saved on a larger monitor comes back fully on this screen.
    void restoredGeometry_fromALargerMonitor_isClampedToTheScreen()
    {
        QByteArray saved;
        {
            ui::MainWindow large;
            large.setGeometry(QRect(1500, 900, 2400, 1500));
            saved = large.saveGeometry();
        }
        QSettings().setValue(QStringLiteral("window/geometry"), saved);
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QRect frame = window.frameGeometry();
        QVERIFY2(window.screen()->availableGeometry().contains(frame),
            qPrintable(QStringLiteral("%1,%2 %3×%4").arg(frame.x()).arg(frame.y()).arg(frame.width()).arg(frame.height())));
        QSettings().remove(QStringLiteral("window/geometry"));
    }
};

QTEST_MAIN(TestWindowGeometry)
#include "tst_windowgeometry.moc"
