// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/database.h"
#include "core/db/documentrepository.h"
#include "core/db/importissuerepository.h"
#include "core/export/jsonexporter.h"
#include "core/import/importjob.h"
#include "core/session/corpussession.h"

#include "support/sqlprobe.h"
#include "support/testpaths.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace littoral::core;

namespace {

Document makeDocument(const QString& name, const QString& text)
{
    Document d;
    d.sourcePath = QStringLiteral("/corpus/") + name;
    d.fileName = name;
    d.sha256
        = QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
    d.encoding = QStringLiteral("windows-1252");
    d.text = text;
    return d;
}

// A letter as extraction read it: a sender, a recipient, an event, a day.
Document correctableDocument()
{
    Document d = makeDocument(QStringLiteral("a.txt"),
        QStringLiteral("Calais, le 7 février 2017\nNatacha Bouchart\nA M. Jean Dupont\nLa réunion en octobre."));
    Extraction& ex = d.extraction;
    ex.type = DocumentType::Letter;
    ex.language = QStringLiteral("fr");
    ex.date = DocumentDate { PartialDate::ofDay(2017, 2, 7), { QStringLiteral("le 7 février 2017"), 8 }, 0.95 };
    ex.participants = {
        { ParticipantRole::Sender, CorrespondentKind::Person, QStringLiteral("Natacha Bouchart"), {}, {},
            { QStringLiteral("Natacha Bouchart"), 26 }, 0.9 },
        { ParticipantRole::Recipient, CorrespondentKind::Person, QStringLiteral("Jean Dupont"), QStringLiteral("Coordinateur"), {},
            { QStringLiteral("M. Jean Dupont"), 45 }, 0.75 },
    };
    ex.events = { { QStringLiteral("Réunion"), PartialDate::ofMonth(2016, 10), { QStringLiteral("en octobre"), 71 } } };
    return d;
}

QStringList keys(const QJsonObject& o)
{
    QStringList k = o.keys();
    k.sort();
    return k;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestJsonExporter final : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;

    QJsonObject exportJson(int* documents = nullptr)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        auto written = JsonExporter(*m_db).write(buffer);
        if (!written) {
            qWarning() << written.error().detail;
            return {};
        }
        if (documents)
            *documents = *written;
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(buffer.data(), &error);
        if (error.error != QJsonParseError::NoError)
            qWarning() << "invalid JSON:" << error.errorString() << "at" << error.offset;
        return json.object();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(m_dir->filePath(QStringLiteral("corpus.db")));
        QVERIFY(db);
        m_db = std::make_unique<Database>(std::move(*db));
    }
    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void export_emptyCorpus_isValidWithEmptyLists()
    {
        int documents = -1;
        const QJsonObject root = exportJson(&documents);
        QCOMPARE(documents, 0);
        QCOMPARE(root.value(QStringLiteral("schema")).toString(), QStringLiteral("littoral-export/1"));
        QCOMPARE(keys(root),
            sorted({ QStringLiteral("schema"), QStringLiteral("documents"), QStringLiteral("rejected"),
                QStringLiteral("duplicates") }));
        QVERIFY(root.value(QStringLiteral("documents")).toArray().isEmpty());
        QVERIFY(root.value(QStringLiteral("rejected")).isArray());
        QVERIFY(root.value(QStringLiteral("duplicates")).isArray());
    }

