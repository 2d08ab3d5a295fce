// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/database.h"
#include "core/db/documentrepository.h"
#include "core/export/cmifwriter.h"
#include "core/export/dataexporter.h"

#include "support/processrun.h"
#include "support/richletter.h"
#include "support/samplecorpus.h"
#include "support/testpaths.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

using namespace littoral::core;
using littoral::test::richLetter;

namespace {

// The in-repository copy of the schema, else the shared one beside the checkout.
QString schemaPath()
{
    const QString inRepo = QStringLiteral(LITTORAL_TEST_DATA_DIR "/schemas/cmif/cmi-customization.rng");
    if (QFileInfo::exists(inRepo))
        return inRepo;
    return QStringLiteral(LITTORAL_SOURCE_DIR "/../shared/schemas/cmif/cmi-customization.rng");
}

// What one correspAction holds, read back from the written XML.
struct Action {
    QString type;
    QString subtype;
    QStringList persons;
    QStringList organisations;
    QStringList places;
    QStringList notes;
    QHash<QString, QString> date; // attribute → value
};

using Attributes = QHash<QString, QString>;

Attributes attrs(std::initializer_list<std::pair<const char*, const char*>> pairs)
{
    Attributes out;
    for (const auto& [name, value] : pairs)
        out.insert(QString::fromLatin1(name), QString::fromLatin1(value));
    return out;
}

struct Letter {
    QString key;
    QString source;
    QList<Action> actions;
};

QList<Letter> readLetters(const QByteArray& xml)
{
    QList<Letter> letters;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        const auto name = reader.name();
        const auto attrs = reader.attributes();
        if (name == u"correspDesc") {
            letters.append({ attrs.value(QStringLiteral("key")).toString(), attrs.value(QStringLiteral("source")).toString(), {} });
        } else if (name == u"correspAction") {
            letters.last().actions.append({ attrs.value(QStringLiteral("type")).toString(), attrs.value(QStringLiteral("subtype")).toString(), {}, {}, {}, {}, {} });
        } else if (!letters.isEmpty() && !letters.last().actions.isEmpty()) {
            Action& a = letters.last().actions.last();
            if (name == u"date") {
                for (const auto& attr : attrs)
                    a.date.insert(attr.name().toString(), attr.value().toString());
            } else if (name == u"persName") {
                a.persons.append(reader.readElementText());
            } else if (name == u"orgName") {
                a.organisations.append(reader.readElementText());
            } else if (name == u"placeName") {
                a.places.append(reader.readElementText());
            } else if (name == u"note") {
                a.notes.append(reader.readElementText());
            }
        }
    }
    Q_ASSERT(!reader.hasError());
    return letters;
}

} // namespace

