// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// littoral-cli: import, export and search a corpus database (contract in DESIGN.md).
// Exit codes: 0 ok (also when some files are rejected), 1 usage, 2 database error.
#include "core/db/database.h"
#include "core/db/searchrepository.h"
#include "core/export/jsonexporter.h"
#include "core/import/importjob.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

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
    default:
        return QStringLiteral("imported");
    }
}

int runImport(const QStringList& paths, const QString& db, bool json)
{
    if (paths.isEmpty())
        return usageError(QStringLiteral("import needs at least one file or folder."));
    for (const QString& path : paths)
        if (!QFileInfo::exists(path))
            return usageError(QStringLiteral("no such file or folder: %1").arg(path));
    const Result<ImportSummary> summary = ImportJob(db, paths).runSynchronously();
    if (!summary)
        return databaseError(summary.error());
    if (json) {
        QJsonArray problems;
        for (const ImportOutcome& o : summary->problems) {
            QJsonObject p { { QStringLiteral("source"), o.source }, { QStringLiteral("status"), outcomeName(o.status) } };
            if (o.status == ImportOutcome::Status::Rejected)
                p.insert(QStringLiteral("reason"), o.reason);
            else
                p.insert(QStringLiteral("duplicate_of"), o.duplicateOf);
            problems.append(p);
        }
        const QJsonObject report { { QStringLiteral("imported"), summary->imported }, { QStringLiteral("updated"), summary->updated },
            { QStringLiteral("unchanged"), summary->unchanged }, { QStringLiteral("rejected"), summary->rejected },
            { QStringLiteral("duplicates"), summary->duplicates }, { QStringLiteral("cancelled"), summary->cancelled },
            { QStringLiteral("problems"), problems } };
        out() << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented));
        return Ok;
    }
    for (const ImportOutcome& o : summary->problems) {
        if (o.status == ImportOutcome::Status::Rejected)
            err() << "rejected: " << o.source << ": " << o.reason << '\n';
        else
            err() << "duplicate: " << o.source << " (same content as " << o.duplicateOf << ")\n";
    }
    out() << QStringLiteral("%1 imported, %2 updated, %3 unchanged, %4 rejected, %5 duplicates\n")
                 .arg(summary->imported)
                 .arg(summary->updated)
                 .arg(summary->unchanged)
                 .arg(summary->rejected)
                 .arg(summary->duplicates);
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
        "  littoral-cli import PATH... --db FILE [--json]\n"
        "  littoral-cli export --db FILE --format json [-o FILE]\n"
        "  littoral-cli search --db FILE QUERY [--limit N] [--json]"));
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
    parser.addOptions({ dbOption, jsonOption, formatOption, outputOption, limitOption });
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("import, export or search"));
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usageError(QStringLiteral("missing command (import, export or search)."));
    const QString command = args.first();
    static const QStringList commands = { QStringLiteral("import"), QStringLiteral("export"), QStringLiteral("search") };
    if (!commands.contains(command))
        return usageError(QStringLiteral("unknown command '%1'.").arg(command));
    if (!parser.isSet(dbOption))
        return usageError(QStringLiteral("%1 needs --db FILE.").arg(command));
    const QString db = parser.value(dbOption);

    if (command == QLatin1String("import"))
        return runImport(args.mid(1), db, parser.isSet(jsonOption));
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
