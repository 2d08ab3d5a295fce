// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// documents.csv and participations.csv written from a real database and read back by a small RFC 4180
// reader: BOM, CRLF, quotes, commas and line breaks inside a field, accents, and the formula-injection
// cases a spreadsheet would otherwise run.
#include "core/db/correspondentrepository.h"
#include "core/db/database.h"
#include "core/db/documentrepository.h"
#include "core/export/csvwriter.h"
#include "core/export/dataexporter.h"
#include "core/models/corpusindex.h"
#include "support/richletter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace littoral::core;

namespace {

using Table = QList<QStringList>;

QStringList strings(std::initializer_list<const char*> texts)
{
    QStringList list;
    for (const char* text : texts)
        list.append(QString::fromUtf8(text));
    return list;
}

// RFC 4180, strictly: records end with CRLF, a quoted field may hold commas, CR, LF and doubled quotes.
// nullopt when the bytes break the grammar (a bare LF between records, a stray quote).
std::optional<Table> parseCsv(const QString& text)
{
    Table table;
    QStringList record;
    QString field;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (text.at(i) == u'"') {
            ++i;
            for (;;) {
                if (i >= n)
                    return std::nullopt;
                if (text.at(i) == u'"') {
                    if (i + 1 < n && text.at(i + 1) == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i++);
            }
        } else {
            while (i < n && text.at(i) != u',' && text.at(i) != u'\r' && text.at(i) != u'\n') {
                if (text.at(i) == u'"')
                    return std::nullopt;
                field += text.at(i++);
            }
        }
        if (i < n && text.at(i) == u',') {
            record.append(field);
            field.clear();
            ++i;
            continue;
        }
        if (i + 1 < n && text.at(i) == u'\r' && text.at(i + 1) == u'\n') {
            record.append(field);
            field.clear();
            table.append(record);
            record.clear();
            i += 2;
            continue;
        }
        return std::nullopt; // end of input without CRLF, or a lone CR or LF
    }
    if (!record.isEmpty() || !field.isEmpty())
        return std::nullopt;
    return table;
}

struct ReadFile {
    bool bom = false;
    std::optional<Table> table;
};

ReadFile readCsv(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = file.readAll();
    ReadFile read;
    read.bom = bytes.startsWith("\xEF\xBB\xBF");
    if (read.bom)
        bytes.remove(0, 3);
    read.table = parseCsv(QString::fromUtf8(bytes));
    return read;
}

Participant person(ParticipantRole role, const QString& name, const QString& title = {}, const QString& organization = {})
{
    Participant p;
    p.role = role;
    p.name = name;
    p.title = title;
    p.organization = organization;
    p.evidence = { name, -1 };
    p.confidence = 0.9;
    return p;
}

} // namespace

class TestCsvWriter final : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Database> m_db;

    // One document with `title` and a sender, a recipient and a copy; its source is `source`.
    void addLetter(const QString& source, const QString& title, PartialDate date, QList<Participant> participants)
    {
        Document d = littoral::test::makeDocument(QStringLiteral("/corpus/") + source, title + QStringLiteral("\ntext of ") + source);
        d.extraction.type = DocumentType::Letter;
        d.extraction.language = QStringLiteral("fr");
        d.extraction.title = title;
        d.extraction.place = QStringLiteral("Calais");
        if (date.isValid())
            d.extraction.date = DocumentDate { date, { date.toEdtf(), -1 }, 0.9 };
        d.extraction.participants = std::move(participants);
        QVERIFY(DocumentRepository(*m_db).write(d, source));
    }

    ExportInput everything(std::shared_ptr<const CorpusIndex>& corpus)
    {
        auto index = CorpusIndex::load(*m_db);
        if (!index)
            return {};
        corpus = std::make_shared<const CorpusIndex>(std::move(*index));
        ExportInput input { &*m_db, corpus, {}, {}, {} };
        for (qsizetype row = 0; row < corpus->documents().size(); ++row)
            input.rows.append(row);
        return input;
    }

    // The export of every document, read back: documents.csv then participations.csv.
    std::pair<ReadFile, ReadFile> exportAll(ExportCounts* counts = nullptr)
    {
        std::shared_ptr<const CorpusIndex> corpus;
        const ExportInput input = everything(corpus);
        const QString folder = m_dir->filePath(QStringLiteral("out"));
        QDir(folder).removeRecursively();
        const auto written = DataExporter::write(ExportFormat::Csv, input, folder);
        if (!written)
            qWarning() << written.error().detail;
        if (counts && written)
            *counts = *written;
        return { readCsv(QDir(folder).filePath(QStringLiteral("documents.csv"))), readCsv(QDir(folder).filePath(QStringLiteral("participations.csv"))) };
    }

