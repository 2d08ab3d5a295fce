// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Presentation mode on the imported sample corpus, offscreen: a three-step story driven with a
// clicker's keys, the projector theme's type sizes, leaving with Esc, and `--view present`.
// Set LITTORAL_DOCS_DIR to also write the README's screenshots there (present-*.png).
#include "core/db/database.h"
#include "core/db/documentrepository.h"
#include "core/domain/story.h"
#include "core/import/corpuslocation.h"
#include "core/import/importjob.h"
#include "core/models/documentfilter.h"
#include "core/models/selectionstate.h"
#include "support/samplecorpus.h"
#include "support/testpaths.h"
#include "ui/graphview.h"
#include "ui/mainwindow.h"
#include "ui/presentation.h"
#include "ui/presentationwindow.h"
#include "ui/timelineview.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QPointer>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <functional>
#include <memory>

using namespace littoral;

namespace {

// Records the pixel size of every font text is drawn with, as the device would show it.
class FontRecorder final : public QPaintEngine {
public:
    FontRecorder()
        : QPaintEngine(QPaintEngine::AllFeatures)
    {
    }
    bool begin(QPaintDevice*) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState&) override { }
    void drawPixmap(const QRectF&, const QPixmap&, const QRectF&) override { }
    // The defaults of these call each other: shapes are not recorded.
    void drawPolygon(const QPointF*, int, PolygonDrawMode) override { }
    void drawPolygon(const QPoint*, int, PolygonDrawMode) override { }
    void drawPath(const QPainterPath&) override { }
    void drawTextItem(const QPointF&, const QTextItem& item) override
    {
        if (item.text().trimmed().isEmpty())
            return;
        const QFont font = item.font();
        const double pixels = font.pixelSize() > 0 ? font.pixelSize() : font.pointSizeF() * 96.0 / 72.0;
        // A scaled painter draws the font larger or smaller than it says.
        const QTransform t = painter()->combinedTransform();
        const double scale = std::sqrt(std::abs(t.determinant()));
        sizes.append({ pixels * scale, item.text() });
    }
    Type type() const override { return QPaintEngine::User; }

    QList<std::pair<double, QString>> sizes;
};

// A 1280×720 screen at 96 dpi that keeps nothing but the text sizes.
class RecordingDevice final : public QPaintDevice {
public:
    QPaintEngine* paintEngine() const override { return &m_engine; }
    FontRecorder& recorder() { return m_engine; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return 1280;
        case PdmHeight:
            return 720;
        case PdmWidthMM:
            return 1280 * 254 / 960;
        case PdmHeightMM:
            return 720 * 254 / 960;
        case PdmNumColors:
            return INT_MAX;
        case PdmDepth:
            return 32;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(devicePixelRatioFScale());
        default:
            return 0;
        }
    }

private:
    mutable FontRecorder m_engine;
};

const core::DocumentSummary* documentOn(const core::CorpusIndex& corpus, QDate day)
{
    for (const core::DocumentSummary& d : corpus.documents())
        if (d.dateStart == day)
            return &d;
    return nullptr;
}

QString senderOf(const core::CorpusIndex& corpus, qint64 document)
{
    for (const core::Participation& p : corpus.participationsOf(document))
        if (p.role == core::ParticipantRole::Sender)
            return corpus.correspondent(p.correspondentId)->name;
    return {};
}

} // namespace

