// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the first minutes trip over, driven through the real window offscreen: counts that say what the
// list shows, no search label outliving its search, the role filter, the type filter from the legend,
// and the reader saying when its document is outside the filter.
#include "core/import/corpuslocation.h"
#include "core/import/importjob.h"
#include "core/models/documentfilterproxy.h"
#include "core/models/documenttablemodel.h"
#include "core/models/selectionstate.h"
#include "ui/graphview.h"
#include "ui/mainwindow.h"
#include "ui/readerfilterbar.h"
#include "ui/rolefilterbox.h"
#include "ui/timelineview.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace littoral;
using core::DocumentTableModel;
using core::DocumentType;
using core::ParticipantRole;

namespace {

qint64 idOf(const core::CorpusIndex& corpus, const QString& name)
{
    for (const core::CorrespondentSummary& c : corpus.correspondents())
        if (c.name == name)
            return c.id;
    return 0;
}

QSet<qint64> listIds(const QAbstractItemModel& list)
{
    QSet<qint64> ids;
    for (int row = 0; row < list.rowCount(); ++row)
        ids.insert(list.index(row, 0).data(DocumentTableModel::DocumentIdRole).toLongLong());
    return ids;
}

QAction* actionWithShortcut(QWidget& window, const QKeySequence& shortcut)
{
    for (QAction* action : window.findChildren<QAction*>())
        if (action->shortcut() == shortcut)
            return action;
    return nullptr;
}

// Runs `answer` on the next popup menu once it is up.
void whenMenuShown(std::function<void(QMenu*)> answer)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, answer] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        if (!menu)
            return;
        timer->stop();
        timer->deleteLater();
        answer(menu);
    });
    timer->start();
}

