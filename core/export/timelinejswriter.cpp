// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/timelinejswriter.h"

#include "core/db/database.h"
#include "core/export/exportdocuments.h"
#include "core/domain/partialdatewords.h"
#include "core/models/documenttablemodel.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace littoral::core {
namespace {

constexpr qsizetype kExtractLength = 300;

// One mentioned event becomes one slide however many documents mention it.
QString eventKey(const QString& label, const PartialDate& date)
{
    return label.simplified().toCaseFolded() + QLatin1Char('\n') + date.toEdtf();
}

bool isDated(const std::optional<DocumentDate>& date)
{
    return date && date->date.isValid();
}

// TimelineJS places a slide by the parts given: a month-precision date has no day, a year no month.
QJsonObject dateParts(QDate day, DatePrecision precision)
{
    QJsonObject parts { { QStringLiteral("year"), day.year() } };
    if (precision != DatePrecision::Year)
        parts.insert(QStringLiteral("month"), day.month());
    if (precision == DatePrecision::Day)
        parts.insert(QStringLiteral("day"), day.day());
    return parts;
}

// start_date, end_date for a season (its first and last month) and display_date in words when the
// parts alone would mislead (a season, an approximate date).
void addDates(QJsonObject& slide, const PartialDate& date)
{
    const DatePrecision precision = date.precision();
    if (precision == DatePrecision::Season) {
        slide.insert(QStringLiteral("start_date"), dateParts(date.firstDay(), DatePrecision::Month));
        slide.insert(QStringLiteral("end_date"), dateParts(date.lastDay(), DatePrecision::Month));
    } else {
        slide.insert(QStringLiteral("start_date"), dateParts(date.firstDay(), precision));
    }
    if (precision == DatePrecision::Season || date.approximate)
        slide.insert(QStringLiteral("display_date"), PartialDateWords::say(date));
}

// The first words of a text, about kExtractLength characters cut at a word, on one line. Documents
// imported from Markdown keep their markup in the stored text; a slide shows the words only.
QString extract(const QString& text)
{
    static const QRegularExpression link(QStringLiteral(R"(\[([^\]\n]*)\]\([^)\s]*\))"));
    static const QRegularExpression emphasis(QStringLiteral(R"(\*{1,3}|^#{1,6}\s+)"), QRegularExpression::MultilineOption);
    QString plain = text;
    plain.replace(link, QStringLiteral("\\1"));
    plain.remove(emphasis);
    const QString flat = plain.simplified();
    if (flat.size() <= kExtractLength)
        return flat;
    qsizetype cut = flat.lastIndexOf(QLatin1Char(' '), kExtractLength);
    if (cut < kExtractLength / 2)
        cut = kExtractLength;
    return flat.left(cut) + QStringLiteral("…");
}

QStringList namesIn(const Document& document, ParticipantRole role)
{
    QStringList names;
    for (const Participant& p : document.extraction.participants)
        if (p.role == role && !p.name.trimmed().isEmpty() && !names.contains(p.name.simplified()))
            names.append(p.name.simplified());
    return names;
}

QString headline(const Document& document, const QString& source)
{
    if (!document.extraction.title.trimmed().isEmpty())
        return document.extraction.title.simplified();
    const QStringList senders = namesIn(document, ParticipantRole::Sender);
    const QStringList recipients = namesIn(document, ParticipantRole::Recipient);
    if (!senders.isEmpty() && !recipients.isEmpty())
        return TimelineJsWriter::tr("%1 to %2").arg(senders.join(QStringLiteral(", ")), recipients.join(QStringLiteral(", ")));
    if (!senders.isEmpty())
        return TimelineJsWriter::tr("From %1").arg(senders.join(QStringLiteral(", ")));
    if (!recipients.isEmpty())
        return TimelineJsWriter::tr("To %1").arg(recipients.join(QStringLiteral(", ")));
    return QFileInfo(source).fileName();
}

QJsonObject text(const QString& headlineText, const QString& body)
{
    return { { QStringLiteral("headline"), headlineText.toHtmlEscaped() }, { QStringLiteral("text"), body } };
}

struct PendingEvent {
    MentionedEvent event;
    QString firstDocument; // headline of the first document that mentions it
    int documents = 0;
};


} // namespace

int TimelineJsWriter::slideCount(const CorpusIndex& corpus, const QList<qsizetype>& rows)
{
    int slides = 0;
    QSet<qint64> chosen;
    for (const qsizetype row : rows) {
        const DocumentSummary& d = corpus.documents().at(row);
        chosen.insert(d.id);
        if (d.date.isValid())
            ++slides;
    }
    QSet<QString> events;
    for (const DatedEvent& e : corpus.events())
        if (e.date.isValid() && chosen.contains(e.documentId))
            events.insert(eventKey(e.label, e.date));
    return slides + int(events.size());
}

