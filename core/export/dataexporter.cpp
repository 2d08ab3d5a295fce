// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/dataexporter.h"

#include "core/domain/enumnames.h"
#include "core/export/cmifwriter.h"
#include "core/export/csvwriter.h"
#include "core/export/gexfwriter.h"
#include "core/export/graphmlwriter.h"
#include "core/export/jsonexporter.h"
#include "core/export/timelinejswriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

namespace littoral::core {

namespace {

constexpr std::pair<ExportFormat, const char*> kFormatNames[] = {
    { ExportFormat::Json, "json" },
    { ExportFormat::Csv, "csv" },
    { ExportFormat::Gexf, "gexf" },
    { ExportFormat::GraphMl, "graphml" },
    { ExportFormat::Cmif, "cmif" },
    { ExportFormat::TimelineJs, "timelinejs" },
};

// A folder written beside its destination and renamed into place: the destination holds the old
// folder or the whole new one, never half of it.
Result<ExportCounts> writeFolder(const ExportInput& input, const QString& destination)
{
    const QFileInfo target(destination);
    const QDir parent = target.absoluteDir();
    if (!parent.exists())
        return fail(ErrorCode::NotFound, DataExporter::tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(parent.path())));
    if (target.exists() && !target.isDir())
        return fail(ErrorCode::Io, DataExporter::tr("%1 is a file, not a folder").arg(QDir::toNativeSeparators(destination)));
    QTemporaryDir temporary(parent.filePath(QStringLiteral(".") + target.fileName() + QStringLiteral("-XXXXXX")));
    if (!temporary.isValid())
        return fail(ErrorCode::Io, DataExporter::tr("cannot write in %1: %2").arg(QDir::toNativeSeparators(parent.path()), temporary.errorString()));
    auto counts = CsvWriter::write(input, temporary.path());
    if (!counts)
        return counts; // the temporary folder goes with `temporary`
    // Replace an earlier export of the same name: moved aside first, removed once the new one is in.
    QString aside;
    if (target.exists()) {
        aside = temporary.path() + QStringLiteral("-old");
        if (!QDir().rename(target.absoluteFilePath(), aside))
            return fail(ErrorCode::Io, DataExporter::tr("cannot replace %1").arg(QDir::toNativeSeparators(destination)));
    }
    if (!QDir().rename(temporary.path(), target.absoluteFilePath())) {
        if (!aside.isEmpty())
            QDir().rename(aside, target.absoluteFilePath());
        return fail(ErrorCode::Io, DataExporter::tr("cannot write %1").arg(QDir::toNativeSeparators(destination)));
    }
    temporary.setAutoRemove(false);
    if (!aside.isEmpty())
        QDir(aside).removeRecursively();
    return counts;
}

} // namespace

QString exportFormatName(ExportFormat format)
{
    return enumName(format, kFormatNames);
}

std::optional<ExportFormat> exportFormatFromName(QAnyStringView name)
{
    return enumFromName(name, kFormatNames);
}

QString exportFormatSuffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Json:
    case ExportFormat::TimelineJs:
        return QStringLiteral("json");
    case ExportFormat::Csv:
        return {};
    case ExportFormat::Gexf:
        return QStringLiteral("gexf");
    case ExportFormat::GraphMl:
        return QStringLiteral("graphml");
    case ExportFormat::Cmif:
        return QStringLiteral("xml");
    }
    return {};
}

Result<ExportCounts> DataExporter::write(ExportFormat format, const ExportInput& input, QIODevice& device)
{
    switch (format) {
    case ExportFormat::Json: {
        auto written = JsonExporter(*input.database).write(device, input);
        if (!written)
            return std::unexpected(written.error());
        ExportCounts counts;
        counts.documents = *written;
        return counts;
    }
    case ExportFormat::Csv:
        return fail(ErrorCode::InvalidInput, tr("CSV is two files: it needs a folder"));
    case ExportFormat::Gexf:
        return GexfWriter::write(input, device);
    case ExportFormat::GraphMl:
        return GraphMlWriter::write(input, device);
    case ExportFormat::Cmif:
        return CmifWriter::write(input, device);
    case ExportFormat::TimelineJs:
        return TimelineJsWriter::write(input, device);
    }
    return fail(ErrorCode::InvalidInput, QStringLiteral("unknown format"));
}

Result<ExportCounts> DataExporter::write(ExportFormat format, const ExportInput& input, const QString& destination)
{
    if (format == ExportFormat::Csv)
        return writeFolder(input, destination);
    // QSaveFile: a temporary file beside the destination, renamed on commit, removed otherwise.
    QSaveFile file(destination);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, tr("cannot write %1: %2").arg(QDir::toNativeSeparators(destination), file.errorString()));
    auto counts = write(format, input, file);
    if (!counts) {
        file.cancelWriting();
        return counts;
    }
    if (!file.commit())
        return fail(ErrorCode::Io, tr("cannot write %1: %2").arg(QDir::toNativeSeparators(destination), file.errorString()));
    counts->files = { QFileInfo(destination).fileName() };
    return counts;
}

} // namespace littoral::core
