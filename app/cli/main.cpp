// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// littoral-cli: import, export, search and curate a corpus database (contract in DESIGN.md).
// Exit codes: 0 ok (also when some files are rejected), 1 usage (or an unknown document, name, field
// or value), 2 database error. The curation commands live in curationcommands.cpp.
#include "curationcommands.h"

#include "core/db/database.h"
#include "core/db/searchrepository.h"
#include "core/export/jsonexporter.h"
#include "core/import/filecollector.h"
#include "core/import/importjob.h"

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

int usageError(const QString& message)
{
    err() << "littoral-cli: " << message << "\nTry 'littoral-cli --help'.\n";
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
        return usageError(QStringLiteral("import needs at least one file or folder."));
    for (const QString& path : paths)
        if (!existsAsEntry(path))
            return usageError(QStringLiteral("no such file or folder: %1").arg(FileCollector::displayName(FileCollector::nativeFromArgument(path))));
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
    for (const ImportOutcome& o : summary->problems) {
        switch (o.status) {
        case ImportOutcome::Status::Rejected:
            err() << "rejected: " << o.source << ": " << o.reason << '\n';
            break;
        case ImportOutcome::Status::Duplicate:
            err() << "duplicate: " << o.source << " (same content as " << o.duplicateOf << ")\n";
            break;
        case ImportOutcome::Status::Kept:
            err() << "kept: " << o.source << ": " << o.reason << "; its document from the last import is kept\n";
            break;
        case ImportOutcome::Status::Gone:
            err() << "gone: " << o.source << ": " << o.reason
                  << (removal ? "; its document is removed\n" : "; its document is kept (--prune removes it)\n");
            break;
        case ImportOutcome::Status::Skipped:
            err() << "skipped: " << o.source << ": " << o.reason << '\n';
            break;
        default:
            break;
        }
    }
    QString line = QStringLiteral("%1 imported, %2 updated, %3 unchanged, %4 rejected, %5 duplicates")
                       .arg(summary->imported)
                       .arg(summary->updated)
                       .arg(summary->unchanged)
                       .arg(summary->rejected)
                       .arg(summary->duplicates);
    if (summary->kept > 0)
        line += QStringLiteral(", %1 kept (the file cannot be imported now; its document stays)").arg(summary->kept);
    if (summary->gone > 0 && !removal)
        line += QStringLiteral(", %1 gone (kept; --prune removes them)").arg(summary->gone);
    if (removal) {
        line += QStringLiteral(", %1 gone (%2 removed").arg(summary->gone).arg(removal->removed);
        if (removal->corrections > 0)
            line += QStringLiteral("; their %1 correction(s) are kept for a re-import").arg(removal->corrections);
        line += QLatin1Char(')');
    }
    if (summary->skipped > 0)
        line += QStringLiteral(", %1 folder(s) skipped").arg(summary->skipped);
    out() << line << '\n';
    return Ok;
}

