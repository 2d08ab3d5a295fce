// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/database.h"
#include "core/db/documentrepository.h"
#include "core/export/dataexporter.h"
#include "core/export/timelinejswriter.h"

#include "support/richletter.h"
#include "support/samplecorpus.h"

#include <QBuffer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace littoral::core;
using littoral::test::richLetter;

namespace {

Document variant(const QString& path, const PartialDate& date)
{
    Document d = richLetter(path);
    d.text += path;
    d.sha256 = littoral::test::sha(d.text);
    if (date.isValid())
        d.extraction.date->date = date;
    else
        d.extraction.date.reset();
    d.extraction.events.clear();
    return d;
}

// TimelineJS date parts: year, then month and day when given.
QJsonObject parts(int year, int month = 0, int day = 0)
{
    QJsonObject o { { QStringLiteral("year"), year } };
    if (month)
        o.insert(QStringLiteral("month"), month);
    if (day)
        o.insert(QStringLiteral("day"), day);
    return o;
}

QJsonObject findSlide(const QJsonArray& events, const QString& uniqueId)
{
    for (const QJsonValue& e : events)
        if (e[QStringLiteral("unique_id")].toString() == uniqueId)
            return e.toObject();
    return {};
}

} // namespace

class TestTimelineJsWriter final : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_databases = 0;

    struct Exported {
        QJsonObject root;
        ExportCounts counts;
        int predicted = 0;
    };
    Exported exportDocuments(const QList<Document>& documents)
    {
        auto database = Database::open(m_dir->filePath(QStringLiteral("t%1.db").arg(++m_databases)));
        if (!database)
            qFatal("%s", qPrintable(database.error().detail));
        DocumentRepository repository(*database);
        for (const Document& d : documents)
            if (auto written = repository.write(d, QFileInfo(d.sourcePath).fileName()); !written)
                qFatal("%s", qPrintable(written.error().detail));
        auto index = CorpusIndex::load(*database);
        if (!index)
            qFatal("%s", qPrintable(index.error().detail));
        ExportInput input;
        input.database = &*database;
        input.corpus = std::make_shared<const CorpusIndex>(std::move(*index));
        for (qsizetype row = 0; row < input.corpus->documents().size(); ++row)
            input.rows.append(row);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        auto counts = DataExporter::write(ExportFormat::TimelineJs, input, buffer);
        if (!counts)
            qFatal("%s", qPrintable(counts.error().detail));
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(buffer.data(), &error);
        if (error.error != QJsonParseError::NoError)
            qFatal("%s", qPrintable(error.errorString()));
        return { json.object(), *counts, TimelineJsWriter::slideCount(*input.corpus, input.rows) };
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void startDate_partsFollowPrecision_data()
    {
        QTest::addColumn<QString>("edtf");
        QTest::addColumn<QJsonObject>("start");
        QTest::addColumn<QJsonObject>("end");
        QTest::addColumn<QString>("display");
        QTest::addRow("day") << QStringLiteral("2017-02-07") << parts(2017, 2, 7) << QJsonObject {} << QString();
        QTest::addRow("month_has_no_day") << QStringLiteral("2016-03") << parts(2016, 3) << QJsonObject {} << QString();
        QTest::addRow("year_has_no_month") << QStringLiteral("2016") << parts(2016) << QJsonObject {} << QString();
        QTest::addRow("season_spans_its_months") << QStringLiteral("2016-24") << parts(2016, 12) << parts(2017, 2)
                                                 << QStringLiteral("winter 2016");
        QTest::addRow("approximate_in_words") << QStringLiteral("2016~") << parts(2016) << QJsonObject {} << QStringLiteral("circa 2016");
    }
    void startDate_partsFollowPrecision()
    {
        QFETCH(QString, edtf);
        QFETCH(QJsonObject, start);
        QFETCH(QJsonObject, end);
        QFETCH(QString, display);
        const Exported out = exportDocuments({ variant(QStringLiteral("/corpus/a.txt"), PartialDate::fromEdtf(edtf)) });
        const QJsonArray events = out.root[QStringLiteral("events")].toArray();
        QCOMPARE(events.size(), 1);
        const QJsonObject slide = events[0].toObject();
        QCOMPARE(slide[QStringLiteral("start_date")].toObject(), start);
        QCOMPARE(slide[QStringLiteral("end_date")].toObject(), end);
        QCOMPARE(slide[QStringLiteral("display_date")].toString().toLower(), display);
    }

    void documentSlide_headlineGroupAndEscapedText()
    {
        Document titled = variant(QStringLiteral("/corpus/titled.txt"), PartialDate::ofDay(2017, 2, 7));
        titled.extraction.title = QStringLiteral("Lettre <b>à</b> La Cimade & co");
        titled.text = QStringLiteral("Objet : <script>alert(1)</script> & suite. ") + QString(400, QLatin1Char('x'));
        titled.sha256 = littoral::test::sha(titled.text);
        for (Participant& p : titled.extraction.participants)
            p.evidence = {};
        titled.extraction.date->evidence = {};
        Document untitled = variant(QStringLiteral("/corpus/untitled.txt"), PartialDate::ofDay(2017, 2, 8));
        untitled.extraction.title.clear();
        untitled.extraction.type = DocumentType::OpenLetter;
        const Exported out = exportDocuments({ titled, untitled });
        const QJsonArray events = out.root[QStringLiteral("events")].toArray();
        QCOMPARE(events.size(), 2);
        QCOMPARE(out.counts.documents, 2);
        QCOMPARE(out.counts.events, 0);

        const QJsonObject first = events[0].toObject();
        QCOMPARE(first[QStringLiteral("group")].toString(), QStringLiteral("Letter"));
        QCOMPARE(first[QStringLiteral("text")][QStringLiteral("headline")].toString(),
            QStringLiteral("Lettre &lt;b&gt;à&lt;/b&gt; La Cimade &amp; co"));
        const QString text = first[QStringLiteral("text")][QStringLiteral("text")].toString();
        QVERIFY2(text.startsWith(QStringLiteral("<p>Objet : &lt;script&gt;alert(1)&lt;/script&gt; &amp; suite. x")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("<script>")));
        QVERIFY(text.contains(QStringLiteral("…</p>")));
        QVERIFY(text.contains(QStringLiteral("<cite>titled.txt</cite>")));
        QVERIFY(text.size() < 400 + 60); // a short extract, not the letter
        QVERIFY(first[QStringLiteral("unique_id")].toString().startsWith(QStringLiteral("document-")));

        // No title: "Sender to Recipient"; open letters in their own group.
        const QJsonObject second = events[1].toObject();
        QCOMPARE(second[QStringLiteral("text")][QStringLiteral("headline")].toString(), QStringLiteral("Jean DUPONT to La Cimade"));
        QCOMPARE(second[QStringLiteral("group")].toString(), QStringLiteral("Open letter"));
    }

    void extract_showsWordsNotMarkdown()
    {
        Document d = variant(QStringLiteral("/corpus/md.md"), PartialDate::ofDay(2017, 2, 7));
        d.text = QStringLiteral("# Objet\n**Monsieur le Maire**, écrivez à [la mairie](mailto:mairie@example.org) *vite*.");
        d.sha256 = littoral::test::sha(d.text);
        for (Participant& p : d.extraction.participants)
            p.evidence = {};
        d.extraction.date->evidence = {};
        const Exported out = exportDocuments({ d });
        const QString text = out.root[QStringLiteral("events")][0][QStringLiteral("text")][QStringLiteral("text")].toString();
        QVERIFY2(text.startsWith(QStringLiteral("<p>Objet Monsieur le Maire, écrivez à la mairie vite.</p>")), qPrintable(text));
    }

    void mentionedEvents_oneSlideEach_undatedLeftOut()
    {
        Document a = richLetter(QStringLiteral("/corpus/a.txt")); // autumn 2016 event, and an undated one
        Document b = richLetter(QStringLiteral("/corpus/b.txt"));
        b.text += QStringLiteral("b");
        b.sha256 = littoral::test::sha(b.text);
        Document undated = variant(QStringLiteral("/corpus/undated.txt"), PartialDate {});
        const Exported out = exportDocuments({ a, b, undated });
        const QJsonArray events = out.root[QStringLiteral("events")].toArray();
        // Two dated documents, one event mentioned by both; the undated document has no slide.
        QCOMPARE(out.counts.documents, 2);
        QCOMPARE(out.counts.events, 1);
        QCOMPARE(events.size(), 3);
        QCOMPARE(out.predicted, 3);
        const QJsonObject event = findSlide(events, QStringLiteral("event-1"));
        QCOMPARE(event[QStringLiteral("group")].toString(), QStringLiteral("Mentioned events"));
        QCOMPARE(event[QStringLiteral("text")][QStringLiteral("headline")].toString(), QStringLiteral("Démantèlement de la Jungle de Calais"));
        QVERIFY2(event[QStringLiteral("text")][QStringLiteral("text")].toString().contains(QStringLiteral("Mentioned in 2 document")), qPrintable(event[QStringLiteral("text")][QStringLiteral("text")].toString()));
        QCOMPARE(event[QStringLiteral("start_date")].toObject(), parts(2016, 9));
        QCOMPARE(event[QStringLiteral("end_date")].toObject(), parts(2016, 11));
        QVERIFY(out.root[QStringLiteral("title")][QStringLiteral("text")][QStringLiteral("headline")].isString());
    }

    void sampleCorpus_slideCountMatchesWhatIsWritten()
    {
        const QString dbPath = m_dir->filePath(QStringLiteral("sample.db"));
        auto sample = littoral::test::loadSampleCorpus(dbPath);
        QVERIFY2(sample, qPrintable(sample ? QString() : sample.error().detail));
        auto database = Database::open(dbPath);
        QVERIFY(database);
        ExportInput input;
        input.database = &*database;
        input.corpus = *sample;
        for (qsizetype row = 0; row < input.corpus->documents().size(); ++row)
            input.rows.append(row);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        auto counts = TimelineJsWriter::write(input, buffer);
        QVERIFY(counts);
        const QJsonArray events = QJsonDocument::fromJson(buffer.data())[QStringLiteral("events")].toArray();
        QVERIFY(counts->documents > 0);
        QCOMPARE(events.size(), counts->documents + counts->events);
        QCOMPARE(TimelineJsWriter::slideCount(*input.corpus, input.rows), int(events.size()));
    }

    void cancel_stopsWithCancelled()
    {
        auto database = Database::open(m_dir->filePath(QStringLiteral("cancel.db")));
        QVERIFY(database);
        DocumentRepository repository(*database);
        QVERIFY(repository.write(variant(QStringLiteral("/corpus/1.txt"), PartialDate::ofYear(2011)), QStringLiteral("1.txt")));
        QVERIFY(repository.write(variant(QStringLiteral("/corpus/2.txt"), PartialDate::ofYear(2012)), QStringLiteral("2.txt")));
        auto index = CorpusIndex::load(*database);
        QVERIFY(index);
        ExportInput input;
        input.database = &*database;
        input.corpus = std::make_shared<const CorpusIndex>(std::move(*index));
        input.rows = { 0, 1 };
        input.progress = [](int done, int) { return done < 1; };
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        auto counts = TimelineJsWriter::write(input, buffer);
        QVERIFY(!counts);
        QCOMPARE(counts.error().code, ErrorCode::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestTimelineJsWriter)
#include "tst_timelinejswriter.moc"