    void export_document_hasEveryContractField()
    {
        const QString text
            = QStringLiteral("Calais, le 7 février 2017\n« Réponse » à \"M. Dupont\"\t\\ fin\x01\n");
        Document d = makeDocument(QStringLiteral("000.txt"), text);
        Extraction& ex = d.extraction;
        ex.type = DocumentType::OpenLetter;
        ex.language = QStringLiteral("fr");
        ex.title = QStringLiteral("Titre \"cité\"\nsur deux lignes");
        ex.date = DocumentDate { PartialDate::ofDay(2017, 2, 7), { QStringLiteral("le 7 février 2017"), 8 },
            0.95 };
        ex.place = QStringLiteral("Calais");
        ex.participants = {
            { ParticipantRole::Sender, CorrespondentKind::Person, QStringLiteral("Natacha Bouchart"),
                QStringLiteral("Maire de Calais"), QStringLiteral("Mairie de Calais"),
                { QStringLiteral("N. Bouchart"), 345 }, 0.9 },
            { ParticipantRole::Cc, CorrespondentKind::Organization, QStringLiteral("La Cimade"), {}, {}, {} },
        };
        ex.events = {
            { QStringLiteral("Démantèlement"), PartialDate::ofSeason(2016, 23),
                { QStringLiteral("à l'automne dernier"), 20 } },
            { QStringLiteral("Réunion"), PartialDate::ofMonth(2016, 10),
                { QStringLiteral("en octobre"), 30 } },
            { QStringLiteral("Sans date"), PartialDate {}, {} },
        };
        QVERIFY(DocumentRepository(*m_db).write(d, QStringLiteral("sub/000.txt")));

        const QJsonObject root = exportJson();
        const QJsonArray documents = root.value(QStringLiteral("documents")).toArray();
        QCOMPARE(documents.size(), 1);
        const QJsonObject doc = documents.first().toObject();
        QCOMPARE(keys(doc),
            sorted({ QStringLiteral("source"), QStringLiteral("sha256"), QStringLiteral("encoding"),
                QStringLiteral("type"), QStringLiteral("language"), QStringLiteral("title"),
                QStringLiteral("date"), QStringLiteral("place"), QStringLiteral("participants"),
                QStringLiteral("mentioned_events"), QStringLiteral("warnings"), QStringLiteral("reviewed"),
                QStringLiteral("format") }));
        QCOMPARE(doc.value(QStringLiteral("reviewed")), QJsonValue(false));
        QCOMPARE(doc.value(QStringLiteral("format")), QJsonValue(QStringLiteral("text")));
        QVERIFY(!doc.contains(QStringLiteral("ocr")));
        QCOMPARE(doc.value(QStringLiteral("source")).toString(), QStringLiteral("sub/000.txt"));
        QCOMPARE(doc.value(QStringLiteral("sha256")).toString(), d.sha256);
        QCOMPARE(doc.value(QStringLiteral("encoding")).toString(), QStringLiteral("windows-1252"));
        QCOMPARE(doc.value(QStringLiteral("type")).toString(), QStringLiteral("open_letter"));
        QCOMPARE(doc.value(QStringLiteral("language")).toString(), QStringLiteral("fr"));
        QCOMPARE(doc.value(QStringLiteral("title")).toString(), ex.title);
        QCOMPARE(doc.value(QStringLiteral("place")).toString(), QStringLiteral("Calais"));

        const QJsonObject date = doc.value(QStringLiteral("date")).toObject();
        QCOMPARE(keys(date),
            sorted({ QStringLiteral("edtf"), QStringLiteral("precision"), QStringLiteral("evidence"),
                QStringLiteral("offset"), QStringLiteral("confidence") }));
        QCOMPARE(date.value(QStringLiteral("edtf")).toString(), QStringLiteral("2017-02-07"));
        QCOMPARE(date.value(QStringLiteral("precision")).toString(), QStringLiteral("day"));
        QCOMPARE(date.value(QStringLiteral("evidence")).toString(), QStringLiteral("le 7 février 2017"));
        QCOMPARE(date.value(QStringLiteral("offset")).toInt(), 8);
        QCOMPARE(date.value(QStringLiteral("confidence")).toDouble(), 0.95);

        const QJsonArray participants = doc.value(QStringLiteral("participants")).toArray();
        QCOMPARE(participants.size(), 2);
        const QJsonObject sender = participants.at(0).toObject();
        QCOMPARE(keys(sender),
            sorted({ QStringLiteral("role"), QStringLiteral("kind"), QStringLiteral("name"),
                QStringLiteral("title"), QStringLiteral("organization"), QStringLiteral("evidence"),
                QStringLiteral("offset"), QStringLiteral("confidence") }));
        QCOMPARE(sender.value(QStringLiteral("role")).toString(), QStringLiteral("sender"));
        QCOMPARE(sender.value(QStringLiteral("kind")).toString(), QStringLiteral("person"));
        QCOMPARE(sender.value(QStringLiteral("name")).toString(), QStringLiteral("Natacha Bouchart"));
        QCOMPARE(sender.value(QStringLiteral("title")).toString(), QStringLiteral("Maire de Calais"));
        QCOMPARE(sender.value(QStringLiteral("organization")).toString(), QStringLiteral("Mairie de Calais"));
        QCOMPARE(sender.value(QStringLiteral("evidence")).toString(), QStringLiteral("N. Bouchart"));
        QCOMPARE(sender.value(QStringLiteral("offset")).toInt(), 345);
        QCOMPARE(sender.value(QStringLiteral("confidence")).toDouble(), 0.9);
        const QJsonObject cc = participants.at(1).toObject();
        QCOMPARE(cc.value(QStringLiteral("role")).toString(), QStringLiteral("cc"));
        QCOMPARE(cc.value(QStringLiteral("kind")).toString(), QStringLiteral("organization"));
        QVERIFY(cc.value(QStringLiteral("offset")).isNull());
        // Unknown (a participant stored before confidences were kept): still a number, 0.
        QVERIFY(cc.value(QStringLiteral("confidence")).isDouble());
        QCOMPARE(cc.value(QStringLiteral("confidence")).toDouble(), 0.0);

        const QJsonArray events = doc.value(QStringLiteral("mentioned_events")).toArray();
        QCOMPARE(events.size(), 3);
        const QJsonObject season = events.at(0).toObject();
        QCOMPARE(keys(season),
            sorted({ QStringLiteral("label"), QStringLiteral("date"), QStringLiteral("evidence") }));
        QCOMPARE(season.value(QStringLiteral("label")).toString(), QStringLiteral("Démantèlement"));
        QCOMPARE(season.value(QStringLiteral("evidence")).toString(), QStringLiteral("à l'automne dernier"));
        // The contract has three precisions: a season keeps its EDTF but exports as a year.
        const QJsonObject seasonDate = season.value(QStringLiteral("date")).toObject();
        QCOMPARE(keys(seasonDate), sorted({ QStringLiteral("edtf"), QStringLiteral("precision") }));
        QCOMPARE(seasonDate.value(QStringLiteral("edtf")).toString(), QStringLiteral("2016-23"));
        QCOMPARE(seasonDate.value(QStringLiteral("precision")).toString(), QStringLiteral("year"));
        QCOMPARE(events.at(1)
                     .toObject()
                     .value(QStringLiteral("date"))
                     .toObject()
                     .value(QStringLiteral("precision"))
                     .toString(),
            QStringLiteral("month"));
        QVERIFY(events.at(2).toObject().value(QStringLiteral("date")).isNull());
    }

