// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// GEXF 1.3 and GraphML written from real databases: the GEXF checked by xmllint against the schema
// copied in tests/data/schemas (a real process), its spells read back per letter; the GraphML read back
// by igraph and compared with CorpusIndex::graph, the graph the window draws.
#include "core/db/database.h"
#include "core/db/documentrepository.h"
#include "core/export/dataexporter.h"
#include "core/export/gexfwriter.h"
#include "core/export/graphmlwriter.h"
#include "core/models/corpusindex.h"
#include "support/processrun.h"
#include "support/richletter.h"
#include "support/samplecorpus.h"
#include "support/testpaths.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <igraph.h>

#include <memory>
#include <optional>

using namespace littoral::core;

namespace {

struct Letter {
    const char* source;
    const char* from;
    const char* to;
    ParticipantRole role; // of `to`: Recipient or Cc
    const char* date;     // EDTF, "" = undated
};

// A → B four times (a day, a month, a day inside that month, undated), A → C in copy, A → D on three
// days; B's name carries a control character no XML may hold.
constexpr Letter kLetters[] = {
    { "1.txt", "Ana Martin", "Bruno\x01 Petit", ParticipantRole::Recipient, "2016-03-02" },
    { "2.txt", "Ana Martin", "Bruno\x01 Petit", ParticipantRole::Recipient, "2016-10" },
    { "3.txt", "Ana Martin", "Bruno\x01 Petit", ParticipantRole::Recipient, "2016-10-15" },
    { "4.txt", "Ana Martin", "Bruno\x01 Petit", ParticipantRole::Recipient, "" },
    { "5.txt", "Ana Martin", "Claire Roux", ParticipantRole::Cc, "2016-03-02" },
    { "6.txt", "Ana Martin", "Denis Morel", ParticipantRole::Recipient, "2016-01-05" },
    { "7.txt", "Ana Martin", "Denis Morel", ParticipantRole::Recipient, "2016-02-05" },
    { "8.txt", "Ana Martin", "Denis Morel", ParticipantRole::Recipient, "2016-02-06~" },
};

struct GexfEdge {
    QString source, target, kind, role;
    double weight = 0;
    int undated = -1;
    QList<std::pair<QString, QString>> spells;
};

struct Gexf {
    QMap<QString, QString> labels; // node id -> label
    QMap<QString, QString> kinds;
    QList<GexfEdge> edges;
    QString mode, timeformat;
};

Gexf readGexf(const QByteArray& bytes)
{
    Gexf g;
    QXmlStreamReader xml(bytes);
    QString node;
    GexfEdge* edge = nullptr;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto a = xml.attributes();
        const auto name = xml.name();
        if (name == QLatin1String("graph")) {
            g.mode = a.value(QLatin1String("mode")).toString();
            g.timeformat = a.value(QLatin1String("timeformat")).toString();
        } else if (name == QLatin1String("node")) {
            node = a.value(QLatin1String("id")).toString();
            edge = nullptr;
            g.labels[node] = a.value(QLatin1String("label")).toString();
        } else if (name == QLatin1String("edge")) {
            g.edges.append({ a.value(QLatin1String("source")).toString(), a.value(QLatin1String("target")).toString(),
                a.value(QLatin1String("kind")).toString(), {}, a.value(QLatin1String("weight")).toDouble(), -1, {} });
            edge = &g.edges.last();
        } else if (name == QLatin1String("attvalue")) {
            const QString key = a.value(QLatin1String("for")).toString();
            const QString value = a.value(QLatin1String("value")).toString();
            if (edge && key == QLatin1String("role"))
                edge->role = value;
            else if (edge && key == QLatin1String("undated"))
                edge->undated = value.toInt();
            else if (!edge && key == QLatin1String("kind"))
                g.kinds[node] = value;
        } else if (name == QLatin1String("spell") && edge) {
            edge->spells.append({ a.value(QLatin1String("start")).toString(), a.value(QLatin1String("end")).toString() });
        }
    }
    return g;
}

