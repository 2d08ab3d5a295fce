// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The chronology files: the bundled Calais chronology checked row by row (dates, labels, descriptions,
// sources, no duplicates), the CSV and JSON reader on good and bad input, readFile's limits, and
// toCsv/toJson read back unchanged.
#include "core/chronology/chronologyfile.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QtConcurrent>

using namespace littoral::core;

Q_DECLARE_METATYPE(littoral::core::ChronologyFormat)

namespace {

const char* const kHeader = "id,date,label_fr,label_en,description_fr,description_en,source\n";

QStringList list(std::initializer_list<const char*> texts)
{
    QStringList out;
    for (const char* text : texts)
        out.append(QString::fromUtf8(text));
    return out;
}

QByteArray resourceBytes()
{
    QFile file(QStringLiteral(":/littoral/chronology/calais.csv"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

ChronologyEvent makeEvent(const char* id, const char* edtf, const char* labelFr, const char* labelEn, const char* descriptionFr,
    const char* descriptionEn, const char* source)
{
    ChronologyEvent e;
    e.id = QString::fromUtf8(id);
    if (!e.setEdtf(QString::fromUtf8(edtf)))
        qFatal("bad EDTF in the test: %s", edtf);
    e.labelFr = QString::fromUtf8(labelFr);
    e.labelEn = QString::fromUtf8(labelEn);
    e.descriptionFr = QString::fromUtf8(descriptionFr);
    e.descriptionEn = QString::fromUtf8(descriptionEn);
    e.sourceUrl = QString::fromUtf8(source);
    return e;
}

QStringList idsOf(const QList<ChronologyEvent>& events)
{
    QStringList ids;
    for (const ChronologyEvent& e : events)
        ids.append(e.id);
    return ids;
}

QList<int> rowsOf(const QList<ChronologyProblem>& problems)
{
    QList<int> rows;
    for (const ChronologyProblem& p : problems)
        rows.append(p.row);
    return rows;
}

} // namespace

class TestChronologyFile : public QObject {
    Q_OBJECT

private slots:
    void bundled_readsWholeWithoutProblems();
    void bundled_row_data();
    void bundled_row();
    void bundled_hasNoDuplicates();
    void bundled_isTheResourceFlaggedBundled();
    void bundled_sameListFromEveryThread();

    void read_data();
    void read();

    void roundTrip_data();
    void roundTrip();
    void roundTrip_bundled();

    void readFile_byExtension();
    void readFile_refusesOtherExtensions();
    void readFile_refusesOverFiveMegabytes();
    void readFile_missingFileIsAnIoError();
};

void TestChronologyFile::bundled_readsWholeWithoutProblems()
{
    const QByteArray bytes = resourceBytes();
    QVERIFY2(!bytes.isEmpty(), "the resource :/littoral/chronology/calais.csv is missing");
    const auto reading = chronologyfile::read(bytes, ChronologyFormat::Csv);
    QVERIFY2(reading.has_value(), qPrintable(reading ? QString() : reading.error().detail));
    QStringList problems;
    for (const ChronologyProblem& p : reading->problems)
        problems.append(QStringLiteral("row %1: %2").arg(p.row).arg(p.message));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    // Every non-blank line after the header is one event (descriptions hold no line breaks).
    const qsizetype lines = bytes.trimmed().count('\n');
    QCOMPARE(reading->events.size(), lines);
    QVERIFY2(reading->events.size() >= 40 && reading->events.size() <= 80,
        qPrintable(QStringLiteral("%1 events; the issue asks for 40 to 80").arg(reading->events.size())));
}

void TestChronologyFile::bundled_row_data()
{
    QTest::addColumn<ChronologyEvent>("entry");
    for (const ChronologyEvent& e : chronologyfile::bundled())
        QTest::addRow("%s", qPrintable(e.id)) << e;
    if (chronologyfile::bundled().isEmpty()) // a row that fails, rather than a test that has nothing to check
        QTest::addRow("no_bundled_event") << ChronologyEvent {};
}

void TestChronologyFile::bundled_row()
{
    QFETCH(ChronologyEvent, entry);
    const ChronologyEvent& event = entry;
    // The date: valid EDTF, a span's end not before its start, within the Sangatte years to 2021.
    QVERIFY(event.start.isValid());
    QCOMPARE(ChronologyEvent::fromJson(event.toJson()).edtf(), event.edtf());
    if (event.isSpan())
        QVERIFY2(event.end.lastDay() >= event.start.firstDay(), qPrintable(event.edtf()));
    QVERIFY2(event.firstDay() >= QDate(1999, 1, 1) && event.lastDay() <= QDate(2021, 12, 31), qPrintable(event.edtf()));
    // The id: YYYY[-MM[-DD]]-ascii-slug, starting with the event's own date.
    static const QRegularExpression idShape(QStringLiteral("^\\d{4}(-\\d{2}){0,2}(-[a-z0-9]+)+$"));
    QVERIFY2(idShape.match(event.id).hasMatch(), qPrintable(event.id));
    QVERIFY2(event.id.startsWith(event.start.toEdtf() + u'-'), qPrintable(event.id + u' ' + event.edtf()));
    // Both labels (short enough for the lane and its legend), both descriptions (one sentence each).
    for (const QString& label : { event.labelFr, event.labelEn }) {
        QVERIFY2(!label.isEmpty(), "a label is missing");
        QVERIFY2(label.size() <= 60, qPrintable(label));
        QCOMPARE(label, label.trimmed());
    }
    for (const QString& description : { event.descriptionFr, event.descriptionEn }) {
        QVERIFY2(!description.isEmpty(), "a description is missing");
        QVERIFY2(description.endsWith(u'.'), qPrintable(description));
        QVERIFY2(!description.contains(u'\n'), qPrintable(description));
    }
    // The source: a web page that states the date.
    const QUrl source(event.sourceUrl, QUrl::StrictMode);
    QVERIFY2(source.isValid(), qPrintable(event.sourceUrl));
    QVERIFY2(source.scheme() == u"http" || source.scheme() == u"https", qPrintable(event.sourceUrl));
    QVERIFY2(!source.host().isEmpty(), qPrintable(event.sourceUrl));
    QVERIFY(event.bundled);
}

void TestChronologyFile::bundled_hasNoDuplicates()
{
    const QList<ChronologyEvent>& events = chronologyfile::bundled();
    QVERIFY(!events.isEmpty());
    QSet<QString> ids;
    QSet<QString> datedFr;
    QSet<QString> datedEn;
    for (const ChronologyEvent& e : events) {
        QVERIFY2(!ids.contains(e.id), qPrintable(e.id));
        ids.insert(e.id);
        const QString fr = e.edtf() + u'|' + e.labelFr.toLower();
        const QString en = e.edtf() + u'|' + e.labelEn.toLower();
        QVERIFY2(!datedFr.contains(fr), qPrintable(fr));
        QVERIFY2(!datedEn.contains(en), qPrintable(en));
        datedFr.insert(fr);
        datedEn.insert(en);
    }
}

void TestChronologyFile::bundled_isTheResourceFlaggedBundled()
{
    const auto reading = chronologyfile::read(resourceBytes(), ChronologyFormat::Csv);
    QVERIFY(reading.has_value());
    QList<ChronologyEvent> expected = reading->events;
    QVERIFY(!expected.isEmpty());
    for (ChronologyEvent& e : expected) {
        QVERIFY(!e.bundled);
        e.bundled = true;
    }
    QCOMPARE(chronologyfile::bundled(), expected);
}

void TestChronologyFile::bundled_sameListFromEveryThread()
{
    QList<QFuture<const QList<ChronologyEvent>*>> futures;
    for (int i = 0; i < 4; ++i)
        futures.append(QtConcurrent::run([] { return &chronologyfile::bundled(); }));
    const QList<ChronologyEvent>* here = &chronologyfile::bundled();
    for (auto& future : futures)
        QCOMPARE(future.result(), here);
    QVERIFY(!here->isEmpty());
}

void TestChronologyFile::read_data()
{
    QTest::addColumn<ChronologyFormat>("format");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fileError");     // words the whole-file error must hold; empty: the file reads
    QTest::addColumn<QStringList>("ids");        // the events taken, in order
    QTest::addColumn<QList<int>>("problemRows"); // the rows left out
    QTest::addColumn<QString>("problemWords");   // words the first problem must hold
    QTest::addColumn<QString>("firstDescription"); // the first event's French description, when it matters

    // QByteArray, not auto: with QStringBuilder a `+` is a lazy expression that would outlive its operands.
    const auto csv = [](const char* rows) -> QByteArray { return QByteArray(kHeader) + rows; };
    const QString none;
    const QList<int> noRows;

    QTest::addRow("csv_two_rows") << ChronologyFormat::Csv
                                  << csv("a,2016-10-24,Évacuation,Evacuation,,,https://example.org/a\n"
                                         "b,2016-02,Zone sud,South zone,,,http://example.org/b\n")
                                  << none << list({ "a", "b" }) << noRows << none << none;
    QTest::addRow("csv_quoted_comma_quote_newline")
        << ChronologyFormat::Csv
        << csv("a,2016-10-24,Évacuation,Evacuation,\"Un, deux\n\"\"trois\"\"\",,https://example.org/a\n")
        << none << list({ "a" }) << noRows << none << QStringLiteral("Un, deux\n\"trois\"");
    QTest::addRow("csv_bom_crlf_blank_lines")
        << ChronologyFormat::Csv
        << QByteArray("\xEF\xBB\xBFid,date,label_fr,label_en,description_fr,description_en,source\r\n\r\n"
                      "a,2016,Année,Year,Une phrase.,A sentence.,https://example.org/a\r\n\r\n")
        << none << list({ "a" }) << noRows << none << QStringLiteral("Une phrase.");
    QTest::addRow("csv_reordered_extra_and_missing_optional_columns")
        << ChronologyFormat::Csv
        << QByteArray("Source , note,label_en,DATE,id\n"
                      "https://example.org/a,ignored,Evacuation,2016-10-24/2016-10-26,a\n")
        << none << list({ "a" }) << noRows << none << none;
    QTest::addRow("csv_short_row_reads_missing_fields_as_empty")
        << ChronologyFormat::Csv << csv("a,2016-10-24,Évacuation\n") << none << QStringList {} << QList<int> { 1 }
        << QStringLiteral("no source") << none;
    QTest::addRow("csv_missing_source_column")
        << ChronologyFormat::Csv << QByteArray("id,date,label_fr\na,2016,x\n") << QStringLiteral("“source”")
        << QStringList {} << noRows << none << none;
    QTest::addRow("csv_missing_date_column")
        << ChronologyFormat::Csv << QByteArray("id,label_fr,source\na,x,https://example.org\n")
        << QStringLiteral("“date”") << QStringList {} << noRows << none << none;
    QTest::addRow("csv_no_label_column")
        << ChronologyFormat::Csv << QByteArray("id,date,source\na,2016,https://example.org\n")
        << QStringLiteral("label_fr") << QStringList {} << noRows << none << none;
    QTest::addRow("csv_empty_file") << ChronologyFormat::Csv << QByteArray() << QStringLiteral("empty") << QStringList {}
                                    << noRows << none << none;
    QTest::addRow("csv_unclosed_quote")
        << ChronologyFormat::Csv << csv("a,2016,\"never closed,x,,,https://example.org\n") << QStringLiteral("line 2")
        << QStringList {} << noRows << none << none;
    QTest::addRow("csv_bad_date")
        << ChronologyFormat::Csv
        << csv("a,2016-13-45,Mauvaise date,Bad date,,,https://example.org/a\nb,2016,Bonne,Good,,,https://example.org/b\n")
        << none << list({ "b" }) << QList<int> { 1 } << QStringLiteral("2016-13-45") << none;
    QTest::addRow("csv_interval_ending_before_it_starts")
        << ChronologyFormat::Csv << csv("a,2016-10-26/2016-10-24,x,x,,,https://example.org/a\n") << none << QStringList {}
        << QList<int> { 1 } << QStringLiteral("2016-10-26/2016-10-24") << none;
    QTest::addRow("csv_no_date") << ChronologyFormat::Csv << csv("a,,x,x,,,https://example.org/a\n") << none
                                 << QStringList {} << QList<int> { 1 } << QStringLiteral("no date") << none;
    QTest::addRow("csv_no_label") << ChronologyFormat::Csv << csv("a,2016,, ,,,https://example.org/a\n") << none
                                  << QStringList {} << QList<int> { 1 } << QStringLiteral("no label") << none;
    QTest::addRow("csv_one_label_is_enough") << ChronologyFormat::Csv << csv("a,2016,,Only English,,,https://example.org/a\n")
                                             << none << list({ "a" }) << noRows << none << none;
    QTest::addRow("csv_missing_source") << ChronologyFormat::Csv << csv("a,2016,x,x,,,\n") << none << QStringList {}
                                        << QList<int> { 1 } << QStringLiteral("no source") << none;
    QTest::addRow("csv_ftp_source") << ChronologyFormat::Csv << csv("a,2016,x,x,,,ftp://example.org/a\n") << none
                                    << QStringList {} << QList<int> { 1 } << QStringLiteral("ftp://example.org/a") << none;
    QTest::addRow("csv_source_without_scheme") << ChronologyFormat::Csv << csv("a,2016,x,x,,,www.example.org/a\n") << none
                                               << QStringList {} << QList<int> { 1 } << QStringLiteral("not an http")
                                               << none;
    QTest::addRow("csv_javascript_source") << ChronologyFormat::Csv << csv("a,2016,x,x,,,javascript:alert(1)\n") << none
                                           << QStringList {} << QList<int> { 1 } << QStringLiteral("not an http")
                                           << none;
    QTest::addRow("csv_duplicate_id")
        << ChronologyFormat::Csv
        << csv("a,2016,Un,One,,,https://example.org/1\nb,2017,Deux,Two,,,https://example.org/2\n"
               "a,2018,Trois,Three,,,https://example.org/3\n")
        << none << list({ "a", "b" }) << QList<int> { 3 } << QStringLiteral("already used by row 1") << none;
    QTest::addRow("csv_duplicate_of_a_row_left_out_is_taken")
        << ChronologyFormat::Csv << csv("a,nope,Un,One,,,https://example.org/1\na,2017,Deux,Two,,,https://example.org/2\n")
        << none << list({ "a" }) << QList<int> { 1 } << QStringLiteral("nope") << none;
    QTest::addRow("csv_empty_id_made_from_date_and_label")
        << ChronologyFormat::Csv
        << csv(",2016-10-24/2016-10-26,Évacuation de la Jungle,Jungle evacuation,,,https://example.org/1\n"
               ",2016-02,Démolition de la zone sud,,,,https://example.org/2\n"
               ", 2016 ,Été: « chaud » !,,,,https://example.org/3\n")
        << none
        << list({ "2016-10-24-jungle-evacuation", "2016-02-demolition-de-la-zone-sud", "2016-ete-chaud" })
        << noRows << none << none;
    QTest::addRow("csv_made_up_ids_stay_unique")
        << ChronologyFormat::Csv
        << csv(",2016,Même,Same,,,https://example.org/1\n,2016,Même,Same,,,https://example.org/2\n"
               "2016-same-2,2016,Autre,Other,,,https://example.org/3\n")
        << none << list({ "2016-same", "2016-same-3", "2016-same-2" }) << noRows << none << none;
    QTest::addRow("csv_made_up_id_of_a_label_without_latin_letters")
        << ChronologyFormat::Csv << csv(",2016-10-24,,كاليه,,,https://example.org/1\n") << none
        << list({ "2016-10-24-event" }) << noRows << none << none;

    const auto json = [](const char* text) { return QByteArray(text); };
    QTest::addRow("json_two_events")
        << ChronologyFormat::Json
        << json(R"([{"id":"a","date":"2016-10-24","label_fr":"Évacuation","label_en":"Evacuation","source":"https://example.org/a",
                     "description_fr":"Un, deux\n\"trois\""},
                    {"id":"b","date":2016,"label_en":"Year as a number","source":"http://example.org/b","extra":1}])")
        << none << list({ "a", "b" }) << noRows << none << QStringLiteral("Un, deux\n\"trois\"");
    QTest::addRow("json_bom") << ChronologyFormat::Json
                              << QByteArray("\xEF\xBB\xBF[{\"id\":\"a\",\"date\":\"2016\",\"label_fr\":\"x\",\"source\":"
                                            "\"https://example.org\"}]")
                              << none << list({ "a" }) << noRows << none << none;
    QTest::addRow("json_not_an_array") << ChronologyFormat::Json << json(R"({"id":"a"})") << QStringLiteral("array")
                                       << QStringList {} << noRows << none << none;
    QTest::addRow("json_syntax_error") << ChronologyFormat::Json << json(R"([{"id":"a",}])")
                                       << QStringLiteral("not a readable JSON") << QStringList {} << noRows << none << none;
    QTest::addRow("json_bad_rows")
        << ChronologyFormat::Json
        << json(R"([42,
                    {"id":"a","date":"someday","label_fr":"x","source":"https://example.org"},
                    {"id":"b","date":"2016","label_fr":"x","source":"mailto:someone@example.org"},
                    {"id":"c","date":"2016","label_fr":"x","source":"https://example.org"},
                    {"id":"c","date":"2017","label_fr":"y","source":"https://example.org"}])")
        << none << list({ "c" }) << QList<int> { 1, 2, 3, 5 } << QStringLiteral("not an object") << none;
    QTest::addRow("json_empty_id_made_up")
        << ChronologyFormat::Json << json(R"([{"date":"2018-01-18","label_en":"Sandhurst treaty","source":"https://example.org"}])")
        << none << list({ "2018-01-18-sandhurst-treaty" }) << noRows << none << none;
}

void TestChronologyFile::read()
{
    QFETCH(ChronologyFormat, format);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fileError);
    QFETCH(QStringList, ids);
    QFETCH(QList<int>, problemRows);
    QFETCH(QString, problemWords);
    QFETCH(QString, firstDescription);

