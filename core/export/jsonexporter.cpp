// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/jsonexporter.h"

#include "core/db/database.h"
#include "core/db/documentrepository.h"
#include "core/db/importissuerepository.h"
#include "core/domain/curation.h"
#include "core/export/exportdocuments.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <optional>
#include <tuple>

namespace littoral::core {
namespace {

constexpr qsizetype kFlushThreshold = 256 * 1024;

// Hand-written rather than QJsonObject: the contract's key order is kept, and nothing is built
// twice in memory.
class JsonWriter final {
public:
    explicit JsonWriter(QByteArray& out)
        : m_out(out)
    {
    }

    void string(const QString& value)
    {
        separate();
        const QByteArray utf8 = value.toUtf8();
        m_out += '"';
        for (const char c : utf8) {
            switch (c) {
            case '"':
                m_out += "\\\"";
                break;
            case '\\':
                m_out += "\\\\";
                break;
            case '\n':
                m_out += "\\n";
                break;
            case '\r':
                m_out += "\\r";
                break;
            case '\t':
                m_out += "\\t";
                break;
            case '\b':
                m_out += "\\b";
                break;
            case '\f':
                m_out += "\\f";
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    static constexpr char hex[] = "0123456789abcdef";
                    m_out += "\\u00";
                    m_out += hex[(c >> 4) & 0xf];
                    m_out += hex[c & 0xf];
                } else {
                    m_out += c;
                }
            }
        }
        m_out += '"';
    }
    void stringOrNull(const QString& value)
    {
        if (value.isEmpty())
            null();
        else
            string(value);
    }
    void integerOrNull(qsizetype value)
    {
        if (value < 0) {
            null();
            return;
        }
        separate();
        m_out += QByteArray::number(qint64(value));
    }
    void number(double value)
    {
        if (!std::isfinite(value)) {
            null();
            return;
        }
        separate();
        m_out += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    }
    void boolean(bool value)
    {
        separate();
        m_out += value ? "true" : "false";
    }
    void null()
    {
        separate();
        m_out += "null";
    }
    void key(const char* name)
    {
        separate();
        m_out += '"';
        m_out += name;
        m_out += "\":";
        m_fresh = true; // the value follows without a comma
    }
    void beginObject()
    {
        separate();
        m_out += '{';
        m_fresh = true;
    }
    void endObject()
    {
        m_out += '}';
        m_fresh = false;
    }
    void beginArray()
    {
        separate();
        m_out += '[';
        m_fresh = true;
    }
    void endArray()
    {
        m_out += ']';
        m_fresh = false;
    }

private:
    void separate()
    {
        if (!m_fresh)
            m_out += ',';
        m_fresh = false;
    }

