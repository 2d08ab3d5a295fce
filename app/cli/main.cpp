// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// littoral-cli: import, export, search and curate a corpus database (contract in DESIGN.md).
// Exit codes: 0 ok (also when some files are rejected), 1 usage (or an unknown document, name, field
// or value), 2 database error. The curation commands live in curationcommands.cpp.
#include "briefingcommand.h"
#include "correspondentscommand.h"
#include "storycommands.h"
#include "curationcommands.h"
#include "filteroptions.h"

#include "core/db/database.h"
#include "core/db/searchrepository.h"
#include "core/domain/importproblem.h"
#include "core/export/dataexporter.h"
#include "core/export/jsonexporter.h"
#include "core/i18n/translationinstaller.h"
#include "core/import/filecollector.h"
#include "core/import/importjob.h"
#include "core/models/documentfilter.h"
#include "core/models/selectionstate.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QHash>
#include <QTextStream>

#include <optional>

#include <sys/stat.h>

using namespace littoral::core;
using littoral::cli::FilterOptions;

namespace {

enum Exit { Ok = 0, Usage = 1, DatabaseFailure = 2 };

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

// Messages a person reads go through QCoreApplication::translate("littoral-cli", …) and follow LANG,
// LC_ALL, LC_MESSAGES; JSON output, keys, enum values and dates stay language-neutral.
int usageError(const QString& message)
{
    err() << "littoral-cli: " << message << '\n' << QCoreApplication::translate("littoral-cli", "Try 'littoral-cli --help'.") << '\n';
    return Usage;
}

int databaseError(const Error& error)
{
    err() << "littoral-cli: " << error.detail << '\n';
    return DatabaseFailure;
}

QString outcomeName(ImportOutcome::Status status)
{
    switch (status) {
    case ImportOutcome::Status::Rejected:
        return QStringLiteral("rejected");
    case ImportOutcome::Status::Duplicate:
        return QStringLiteral("duplicate");
    case ImportOutcome::Status::Kept:
        return QStringLiteral("kept");
    case ImportOutcome::Status::Gone:
        return QStringLiteral("gone");
    case ImportOutcome::Status::Skipped:
        return QStringLiteral("skipped");
    default:
        return QStringLiteral("imported");
    }
}

// Something is at the path, even a dangling link or a FIFO (the import reports those); read as bytes,
// since a name that is not UTF-8 would not survive a QString round trip.
bool existsAsEntry(const QString& path)
{
    struct stat st {};
    return ::lstat(FileCollector::nativeFromArgument(path).constData(), &st) == 0;
}

int runImport(const QStringList& paths, const QString& db, bool json, bool prune)
{
    if (paths.isEmpty())
        return usageError(QCoreApplication::translate("littoral-cli", "import needs at least one file or folder."));
    for (const QString& path : paths)
        if (!existsAsEntry(path))
            return usageError(QCoreApplication::translate("littoral-cli", "no such file or folder: %1").arg(FileCollector::displayName(FileCollector::nativeFromArgument(path))));
    const Result<ImportSummary> summary = ImportJob(db, paths).runSynchronously();
    if (!summary)
        return databaseError(summary.error());
    std::optional<GoneRemoval> removal;
    if (prune && summary->gone > 0) {
        auto removed = ImportJob::removeGone(db, summary->gonePaths());
        if (!removed)
            return databaseError(removed.error());
        removal = *removed;
    }
    if (json) {
        QJsonArray problems;
        for (const ImportOutcome& o : summary->problems) {
            QJsonObject p { { QStringLiteral("source"), o.source }, { QStringLiteral("status"), outcomeName(o.status) } };
            if (o.status == ImportOutcome::Status::Duplicate)
                p.insert(QStringLiteral("duplicate_of"), o.duplicateOf);
            else
                p.insert(QStringLiteral("reason"), o.reason);
            problems.append(p);
        }
        QJsonObject report { { QStringLiteral("imported"), summary->imported }, { QStringLiteral("updated"), summary->updated },
            { QStringLiteral("unchanged"), summary->unchanged }, { QStringLiteral("rejected"), summary->rejected },
            { QStringLiteral("duplicates"), summary->duplicates }, { QStringLiteral("kept"), summary->kept },
            { QStringLiteral("gone"), summary->gone }, { QStringLiteral("skipped"), summary->skipped },
            { QStringLiteral("removed"), removal ? removal->removed : 0 }, { QStringLiteral("cancelled"), summary->cancelled },
            { QStringLiteral("problems"), problems } };
        out() << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented));
        return Ok;
    }
    // For a person, in the interface language; the --json report above stays in English.
    for (const ImportOutcome& o : summary->problems) {
        const QString reason = ImportProblem::fromEnglish(o.reason).displayText();
        switch (o.status) {
        case ImportOutcome::Status::Rejected:
            err() << QCoreApplication::translate("littoral-cli", "rejected: %1: %2").arg(o.source, reason) << '\n';
            break;
        case ImportOutcome::Status::Duplicate:
            err() << QCoreApplication::translate("littoral-cli", "duplicate: %1 (same content as %2)").arg(o.source, o.duplicateOf) << '\n';
            break;
        case ImportOutcome::Status::Kept:
            err() << QCoreApplication::translate("littoral-cli", "kept: %1: %2; its document from the last import is kept").arg(o.source, reason) << '\n';
            break;
        case ImportOutcome::Status::Gone:
            err() << (removal ? QCoreApplication::translate("littoral-cli", "gone: %1: %2; its document is removed")
                              : QCoreApplication::translate("littoral-cli", "gone: %1: %2; its document is kept (--prune removes it)"))
                         .arg(o.source, reason)
                  << '\n';
            break;
        case ImportOutcome::Status::Skipped:
            err() << QCoreApplication::translate("littoral-cli", "skipped: %1: %2").arg(o.source, reason) << '\n';
            break;
        default:
            break;
        }
    }
    // One clause per count, each a whole phrase of its own (its plural in every language).
    const QLocale locale;
    QStringList clauses {
        QCoreApplication::translate("littoral-cli", "%n imported", nullptr, summary->imported),
        QCoreApplication::translate("littoral-cli", "%n updated", nullptr, summary->updated),
        QCoreApplication::translate("littoral-cli", "%n unchanged", nullptr, summary->unchanged),
        QCoreApplication::translate("littoral-cli", "%n rejected", nullptr, summary->rejected),
        QCoreApplication::translate("littoral-cli", "%n duplicate(s)", nullptr, summary->duplicates),
    };
    if (summary->kept > 0)
        clauses << QCoreApplication::translate("littoral-cli", "%n kept (the file cannot be imported now; its document stays)", nullptr, summary->kept);
    if (summary->gone > 0 && !removal)
        clauses << QCoreApplication::translate("littoral-cli", "%n gone (kept; --prune removes them)", nullptr, summary->gone);
    if (removal) {
        const QString removed = QCoreApplication::translate("littoral-cli", "%n removed", nullptr, int(removal->removed));
        clauses << (removal->corrections > 0
                ? QCoreApplication::translate("littoral-cli", "%n gone (%1; their %2 correction(s) are kept for a re-import)", nullptr, summary->gone)
                      .arg(removed, locale.toString(removal->corrections))
                : QCoreApplication::translate("littoral-cli", "%n gone (%1)", nullptr, summary->gone).arg(removed));
    }
    if (summary->skipped > 0)
        clauses << QCoreApplication::translate("littoral-cli", "%n folder(s) skipped", nullptr, summary->skipped);
    out() << clauses.join(QStringLiteral(", ")) << '\n';
    return Ok;
}