    void export_undatedDocumentWithoutPlace_hasNullDateAndPlace()
    {
        QVERIFY(DocumentRepository(*m_db).write(
            makeDocument(QStringLiteral("a.txt"), QStringLiteral("Rien.")), QStringLiteral("a.txt")));
        const QJsonObject doc = exportJson().value(QStringLiteral("documents")).toArray().first().toObject();
        QVERIFY(doc.contains(QStringLiteral("date")));
        QVERIFY(doc.value(QStringLiteral("date")).isNull());
        QVERIFY(doc.contains(QStringLiteral("place")));
        QVERIFY(doc.value(QStringLiteral("place")).isNull());
        QVERIFY(doc.value(QStringLiteral("participants")).toArray().isEmpty());
        QVERIFY(doc.value(QStringLiteral("mentioned_events")).toArray().isEmpty());
        QCOMPARE(doc.value(QStringLiteral("type")).toString(), QStringLiteral("other"));
    }

    // Warnings go through the database (schema 5) and come out as English sentences; a re-write of
    // the document replaces them.
    void export_documentWarnings_areStoredAndWrittenInEnglish()
    {
        DocumentRepository documents(*m_db);
        Document d = makeDocument(QStringLiteral("a.txt"), QStringLiteral("Rien."));
        d.warnings = { { DocumentWarning::Code::ReplacedBytes, QStringLiteral("2") },
            { DocumentWarning::Code::ExtractionCut, QStringLiteral("2000") } };
        QVERIFY(documents.write(d, QStringLiteral("a.txt")));
        QJsonArray warnings = exportJson().value(QStringLiteral("documents")).toArray().first()[QStringLiteral("warnings")].toArray();
        QCOMPARE(warnings.size(), 2);
        QCOMPARE(warnings.at(0).toString(), QStringLiteral("2 invalid byte sequence(s) replaced with U+FFFD"));
        QCOMPARE(warnings.at(1).toString(),
            QStringLiteral("extraction stopped after its 2000 ms time budget; facts found before are kept"));

        d.sha256 = QStringLiteral("changed");
        d.warnings = { { DocumentWarning::Code::ReplacedBytes, QStringLiteral("1") } };
        QVERIFY(documents.write(d, QStringLiteral("a.txt")));
        const qint64 id = documents.findBySourcePath(d.sourcePath).value_or(std::nullopt).value_or(DocumentRef {}).id;
        QCOMPARE(documents.load(id).value_or(Document {}).warnings, d.warnings);
        warnings = exportJson().value(QStringLiteral("documents")).toArray().first()[QStringLiteral("warnings")].toArray();
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.at(0).toString(), QStringLiteral("1 invalid byte sequence(s) replaced with U+FFFD"));

