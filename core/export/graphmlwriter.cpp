// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/graphmlwriter.h"

#include "core/export/exportgraph.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QXmlStreamWriter>

namespace littoral::core {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("littoral::core::GraphMlWriter", text);
}

struct Key {
    const char* id;
    const char* target; // "node", "edge"
    const char* type;   // GraphML attr.type
};

// The node's name under "name" (igraph and networkx read it as the vertex name attribute), the rest as
// GEXF says it; the dates as EDTF, as the letters give them (day, month, season or year).
constexpr Key kKeys[] = {
    { "name", "node", "string" },
    { "kind", "node", "string" },
    { "documents", "node", "int" },
    { "role", "edge", "string" },
    { "weight", "edge", "double" },
    { "dates", "edge", "string" },
    { "first", "edge", "string" },
    { "last", "edge", "string" },
    { "undated", "edge", "int" },
};

void data(QXmlStreamWriter& xml, const QString& key, const QString& value)
{
    xml.writeStartElement(QStringLiteral("data"));
    xml.writeAttribute(QStringLiteral("key"), key);
    xml.writeCharacters(value);
    xml.writeEndElement();
}

} // namespace

Result<ExportCounts> GraphMlWriter::write(const ExportInput& input, QIODevice& device)
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
    xml.writeDefaultNamespace(QStringLiteral("http://graphml.graphdrawing.org/xmlns"));
    xml.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("xsi"));
    xml.writeStartElement(QStringLiteral("graphml"));
    xml.writeAttribute(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("schemaLocation"),
        QStringLiteral("http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"));
    for (const Key& key : kKeys) {
        xml.writeEmptyElement(QStringLiteral("key"));
        xml.writeAttribute(QStringLiteral("id"), QLatin1String(key.id));
        xml.writeAttribute(QStringLiteral("for"), QLatin1String(key.target));
        xml.writeAttribute(QStringLiteral("attr.name"), QLatin1String(key.id));
        xml.writeAttribute(QStringLiteral("attr.type"), QLatin1String(key.type));
    }
    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("correspondence"));
    xml.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("directed"));
    xml.writeTextElement(QStringLiteral("desc"), ExportGraph::xmlText(input.filter.describe()));

    for (const GraphNode& node : g.graph.nodes) {
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("n%1").arg(node.id));
        data(xml, QStringLiteral("name"), ExportGraph::xmlText(node.name));
        data(xml, QStringLiteral("kind"), kindName(node.kind));
        data(xml, QStringLiteral("documents"), QString::number(node.documents));
        xml.writeEndElement();
    }
    for (qsizetype i = 0; i < g.graph.edges.size(); ++i) {
        const GraphEdge& edge = g.graph.edges.at(i);
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("e%1").arg(i));
        xml.writeAttribute(QStringLiteral("source"), QStringLiteral("n%1").arg(edge.from));
        xml.writeAttribute(QStringLiteral("target"), QStringLiteral("n%1").arg(edge.to));
        data(xml, QStringLiteral("role"), edge.role == ParticipantRole::Cc ? QStringLiteral("cc") : QStringLiteral("to"));
        data(xml, QStringLiteral("weight"), QString::number(double(edge.weight()), 'f', 1));
        const QList<PartialDate>& dates = g.edgeDates.at(i);
        QStringList edtf;
        QDate first, last;
        for (const PartialDate& date : dates) {
            edtf.append(date.toEdtf());
            if (!first.isValid() || date.firstDay() < first)
                first = date.firstDay();
            if (!last.isValid() || date.lastDay() > last)
                last = date.lastDay();
        }
        // Only what is known: an edge of undated letters has no dates, first or last.
        if (!edtf.isEmpty()) {
            data(xml, QStringLiteral("dates"), edtf.join(u';'));
            data(xml, QStringLiteral("first"), first.toString(Qt::ISODate));
            data(xml, QStringLiteral("last"), last.toString(Qt::ISODate));
        }
        data(xml, QStringLiteral("undated"), QString::number(g.edgeUndated.at(i)));
        xml.writeEndElement();
    }
    xml.writeEndElement(); // graph
    xml.writeEndElement(); // graphml
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
