// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window on real databases, rendered offscreen.
#include "core/import/corpuslocation.h"
#include "core/import/importjob.h"
#include "core/models/documentfilterproxy.h"
#include "core/models/documenttablemodel.h"
#include "core/models/factsmodel.h"
#include "core/models/selectionstate.h"
#include "ui/graphview.h"
#include "ui/mainwindow.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QTimer>
#include <QFile>
#include <QHeaderView>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QScrollBar>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

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

    // The sample corpus imported into a database of this test's own, through the real import and
    // without the window: no test depends on another having run first.
    QString sampleDatabase(const QString& name) const
    {
        const QString path = m_dir.filePath(name);
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
        // Settings of this run's own (recent corpora): another run of this binary at the same time,
        // as tools/run-tests-alone -j 2 starts them, must not write into what this one checks.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    }

    void sampleCorpus_fillsTheTableWithFiveDatedDocuments()
    {
        ui::MainWindow window;
        QAbstractItemModelTester modelTester(window.documentModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(window.documentProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        QVERIFY(importAndWait(window, m_dir.filePath(QStringLiteral("sample.db")), { core::CorpusLocation::sampleCorpus() }));

        core::DocumentFilterProxy* proxy = window.documentProxy();
        QCOMPARE(proxy->rowCount(), 5);
        // Sorted by date: the 2014 open letter first, the 2020 communiqué last.
        QCOMPARE(proxy->index(0, DocumentTableModel::DateColumn).data().toString(), QStringLiteral("10 Jul 2014"));
        QCOMPARE(proxy->index(0, DocumentTableModel::TypeColumn).data().toString(), QStringLiteral("Open letter"));
        QCOMPARE(proxy->index(4, DocumentTableModel::DateColumn).data().toString(), QStringLiteral("9 Nov 2020"));
        QCOMPARE(proxy->index(4, DocumentTableModel::SendersColumn).data().toString(), QStringLiteral("Gérald Darmanin"));

        // The filter narrows the list to the mayor's letter.
        proxy->setTextFilter(QStringLiteral("bouchart"));
        QCOMPARE(proxy->rowCount(), 1);
        QCOMPARE(proxy->index(0, DocumentTableModel::RecipientsColumn).data().toString(), QStringLiteral("Nathanaël Caillaux"));
        window.selectDocumentRow(0);
        QVERIFY(window.readerText().contains(QStringLiteral("Le 7 février 2017")));
        // The facts table shows the date with the words it was read from.
        core::FactsModel* facts = window.factsModel();
        QCOMPARE(facts->index(0, core::FactsModel::ValueColumn).data().toString(), QStringLiteral("7 February 2017"));
        QCOMPARE(facts->index(0, core::FactsModel::SourceColumn).data().toString(), QStringLiteral("Le 7 février 2017"));
        // The corpus is first in File ▸ Open Recent.
        QCOMPARE(QSettings().value(QStringLiteral("corpus/recent")).toStringList().value(0), m_dir.filePath(QStringLiteral("sample.db")));
    }

    void openDatabase_showsDocumentsFirst_thenCorrespondentsAndEvents()
    {
        ui::MainWindow window;
        window.show();
        QList<QString> order;
        int rowsWhenShown = -1;
        bool completeWhenShown = true;
        connect(&window, &ui::MainWindow::documentsShown, &window, [&] {
            order << QStringLiteral("documents");
            rowsWhenShown = window.documentProxy()->rowCount();
            completeWhenShown = window.selection()->corpus().isComplete();
        });
        connect(&window, &ui::MainWindow::corpusLoaded, &window, [&] { order << QStringLiteral("complete"); });
        QSignalSpy loaded(&window, &ui::MainWindow::corpusLoaded);
        const QString db = sampleDatabase(QStringLiteral("opened.db"));
        QVERIFY(!db.isEmpty());
        QVERIFY(window.openDatabase(db));
        QVERIFY(loaded.wait(30000));
        QCOMPARE(order, (QList<QString> { QStringLiteral("documents"), QStringLiteral("complete") }));
        QCOMPARE(rowsWhenShown, 5);
        QVERIFY(!completeWhenShown);
        QVERIFY(window.selection()->corpus().isComplete());
        QVERIFY(window.selection()->corpus().correspondents().size() >= 30);
        QCOMPARE(window.documentProxy()->rowCount(), 5);
        QVERIFY(window.selection()->currentDocument() != 0); // the first row, chosen at once, stays
        // The names arrived with the second step: the 2020 communiqué's sender is in the list.
        QCOMPARE(window.documentProxy()->index(4, DocumentTableModel::SendersColumn).data().toString(), QStringLiteral("Gérald Darmanin"));
    }

    void linkedViews_brushGraphClickAndSearch_filterTheList()
    {
        ui::MainWindow window;
        window.show();
        QSignalSpy laidOut(window.graph(), &ui::GraphView::layoutFinished);
        QVERIFY(importAndWait(window, m_dir.filePath(QStringLiteral("linked.db")), { core::CorpusLocation::sampleCorpus() }));
        // The layout of the whole corpus is shown: one has finished, and none is still running.
        QTRY_VERIFY_WITH_TIMEOUT(laidOut.count() > 0 && !window.graph()->isLayoutRunning(), 30000);
        core::SelectionState* selection = window.selection();
        core::DocumentFilterProxy* list = window.documentProxy();
        const int allNodes = window.graph()->nodeCount();
        QVERIFY(allNodes > 30);

        // Brushing 2016–2017 on the timeline keeps the three documents of those years, and their correspondents.
        laidOut.clear();
        selection->setPeriod(QDate(2016, 1, 1), QDate(2017, 12, 31));
        QVERIFY(window.graph()->isLayoutRunning()); // a new period: a new layout was asked for
        QCOMPARE(list->rowCount(), 3);
        QStringList dates;
        for (int row = 0; row < list->rowCount(); ++row)
            dates << list->index(row, DocumentTableModel::DateColumn).data().toString();
        QCOMPARE(dates, (QStringList { QStringLiteral("11 Oct 2016"), QStringLiteral("7 Feb 2017"), QStringLiteral("20 Jun 2017") }));
        // The layout of that period, and not the one before, is the one shown.
        QVERIFY(laidOut.count() > 0 || laidOut.wait(30000));
        QVERIFY(!window.graph()->isLayoutRunning());
        // Bouchart, Caillaux, Macron, five presidents, Cazeneuve, Cosse (and their ministries when unnamed).
        QVERIFY2(window.graph()->nodeCount() >= 10 && window.graph()->nodeCount() < allNodes,
            qPrintable(QString::number(window.graph()->nodeCount())));
        laidOut.clear();
        selection->clearPeriod();
        QVERIFY(window.graph()->isLayoutRunning());
        QVERIFY(laidOut.count() > 0 || laidOut.wait(30000));
        QVERIFY(!window.graph()->isLayoutRunning());
        QCOMPARE(window.graph()->nodeCount(), allNodes);

        // Clicking Bernard Cazeneuve's node keeps his two documents (2014 recipient, 2016 sender).
        qint64 cazeneuve = 0;
        for (const core::CorrespondentSummary& c : selection->corpus().correspondents())
            if (c.name == QLatin1String("Bernard Cazeneuve"))
                cazeneuve = c.id;
        QVERIFY(cazeneuve != 0);
        const QPointF at = window.graph()->nodePosition(cazeneuve);
        QCOMPARE(window.graph()->nodeAt(at), cazeneuve);
        QTest::mouseClick(window.graph(), Qt::LeftButton, {}, at.toPoint());
        QCOMPARE(selection->correspondent(), cazeneuve);
        QCOMPARE(list->rowCount(), 2);
        selection->setCorrespondent(0);

        // "prefet" and "Préfet" find the same documents; the reader highlights the word as written.
        QSignalSpy searched(&window, &ui::MainWindow::searchFinished);
        auto searchFor = [&](const QString& query) {
            searched.clear();
            window.search(query);
            return searched.count() > 0 || searched.wait(10000);
        };
        QVERIFY(searchFor(QStringLiteral("prefet")));
        const int plain = list->rowCount();
        QVERIFY(plain >= 1);
        QVERIFY(!window.readerSearchHighlights().isEmpty());
        const auto [offset, length] = window.readerSearchHighlights().first();
        QCOMPARE(window.readerText().mid(offset, length).toLower(), QStringLiteral("préfet"));
        QVERIFY(searchFor(QStringLiteral("Préfet")));
        QCOMPARE(list->rowCount(), plain);

        // A half-typed phrase is answered gently and keeps the last results.
        QVERIFY(searchFor(QStringLiteral("\"jungle")));
        QVERIFY2(window.searchMessage().contains(QStringLiteral("quote")), qPrintable(window.searchMessage()));
        QCOMPARE(list->rowCount(), plain);
        QVERIFY(searchFor(QString()));
        QCOMPARE(list->rowCount(), 5);

        // Typing on while a search runs: only the newest query is shown.
        searched.clear();
        window.search(QStringLiteral("prefet"));
        window.search(QStringLiteral("Migreurop"));
        QVERIFY(searched.wait(10000));
        QTRY_VERIFY(!window.isSearching());
        QCOMPARE(selection->searchQuery(), QStringLiteral("Migreurop"));
        QVERIFY(list->rowCount() >= 1 && list->rowCount() < 5);
        QVERIFY(searchFor(QString()));
    }

    // Many hits: the first ones are listed at once, the rest follow in later turns of the event
    // loop, each hit once and best first.
    void search_manyHits_listsEveryRankedHitOnce()
    {
        QTemporaryDir letters;
        QFile sample(core::CorpusLocation::sampleCorpus() + QStringLiteral("/000_a2062bf0896207c8.txt"));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        const QByteArray text = sample.readAll();
        constexpr int kLetters = 90;
        for (int i = 0; i < kLetters; ++i) {
            QFile f(letters.filePath(QStringLiteral("letter%1.txt").arg(i)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            // Each a little different, so none is a duplicate and the ranking has something to order.
            f.write(text + "\nPost-scriptum : " + QByteArray("douche ").repeated(1 + i % 7) + QByteArray::number(i) + "\n");
        }
        ui::MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(importAndWait(window, m_dir.filePath(QStringLiteral("many.db")), { letters.path() }));
        QSignalSpy searched(&window, &ui::MainWindow::searchFinished);
        window.search(QStringLiteral("douche"));
        QVERIFY(searched.count() > 0 || searched.wait(10000));
        QTextBrowser* results = nullptr;
        for (QTextBrowser* browser : window.findChildren<QTextBrowser*>())
            if (browser->toHtml().contains(QLatin1String("doc:")))
                results = browser;
        QVERIFY(results);
        const auto listed = [&] {
            QList<qint64> ids;
            const QString html = results->toHtml();
            for (qsizetype at = html.indexOf(QLatin1String("doc:")); at >= 0; at = html.indexOf(QLatin1String("doc:"), at + 4))
                ids.append(QStringView(html).mid(at + 4).left(12).toString().section(QLatin1Char('"'), 0, 0).toLongLong());
            return ids;
        };
        QVERIFY(listed().size() < kLetters); // the first piece only, before the event loop turns
        QTRY_COMPARE(listed().size(), kLetters);
        const QList<qint64> ids = listed();
        QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), kLetters);
        QCOMPARE(window.selection()->currentDocument(), ids.first()); // the best hit is opened
        if (const QString dir = qEnvironmentVariable("LITTORAL_WINDOW_PNG_DIR"); !dir.isEmpty()) {
            results->verticalScrollBar()->setValue(results->verticalScrollBar()->maximum() / 3);
            QVERIFY(window.grab().save(dir + QStringLiteral("/search-many-hits.png")));
        }
    }

    // Clicking the list's column headers while a search filters it: the hits, and only they, in
    // the order of the column clicked, either way.
    void search_thenSortByEachColumn_showsTheHitsInThatOrder()
    {
        ui::MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(importAndWait(window, m_dir.filePath(QStringLiteral("sorted.db")), { core::CorpusLocation::sampleCorpus() }));
        QSignalSpy searched(&window, &ui::MainWindow::searchFinished);
        window.search(QStringLiteral("migrants"));
        QVERIFY(searched.count() > 0 || searched.wait(10000));
        core::DocumentFilterProxy* list = window.documentProxy();
        const int hits = list->rowCount();
        QVERIFY(hits >= 2 && hits < 5);
        QTableView* table = nullptr;
        for (QTableView* view : window.findChildren<QTableView*>())
            if (view->model() == list)
                table = view;
        QVERIFY(table);
        for (QTabWidget* tabs : window.findChildren<QTabWidget*>())
            if (tabs->isAncestorOf(table))
                tabs->setCurrentIndex(0); // the list, as a person clicking its tab sees it
        QHeaderView* header = table->horizontalHeader();
        for (const int column : { int(DocumentTableModel::TitleColumn), int(DocumentTableModel::SendersColumn),
                 int(DocumentTableModel::TypeColumn), int(DocumentTableModel::DateColumn) }) {
            for (int click = 0; click < 2; ++click) {
                QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                    QPoint(header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2));
                QCOMPARE(list->sortColumn(), column);
                QCOMPARE(list->sortOrder(), header->sortIndicatorOrder());
                QCOMPARE(list->rowCount(), hits);
                for (int row = 0; row < hits; ++row) {
                    QVERIFY(window.selection()->isSearchHit(list->index(row, 0).data(DocumentTableModel::DocumentIdRole).toLongLong()));
                    if (row == 0)
                        continue;
                    const QVariant a = list->index(row - 1, column).data(DocumentTableModel::SortRole);
                    const QVariant b = list->index(row, column).data(DocumentTableModel::SortRole);
                    const auto order = QVariant::compare(a, b);
                    QVERIFY2(list->sortOrder() == Qt::AscendingOrder ? order != QPartialOrdering::Greater : order != QPartialOrdering::Less,
                        qPrintable(QStringLiteral("column %1, rows %2 and %3: %4 / %5").arg(column).arg(row - 1).arg(row).arg(a.toString(), b.toString())));
                }
                if (const QString dir = qEnvironmentVariable("LITTORAL_WINDOW_PNG_DIR"); !dir.isEmpty())
                    QVERIFY(window.grab().save(QStringLiteral("%1/search-sorted-%2-%3.png").arg(dir).arg(column).arg(click)));
            }
        }
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

    // After an import that finds files gone, the window asks before removing their documents.
    void import_goneFile_isRemovedOnlyWhenTheUserAgrees_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<int>("rows");
        QTest::addRow("keep") << QStringLiteral("Keep") << 3;
        QTest::addRow("remove") << QStringLiteral("Remove") << 2;
    }
    void import_goneFile_isRemovedOnlyWhenTheUserAgrees()
    {
        QFETCH(QString, answer);
        QFETCH(int, rows);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("in"));
        QVERIFY(QDir().mkpath(folder));
        for (const char* name : { "a", "b", "c" }) {
            QFile file(folder + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".txt"));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray("Lettre ") + name + " du 3 mars 2016.\n");
        }
        const QString db = dir.filePath(QStringLiteral("gone.db"));
        ui::MainWindow window;
        window.show();
        QVERIFY(importAndWait(window, db, { folder }));
        QCOMPARE(window.documentProxy()->rowCount(), 3);
        QVERIFY(QFile::remove(folder + QStringLiteral("/b.txt")));

        int asked = 0;
        QString details;
        QTimer answering;
        connect(&answering, &QTimer::timeout, &window, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box || box->objectName() != QLatin1String("confirmRemoveGone"))
                return;
            ++asked;
            details = box->detailedText();
            for (QAbstractButton* button : box->buttons())
                if (button->text() == answer)
                    button->click();
        });
        answering.start(20);
        QVERIFY(importAndWait(window, db, { folder }));
        answering.stop();
        QCOMPARE(asked, 1);
        QCOMPARE(details, QDir::cleanPath(folder + QStringLiteral("/b.txt")));
        QCOMPARE(window.documentProxy()->rowCount(), rows);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
