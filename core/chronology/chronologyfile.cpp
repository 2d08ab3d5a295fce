// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/chronology/chronologyfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <array>

namespace littoral::core::chronologyfile {

namespace {

Q_LOGGING_CATEGORY(lcChronology, "littoral.chronology")

QString tr(const char* text)
{
    return QCoreApplication::translate("littoral::core::chronologyfile", text);
}

constexpr qint64 kMaxFileBytes = 5 * 1024 * 1024;
constexpr auto kResourcePath = ":/littoral/chronology/calais.csv";

// The columns, in the order toCsv() writes them (and the keys of ChronologyEvent::toJson()).
constexpr std::array<const char*, 7> kColumns { "id", "date", "label_fr", "label_en", "description_fr", "description_en",
    "source" };

QString columnList()
{
    QStringList names;
    for (const char* column : kColumns)
        names.append(QLatin1String(column));
    return names.join(u',');
}

QByteArray withoutBom(const QByteArray& bytes)
{
    return bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
}

// One parsed CSV file: its records (header first), the file line each record starts on, or why the
// file as a whole cannot be read.
struct CsvRecords {
    QList<QStringList> records;
    QList<int> lines;
    QString error;
};

// RFC 4180: fields separated by commas, records by CRLF (a lone LF or CR is taken too); a quoted field
// may hold commas, line breaks and doubled quotes. Lenient where nothing is lost: a quote inside an
// unquoted field, or text after a closing quote, is kept as typed. Blank lines are skipped.
CsvRecords parseCsv(const QString& text)
{
    CsvRecords out;
    QStringList record;
    QString field;
    bool quoted = false;     // inside a quoted field
    bool fieldQuoted = false; // the current field began with a quote (it is not blank even when empty)
    int line = 1;
    int recordLine = 1;
    int quoteLine = 0;
    const auto endRecord = [&] {
        record.append(field);
        const bool blank = record.size() == 1 && record.front().trimmed().isEmpty() && !fieldQuoted;
        if (!blank) {
            out.records.append(record);
            out.lines.append(recordLine);
        }
        record.clear();
        field.clear();
        fieldQuoted = false;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n' || (c == u'\r' && !(i + 1 < n && text.at(i + 1) == u'\n')))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == u'"' && field.isEmpty() && !fieldQuoted) {
            quoted = true;
            fieldQuoted = true;
            quoteLine = line;
        } else if (c == u',') {
            record.append(field);
            field.clear();
            fieldQuoted = false;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
            ++line;
            recordLine = line;
        } else {
            field.append(c);
        }
    }
    if (quoted) {
        out.error = tr("a quoted field opened on line %1 is never closed").arg(QLocale().toString(quoteLine));
        return out;
    }
    if (!field.isEmpty() || !record.isEmpty() || fieldQuoted)
        endRecord();
    return out;
}

// A row as column name → text, whatever the file's column order.
using Row = QHash<QString, QString>;

QString slugOf(const QString& label)
{
    // Accents off (é → e), then anything but ASCII letters and digits becomes a dash.
    const QString decomposed = label.normalized(QString::NormalizationForm_KD).toLower();
    QString slug;
    for (const QChar c : decomposed) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            slug.append(c);
        else if (c.isMark())
            continue;
        else if (!slug.isEmpty() && !slug.endsWith(u'-'))
            slug.append(u'-');
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    // Short enough to read in a story file; cut at a dash so no word is cut in half.
    constexpr qsizetype kMaxSlug = 40;
    if (slug.size() > kMaxSlug) {
        slug.truncate(kMaxSlug);
        const qsizetype dash = slug.lastIndexOf(u'-');
        if (dash > 0)
            slug.truncate(dash);
    }
    return slug.isEmpty() ? QStringLiteral("event") : slug;
}

bool isWebAddress(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == u"http" || scheme == u"https") && !url.host().isEmpty();
}

// Why a row cannot be taken (empty when it can), filling `event` from it; the id is left as typed.
QString eventOfRow(const Row& row, ChronologyEvent& event)
{
    const auto text = [&](const char* key) { return row.value(QLatin1String(key)).trimmed(); };
    const QString date = text("date");
    if (date.isEmpty())
        return tr("no date");
    if (!ChronologyEvent().setEdtf(date))
        return tr("the date “%1” is not an EDTF date (2016-10-24, 2016-10, 2016) or interval "
                  "(2016-10-24/2016-10-26, the end not before the start)")
            .arg(date);
    // The columns are ChronologyEvent's JSON keys: one reading of them.
    QJsonObject fields;
    for (auto it = row.cbegin(); it != row.cend(); ++it)
        fields.insert(it.key(), it.value());
    event = ChronologyEvent::fromJson(fields);
    if (event.labelFr.isEmpty() && event.labelEn.isEmpty())
        return tr("no label (label_fr or label_en)");
    if (event.sourceUrl.isEmpty())
        return tr("no source: every event needs the address of a public page that states its date");
    if (!isWebAddress(event.sourceUrl))
        return tr("the source “%1” is not an http or https address").arg(event.sourceUrl);
    return {};
}