        QVERIFY(documents.remove(id).value_or(false));
        QCOMPARE(littoral::test::queryInt(m_db->connection(), QStringLiteral("SELECT count(*) FROM document_warnings")), 0);
    }

    void export_documentsInTimelineOrder()
    {
        DocumentRepository documents(*m_db);
        Document late = makeDocument(QStringLiteral("b.txt"), QStringLiteral("b"));
        late.extraction.date = DocumentDate { PartialDate::ofYear(2019), {}, 0.5 };
        Document early = makeDocument(QStringLiteral("c.txt"), QStringLiteral("c"));
        early.extraction.date = DocumentDate { PartialDate::ofDay(2015, 1, 2), {}, 0.5 };
        QVERIFY(documents.write(
            makeDocument(QStringLiteral("a.txt"), QStringLiteral("a")), QStringLiteral("a.txt")));
        QVERIFY(documents.write(late, QStringLiteral("b.txt")));
        QVERIFY(documents.write(early, QStringLiteral("c.txt")));
        QStringList sources;
        for (const QJsonValue& v : exportJson().value(QStringLiteral("documents")).toArray())
            sources.append(v.toObject().value(QStringLiteral("source")).toString());
        QCOMPARE(sources,
            (QStringList { QStringLiteral("c.txt"), QStringLiteral("b.txt"), QStringLiteral("a.txt") }));
    }

    void export_importedFolder_listsRejectedAndDuplicates()
    {
        const QString folder = m_dir->filePath(QStringLiteral("in"));
        QDir().mkpath(folder);
        const auto write = [&](const QString& name, const QByteArray& bytes) {
            QFile f(folder + QLatin1Char('/') + name);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        };
        write(QStringLiteral("a.txt"), "Madame, voici une lettre.\n");
        write(QStringLiteral("b.txt"), "Madame, voici une lettre.\n");
        write(QStringLiteral("empty.txt"), {});
        write(QStringLiteral("image.txt"), QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(100, '\0'));
        auto summary = ImportJob(m_db->path(), { folder }).runSynchronously();
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().detail));

        int count = -1;
        const QJsonObject root = exportJson(&count);
        QCOMPARE(count, 1);
        QCOMPARE(root.value(QStringLiteral("documents")).toArray().size(), 1);
        const QJsonArray rejected = root.value(QStringLiteral("rejected")).toArray();
        QCOMPARE(rejected.size(), 2);
        QCOMPARE(
            keys(rejected.at(0).toObject()), sorted({ QStringLiteral("source"), QStringLiteral("reason") }));
        QCOMPARE(rejected.at(0).toObject().value(QStringLiteral("source")).toString(),
            QStringLiteral("empty.txt"));
        QVERIFY(rejected.at(0)
                    .toObject()
                    .value(QStringLiteral("reason"))
                    .toString()
                    .startsWith(QLatin1String("empty file")));
        QCOMPARE(rejected.at(1).toObject().value(QStringLiteral("source")).toString(),
            QStringLiteral("image.txt"));
        QCOMPARE(rejected.at(1).toObject().value(QStringLiteral("reason")).toString(),
            QStringLiteral("binary file (PNG image)"));
        const QJsonArray duplicates = root.value(QStringLiteral("duplicates")).toArray();
        QCOMPARE(duplicates.size(), 1);
        QCOMPARE(keys(duplicates.at(0).toObject()),
            sorted({ QStringLiteral("source"), QStringLiteral("duplicate_of") }));
        QCOMPARE(
            duplicates.at(0).toObject().value(QStringLiteral("source")).toString(), QStringLiteral("b.txt"));
        QCOMPARE(duplicates.at(0).toObject().value(QStringLiteral("duplicate_of")).toString(),
            QStringLiteral("a.txt"));
    }

    void export_sampleCorpus_parsesWithFiveDocuments()
    {
        auto summary
            = ImportJob(m_db->path(), { QStringLiteral(LITTORAL_SAMPLE_CORPUS_DIR) }).runSynchronously();
        QVERIFY(summary);
        const QJsonObject root = exportJson();
        const QJsonArray documents = root.value(QStringLiteral("documents")).toArray();
        QCOMPARE(documents.size(), 5);
        for (const QJsonValue& v : documents) {
            const QJsonObject doc = v.toObject();
            QVERIFY(doc.value(QStringLiteral("source")).toString().endsWith(QLatin1String(".txt")));
            QCOMPARE(doc.value(QStringLiteral("sha256")).toString().size(), 64);
            QVERIFY(
                doc.value(QStringLiteral("date")).isNull() || doc.value(QStringLiteral("date")).isObject());
        }
    }

    void export_toFailingDevice_isIoError()
    {
        QVERIFY(DocumentRepository(*m_db).write(
            makeDocument(QStringLiteral("a.txt"), QStringLiteral("a")), QStringLiteral("a.txt")));
        QFile readOnly(m_dir->filePath(QStringLiteral("corpus.db")));
        QVERIFY(readOnly.open(QIODevice::ReadOnly));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("ReadOnly device")));
        auto written = JsonExporter(*m_db).write(readOnly);
        QVERIFY(!written);
        QCOMPARE(written.error().code, ErrorCode::Io);
    }

    // Each participant's confidence is written after its other fields, as a number of two decimals.
    void documentJson_participantConfidence_hasTwoDecimals_data()
    {
        QTest::addColumn<double>("confidence");
        QTest::addColumn<QByteArray>("written");
        QTest::addRow("structure_and_lexicon") << 0.9 << QByteArray("\"offset\":null,\"confidence\":0.9}");
        QTest::addRow("structure") << 0.75 << QByteArray("\"offset\":null,\"confidence\":0.75}");
        QTest::addRow("lexicon") << 0.5 << QByteArray("\"offset\":null,\"confidence\":0.5}");
        QTest::addRow("unknown") << 0.0 << QByteArray("\"offset\":null,\"confidence\":0}");
        QTest::addRow("rounded") << 2.0 / 3.0 << QByteArray("\"offset\":null,\"confidence\":0.67}");
    }
    void documentJson_participantConfidence_hasTwoDecimals()
    {
        QFETCH(double, confidence);
        QFETCH(QByteArray, written);
        Document d = makeDocument(QStringLiteral("a.txt"), QStringLiteral("Natacha Bouchart"));
        Participant p;
        p.name = QStringLiteral("Natacha Bouchart");
        p.confidence = confidence;
        d.extraction.participants = { p };
        const QByteArray json = JsonExporter::documentJson(d, QStringLiteral("a.txt"));
        QVERIFY2(json.contains(written), json.constData());
    }

    // --- Curation (issue 12): corrected facts carry what extraction said ---------------------------

    // A document whose facts all are as extracted is written as before, plus "reviewed": facts get no
    // new key, and nothing is listed as corrected or removed.
    void documentJson_uncorrectedDocument_isWrittenAsBeforePlusReviewed()
    {
        const Document d = correctableDocument();
        const QByteArray plain = JsonExporter::documentJson(d, QStringLiteral("a.txt"));
        QVERIFY2(plain.endsWith(",\"warnings\":[],\"reviewed\":false,\"format\":\"text\"}"), plain.constData());
        QCOMPARE(JsonExporter::documentJson(d, QStringLiteral("a.txt"), d.extraction), plain);
        Document reviewed = d;
        reviewed.reviewed = true;
        QVERIFY(JsonExporter::documentJson(reviewed, QStringLiteral("a.txt"), d.extraction).endsWith(",\"reviewed\":true,\"format\":\"text\"}"));
    }

    // Each correction, made on a real extraction, and how the export marks it.
    void documentJson_correctedFacts_carryTheirOriginal_data()
    {
        QTest::addColumn<int>("correction");
        QTest::addColumn<QString>("path"); // where the mark is: "participants/1", "removed/participants/0", "corrected_fields/place"
        QTest::addColumn<QString>("expected"); // compact JSON of what is there
        QTest::addRow("participant_function")
            << 0 << QStringLiteral("participants/1")
            << QStringLiteral(R"({"role":"recipient","kind":"person","name":"Jean Dupont","title":"Adjoint","organization":"","evidence":"M. Jean Dupont","offset":45,"confidence":1,"corrected":true,"original":{"role":"recipient","kind":"person","name":"Jean Dupont","title":"Coordinateur","organization":"","evidence":"M. Jean Dupont","offset":45,"confidence":0.75}})");
        QTest::addRow("participant_role_same_words")
            << 1 << QStringLiteral("participants/1")
            << QStringLiteral(R"({"role":"cc","kind":"person","name":"Jean Dupont","title":"Coordinateur","organization":"","evidence":"M. Jean Dupont","offset":45,"confidence":1,"corrected":true,"original":{"role":"recipient","kind":"person","name":"Jean Dupont","title":"Coordinateur","organization":"","evidence":"M. Jean Dupont","offset":45,"confidence":0.75}})");
        QTest::addRow("participant_added")
            << 2 << QStringLiteral("participants/2")
            << QStringLiteral(R"({"role":"cc","kind":"organization","name":"La Cimade","title":"","organization":"","evidence":"","offset":null,"confidence":1,"corrected":true,"original":null})");
        QTest::addRow("participant_removed")
            << 3 << QStringLiteral("removed/participants/0")
            << QStringLiteral(R"({"role":"recipient","kind":"person","name":"Jean Dupont","title":"Coordinateur","organization":"","evidence":"M. Jean Dupont","offset":45,"confidence":0.75})");
        QTest::addRow("event_relabelled")
            << 4 << QStringLiteral("mentioned_events/0")
            << QStringLiteral(R"({"label":"Réunion de rentrée","date":{"edtf":"2016-10","precision":"month"},"evidence":"en octobre","corrected":true,"original":{"label":"Réunion","date":{"edtf":"2016-10","precision":"month"},"evidence":"en octobre"}})");
        QTest::addRow("event_removed")
            << 5 << QStringLiteral("removed/mentioned_events/0")
            << QStringLiteral(R"({"label":"Réunion","date":{"edtf":"2016-10","precision":"month"},"evidence":"en octobre"})");
        QTest::addRow("date") << 6 << QStringLiteral("corrected_fields/date")
                              << QStringLiteral(R"({"edtf":"2017-02-07","precision":"day","evidence":"le 7 février 2017","offset":8,"confidence":0.95})");
        QTest::addRow("date_cleared") << 7 << QStringLiteral("corrected_fields/date")
                                      << QStringLiteral(R"({"edtf":"2017-02-07","precision":"day","evidence":"le 7 février 2017","offset":8,"confidence":0.95})");
        QTest::addRow("place_set") << 8 << QStringLiteral("corrected_fields/place") << QStringLiteral("null");
        QTest::addRow("type") << 9 << QStringLiteral("corrected_fields/type") << QStringLiteral(R"("letter")");
    }
    void documentJson_correctedFacts_carryTheirOriginal()
    {
        QFETCH(int, correction);
        QFETCH(QString, path);
        QFETCH(QString, expected);
        const Document extracted = correctableDocument();
        {
            // Through the real session on a real corpus, so the original is what the repository keeps.
            QVERIFY(DocumentRepository(*m_db).write(extracted, QStringLiteral("a.txt")));
            auto session = CorpusSession::open(m_db->path());
            QVERIFY(session);
            CorpusSession& cs = **session;
            const qint64 id = 1;
            const Participant dupont = extracted.extraction.participants[1];
            Participant changed = dupont;
            const MentionedEvent meeting = extracted.extraction.events[0];
            Result<Change> made;
            switch (correction) {
            case 0:
                changed.title = QStringLiteral("Adjoint");
                made = cs.updateParticipant(id, dupont, changed);
                break;
            case 1:
                changed.role = ParticipantRole::Cc;
                made = cs.updateParticipant(id, dupont, changed);
                break;
            case 2:
                made = cs.addParticipant(id, { ParticipantRole::Cc, CorrespondentKind::Organization, QStringLiteral("La Cimade"), {}, {}, {}, 0.5 });
                break;
            case 3:
                made = cs.removeParticipant(id, dupont);
                break;
            case 4: {
                MentionedEvent relabelled = meeting;
                relabelled.label = QStringLiteral("Réunion de rentrée");
                made = cs.updateEvent(id, meeting, relabelled);
                break;
            }
            case 5:
                made = cs.removeEvent(id, meeting);
                break;
            case 6:
                made = cs.setField(id, DocumentField::Date, QStringLiteral("2017-02-08"));
                break;
            case 7:
                made = cs.setField(id, DocumentField::Date, QString());
                break;
            case 8:
                made = cs.setField(id, DocumentField::Place, QStringLiteral("Calais"));
                break;
            case 9:
                made = cs.setField(id, DocumentField::Type, QStringLiteral("open_letter"));
                break;
            }
            QVERIFY2(made && made->id > 0, qPrintable(made ? QStringLiteral("nothing recorded") : made.error().detail));
        }
        const QJsonObject doc = exportJson().value(QStringLiteral("documents")).toArray().first().toObject();
        QJsonValue at = doc;
        for (const QString& step : path.split(QLatin1Char('/'))) {
            bool isIndex = false;
            const int index = step.toInt(&isIndex);
            at = isIndex ? at.toArray().at(index) : at.toObject().value(step);
        }
        QVERIFY2(!at.isUndefined(), QJsonDocument(doc).toJson().constData());
        const QJsonDocument wanted = QJsonDocument::fromJson("[" + expected.toUtf8() + "]");
        QCOMPARE(at, wanted.array().first());
        // The key order of a corrected fact: its fields as before, then the two marks.
        if (path.startsWith(QLatin1String("participants")) || path.startsWith(QLatin1String("mentioned_events"))) {
            QByteArray raw;
            QBuffer buffer(&raw);
            buffer.open(QIODevice::WriteOnly);
            QVERIFY(JsonExporter(*m_db).write(buffer));
            QVERIFY2(raw.contains(",\"corrected\":true,\"original\":"), raw.constData());
        }
        // Only what was corrected is marked: the sender is written without new keys.
        QVERIFY(!doc.value(QStringLiteral("participants")).toArray().first().toObject().contains(QStringLiteral("corrected")));
    }

    // Undoing every correction gives back the export of the uncorrected corpus, byte for byte.
    void export_correctionsUndone_isTheUncorrectedExport()
    {
        QVERIFY(DocumentRepository(*m_db).write(correctableDocument(), QStringLiteral("a.txt")));
        QByteArray before;
        {
            QBuffer buffer(&before);
            buffer.open(QIODevice::WriteOnly);
            QVERIFY(JsonExporter(*m_db).write(buffer));
        }
        auto session = CorpusSession::open(m_db->path());
        QVERIFY(session);
        QVERIFY((*session)->setField(1, DocumentField::Place, QStringLiteral("Lille")));
        QVERIFY((*session)->removeParticipant(1, correctableDocument().extraction.participants[1]));
        QVERIFY((*session)->setReviewed(1, true));
        QByteArray corrected;
        {
            QBuffer buffer(&corrected);
            buffer.open(QIODevice::WriteOnly);
            QVERIFY(JsonExporter(*m_db).write(buffer));
        }
        QVERIFY(corrected != before);
        for (int i = 0; i < 3; ++i)
            QVERIFY((*session)->undo());
        QByteArray after;
        {
            QBuffer buffer(&after);
            buffer.open(QIODevice::WriteOnly);
            QVERIFY(JsonExporter(*m_db).write(buffer));
        }
        QCOMPARE(after, before);
    }

    // Issue 16: a scan says it was read by OCR; a text file has no "ocr" key at all.
    void documentJson_archiveFormat_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<bool>("ocr");
        QTest::addColumn<QByteArray>("tail");
        QTest::addRow("text") << int(SourceFormat::Text) << false << QByteArray(",\"format\":\"text\"}");
        QTest::addRow("pdf_text_layer") << int(SourceFormat::Pdf) << false << QByteArray(",\"format\":\"pdf\"}");
        QTest::addRow("pdf_scanned") << int(SourceFormat::Pdf) << true << QByteArray(",\"format\":\"pdf\",\"ocr\":true}");
        QTest::addRow("image") << int(SourceFormat::Image) << true << QByteArray(",\"format\":\"image\",\"ocr\":true}");
        QTest::addRow("email") << int(SourceFormat::Email) << false << QByteArray(",\"format\":\"email\"}");
    }
    void documentJson_archiveFormat()
    {
        QFETCH(int, format);
        QFETCH(bool, ocr);
        QFETCH(QByteArray, tail);
        Document d = makeDocument(QStringLiteral("a.pdf"), QStringLiteral("a"));
        d.format = SourceFormat(format);
        if (format == int(SourceFormat::Email))
            d.extraction.type = DocumentType::Email;
        if (format == int(SourceFormat::Pdf) || format == int(SourceFormat::Image))
            d.pages = { DocumentPage { 1, QSizeF(595, 842), ocr, 0, 1, {} } };
        const QByteArray json = JsonExporter::documentJson(d, QStringLiteral("a.pdf"));
        QVERIFY2(json.endsWith(tail), json.constData());
        if (format == int(SourceFormat::Email))
            QVERIFY(json.contains("\"type\":\"email\""));
    }

    void documentJson_keepsContractKeyOrder()
    {
        const QByteArray json = JsonExporter::documentJson(
            makeDocument(QStringLiteral("a.txt"), QStringLiteral("a")), QStringLiteral("a.txt"));
        const QStringList order = { QStringLiteral("\"source\""), QStringLiteral("\"sha256\""),
            QStringLiteral("\"encoding\""), QStringLiteral("\"type\""), QStringLiteral("\"language\""),
            QStringLiteral("\"title\""), QStringLiteral("\"date\""), QStringLiteral("\"place\""),
            QStringLiteral("\"participants\""), QStringLiteral("\"mentioned_events\""), QStringLiteral("\"warnings\""),
            QStringLiteral("\"reviewed\""), QStringLiteral("\"format\"") };
        const QString text = QString::fromUtf8(json);
        qsizetype last = -1;
        for (const QString& key : order) {
            const qsizetype at = text.indexOf(key);
            QVERIFY2(at > last, qPrintable(key));
            last = at;
        }
    }
};

QTEST_GUILESS_MAIN(TestJsonExporter)
#include "tst_jsonexporter.moc"