    const auto reading = chronologyfile::read(bytes, format);
    if (!fileError.isEmpty()) {
        QVERIFY2(!reading.has_value(), "the file should have been refused as a whole");
        QCOMPARE(reading.error().code, ErrorCode::InvalidInput);
        QVERIFY2(reading.error().detail.contains(fileError), qPrintable(reading.error().detail));
        return;
    }
    QVERIFY2(reading.has_value(), qPrintable(reading ? QString() : reading.error().detail));
    QCOMPARE(idsOf(reading->events), ids);
    QCOMPARE(rowsOf(reading->problems), problemRows);
    if (!problemWords.isEmpty())
        QVERIFY2(reading->problems.front().message.contains(problemWords), qPrintable(reading->problems.front().message));
    if (!firstDescription.isEmpty())
        QCOMPARE(reading->events.front().descriptionFr, firstDescription);
    for (const ChronologyEvent& e : reading->events) {
        QVERIFY(e.isValid());
        QVERIFY(!e.bundled);
    }
}

void TestChronologyFile::roundTrip_data()
{
    QTest::addColumn<QList<ChronologyEvent>>("events");
    QTest::addRow("empty") << QList<ChronologyEvent> {};
    QTest::addRow("every_precision_and_a_span")
        << QList<ChronologyEvent> {
               makeEvent("d", "2016-10-24", "Jour", "Day", "Une phrase.", "A sentence.", "https://example.org/d"),
               makeEvent("m", "2016-10", "Mois", "Month", "", "", "https://example.org/m"),
               makeEvent("y", "2016", "Année", "", "", "", "https://example.org/y"),
               makeEvent("s", "2016-10-24/2016-10-26", "", "Span", "", "", "https://example.org/s"),
               makeEvent("ms", "2015-01/2016-10", "Mois à mois", "Month to month", "", "", "https://example.org/ms"),
           };
    QTest::addRow("text_a_csv_file_must_quote")
        << QList<ChronologyEvent> {
               makeEvent("q", "2017-07-31", "Virgule, « guillemets » et \"doubles\"", "Comma, \"quotes\"",
                   "Deux lignes\nen une,\r\net un retour", "Tab\there; semicolon", "https://example.org/q?a=1,2&b=x"),
               makeEvent("u", "2021-11-24", "Naufrage dans la Manche", "كاليه 🚤", "’apostrophe typographique’", "", "http://example.org"),
           };
}