    QByteArray& m_out;
    bool m_fresh = true;
};

// The contract knows three precisions; a season is a span inside a year.
QString exportPrecision(DatePrecision precision)
{
    return precisionName(precision == DatePrecision::Season ? DatePrecision::Year : precision);
}

Result<void> flush(QIODevice& device, QByteArray& buffer, bool force)
{
    if (buffer.isEmpty() || (!force && buffer.size() < kFlushThreshold))
        return {};
    if (device.write(buffer) != buffer.size())
        return fail(ErrorCode::Io, QCoreApplication::translate("littoral::core::JsonExporter", "Cannot write the export: %1").arg(device.errorString()));
    buffer.clear();
    return {};
}

void writeDate(JsonWriter& w, const std::optional<DocumentDate>& date)
{
    if (!date || !date->date.isValid()) {
        w.null();
        return;
    }
    w.beginObject();
    w.key("edtf");
    w.string(date->date.toEdtf());
    w.key("precision");
    w.string(exportPrecision(date->date.precision()));
    w.key("evidence");
    w.string(date->evidence.text);
    w.key("offset");
    w.integerOrNull(date->evidence.offset);
    w.key("confidence");
    w.number(date->confidence);
    w.endObject();
}

// What a corrected fact says it replaced: nullopt for an uncorrected fact (no key is written), a
// null pointer for a fact the user added.
template <typename T>
using Correction = std::optional<const T*>;

void writeParticipantFields(JsonWriter& w, const Participant& p)
{
    w.key("role");
    w.string(roleName(p.role));
    w.key("kind");
    w.string(kindName(p.kind));
    w.key("name");
    w.string(p.name);
    w.key("title");
    w.string(p.title);
    w.key("organization");
    w.string(p.organization);
    w.key("evidence");
    w.string(p.evidence.text);
    w.key("offset");
    w.integerOrNull(p.evidence.offset);
    // Added to littoral-export/1: 0.9, 0.75 or 0.5 by the cue that placed the name, 0 when unknown
    // (stored before confidences were kept); two decimals, a rating like the date's.
    w.key("confidence");
    w.number(std::round(p.confidence * 100.0) / 100.0);
}

void writeEventFields(JsonWriter& w, const MentionedEvent& e)
{
    w.key("label");
    w.string(e.label);
    w.key("date");
    if (e.date.isValid()) {
        w.beginObject();
        w.key("edtf");
        w.string(e.date.toEdtf());
        w.key("precision");
        w.string(exportPrecision(e.date.precision()));
        w.endObject();
    } else {
        w.null();
    }
    w.key("evidence");
    w.string(e.evidence.text);
}

// A participant or an event, with "corrected" and "original" when the user changed it.
template <typename Fact, typename WriteFields>
void writeFact(JsonWriter& w, const Fact& fact, const Correction<Fact>& correction, WriteFields writeFields)
{
    w.beginObject();
    writeFields(w, fact);
    if (correction) {
        w.key("corrected");
        w.boolean(true);
        w.key("original");
        if (*correction) {
            w.beginObject();
            writeFields(w, **correction);
            w.endObject();
        } else {
            w.null();
        }
    }
    w.endObject();
}

void writeParticipant(JsonWriter& w, const Participant& p, Correction<Participant> correction)
{
    writeFact(w, p, correction, writeParticipantFields);
}

void writeEvent(JsonWriter& w, const MentionedEvent& e, Correction<MentionedEvent> correction)
{
    writeFact(w, e, correction, writeEventFields);
}

// A fact as the export writes it: two facts the export cannot tell apart are the same, uncorrected.
QByteArray participantBytes(const Participant& p)
{
    QByteArray out;
    JsonWriter w(out);
    writeParticipantFields(w, p);
    return out;
}

QByteArray eventBytes(const MentionedEvent& e)
{
    QByteArray out;
    JsonWriter w(out);
    writeEventFields(w, e);
    return out;
}

// How the facts of a curated document pair with what extraction found.
struct FactPairs {
    static constexpr qsizetype kUncorrected = -2;
    static constexpr qsizetype kAdded = -1;
    QList<qsizetype> originalOf; // per curated fact: kUncorrected, kAdded or the index of the original
    QList<qsizetype> removed; // original facts nothing curated pairs with, in their order

    template <typename T>
    Correction<T> correction(qsizetype i, const QList<T>* originals) const
    {
        if (!originals || i >= originalOf.size() || originalOf[i] == kUncorrected)
            return std::nullopt;
        if (originalOf[i] == kAdded)
            return Correction<T>(nullptr);
        return Correction<T>(&(*originals)[originalOf[i]]);
    }
};

// Pairs in three passes, each on what the previous ones left: a fact written exactly as extraction
// wrote it is uncorrected; one that is the same fact (same(): role, kind and name; label and date) was
// corrected; one read from the same words (a changed role, a relabelled event) was corrected too.
// What is left is added (curated) or removed (original).
template <typename T, typename Same, typename Bytes>
FactPairs pairFacts(const QList<T>& curated, const QList<T>& originals, Same same, Bytes bytes)
{
    FactPairs pairs;
    pairs.originalOf.fill(FactPairs::kAdded, curated.size());
    QList<bool> taken(originals.size(), false);
    const auto pass = [&](auto matches, bool corrected) {
        for (qsizetype i = 0; i < curated.size(); ++i) {
            if (pairs.originalOf[i] != FactPairs::kAdded)
                continue;
            for (qsizetype j = 0; j < originals.size(); ++j) {
                if (taken[j] || !matches(curated[i], originals[j]))
                    continue;
                taken[j] = true;
                pairs.originalOf[i] = corrected ? j : FactPairs::kUncorrected;
                break;
            }
        }
    };
    pass([&](const T& a, const T& b) { return bytes(a) == bytes(b); }, false);
    pass(same, true);
    pass([](const T& a, const T& b) { return !a.evidence.text.isEmpty() && a.evidence == b.evidence; }, true);
    for (qsizetype j = 0; j < originals.size(); ++j)
        if (!taken[j])
            pairs.removed.append(j);
    return pairs;
}

const char* fieldKey(DocumentField field)
{
    switch (field) {
    case DocumentField::Type:
        return "type";
    case DocumentField::Language:
        return "language";
    case DocumentField::Title:
        return "title";
    case DocumentField::Date:
        return "date";
    case DocumentField::Place:
        return "place";
    }
    return "";
}

bool fieldCorrected(const Extraction& original, const Extraction& curated, DocumentField field)
{
    if (field != DocumentField::Date)
        return fieldValue(original, field) != fieldValue(curated, field);
    // A date read from other words is a correction even when it means the same day.
    QByteArray before;
    QByteArray after;
    JsonWriter b(before);
    JsonWriter a(after);
    writeDate(b, original.date);
    writeDate(a, curated.date);
    return before != after;
}

} // namespace

