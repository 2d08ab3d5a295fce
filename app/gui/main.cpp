// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// littoral: the desktop viewer. With no argument it opens the last corpus, or the bundled sample.
#include "core/import/corpuslocation.h"
#include "core/import/filecollector.h"
#include "ui/graphview.h"
#include "ui/languagemenu.h"
#include "ui/mainwindow.h"
#include "ui/terminationsignals.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QHash>
#include <QSettings>
#include <QTimer>

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
    const QCommandLineOption viewOption(QStringLiteral("view"), QApplication::translate("littoral", "View to show: timeline, graph or reader."),
        QStringLiteral("VIEW"), QStringLiteral("reader"));
    parser.addOptions({ dbOption, corpusOption, screenshotOption, viewOption });
    parser.addPositionalArgument(QStringLiteral("paths"), QApplication::translate("littoral", "Files or folders to import."), QStringLiteral("[paths...]"));
    parser.process(app);

    const QString viewName = parser.value(viewOption);
    static const QHash<QString, ui::MainWindow::View> views = { { QStringLiteral("timeline"), ui::MainWindow::View::Timeline },
        { QStringLiteral("graph"), ui::MainWindow::View::Graph }, { QStringLiteral("reader"), ui::MainWindow::View::Reader } };
    if (!views.contains(viewName)) {
        qWarning("littoral: unknown view '%s' (timeline, graph or reader)", qUtf8Printable(viewName));
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
        QObject::connect(&window, &ui::MainWindow::corpusLoaded, &window, shoot);
    }
    window.show();
    if (parser.isSet(viewOption))
        window.emphasize(views.value(viewName));

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
