// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/mailreader.h"

#include "core/formats/htmltext.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTimeZone>

// GLib names a struct member "signals", which Qt defines as a keyword.
#pragma push_macro("signals")
#undef signals
#include <gmime/gmime.h>
#pragma pop_macro("signals")

#include <fcntl.h>

#include <memory>
#include <mutex>

namespace littoral::core {
namespace {

void initGMime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

// GObjects owned here are released on every path out (the tests run under ASan).
struct Unref {
    void operator()(gpointer object) const
    {
        if (object)
            g_object_unref(object);
    }
};
template <typename T> using GPtr = std::unique_ptr<T, Unref>;

QString fromUtf8(const char* text)
{
    return text ? QString::fromUtf8(text) : QString();
}

// Folded header values on one line, runs of white space as one space.
QString unfolded(const QString& value)
{
    return value.simplified();
}

// What a part's content is once its transfer encoding (base64, quoted-printable) is undone.
QByteArray decodedContent(GMimePart* part, GMimeFilter* filter = nullptr)
{
    GMimeDataWrapper* content = g_mime_part_get_content(part);
    if (!content)
        return {};
    GPtr<GMimeStream> memory(g_mime_stream_mem_new());
    if (filter) {
        GPtr<GMimeStream> filtered(g_mime_stream_filter_new(memory.get()));
        g_mime_stream_filter_add(GMIME_STREAM_FILTER(filtered.get()), filter);
        g_mime_data_wrapper_write_to_stream(content, filtered.get());
        g_mime_stream_flush(filtered.get());
    } else {
        g_mime_data_wrapper_write_to_stream(content, memory.get());
    }
    GByteArray* array = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(memory.get()));
    return array ? QByteArray(reinterpret_cast<const char*>(array->data), qsizetype(array->len))
                 : QByteArray();
}

bool isUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString ignored = decoder(bytes);
    return !decoder.hasError();
}

// A text part's content as text, converted from its declared charset by GMime's charset filter.
QString textContent(GMimePart* part)
{
    GMimeContentType* type = g_mime_object_get_content_type(GMIME_OBJECT(part));
    QByteArray charset
        = QByteArray(type ? g_mime_content_type_get_parameter(type, "charset") : nullptr).trimmed().toLower();
    // Mail programs label Windows-1252 text (’, œ, €) as Latin-1 or ASCII: read it as the WHATWG
    // encoding standard does.
    if (charset == "iso-8859-1" || charset == "latin1" || charset == "us-ascii" || charset == "ascii")
        charset = "windows-1252";
    if (charset.isEmpty() || charset == "utf-8" || charset == "utf8") {
        const QByteArray bytes = decodedContent(part);
        if (!charset.isEmpty() || isUtf8(bytes))
            return QString::fromUtf8(bytes);
        charset = "windows-1252"; // undeclared and not UTF-8: the usual 8-bit guess
    }
    GMimeFilter* filter = g_mime_filter_charset_new(charset.constData(), "UTF-8");
    if (!filter) // an unknown charset: the bytes as UTF-8, invalid ones replaced
        return QString::fromUtf8(decodedContent(part));
    const QByteArray bytes = decodedContent(part, filter);
    g_object_unref(filter);
    return QString::fromUtf8(bytes);
}

void appendAddresses(InternetAddressList* list, QList<MailAddress>& out)
{
    if (!list)
        return;
    const int count = internet_address_list_length(list);
    for (int i = 0; i < count; ++i) {
        InternetAddress* address = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_GROUP(address)) {
            appendAddresses(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(address)), out);
        } else if (INTERNET_ADDRESS_IS_MAILBOX(address)) {
            MailAddress a;
            a.name = unfolded(fromUtf8(internet_address_get_name(address)));
            a.address
                = fromUtf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address))).trimmed();
            // A display name that only repeats the address is no name.
            if (a.name.compare(a.address, Qt::CaseInsensitive) == 0)
                a.name.clear();
            if (!a.address.isEmpty() || !a.name.isEmpty())
                out.append(a);
        }
    }
}

// "Jean Dupont <j.dupont@example.org>, Marie Martin <…>"; a name with a comma is quoted so the
// line still reads as a list.
QString addressLine(const char* header, const QList<MailAddress>& addresses)
{
    QStringList parts;
    for (const MailAddress& a : addresses) {
        if (a.name.isEmpty())
            parts.append(a.address);
        else {
            const QString name
                = a.name.contains(QLatin1Char(',')) ? QLatin1Char('"') + a.name + QLatin1Char('"') : a.name;
            parts.append(
                a.address.isEmpty() ? name : name + QStringLiteral(" <") + a.address + QLatin1Char('>'));
        }
    }
    return QLatin1String(header) + QStringLiteral(": ") + parts.join(QStringLiteral(", "));
}

