// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefingcommand.h"

#include "filteroptions.h"

#include "core/db/database.h"
#include "core/db/searchrepository.h"
#include "core/i18n/translationinstaller.h"
#include "core/models/selectionstate.h"
#include "render/briefingpack.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

namespace littoral::cli {

using namespace littoral::core;
using render::BriefingPack;

namespace {

enum Exit { Ok = 0, Usage = 1, Failure = 2 };

int usageError(const QString& message)
{
    QTextStream(stderr) << "littoral-cli: " << message << '\n'
                        << QCoreApplication::translate("littoral-cli", "Try 'littoral-cli --help'.") << '\n';
    return Usage;
}

int failure(const QString& message)
{
    QTextStream(stderr) << "littoral-cli: " << message << '\n';
    return Failure;
}

} // namespace

bool BriefingCommand::isRequested(int argc, char* argv[])
{
    QStringList valued = FilterOptions::valueOptionNames();
    valued << QStringLiteral("db") << QStringLiteral("format") << QStringLiteral("o") << QStringLiteral("output")
           << QStringLiteral("limit") << QStringLiteral("kind") << QStringLiteral("title") << QStringLiteral("organization")
           << QStringLiteral("into") << QStringLiteral("steps");
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QLatin1String("--"))
            return i + 1 < argc && QString::fromLocal8Bit(argv[i + 1]) == QLatin1String("briefing");
        if (arg.startsWith(QLatin1Char('-'))) {
            const QString name = arg.mid(arg.startsWith(QLatin1String("--")) ? 2 : 1);
            if (!name.contains(QLatin1Char('=')) && valued.contains(name))
                ++i; // its value
            continue;
        }
        return arg == QLatin1String("briefing");
    }
    return false;
}

QString BriefingCommand::usage()
{
    return QCoreApplication::translate("littoral-cli",
        "Briefing pack (PDF or ODT) of the documents the filters choose:\n"
        "  littoral-cli briefing --db FILE [--from DATE] [--to DATE] [--query Q] [--correspondent NAME\n"
        "                [--role ROLE]] [--link \"FROM->TO\"] [--type TYPES] [--title T] -o FILE.pdf|FILE.odt");
}

int BriefingCommand::main(int argc, char* argv[])
{
    // Fonts, QPdfWriter and Qt Charts' scenes need a GUI application; the command line has no screen.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("littoral-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LITTORAL_VERSION));
    TranslationInstaller translations;
    translations.install(InterfaceLanguage::System);

    QCommandLineParser parser;
    parser.setApplicationDescription(usage());
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QCoreApplication::translate("littoral-cli", "Corpus database file."), QStringLiteral("FILE"));
    const QCommandLineOption outputOption({ QStringLiteral("o"), QStringLiteral("output") },
        QCoreApplication::translate("littoral-cli", "Write the briefing to FILE (.pdf or .odt)."), QStringLiteral("FILE"));
    const QCommandLineOption titleOption(QStringLiteral("title"),
        QCoreApplication::translate("littoral-cli", "The briefing's title (default: Briefing — the period)."), QStringLiteral("T"));
    parser.addOptions({ dbOption, outputOption, titleOption });
    const FilterOptions filterOptions;
    filterOptions.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("briefing"), QCoreApplication::translate("littoral-cli", "The command."));
    parser.process(app);

    if (parser.positionalArguments().size() != 1)
        return usageError(QCoreApplication::translate("littoral-cli", "briefing takes no positional argument."));
    if (!parser.isSet(dbOption))
        return usageError(QCoreApplication::translate("littoral-cli", "%1 needs --db FILE.").arg(QStringLiteral("briefing")));
    const QString output = parser.value(outputOption);
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (output.isEmpty() || (suffix != QLatin1String("pdf") && suffix != QLatin1String("odt")))
        return usageError(QCoreApplication::translate("littoral-cli", "briefing needs -o FILE.pdf or -o FILE.odt."));
    const auto filter = filterOptions.read(parser);
    if (!filter)
        return usageError(filter.error().detail);

    const QString dbPath = parser.value(dbOption);
    auto database = Database::openExisting(dbPath);
    if (!database)
        return failure(database.error().detail);
    auto corpus = CorpusIndex::load(*database);
    if (!corpus)
        return failure(corpus.error().detail);
    QHash<qint64, QString> hits;
    if (!filter->query.isEmpty()) {
        SearchRepository search(*database);
        const auto results = search.searchAll(filter->query, 0);
        if (!results)
            return results.error().code == ErrorCode::InvalidInput ? usageError(results.error().detail) : failure(results.error().detail);
        for (const qint64 id : results->matches)
            hits.insert(id, QString());
    }

    SelectionState selection;
    selection.setCorpus(std::make_shared<const CorpusIndex>(std::move(*corpus)));
    const QStringList unknown = selection.applyFilter(*filter, hits);
    if (!unknown.isEmpty())
        return usageError(QCoreApplication::translate("littoral-cli", "no correspondent is named %1.")
                              .arg(QLocale().createSeparatedList(unknown)));
    const render::BriefingInput input = BriefingPack::fromSelection(selection, dbPath, parser.value(titleOption));
    const auto written = BriefingPack::write(input, output, BriefingPack::formatFor(output));
    if (!written)
        return failure(written.error().detail);
    QTextStream(stderr) << QCoreApplication::translate("littoral-cli", "wrote the briefing of %n document(s) to %1", nullptr, int(input.rows.size()))
                               .arg(QDir::toNativeSeparators(output))
                        << '\n';
    return Ok;
}

} // namespace littoral::cli
