// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `littoral-cli export` with filters, run as a real process on the imported sample corpus: each format
// exports the documents SelectionState::applyFilter chooses with the same filter (the window's rule);
// JSON without filters is byte for byte JsonExporter's; usage errors, a folder that cannot be written
// and a cancelled export leave nothing behind. When the suite runs as root (which ignores file modes)
// the read-only folder case runs as an unprivileged user through setpriv.
#include "core/db/database.h"
#include "core/db/searchrepository.h"
#include "core/export/dataexporter.h"
#include "core/export/jsonexporter.h"
#include "core/models/selectionstate.h"
#include "support/processrun.h"
#include "support/samplecorpus.h"
#include "support/testpaths.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

#include <unistd.h>

using namespace littoral::core;
using littoral::test::ProcessRun;

namespace {

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList entriesOf(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
}

// The sources of the documents in a JSON export.
QStringList jsonSources(const QByteArray& bytes)
{
    QStringList sources;
    for (const QJsonValue& d : QJsonDocument::fromJson(bytes).object().value(QStringLiteral("documents")).toArray())
        sources.append(d.toObject().value(QStringLiteral("source")).toString());
    return sorted(sources);
}

// The source column of documents.csv (the last one, never quoted in the sample corpus).
QStringList csvSources(const QByteArray& bytes)
{
    QStringList sources;
    const QStringList lines = QString::fromUtf8(bytes).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i)
        sources.append(lines.at(i).section(u',', -1));
    return sorted(sources);
}

// Node and edge counts and the sum of the edge weights of a GEXF or GraphML file.
struct GraphSize {
    int nodes = 0;
    int edges = 0;
    double weight = 0;
    friend bool operator==(const GraphSize&, const GraphSize&) = default;
};

GraphSize graphSize(const QByteArray& bytes, bool graphml)
{
    GraphSize size;
    QXmlStreamReader xml(bytes);
    bool inWeight = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == QLatin1String("node"))
                ++size.nodes;
            else if (xml.name() == QLatin1String("edge")) {
                ++size.edges;
                if (!graphml)
                    size.weight += xml.attributes().value(QLatin1String("weight")).toDouble();
            } else if (graphml && xml.name() == QLatin1String("data"))
                inWeight = xml.attributes().value(QLatin1String("key")) == QLatin1String("weight");
        } else if (token == QXmlStreamReader::Characters && inWeight) {
            size.weight += xml.text().toDouble();
            inWeight = false;
        }
    }
    return size;
}

} // namespace

