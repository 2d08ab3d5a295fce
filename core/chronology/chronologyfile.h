// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/chronologyevent.h"
#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace littoral::core {

// A row of a chronology file that could not be taken, and why (in the interface language).
struct ChronologyProblem {
    int row = 0; // 1-based data row (CSV: the header is row 0, blank lines are not rows), or the JSON array index + 1
    QString message; // why, without the row number ("no source: …", "the id “x” is already used by row 3")
};

// What reading a chronology file gave: the good rows, and the rows it left out with why.
struct ChronologyReading {
    QList<ChronologyEvent> events;
    QList<ChronologyProblem> problems;
};

enum class ChronologyFormat { Csv, Json };

// Chronology files: the bundled one (resources/chronology/calais.csv) and those users load. CSV (RFC 4180,
// UTF-8, header row) with the columns id,date,label_fr,label_en,description_fr,description_en,source;
// JSON: an array of objects with the same keys (ChronologyEvent::toJson). Columns are found by name, in
// any order; others are ignored; date, source and one of the labels are required (id and descriptions may
// be left out). A row needs an EDTF date or interval, at least one label and an http(s) source; a second
// row with an id already taken is a problem. An id left empty is made from the date and a slug of the
// label ("2016-10-24-jungle-evacuation"), unique in the file. Values are trimmed; a UTF-8 BOM is skipped.
// toCsv/toJson write what read() gives back unchanged. Any thread.
namespace chronologyfile {

// Error (InvalidInput) only when the whole file is unreadable (not CSV/JSON, no header, wrong columns).
[[nodiscard]] Result<ChronologyReading> read(const QByteArray& bytes, ChronologyFormat format);
// By extension (.csv, .json); Error (Io) when it cannot be read, InvalidInput over 5 MB or another extension.
[[nodiscard]] Result<ChronologyReading> readFile(const QString& path);
QByteArray toCsv(const QList<ChronologyEvent>& events);
QByteArray toJson(const QList<ChronologyEvent>& events);

// The bundled Calais chronology (read once from the resource; every event `bundled`).
const QList<ChronologyEvent>& bundled();

} // namespace chronologyfile

} // namespace littoral::core