// The whole corpus as JSON, as before filters existed: byte for byte what earlier versions wrote.
int runJsonExport(const QString& dbPath, const QString& outputPath)
{
    auto db = Database::openExisting(dbPath);
    if (!db)
        return databaseError(db.error());
    JsonExporter exporter(*db);
    if (outputPath.isEmpty() || outputPath == QLatin1String("-")) {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
            return databaseError({ ErrorCode::Io, QCoreApplication::translate("littoral-cli", "cannot write to standard output") });
        const auto written = exporter.write(stdoutFile);
        return written ? Ok : databaseError(written.error());
    }
    // Written to a temporary file and renamed: an interrupted export never leaves half a file.
    QSaveFile file(outputPath);
    if (!file.open(QIODevice::WriteOnly))
        return usageError(QCoreApplication::translate("littoral-cli", "cannot write %1: %2").arg(outputPath, file.errorString()));
    const auto written = exporter.write(file);
    if (!written)
        return databaseError(written.error());
    if (!file.commit())
        return usageError(QCoreApplication::translate("littoral-cli", "cannot write %1: %2").arg(outputPath, file.errorString()));
    err() << QCoreApplication::translate("littoral-cli", "exported %n document(s) to %1", nullptr, int(*written)).arg(outputPath) << '\n';
    return Ok;
}