void TestChronologyFile::roundTrip()
{
    QFETCH(QList<ChronologyEvent>, events);
    for (const ChronologyFormat format : { ChronologyFormat::Csv, ChronologyFormat::Json }) {
        const QByteArray bytes = format == ChronologyFormat::Csv ? chronologyfile::toCsv(events) : chronologyfile::toJson(events);
        const auto reading = chronologyfile::read(bytes, format);
        QVERIFY2(reading.has_value(), qPrintable(reading ? QString() : reading.error().detail));
        QVERIFY2(reading->problems.isEmpty(), qPrintable(reading->problems.value(0).message));
        QCOMPARE(reading->events, events);
    }
}

void TestChronologyFile::roundTrip_bundled()
{
    QList<ChronologyEvent> events = chronologyfile::bundled();
    QVERIFY(!events.isEmpty());
    for (ChronologyEvent& e : events)
        e.bundled = false; // not a column: the file does not say where it came from
    for (const ChronologyFormat format : { ChronologyFormat::Csv, ChronologyFormat::Json }) {
        const QByteArray bytes = format == ChronologyFormat::Csv ? chronologyfile::toCsv(events) : chronologyfile::toJson(events);
        const auto reading = chronologyfile::read(bytes, format);
        QVERIFY(reading.has_value());
        QVERIFY(reading->problems.isEmpty());
        QCOMPARE(reading->events, events);
    }
}