class TestCmifWriter final : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_databases = 0;

    // Writes the documents into a fresh corpus and exports all of it as CMIF to a file.
    struct Exported {
        QString path;
        QByteArray xml;
        ExportCounts counts;
    };
    Exported exportDocuments(const QList<Document>& documents)
    {
        const QString dbPath = m_dir->filePath(QStringLiteral("c%1.db").arg(++m_databases));
        auto database = Database::open(dbPath);
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
        Exported out;
        out.path = m_dir->filePath(QStringLiteral("c%1.xml").arg(m_databases));
        auto counts = DataExporter::write(ExportFormat::Cmif, input, out.path);
        if (!counts)
            qFatal("%s", qPrintable(counts.error().detail));
        out.counts = *counts;
        QFile file(out.path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read back");
        out.xml = file.readAll();
        return out;
    }

    static void verifyValid(const QString& path)
    {
        const auto run = littoral::test::runProcess(QStringLiteral("xmllint"),
            { QStringLiteral("--noout"), QStringLiteral("--relaxng"), schemaPath(), path });
        QVERIFY2(run.finished && run.exitCode == 0, run.err.constData());
    }

    static Document letterDated(const QString& path, const PartialDate& date)
    {
        Document d = richLetter(path);
        d.text += path; // distinct contents
        d.sha256 = littoral::test::sha(d.text);
        if (date.isValid())
            d.extraction.date->date = date;
        else
            d.extraction.date.reset();
        return d;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY2(QFileInfo::exists(schemaPath()), qPrintable(schemaPath()));
    }

    void sampleCorpus_isValidCmif_oneCorrespDescPerLetter()
    {
        const QString dbPath = m_dir->filePath(QStringLiteral("sample.db"));
        auto sample = littoral::test::loadSampleCorpus(dbPath);
        QVERIFY2(sample, qPrintable(sample ? QString() : sample.error().detail));
        auto database = Database::open(dbPath);
        QVERIFY(database);
        ExportInput input;
        input.database = &*database;
        input.corpus = *sample;
        int letters = 0;
        for (qsizetype row = 0; row < input.corpus->documents().size(); ++row) {
            input.rows.append(row);
            const DocumentType type = input.corpus->documents().at(row).type;
            letters += type == DocumentType::Letter || type == DocumentType::OpenLetter;
        }
        QVERIFY(letters > 0);
        const QString path = m_dir->filePath(QStringLiteral("sample.xml"));
        auto counts = DataExporter::write(ExportFormat::Cmif, input, path);
        QVERIFY2(counts, qPrintable(counts ? QString() : counts.error().detail));
        QCOMPARE(counts->documents, letters);
        QVERIFY(counts->correspondents > 0);
        QCOMPARE(counts->files, QStringList { QStringLiteral("sample.xml") });
        verifyValid(path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<Letter> read = readLetters(file.readAll());
        QCOMPARE(read.size(), letters);
        for (const Letter& l : read) {
            QVERIFY(l.source.startsWith(QLatin1Char('#')));
            QCOMPARE(l.actions.first().type, QStringLiteral("sent"));
            QCOMPARE(l.actions.at(1).type, QStringLiteral("received"));
        }
    }

    void dates_followPrecision_data()
    {
        QTest::addColumn<QString>("edtf");
        QTest::addColumn<Attributes>("expected");
        QTest::addRow("day") << QStringLiteral("2017-02-07") << attrs({ { "when", "2017-02-07" } });
        QTest::addRow("month") << QStringLiteral("2016-03") << attrs({ { "when", "2016-03" } });
        QTest::addRow("year") << QStringLiteral("2016") << attrs({ { "when", "2016" } });
        QTest::addRow("season_autumn") << QStringLiteral("2016-23") << attrs({ { "notBefore", "2016-09-01" }, { "notAfter", "2016-11-30" } });
        QTest::addRow("season_winter_crosses_year") << QStringLiteral("2016-24") << attrs({ { "notBefore", "2016-12-01" }, { "notAfter", "2017-02-28" } });
        QTest::addRow("approximate_year") << QStringLiteral("2016~") << attrs({ { "notBefore", "2015-01-01" }, { "notAfter", "2017-12-31" } });
        QTest::addRow("approximate_month") << QStringLiteral("2016-03~") << attrs({ { "notBefore", "2016-02-01" }, { "notAfter", "2016-04-30" } });
        QTest::addRow("approximate_day") << QStringLiteral("2016-03-01~") << attrs({ { "notBefore", "2016-02-29" }, { "notAfter", "2016-03-02" } });
        QTest::addRow("undated") << QStringLiteral("") << attrs({});
    }
    void dates_followPrecision()
    {
        QFETCH(QString, edtf);
        QFETCH(Attributes, expected);
        const PartialDate date = edtf.isEmpty() ? PartialDate {} : PartialDate::fromEdtf(edtf);
        QCOMPARE(date.isValid(), !edtf.isEmpty());
        const Exported out = exportDocuments({ letterDated(QStringLiteral("/corpus/dated.txt"), date) });
        verifyValid(out.path);
        const QList<Letter> letters = readLetters(out.xml);
        QCOMPARE(letters.size(), 1);
        QCOMPARE(letters[0].actions[0].type, QStringLiteral("sent"));
        QCOMPARE(letters[0].actions[0].date, expected);
        QVERIFY(!out.xml.contains("cert="));
    }

    void participants_personsOrganisationsAndCopies()
    {
        const Exported out = exportDocuments({ richLetter() });
        verifyValid(out.path);
        const QList<Letter> letters = readLetters(out.xml);
        QCOMPARE(letters.size(), 1);
        const Letter& l = letters[0];
        QCOMPARE(l.key, QStringLiteral("000.txt"));
        QCOMPARE(l.actions.size(), 3);
        QCOMPARE(l.actions[0].type, QStringLiteral("sent"));
        QCOMPARE(l.actions[0].persons, QStringList { QStringLiteral("Jean DUPONT") });
        QCOMPARE(l.actions[0].places, QStringList { QStringLiteral("Calais") });
        QCOMPARE(l.actions[0].date.value(QStringLiteral("when")), QStringLiteral("2017-02-07"));
        // The organisation addressed is an orgName, not a persName.
        QCOMPARE(l.actions[1].type, QStringLiteral("received"));
        QCOMPARE(l.actions[1].subtype, QString());
        QCOMPARE(l.actions[1].organisations, QStringList { QStringLiteral("La Cimade") });
        QVERIFY(l.actions[1].persons.isEmpty());
        // Copies: a second "received", marked cc.
        QCOMPARE(l.actions[2].type, QStringLiteral("received"));
        QCOMPARE(l.actions[2].subtype, QStringLiteral("cc"));
        QCOMPARE(l.actions[2].persons, QStringList { QStringLiteral("Paul Martin") });
        // Someone only mentioned is no correspondent.
        QVERIFY(!out.xml.contains("Préfet</persName>"));
        QCOMPARE(out.counts.documents, 1);
        QCOMPARE(out.counts.correspondents, 3);
        QCOMPARE(out.counts.links, 2);
    }

    void pressReleasesAndOthers_areLeftOut_emailKept()
    {
        Document press = letterDated(QStringLiteral("/corpus/press.txt"), PartialDate::ofDay(2017, 3, 1));
        press.extraction.type = DocumentType::PressRelease;
        Document other = letterDated(QStringLiteral("/corpus/other.txt"), PartialDate::ofDay(2017, 3, 2));
        other.extraction.type = DocumentType::Other;
        Document open = letterDated(QStringLiteral("/corpus/open.txt"), PartialDate::ofDay(2017, 3, 3));
        open.extraction.type = DocumentType::OpenLetter;
        // CMIF has no e-mail: a message is a letter sent and received, so it is kept (issue 16).
        Document mail = letterDated(QStringLiteral("/corpus/m.eml"), PartialDate::ofDay(2017, 3, 4));
        mail.extraction.type = DocumentType::Email;
        mail.format = SourceFormat::Email;
        const Exported out = exportDocuments({ press, other, open, mail });
        verifyValid(out.path);
        const QList<Letter> letters = readLetters(out.xml);
        QCOMPARE(letters.size(), 2);
        QCOMPARE(letters[0].key, QStringLiteral("open.txt"));
        QCOMPARE(letters[1].key, QStringLiteral("m.eml"));
        QCOMPARE(out.counts.documents, 2);
    }

    void letterWithNobodyNamed_staysValid()
    {
        Document bare = letterDated(QStringLiteral("/corpus/bare.txt"), PartialDate {});
        bare.extraction.participants.clear();
        bare.extraction.place.clear();
        const Exported out = exportDocuments({ bare });
        verifyValid(out.path);
        const QList<Letter> letters = readLetters(out.xml);
        QCOMPARE(letters.size(), 1);
        QCOMPARE(letters[0].actions.size(), 2);
        QCOMPARE(letters[0].actions[0].notes.size(), 1);
        QCOMPARE(letters[0].actions[1].notes.size(), 1);
        QCOMPARE(out.counts.correspondents, 0);
    }

    void cancel_returnsCancelled_andLeavesNoFile()
    {
        const QString dbPath = m_dir->filePath(QStringLiteral("cancel.db"));
        auto database = Database::open(dbPath);
        QVERIFY(database);
        DocumentRepository repository(*database);
        for (int i = 0; i < 5; ++i)
            QVERIFY(repository.write(letterDated(QStringLiteral("/corpus/%1.txt").arg(i), PartialDate::ofYear(2010 + i)),
                QStringLiteral("%1.txt").arg(i)));
        auto index = CorpusIndex::load(*database);
        QVERIFY(index);
        ExportInput input;
        input.database = &*database;
        input.corpus = std::make_shared<const CorpusIndex>(std::move(*index));
        input.rows = { 0, 1, 2, 3, 4 };
        int calls = 0;
        input.progress = [&](int done, int total) {
            ++calls;
            return done < 3 && total == 5;
        };
        const QString path = m_dir->filePath(QStringLiteral("cancelled.xml"));
        auto counts = DataExporter::write(ExportFormat::Cmif, input, path);
        QVERIFY(!counts);
        QCOMPARE(counts.error().code, ErrorCode::Cancelled);
        QCOMPARE(calls, 4);
        QVERIFY(!QFileInfo::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestCmifWriter)
#include "tst_cmifwriter.moc"