Result<ExportCounts> TimelineJsWriter::write(const ExportInput& input, QIODevice& device)
{
    if (!input.database || !input.corpus)
        return fail(ErrorCode::InvalidInput, QStringLiteral("timelinejs: no corpus"));
    if (!device.isOpen() && !device.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, TimelineJsWriter::tr("Cannot open the export for writing: %1").arg(device.errorString()));

    ExportCounts counts;
    QByteArray out;
    const auto put = [&](const QByteArray& bytes) -> Result<void> {
        out += bytes;
        if (out.size() < 256 * 1024)
            return {};
        if (device.write(out) != out.size())
            return fail(ErrorCode::Io, TimelineJsWriter::tr("Cannot write the export: %1").arg(device.errorString()));
        out.clear();
        return {};
    };
    const QJsonObject title { { QStringLiteral("text"), text(ExportDocuments::corpusName(input), input.filter.describe().toHtmlEscaped()) } };
    out += "{\"title\":" + QJsonDocument(title).toJson(QJsonDocument::Compact) + ",\n\"events\":[";
    bool first = true;
    const auto slide = [&](const QJsonObject& object) {
        QByteArray bytes = first ? "\n" : ",\n";
        first = false;
        return put(bytes + QJsonDocument(object).toJson(QJsonDocument::Compact));
    };

    QList<PendingEvent> events; // in order of first mention
    QHash<QString, qsizetype> eventIndex;
    QSet<QString> correspondents;
    auto read = ExportDocuments::forEach(input, [&](const ExportedDocument& exported) -> Result<void> {
            const DocumentSummary& summary = exported.summary;
            const Document* document = &exported.document;
            const Extraction& ex = document->extraction;
            const QString heading = headline(*document, summary.source);
            for (const MentionedEvent& e : ex.events) {
                if (!e.date.isValid() || e.label.trimmed().isEmpty())
                    continue;
                const QString key = eventKey(e.label, e.date);
                auto found = eventIndex.constFind(key);
                if (found == eventIndex.cend()) {
                    eventIndex.insert(key, events.size());
                    events.append({ e, heading, 1 });
                } else {
                    ++events[*found].documents;
                }
            }
            // TimelineJS cannot place an undated document.
            if (!isDated(ex.date))
                return {};
            QString body = QStringLiteral("<p>%1</p>").arg(extract(document->text).toHtmlEscaped());
            body += QStringLiteral("<p><cite>%1</cite></p>").arg(summary.source.toHtmlEscaped());
            QJsonObject object { { QStringLiteral("text"), text(heading, body) },
                { QStringLiteral("group"), DocumentTableModel::typeLabel(ex.type) },
                { QStringLiteral("unique_id"), QStringLiteral("document-%1").arg(summary.id) } };
            addDates(object, ex.date->date);
            if (auto written = slide(object); !written)
                return written;
            ++counts.documents;
            for (const Participant& p : ex.participants)
                if (p.role != ParticipantRole::Mentioned && !p.name.trimmed().isEmpty())
                    correspondents.insert(kindName(p.kind) + QLatin1Char('\n') + p.name.simplified());
            return {};
        });
    if (!read)
        return std::unexpected(read.error());

    for (qsizetype i = 0; i < events.size(); ++i) {
        const PendingEvent& pending = events[i];
        QString body;
        if (!pending.event.evidence.text.trimmed().isEmpty())
            body += QStringLiteral("<p>“%1”</p>").arg(pending.event.evidence.text.simplified().toHtmlEscaped());
        body += QStringLiteral("<p>%1</p>").arg(pending.documents == 1
                ? TimelineJsWriter::tr("Mentioned in “%1”.").arg(pending.firstDocument.toHtmlEscaped())
                : TimelineJsWriter::tr("Mentioned in %n document(s), first in “%1”.", nullptr, pending.documents).arg(pending.firstDocument.toHtmlEscaped()));
        QJsonObject object { { QStringLiteral("text"), text(pending.event.label.simplified(), body) },
            { QStringLiteral("group"), TimelineJsWriter::tr("Mentioned events") },
            { QStringLiteral("unique_id"), QStringLiteral("event-%1").arg(i + 1) } };
        addDates(object, pending.event.date);
        if (auto written = slide(object); !written)
            return std::unexpected(written.error());
        ++counts.events;
    }
    out += first ? "]}\n" : "\n]}\n";
    if (device.write(out) != out.size())
        return fail(ErrorCode::Io, TimelineJsWriter::tr("Cannot write the export: %1").arg(device.errorString()));
    counts.correspondents = int(correspondents.size());
    return counts;
}

} // namespace littoral::core