void TestChronologyFile::readFile_byExtension()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QList<ChronologyEvent> events {
        makeEvent("a", "2016-10-24", "Évacuation", "Evacuation", "", "", "https://example.org/a"),
        makeEvent("b", "2016", "Année", "Year", "", "", "https://example.org/b"),
    };
    for (const auto& [name, bytes] : { std::pair { QStringLiteral("mine.CSV"), chronologyfile::toCsv(events) },
             std::pair { QStringLiteral("mine.json"), chronologyfile::toJson(events) } }) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        const auto reading = chronologyfile::readFile(file.fileName());
        QVERIFY2(reading.has_value(), qPrintable(name));
        QCOMPARE(reading->events, events);
    }
    // JSON bytes under a .csv name are read as CSV, and refused as a chronology.
    QFile wrong(dir.filePath(QStringLiteral("json.csv")));
    QVERIFY(wrong.open(QIODevice::WriteOnly));
    wrong.write(chronologyfile::toJson(events));
    wrong.close();
    QVERIFY(!chronologyfile::readFile(wrong.fileName()).has_value());
}

void TestChronologyFile::readFile_refusesOtherExtensions()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("chronology.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(chronologyfile::toCsv({}));
    file.close();
    const auto reading = chronologyfile::readFile(file.fileName());
    QVERIFY(!reading.has_value());
    QCOMPARE(reading.error().code, ErrorCode::InvalidInput);
    QVERIFY2(reading.error().detail.contains(QStringLiteral(".csv")), qPrintable(reading.error().detail));
}