QDateTime toQDateTime(GDateTime* date)
{
    if (!date)
        return {};
    const qint64 seconds = g_date_time_to_unix(date);
    const int offsetSeconds = int(g_date_time_get_utc_offset(date) / G_TIME_SPAN_SECOND);
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone(offsetSeconds));
}

struct Walk {
    QString plain, html;
    bool hasPlain = false, hasHtml = false;
    QList<MailAttachment> attachments;
};

void walk(GMimeObject* object, Walk& w)
{
    if (!object)
        return;
    if (GMIME_IS_MULTIPART(object)) {
        GMimeMultipart* multipart = GMIME_MULTIPART(object);
        const int count = g_mime_multipart_get_count(multipart);
        for (int i = 0; i < count; ++i)
            walk(g_mime_multipart_get_part(multipart, i), w);
        return;
    }
    GMimeContentType* type = g_mime_object_get_content_type(object);
    char* mime = type ? g_mime_content_type_get_mime_type(type) : nullptr;
    const QString mimeType
        = mime ? QString::fromUtf8(mime).toLower() : QStringLiteral("application/octet-stream");
    g_free(mime);
    if (GMIME_IS_MESSAGE_PART(object)) {
        // A forwarded message attached whole: kept as an attachment, its bytes as they were sent.
        GMimeMessage* inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
        if (!inner)
            return;
        GPtr<GMimeStream> memory(g_mime_stream_mem_new());
        g_mime_object_write_to_stream(GMIME_OBJECT(inner), nullptr, memory.get());
        GByteArray* array = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(memory.get()));
        MailAttachment a;
        const char* name = g_mime_object_get_content_disposition_parameter(object, "filename");
        a.fileName = fromUtf8(name);
        a.mimeType = mimeType;
        if (array)
            a.bytes = QByteArray(reinterpret_cast<const char*>(array->data), qsizetype(array->len));
        w.attachments.append(a);
        return;
    }
    if (!GMIME_IS_PART(object))
        return;
    GMimePart* part = GMIME_PART(object);
    const char* fileName = g_mime_part_get_filename(part); // RFC 2231 and 2047 decoded by GMime
    const bool attachment = g_mime_part_is_attachment(part) || (fileName && *fileName);
    if (!attachment && mimeType == QLatin1String("text/plain")) {
        if (!w.hasPlain) {
            w.plain = textContent(part);
            w.hasPlain = true;
        }
        return;
    }
    if (!attachment && mimeType == QLatin1String("text/html")) {
        if (!w.hasHtml) {
            w.html = textContent(part);
            w.hasHtml = true;
        }
        return;
    }
    if (!attachment)
        return; // a signature, a calendar part: not the body, not a file the user sent
    MailAttachment a;
    a.fileName = fromUtf8(fileName).trimmed();
    a.mimeType = mimeType;
    a.bytes = decodedContent(part);
    w.attachments.append(a);
}

// How many of the headers every message carries GMime found: none means the bytes were no message.
int knownHeaderCount(GMimeObject* message)
{
    int count = 0;
    for (const char* name : { "From", "To", "Cc", "Date", "Subject", "Message-ID", "Received", "MIME-Version",
             "Sender", "Reply-To" })
        if (g_mime_object_get_header(message, name))
            ++count;
    return count;
}

} // namespace

std::expected<MailMessage, Rejection> MailReader::parse(const QByteArray& bytes)
{
    initGMime();
    if (bytes.isEmpty())
        return std::unexpected(Rejection { RejectReason::Empty, {} });
    GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(bytes.constData(), size_t(bytes.size())));
    GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    // An mbox span or a saved message may begin with its "From " separator line.
    g_mime_parser_set_format(
        parser.get(), bytes.startsWith("From ") ? GMIME_FORMAT_MBOX : GMIME_FORMAT_MESSAGE);
    GPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), nullptr));
    if (!message || knownHeaderCount(GMIME_OBJECT(message.get())) == 0)
        return std::unexpected(Rejection { RejectReason::Damaged, QStringLiteral("no e-mail headers") });

    MailMessage m;
    appendAddresses(g_mime_message_get_from(message.get()), m.from);
    appendAddresses(g_mime_message_get_addresses(message.get(), GMIME_ADDRESS_TYPE_TO), m.to);
    appendAddresses(g_mime_message_get_addresses(message.get(), GMIME_ADDRESS_TYPE_CC), m.cc);
    m.date = toQDateTime(g_mime_message_get_date(message.get()));
    m.subject = unfolded(fromUtf8(g_mime_message_get_subject(message.get())));
    m.messageId = fromUtf8(g_mime_message_get_message_id(message.get())).trimmed();
    if (const char* replyTo = g_mime_object_get_header(GMIME_OBJECT(message.get()), "In-Reply-To")) {
        if (GMimeReferences* references = g_mime_references_parse(nullptr, replyTo)) {
            if (g_mime_references_length(references) > 0)
                m.inReplyTo = fromUtf8(g_mime_references_get_message_id(references, 0));
            g_mime_references_free(references);
        }
    }
    if (!m.from.isEmpty())
        m.fromLine = addressLine("From", m.from);
    if (!m.to.isEmpty())
        m.toLine = addressLine("To", m.to);
    if (!m.cc.isEmpty())
        m.ccLine = addressLine("Cc", m.cc);
    if (const char* date = g_mime_object_get_header(GMIME_OBJECT(message.get()), "Date"))
        if (const QString value = unfolded(fromUtf8(date)); !value.isEmpty())
            m.dateLine = QStringLiteral("Date: ") + value;
    if (!m.subject.isEmpty())
        m.subjectLine = QStringLiteral("Subject: ") + m.subject;

    Walk w;
    walk(g_mime_message_get_mime_part(message.get()), w);
    QString body = w.hasPlain ? w.plain : w.hasHtml ? HtmlText::toPlainText(w.html) : QString();
    body.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    body.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    m.body = body;
    int unnamed = 0;
    for (MailAttachment& a : w.attachments)
        if (a.fileName.isEmpty())
            a.fileName = QStringLiteral("attachment-%1").arg(++unnamed);
    m.attachments = w.attachments;
    return m;
}

