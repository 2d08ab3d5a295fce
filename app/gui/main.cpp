// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// littoral: the desktop viewer. With no argument it opens the last corpus, or the bundled sample.
#include "core/import/corpuslocation.h"
#include "core/import/filecollector.h"
#include "ui/graphview.h"
#include "ui/languagemenu.h"
#include "ui/mainwindow.h"
#include "ui/presentation.h"
#include "ui/presentationwindow.h"
#include "ui/timelineview.h"
#include "ui/terminationsignals.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSettings>
#include <QTimer>

#include <optional>

#include <sys/stat.h>

using namespace littoral;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Littoral"));
    QApplication::setOrganizationName(QStringLiteral("Littoral"));
    QApplication::setApplicationVersion(QStringLiteral(LITTORAL_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.littoral.Littoral"));

    // The remembered interface language (View ▸ Language; System by default), before any text is made.
    // Through View ▸ Language's own installer, so a later choice replaces these translators.
    ui::LanguageMenu::apply(ui::LanguageMenu::remembered());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("littoral", "Timeline and correspondence viewer for a corpus of letters and press releases."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("littoral", "Open a corpus database."), QStringLiteral("FILE"));
    const QCommandLineOption corpusOption(QStringLiteral("corpus"), QApplication::translate("littoral", "Import a folder of documents and open it."),
        QStringLiteral("DIR"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QApplication::translate("littoral", "Render the window after loading to PNG and exit."), QStringLiteral("PNG"));
    const QCommandLineOption viewOption(QStringLiteral("view"),
        QApplication::translate("littoral", "View to show: timeline, graph, reader or present (presentation mode, 1280×720)."),
        QStringLiteral("VIEW"), QStringLiteral("reader"));
    const QCommandLineOption storyOption(QStringLiteral("story"),
        QApplication::translate("littoral", "With --view present: the story to present (a story file exported as JSON)."), QStringLiteral("FILE"));
    const QCommandLineOption stepOption(QStringLiteral("step"),
        QApplication::translate("littoral", "With --view present: the step to show, from 1."), QStringLiteral("N"), QStringLiteral("1"));
    parser.addOptions({ dbOption, corpusOption, screenshotOption, viewOption, storyOption, stepOption });
    parser.addPositionalArgument(QStringLiteral("paths"), QApplication::translate("littoral", "Files or folders to import."), QStringLiteral("[paths...]"));
    parser.process(app);

    const QString viewName = parser.value(viewOption);
    static const QHash<QString, ui::MainWindow::View> views = { { QStringLiteral("timeline"), ui::MainWindow::View::Timeline },
        { QStringLiteral("graph"), ui::MainWindow::View::Graph }, { QStringLiteral("reader"), ui::MainWindow::View::Reader } };
    const bool presenting = viewName == QStringLiteral("present");
    if (!views.contains(viewName) && !presenting) {
        qWarning("littoral: unknown view '%s' (timeline, graph, reader or present)", qUtf8Printable(viewName));
        return 1;
    }
    // --view present: the story (or, without --story, the current view) and the step to show.
    std::optional<core::Story> story;
    if (parser.isSet(storyOption)) {
        QFile file(parser.value(storyOption));
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("littoral: cannot read %s: %s", qUtf8Printable(file.fileName()), qUtf8Printable(file.errorString()));
            return 1;
        }
        auto read = core::Story::fromFile(file.readAll());
        if (!read) {
            qWarning("littoral: %s: %s", qUtf8Printable(file.fileName()), qUtf8Printable(read.error().detail));
            return 1;
        }
        story = std::move(*read);
    }
    bool stepOk = false;
    const int step = parser.value(stepOption).toInt(&stepOk) - 1;
    if (!stepOk || step < 0) {
        qWarning("littoral: --step takes a step number from 1, not '%s'", qUtf8Printable(parser.value(stepOption)));
        return 1;
    }

    ui::MainWindow window;
    ui::closeOnTerminationSignals(&window);
    const bool screenshot = parser.isSet(screenshotOption);
    if (screenshot) {
        // Unattended: no dialog ever waits for a person; a failure is printed and ends the run.
        window.setInteractive(false);
        QObject::connect(
            &window, &ui::MainWindow::loadFailed, &app, [] { QApplication::exit(2); }, Qt::QueuedConnection);
        const QString png = parser.value(screenshotOption);
        const ui::MainWindow::View view = views.value(viewName);
        auto shoot = [&window, png, view] {
            window.emphasize(view);
            // Let layouts settle, and the graph's background layout finish (seconds on a large
            // corpus), before grabbing.
            auto* poll = new QTimer(&window);
            QObject::connect(poll, &QTimer::timeout, &window, [&window, png, poll] {
                if (window.graph()->isLayoutRunning())
                    return;
                poll->stop();
                QTimer::singleShot(1000, &window, [&window, png] {
                    const bool saved = window.grab().save(png);
                    if (!saved)
                        qWarning("littoral: cannot write %s", qUtf8Printable(png));
                    QApplication::exit(saved ? 0 : 2);
                });
            });
            QTimer::singleShot(500, poll, [poll] { poll->start(100); });
        };
        // Presentation mode at a projector's 1280×720, once its step is on show and its graph laid out.
        auto present = [&window, png, story, step] {
            ui::Presentation* presentation = window.presentation();
            if (story) {
                if (story->steps.isEmpty()) {
                    qWarning("littoral: the story has no step to present");
                    QApplication::exit(1);
                    return;
                }
                presentation->present(*story, step, false);
            } else {
                presentation->presentCurrentView(false);
            }
            ui::PresentationWindow* shown = presentation->window();
            if (!shown) {
                qWarning("littoral: nothing to present");
                QApplication::exit(2);
                return;
            }
            shown->resize(1280, 720);
            auto* poll = new QTimer(shown);
            QObject::connect(poll, &QTimer::timeout, shown, [shown, png, poll] {
                if (shown->isWaitingForSearch() || shown->graph()->isLayoutRunning() || shown->timeline()->isAnimating())
                    return;
                poll->stop();
                QTimer::singleShot(1000, shown, [shown, png] {
                    const bool saved = shown->grab().save(png);
                    if (!saved)
                        qWarning("littoral: cannot write %s", qUtf8Printable(png));
                    QApplication::exit(saved ? 0 : 2);
                });
            });
            QTimer::singleShot(500, poll, [poll] { poll->start(100); });
        };
        if (presenting)
            QObject::connect(&window, &ui::MainWindow::corpusLoaded, &window, present, Qt::SingleShotConnection);
        else
            QObject::connect(&window, &ui::MainWindow::corpusLoaded, &window, shoot);
    }
    window.show();
    if (parser.isSet(viewOption) && !presenting)
        window.emphasize(views.value(viewName));
    else if (presenting && !screenshot)
        QObject::connect(&window, &ui::MainWindow::corpusLoaded, &window, [&window, story, step] {
            if (story)
                window.presentation()->present(*story, step);
            else
                window.presentation()->presentCurrentView();
        }, Qt::SingleShotConnection);

    // File names that are not UTF-8 keep their bytes (Qt decodes argv lossily).
    const auto fromCommandLine = [&](const QStringList& parsed) {
        return core::FileCollector::argumentsFromCommandLine(parsed, argc, argv);
    };
    const QStringList paths = fromCommandLine(parser.positionalArguments());
    if (parser.isSet(dbOption)) {
        // Interactively, a corpus that cannot be opened (or one not created) leaves an empty window.
        if (!window.openDatabase(parser.value(dbOption)) && screenshot)
            return 2;
    } else if (parser.isSet(corpusOption) || !paths.isEmpty()) {
        const QString corpus = parser.isSet(corpusOption) ? fromCommandLine({ parser.value(corpusOption) }).first() : paths.first();
        struct stat entry {};
        if (::stat(core::FileCollector::nativeFromArgument(corpus).constData(), &entry) != 0) {
            if (screenshot) {
                qWarning("littoral: no such folder: %s", qUtf8Printable(corpus));
                return 1;
            }
            // A person typed it: the window says so there and offers to open another folder.
            window.reportMissingFolder(corpus);
        } else {
            window.importInto(core::CorpusLocation::databaseFor(corpus), parser.isSet(corpusOption) ? QStringList { corpus } : paths);
        }
    } else {
        const QString last = QSettings().value(QStringLiteral("corpus/lastDatabase")).toString();
        if (!last.isEmpty() && QFileInfo::exists(last) && window.openDatabase(last)) {
        } else {
            const QString sample = core::CorpusLocation::sampleCorpus();
            window.importInto(core::CorpusLocation::databaseFor(sample), { sample });
        }
    }
    return app.exec();
}