// "exported 12 documents, 9 correspondents, 14 links to FILE": the counts the format has, each a
// whole phrase of its own (its plural in every language), as the import report does.
QString exportReport(ExportFormat format, const ExportCounts& counts, const QString& destination)
{
    QStringList clauses { QCoreApplication::translate("littoral-cli", "%Ln document(s)", nullptr, counts.documents) };
    switch (format) {
    case ExportFormat::Csv:
        clauses << QCoreApplication::translate("littoral-cli", "%Ln correspondent(s)", nullptr, counts.correspondents)
                << QCoreApplication::translate("littoral-cli", "%Ln participation(s)", nullptr, counts.participations);
        break;
    case ExportFormat::Gexf:
    case ExportFormat::GraphMl:
        clauses << QCoreApplication::translate("littoral-cli", "%Ln correspondent(s)", nullptr, counts.correspondents)
                << QCoreApplication::translate("littoral-cli", "%Ln link(s)", nullptr, counts.links);
        break;
    case ExportFormat::TimelineJs:
        clauses << QCoreApplication::translate("littoral-cli", "%Ln event(s)", nullptr, counts.events);
        break;
    case ExportFormat::Json:
    case ExportFormat::Cmif:
        break;
    }
    return QCoreApplication::translate("littoral-cli", "exported %1 to %2").arg(clauses.join(QStringLiteral(", ")), destination);
}

int runExport(const QString& dbPath, const QString& formatName, const QString& outputPath, const FilterOptions::Values& flags)
{
    const std::optional<ExportFormat> format = exportFormatFromName(formatName);
    if (!format)
        return usageError(
            QCoreApplication::translate("littoral-cli", "unknown export format '%1' (json, csv, gexf, graphml, cmif or timelinejs).").arg(formatName));
    const auto filter = FilterOptions::parse(flags);
    if (!filter)
        return usageError(filter.error().detail);
    if (*format == ExportFormat::Json && filter->isEmpty())
        return runJsonExport(dbPath, outputPath);
    const bool toStandardOutput = outputPath.isEmpty() || outputPath == QLatin1String("-");
    if (*format == ExportFormat::Csv && toStandardOutput)
        return usageError(QCoreApplication::translate("littoral-cli", "csv writes two files: -o names the folder that receives them."));

    auto db = Database::openExisting(dbPath);
    if (!db)
        return databaseError(db.error());
    auto corpus = CorpusIndex::load(*db);
    if (!corpus)
        return databaseError(corpus.error());
    // The window's own rule: the same SelectionState, the search's matches from the same call.
    SelectionState selection;
    selection.setCorpus(std::make_shared<const CorpusIndex>(std::move(*corpus)));
    QHash<qint64, QString> matches;
    if (!filter->query.isEmpty()) {
        const auto found = SearchRepository(*db).searchAll(filter->query, 1);
        if (!found)
            return found.error().code == ErrorCode::InvalidInput ? usageError(found.error().detail) : databaseError(found.error());
        for (const qint64 id : found->matches)
            matches.insert(id, QString());
    }
    const QStringList unknown = selection.applyFilter(*filter, matches);
    if (!unknown.isEmpty())
        return usageError(QCoreApplication::translate("littoral-cli", "no correspondent is named %1 in this corpus.").arg(unknown.first()));

    ExportInput input { &*db, selection.corpusPointer(), selection.acceptedRows(), *filter, {} };
    if (toStandardOutput) {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
            return databaseError({ ErrorCode::Io, QCoreApplication::translate("littoral-cli", "cannot write to standard output") });
        const auto written = DataExporter::write(*format, input, stdoutFile);
        if (!written)
            return databaseError(written.error());
        err() << exportReport(*format, *written, QCoreApplication::translate("littoral-cli", "standard output")) << '\n';
        return Ok;
    }
    const auto written = DataExporter::write(*format, input, outputPath);
    if (!written)
        return written.error().code == ErrorCode::Io || written.error().code == ErrorCode::NotFound ? usageError(written.error().detail)
                                                                                                    : databaseError(written.error());
    err() << exportReport(*format, *written, outputPath) << '\n';
    return Ok;
}

