// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Figures taken from the window, offscreen: the graph's figure is the widget's own picture, File ▸ Export
// Figure writes what it says, Ctrl+Shift+C and the views' context menus put the view on the clipboard.
// Set LITTORAL_TEST_SHOTS to a folder to keep what is compared and the dialog's picture.
#include "core/import/corpuslocation.h"
#include "core/import/importjob.h"
#include "core/models/selectionstate.h"
#include "render/figureexporter.h"
#include "support/samplecorpus.h"
#include "ui/exportfiguredialog.h"
#include "ui/figureactions.h"
#include "ui/gettingstarteddialog.h"
#include "ui/graphview.h"
#include "ui/mainwindow.h"
#include "ui/timelineview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cmath>

using namespace littoral;
using render::FigureExporter;
using render::FigureFormat;
using ui::FigureView;

namespace {

void keepShot(const QImage& image, const QString& name)
{
    const QString dir = qEnvironmentVariable("LITTORAL_TEST_SHOTS");
    if (!dir.isEmpty())
        image.save(QDir(dir).filePath(name));
}

// Pixels that differ, and the largest difference on any channel.
std::pair<int, int> difference(const QImage& a, const QImage& b)
{
    int count = 0, largest = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            if (p == q)
                continue;
            ++count;
            largest = std::max({ largest, std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)), std::abs(qBlue(p) - qBlue(q)) });
        }
    }
    return { count, largest };
}

QImage comparable(QImage image)
{
    image.setDevicePixelRatio(1.0);
    return image.convertToFormat(QImage::Format_RGB32);
}

// Letters among many correspondents, a few of them busy: enough links for the view's crowded drawing
// (counted hairlines, stamped marks).
core::CorpusIndex crowdedCorpus(int documents, int people)
{
    QRandomGenerator random(1024);
    QList<core::CorrespondentSummary> correspondents;
    for (int i = 1; i <= people; ++i)
        correspondents.append({ i, i % 5 == 0 ? core::CorrespondentKind::Organization : core::CorrespondentKind::Person,
            QStringLiteral("Correspondent %1").arg(i), {}, 0, {} });
    QList<core::DocumentSummary> summaries;
    QList<core::Participation> participations;
    for (int i = 1; i <= documents; ++i) {
        core::DocumentSummary d;
        d.id = i;
        d.source = QStringLiteral("%1.txt").arg(i);
        d.date = core::PartialDate::ofDay(2015 + random.bounded(4), 1 + random.bounded(12), 1 + random.bounded(28));
        d.dateStart = d.dateEnd = d.date.firstDay();
        d.type = core::DocumentType::Letter;
        // Busy writers and addressees among the first twenty, the rest now and then.
        const qint64 sender = random.bounded(100) < 50 ? 1 + random.bounded(20) : 1 + random.bounded(people);
        qint64 recipient = random.bounded(100) < 60 ? 1 + random.bounded(20) : 1 + random.bounded(people);
        if (recipient == sender)
            recipient = sender % people + 1;
        participations.append({ i, sender, core::ParticipantRole::Sender });
        participations.append({ i, recipient, core::ParticipantRole::Recipient });
        summaries.append(d);
    }
    return core::CorpusIndex::fromParts(summaries, correspondents, participations, {});
}

} // namespace