// The rows of a file, numbered as ChronologyProblem::row counts them, turned into events: ids checked
// for duplicates, missing ids made from the date and the label.
ChronologyReading readRows(const QList<std::pair<int, Row>>& rows)
{
    ChronologyReading reading;
    // Every typed id is reserved before any is made up, so a made-up id never takes one a later row typed.
    QSet<QString> typed;
    for (const auto& [number, row] : rows)
        typed.insert(row.value(QStringLiteral("id")).trimmed());
    QHash<QString, int> rowOfId; // the ids taken so far, and the row that took each
    for (const auto& [number, row] : rows) {
        ChronologyEvent event;
        if (const QString why = eventOfRow(row, event); !why.isEmpty()) {
            reading.problems.append({ number, why });
            continue;
        }
        if (event.id.isEmpty()) {
            const QString base = event.start.toEdtf() + u'-' + slugOf(event.labelEn.isEmpty() ? event.labelFr : event.labelEn);
            event.id = base;
            for (int suffix = 2; typed.contains(event.id) || rowOfId.contains(event.id); ++suffix)
                event.id = base + u'-' + QString::number(suffix);
        } else if (const auto taken = rowOfId.constFind(event.id); taken != rowOfId.cend()) {
            reading.problems.append({ number,
                tr("the id “%1” is already used by row %2").arg(event.id, QLocale().toString(taken.value())) });
            continue;
        }
        rowOfId.insert(event.id, number);
        reading.events.append(event);
    }
    return reading;
}

Result<ChronologyReading> readCsv(const QByteArray& bytes)
{
    const CsvRecords csv = parseCsv(QString::fromUtf8(withoutBom(bytes)));
    if (!csv.error.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("This is not a readable CSV file: %1.").arg(csv.error));
    if (csv.records.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("The file is empty: a chronology needs a header row (%1).")
                                                 .arg(columnList()));
    QHash<QString, qsizetype> columnOf;
    const QStringList& header = csv.records.front();
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed().toLower();
        if (!name.isEmpty() && !columnOf.contains(name))
            columnOf.insert(name, i);
    }
    // id and the descriptions may be left out; a file without a date, a source or any label is not a
    // chronology (most likely another CSV file).
    for (const char* required : { "date", "source" }) {
        if (!columnOf.contains(QLatin1String(required)))
            return fail(ErrorCode::InvalidInput, tr("The header row has no “%1” column (found: %2).")
                                                     .arg(QLatin1String(required), header.join(QStringLiteral(", "))));
    }
    if (!columnOf.contains(QStringLiteral("label_fr")) && !columnOf.contains(QStringLiteral("label_en")))
        return fail(ErrorCode::InvalidInput, tr("The header row has neither a “label_fr” nor a “label_en” column (found: %1).")
                                                 .arg(header.join(QStringLiteral(", "))));
    QList<std::pair<int, Row>> rows;
    rows.reserve(csv.records.size() - 1);
    for (qsizetype r = 1; r < csv.records.size(); ++r) {
        const QStringList& record = csv.records.at(r);
        Row row;
        for (const char* column : kColumns) {
            const qsizetype at = columnOf.value(QLatin1String(column), -1);
            if (at >= 0 && at < record.size())
                row.insert(QLatin1String(column), record.at(at));
        }
        rows.append({ int(r), row });
    }
    return readRows(rows);
}

QString jsonText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) // a year typed as a number: "date": 2016
        return QString::number(value.toDouble(), 'g', 15);
    return {};
}

