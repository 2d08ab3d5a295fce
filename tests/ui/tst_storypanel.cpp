// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// View ▸ Stories on the real window and the sample corpus, offscreen: steps made from three views,
// captions, reordering, deleting (each one change, undone by Edit ▸ Undo), export → import into a fresh
// corpus, a step shown in the window, chronology events as steps.
#include "core/import/corpuslocation.h"
#include "core/import/importjob.h"
#include "core/models/selectionstate.h"
#include "core/session/corpussession.h"
#include "ui/chronologycontroller.h"
#include "ui/chronologyeventchooser.h"
#include "ui/mainwindow.h"
#include "ui/storypanel.h"
#include "ui/storystepmodel.h"
#include "ui/timelineview.h"
#include "ui/undocontroller.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace littoral;

namespace {

core::DocumentFilter period(const QString& from, const QString& to)
{
    core::DocumentFilter filter;
    filter.from = core::DocumentFilter::parseDate(from);
    filter.to = core::DocumentFilter::parseDate(to);
    return filter;
}

QStringList captions(const core::Story& story)
{
    QStringList list;
    for (const core::StoryStep& step : story.steps)
        list << step.caption;
    return list;
}

} // namespace

class TestStoryPanel final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // The sample corpus in a database of the test's own (a new one for each name).
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

    static bool open(ui::MainWindow& window, const QString& db)
    {
        QSignalSpy loaded(&window, &ui::MainWindow::corpusLoaded);
        return !db.isEmpty() && window.openDatabase(db) && loaded.wait(30000);
    }

    static int changes(ui::MainWindow& window)
    {
        const auto history = window.session()->history();
        return history ? int(history->size()) : -1;
    }

    static core::Story stored(ui::MainWindow& window, const QString& id)
    {
        const auto story = window.session()->story(id);
        return story && *story ? **story : core::Story {};
    }

    // The documents of the sample corpus dated in `year` (the corpus has one a year but 2016).
    static const core::DocumentSummary* documentOf(ui::MainWindow& window, int year)
    {
        for (const core::DocumentSummary& d : window.selection()->corpus().documents())
            if (d.dateStart.isValid() && d.dateStart.year() == year)
                return &d;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    }

    void viewMenu_showsThePanel_withItsOwnShortcut()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(open(window, sampleDatabase(QStringLiteral("menu.db"))));
        QAction* stories = window.storyPanel()->toggleViewAction();
        QCOMPARE(stories->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
        bool inViewMenu = false;
        for (QAction* menu : window.menuBar()->actions())
            if (menu->menu() && menu->menu()->actions().contains(stories))
                inViewMenu = true;
        QVERIFY(inViewMenu);
        // No other action of the window answers the same keys.
        int same = 0;
        for (QAction* action : window.findChildren<QAction*>())
            same += action->shortcuts().contains(stories->shortcut()) ? 1 : 0;
        QCOMPARE(same, 1);
        QVERIFY(!window.storyPanel()->isVisible());
        stories->trigger();
        QVERIFY(window.storyPanel()->isVisible());
    }

    void steps_madeEditedReorderedDeleted_eachOneChange_undoRestoresThem()
    {
        ui::MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(open(window, sampleDatabase(QStringLiteral("steps.db"))));
        ui::StoryPanel* panel = window.storyPanel();
        panel->show();
        QAbstractItemModelTester tester(panel->stepModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        core::SelectionState* selection = window.selection();

        const auto made = panel->newStory(QStringLiteral("Calais, 2014 to 2020"));
        QVERIFY2(made, qPrintable(made ? QString() : made.error().detail));
        const QString id = made->id;
        QCOMPARE(panel->currentStory().id, id);
        QCOMPARE(panel->storyChooser()->currentText(), QStringLiteral("Calais, 2014 to 2020"));

        // Three views: a period; a correspondent; letters only, with a document on show.
        const core::DocumentSummary* letter = documentOf(window, 2017);
        QVERIFY(letter && !letter->senders.isEmpty());
        QList<core::DocumentFilter> filters;
        filters << period(QStringLiteral("2014"), QStringLiteral("2015"));
        core::DocumentFilter bySender;
        bySender.correspondent = letter->senders.first();
        bySender.role = core::ParticipantRole::Sender;
        filters << bySender;
        core::DocumentFilter letters;
        letters.types = QList<core::DocumentType> { core::DocumentType::Letter };
        filters << letters;
        QList<QList<core::StoryStep>> snapshots; // the story's steps after each change
        int before = changes(window);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(selection->applyFilter(filters.at(i)).isEmpty());
            filters[i] = selection->filter(); // as the selection says it (a period by its days)
            if (i == 2)
                selection->setCurrentDocument(letter->id);
            QVERIFY(panel->addCurrentView());
            QCOMPARE(changes(window), ++before);
            snapshots << stored(window, id).steps;
        }
        QList<core::StoryStep> steps = stored(window, id).steps;
        QCOMPARE(steps.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(steps.at(i).filter, filters.at(i));
        QCOMPARE(steps.at(2).document, letter->source);
        QVERIFY(steps.at(2).showReader);
        QCOMPARE(panel->stepModel()->rowCount(), 3);
        QCOMPARE(panel->currentStep(), 2); // the new step, ready for its caption

        // Captions: typed and saved after a pause; typed and saved when another step is chosen; set.
        panel->setCurrentStep(0);
        panel->captionEditor()->setPlainText(QStringLiteral("Before the camp"));
        QCOMPARE(captions(stored(window, id)).at(0), QString()); // not at every key
        QTRY_COMPARE_WITH_TIMEOUT(captions(stored(window, id)).at(0), QStringLiteral("Before the camp"), 5000);
        QCOMPARE(changes(window), ++before);
        snapshots << stored(window, id).steps;
        panel->setCurrentStep(1);
        panel->captionEditor()->setPlainText(QStringLiteral("The mayor writes"));
        panel->setCurrentStep(2);
        QCOMPARE(captions(stored(window, id)).at(1), QStringLiteral("The mayor writes"));
        QCOMPARE(changes(window), ++before);
        snapshots << stored(window, id).steps;
        QCOMPARE(panel->captionEditor()->toPlainText(), QString());
        QVERIFY(panel->setCaption(2, QStringLiteral("Letters only")));
        QCOMPARE(changes(window), ++before);
        snapshots << stored(window, id).steps;
        QCOMPARE(captions(stored(window, id)),
            (QStringList { QStringLiteral("Before the camp"), QStringLiteral("The mayor writes"), QStringLiteral("Letters only") }));
        QVERIFY(panel->stepModel()->index(0).data().toString().startsWith(QStringLiteral("1. Before the camp")));
        QVERIFY(panel->stepModel()->index(0).data().toString().contains(filters.at(0).describe()));

        // Dragged: the first step dropped after the last (what the list view's drop does to the model).
        {
            QMimeData* data = panel->stepModel()->mimeData({ panel->stepModel()->index(0) });
            QVERIFY(panel->stepModel()->canDropMimeData(data, Qt::MoveAction, 3, 0, {}));
            QVERIFY(panel->stepModel()->dropMimeData(data, Qt::MoveAction, 3, 0, {}));
            delete data;
        }
        QTRY_COMPARE(captions(stored(window, id)),
            (QStringList { QStringLiteral("The mayor writes"), QStringLiteral("Letters only"), QStringLiteral("Before the camp") }));
        QCOMPARE(changes(window), ++before);
        snapshots << stored(window, id).steps;
        // moveRows, as QListView's internal move calls it: the last step back to the top.
        QVERIFY(panel->stepModel()->moveRows({}, 2, 1, {}, 0));
        QTRY_COMPARE(captions(stored(window, id)),
            (QStringList { QStringLiteral("Before the camp"), QStringLiteral("The mayor writes"), QStringLiteral("Letters only") }));
        QCOMPARE(changes(window), ++before);
        snapshots << stored(window, id).steps;

        // Alt+Down moves the chosen step down; Del deletes it.
        panel->setCurrentStep(0);
        panel->stepList()->setFocus();
        QTest::keyClick(panel->stepList(), Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(captions(stored(window, id)),
            (QStringList { QStringLiteral("The mayor writes"), QStringLiteral("Before the camp"), QStringLiteral("Letters only") }));
        QCOMPARE(panel->currentStep(), 1); // the moved step stays chosen
        QCOMPARE(changes(window), ++before);
        snapshots << stored(window, id).steps;
        QTest::keyClick(panel->stepList(), Qt::Key_Delete);
        QCOMPARE(captions(stored(window, id)), (QStringList { QStringLiteral("The mayor writes"), QStringLiteral("Letters only") }));
        QCOMPARE(changes(window), ++before);
        QCOMPARE(panel->stepModel()->rowCount(), 2);

        // Edit ▸ Undo, change by change: the panel shows the steps as they were before each.
        QAction* undo = window.undoController()->undoAction();
        for (qsizetype i = snapshots.size() - 1; i >= 0; --i) {
            QVERIFY(undo->isEnabled());
            undo->trigger();
            QCOMPARE(stored(window, id).steps, snapshots.at(i));
            QCOMPARE(panel->currentStory().steps, snapshots.at(i));
            QCOMPARE(panel->stepModel()->steps(), snapshots.at(i));
        }
        undo->trigger(); // the first step goes
        QCOMPARE(panel->stepModel()->rowCount(), 0);
        undo->trigger(); // the story goes
        QVERIFY(panel->currentStory().id.isEmpty());
        QCOMPARE(panel->storyChooser()->count(), 0);
    }

    void exportThenImport_inAFreshCorpus_givesAnEqualStory()
    {
        const QString file = m_dir.filePath(QStringLiteral("story.json"));
        core::Story exported;
        {
            ui::MainWindow window;
            window.show();
            QVERIFY(open(window, sampleDatabase(QStringLiteral("exporting.db"))));
            ui::StoryPanel* panel = window.storyPanel();
            QVERIFY(panel->newStory(QStringLiteral("For a colleague")));
            const core::DocumentSummary* letter = documentOf(window, 2017);
            window.selection()->applyFilter(period(QStringLiteral("2016"), QStringLiteral("2017")));
            window.selection()->setCurrentDocument(letter->id);
            QVERIFY(panel->addCurrentView(QStringLiteral("The letter of February 2017")));
            core::DocumentFilter bySender;
            bySender.correspondent = letter->senders.first();
            window.selection()->applyFilter(bySender);
            QVERIFY(panel->addCurrentView(QStringLiteral("Everything the mayor sent")));
            QVERIFY(panel->exportStory(file));
            exported = panel->currentStory();
            QCOMPARE(exported.steps.size(), 2);
        }
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readAll().contains("\"format\": \"littoral-story/1\""));

        ui::MainWindow window;
        window.show();
        QVERIFY(open(window, sampleDatabase(QStringLiteral("importing.db"))));
        ui::StoryPanel* panel = window.storyPanel();
        const int before = changes(window);
        const auto imported = panel->importStory(file);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().detail));
        QVERIFY2(imported->unknown.isEmpty(), qPrintable(imported->unknown.join(QLatin1Char('\n'))));
        QCOMPARE(changes(window), before + 1);
        QCOMPARE(imported->story, exported); // same id (this corpus has none such), title and steps
        QCOMPARE(stored(window, exported.id).steps, exported.steps);
        QCOMPARE(panel->currentStory(), exported);

        // Again: a story of its own, not a replacement.
        const auto again = panel->importStory(file);
        QVERIFY(again);
        QVERIFY(again->story.id != exported.id);
        QCOMPARE(again->story.title, QStringLiteral("For a colleague (2)"));
        QCOMPARE(again->story.steps, exported.steps);
        QCOMPARE(window.session()->stories()->size(), 2);
        QCOMPARE(stored(window, exported.id), exported);
    }

    void import_namesWhatTheCorpusLacks_andImportsAnyway()
    {
        core::Story story;
        story.id = core::Story::newId();
        story.title = QStringLiteral("From another corpus");
        core::StoryStep known;
        known.caption = QStringLiteral("All of it");
        core::StoryStep unknown;
        unknown.caption = QStringLiteral("A letter we lack");
        unknown.document = QStringLiteral("letter-12.txt");
        unknown.filter.correspondent = QStringLiteral("Someone Elsewhere");
        story.steps = { known, unknown };
        const QString file = m_dir.filePath(QStringLiteral("foreign.json"));
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(story.toFile(QStringLiteral("another corpus")));
        }
        ui::MainWindow window;
        window.show();
        QVERIFY(open(window, sampleDatabase(QStringLiteral("foreign.db"))));
        const auto imported = window.storyPanel()->importStory(file);
        QVERIFY(imported);
        QStringList gaps = imported->unknown;
        gaps.sort();
        QCOMPARE(gaps,
            (QStringList { QStringLiteral("Step 2: correspondent Someone Elsewhere is not in this corpus."),
                QStringLiteral("Step 2: document letter-12.txt is not in this corpus.") }));
        QCOMPARE(stored(window, story.id).steps, story.steps);

        // Not a story file: refused with a sentence, nothing saved.
        const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
        {
            QFile out(broken);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write("{\"format\": \"littoral-story/9\"}");
        }
        const int before = changes(window);
        const auto refused = window.storyPanel()->importStory(broken);
        QVERIFY(!refused);
        QVERIFY(refused.error().detail.contains(QLatin1String("littoral-story/9")));
        QCOMPARE(changes(window), before);
    }

    void doubleClick_showsTheStepInTheWindow()
    {
        ui::MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(open(window, sampleDatabase(QStringLiteral("show.db"))));
        ui::StoryPanel* panel = window.storyPanel();
        panel->show();
        const core::DocumentSummary* letter = documentOf(window, 2017);
        QVERIFY(panel->newStory(QStringLiteral("Shown")));
        core::StoryStep step;
        step.caption = QStringLiteral("The mayor's letter, among what matches “calais”");
        // A step's filter as a view gives it (the selection says a period by its days).
        window.selection()->applyFilter(period(QStringLiteral("2016-06"), QStringLiteral("2017-06")));
        step.filter = window.selection()->filter();
        step.filter.query = QStringLiteral("calais");
        step.document = letter->source;
        step.zoomFrom = QDate(2016, 1, 1);
        step.zoomTo = QDate(2017, 12, 31);
        core::Story story = panel->currentStory();
        story.steps = { core::StoryStep { QStringLiteral("Everything"), {}, {}, {}, {}, {}, true, true, false }, step };
        QVERIFY(window.session()->saveStory(story));
        QCOMPARE(panel->stepModel()->rowCount(), 2);

        window.clearFilters();
        window.selection()->setCurrentDocument(0);
        QVERIFY(window.selection()->filter() != step.filter);
        QListView* list = panel->stepList();
        const QRect rect = list->visualRect(panel->stepModel()->index(1));
        QVERIFY(!rect.isEmpty());
        QSignalSpy searched(&window, &ui::MainWindow::searchFinished);
        // As a person double-clicks: a click, then the double-click (QTest sends that event alone).
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_VERIFY(!searched.isEmpty());
        QTRY_COMPARE(window.selection()->filter(), step.filter);
        QVERIFY(window.selection()->hasSearch());
        QCOMPARE(window.selection()->currentDocument(), letter->id);
        QTRY_VERIFY(!window.timeline()->isAnimating());
        const auto [first, last] = window.timeline()->visibleDays();
        QVERIFY2(qAbs(first.daysTo(step.zoomFrom)) <= 31 && qAbs(last.daysTo(step.zoomTo)) <= 31,
            qPrintable(first.toString(Qt::ISODate) + QStringLiteral(" – ") + last.toString(Qt::ISODate)));

        // Back to the first step (Return on the list does the same): no filter, no search.
        panel->setCurrentStep(0);
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_VERIFY(!window.selection()->hasSearch());
        QCOMPARE(window.selection()->filter(), core::DocumentFilter {});
    }

    void chronologyEvent_becomesAStepAroundItsDays()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(open(window, sampleDatabase(QStringLiteral("chronology.db"))));
        core::ChronologyEvent event;
        event.id = QStringLiteral("test-2016-10-24-evacuation");
        QVERIFY(event.setEdtf(QStringLiteral("2016-10-24/2016-10-26")));
        event.labelEn = QStringLiteral("Evacuation of the camp");
        event.labelFr = QStringLiteral("Évacuation du camp");
        event.sourceUrl = QStringLiteral("https://example.org/evacuation");
        QVERIFY(window.session()->editChronology({ event }));
        window.chronologyController()->reload(); // built on the pool
        QTRY_VERIFY(window.chronologyController()->index()->event(event.id));
        ui::StoryPanel* panel = window.storyPanel();
        panel->show();

        QVERIFY(panel->addChronologyEvent(event.id)); // a story is made for it when there is none
        const core::Story story = panel->currentStory();
        QCOMPARE(story.steps.size(), 1);
        const core::StoryStep& step = story.steps.first();
        QCOMPARE(step.chronologyEvent, event.id);
        QCOMPARE(step.caption, QStringLiteral("Evacuation of the camp"));
        QCOMPARE(step.filter.from, core::PartialDate::ofMonth(2016, 9));
        QCOMPARE(step.filter.to, core::PartialDate::ofMonth(2016, 11));
        QCOMPARE(step.zoomFrom, QDate(2016, 9, 1));
        QCOMPARE(step.zoomTo, QDate(2016, 11, 30));
        QCOMPARE(panel->stepModel()->index(0).data(ui::StoryStepModel::ChronologyEventRole).toString(), event.id);
        QVERIFY(!panel->addChronologyEvent(QStringLiteral("no-such-event")));

        // Activated on the timeline while the panel is open: offered as a step.
        emit window.timeline()->chronologyEventActivated(event.id);
        QVERIFY(panel->offerMenu());
        QAction* add = panel->offerMenu()->findChild<QAction*>(QStringLiteral("addChronologyEventToStory"));
        QVERIFY(add);
        QVERIFY(add->text().contains(QStringLiteral("Evacuation of the camp")));
        add->trigger();
        QCOMPARE(stored(window, story.id).steps.size(), 2);
        QCOMPARE(stored(window, story.id).steps.at(1).chronologyEvent, event.id);
        panel->offerMenu()->close();
    }

    void chronologyChooser_listsEventsByDate_andFiltersAccentsAside()
    {
        core::ChronologyEvent later;
        later.id = QStringLiteral("later");
        QVERIFY(later.setEdtf(QStringLiteral("2018-01-18")));
        later.labelEn = QStringLiteral("Sandhurst treaty");
        later.labelFr = QStringLiteral("Traité de Sandhurst");
        core::ChronologyEvent earlier;
        earlier.id = QStringLiteral("earlier");
        QVERIFY(earlier.setEdtf(QStringLiteral("2016-10-24/2016-10-26")));
        earlier.labelEn = QStringLiteral("Evacuation of the camp");
        earlier.labelFr = QStringLiteral("Évacuation du camp");
        auto index = std::make_shared<core::ChronologyIndex>(core::ChronologyIndex::build({ later, earlier }, nullptr));
        ui::ChronologyEventChooser chooser(index);
        QCOMPARE(chooser.list()->count(), 2);
        QVERIFY(chooser.list()->item(0)->text().contains(QStringLiteral("Evacuation of the camp")));
        QVERIFY(chooser.list()->item(0)->text().contains(QStringLiteral("October 2016")));
        QCOMPARE(chooser.chosenId(), QStringLiteral("earlier"));
        chooser.filterField()->setText(QStringLiteral("traite"));
        QVERIFY(chooser.list()->item(0)->isHidden());
        QVERIFY(!chooser.list()->item(1)->isHidden());
        QCOMPARE(chooser.chosenId(), QStringLiteral("later"));
        chooser.filterField()->setText(QStringLiteral("nothing like it"));
        QCOMPARE(chooser.chosenId(), QString());
    }

    void look_windowWithThePanel()
    {
        ui::MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(open(window, sampleDatabase(QStringLiteral("look.db"))));
        ui::StoryPanel* panel = window.storyPanel();
        panel->toggleViewAction()->trigger();
        QVERIFY(panel->newStory(QStringLiteral("Calais, before and after October 2016")));
        window.selection()->applyFilter(period(QStringLiteral("2014"), QStringLiteral("2016")));
        QVERIFY(panel->addCurrentView(QStringLiteral("Before the evacuation: open letters and warnings")));
        window.selection()->applyFilter(period(QStringLiteral("2017"), QStringLiteral("2020")));
        QVERIFY(panel->addCurrentView(QStringLiteral("After: the mayor and the ministry")));
        panel->setCurrentStep(0);
        QApplication::processEvents();
        QVERIFY(panel->width() >= 200);
        QVERIFY(panel->stepList()->visualRect(panel->stepModel()->index(1)).bottom() < panel->stepList()->viewport()->height());
        const QImage shot = window.grab().toImage();
        QCOMPARE(shot.size(), QSize(1366, 768) * shot.devicePixelRatio());
        // To look at it: LITTORAL_STORY_SHOT=/tmp/storypanel.png
        if (const QString path = qEnvironmentVariable("LITTORAL_STORY_SHOT"); !path.isEmpty())
            QVERIFY(shot.save(path));
    }
};

QTEST_MAIN(TestStoryPanel)
#include "tst_storypanel.moc"