class TestExportFigure final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::shared_ptr<const core::CorpusIndex> m_sample;

    static bool waitForGraph(ui::GraphView& view)
    {
        if (view.isLayoutRunning()) {
            QSignalSpy finished(&view, &ui::GraphView::layoutFinished);
            if (!finished.wait(60000))
                return false;
        }
        if (view.isShowingPreview()) {
            QSignalSpy settled(&view, &ui::GraphView::frameSettled);
            if (!settled.wait(60000))
                return false;
        }
        return true;
    }

    // The window on the sample corpus, imported for this test, every view filled and laid out.
    bool openSample(ui::MainWindow& window, const QString& name)
    {
        const QString db = m_dir.filePath(name);
        const auto imported = core::ImportJob(db, { core::CorpusLocation::sampleCorpus() }).runSynchronously();
        if (!imported || imported->imported != 5)
            return false;
        window.resize(1366, 768);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return false;
        QSignalSpy loaded(&window, &ui::MainWindow::corpusLoaded);
        if (!window.openDatabase(db) || !loaded.wait(30000))
            return false;
        return waitForGraph(*window.graph());
    }

    static ui::FigureActions* figuresOf(ui::MainWindow& window) { return window.findChild<ui::FigureActions*>(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        auto sample = littoral::test::loadSampleCorpus(m_dir.filePath(QStringLiteral("sample.db")));
        QVERIFY2(sample, qPrintable(sample ? QString() : sample.error().detail));
        m_sample = *sample;
    }

    // GraphView::figure() painted into an image of the widget's size is the widget's own picture, pixel
    // for pixel: one painter draws both.
    void graphFigure_equalsTheWidget_data()
    {
        QTest::addColumn<QString>("corpus");
        QTest::addColumn<QString>("picked");
        QTest::addColumn<double>("fontScale");
        QTest::addRow("sample") << QStringLiteral("sample") << QString() << 1.0;
        QTest::addRow("sample_picked") << QStringLiteral("sample") << QStringLiteral("Natacha Bouchart") << 1.0;
        QTest::addRow("sample_larger_text") << QStringLiteral("sample") << QString() << 1.6;
        QTest::addRow("crowded_2500_letters") << QStringLiteral("crowded") << QString() << 1.0;
    }

    void graphFigure_equalsTheWidget()
    {
        QFETCH(QString, corpus);
        QFETCH(QString, picked);
        QFETCH(double, fontScale);
        core::SelectionState selection;
        ui::GraphView view(&selection);
        if (fontScale != 1.0) {
            // As View ▸ Larger Text does for a presentation.
            QFont font = view.font();
            font.setPointSizeF(font.pointSizeF() * fontScale);
            view.setFont(font);
        }
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        selection.setCorpus(corpus == QLatin1String("sample") ? m_sample
                                                              : std::make_shared<const core::CorpusIndex>(crowdedCorpus(2500, 1200)));
        QVERIFY(waitForGraph(view));
        QVERIFY(view.nodeCount() > 0);
        if (!picked.isEmpty()) {
            const core::CorrespondentSummary* c = selection.corpus().correspondentNamed(picked);
            QVERIFY(c);
            selection.setCorrespondent(c->id);
            // A highlight is painted on the pool while the last frame stays up: the widget shows it once settled.
            QTRY_VERIFY_WITH_TIMEOUT(!view.isShowingPreview() && !view.isPaintingFrame(), 20000);
        }
        if (corpus != QLatin1String("sample"))
            QVERIFY(view.edgeCount() > 1500); // past the view's limit for single curves
        const QImage widget = comparable(view.grab().toImage());
        const render::Figure figure = view.figure();
        QCOMPARE(figure.size, view.size());
        const QImage painted = comparable(FigureExporter::image(figure));
        keepShot(widget, QStringLiteral("graph-widget-%1.png").arg(QLatin1String(QTest::currentDataTag())));
        keepShot(painted, QStringLiteral("graph-figure-%1.png").arg(QLatin1String(QTest::currentDataTag())));
        QCOMPARE(painted.size(), widget.size());
        const auto [count, largest] = difference(widget, painted);
        QVERIFY2(count == 0, qPrintable(QStringLiteral("%1 pixels differ, by up to %2").arg(count).arg(largest)));
        QVERIFY2(figure.caption.startsWith(QStringLiteral("Correspondence graph · ")), qPrintable(figure.caption));
        if (!picked.isEmpty())
            QVERIFY2(figure.caption.contains(picked), qPrintable(figure.caption));
    }

    void exportDialog_writesTheFileItSays()
    {
        ui::MainWindow window;
        QVERIFY(openSample(window, QStringLiteral("dialog.db")));
        ui::FigureActions* figures = figuresOf(window);
        QVERIFY(figures);
        // The focused view is the one offered.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.graph()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(window.graph()));
        figures->exportAction()->trigger();
        ui::ExportFigureDialog* dialog = figures->exportDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->view(), FigureView::Graph);
        QCOMPARE(dialog->figure().size, window.graph()->size());
        QVERIFY(!dialog->preview().isNull());
        QVERIFY(dialog->preview().width() <= 360);
        dialog->resize(dialog->sizeHint());
        keepShot(dialog->grab().toImage(), QStringLiteral("export-figure-dialog.png"));

        // PNG, 800 wide at 2×: the dialog says the pixel size, and writes it there.
        dialog->setFormat(FigureFormat::Png);
        dialog->setPngWidth(800);
        dialog->setScale(2);
        const QSize graph = window.graph()->size();
        const QSize expected = QSize(800, int(std::lround(double(graph.height()) * 800 / graph.width()))) * 2;
        QVERIFY2(dialog->summary().contains(QStringLiteral("%1 × %2").arg(QLocale().toString(expected.width()), QLocale().toString(expected.height()))),
            qPrintable(dialog->summary()));
        const QString folder = m_dir.filePath(QStringLiteral("figures"));
        QVERIFY(QDir().mkpath(folder));
        dialog->setPath(QDir(folder).filePath(QStringLiteral("my graph")));
        QCOMPARE(dialog->path(), QDir(folder).filePath(QStringLiteral("my graph.png")));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        QTRY_VERIFY(!figures->exportDialog() || !figures->exportDialog()->isVisible());
        const QString png = QDir(folder).filePath(QStringLiteral("my graph.png"));
        QImageReader reader(png);
        QCOMPARE(reader.size(), expected);
        QVERIFY2(window.statusBar()->currentMessage().contains(QDir::toNativeSeparators(png)), qPrintable(window.statusBar()->currentMessage()));

        // Again, on the timeline by its context menu: the folder and the format are remembered; SVG
        // renames the file's suffix and writes a drawing.
        QAction* exportTimeline = nullptr;
        for (QAction* a : window.timeline()->actions())
            if (a->objectName() == QLatin1String("exportFigureHere"))
                exportTimeline = a;
        QVERIFY(exportTimeline);
        exportTimeline->trigger();
        QTRY_VERIFY(figures->exportDialog() && figures->exportDialog()->isVisible());
        dialog = figures->exportDialog();
        QCOMPARE(dialog->view(), FigureView::Timeline);
        QCOMPARE(dialog->format(), FigureFormat::Png);
        QCOMPARE(QFileInfo(dialog->path()).absolutePath(), QFileInfo(folder).absoluteFilePath());
        dialog->setFormat(FigureFormat::Svg);
        QCOMPARE(QFileInfo(dialog->path()).suffix(), QStringLiteral("svg"));
        const QString svg = dialog->path();
        QVERIFY(dialog->save());
        QFile written(svg);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readAll().contains("<svg"));

        // A folder that does not exist: said in the dialog, which stays open, and nothing written.
        figures->showExportDialog(FigureView::Graph);
        dialog = figures->exportDialog();
        QCOMPARE(dialog->format(), FigureFormat::Svg); // the last one used
        const QString nowhere = m_dir.filePath(QStringLiteral("no/such/folder/graph.pdf"));
        dialog->setFormat(FigureFormat::Pdf);
        dialog->setPath(nowhere);
        QVERIFY(!dialog->save());
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->status().contains(QDir::toNativeSeparators(m_dir.filePath(QStringLiteral("no/such/folder")))),
            qPrintable(dialog->status()));
        QVERIFY(!QFile::exists(nowhere));
        dialog->reject();
    }

    void ctrlShiftC_copiesTheFocusedView_atTwiceItsSize()
    {
        ui::MainWindow window;
        QVERIFY(openSample(window, QStringLiteral("copy.db")));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QClipboard* clipboard = QApplication::clipboard();

        window.graph()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(window.graph()));
        clipboard->clear();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QImage copied = clipboard->image();
        QCOMPARE(copied.size(), window.graph()->size() * 2);
        // It is the graph's figure, not another picture of that size.
        QCOMPARE(comparable(copied), comparable(FigureExporter::image(window.graph()->figure(), 0, 2)));

        // The reader's text is no figure: the last view focused is copied.
        window.reader()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(window.reader()));
        clipboard->clear();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(clipboard->image().size(), window.graph()->size() * 2);

        window.timeline()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(window.timeline()));
        clipboard->clear();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        copied = clipboard->image();
        QCOMPARE(copied.size(), window.timeline()->size() * 2);
        QVERIFY(window.timeline()->size() != window.graph()->size());
    }

    void contextMenus_offerExportAndCopy()
    {
        ui::MainWindow window;
        QVERIFY(openSample(window, QStringLiteral("menus.db")));
        // The timeline's menu is its actions.
        QCOMPARE(window.timeline()->contextMenuPolicy(), Qt::ActionsContextMenu);
        QStringList timelineTexts;
        for (const QAction* a : window.timeline()->actions())
            timelineTexts.append(a->text());
        QCOMPARE(timelineTexts, (QStringList { QStringLiteral("Export Figure…"), QStringLiteral("Copy as Image") }));

        // The graph, off its nodes: how the marks are sized, then the two; its Copy as Image copies the graph.
        ui::GraphView* graph = window.graph();
        const QPoint empty(4, 4);
        QCOMPARE(graph->nodeAt(empty), 0);
        QStringList shown;
        QTimer::singleShot(0, this, [&] {
            auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (const QAction* a : menu->actions())
                shown.append(a->text());
            for (QAction* a : menu->actions())
                if (a->objectName() == QLatin1String("copyFigureHere"))
                    a->trigger();
            menu->close();
        });
        QApplication::clipboard()->clear();
        QContextMenuEvent event(QContextMenuEvent::Mouse, empty, graph->mapToGlobal(empty));
        QApplication::sendEvent(graph, &event);
        QCOMPARE(shown, (QStringList { QStringLiteral("&Size marks by"), QStringLiteral("&Group Large Graphs by Community"), QString(),
                              QStringLiteral("Export Figure…"), QStringLiteral("Copy as Image") }));
        QCOMPARE(QApplication::clipboard()->image().size(), graph->size() * 2);
    }

    void gettingStarted_listsCtrlShiftC()
    {
        ui::MainWindow window;
        window.show();
        const QString keys = QKeySequence(QStringLiteral("Ctrl+Shift+C")).toString(QKeySequence::NativeText);
        bool listed = false;
        for (const ui::GettingStartedDialog::Shortcut& row : ui::GettingStartedDialog::shortcuts(&window))
            listed = listed || (row.keys == keys && row.action == QLatin1String("Copy View as Image") && row.group == QLatin1String("Edit"));
        QVERIFY(listed);
        QAction* exportFigure = figuresOf(window)->exportAction();
        QCOMPARE(exportFigure->text(), QStringLiteral("Export &Figure…"));
    }
};

QTEST_MAIN(TestExportFigure)
#include "tst_exportfigure.moc"