int runSearch(const QString& dbPath, const QString& query, int limit, bool json)
{
    auto db = Database::openExisting(dbPath);
    if (!db)
        return databaseError(db.error());
    SearchRepository search(*db);
    const auto hits = search.search(query, limit, json ? QStringLiteral("<mark>") : QStringLiteral("["),
        json ? QStringLiteral("</mark>") : QStringLiteral("]"));
    if (!hits) {
        if (hits.error().code == ErrorCode::InvalidInput)
            return usageError(hits.error().detail);
        return databaseError(hits.error());
    }
    if (json) {
        QJsonArray array;
        for (const SearchHit& hit : *hits)
            array.append(QJsonObject { { QStringLiteral("id"), hit.documentId }, { QStringLiteral("source"), hit.source },
                { QStringLiteral("title"), hit.title }, { QStringLiteral("snippet"), hit.snippet }, { QStringLiteral("rank"), hit.rank } });
        out() << QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("query"), query }, { QStringLiteral("hits"), array } })
                                       .toJson(QJsonDocument::Indented));
        return Ok;
    }
    if (hits->isEmpty()) {
        err() << QCoreApplication::translate("littoral-cli", "no document matches %1").arg(query) << '\n';
        return Ok;
    }
    int n = 0;
    for (const SearchHit& hit : *hits) {
        out() << ++n << ". " << hit.title << "  (" << hit.source << ")\n";
        out() << "   " << hit.snippet.simplified() << '\n';
    }
    return Ok;
}

} // namespace