private slots:
    void init()
    {
        m_db.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto db = Database::open(m_dir->filePath(QStringLiteral("corpus.db")));
        QVERIFY2(db, qPrintable(db ? QString() : db.error().detail));
        m_db.emplace(std::move(*db));
    }

    void cleanup() { m_db.reset(); }

    // Each title comes back as the cell a spreadsheet shows, one row per document whatever it starts with.
    void title_comesBackAsText_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("cell");
        QTest::addRow("accents") << QStringLiteral("Lettre à l'Élysée, sœur Françoise") << QStringLiteral("Lettre à l'Élysée, sœur Françoise");
        QTest::addRow("quotes") << QStringLiteral("Réponse au « collectif » \"urgent\"") << QStringLiteral("Réponse au « collectif » \"urgent\"");
        QTest::addRow("line_break") << QStringLiteral("Première ligne\r\nseconde, ligne\ntroisième") << QStringLiteral("Première ligne\r\nseconde, ligne\ntroisième");
        QTest::addRow("hyperlink") << QStringLiteral("=HYPERLINK(\"http://example.org\",\"clic\")") << QStringLiteral("'=HYPERLINK(\"http://example.org\",\"clic\")");
        QTest::addRow("minus") << QStringLiteral("-1+1") << QStringLiteral("'-1+1");
        QTest::addRow("at_sum") << QStringLiteral("@SUM(A1:A9)") << QStringLiteral("'@SUM(A1:A9)");
        QTest::addRow("plus") << QStringLiteral("+33 3 21 46 62 32") << QStringLiteral("'+33 3 21 46 62 32");
        QTest::addRow("tab") << QStringLiteral("\tcmd|' /C calc'!A0") << QStringLiteral("'\tcmd|' /C calc'!A0");
        QTest::addRow("dash_title") << QStringLiteral("- Compte rendu") << QStringLiteral("'- Compte rendu");
        QTest::addRow("minus_inside") << QStringLiteral("Calais 2016-2017") << QStringLiteral("Calais 2016-2017");
    }

    void title_comesBackAsText()
    {
        QFETCH(QString, title);
        QFETCH(QString, cell);
        addLetter(QStringLiteral("a.txt"), QStringLiteral("Une lettre ordinaire"), PartialDate::ofDay(2017, 2, 7),
            { person(ParticipantRole::Sender, QStringLiteral("Natacha Bouchart")) });
        addLetter(QStringLiteral("b.txt"), title, PartialDate::ofMonth(2017, 3),
            { person(ParticipantRole::Sender, QStringLiteral("Nathanaël Caillaux")) });
        const auto [documents, participations] = exportAll();
        QVERIFY(documents.bom);
        QVERIFY(participations.bom);
        QVERIFY2(documents.table, "documents.csv is not RFC 4180");
        QVERIFY2(participations.table, "participations.csv is not RFC 4180");
        const Table& rows = *documents.table;
        QCOMPARE(rows.size(), 3); // the header and one row per document
        QCOMPARE(rows.at(0), strings({ "date", "precision", "type", "language", "title", "senders", "recipients", "copies", "place", "source" }));
        for (const QStringList& row : rows)
            QCOMPARE(row.size(), 10);
        QCOMPARE(rows.at(1).at(4), QStringLiteral("Une lettre ordinaire"));
        QCOMPARE(rows.at(2).at(4), cell);
        QCOMPARE(rows.at(2).at(0), QStringLiteral("2017-03"));
        QCOMPARE(rows.at(2).at(1), QStringLiteral("month"));
        QCOMPARE(rows.at(2).at(9), QStringLiteral("b.txt"));
    }

    // Every column of both files, from a letter with copies, functions and organisations.
    void columns_sayWhatTheLetterSays()
    {
        addLetter(QStringLiteral("lettre.txt"), QStringLiteral("Lettre au Président"), PartialDate::ofDay(2017, 6, 20),
            { person(ParticipantRole::Sender, QStringLiteral("Geneviève Jacques"), QStringLiteral("Présidente"), QStringLiteral("La Cimade")),
                person(ParticipantRole::Sender, QStringLiteral("Véronique Fayet"), QStringLiteral("Présidente"), QStringLiteral("Secours Catholique, Caritas France")),
                person(ParticipantRole::Recipient, QStringLiteral("Emmanuel Macron"), QStringLiteral("Président de la République")),
                person(ParticipantRole::Cc, QStringLiteral("Gérard Collomb"), QStringLiteral("=Ministre")),
                person(ParticipantRole::Mentioned, QStringLiteral("Natacha Bouchart")) });
        ExportCounts counts;
        const auto [documents, participations] = exportAll(&counts);
        QVERIFY(documents.table && participations.table);
        QCOMPARE(documents.table->size(), 2);
        QCOMPARE(documents.table->at(1),
            strings({ "2017-06-20", "day", "letter", "fr", "Lettre au Président", "Geneviève Jacques; Véronique Fayet", "Emmanuel Macron",
                "Gérard Collomb", "Calais", "lettre.txt" }));
        const Table& p = *participations.table;
        QCOMPARE(p.size(), 6);
        QCOMPARE(p.at(0), strings({ "source", "correspondent", "role", "kind", "function", "organization" }));
        QCOMPARE(p.at(2), strings({ "lettre.txt", "Véronique Fayet", "sender", "person", "Présidente", "Secours Catholique, Caritas France" }));
        QCOMPARE(p.at(4), strings({ "lettre.txt", "Gérard Collomb", "cc", "person", "'=Ministre", "" }));
        QCOMPARE(p.at(5).at(2), QStringLiteral("mentioned"));
        QCOMPARE(counts.documents, 1);
        QCOMPARE(counts.participations, 5);
        QCOMPARE(counts.correspondents, 5);
        QCOMPARE(counts.files, strings({ "documents.csv", "participations.csv" }));
    }

    // Two spellings merged into one correspondent are written under its one name, in both files.
    void mergedCorrespondents_haveTheirCanonicalName()
    {
        addLetter(QStringLiteral("a.txt"), QStringLiteral("Première"), PartialDate::ofDay(2016, 3, 2),
            { person(ParticipantRole::Sender, QStringLiteral("N. Bouchart")), person(ParticipantRole::Recipient, QStringLiteral("Préfet du Pas-de-Calais")) });
        addLetter(QStringLiteral("b.txt"), QStringLiteral("Seconde"), PartialDate::ofDay(2016, 4, 2),
            { person(ParticipantRole::Sender, QStringLiteral("Natacha Bouchart")), person(ParticipantRole::Recipient, QStringLiteral("Préfet du Pas-de-Calais")) });
        CorrespondentRepository correspondents(*m_db);
        const auto all = correspondents.list();
        QVERIFY(all);
        qint64 shortName = 0, fullName = 0;
        for (const CorrespondentSummary& c : *all) {
            if (c.name == QLatin1String("N. Bouchart"))
                shortName = c.id;
            if (c.name == QLatin1String("Natacha Bouchart"))
                fullName = c.id;
        }
        QVERIFY(shortName && fullName);
        QVERIFY(correspondents.merge({ shortName }, fullName));
        ExportCounts counts;
        const auto [documents, participations] = exportAll(&counts);
        QVERIFY(documents.table && participations.table);
        QCOMPARE(documents.table->at(1).at(5), QStringLiteral("Natacha Bouchart"));
        QCOMPARE(documents.table->at(2).at(5), QStringLiteral("Natacha Bouchart"));
        QCOMPARE(participations.table->at(1).at(1), QStringLiteral("Natacha Bouchart"));
        QCOMPARE(counts.correspondents, 2);
    }

    // Cancelled on the first document: no file in the folder, and DataExporter leaves no folder at all.
    void cancelled_leavesNothing()
    {
        addLetter(QStringLiteral("a.txt"), QStringLiteral("Une"), PartialDate::ofDay(2017, 2, 7), {});
        std::shared_ptr<const CorpusIndex> corpus;
        ExportInput input = everything(corpus);
        input.progress = [](int, int) { return false; };
        const QString folder = m_dir->filePath(QStringLiteral("direct"));
        QVERIFY(QDir().mkpath(folder));
        const auto direct = CsvWriter::write(input, folder);
        QVERIFY(!direct);
        QCOMPARE(direct.error().code, ErrorCode::Cancelled);
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
        const auto exported = DataExporter::write(ExportFormat::Csv, input, m_dir->filePath(QStringLiteral("out")));
        QVERIFY(!exported);
        QCOMPARE(exported.error().code, ErrorCode::Cancelled);
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
            QDir(m_dir->path()).entryList({ QStringLiteral("corpus.db*"), QStringLiteral("direct") }, QDir::AllEntries | QDir::Hidden));
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
