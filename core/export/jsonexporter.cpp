// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/jsonexporter.h"

#include "core/db/database.h"
#include "core/db/documentrepository.h"
#include "core/db/importissuerepository.h"

#include <QIODevice>
#include <QLocale>

#include <cmath>

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
        return fail(ErrorCode::Io, QStringLiteral("Cannot write the export: %1").arg(device.errorString()));
    buffer.clear();
    return {};
}

} // namespace

JsonExporter::JsonExporter(Database& database)
    : m_database(database)
{
}

QByteArray JsonExporter::documentJson(const Document& document, const QString& source)
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
    if (ex.date && ex.date->date.isValid()) {
        w.beginObject();
        w.key("edtf");
        w.string(ex.date->date.toEdtf());
        w.key("precision");
        w.string(exportPrecision(ex.date->date.precision()));
        w.key("evidence");
        w.string(ex.date->evidence.text);
        w.key("offset");
        w.integerOrNull(ex.date->evidence.offset);
        w.key("confidence");
        w.number(ex.date->confidence);
        w.endObject();
    } else {
        w.null();
    }
    w.key("place");
    w.stringOrNull(ex.place);
    w.key("participants");
    w.beginArray();
    for (const Participant& p : ex.participants) {
        w.beginObject();
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
        w.endObject();
    }
    w.endArray();
    w.key("mentioned_events");
    w.beginArray();
    for (const MentionedEvent& e : ex.events) {
        w.beginObject();
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
        w.endObject();
    }
    w.endArray();
    // Added to littoral-export/1 after the fields above; in English, as the rejection reasons are.
    w.key("warnings");
    w.beginArray();
    for (const DocumentWarning& warning : document.warnings)
        w.string(warningText(warning));
    w.endArray();
    w.endObject();
    return out;
}

Result<int> JsonExporter::write(QIODevice& device)
{
    if (!device.isOpen() && !device.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io,
            QStringLiteral("Cannot open the export for writing: %1").arg(device.errorString()));

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
        auto streamed
            = documents.forEachDocument([&](const Document& document, const QString& source) -> Result<void> {
                  buffer += count == 0 ? "\n" : ",\n";
                  buffer += documentJson(document, source);
                  ++count;
                  return flush(device, buffer, false);
              });
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
