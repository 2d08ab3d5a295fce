// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// How the main window opens a corpus file it is given: a missing file is created only when the
// person says so, and an unattended (--screenshot) window never asks and reports failure instead.
#include "support/sqlprobe.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace littoral;

namespace {

// Answers the next message box with the button whose text is `answer`, noting its question.
void answerNextMessageBox(const QString& answer, QString* question)
{
    auto* poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, poll, [poll, answer, question] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        *question = box->text();
        for (QAbstractButton* button : box->buttons())
            if (button->text().remove(QLatin1Char('&')) == answer)
                button->click();
        poll->deleteLater();
    });
    poll->start(20);
}

} // namespace

class TestMainWindowFile final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void openDatabase_missingFile_asksBeforeCreating_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<bool>("created");
        QTest::addRow("create") << QStringLiteral("Create") << true;
        QTest::addRow("cancel") << QStringLiteral("Cancel") << false;
    }
    void openDatabase_missingFile_asksBeforeCreating()
    {
        QFETCH(QString, answer);
        QFETCH(bool, created);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("typo.db"));
        ui::MainWindow window;
        window.show();
        QSignalSpy shown(&window, &ui::MainWindow::corpusLoaded);
        QSignalSpy failed(&window, &ui::MainWindow::loadFailed);
        QString question;
        answerNextMessageBox(answer, &question);
        QCOMPARE(window.openDatabase(path), created);
        QVERIFY2(question.contains(QStringLiteral("typo.db")), qPrintable(question));
        QCOMPARE(QFile::exists(path), created);
        QCOMPARE(failed.size(), 0); // declining is not a failure
        if (created) {
            QVERIFY(shown.wait(30000));
            QVERIFY(window.windowTitle().startsWith(QStringLiteral("typo")));
            QVERIFY(!window.isReadOnly());
        }
    }

    void openDatabase_missingFileUnattended_failsWithoutAsking()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("typo.db"));
        ui::MainWindow window;
        window.setInteractive(false);
        window.show();
        QSignalSpy failed(&window, &ui::MainWindow::loadFailed);
        QString question;
        answerNextMessageBox(QStringLiteral("Create"), &question); // would answer a dialog, if one came
        QVERIFY(!window.openDatabase(path));
        QTest::qWait(100);
        QVERIFY(question.isEmpty());
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("does not exist")));
        QVERIFY(!QFile::exists(path));
    }

    // The file exists but is no corpus: the failure is signalled, so an unattended run can end.
    void openDatabase_otherProgramsFile_signalsFailure()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("version4.db"));
        const QString written = littoral::test::writeRawDatabase(path, { QStringLiteral("PRAGMA user_version = 4") });
        QVERIFY2(written.isEmpty(), qPrintable(written));
        ui::MainWindow window;
        window.setInteractive(false);
        QSignalSpy failed(&window, &ui::MainWindow::loadFailed);
        QVERIFY(!window.openDatabase(path));
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(path));
    }
};

QTEST_MAIN(TestMainWindowFile)
#include "tst_mainwindowfile.moc"