class TestPresentation final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;

    bool openSample(ui::MainWindow& window)
    {
        window.resize(1280, 720);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return false;
        QSignalSpy loaded(&window, &ui::MainWindow::corpusLoaded);
        if (!window.openDatabase(m_db) || !loaded.wait(30000))
            return false;
        if (window.graph()->isLayoutRunning()) {
            QSignalSpy laidOut(window.graph(), &ui::GraphView::layoutFinished);
            return laidOut.wait(30000);
        }
        return true;
    }

    // Three steps on the sample corpus: a search over 2016; a mayor's letters in early 2017, zoomed
    // in; the ministers' meeting of October 2016 with its facts.
    static core::Story story(const core::CorpusIndex& corpus)
    {
        core::Story story;
        story.id = core::Story::newId();
        story.title = QStringLiteral("Calais, 2016–2017");
        core::StoryStep search;
        search.caption = QStringLiteral("2016: every document that names Calais.");
        search.filter.from = core::DocumentFilter::parseDate(QStringLiteral("2016"));
        search.filter.to = core::DocumentFilter::parseDate(QStringLiteral("2016"));
        search.filter.query = QStringLiteral("Calais");
        core::StoryStep mayor;
        mayor.caption = QStringLiteral("The mayor answers the associations.");
        mayor.filter.from = core::DocumentFilter::parseDate(QStringLiteral("2017-01"));
        mayor.filter.to = core::DocumentFilter::parseDate(QStringLiteral("2017-06"));
        const core::DocumentSummary* letter = documentOn(corpus, QDate(2017, 2, 7));
        mayor.filter.correspondent = letter ? senderOf(corpus, letter->id) : QString();
        mayor.zoomFrom = QDate(2017, 1, 15);
        mayor.zoomTo = QDate(2017, 3, 1);
        core::StoryStep meeting;
        meeting.caption = QStringLiteral("October 2016: the ministers meet the associations before the camp is cleared.");
        meeting.filter.from = core::DocumentFilter::parseDate(QStringLiteral("2016-10"));
        meeting.filter.to = core::DocumentFilter::parseDate(QStringLiteral("2016-10"));
        const core::DocumentSummary* communique = documentOn(corpus, QDate(2016, 10, 11));
        meeting.document = communique ? communique->source : QString();
        meeting.zoomFrom = QDate(2016, 10, 5);
        meeting.zoomTo = QDate(2016, 10, 25);
        meeting.showGraph = false;
        meeting.showReader = true;
        story.steps = { search, mayor, meeting };
        return story;
    }

    // What each step must show once the window has settled on it.
    static void checkStep(ui::PresentationWindow* shown, int step)
    {
        const core::StoryStep& expected = shown->story().steps.at(step);
        QCOMPARE(shown->currentStep(), step);
        QTRY_VERIFY(!shown->isWaitingForSearch());
        QTRY_VERIFY(!shown->timeline()->isAnimating());
        core::SelectionState* selection = shown->selection();
        QCOMPARE(selection->filter().firstDay(), expected.filter.firstDay());
        QCOMPARE(selection->filter().lastDay(), expected.filter.lastDay());
        QCOMPARE(selection->periodFrom(), expected.filter.firstDay());
        QCOMPARE(selection->periodTo(), expected.filter.lastDay());
        QCOMPARE(selection->filter().correspondent, expected.filter.correspondent);
        const core::CorpusIndex& corpus = selection->corpus();
        const core::CorrespondentSummary* who = corpus.correspondentNamed(expected.filter.correspondent);
        QCOMPARE(selection->correspondent(), who ? who->id : 0);
        const core::DocumentSummary* current = corpus.document(selection->currentDocument());
        QCOMPARE(current ? current->source : QString(), expected.document);
        QCOMPARE(selection->searchQuery(), expected.filter.query);
        if (!expected.filter.query.isEmpty()) {
            // The search ran on its own connection: its hits, and only they, are on show.
            const QList<qsizetype> rows = selection->acceptedRows();
            QVERIFY(!rows.isEmpty());
            for (const qsizetype row : rows)
                QVERIFY(selection->isSearchHitRow(row));
        }
        const std::pair<QDate, QDate> days = shown->timeline()->visibleDays();
        QCOMPARE(days.first, expected.zoomFrom.isValid() ? expected.zoomFrom : expected.filter.firstDay());
        QCOMPARE(days.second, expected.zoomTo.isValid() ? expected.zoomTo : expected.filter.lastDay());
        QCOMPARE(shown->captionLabel()->text(), expected.caption);
        QCOMPARE(shown->counterLabel()->text(), QStringLiteral("%1 / 3").arg(step + 1));
        QCOMPARE(shown->graph()->isVisible(), expected.showGraph);
        QCOMPARE(shown->factsLabel()->isVisible(), expected.showReader);
        if (expected.showReader)
            QVERIFY2(shown->factsLabel()->text().contains(current->title.toHtmlEscaped()), qPrintable(shown->factsLabel()->text()));
        QVERIFY(shown->unknownLabel()->text().isEmpty());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        m_db = m_dir.filePath(QStringLiteral("sample.db"));
        const auto imported = core::ImportJob(m_db, { core::CorpusLocation::sampleCorpus() }).runSynchronously();
        QVERIFY(imported);
        QCOMPARE(imported->imported, 5);
    }

    // showDays with a duration glides: under way it shows days between the two views (the span
    // shrinking), and it lands on exactly the days asked for; a pointer press stops it.
    void showDays_glides_andLandsOnTheDays()
    {
        auto corpus = test::loadSampleCorpus(m_dir.filePath(QStringLiteral("glide.db")));
        QVERIFY(corpus);
        core::SelectionState selection;
        selection.setCorpus(*corpus);
        ui::TimelineView view(&selection);
        view.resize(1000, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.showDays(QDate(2015, 1, 1), QDate(2020, 12, 31));
        QCOMPARE(view.visibleDays(), std::pair(QDate(2015, 1, 1), QDate(2020, 12, 31)));
        QVERIFY(!view.isAnimating());

        view.showDays(QDate(2016, 10, 17), QDate(2016, 10, 30), 400);
        QVERIFY(view.isAnimating());
        QTest::qWait(150);
        const auto [first, last] = view.visibleDays();
        QVERIFY2(first > QDate(2015, 1, 1) && first < QDate(2016, 10, 17), qPrintable(first.toString(Qt::ISODate)));
        QVERIFY2(last < QDate(2020, 12, 31) && last > QDate(2016, 10, 30), qPrintable(last.toString(Qt::ISODate)));
        QTRY_VERIFY_WITH_TIMEOUT(!view.isAnimating(), 2000);
        QCOMPARE(view.visibleDays(), std::pair(QDate(2016, 10, 17), QDate(2016, 10, 30)));

        view.showDays(QDate(2017, 1, 1), QDate(2017, 12, 31), 400);
        QTest::mousePress(&view, Qt::LeftButton, {}, QPoint(500, 200));
        QVERIFY(!view.isAnimating());
        QTest::mouseRelease(&view, Qt::LeftButton, {}, QPoint(500, 200));
    }

    // The keys a clicker sends, and the step each sequence ends on (the ends hold: no wrapping).
    void keys_goThroughTheSteps_data()
    {
        QTest::addColumn<QList<int>>("keys");
        QTest::addColumn<QList<int>>("steps"); // the step after each key
        QTest::addRow("right_right_left_end_home_space_pageup")
            << QList<int> { Qt::Key_Right, Qt::Key_Right, Qt::Key_Left, Qt::Key_End, Qt::Key_Home, Qt::Key_Space, Qt::Key_PageUp }
            << QList<int> { 1, 2, 1, 2, 0, 1, 0 };
        QTest::addRow("pagedown_past_the_end_holds") << QList<int> { Qt::Key_PageDown, Qt::Key_PageDown, Qt::Key_PageDown, Qt::Key_Space }
                                                     << QList<int> { 1, 2, 2, 2 };
        QTest::addRow("backspace_and_left_before_the_start_hold")
            << QList<int> { Qt::Key_End, Qt::Key_Backspace, Qt::Key_Left, Qt::Key_Left } << QList<int> { 2, 1, 0, 0 };
    }
    void keys_goThroughTheSteps()
    {
        QFETCH(QList<int>, keys);
        QFETCH(QList<int>, steps);
        ui::MainWindow window;
        QVERIFY(openSample(window));
        const core::Story told = story(window.selection()->corpus());
        QVERIFY(!told.steps.at(1).filter.correspondent.isEmpty());
        QVERIFY(!told.steps.at(2).document.isEmpty());
        window.presentation()->present(told, 0, false);
        ui::PresentationWindow* shown = window.presentation()->window();
        QVERIFY(shown);
        QVERIFY(QTest::qWaitForWindowExposed(shown));
        checkStep(shown, 0);
        for (qsizetype i = 0; i < keys.size(); ++i) {
            QTest::keyClick(shown, Qt::Key(keys.at(i)));
            checkStep(shown, steps.at(i));
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("after key %1").arg(i + 1)));
        }
    }

    // F5 (View ▸ Present) with no story in the panel: the current view as a one-step story, in its
    // own selection (same filter, document and days), the main window's left alone.
    void f5_presentsTheCurrentView()
    {
        ui::MainWindow window;
        QVERIFY(openSample(window));
        QAction* present = window.presentation()->action();
        QCOMPARE(present->shortcut(), QKeySequence(Qt::Key_F5));
        window.selection()->setPeriod(QDate(2016, 1, 1), QDate(2017, 12, 31));
        window.selectDocumentRow(0);
        window.timeline()->showDays(QDate(2016, 2, 1), QDate(2017, 11, 30));
        present->trigger();
        ui::PresentationWindow* shown = window.presentation()->window();
        QVERIFY(shown);
        QVERIFY(shown->selection() != window.selection());
        QCOMPARE(shown->story().steps.size(), 1);
        QTRY_VERIFY(!shown->isWaitingForSearch() && !shown->timeline()->isAnimating());
        QCOMPARE(shown->selection()->filter(), window.selection()->filter());
        QCOMPARE(shown->selection()->currentDocument(), window.selection()->currentDocument());
        QCOMPARE(shown->timeline()->visibleDays(), std::pair(QDate(2016, 2, 1), QDate(2017, 11, 30)));
        QVERIFY(shown->factsLabel()->isVisible()); // a document is on show: its facts
        QVERIFY(!shown->counterLabel()->isVisible()); // one step: no "1 / 1"
        window.presentation()->leave();
        QVERIFY(!window.presentation()->isPresenting());
    }

    // Esc (or closing the window) leaves the main window as it was: its filter, document, zoom,
    // geometry and focus.
    void escape_leavesTheMainWindowAsItWas_data()
    {
        QTest::addColumn<bool>("close");
        QTest::addRow("escape") << false;
        QTest::addRow("close") << true;
    }
    void escape_leavesTheMainWindowAsItWas()
    {
        QFETCH(bool, close);
        ui::MainWindow window;
        QVERIFY(openSample(window));
        QApplication::setActiveWindow(&window);
        window.selection()->setPeriod(QDate(2016, 6, 1), QDate(2017, 12, 31));
        window.selectDocumentRow(1);
        window.timeline()->showDays(QDate(2016, 3, 1), QDate(2018, 2, 28));
        window.factsTable()->setFocus();
        const core::DocumentFilter filter = window.selection()->filter();
        const qint64 document = window.selection()->currentDocument();
        QVERIFY(document != 0);
        const auto days = window.timeline()->visibleDays();
        const QRect geometry = window.geometry();
        QWidget* focus = window.focusWidget();
        QCOMPARE(focus, static_cast<QWidget*>(window.factsTable()));

        QSignalSpy finished(window.presentation(), &ui::Presentation::finished);
        window.presentation()->present(story(window.selection()->corpus()), 0, false);
        QPointer<ui::PresentationWindow> shown = window.presentation()->window();
        QVERIFY(shown);
        QVERIFY(QTest::qWaitForWindowExposed(shown.data()));
        QTest::keyClick(shown.data(), Qt::Key_Right);
        QTest::keyClick(shown.data(), Qt::Key_Right);
        QTRY_VERIFY(!shown->isWaitingForSearch() && !shown->timeline()->isAnimating());
        QCOMPARE(shown->currentStep(), 2);
        if (close)
            shown->close();
        else
            QTest::keyClick(shown.data(), Qt::Key_Escape);
        QCOMPARE(finished.size(), 1);
        QVERIFY(!window.presentation()->isPresenting());
        QTRY_VERIFY(shown.isNull()); // deleted, not hidden

        QCOMPARE(window.selection()->filter(), filter);
        QCOMPARE(window.selection()->currentDocument(), document);
        QCOMPARE(window.timeline()->visibleDays(), days);
        QCOMPARE(window.geometry(), geometry);
        QCOMPARE(window.focusWidget(), focus);
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget*>(&window));
    }

    // The main window going away takes its presentation along (it reads the main window's corpus).
    void mainWindowDeleted_whilePresenting_closesThePresentation()
    {
        auto window = std::make_unique<ui::MainWindow>();
        QVERIFY(openSample(*window));
        window->presentation()->presentCurrentView(false);
        QPointer<ui::PresentationWindow> shown = window->presentation()->window();
        QVERIFY(shown);
        window.reset();
        QVERIFY(shown.isNull());
    }

    // The projector theme at 1280×720: every text in the window, the timeline's axis, legend and
    // labels and the graph's names are drawn at 27 px (20 pt at 96 dpi) or more.
    void projectorTheme_noTextUnder27Pixels_data()
    {
        QTest::addColumn<int>("step");
        QTest::addRow("search_timeline_and_graph") << 0;
        QTest::addRow("correspondent_zoomed") << 1;
        QTest::addRow("document_with_facts") << 2;
    }
    void projectorTheme_noTextUnder27Pixels()
    {
        QFETCH(int, step);
        ui::MainWindow window;
        QVERIFY(openSample(window));
        window.presentation()->present(story(window.selection()->corpus()), step, false);
        ui::PresentationWindow* shown = window.presentation()->window();
        QVERIFY(shown);
        shown->resize(1280, 720);
        QVERIFY(QTest::qWaitForWindowExposed(shown));
        QTRY_VERIFY(!shown->isWaitingForSearch() && !shown->timeline()->isAnimating());
        QTRY_VERIFY_WITH_TIMEOUT(!shown->graph()->isLayoutRunning(), 30000);
        QTest::qWait(50);

        // The window as a whole (caption, facts, counter, the timeline's controls and density axis),
        // then the timeline and the graph as they paint their own pictures.
        const auto record = [](const std::function<void(QPainter&)>& paint) {
            RecordingDevice device;
            QPainter p(&device);
            paint(p);
            p.end();
            return device.recorder().sizes;
        };
        const auto windowTexts = record([shown](QPainter& p) { shown->render(&p); });
        const auto timelineTexts = record([shown](QPainter& p) { shown->timeline()->figure().paint(p); });
        QList<std::pair<double, QString>> graphTexts;
        if (shown->graph()->isVisible())
            graphTexts = record([shown](QPainter& p) { shown->graph()->figure().paint(p); });

        QVERIFY2(windowTexts.size() >= 3, "the caption, the counter and more");
        QVERIFY2(timelineTexts.size() >= 4, "the axis's ticks and the legend");
        if (shown->graph()->isVisible())
            QVERIFY2(!graphTexts.isEmpty(), "the correspondents' names");
        for (const auto& [pixels, text] : windowTexts + timelineTexts + graphTexts)
            QVERIFY2(pixels >= ui::PresentationWindow::MinimumPixelSize - 0.01,
                qPrintable(QStringLiteral("\"%1\" at %2 px").arg(text).arg(pixels)));
    }

    // littoral --db … --screenshot PNG --view present --story FILE --step N: the presentation at a
    // projector's 1280×720; a step that is not there, or a file that is not a story, is refused.
    void commandLine_present_data()
    {
        QTest::addColumn<bool>("withStory");
        QTest::addColumn<QString>("step");
        QTest::addColumn<int>("exitCode");
        QTest::addRow("story_step_3") << true << QStringLiteral("3") << 0;
        QTest::addRow("current_view") << false << QStringLiteral("1") << 0;
        QTest::addRow("step_0_refused") << true << QStringLiteral("0") << 1;
    }
    void commandLine_present()
    {
        QFETCH(bool, withStory);
        QFETCH(QString, step);
        QFETCH(int, exitCode);
        QTemporaryDir home;
        const QString storyFile = home.filePath(QStringLiteral("story.json"));
        {
            auto corpus = core::Database::openExisting(m_db);
            QVERIFY(corpus);
            auto index = core::CorpusIndex::load(*corpus);
            QVERIFY(index);
            QFile file(storyFile);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(story(*index).toFile(QStringLiteral("sample")));
        }
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        app.setProcessEnvironment(env);
        const QString png = home.filePath(QStringLiteral("present.png"));
        QStringList arguments { QStringLiteral("--db"), m_db, QStringLiteral("--screenshot"), png, QStringLiteral("--view"),
            QStringLiteral("present"), QStringLiteral("--step"), step };
        if (withStory)
            arguments << QStringLiteral("--story") << storyFile;
        app.start(QStringLiteral(LITTORAL_BIN_DIR "/littoral"), arguments);
        QVERIFY(app.waitForStarted());
        QVERIFY(app.waitForFinished(60000));
        QCOMPARE(app.exitCode(), exitCode);
        if (exitCode != 0) {
            QVERIFY(QString::fromLocal8Bit(app.readAllStandardError()).contains(QStringLiteral("--step")));
            QVERIFY(!QFile::exists(png));
            return;
        }
        const QImage shot(png);
        QCOMPARE(shot.size(), QSize(1280, 720));
        // The projector theme: a white page with near-black ink on it.
        QCOMPARE(shot.pixelColor(4, 4), QColor(Qt::white));
        int ink = 0;
        for (int y = 0; y < shot.height(); y += 3)
            for (int x = 0; x < shot.width(); x += 3)
                ink += qGray(shot.pixel(x, y)) < 60;
        QVERIFY2(ink > 500, qPrintable(QString::number(ink)));
    }

    // The README's pictures: the first step, and the week of 24 October 2016 (LITTORAL_DOCS_DIR).
    void screenshots_forTheReadme()
    {
        const QString docs = qEnvironmentVariable("LITTORAL_DOCS_DIR");
        if (docs.isEmpty())
            QSKIP("LITTORAL_DOCS_DIR not set");
        ui::MainWindow window;
        QVERIFY(openSample(window));
        core::Story told = story(window.selection()->corpus());
        core::StoryStep week = told.steps.at(2);
        week.caption = QStringLiteral("24 October 2016: the camp is cleared; the communiqué of the 11th prepared it.");
        week.zoomFrom = QDate(2016, 10, 1);
        week.zoomTo = QDate(2016, 10, 31);
        told.steps.append(week);
        for (const auto& [step, name] : { std::pair { 0, "present-first.png" }, std::pair { 3, "present-october-2016.png" } }) {
            window.presentation()->present(told, step, false);
            ui::PresentationWindow* shown = window.presentation()->window();
            shown->resize(1280, 720);
            QVERIFY(QTest::qWaitForWindowExposed(shown));
            QTRY_VERIFY(!shown->isWaitingForSearch() && !shown->timeline()->isAnimating());
            QTRY_VERIFY_WITH_TIMEOUT(!shown->graph()->isLayoutRunning(), 30000);
            QTest::qWait(500);
            QVERIFY(shown->grab().save(docs + QLatin1Char('/') + QLatin1String(name)));
            window.presentation()->leave();
        }
    }
};

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