int runExport(const QString& dbPath, const QString& format, const QString& outputPath)
{
    if (format != QLatin1String("json"))
        return usageError(QStringLiteral("unknown export format '%1' (supported: json).").arg(format));
    auto db = Database::openExisting(dbPath);
    if (!db)
        return databaseError(db.error());
    JsonExporter exporter(*db);
    if (outputPath.isEmpty() || outputPath == QLatin1String("-")) {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
            return databaseError({ ErrorCode::Io, QStringLiteral("cannot write to standard output") });
        const auto written = exporter.write(stdoutFile);
        return written ? Ok : databaseError(written.error());
    }
    // Written to a temporary file and renamed: an interrupted export never leaves half a file.
    QSaveFile file(outputPath);
    if (!file.open(QIODevice::WriteOnly))
        return usageError(QStringLiteral("cannot write %1: %2").arg(outputPath, file.errorString()));
    const auto written = exporter.write(file);
    if (!written)
        return databaseError(written.error());
    if (!file.commit())
        return usageError(QStringLiteral("cannot write %1: %2").arg(outputPath, file.errorString()));
    err() << "exported " << *written << " documents to " << outputPath << '\n';
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
        err() << "no document matches " << query << '\n';
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
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("littoral-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LITTORAL_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Littoral command line.\n\n"
        "  littoral-cli import PATH... --db FILE [--json] [--prune]\n"
        "  littoral-cli export --db FILE --format json [-o FILE]\n"
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
        "or as EDTF. Exit codes: 0 ok, 1 usage or unknown document, name, field or value, 2 database error."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Corpus database file."), QStringLiteral("FILE"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print machine-readable JSON."));
    const QCommandLineOption formatOption(QStringLiteral("format"), QStringLiteral("Export format (json)."), QStringLiteral("FORMAT"),
        QStringLiteral("json"));
    const QCommandLineOption outputOption({ QStringLiteral("o"), QStringLiteral("output") }, QStringLiteral("Write the export to FILE."),
        QStringLiteral("FILE"));
    const QCommandLineOption limitOption(QStringLiteral("limit"), QStringLiteral("Show at most N hits (default 20)."), QStringLiteral("N"),
        QStringLiteral("20"));
    const QCommandLineOption pruneOption(QStringLiteral("prune"),
        QStringLiteral("import: remove the documents of files that no longer exist (kept otherwise)."));
    const QCommandLineOption kindOption(QStringLiteral("kind"), QStringLiteral("participant: person or organization (default person)."),
        QStringLiteral("K"));
    const QCommandLineOption titleOption(QStringLiteral("title"), QStringLiteral("participant add: the function as written."), QStringLiteral("T"));
    const QCommandLineOption organizationOption(QStringLiteral("organization"), QStringLiteral("participant add: the organisation spoken for."),
        QStringLiteral("O"));
    const QCommandLineOption intoOption(QStringLiteral("into"), QStringLiteral("merge: the correspondent that stays."), QStringLiteral("NAME"));
    const QCommandLineOption fromOption(QStringLiteral("from"), QStringLiteral("split: the correspondent the alias leaves."), QStringLiteral("NAME"));
    const QCommandLineOption stepsOption(QStringLiteral("steps"), QStringLiteral("undo, redo: how many changes (default 1)."), QStringLiteral("N"));
    parser.addOptions({ dbOption, jsonOption, formatOption, outputOption, limitOption, pruneOption, kindOption, titleOption,
        organizationOption, intoOption, fromOption, stepsOption });
    parser.addPositionalArgument(QStringLiteral("command"),
        QStringLiteral("import, export, search, set, participant, merge, split, review, history, undo or redo"));
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usageError(QStringLiteral("missing command (import, export, search, set, participant, merge, split, review, history, undo or redo)."));
    const QString command = args.first();
    static const QStringList commands = { QStringLiteral("import"), QStringLiteral("export"), QStringLiteral("search") };
    if (!commands.contains(command) && !littoral::cli::CurationCommands::isCurationCommand(command))
        return usageError(QStringLiteral("unknown command '%1'.").arg(command));
    if (!parser.isSet(dbOption))
        return usageError(QStringLiteral("%1 needs --db FILE.").arg(command));
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

    if (command == QLatin1String("import"))
        return runImport(FileCollector::argumentsFromCommandLine(args.mid(1), argc, argv), db, parser.isSet(jsonOption), parser.isSet(pruneOption));
    if (command == QLatin1String("export")) {
        if (args.size() > 1)
            return usageError(QStringLiteral("export takes no positional argument."));
        return runExport(db, parser.value(formatOption), parser.value(outputOption));
    }
    if (command == QLatin1String("search")) {
        if (args.size() < 2)
            return usageError(QStringLiteral("search needs a query."));
        bool ok = false;
        const int limit = parser.value(limitOption).toInt(&ok);
        if (!ok || limit <= 0)
            return usageError(QStringLiteral("--limit takes a positive number."));
        return runSearch(db, args.mid(1).join(QLatin1Char(' ')), limit, parser.isSet(jsonOption));
    }
    return usageError(QStringLiteral("unknown command '%1'.").arg(command));
}