class TestCliExport final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;
    std::shared_ptr<const CorpusIndex> m_corpus;

    static ProcessRun cli(const QStringList& args) { return littoral::test::runCli(args); }

    // What the window shows with this filter: SelectionState::applyFilter, search from searchAll.
    std::unique_ptr<SelectionState> windowSelection(const DocumentFilter& filter)
    {
        QHash<qint64, QString> matches;
        if (!filter.query.isEmpty()) {
            auto db = Database::openExisting(m_db);
            if (!db)
                return {};
            const auto found = SearchRepository(*db).searchAll(filter.query, 50);
            if (!found)
                return {};
            for (const qint64 id : found->matches)
                matches.insert(id, QString());
        }
        auto selection = std::make_unique<SelectionState>();
        selection->setCorpus(m_corpus);
        if (!selection->applyFilter(filter, matches).isEmpty())
            return {};
        return selection;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Readable and writable by the unprivileged user of the read-only folder case.
        QVERIFY(QFile::setPermissions(m_dir.path(), QFileDevice::Permissions(0x7777)));
        m_db = m_dir.filePath(QStringLiteral("sample.db"));
        auto corpus = littoral::test::loadSampleCorpus(m_db);
        QVERIFY(corpus);
        m_corpus = *corpus;
        QCOMPARE(m_corpus->documents().size(), 5);
    }

    void filteredExport_choosesTheWindowsDocuments_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QJsonObject>("filter"); // the same filter, as DocumentFilter::toJson
        struct Case {
            const char* name;
            QStringList flags;
            QJsonObject filter;
        };
        const QList<Case> cases {
            { "period", { QStringLiteral("--from"), QStringLiteral("2016-10"), QStringLiteral("--to"), QStringLiteral("2017-02") },
                { { QStringLiteral("from"), QStringLiteral("2016-10") }, { QStringLiteral("to"), QStringLiteral("2017-02") } } },
            { "sender", { QStringLiteral("--correspondent"), QStringLiteral("bernard cazeneuve"), QStringLiteral("--role"), QStringLiteral("sender") },
                { { QStringLiteral("correspondent"), QStringLiteral("bernard cazeneuve") }, { QStringLiteral("role"), QStringLiteral("sender") } } },
            { "link", { QStringLiteral("--link"), QStringLiteral("Natacha Bouchart -> Nathanaël Caillaux") },
                { { QStringLiteral("link"),
                    QJsonObject { { QStringLiteral("from"), QStringLiteral("Natacha Bouchart") }, { QStringLiteral("to"), QStringLiteral("Nathanaël Caillaux") } } } } },
            { "link_cc", { QStringLiteral("--link"), QStringLiteral("Migreurop -> Home Office (cc)") },
                { { QStringLiteral("link"),
                    QJsonObject { { QStringLiteral("from"), QStringLiteral("Migreurop") }, { QStringLiteral("to"), QStringLiteral("Home Office") },
                        { QStringLiteral("role"), QStringLiteral("cc") } } } } },
            { "types", { QStringLiteral("--type"), QStringLiteral("letter,open_letter") },
                { { QStringLiteral("types"), QJsonArray { QStringLiteral("letter"), QStringLiteral("open_letter") } } } },
            { "query_and_from", { QStringLiteral("--query"), QStringLiteral("migrants"), QStringLiteral("--from"), QStringLiteral("2016") },
                { { QStringLiteral("query"), QStringLiteral("migrants") }, { QStringLiteral("from"), QStringLiteral("2016") } } },
        };
        for (const char* format : { "json", "csv", "gexf", "graphml" })
            for (const Case& c : cases)
                QTest::addRow("%s_%s", format, c.name) << QString::fromUtf8(format) << c.flags << c.filter;
    }

    void filteredExport_choosesTheWindowsDocuments()
    {
        QFETCH(QString, format);
        QFETCH(QStringList, flags);
        QFETCH(QJsonObject, filter);
        const auto selection = windowSelection(DocumentFilter::fromJson(filter));
        QVERIFY(selection);
        const QList<qsizetype> rows = selection->acceptedRows();
        QVERIFY(!rows.isEmpty());
        QVERIFY(rows.size() < m_corpus->documents().size()); // each case filters something out
        QStringList expected;
        QSet<qint64> ids;
        for (const qsizetype row : rows) {
            expected.append(m_corpus->documents().at(row).source);
            ids.insert(m_corpus->documents().at(row).id);
        }
        expected.sort();

        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("export.") + format);
        const ProcessRun run = cli(QStringList { QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--format"), format,
                                       QStringLiteral("-o"), path }
            + flags);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.contains(path.toUtf8()), run.err.constData());
        QVERIFY2(run.err.contains(QByteArray(QByteArray::number(rows.size()) + " document")), run.err.constData());
        if (format == QLatin1String("json")) {
            QCOMPARE(jsonSources(bytesOf(path)), expected);
        } else if (format == QLatin1String("csv")) {
            QCOMPARE(entriesOf(path), (QStringList { QStringLiteral("documents.csv"), QStringLiteral("participations.csv") }));
            QCOMPARE(csvSources(bytesOf(QDir(path).filePath(QStringLiteral("documents.csv")))), expected);
        } else {
            const CorrespondenceGraph graph = m_corpus->graph([&ids](qint64 id) { return ids.contains(id); });
            GraphSize want { int(graph.nodes.size()), int(graph.edges.size()), 0 };
            for (const GraphEdge& edge : graph.edges)
                want.weight += edge.weight();
            QCOMPARE(graphSize(bytesOf(path), format == QLatin1String("graphml")), want);
            QVERIFY2(run.err.contains(QByteArray(QByteArray::number(graph.edges.size()) + " link")), run.err.constData());
        }
        QCOMPARE(entriesOf(out.path()), QStringList { QFileInfo(path).fileName() }); // no temporary left
    }

    // The JSON of a whole corpus is what it was before filters, to a file and to standard output.
    void jsonWithoutFilter_isUnchanged()
    {
        auto db = Database::openExisting(m_db);
        QVERIFY(db);
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(JsonExporter(*db).write(buffer));
        QVERIFY(buffer.data().size() > 1000);
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("all.json"));
        const ProcessRun toFile = cli({ QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--format"), QStringLiteral("json"),
            QStringLiteral("-o"), path });
        QCOMPARE(toFile.exitCode, 0);
        QCOMPARE(bytesOf(path), buffer.data());
        const ProcessRun toOutput = cli({ QStringLiteral("export"), QStringLiteral("--db"), m_db });
        QCOMPARE(toOutput.exitCode, 0);
        QCOMPARE(toOutput.out, buffer.data());
    }

    // A filter that keeps every document reads them one by one (ExportDocuments::forEach), not through
    // the whole-corpus path: the file must still be the unfiltered one, byte for byte (same order).
    void jsonWithAFilterKeepingEverything_isTheUnfilteredFile()
    {
        QTemporaryDir out;
        const QString all = out.filePath(QStringLiteral("all.json"));
        const QString kept = out.filePath(QStringLiteral("kept.json"));
        QCOMPARE(cli({ QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("-o"), all }).exitCode, 0);
        QCOMPARE(cli({ QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--type"),
                     QStringLiteral("letter,open_letter,press_release,other"), QStringLiteral("-o"), kept })
                     .exitCode,
            0);
        QVERIFY(bytesOf(all).size() > 1000);
        QCOMPARE(bytesOf(kept), bytesOf(all));
    }

    void usageErrors_writeNothing_data()
    {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QString>("said");
        QTest::addRow("unknown_correspondent") << QStringList { QStringLiteral("--correspondent"), QStringLiteral("Personne Inconnue") }
                                               << QStringLiteral("Personne Inconnue");
        QTest::addRow("unknown_link_end") << QStringList { QStringLiteral("--link"), QStringLiteral("Natacha Bouchart -> Nulle Part") }
                                          << QStringLiteral("Nulle Part");
        QTest::addRow("bad_from") << QStringList { QStringLiteral("--from"), QStringLiteral("2016-13") } << QStringLiteral("2016-13");
        QTest::addRow("bad_to") << QStringList { QStringLiteral("--to"), QStringLiteral("mars") } << QStringLiteral("mars");
        QTest::addRow("bad_role") << QStringList { QStringLiteral("--correspondent"), QStringLiteral("Natacha Bouchart"), QStringLiteral("--role"),
            QStringLiteral("author") } << QStringLiteral("author");
        QTest::addRow("role_alone") << QStringList { QStringLiteral("--role"), QStringLiteral("sender") } << QStringLiteral("--correspondent");
        QTest::addRow("bad_type") << QStringList { QStringLiteral("--type"), QStringLiteral("letter,memo") } << QStringLiteral("memo");
        QTest::addRow("link_without_arrow") << QStringList { QStringLiteral("--link"), QStringLiteral("Natacha Bouchart") } << QStringLiteral("->");
        QTest::addRow("unknown_format") << QStringList { QStringLiteral("--format"), QStringLiteral("xlsx") } << QStringLiteral("xlsx");
    }

    void usageErrors_writeNothing()
    {
        QFETCH(QStringList, flags);
        QFETCH(QString, said);
        QTemporaryDir out;
        for (const QString& format : { QStringLiteral("gexf"), QStringLiteral("csv") }) {
            const ProcessRun run = cli(QStringList { QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--format"), format,
                                           QStringLiteral("-o"), out.filePath(QStringLiteral("x")) }
                + flags);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(QString::fromUtf8(run.err).contains(said), run.err.constData());
            QCOMPARE(entriesOf(out.path()), QStringList());
        }
    }

    void csvWithoutOutput_isAUsageError()
    {
        const ProcessRun run = cli({ QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--format"), QStringLiteral("csv") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("-o"), run.err.constData());
        QCOMPARE(run.out, QByteArray());
    }

    // A destination that cannot be written: an error, and nothing at the destination or beside it.
    void unwritableDestination_leavesNothing_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addRow("csv") << QStringLiteral("csv");
        QTest::addRow("gexf") << QStringLiteral("gexf");
        QTest::addRow("graphml") << QStringLiteral("graphml");
        QTest::addRow("json_filtered") << QStringLiteral("json");
    }

    void unwritableDestination_leavesNothing()
    {
        QFETCH(QString, format);
        const QStringList filter { QStringLiteral("--type"), QStringLiteral("letter") };
        QTemporaryDir out;
        QVERIFY(QFile::setPermissions(out.path(), QFileDevice::Permissions(0x7777)));
        // Its parent is a file: no one can write there, root included.
        QFile plain(out.filePath(QStringLiteral("plain")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        const ProcessRun underFile = cli(QStringList { QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--format"), format,
                                             QStringLiteral("-o"), out.filePath(QStringLiteral("plain/export")) }
            + filter);
        QCOMPARE(underFile.exitCode, 1);
        QCOMPARE(entriesOf(out.path()), QStringList { QStringLiteral("plain") });
        // A read-only folder, written by someone file modes apply to.
        const QString locked = out.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkdir(locked));
        QVERIFY(QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther | QFileDevice::ExeOther
                | QFileDevice::ReadGroup | QFileDevice::ExeGroup));
        const QStringList args = QStringList { QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--format"), format,
                                     QStringLiteral("-o"), QDir(locked).filePath(QStringLiteral("export")) }
            + filter;
        const ProcessRun run = ::geteuid() == 0
            ? littoral::test::runProcess(QStringLiteral("setpriv"),
                QStringList { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                    QStringLiteral(LITTORAL_BIN_DIR "/littoral-cli") }
                    + args)
            : cli(args);
        QVERIFY2(run.exitCode == 1, run.err.constData());
        QVERIFY2(run.err.contains("export"), run.err.constData());
        QCOMPARE(entriesOf(locked), QStringList());
        QVERIFY(QFile::setPermissions(locked, QFileDevice::Permissions(0x7700)));
    }

    // Progress answering "stop": no file at the destination and no temporary beside it, each format.
    void cancelled_leavesNoFileAndNoTemporary_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("stopAt");
        for (const ExportFormat format : { ExportFormat::Json, ExportFormat::Csv, ExportFormat::Gexf, ExportFormat::GraphMl }) {
            QTest::addRow("%s_at_once", qPrintable(exportFormatName(format))) << int(format) << 0;
            QTest::addRow("%s_midway", qPrintable(exportFormatName(format))) << int(format) << 2;
        }
    }

    void cancelled_leavesNoFileAndNoTemporary()
    {
        QFETCH(int, format);
        QFETCH(int, stopAt);
        auto db = Database::openExisting(m_db);
        QVERIFY(db);
        ExportInput input { &*db, m_corpus, {}, {}, {} };
        for (qsizetype row = 0; row < m_corpus->documents().size(); ++row)
            input.rows.append(row);
        int asked = 0;
        input.progress = [&](int done, int total) {
            ++asked;
            return done < stopAt && total == 5;
        };
        QTemporaryDir out;
        const auto written = DataExporter::write(ExportFormat(format), input, out.filePath(QStringLiteral("export")));
        QVERIFY(!written);
        QCOMPARE(written.error().code, ErrorCode::Cancelled);
        QVERIFY(asked > 0);
        QCOMPARE(entriesOf(out.path()), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cliexport.moc"
