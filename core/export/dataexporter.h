// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/export/exportinput.h"
#include "core/result.h"

#include <QAnyStringView>
#include <QCoreApplication>
#include <QString>

#include <optional>

class QIODevice;

namespace littoral::core {

enum class ExportFormat { Json, Csv, Gexf, GraphMl, Cmif, TimelineJs };

QString exportFormatName(ExportFormat format); // "json", "csv", "gexf", "graphml", "cmif", "timelinejs"
std::optional<ExportFormat> exportFormatFromName(QAnyStringView name);
QString exportFormatSuffix(ExportFormat format); // "json", "" (a folder), "gexf", "graphml", "xml", "json"

// The one entry to every data format, for File ▸ Export Data and `littoral-cli export`: picks the
// writer and makes the result atomic. A file is written to a temporary file beside the destination
// and renamed into place; CSV's folder (documents.csv, participations.csv) to a temporary folder
// beside it, renamed. A failed or cancelled export leaves nothing at the destination and no
// temporary behind. Thread of the input's database.
class DataExporter final {
    Q_DECLARE_TR_FUNCTIONS(littoral::core::DataExporter)
public:
    [[nodiscard]] static Result<ExportCounts> write(ExportFormat format, const ExportInput& input, const QString& destination);
    // To a device (standard output); not for CSV, which is two files.
    [[nodiscard]] static Result<ExportCounts> write(ExportFormat format, const ExportInput& input, QIODevice& device);
};

} // namespace littoral::core