JsonExporter::JsonExporter(Database& database)
    : m_database(database)
{
}

QByteArray JsonExporter::documentJson(const Document& document, const QString& source, const std::optional<Extraction>& original)
{
    QByteArray out;
    JsonWriter w(out);
    const Extraction& ex = document.extraction;
    w.beginObject();
    w.key("source");
    w.string(source);
    w.key("sha256");
    w.string(document.sha256);
    w.key("encoding");
    w.string(document.encoding);
    w.key("type");
    w.string(documentTypeName(ex.type));
    w.key("language");
    w.string(ex.language);
    w.key("title");
    w.string(ex.title);
    w.key("date");
    writeDate(w, ex.date);
    w.key("place");
    w.stringOrNull(ex.place);

    FactPairs participants;
    FactPairs events;
    if (original) {
        participants = pairFacts(ex.participants, original->participants, sameParticipant, participantBytes);
        events = pairFacts(ex.events, original->events, sameEvent, eventBytes);
    }
    w.key("participants");
    w.beginArray();
    for (qsizetype i = 0; i < ex.participants.size(); ++i)
        writeParticipant(w, ex.participants[i], participants.correction(i, original ? &original->participants : nullptr));
    w.endArray();
    w.key("mentioned_events");
    w.beginArray();
    for (qsizetype i = 0; i < ex.events.size(); ++i)
        writeEvent(w, ex.events[i], events.correction(i, original ? &original->events : nullptr));
    w.endArray();
    // Added to littoral-export/1 after the fields above; in English, as the rejection reasons are.
    w.key("warnings");
    w.beginArray();
    for (const DocumentWarning& warning : document.warnings)
        w.string(warningText(warning));
    w.endArray();

    // Added to littoral-export/1 by curation (issue 12), after everything above.
    w.key("reviewed");
    w.boolean(document.reviewed);
    // Added by issue 16: what the document was read from, and "ocr" only when some page was recognised.
    w.key("format");
    w.string(sourceFormatName(document.format));
    if (document.isOcr()) {
        w.key("ocr");
        w.boolean(true);
    }
    if (!original) {
        w.endObject();
        return out;
    }
    // A field the user corrected, with what extraction said in the shape the field has above.
    const DocumentField fields[] = { DocumentField::Type, DocumentField::Language, DocumentField::Title,
        DocumentField::Date, DocumentField::Place };
    bool anyField = false;
    for (const DocumentField field : fields) {
        if (!fieldCorrected(*original, ex, field))
            continue;
        if (!anyField) {
            w.key("corrected_fields");
            w.beginObject();
            anyField = true;
        }
        w.key(fieldKey(field));
        switch (field) {
        case DocumentField::Type:
            w.string(documentTypeName(original->type));
            break;
        case DocumentField::Language:
            w.string(original->language);
            break;
        case DocumentField::Title:
            w.string(original->title);
            break;
        case DocumentField::Date:
            writeDate(w, original->date);
            break;
        case DocumentField::Place:
            w.stringOrNull(original->place);
            break;
        }
    }
    if (anyField)
        w.endObject();
    // What extraction found and the document no longer says.
    if (!participants.removed.isEmpty() || !events.removed.isEmpty()) {
        w.key("removed");
        w.beginObject();
        w.key("participants");
        w.beginArray();
        for (const qsizetype i : participants.removed)
            writeParticipant(w, original->participants[i], std::nullopt);
        w.endArray();
        w.key("mentioned_events");
        w.beginArray();
        for (const qsizetype i : events.removed)
            writeEvent(w, original->events[i], std::nullopt);
        w.endArray();
        w.endObject();
    }
    w.endObject();
    return out;
}

