// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/gexfwriter.h"

#include "core/export/exportgraph.h"

#include <QCoreApplication>
#include <QDate>
#include <QIODevice>
#include <QXmlStreamWriter>

namespace littoral::core {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("littoral::core::GexfWriter", text);
}

QString edgeRole(ParticipantRole role)
{
    return role == ParticipantRole::Cc ? QStringLiteral("cc") : QStringLiteral("to");
}

QString day(QDate date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

Result<ExportCounts> GexfWriter::write(const ExportInput& input, QIODevice& device)
{
    auto built = ExportGraph::build(input);
    if (!built)
        return std::unexpected(built.error());
    const ExportGraph& g = *built;
    if (!device.isOpen() && !device.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, tr("cannot open the export for writing: %1").arg(device.errorString()));

    QXmlStreamWriter xml(&device);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    // GEXF 1.3's namespace has no "www." (the schema's targetNamespace).
    xml.writeDefaultNamespace(QStringLiteral("http://gexf.net/1.3"));
    xml.writeStartElement(QStringLiteral("gexf"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.3"));
    xml.writeStartElement(QStringLiteral("meta"));
    xml.writeAttribute(QStringLiteral("lastmodifieddate"), QDate::currentDate().toString(Qt::ISODate));
    xml.writeTextElement(QStringLiteral("creator"), QStringLiteral("Littoral"));
    xml.writeTextElement(QStringLiteral("description"), ExportGraph::xmlText(input.filter.describe()));
    xml.writeEndElement(); // meta

    // Dynamic with dates: each edge lives in the spells of its letters, so Gephi's timeline plays the
    // correspondence. Intervals only (spells), never timestamps: a graph may not mix both.
    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("mode"), QStringLiteral("dynamic"));
    xml.writeAttribute(QStringLiteral("timeformat"), QStringLiteral("date"));
    xml.writeAttribute(QStringLiteral("timerepresentation"), QStringLiteral("interval"));
    xml.writeAttribute(QStringLiteral("defaultedgetype"), QStringLiteral("directed"));

    xml.writeStartElement(QStringLiteral("attributes"));
    xml.writeAttribute(QStringLiteral("class"), QStringLiteral("node"));
    for (const auto& [id, type] : { std::pair { "kind", "string" }, std::pair { "documents", "integer" } }) {
        xml.writeEmptyElement(QStringLiteral("attribute"));
        xml.writeAttribute(QStringLiteral("id"), QLatin1String(id));
        xml.writeAttribute(QStringLiteral("title"), QLatin1String(id));
        xml.writeAttribute(QStringLiteral("type"), QLatin1String(type));
    }
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("attributes"));
    xml.writeAttribute(QStringLiteral("class"), QStringLiteral("edge"));
    for (const auto& [id, type] : { std::pair { "role", "string" }, std::pair { "undated", "integer" } }) {
        xml.writeEmptyElement(QStringLiteral("attribute"));
        xml.writeAttribute(QStringLiteral("id"), QLatin1String(id));
        xml.writeAttribute(QStringLiteral("title"), QLatin1String(id));
        xml.writeAttribute(QStringLiteral("type"), QLatin1String(type));
    }
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("nodes"));
    xml.writeAttribute(QStringLiteral("count"), QString::number(g.graph.nodes.size()));
    for (const GraphNode& node : g.graph.nodes) {
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), QString::number(node.id));
        xml.writeAttribute(QStringLiteral("label"), ExportGraph::xmlText(node.name));
        xml.writeStartElement(QStringLiteral("attvalues"));
        xml.writeEmptyElement(QStringLiteral("attvalue"));
        xml.writeAttribute(QStringLiteral("for"), QStringLiteral("kind"));
        xml.writeAttribute(QStringLiteral("value"), kindName(node.kind));
        xml.writeEmptyElement(QStringLiteral("attvalue"));
        xml.writeAttribute(QStringLiteral("for"), QStringLiteral("documents"));
        xml.writeAttribute(QStringLiteral("value"), QString::number(node.documents));
        xml.writeEndElement(); // attvalues
        xml.writeEndElement(); // node
    }
    xml.writeEndElement(); // nodes

    xml.writeStartElement(QStringLiteral("edges"));
    xml.writeAttribute(QStringLiteral("count"), QString::number(g.graph.edges.size()));
    for (qsizetype i = 0; i < g.graph.edges.size(); ++i) {
        const GraphEdge& edge = g.graph.edges.at(i);
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), QString::number(i));
        xml.writeAttribute(QStringLiteral("source"), QString::number(edge.from));
        xml.writeAttribute(QStringLiteral("target"), QString::number(edge.to));
        // The kind keeps "to" and "cc" between the same two apart in Gephi, which merges parallel edges of one kind.
        xml.writeAttribute(QStringLiteral("kind"), edgeRole(edge.role));
        xml.writeAttribute(QStringLiteral("weight"), QString::number(double(edge.weight()), 'f', 1));
        xml.writeStartElement(QStringLiteral("attvalues"));
        xml.writeEmptyElement(QStringLiteral("attvalue"));
        xml.writeAttribute(QStringLiteral("for"), QStringLiteral("role"));
        xml.writeAttribute(QStringLiteral("value"), edgeRole(edge.role));
        xml.writeEmptyElement(QStringLiteral("attvalue"));
        xml.writeAttribute(QStringLiteral("for"), QStringLiteral("undated"));
        xml.writeAttribute(QStringLiteral("value"), QString::number(g.edgeUndated.at(i)));
        xml.writeEndElement(); // attvalues
        // Undated letters count in the weight but have no spell; an edge with none has no <spells> (always there).
        const QList<ExportGraph::Span> spans = ExportGraph::spans(g.edgeDates.at(i));
        if (!spans.isEmpty()) {
            xml.writeStartElement(QStringLiteral("spells"));
            for (const ExportGraph::Span& span : spans) {
                xml.writeEmptyElement(QStringLiteral("spell"));
                xml.writeAttribute(QStringLiteral("start"), day(span.first));
                xml.writeAttribute(QStringLiteral("end"), day(span.last));
            }
            xml.writeEndElement();
        }
        xml.writeEndElement(); // edge
    }
    xml.writeEndElement(); // edges
    xml.writeEndElement(); // graph
    xml.writeEndElement(); // gexf
    xml.writeEndDocument();
    if (xml.hasError())
        return fail(ErrorCode::Io, tr("cannot write the export: %1").arg(device.errorString()));

    ExportCounts counts;
    counts.documents = g.documents;
    counts.correspondents = int(g.graph.nodes.size());
    counts.links = int(g.graph.edges.size());
    return counts;
}

} // namespace littoral::core