void TestChronologyFile::readFile_refusesOverFiveMegabytes()
{
    QTemporaryDir dir;
    const QByteArray row("a,2016,x,x,,,https://example.org/a\n");
    for (const auto& [size, accepted] : { std::pair { qint64(5 * 1024 * 1024), true }, std::pair { qint64(5 * 1024 * 1024 + 1), false } }) {
        QFile file(dir.filePath(QStringLiteral("big-%1.csv").arg(size)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray bytes = QByteArray(kHeader) + row;
        bytes += QByteArray(size - bytes.size(), '\n'); // blank lines: a readable file of exactly that size
        QCOMPARE(bytes.size(), size);
        file.write(bytes);
        file.close();
        const auto reading = chronologyfile::readFile(file.fileName());
        QCOMPARE(reading.has_value(), accepted);
        if (accepted) {
            QCOMPARE(idsOf(reading->events), list({ "a" }));
        } else {
            QCOMPARE(reading.error().code, ErrorCode::InvalidInput);
            QVERIFY2(reading.error().detail.contains(QStringLiteral("5 MB")), qPrintable(reading.error().detail));
        }
    }
}

void TestChronologyFile::readFile_missingFileIsAnIoError()
{
    QTemporaryDir dir;
    const auto reading = chronologyfile::readFile(dir.filePath(QStringLiteral("absent.csv")));
    QVERIFY(!reading.has_value());
    QCOMPARE(reading.error().code, ErrorCode::Io);
    QVERIFY2(reading.error().detail.contains(QStringLiteral("absent.csv")), qPrintable(reading.error().detail));
}

QTEST_GUILESS_MAIN(TestChronologyFile)
#include "tst_chronologyfile.moc"