std::expected<QList<MboxMessageSpan>, Rejection> MailReader::scanMbox(
    const QByteArray& nativePath, const std::function<bool()>& isCanceled)
{
    initGMime();
    GError* error = nullptr;
    GPtr<GMimeStream> stream(g_mime_stream_fs_open(nativePath.constData(), O_RDONLY, 0, &error));
    if (!stream) {
        const QString detail = error ? QString::fromUtf8(error->message) : QString();
        g_clear_error(&error);
        return std::unexpected(Rejection { RejectReason::Unreadable, detail });
    }
    // The parser reads the file in blocks and each message is dropped once its span is known: memory
    // stays that of the largest message, whatever the size of the mbox.
    GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MBOX);
    QList<MboxMessageSpan> spans;
    while (!g_mime_parser_eos(parser.get())) {
        if (isCanceled && isCanceled())
            break;
        GPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), nullptr));
        if (!message)
            break;
        const qint64 begin = g_mime_parser_get_headers_begin(parser.get());
        const qint64 end = g_mime_parser_tell(parser.get());
        if (begin >= 0 && end > begin)
            spans.append({ begin, end - begin });
    }
    // The blank line before each "From " separator belongs to the separator, not to the message above
    // it: without it every message of the file ends as the last one does.
    QFile file(QFile::decodeName(nativePath));
    if (spans.size() > 1 && file.open(QIODevice::ReadOnly)) {
        for (qsizetype i = 0; i + 1 < spans.size(); ++i) {
            MboxMessageSpan& span = spans[i];
            const qint64 tail = qMin<qint64>(span.length, 4);
            if (!file.seek(span.offset + span.length - tail))
                break;
            const QByteArray end = file.read(tail);
            if (end.endsWith("\r\n\r\n"))
                span.length -= 2;
            else if (end.endsWith("\n\n"))
                span.length -= 1;
        }
    }
    if (spans.isEmpty() && !(isCanceled && isCanceled()))
        return std::unexpected(
            Rejection { RejectReason::Damaged, QStringLiteral("no message in the mbox file") });
    return spans;
}

bool MailReader::looksLikeMbox(QByteArrayView head)
{
    return head.startsWith("From ");
}

bool MailReader::looksLikeMessage(QByteArrayView head)
{
    // An RFC 5322 header block: "Name: value" lines (continuations indented) up to a blank line,
    // among them one that only mail carries.
    static const QRegularExpression field(QStringLiteral(R"(^([!-9;-~]{1,76}):)"));
    static const QRegularExpression mailField(
        QStringLiteral(
            R"(^(from|date|subject|received|message-id|return-path|mime-version|to|delivered-to)$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression keyField(
        QStringLiteral(R"(^(from|received|message-id|return-path|delivered-to)$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QString text = QString::fromLatin1(head.data(), head.size());
    const QStringList lines = text.split(QLatin1Char('\n'));
    int fields = 0, mailFields = 0;
    bool key = false, ended = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.isEmpty()) {
            ended = true;
            break;
        }
        if (i + 1 == lines.size())
            break; // cut by the end of the head: not judged
        if (line.front() == QLatin1Char(' ') || line.front() == QLatin1Char('\t')) {
            if (fields == 0)
                return false;
            continue;
        }
        const QRegularExpressionMatch m = field.match(line);
        if (!m.hasMatch())
            return false;
        ++fields;
        if (mailField.match(m.captured(1)).hasMatch())
            ++mailFields;
        key = key || keyField.match(m.captured(1)).hasMatch();
    }
    return key && mailFields >= 2 && (ended || fields >= 4);
}

} // namespace littoral::core