Result<ChronologyReading> readJson(const QByteArray& bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(withoutBom(bytes), &error);
    if (error.error != QJsonParseError::NoError)
        return fail(ErrorCode::InvalidInput, tr("This is not a readable JSON file: %1 (at character %2).")
                                                 .arg(error.errorString(), QLocale().toString(error.offset)));
    if (!document.isArray())
        return fail(ErrorCode::InvalidInput, tr("A JSON chronology is an array of events; this file holds something else."));
    const QJsonArray array = document.array();
    QList<std::pair<int, Row>> rows;
    ChronologyReading notObjects;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const int number = int(i + 1);
        if (!array.at(i).isObject()) {
            notObjects.problems.append({ number, tr("not an object with the keys id, date, label_fr, label_en, …") });
            continue;
        }
        const QJsonObject object = array.at(i).toObject();
        Row row;
        for (const char* key : kColumns)
            row.insert(QLatin1String(key), jsonText(object.value(QLatin1String(key))));
        rows.append({ number, row });
    }
    ChronologyReading reading = readRows(rows);
    reading.problems.append(notObjects.problems);
    std::sort(reading.problems.begin(), reading.problems.end(),
        [](const ChronologyProblem& a, const ChronologyProblem& b) { return a.row < b.row; });
    return reading;
}

QByteArray csvField(const QString& value)
{
    // No formula guard (a leading apostrophe, as CsvWriter adds) here: this file is read back by
    // Littoral, and the guard would not survive the round trip.
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value.toUtf8();
    QString quoted = value;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return '"' + quoted.toUtf8() + '"';
}

} // namespace

Result<ChronologyReading> read(const QByteArray& bytes, ChronologyFormat format)
{
    return format == ChronologyFormat::Json ? readJson(bytes) : readCsv(bytes);
}

Result<ChronologyReading> readFile(const QString& path)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    const QString suffix = info.suffix().toLower();
    if (suffix != u"csv" && suffix != u"json")
        return fail(ErrorCode::InvalidInput, tr("%1 is neither a .csv nor a .json file.").arg(shown));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("Cannot read %1: %2").arg(shown, file.errorString()));
    // Read one byte past the limit rather than trust the size: a file can grow, or be a pipe.
    const QByteArray bytes = file.read(kMaxFileBytes + 1);
    if (bytes.size() > kMaxFileBytes)
        return fail(ErrorCode::InvalidInput, tr("%1 is larger than %2 MB, too large for a chronology.")
                                                 .arg(shown, QLocale().toString(kMaxFileBytes / (1024 * 1024))));
    if (file.error() != QFileDevice::NoError)
        return fail(ErrorCode::Io, tr("Cannot read %1: %2").arg(shown, file.errorString()));
    return read(bytes, suffix == u"json" ? ChronologyFormat::Json : ChronologyFormat::Csv);
}

QByteArray toCsv(const QList<ChronologyEvent>& events)
{
    QByteArray out = QByteArrayLiteral("\xEF\xBB\xBF"); // the BOM: spreadsheets then read UTF-8 accents right
    out += QByteArray(kColumns.front());
    for (std::size_t i = 1; i < kColumns.size(); ++i)
        out += ',' + QByteArray(kColumns.at(i));
    out += "\r\n";
    for (const ChronologyEvent& event : events) {
        const std::array<QString, 7> fields { event.id, event.edtf(), event.labelFr, event.labelEn,
            event.descriptionFr, event.descriptionEn, event.sourceUrl };
        for (std::size_t i = 0; i < fields.size(); ++i) {
            if (i > 0)
                out += ',';
            out += csvField(fields.at(i));
        }
        out += "\r\n";
    }
    return out;
}

QByteArray toJson(const QList<ChronologyEvent>& events)
{
    QJsonArray array;
    for (const ChronologyEvent& event : events)
        array.append(event.toJson());
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

const QList<ChronologyEvent>& bundled()
{
    // A function-local static: initialised once, thread-safe, on first use rather than at start-up.
    static const QList<ChronologyEvent> events = [] {
        QList<ChronologyEvent> out;
        QFile file(QString::fromLatin1(kResourcePath));
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcChronology) << "the bundled chronology" << kResourcePath << "cannot be read:" << file.errorString();
            return out;
        }
        const Result<ChronologyReading> reading = read(file.readAll(), ChronologyFormat::Csv);
        if (!reading) {
            qCWarning(lcChronology) << "the bundled chronology is unreadable:" << reading.error().detail;
            return out;
        }
        // resources/chronology/calais.csv is checked by tst_chronologyfile; a problem here is a bug.
        for (const ChronologyProblem& problem : reading->problems)
            qCWarning(lcChronology) << "bundled chronology, row" << problem.row << "left out:" << problem.message;
        out = reading->events;
        for (ChronologyEvent& event : out)
            event.bundled = true;
        return out;
    }();
    return events;
}

} // namespace littoral::core::chronologyfile