// xmllint's verdict on a file against the GEXF 1.3 schema copied into the repository.
littoral::test::ProcessRun validateGexf(const QString& path)
{
    return littoral::test::runProcess(QStringLiteral("xmllint"),
        { QStringLiteral("--noout"), QStringLiteral("--schema"), QStringLiteral(LITTORAL_TEST_DATA_DIR "/schemas/gexf-1.3/gexf.xsd"), path });
}

// (source id, target id, role) -> weight, from igraph's reading of a GraphML file.
struct IgraphRead {
    bool ok = false;
    int vertices = 0;
    int edges = 0;
    QMap<std::tuple<QString, QString, QString>, double> weights;
    QMap<QString, QString> names;
    QMap<std::tuple<QString, QString, QString>, QString> dates;
};

IgraphRead readWithIgraph(const QString& path)
{
    IgraphRead read;
    igraph_set_attribute_table(&igraph_cattribute_table);
    FILE* file = std::fopen(QFile::encodeName(path).constData(), "r");
    if (!file)
        return read;
    igraph_t graph;
    const igraph_error_t status = igraph_read_graph_graphml(&graph, file, 0);
    std::fclose(file);
    if (status != IGRAPH_SUCCESS)
        return read;
    read.ok = true;
    read.vertices = int(igraph_vcount(&graph));
    read.edges = int(igraph_ecount(&graph));
    for (igraph_integer_t v = 0; v < igraph_vcount(&graph); ++v)
        read.names[QString::fromUtf8(VAS(&graph, "id", v))] = QString::fromUtf8(VAS(&graph, "name", v));
    for (igraph_integer_t e = 0; e < igraph_ecount(&graph); ++e) {
        const auto key = std::tuple { QString::fromUtf8(VAS(&graph, "id", IGRAPH_FROM(&graph, e))),
            QString::fromUtf8(VAS(&graph, "id", IGRAPH_TO(&graph, e))), QString::fromUtf8(EAS(&graph, "role", e)) };
        read.weights[key] = EAN(&graph, "weight", e);
        read.dates[key] = QString::fromUtf8(EAS(&graph, "dates", e));
    }
    igraph_destroy(&graph);
    return read;
}

} // namespace