// With LITTORAL_TEST_SHOTS=DIR, the window as a test left it, to look at.
void shoot(QWidget& window, const QString& name)
{
    if (const QString dir = qEnvironmentVariable("LITTORAL_TEST_SHOTS"); !dir.isEmpty())
        window.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace

class TestMainWindowFilters final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

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

    // A window at a laptop's size on the sample corpus, every view filled.
    static bool openAndWait(ui::MainWindow& window, const QString& db)
    {
        QSignalSpy loaded(&window, &ui::MainWindow::corpusLoaded);
        window.resize(1366, 768);
        window.show();
        return !db.isEmpty() && window.openDatabase(db) && loaded.wait(30000);
    }

    static QTabWidget* listTabs(ui::MainWindow& window) { return window.findChild<QTabWidget*>(QStringLiteral("listTabs")); }
    static QLineEdit* field(ui::MainWindow& window, const char* name) { return window.findChild<QLineEdit*>(QLatin1String(name)); }

    static bool searchAndWait(ui::MainWindow& window, const QString& query)
    {
        QSignalSpy finished(&window, &ui::MainWindow::searchFinished);
        window.search(query);
        return (!finished.isEmpty() || finished.wait(30000)) && window.selection()->hasSearch();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    }

    void quickFilter_typed_statusCountsTheListsRows()
    {
        ui::MainWindow window;
        QVERIFY(openAndWait(window, sampleDatabase(QStringLiteral("quick.db"))));
        QVERIFY(!window.statusText().contains(QStringLiteral("showing")));
        QLineEdit* filter = field(window, "listFilter");
        QVERIFY(filter);
        QTest::keyClicks(filter, QStringLiteral("bouchart"));
        QTRY_COMPARE(window.documentProxy()->rowCount(), 1);
        QVERIFY2(window.statusText().contains(QStringLiteral("showing 1 of 5")), qPrintable(window.statusText()));
        QVERIFY(window.statusText().contains(QStringLiteral("list filter “bouchart”")));
        // A graph pick on top: the count is still the list's.
        const qint64 darmanin = idOf(window.selection()->corpus(), QStringLiteral("Gérald Darmanin"));
        QVERIFY(darmanin != 0);
        window.selection()->setCorrespondent(darmanin);
        QCOMPARE(window.documentProxy()->rowCount(), 0);
        QVERIFY2(window.statusText().contains(QStringLiteral("showing 0 of 5")), qPrintable(window.statusText()));
        window.selection()->setCorrespondent(0);
        QVERIFY2(window.statusText().contains(QStringLiteral("showing 1 of 5")), qPrintable(window.statusText()));
        // Esc in the field empties it: every row, and no "showing".
        QTest::keyClick(filter, Qt::Key_Escape);
        QCOMPARE(filter->text(), QString());
        QTRY_COMPARE(window.documentProxy()->rowCount(), 5);
        QVERIFY2(!window.statusText().contains(QStringLiteral("showing")), qPrintable(window.statusText()));
    }

    void clearingTheSearch_removesItsLabelAndTabCount_data()
    {
        QTest::addColumn<bool>("byEscape");
        QTest::addRow("escape_in_the_search_field") << true;
        QTest::addRow("edit_clear_filters") << false;
    }

    void clearingTheSearch_removesItsLabelAndTabCount()
    {
        QFETCH(bool, byEscape);
        ui::MainWindow window;
        QVERIFY(openAndWait(window, sampleDatabase(QStringLiteral("search.db"))));
        QVERIFY(searchAndWait(window, QStringLiteral("Calais")));
        QVERIFY(!window.searchMessage().isEmpty());
        QVERIFY(listTabs(window)->tabText(1).startsWith(QStringLiteral("Search results (")));
        QVERIFY(window.statusText().contains(QStringLiteral("showing")));
        if (byEscape) {
            QTest::keyClick(field(window, "searchField"), Qt::Key_Escape);
            QTRY_VERIFY(!window.selection()->hasSearch());
        } else {
            QAction* clear = actionWithShortcut(window, QKeySequence(QStringLiteral("Ctrl+Backspace")));
            QVERIFY(clear);
            clear->trigger(); // at once: no typing delay to wait for
        }
        QCOMPARE(field(window, "searchField")->text(), QString());
        QCOMPARE(window.searchMessage(), QString());
        QCOMPARE(listTabs(window)->tabText(1), QStringLiteral("Search results"));
        QCOMPARE(window.documentProxy()->rowCount(), 5);
        QVERIFY2(!window.statusText().contains(QStringLiteral("showing")), qPrintable(window.statusText()));
    }

    void openingAnotherCorpus_leavesNoStaleSearch()
    {
        ui::MainWindow window;
        QVERIFY(openAndWait(window, sampleDatabase(QStringLiteral("first.db"))));
        QVERIFY(searchAndWait(window, QStringLiteral("Calais")));
        QTest::keyClicks(field(window, "listFilter"), QStringLiteral("lettre"));
        QSignalSpy loaded(&window, &ui::MainWindow::corpusLoaded);
        QVERIFY(window.openDatabase(sampleDatabase(QStringLiteral("second.db"))));
        QVERIFY(loaded.wait(30000));
        QVERIFY(!window.selection()->hasSearch());
        QCOMPARE(field(window, "searchField")->text(), QString());
        QCOMPARE(window.searchMessage(), QString());
        QCOMPARE(listTabs(window)->tabText(1), QStringLiteral("Search results"));
        // The list's quick filter is the person's and stays; the status says so and counts it.
        QTRY_VERIFY(!window.documentProxy()->textFilter().isEmpty());
        QVERIFY2(window.statusText().contains(QStringLiteral("showing %1 of 5").arg(window.documentProxy()->rowCount())),
            qPrintable(window.statusText()));
        QVERIFY(!window.statusText().contains(QStringLiteral("“Calais”")));
    }

    void roleFilter_sentTo_listShowsTheLettersSentToThatCorrespondent()
    {
        ui::MainWindow window;
        QVERIFY(openAndWait(window, sampleDatabase(QStringLiteral("role.db"))));
        const core::CorpusIndex& corpus = window.selection()->corpus();
        // The correspondent with the most documents as recipient: the choice changes the list.
        QHash<qint64, QSet<qint64>> received, any;
        for (const core::Participation& p : corpus.participations()) {
            if (p.role == ParticipantRole::Recipient)
                received[p.correspondentId].insert(p.documentId);
            if (p.role != ParticipantRole::Mentioned)
                any[p.correspondentId].insert(p.documentId);
        }
        qint64 chosen = 0;
        for (auto it = received.cbegin(); it != received.cend(); ++it)
            if (any.value(it.key()).size() > it->size() && (chosen == 0 || it->size() > received.value(chosen).size()))
                chosen = it.key();
        QVERIFY2(chosen != 0, "no sample correspondent both sends and receives");
        window.selection()->setCorrespondent(chosen);
        QCOMPARE(listIds(*window.documentProxy()), any.value(chosen));

        auto* role = window.findChild<ui::RoleFilterBox*>();
        QVERIFY(role);
        QCOMPARE(role->currentIndex(), 0);
        role->setFocus();
        QTest::keyClick(role, Qt::Key_Down); // Sent by
        QTest::keyClick(role, Qt::Key_Down); // Sent to
        QCOMPARE(window.selection()->correspondentRole(), std::optional(ParticipantRole::Recipient));
        QCOMPARE(listIds(*window.documentProxy()), received.value(chosen));
        shoot(window, QStringLiteral("role-sent-to"));
        const QString name = corpus.correspondent(chosen)->name;
        QVERIFY2(window.statusText().contains(QStringLiteral("showing %1 of 5: sent to %2").arg(received.value(chosen).size()).arg(name)),
            qPrintable(window.statusText()));
        // Clear Filters: any role again.
        window.clearFilters();
        QCOMPARE(role->currentIndex(), 0);
        QCOMPARE(window.documentProxy()->rowCount(), 5);
    }

    void graphMenu_showLettersSentBy_filtersToThatRole()
    {
        ui::MainWindow window;
        QVERIFY(openAndWait(window, sampleDatabase(QStringLiteral("menu.db"))));
        ui::GraphView* graph = window.graph();
        QTRY_VERIFY_WITH_TIMEOUT(!graph->isLayoutRunning() && graph->nodeCount() > 0, 30000);
        const qint64 bouchart = idOf(window.selection()->corpus(), QStringLiteral("Natacha Bouchart"));
        QVERIFY(bouchart != 0);
        QStringList offered;
        whenMenuShown([&](QMenu* menu) {
            QAction* chosen = nullptr;
            for (QAction* a : menu->actions()) {
                offered.append(a->text());
                if (a->text() == QStringLiteral("Show letters sent by Natacha Bouchart"))
                    chosen = a;
            }
            if (chosen)
                chosen->trigger();
            menu->close();
        });
        const QPoint position = graph->nodePosition(bouchart).toPoint();
        QContextMenuEvent event(QContextMenuEvent::Mouse, position, graph->mapToGlobal(position));
        QApplication::sendEvent(graph, &event);
        QVERIFY2(offered.contains(QStringLiteral("Show letters sent to Natacha Bouchart")), qPrintable(offered.join(QLatin1Char('|'))));
        QVERIFY(offered.contains(QStringLiteral("Show documents mentioning Natacha Bouchart")));
        QCOMPARE(window.selection()->correspondent(), bouchart);
        QCOMPARE(window.selection()->correspondentRole(), std::optional(ParticipantRole::Sender));
        QCOMPARE(window.findChild<ui::RoleFilterBox*>()->currentIndex(), ui::RoleFilterBox::indexOf(ParticipantRole::Sender));
        QSet<qint64> sent;
        for (const core::Participation& p : window.selection()->corpus().participations())
            if (p.correspondentId == bouchart && p.role == ParticipantRole::Sender)
                sent.insert(p.documentId);
        QVERIFY(!sent.isEmpty());
        QCOMPARE(listIds(*window.documentProxy()), sent);
    }

    void typeLegend_click_hidesThenShowsThatType()
    {
        ui::MainWindow window;
        QVERIFY(openAndWait(window, sampleDatabase(QStringLiteral("types.db"))));
        ui::TimelineView* timeline = window.timeline();
        timeline->grab(); // paints the legend
        const QRectF letters = timeline->typeLegendRect(DocumentType::Letter);
        QVERIFY(!letters.isEmpty());
        QCOMPARE(timeline->toolTipAt(letters.center()), QStringLiteral("Click to hide letters"));
        QSet<qint64> others;
        for (const core::DocumentSummary& d : window.selection()->corpus().documents())
            if (d.type != DocumentType::Letter)
                others.insert(d.id);
        QVERIFY(others.size() < 5 && !others.isEmpty());

        QTest::mouseClick(timeline, Qt::LeftButton, {}, letters.center().toPoint());
        QVERIFY(!window.selection()->isTypeShown(DocumentType::Letter));
        QCOMPARE(listIds(*window.documentProxy()), others);
        QVERIFY2(window.statusText().contains(QStringLiteral("showing %1 of 5").arg(others.size())), qPrintable(window.statusText()));
        timeline->grab();
        QCOMPARE(timeline->toolTipAt(timeline->typeLegendRect(DocumentType::Letter).center()), QStringLiteral("Click to show letters"));
        shoot(window, QStringLiteral("letters-hidden"));
        // The graph is laid out again without the letters' correspondents.
        QTRY_VERIFY_WITH_TIMEOUT(!window.graph()->isLayoutRunning(), 30000);

        QTest::mouseClick(timeline, Qt::LeftButton, {}, timeline->typeLegendRect(DocumentType::Letter).center().toPoint());
        QVERIFY(window.selection()->isTypeShown(DocumentType::Letter));
        QCOMPARE(window.documentProxy()->rowCount(), 5);

        // Clear Filters shows every type again.
        QTest::mouseClick(timeline, Qt::LeftButton, {}, timeline->typeLegendRect(DocumentType::Letter).center().toPoint());
        QCOMPARE(listIds(*window.documentProxy()), others);
        window.clearFilters();
        QVERIFY(!window.selection()->hasTypeFilter());
        QCOMPARE(window.documentProxy()->rowCount(), 5);
    }

    void reader_documentOutsideTheFilter_saysSo_andOffersToClear()
    {
        ui::MainWindow window;
        QVERIFY(openAndWait(window, sampleDatabase(QStringLiteral("reader.db"))));
        const core::CorpusIndex& corpus = window.selection()->corpus();
        const qint64 bouchart = idOf(corpus, QStringLiteral("Natacha Bouchart"));
        const qint64 darmanin = idOf(corpus, QStringLiteral("Gérald Darmanin"));
        QVERIFY(bouchart != 0 && darmanin != 0);
        // The mayor's letter in the reader, then a click on someone who is not in it.
        qint64 letter = 0;
        for (const core::DocumentSummary& d : corpus.documents())
            if (corpus.involves(d.id, bouchart) && !corpus.involves(d.id, darmanin))
                letter = d.id;
        QVERIFY(letter != 0);
        window.selection()->setCurrentDocument(letter);
        const QString text = window.readerText();
        QVERIFY(!text.isEmpty());
        ui::ReaderFilterBar* bar = window.readerFilterBar();
        QVERIFY(!bar->isVisibleTo(&window));

        ui::GraphView* graph = window.graph();
        QTRY_VERIFY_WITH_TIMEOUT(!graph->isLayoutRunning() && graph->nodeCount() > 0, 30000);
        QTest::mouseClick(graph, Qt::LeftButton, {}, graph->nodePosition(darmanin).toPoint());
        QCOMPARE(window.selection()->correspondent(), darmanin);
        // The reader keeps the document, and says it is outside the filter.
        QCOMPARE(window.selection()->currentDocument(), letter);
        QCOMPARE(window.readerText(), text);
        QVERIFY(bar->isVisibleTo(&window));
        QCOMPARE(bar->message(), QStringLiteral("This document is not in the current filter."));
        shoot(window, QStringLiteral("reader-outside-filter"));

        // "Show it anyway": the note goes, the document stays.
        QTest::mouseClick(bar->showAnywayButton(), Qt::LeftButton);
        QVERIFY(!bar->isVisibleTo(&window));
        QCOMPARE(window.readerText(), text);
        // A document of the filter: no note. Back to the letter: still dismissed, until the filters change.
        window.selection()->setCurrentDocument(window.documentProxy()->index(0, 0).data(DocumentTableModel::DocumentIdRole).toLongLong());
        QVERIFY(!bar->isVisibleTo(&window));
        window.selection()->setCurrentDocument(letter);
        QVERIFY(!bar->isVisibleTo(&window));
        window.selection()->setCorrespondentRole(ParticipantRole::Sender);
        QVERIFY(bar->isVisibleTo(&window));
        // The list's own quick filter counts too: with no other filter, a text the letter lacks.
        window.selection()->setCorrespondent(0);
        QVERIFY(!bar->isVisibleTo(&window));
        QTest::keyClicks(window.findChild<QLineEdit*>(QStringLiteral("listFilter")), QStringLiteral("Darmanin"));
        QTRY_VERIFY(bar->isVisibleTo(&window));
        window.selection()->setCorrespondent(darmanin);

        // "Clear filters": every document again, this one selected in the list.
        QTest::mouseClick(bar->clearButton(), Qt::LeftButton);
        QCOMPARE(window.selection()->correspondent(), 0);
        QCOMPARE(window.documentProxy()->rowCount(), 5);
        QVERIFY(!bar->isVisibleTo(&window));
        QTableView* table = nullptr;
        for (QTableView* view : window.findChildren<QTableView*>())
            if (view->model() == window.documentProxy())
                table = view;
        QVERIFY(table);
        QCOMPARE(window.selection()->currentDocument(), letter);
        QCOMPARE(window.documentProxy()->index(table->currentIndex().row(), 0).data(DocumentTableModel::DocumentIdRole).toLongLong(), letter);
    }
};

QTEST_MAIN(TestMainWindowFilters)
#include "tst_mainwindowfilters.moc"
