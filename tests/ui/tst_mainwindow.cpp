// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window on real databases, rendered offscreen.
#include "core/import/corpuslocation.h"
#include "core/models/documenttablemodel.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace littoral;
using core::DocumentTableModel;

class TestMainWindow final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static bool importAndWait(ui::MainWindow& window, const QString& db, const QStringList& paths)
    {
        QSignalSpy finished(&window, &ui::MainWindow::importFinished);
        window.importInto(db, paths);
        return finished.wait(60000) && finished.first().first().toBool();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sampleCorpus_fillsTheTableWithFiveDatedDocuments()
    {
        ui::MainWindow window;
        QAbstractItemModelTester modelTester(window.documentModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(window.documentProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        QVERIFY(importAndWait(window, m_dir.filePath(QStringLiteral("sample.db")), { core::CorpusLocation::sampleCorpus() }));

        QSortFilterProxyModel* proxy = window.documentProxy();
        QCOMPARE(proxy->rowCount(), 5);
        // Sorted by date: the 2014 open letter first, the 2020 communiqué last.
        QCOMPARE(proxy->index(0, DocumentTableModel::DateColumn).data().toString(), QStringLiteral("10 Jul 2014"));
        QCOMPARE(proxy->index(0, DocumentTableModel::TypeColumn).data().toString(), QStringLiteral("Open letter"));
        QCOMPARE(proxy->index(4, DocumentTableModel::DateColumn).data().toString(), QStringLiteral("9 Nov 2020"));
        QCOMPARE(proxy->index(4, DocumentTableModel::SendersColumn).data().toString(), QStringLiteral("Gérald Darmanin"));

        // The filter narrows the list to the mayor's letter.
        proxy->setFilterFixedString(QStringLiteral("Bouchart"));
        QCOMPARE(proxy->rowCount(), 1);
        QCOMPARE(proxy->index(0, DocumentTableModel::RecipientsColumn).data().toString(), QStringLiteral("Nathanaël Caillaux"));
        window.selectDocumentRow(0);
        QVERIFY(window.readerText().contains(QStringLiteral("Le 7 février 2017")));
    }

    void reader_showsMarkupAsPlainText()
    {
        const QString folder = m_dir.filePath(QStringLiteral("markup"));
        QVERIFY(QDir().mkpath(folder));
        QFile file(folder + QStringLiteral("/markup.txt"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Paris, le 3 mars 2016\n\nMonsieur le Maire,\n\nLe mot <b>important</b> & <i>le reste</i>.\n");
        file.close();

        ui::MainWindow window;
        window.show();
        QVERIFY(importAndWait(window, m_dir.filePath(QStringLiteral("markup.db")), { folder }));
        QCOMPARE(window.documentProxy()->rowCount(), 1);
        window.selectDocumentRow(0);
        QVERIFY(window.readerText().contains(QStringLiteral("<b>important</b> & <i>le reste</i>")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