class TestGraphExport final : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
    std::shared_ptr<const CorpusIndex> m_corpus;

    void openLetters()
    {
        auto db = Database::open(m_dir->filePath(QStringLiteral("letters.db")));
        QVERIFY(db);
        m_db.emplace(std::move(*db));
        for (const Letter& letter : kLetters) {
            const QString source = QString::fromUtf8(letter.source);
            Document d = littoral::test::makeDocument(QStringLiteral("/corpus/") + source, QStringLiteral("Lettre ") + source);
            d.extraction.type = DocumentType::Letter;
            d.extraction.title = QStringLiteral("Lettre ") + source;
            if (*letter.date)
                d.extraction.date = DocumentDate { PartialDate::fromEdtf(QString::fromUtf8(letter.date)), {}, 0.9 };
            for (const auto& [role, name] : { std::pair { ParticipantRole::Sender, letter.from }, std::pair { letter.role, letter.to } }) {
                Participant p;
                p.role = role;
                p.name = QString::fromUtf8(name);
                p.confidence = 0.9;
                d.extraction.participants.append(p);
            }
            QVERIFY(DocumentRepository(*m_db).write(d, source));
        }
        auto index = CorpusIndex::load(*m_db);
        QVERIFY(index);
        m_corpus = std::make_shared<const CorpusIndex>(std::move(*index));
    }

    void openSample()
    {
        const QString path = m_dir->filePath(QStringLiteral("sample.db"));
        auto corpus = littoral::test::loadSampleCorpus(path);
        QVERIFY(corpus);
        m_corpus = *corpus;
        auto db = Database::open(path);
        QVERIFY(db);
        m_db.emplace(std::move(*db));
    }

    ExportInput everything() const
    {
        ExportInput input { const_cast<Database*>(&*m_db), m_corpus, {}, {}, {} };
        for (qsizetype row = 0; row < m_corpus->documents().size(); ++row)
            input.rows.append(row);
        return input;
    }

    QString exportTo(ExportFormat format, const QString& name, const ExportInput& input, ExportCounts* counts = nullptr)
    {
        const QString path = m_dir->filePath(name);
        const auto written = DataExporter::write(format, input, path);
        if (!written)
            qWarning() << written.error().detail;
        if (counts && written)
            *counts = *written;
        return written ? path : QString();
    }

    static QByteArray bytesOf(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("xmllint")).isEmpty())
            QFAIL("xmllint is missing (Debian package libxml2-utils, in packaging/deps.txt)");
    }

    void init()
    {
        m_db.reset();
        m_corpus.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup() { m_db.reset(); }

    void gexf_isValidAgainstTheSchema_data()
    {
        QTest::addColumn<bool>("sample");
        QTest::addRow("sample_corpus") << true;
        QTest::addRow("letters_with_a_control_character") << false;
    }

    void gexf_isValidAgainstTheSchema()
    {
        QFETCH(bool, sample);
        if (sample)
            openSample();
        else
            openLetters();
        ExportCounts counts;
        const QString path = exportTo(ExportFormat::Gexf, QStringLiteral("graph.gexf"), everything(), &counts);
        QVERIFY(!path.isEmpty());
        const auto run = validateGexf(path);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const CorrespondenceGraph graph = m_corpus->graph();
        QCOMPARE(counts.correspondents, graph.nodes.size());
        QCOMPARE(counts.links, graph.edges.size());
        QCOMPARE(counts.documents, m_corpus->documents().size());
        const Gexf gexf = readGexf(bytesOf(path));
        QCOMPARE(gexf.mode, QStringLiteral("dynamic"));
        QCOMPARE(gexf.timeformat, QStringLiteral("date"));
        QCOMPARE(gexf.labels.size(), graph.nodes.size());
        QCOMPARE(gexf.edges.size(), graph.edges.size());
        for (const GraphNode& node : graph.nodes)
            QCOMPARE(gexf.kinds.value(QString::number(node.id)), kindName(node.kind));
    }

    // One spell per letter date, overlapping ones joined (Gephi refuses them); undated letters weigh
    // but have no spell; a copy is an edge of role cc.
    void gexf_spellsFollowTheLetters()
    {
        openLetters();
        const QString path = exportTo(ExportFormat::Gexf, QStringLiteral("letters.gexf"), everything());
        QVERIFY(!path.isEmpty());
        const Gexf gexf = readGexf(bytesOf(path));
        QMap<QString, GexfEdge> byTarget;
        for (const GexfEdge& edge : gexf.edges) {
            QCOMPARE(gexf.labels.value(edge.source), QStringLiteral("Ana Martin"));
            byTarget.insert(gexf.labels.value(edge.target), edge);
        }
        QCOMPARE(byTarget.keys(), (QStringList { QStringLiteral("Bruno Petit"), QStringLiteral("Claire Roux"), QStringLiteral("Denis Morel") }));
        const GexfEdge toBruno = byTarget.value(QStringLiteral("Bruno Petit"));
        QCOMPARE(toBruno.weight, 4.0);
        QCOMPARE(toBruno.undated, 1);
        QCOMPARE(toBruno.role, QStringLiteral("to"));
        QCOMPARE(toBruno.spells,
            (QList<std::pair<QString, QString>> { { QStringLiteral("2016-03-02"), QStringLiteral("2016-03-02") },
                { QStringLiteral("2016-10-01"), QStringLiteral("2016-10-31") } }));
        const GexfEdge toClaire = byTarget.value(QStringLiteral("Claire Roux"));
        QCOMPARE(toClaire.role, QStringLiteral("cc"));
        QCOMPARE(toClaire.kind, QStringLiteral("cc"));
        QCOMPARE(toClaire.weight, 1.0);
        const GexfEdge toDenis = byTarget.value(QStringLiteral("Denis Morel"));
        QCOMPARE(toDenis.weight, 3.0);
        QCOMPARE(toDenis.undated, 0);
        QCOMPARE(toDenis.spells,
            (QList<std::pair<QString, QString>> { { QStringLiteral("2016-01-05"), QStringLiteral("2016-01-05") },
                { QStringLiteral("2016-02-05"), QStringLiteral("2016-02-05") }, { QStringLiteral("2016-02-06"), QStringLiteral("2016-02-06") } }));
    }

    // igraph reads the file back: the same vertices, edges and weights as the window's graph.
    void graphml_readsBackWithIgraph_data()
    {
        QTest::addColumn<bool>("sample");
        QTest::addColumn<bool>("firstDocumentsOnly");
        QTest::addRow("sample_corpus") << true << false;
        QTest::addRow("sample_first_three") << true << true;
        QTest::addRow("letters") << false << false;
    }

    void graphml_readsBackWithIgraph()
    {
        QFETCH(bool, sample);
        QFETCH(bool, firstDocumentsOnly);
        if (sample)
            openSample();
        else
            openLetters();
        ExportInput input = everything();
        if (firstDocumentsOnly)
            input.rows = input.rows.mid(0, 3);
        QSet<qint64> chosen;
        for (const qsizetype row : std::as_const(input.rows))
            chosen.insert(m_corpus->documents().at(row).id);
        const CorrespondenceGraph graph = m_corpus->graph([&](qint64 id) { return chosen.contains(id); });
        const QString path = exportTo(ExportFormat::GraphMl, QStringLiteral("graph.graphml"), input);
        QVERIFY(!path.isEmpty());
        const IgraphRead read = readWithIgraph(path);
        QVERIFY(read.ok);
        QCOMPARE(read.vertices, graph.nodes.size());
        QCOMPARE(read.edges, graph.edges.size());
        QMap<std::tuple<QString, QString, QString>, double> expected;
        for (const GraphEdge& edge : graph.edges)
            expected[{ QStringLiteral("n%1").arg(edge.from), QStringLiteral("n%1").arg(edge.to),
                edge.role == ParticipantRole::Cc ? QStringLiteral("cc") : QStringLiteral("to") }]
                = edge.weight();
        QCOMPARE(read.weights, expected);
        for (const GraphNode& node : graph.nodes)
            QCOMPARE(read.names.value(QStringLiteral("n%1").arg(node.id)), QString(node.name).remove(QChar(1)));
    }

    void graphml_datesAreTheLettersEdtf()
    {
        openLetters();
        const QString path = exportTo(ExportFormat::GraphMl, QStringLiteral("letters.graphml"), everything());
        const IgraphRead read = readWithIgraph(path);
        QVERIFY(read.ok);
        QStringList dates = read.dates.values();
        dates.sort();
        QCOMPARE(dates, (QStringList { QStringLiteral("2016-01-05;2016-02-05;2016-02-06~"), QStringLiteral("2016-03-02"),
                            QStringLiteral("2016-03-02;2016-10;2016-10-15") }));
    }

    void cancelled_writesNothing_data()
    {
        QTest::addColumn<int>("format");
        QTest::addRow("gexf") << int(ExportFormat::Gexf);
        QTest::addRow("graphml") << int(ExportFormat::GraphMl);
    }

    void cancelled_writesNothing()
    {
        QFETCH(int, format);
        openSample();
        ExportInput input = everything();
        input.progress = [](int, int) { return false; };
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        const auto written = DataExporter::write(ExportFormat(format), input, buffer);
        QVERIFY(!written);
        QCOMPARE(written.error().code, ErrorCode::Cancelled);
        QCOMPARE(buffer.data(), QByteArray());
        const auto toFile = DataExporter::write(ExportFormat(format), input, m_dir->filePath(QStringLiteral("out.graph")));
        QVERIFY(!toFile);
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("out")), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestGraphExport)
#include "tst_graphexport.moc"