Result<int> JsonExporter::write(QIODevice& device)
{
    return write(device, nullptr);
}

Result<int> JsonExporter::write(QIODevice& device, const ExportInput& input)
{
    return write(device, &input);
}

Result<int> JsonExporter::write(QIODevice& device, const ExportInput* input)
{
    // The chosen documents in the order forEachDocument() writes the whole corpus in (undated last,
    // then by first day, source and id), read one by one: a selection of ten costs ten reads, not the
    // corpus's.
    std::optional<ExportInput> chosen;
    if (input) {
        chosen = *input;
        const QList<DocumentSummary>& summaries = input->corpus->documents();
        std::ranges::stable_sort(chosen->rows, [&summaries](qsizetype a, qsizetype b) {
            const DocumentSummary& x = summaries.at(a);
            const DocumentSummary& y = summaries.at(b);
            return std::tuple(!x.dateStart.isValid(), x.dateStart.toJulianDay(), x.source.toUtf8(), x.id)
                < std::tuple(!y.dateStart.isValid(), y.dateStart.toJulianDay(), y.source.toUtf8(), y.id);
        });
    }
    if (!device.isOpen() && !device.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io,
            QCoreApplication::translate("littoral::core::JsonExporter", "Cannot open the export for writing: %1").arg(device.errorString()));

    QByteArray buffer;
    buffer.reserve(kFlushThreshold + 64 * 1024);
    buffer += "{\n\"schema\": \"";
    buffer += kSchema;
    buffer += "\",\n\"documents\": [";

    int count = 0;
    Result<QList<ImportIssue>> rejected;
    Result<QList<ImportIssue>> duplicates;
    // One snapshot: an import running meanwhile in another connection cannot tear the export.
    auto read = m_database.snapshot([&]() -> Result<void> {
        DocumentRepository documents(m_database);
        const auto writeOne = [&](const Document& document, const QString& source) -> Result<void> {
            auto original = documents.originalExtraction(document.id);
            if (!original)
                return std::unexpected(original.error());
            buffer += count == 0 ? "\n" : ",\n";
            buffer += documentJson(document, source, *original);
            ++count;
            return flush(device, buffer, false);
        };
        auto streamed = chosen ? ExportDocuments::forEach(*chosen,
                                     [&](const ExportedDocument& e) { return writeOne(e.document, e.summary.source); })
                               : documents.forEachDocument(writeOne);
        if (!streamed)
            return streamed;
        ImportIssueRepository issues(m_database);
        rejected = issues.list(ImportIssue::Kind::Rejected);
        if (!rejected)
            return std::unexpected(rejected.error());
        duplicates = issues.list(ImportIssue::Kind::Duplicate);
        if (!duplicates)
            return std::unexpected(duplicates.error());
        return {};
    });
    if (!read)
        return std::unexpected(read.error());
    buffer += count == 0 ? "],\n" : "\n],\n";

    const auto writeIssues = [&](const char* name, const QList<ImportIssue>& list, bool duplicate) {
        buffer += '"';
        buffer += name;
        buffer += "\": [";
        bool first = true;
        for (const ImportIssue& issue : list) {
            buffer += first ? "\n" : ",\n";
            first = false;
            JsonWriter w(buffer);
            w.beginObject();
            w.key("source");
            w.string(issue.source);
            w.key(duplicate ? "duplicate_of" : "reason");
            w.string(duplicate ? issue.duplicateOf : issue.reason);
            w.endObject();
        }
        buffer += list.isEmpty() ? "]" : "\n]";
    };
    writeIssues("rejected", *rejected, false);
    buffer += ",\n";
    writeIssues("duplicates", *duplicates, true);
    buffer += "\n}\n";
    if (auto r = flush(device, buffer, true); !r)
        return std::unexpected(r.error());
    return count;
}

} // namespace littoral::core
