// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/cmifwriter.h"

#include "core/db/database.h"
#include "core/export/exportdocuments.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QIODevice>
#include <QSet>
#include <QUuid>
#include <QXmlStreamWriter>

namespace littoral::core {
namespace {

const QString kTei = QStringLiteral("http://www.tei-c.org/ns/1.0");

// xs:date, xs:gYearMonth and xs:gYear want four-digit years.
QString isoYear(int year)
{
    return year < 0 ? QStringLiteral("-%1").arg(-year, 4, 10, QLatin1Char('0')) : QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0'));
}

QString isoDay(QDate day)
{
    return QStringLiteral("%1-%2-%3").arg(isoYear(day.year())).arg(day.month(), 2, 10, QLatin1Char('0')).arg(day.day(), 2, 10, QLatin1Char('0'));
}

// An approximate date is widened by one unit of its precision on each side ("~2016-03" → February
// to April 2016): CMIF has no @cert, and a range is what correspSearch searches by.
std::pair<QDate, QDate> widened(const PartialDate& date)
{
    QDate first = date.firstDay();
    QDate last = date.lastDay();
    switch (date.precision()) {
    case DatePrecision::Day:
        return { first.addDays(-1), last.addDays(1) };
    case DatePrecision::Month:
        return { first.addMonths(-1), QDate(last.year(), last.month(), 1).addMonths(2).addDays(-1) };
    case DatePrecision::Season:
        return { first.addMonths(-3), QDate(last.year(), last.month(), 1).addMonths(4).addDays(-1) };
    case DatePrecision::Year:
        return { first.addYears(-1), last.addYears(1) };
    }
    return { first, last };
}

void writeDate(QXmlStreamWriter& xml, const PartialDate& date)
{
    if (!date.isValid())
        return;
    xml.writeEmptyElement(kTei, QStringLiteral("date"));
    if (date.approximate) {
        const auto [first, last] = widened(date);
        xml.writeAttribute(QStringLiteral("notBefore"), isoDay(first));
        xml.writeAttribute(QStringLiteral("notAfter"), isoDay(last));
        return;
    }
    switch (date.precision()) {
    case DatePrecision::Day:
        xml.writeAttribute(QStringLiteral("when"), isoDay(date.firstDay()));
        break;
    case DatePrecision::Month:
        xml.writeAttribute(QStringLiteral("when"), QStringLiteral("%1-%2").arg(isoYear(date.year)).arg(date.month, 2, 10, QLatin1Char('0')));
        break;
    case DatePrecision::Season:
        xml.writeAttribute(QStringLiteral("notBefore"), isoDay(date.firstDay()));
        xml.writeAttribute(QStringLiteral("notAfter"), isoDay(date.lastDay()));
        break;
    case DatePrecision::Year:
        xml.writeAttribute(QStringLiteral("when"), isoYear(date.year));
        break;
    }
}

struct Name {
    CorrespondentKind kind = CorrespondentKind::Person;
    QString name;
    friend bool operator==(const Name&, const Name&) = default;
};

// The people and organisations of a letter in one role: the index's merged correspondents (the names
// the user chose in curation), else the names as the document spells them (an index still loading).
QList<Name> namesIn(const ExportInput& input, std::span<const Participation> participations, const Document& document, ParticipantRole role)
{
    QList<Name> names;
    const auto add = [&names](CorrespondentKind kind, const QString& name) {
        const Name n { kind, name.simplified() };
        if (!n.name.isEmpty() && !names.contains(n))
            names.append(n);
    };
    if (!participations.empty()) {
        for (const Participation& p : participations)
            if (p.role == role)
                if (const CorrespondentSummary* c = input.corpus->correspondent(p.correspondentId))
                    add(c->kind, c->name);
        return names;
    }
    for (const Participant& p : document.extraction.participants)
        if (p.role == role)
            add(p.kind, p.name);
    return names;
}

void writeNames(QXmlStreamWriter& xml, const QList<Name>& names)
{
    for (const Name& n : names)
        xml.writeTextElement(kTei, n.kind == CorrespondentKind::Organization ? QStringLiteral("orgName") : QStringLiteral("persName"), n.name);
}

// CMIF knows letters only; an e-mail is one too (a sender writes to addressees on a day), so it is kept.
bool isCorrespondence(DocumentType type)
{
    return type == DocumentType::Letter || type == DocumentType::OpenLetter || type == DocumentType::Email;
}


void writeHeaderStart(QXmlStreamWriter& xml, const ExportInput& input, const QString& biblId)
{
    const QString corpus = ExportDocuments::corpusName(input);
    const QString scope = input.filter.describe();
    xml.writeStartElement(kTei, QStringLiteral("teiHeader"));
    xml.writeStartElement(kTei, QStringLiteral("fileDesc"));

    xml.writeStartElement(kTei, QStringLiteral("titleStmt"));
    xml.writeTextElement(kTei, QStringLiteral("title"), CmifWriter::tr("%1: %2").arg(corpus, scope));
    xml.writeComment(QStringLiteral(" The editor of this list of letters: name (and <email>) to fill in before publishing. "));
    xml.writeEmptyElement(kTei, QStringLiteral("editor"));
    xml.writeEndElement(); // titleStmt

    xml.writeStartElement(kTei, QStringLiteral("publicationStmt"));
    xml.writeComment(QStringLiteral(" Who publishes this file, and the URL it will be published at (correspSearch harvests it there). "));
    xml.writeEmptyElement(kTei, QStringLiteral("publisher"));
    xml.writeStartElement(kTei, QStringLiteral("idno"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("url"));
    xml.writeCharacters(QStringLiteral("urn:uuid:") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    xml.writeEndElement(); // idno
    xml.writeEmptyElement(kTei, QStringLiteral("date"));
    xml.writeAttribute(QStringLiteral("when"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    xml.writeStartElement(kTei, QStringLiteral("availability"));
    // correspSearch takes metadata under CC-BY 4.0 (or CC0).
    xml.writeStartElement(kTei, QStringLiteral("licence"));
    xml.writeAttribute(QStringLiteral("target"), QStringLiteral("https://creativecommons.org/licenses/by/4.0/"));
    xml.writeCharacters(QStringLiteral("CC-BY 4.0"));
    xml.writeEndElement(); // licence
    xml.writeEndElement(); // availability
    xml.writeEndElement(); // publicationStmt

    xml.writeStartElement(kTei, QStringLiteral("sourceDesc"));
    xml.writeStartElement(kTei, QStringLiteral("bibl"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("online"));
    xml.writeAttribute(QStringLiteral("xml:id"), biblId);
    xml.writeCharacters(CmifWriter::tr("%1 (Littoral corpus): %2").arg(corpus, scope));
    xml.writeEndElement(); // bibl
    xml.writeEndElement(); // sourceDesc
    xml.writeEndElement(); // fileDesc
    xml.writeStartElement(kTei, QStringLiteral("profileDesc"));
}

} // namespace

Result<ExportCounts> CmifWriter::write(const ExportInput& input, QIODevice& device)
{
    if (!input.database || !input.corpus)
        return fail(ErrorCode::InvalidInput, QStringLiteral("cmif: no corpus"));
    if (!device.isOpen() && !device.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, CmifWriter::tr("Cannot open the export for writing: %1").arg(device.errorString()));

    // One bibl for the corpus, named after it so that a file exported again keeps its id
    // (correspSearch harvests again under the same source). xml:id must not start with a digit.
    const QString biblId = QStringLiteral("littoral-")
        + QUuid::createUuidV5(QUuid(QStringLiteral("{5b2a3c2e-0e0f-4c4e-9a43-6c6974746f72}")), ExportDocuments::corpusName(input))
              .toString(QUuid::WithoutBraces);

    QXmlStreamWriter xml(&device);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(kTei);
    xml.writeStartElement(kTei, QStringLiteral("TEI"));
    writeHeaderStart(xml, input, biblId);

    ExportCounts counts;
    QSet<QString> correspondents; // kind and name: the same whichever way names were read
    auto read = ExportDocuments::forEach(input, [&](const ExportedDocument& exported) -> Result<void> {
            const DocumentSummary& summary = exported.summary;
            const Document* document = &exported.document;
            // Press releases and other documents are not correspondence.
            if (!isCorrespondence(summary.type) || !isCorrespondence(document->extraction.type))
                return {};

            xml.writeStartElement(kTei, QStringLiteral("correspDesc"));
            xml.writeAttribute(QStringLiteral("key"), summary.source);
            xml.writeAttribute(QStringLiteral("source"), QStringLiteral("#") + biblId);

            xml.writeStartElement(kTei, QStringLiteral("correspAction"));
            xml.writeAttribute(QStringLiteral("type"), QStringLiteral("sent"));
            const QList<Name> senders = namesIn(input, exported.participations, *document, ParticipantRole::Sender);
            writeNames(xml, senders);
            if (!document->extraction.place.trimmed().isEmpty())
                xml.writeTextElement(kTei, QStringLiteral("placeName"), document->extraction.place.simplified());
            if (document->extraction.date)
                writeDate(xml, document->extraction.date->date);
            if (senders.isEmpty() && document->extraction.place.trimmed().isEmpty()
                && !(document->extraction.date && document->extraction.date->date.isValid()))
                xml.writeTextElement(kTei, QStringLiteral("note"), CmifWriter::tr("Sender, place and date not found in the document."));
            xml.writeEndElement(); // correspAction sent

            // correspSearch needs a "received" action: an unnamed addressee is said in a note.
            const QList<Name> recipients = namesIn(input, exported.participations, *document, ParticipantRole::Recipient);
            xml.writeStartElement(kTei, QStringLiteral("correspAction"));
            xml.writeAttribute(QStringLiteral("type"), QStringLiteral("received"));
            writeNames(xml, recipients);
            if (recipients.isEmpty())
                xml.writeTextElement(kTei, QStringLiteral("note"), CmifWriter::tr("Addressee not named in the document."));
            xml.writeEndElement(); // correspAction received

            // CMIF has no copy: those in copy received the letter too, in a second "received" action
            // marked subtype="cc" so that the difference with the addressees is not lost.
            const QList<Name> copies = namesIn(input, exported.participations, *document, ParticipantRole::Cc);
            if (!copies.isEmpty()) {
                xml.writeStartElement(kTei, QStringLiteral("correspAction"));
                xml.writeAttribute(QStringLiteral("type"), QStringLiteral("received"));
                xml.writeAttribute(QStringLiteral("subtype"), QStringLiteral("cc"));
                writeNames(xml, copies);
                xml.writeEndElement();
            }
            xml.writeEndElement(); // correspDesc

            for (const QList<Name>* names : { &senders, &recipients, &copies })
                for (const Name& n : *names)
                    correspondents.insert(kindName(n.kind) + QLatin1Char('\n') + n.name);
            ++counts.documents;
            counts.links += int(senders.size() * (recipients.size() + copies.size()));
            if (xml.hasError())
                return fail(ErrorCode::Io, CmifWriter::tr("Cannot write the export: %1").arg(device.errorString()));
            return {};
        });
    if (!read)
        return std::unexpected(read.error());

    xml.writeEndElement(); // profileDesc
    xml.writeEndElement(); // teiHeader
    // TEI wants a text; the letters themselves are not part of CMIF.
    xml.writeStartElement(kTei, QStringLiteral("text"));
    xml.writeStartElement(kTei, QStringLiteral("body"));
    xml.writeEmptyElement(kTei, QStringLiteral("p"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement(); // TEI
    xml.writeEndDocument();
    if (xml.hasError())
        return fail(ErrorCode::Io, CmifWriter::tr("Cannot write the export: %1").arg(device.errorString()));
    counts.correspondents = int(correspondents.size());
    return counts;
}

} // namespace littoral::core