int main(int argc, char* argv[])
{
    if (littoral::cli::BriefingCommand::isRequested(argc, argv))
        return littoral::cli::BriefingCommand::main(argc, argv); // a QApplication of its own, for painting
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("littoral-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LITTORAL_VERSION));

    // The interface language follows the locale (LANG, LC_ALL, LC_MESSAGES), --help included.
    TranslationInstaller translations;
    translations.install(InterfaceLanguage::System);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("littoral-cli", 
        "Littoral command line.\n\n"
        "  littoral-cli import PATH... --db FILE [--json] [--prune]\n"
        "  littoral-cli export --db FILE --format json|csv|gexf|graphml|cmif|timelinejs [-o FILE]\n"
        "                [--from DATE] [--to DATE] [--query QUERY] [--correspondent NAME]\n"
        "                [--role sender|recipient|cc|mentioned] [--link \"A -> B\"] [--type letter,open_letter,...]\n"
        "  littoral-cli search --db FILE QUERY [--limit N] [--json]\n\n"
        "Corrections (each one change in the corpus's history, undoable):\n"
        "  littoral-cli set --db FILE SOURCE FIELD VALUE     FIELD: date | type | language | place | title\n"
        "  littoral-cli participant --db FILE SOURCE add|remove ROLE NAME\n"
        "                [--kind person|organization] [--title T] [--organization O]\n"
        "  littoral-cli merge --db FILE NAME... --into NAME\n"
        "  littoral-cli split --db FILE ALIAS --from NAME\n"
        "  littoral-cli review --db FILE SOURCE reviewed|unreviewed\n"
        "  littoral-cli history --db FILE [--json]\n"
        "  littoral-cli undo --db FILE [--steps N]\n"
        "  littoral-cli redo --db FILE [--steps N]\n\n"
        "SOURCE is a document's source as exported, or the full path of its file; NAME a correspondent's\n"
        "name or any alias. A date is read as a person writes it (\"7 févr. 2017\", \"mars 2016\", \"vers 2016\")\n"
        "or as EDTF. Exit codes: 0 ok, 1 usage or unknown document, name, field or value, 2 database error.")
        + QStringLiteral("\n\n") + littoral::cli::CorrespondentsCommand::usage()
        + QStringLiteral("\n\n") + littoral::cli::BriefingCommand::usage() + QStringLiteral("\n\n")
        + littoral::cli::StoryCommands::usage());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QCoreApplication::translate("littoral-cli", "Corpus database file."), QStringLiteral("FILE"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QCoreApplication::translate("littoral-cli", "Print machine-readable JSON."));
    const QCommandLineOption formatOption(QStringLiteral("format"), QCoreApplication::translate("littoral-cli", "Export format: json, csv (a folder), gexf, graphml, cmif or timelinejs."), QStringLiteral("FORMAT"),
        QStringLiteral("json"));
    const QCommandLineOption outputOption({ QStringLiteral("o"), QStringLiteral("output") }, QCoreApplication::translate("littoral-cli", "Write the export to FILE (csv: to the folder FILE)."),
        QStringLiteral("FILE"));
    const QCommandLineOption limitOption(QStringLiteral("limit"), QCoreApplication::translate("littoral-cli", "search: show at most N hits (default 20); correspondents: at most N rows."), QStringLiteral("N"),
        QStringLiteral("20"));
    const QCommandLineOption pruneOption(QStringLiteral("prune"),
        QCoreApplication::translate("littoral-cli", "import: remove the documents of files that no longer exist (kept otherwise)."));
    const QCommandLineOption kindOption(QStringLiteral("kind"), QCoreApplication::translate("littoral-cli", "participant: person or organization (default person)."),
        QStringLiteral("K"));
    const QCommandLineOption titleOption(QStringLiteral("title"), QCoreApplication::translate("littoral-cli", "participant add: the function as written."), QStringLiteral("T"));
    const QCommandLineOption organizationOption(QStringLiteral("organization"), QCoreApplication::translate("littoral-cli", "participant add: the organisation spoken for."),
        QStringLiteral("O"));
    const QCommandLineOption intoOption(QStringLiteral("into"), QCoreApplication::translate("littoral-cli", "merge: the correspondent that stays."), QStringLiteral("NAME"));
    // One --from, read per command: a correspondent for split, a date for export.
    const QCommandLineOption fromOption(QStringLiteral("from"),
        QCoreApplication::translate("littoral-cli", "split: the correspondent the alias leaves; export: documents dated from DATE on."), QStringLiteral("NAME|DATE"));
    const QCommandLineOption toOption(QStringLiteral("to"), QCoreApplication::translate("littoral-cli", "export: documents dated up to DATE."), QStringLiteral("DATE"));
    const QCommandLineOption queryOption(QStringLiteral("query"), QCoreApplication::translate("littoral-cli", "export: documents matching QUERY (as in search)."),
        QStringLiteral("QUERY"));
    const QCommandLineOption correspondentOption(QStringLiteral("correspondent"),
        QCoreApplication::translate("littoral-cli", "export: documents NAME sent, received or was copied on."), QStringLiteral("NAME"));
    const QCommandLineOption roleOption(QStringLiteral("role"),
        QCoreApplication::translate("littoral-cli", "export: the correspondent's role (sender, recipient, cc or mentioned)."), QStringLiteral("ROLE"));
    const QCommandLineOption linkOption(QStringLiteral("link"), QCoreApplication::translate("littoral-cli", "export: the letters of one link, \"SENDER -> RECIPIENT\"."),
        QStringLiteral("LINK"));
    const QCommandLineOption typeOption(QStringLiteral("type"),
        QCoreApplication::translate("littoral-cli", "export: only these document types (%1; comma-separated).").arg(DocumentFilter::typeNames()),
        QStringLiteral("TYPES"));
    const QCommandLineOption stepsOption(QStringLiteral("steps"), QCoreApplication::translate("littoral-cli", "undo, redo: how many changes (default 1)."), QStringLiteral("N"));
    const QCommandLineOption storyOption(QStringLiteral("story"), QCoreApplication::translate("littoral-cli", "story-export: the story's id or title."),
        QStringLiteral("ID|TITLE"));
    const QCommandLineOption sortOption(QStringLiteral("sort"),
        QCoreApplication::translate("littoral-cli", "correspondents: the measure to sort by, the largest first (default documents)."),
        QStringLiteral("KEY"), QStringLiteral("documents"));
    parser.addOptions({ sortOption, dbOption, jsonOption, formatOption, outputOption, limitOption, pruneOption, kindOption, titleOption,
        organizationOption, intoOption, fromOption, stepsOption, toOption, queryOption, correspondentOption, roleOption, linkOption, typeOption,
        storyOption });
    parser.addPositionalArgument(QStringLiteral("command"),
        QCoreApplication::translate("littoral-cli", "import, export, search, correspondents, set, participant, merge, split, review, history, undo, redo, stories, story-export or story-import"));
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usageError(QCoreApplication::translate("littoral-cli", "missing command (import, export, search, correspondents, set, participant, merge, split, review, history, undo, redo, stories, story-export or story-import)."));
    const QString command = args.first();
    static const QStringList commands = { QStringLiteral("import"), QStringLiteral("export"), QStringLiteral("search"),
        QStringLiteral("correspondents") };
    if (!commands.contains(command) && !littoral::cli::CurationCommands::isCurationCommand(command)
        && !littoral::cli::StoryCommands::isStoryCommand(command))
        return usageError(QCoreApplication::translate("littoral-cli", "unknown command '%1'.").arg(command));
    if (!parser.isSet(dbOption))
        return usageError(QCoreApplication::translate("littoral-cli", "%1 needs --db FILE.").arg(command));
    const QString db = parser.value(dbOption);

    if (littoral::cli::CurationCommands::isCurationCommand(command)) {
        littoral::cli::CurationOptions options;
        options.db = db;
        options.json = parser.isSet(jsonOption);
        const auto optional = [&](const QCommandLineOption& option) {
            return parser.isSet(option) ? std::optional<QString>(parser.value(option)) : std::nullopt;
        };
        options.kind = optional(kindOption);
        options.title = parser.value(titleOption);
        options.organization = parser.value(organizationOption);
        options.into = optional(intoOption);
        options.from = optional(fromOption);
        options.steps = optional(stepsOption);
        littoral::cli::CurationCommands curation(out(), err());
        return curation.run(command, args.mid(1), options);
    }

    if (littoral::cli::StoryCommands::isStoryCommand(command)) {
        const littoral::cli::StoryOptions options { db, parser.isSet(jsonOption), parser.value(storyOption),
            parser.isSet(outputOption) ? std::optional<QString>(parser.value(outputOption)) : std::nullopt };
        littoral::cli::StoryCommands stories(out(), err());
        return stories.run(command, args.mid(1), options);
    }

    if (command == QLatin1String("import"))
        return runImport(FileCollector::argumentsFromCommandLine(args.mid(1), argc, argv), db, parser.isSet(jsonOption), parser.isSet(pruneOption));
    if (command == QLatin1String("export")) {
        if (args.size() > 1)
            return usageError(QCoreApplication::translate("littoral-cli", "export takes no positional argument."));
        const FilterOptions::Values flags { parser.value(fromOption), parser.value(toOption), parser.value(queryOption), parser.value(correspondentOption),
            parser.value(roleOption), parser.value(linkOption), parser.value(typeOption) };
        return runExport(db, parser.value(formatOption), parser.value(outputOption), flags);
    }
    if (command == QLatin1String("correspondents")) {
        if (args.size() > 1)
            return usageError(QCoreApplication::translate("littoral-cli", "correspondents takes no positional argument."));
        const littoral::cli::CorrespondentsOptions options { db, parser.isSet(jsonOption), parser.value(sortOption),
            parser.isSet(limitOption) ? std::optional<QString>(parser.value(limitOption)) : std::nullopt };
        return littoral::cli::CorrespondentsCommand(out(), err()).run(options);
    }
    if (command == QLatin1String("search")) {
        if (args.size() < 2)
            return usageError(QCoreApplication::translate("littoral-cli", "search needs a query."));
        bool ok = false;
        const int limit = parser.value(limitOption).toInt(&ok);
        if (!ok || limit <= 0)
            return usageError(QCoreApplication::translate("littoral-cli", "--limit takes a positive number."));
        return runSearch(db, args.mid(1).join(QLatin1Char(' ')), limit, parser.isSet(jsonOption));
    }
    return usageError(QCoreApplication::translate("littoral-cli", "unknown command '%1'.").arg(command));
}
