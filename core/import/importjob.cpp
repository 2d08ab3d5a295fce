// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/importjob.h"

#include "core/db/database.h"
#include "core/db/deferredindexes.h"
#include "core/db/documentrepository.h"
#include "core/db/importissuerepository.h"
#include "core/db/searchrepository.h"
#include "core/extract/documentextractor.h"
#include "core/extract/textcleaner.h"
#include "core/extract/textdecoder.h"
#include "core/formats/emailextraction.h"
#include "core/formats/mailreader.h"
#include "core/formats/readerprocess.h"
#include "core/formats/wordaligner.h"
#include "core/formats/wrappedlines.h"
#include "core/import/filecollector.h"
#include "core/import/messagemoves.h"
#include "core/logging.h"
#include "core/workpool.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QScopeGuard>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>
#include <tuple>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <sys/stat.h>
#include <unistd.h>

namespace littoral::core {
namespace {

// The import's page cache: its indexes' pages stay in memory from one batch to the next.
constexpr int kImportCacheMegabytes = 32;
// The import's write-ahead log is copied back every 40 MB (10,000 pages of 4 KB), not every 4 MB.
constexpr int kImportCheckpointPages = 10000;

// What the database held when the run began, so pool threads can skip decoding and extracting
// files that are certainly unchanged or duplicates. Read-only while the pool runs; the writer
// re-checks everything against the database.
struct Snapshot {
    QHash<QString, QByteArray> digestByPath; // raw SHA-256
    QHash<QString, QString> sourceByPath;
    QSet<QByteArray> digests;
    QSet<QString> predatesConfidence; // paths extracted again even when unchanged (DocumentRef)
};

// One unit of work: a file, or one message of an mbox (path "/abs/2016.mbox#3", source "2016.mbox#3",
// nativePath the mbox's). An mbox that could not be scanned stays one unit that is rejected whole.
struct Unit {
    CollectedFile file;
    std::optional<MboxMessageSpan> span;
    QByteArray digest; // an mbox message's (raw SHA-256) when it was hashed before reading (MessageMoves)
    QString refused; // set when the mbox could not be split: the unit is rejected with this reason
};

// What a file is read as: by its extension, and for a file named on the command line with another one,
// by its first bytes (a .txt or .md stays text whatever it holds).
enum class Format { Text, Pdf, Image, Message, Mbox };

// An attachment of a message read as a document of its own, or why it could not be.
struct PreparedAttachment {
    QString path; // the message's path + "/" + the attachment's file name
    QString source;
    QString reason; // non-empty: rejected
    Document document;
};

// One unit after the parallel stage.
struct Prepared {
    enum class Kind { Skipped, Unchanged, KnownDuplicate, Rejected, Missing, Ready };
    Kind kind = Kind::Skipped;
    QString sha256; // hex
    QString reason; // Rejected
    Document document; // Ready
    QList<PreparedAttachment> attachments; // Ready e-mail: its readable attachments
    QString messageId; // Ready e-mail
    QString inReplyTo;
};

QString rejection(RejectReason reason, const QString& detail = {})
{
    const QString text = rejectReasonText(reason);
    return detail.isEmpty() ? text : text + QStringLiteral(" (") + detail + QLatin1Char(')');
}

QString goneReason()
{
    return QStringLiteral("file no longer exists");
}

QString dataSize(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

// "file too large (40.0 MB, more than the 32.0 MB limit)": a size refusal when the size is known.
QString tooLarge(qint64 size, qint64 limit)
{
    return rejection(RejectReason::TooLarge, QStringLiteral("%1, more than the %2 limit").arg(dataSize(size), dataSize(limit)));
}

Prepared rejected(const QString& reason, const QString& sha256 = {})
{
    Prepared p;
    p.kind = Prepared::Kind::Rejected;
    p.reason = reason;
    p.sha256 = sha256;
    return p;
}

// Nothing at the path (a dangling link is Rejected instead: something is there).
Prepared missing(const QString& reason)
{
    Prepared p;
    p.kind = Prepared::Kind::Missing;
    p.reason = reason;
    return p;
}

QString errorText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QString fileTypeName(mode_t mode)
{
    if (S_ISFIFO(mode))
        return QStringLiteral("FIFO");
    if (S_ISSOCK(mode))
        return QStringLiteral("socket");
    if (S_ISCHR(mode))
        return QStringLiteral("character device");
    if (S_ISBLK(mode))
        return QStringLiteral("block device");
    if (S_ISDIR(mode))
        return QStringLiteral("folder");
    return QStringLiteral("special file");
}

// Why a path that stat() refused cannot be read; a dangling symbolic link says where it points.
QString statFailure(const QByteArray& native, int error)
{
    struct stat link {};
    if (error == ENOENT && ::lstat(native.constData(), &link) == 0 && S_ISLNK(link.st_mode)) {
        QByteArray target(4096, Qt::Uninitialized);
        const ssize_t length = ::readlink(native.constData(), target.data(), target.size());
        target.resize(std::max<ssize_t>(length, 0));
        return rejection(RejectReason::Unreadable,
            QStringLiteral("dangling symbolic link to %1").arg(FileCollector::displayName(target)));
    }
    return rejection(RejectReason::Unreadable, errorText(error));
}

// Opens a file on disk for reading, or says why not. Only regular files are opened: opening a FIFO
// would wait for a writer forever. The type is checked before opening, and again on the descriptor
// (opened non-blocking, so even a FIFO swapped in meanwhile cannot block) to close the race.
std::optional<QString> openRegular(const CollectedFile& file, qint64 maxSize, QFile& f)
{
    struct stat st {};
    if (::stat(file.nativePath.constData(), &st) != 0) {
        const int error = errno;
        struct stat link {};
        if (error == ENOENT && ::lstat(file.nativePath.constData(), &link) != 0)
            return QString(); // nothing there: the caller tells it apart from a file it cannot read
        return statFailure(file.nativePath, error);
    }
    if (!S_ISREG(st.st_mode))
        return rejection(RejectReason::NotRegularFile, fileTypeName(st.st_mode));
    if (st.st_size > maxSize)
        return tooLarge(st.st_size, maxSize);
    const int fd = ::open(file.nativePath.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return rejection(RejectReason::Unreadable, errorText(errno));
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        const mode_t mode = st.st_mode;
        ::close(fd);
        return rejection(RejectReason::NotRegularFile, fileTypeName(mode));
    }
    if (!f.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return rejection(RejectReason::Unreadable, f.errorString());
    }
    return std::nullopt;
}

bool hasSuffix(const QString& path, std::initializer_list<QLatin1String> suffixes)
{
    const QString suffix = QFileInfo(path).suffix();
    return std::any_of(suffixes.begin(), suffixes.end(),
        [&](QLatin1String known) { return suffix.compare(known, Qt::CaseInsensitive) == 0; });
}

QByteArray headOf(const CollectedFile& file);

Format formatOf(const CollectedFile& file)
{
    if (hasSuffix(file.path, { QLatin1String("txt"), QLatin1String("md") }))
        return Format::Text;
    if (hasSuffix(file.path, { QLatin1String("pdf") }))
        return Format::Pdf;
    if (hasSuffix(file.path,
            { QLatin1String("png"), QLatin1String("jpg"), QLatin1String("jpeg"), QLatin1String("tif"), QLatin1String("tiff") }))
        return Format::Image;
    if (hasSuffix(file.path, { QLatin1String("eml") }))
        return Format::Message;
    if (hasSuffix(file.path, { QLatin1String("mbox") }))
        return Format::Mbox;
    // A file argument of another name: what its first bytes say it is.
    const QByteArray head = headOf(file);
    if (head.startsWith("%PDF-"))
        return Format::Pdf;
    if (ReaderProcess::isReadable(head))
        return Format::Image;
    return Format::Text;
}

qint64 sizeLimit(Format format, const ImportOptions& options)
{
    switch (format) {
    case Format::Pdf:
        return options.maxPdfSize;
    case Format::Image:
        return options.maxImageSize;
    case Format::Message:
        return options.maxMessageSize;
    case Format::Mbox:
        return options.maxMboxSize;
    case Format::Text:
        break;
    }
    return options.maxFileSize;
}

QByteArray headOf(const CollectedFile& file)
{
    if (file.nativePath.isEmpty())
        return {};
    const int fd = ::open(file.nativePath.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return {};
    QByteArray head(16, Qt::Uninitialized);
    const ssize_t n = ::read(fd, head.data(), head.size());
    ::close(fd);
    head.resize(std::max<ssize_t>(n, 0));
    return head;
}

// A fact read from badly recognised words is less sure: its confidence is scaled by theirs. A text
// layer's words count 1, so a PDF with one keeps its confidences.
void weighByRecognition(Extraction& extraction, const QList<DocumentPage>& pages)
{
    for (Participant& participant : extraction.participants)
        participant.confidence *= WordAligner::confidenceOver(pages, participant.evidence.offset, participant.evidence.text.size());
    if (extraction.date)
        extraction.date->confidence
            *= WordAligner::confidenceOver(pages, extraction.date->evidence.offset, extraction.date->evidence.text.size());
}

QString pageProgress(const QString& source, int done, int count)
{
    return QCoreApplication::translate("littoral::core::ImportJob", "%1: page %2 of %3")
        .arg(source, QLocale().toString(done), QLocale().toString(count));
}

struct PrepareContext {
    const ImportOptions& options;
    const Snapshot* snapshot;
    QDateTime importedAt;
    const ImportCallbacks* callbacks; // may be null
    bool canceled() const { return callbacks && callbacks->isCanceled && callbacks->isCanceled(); }
    std::function<bool()> isCanceled() const { return callbacks ? callbacks->isCanceled : std::function<bool()> {}; }
};

// Unchanged or a copy of a stored document, by its digest; nullopt when it must be read.
std::optional<Prepared> known(const QString& path, const QByteArray& digest, const Snapshot* snapshot)
{
    Prepared p;
    p.sha256 = QString::fromLatin1(digest.toHex());
    if (!snapshot)
        return std::nullopt;
    const auto stored = snapshot->digestByPath.constFind(path);
    const bool same = stored != snapshot->digestByPath.constEnd() && *stored == digest;
    if (same && !snapshot->predatesConfidence.contains(path)) {
        p.kind = Prepared::Kind::Unchanged;
        return p;
    }
    if (!same && snapshot->digests.contains(digest)) {
        p.kind = Prepared::Kind::KnownDuplicate;
        return p;
    }
    return std::nullopt;
}

// A message's bytes as the import hashes and reads them: the blank line before the next "From "
// separator is the mbox's, not the message's (without it, the last message hashes alike whether or not
// others follow it).
void chopSeparatorLine(QByteArray& message)
{
    while (message.endsWith('\n') || message.endsWith('\r'))
        message.chop(1);
}

Document baseDocument(const QString& path, const QString& sha256, const QDateTime& importedAt)
{
    Document d;
    d.sourcePath = path;
    d.fileName = path.section(QLatin1Char('/'), -1);
    d.sha256 = sha256;
    d.importedAt = importedAt;
    return d;
}

void noteCut(Document& document, const ImportOptions& options)
{
    if (document.extraction.cutShort)
        document.warnings.append({ DocumentWarning::Code::ExtractionCut, QString::number(options.extractionBudgetMs) });
}

// Text bytes (a .txt or .md file, or such an attachment) into a document; a reason when refused.
std::expected<Document, QString> fromText(const QByteArray& bytes, Document document, const PrepareContext& context)
{
    auto decoded = TextDecoder::decode(bytes);
    if (!decoded)
        return std::unexpected(rejection(decoded.error().reason, decoded.error().detail));
    QString text = TextCleaner::clean(decoded->text);
    if (text.trimmed().isEmpty())
        return std::unexpected(rejection(RejectReason::Empty, QStringLiteral("only blank space")));
    if (context.canceled())
        return std::unexpected(QString());
    document.encoding = decoded->encoding;
    document.extraction = DocumentExtractor::extract(text, { context.options.extractionBudgetMs, context.isCanceled() });
    if (context.canceled())
        return std::unexpected(QString()); // cut by the cancellation, not by its budget: not written
    if (decoded->replacedSequences > 0)
        document.warnings.append({ DocumentWarning::Code::ReplacedBytes, QString::number(decoded->replacedSequences) });
    noteCut(document, context.options);
    document.text = std::move(text);
    return document;
}

// What the reader process read (a PDF's pages, a scan) into a document: pages joined and cleaned, the
// words found again in the cleaned text, the facts weighed by how well their words were recognised.
std::expected<Document, QString> fromPages(const std::expected<ReadResult, Rejection>& read, Document document,
    SourceFormat format, const PrepareContext& context)
{
    if (!read) {
        if (context.canceled())
            return std::unexpected(QString());
        return std::unexpected(rejection(read.error().reason, read.error().detail));
    }
    // Lines the margin broke read as the lines they were typed as (a title wrapped over three lines).
    QList<ReadPage> pages = read->pages;
    for (ReadPage& page : pages)
        WrappedLines::join(page);
    QString text = TextCleaner::clean(WordAligner::joinedText(pages));
    if (text.trimmed().isEmpty())
        return std::unexpected(rejection(RejectReason::Empty,
            read->pages.isEmpty() ? QStringLiteral("no page") : QStringLiteral("no text on any page")));
    document.format = format;
    document.pages = WordAligner::align(pages, text);
    document.extraction = DocumentExtractor::extract(text, { context.options.extractionBudgetMs, context.isCanceled() });
    if (context.canceled())
        return std::unexpected(QString());
    weighByRecognition(document.extraction, document.pages);
    noteCut(document, context.options);
    document.text = std::move(text);
    return document;
}

ReaderCallbacks readerCallbacks(const QString& source, const PrepareContext& context)
{
    ReaderCallbacks callbacks;
    if (context.callbacks && context.callbacks->pageRead) {
        const auto pageRead = context.callbacks->pageRead;
        callbacks.pageRead = [pageRead, source](int done, int count) { pageRead(source, done, count); };
    }
    callbacks.isCanceled = context.isCanceled();
    return callbacks;
}

// One message (an .eml, or one of an mbox) and its readable attachments.
Prepared fromMessage(const QByteArray& bytes, const CollectedFile& file, Prepared p, const PrepareContext& context)
{
    if (bytes.trimmed().isEmpty())
        return rejected(rejection(RejectReason::Empty), p.sha256);
    auto message = MailReader::parse(bytes);
    if (!message)
        return rejected(rejection(message.error().reason, message.error().detail), p.sha256);
    if (context.canceled())
        return {};
    ExtractionBudget budget({ context.options.extractionBudgetMs, context.isCanceled() });
    EmailDocument email = EmailExtraction::extract(*message, budget);
    if (context.canceled())
        return {};
    if (email.text.trimmed().isEmpty())
        return rejected(rejection(RejectReason::Empty, QStringLiteral("a message without text")), p.sha256);
    p.kind = Prepared::Kind::Ready;
    p.document = baseDocument(file.path, p.sha256, context.importedAt);
    p.document.encoding = QStringLiteral("utf-8");
    p.document.format = SourceFormat::Email;
    p.document.text = std::move(email.text);
    p.document.extraction = std::move(email.extraction);
    p.document.extraction.cutShort = p.document.extraction.cutShort || budget.wasSpent();
    noteCut(p.document, context.options);
    p.messageId = message->messageId;
    p.inReplyTo = message->inReplyTo;

    QSet<QString> names;
    for (const MailAttachment& attachment : message->attachments) {
        const QString name = attachment.fileName.section(QLatin1Char('/'), -1);
        if (name.isEmpty() || names.contains(name))
            continue; // two parts of one name: the first is the attachment
        const bool text = hasSuffix(name, { QLatin1String("txt"), QLatin1String("md") });
        const bool readable = !text && ReaderProcess::isReadable(QByteArrayView(attachment.bytes).first(std::min<qsizetype>(16, attachment.bytes.size())));
        if (!text && !readable)
            continue; // a spreadsheet, a signature: not a document Littoral reads
        names.insert(name);
        PreparedAttachment a;
        a.path = file.path + QLatin1Char('/') + name;
        a.source = file.source + QLatin1Char('/') + name;
        const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(attachment.bytes, QCryptographicHash::Sha256).toHex());
        Document base = baseDocument(a.path, sha256, context.importedAt);
        base.links.append({ DocumentLink::Kind::AttachmentOf, file.source });
        std::expected<Document, QString> document = text
            ? fromText(attachment.bytes, std::move(base), context)
            : fromPages(ReaderProcess::readBytes(attachment.bytes, context.options.passwords.value(a.path),
                            context.options.reader, readerCallbacks(a.source, context)),
                  std::move(base), attachment.bytes.startsWith("%PDF-") ? SourceFormat::Pdf : SourceFormat::Image, context);
        if (context.canceled())
            return {};
        if (document)
            a.document = std::move(*document);
        else
            a.reason = document.error();
        p.attachments.append(std::move(a));
    }
    return p;
}

// Pool thread: read, hash, decode or have the reader process read, clean, extract. Pure apart from
// reading the file (and running the reader process for PDFs and images).
Prepared prepare(const Unit& unit, const ImportOptions& options, const Snapshot* snapshot,
    const QDateTime& importedAt, const ImportCallbacks* callbacks)
{
    const PrepareContext context { options, snapshot, importedAt, callbacks };
    if (context.canceled())
        return {};
    if (!unit.refused.isEmpty())
        return rejected(unit.refused);
    const CollectedFile& file = unit.file;

    const Format format = unit.span ? Format::Message : formatOf(file);
    const qint64 limit = sizeLimit(format, options);
    QFile f(file.path);
    if (file.nativePath.isEmpty()) { // a Qt resource
        const qint64 size = f.size();
        if (size > limit)
            return rejected(tooLarge(size, limit));
        if (!f.open(QIODevice::ReadOnly))
            return rejected(rejection(RejectReason::Unreadable, f.errorString()));
    } else if (const std::optional<QString> refused
        = openRegular(file, unit.span ? std::max(options.maxMboxSize, limit) : limit, f)) {
        if (refused->isEmpty())
            return missing(rejection(RejectReason::Unreadable, errorText(ENOENT)));
        return rejected(*refused);
    }

    if (format == Format::Pdf || format == Format::Image) {
        // Hashed as a stream: a 200-page scan is not held in memory, and an unchanged one is not read again.
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (!hash.addData(&f) || f.error() != QFileDevice::NoError)
            return rejected(rejection(RejectReason::Unreadable, f.errorString()));
        const qint64 size = f.size();
        f.seek(0);
        const QByteArray head = f.read(8);
        f.close();
        if (auto settled = known(file.path, hash.result(), snapshot))
            return *settled;
        Prepared p;
        p.sha256 = QString::fromLatin1(hash.result().toHex());
        if (size == 0)
            return rejected(rejection(RejectReason::Empty), p.sha256);
        if (format == Format::Pdf && !head.startsWith("%PDF-"))
            return rejected(rejection(RejectReason::Damaged, QStringLiteral("not a PDF")), p.sha256);
        if (format == Format::Image && !ReaderProcess::isReadable(head))
            return rejected(rejection(RejectReason::Damaged, QStringLiteral("not an image Littoral reads")), p.sha256);
        if (context.canceled())
            return {};
        const QByteArray native = file.nativePath.isEmpty() ? QFile::encodeName(file.path) : file.nativePath;
        auto document = fromPages(
            ReaderProcess::readFile(native, options.passwords.value(file.path), options.reader, readerCallbacks(file.source, context)),
            baseDocument(file.path, p.sha256, importedAt), format == Format::Pdf ? SourceFormat::Pdf : SourceFormat::Image, context);
        if (!document) {
            if (document.error().isEmpty())
                return {}; // cancelled
            return rejected(document.error(), p.sha256);
        }
        p.kind = Prepared::Kind::Ready;
        p.document = std::move(*document);
        return p;
    }

    if (format == Format::Mbox) // an mbox that scanned to no message at all
        return rejected(rejection(RejectReason::Damaged, QStringLiteral("no message in it")));

    QByteArray bytes;
    if (unit.span) {
        // Hashed already while the mbox was split: an unchanged message is not read again.
        if (!unit.digest.isEmpty()) {
            if (auto settled = known(file.path, unit.digest, snapshot))
                return *settled;
        }
        if (unit.span->length > options.maxMessageSize)
            return rejected(tooLarge(unit.span->length, options.maxMessageSize));
        if (!f.seek(unit.span->offset))
            return rejected(rejection(RejectReason::Unreadable, f.errorString()));
        bytes = f.read(unit.span->length);
        if (bytes.size() != unit.span->length)
            return missing(rejection(RejectReason::Unreadable, QStringLiteral("the mbox changed while it was read")));
        chopSeparatorLine(bytes);
    } else {
        // As much as the file holds (and one byte more, to see it grow past the limit): a buffer of the
        // limit's size for every file cost a fresh mapping and its page faults each time.
        const qint64 expected = std::clamp<qint64>(f.size(), 0, limit);
        bytes = f.read(expected + 1);
        if (bytes.size() > expected && bytes.size() <= limit)
            bytes += f.read(limit + 1 - bytes.size());
        if (bytes.size() > limit)
            return rejected(rejection(RejectReason::TooLarge, QStringLiteral("more than the %1 limit").arg(dataSize(limit))));
    }
    if (f.error() != QFileDevice::NoError)
        return rejected(rejection(RejectReason::Unreadable, f.errorString()));
    f.close();

    const QByteArray digest = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    if (auto settled = known(file.path, digest, snapshot))
        return *settled;
    Prepared p;
    p.sha256 = QString::fromLatin1(digest.toHex());
    if (context.canceled())
        return {};

    if (format == Format::Message)
        return fromMessage(bytes, file, std::move(p), context);

    auto document = fromText(bytes, baseDocument(file.path, p.sha256, importedAt), context);
    if (!document) {
        if (document.error().isEmpty())
            return {};
        return rejected(document.error(), p.sha256);
    }
    p.kind = Prepared::Kind::Ready;
    p.document = std::move(*document);
    return p;
}

// One message's digest as prepare() computes it (its bytes without the separator's blank line), read
// a megabyte at a time; empty on a read error or past `maxSize` (prepare() refuses it unread).
QByteArray messageDigest(QFile& mbox, const MboxMessageSpan& span, qint64 maxSize)
{
    if (span.length > maxSize || span.length <= 0)
        return {};
    // The trailing line ends are not the message's: find where it really ends first.
    const qint64 tail = std::min<qint64>(span.length, 64);
    if (!mbox.seek(span.offset + span.length - tail))
        return {};
    const QByteArray last = mbox.read(tail);
    if (last.size() != tail)
        return {};
    qint64 length = span.length;
    for (qsizetype i = last.size() - 1; i >= 0 && (last[i] == '\n' || last[i] == '\r'); --i)
        --length;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!mbox.seek(span.offset))
        return {};
    for (qint64 done = 0; done < length;) {
        const QByteArray chunk = mbox.read(std::min<qint64>(length - done, 1 << 20));
        if (chunk.isEmpty())
            return {};
        hash.addData(chunk);
        done += chunk.size();
    }
    return hash.result();
}

// The units of work: every file, and every message of each mbox (scanned here, on the pool, streamed).
QList<Unit> unitsOf(const QList<CollectedFile>& files, const ImportOptions& options, const std::function<bool()>& isCanceled)
{
    QList<Unit> units;
    units.reserve(files.size());
    for (const CollectedFile& file : files) {
        if (file.nativePath.isEmpty() || !hasSuffix(file.path, { QLatin1String("mbox") })) {
            units.append({ file, std::nullopt, {}, {} });
            continue;
        }
        struct stat st {};
        if (::stat(file.nativePath.constData(), &st) != 0 || !S_ISREG(st.st_mode) || st.st_size == 0
            || st.st_size > options.maxMboxSize) {
            units.append({ file, std::nullopt, {}, {} }); // prepare() says why
            continue;
        }
        auto spans = MailReader::scanMbox(file.nativePath, isCanceled);
        if (!spans) {
            units.append({ file, std::nullopt, {}, rejection(spans.error().reason, spans.error().detail) });
            continue;
        }
        if (spans->isEmpty()) {
            units.append({ file, std::nullopt, {}, rejection(RejectReason::Damaged, QStringLiteral("no message in it")) });
            continue;
        }
        for (qsizetype i = 0; i < spans->size(); ++i) {
            const QString number = QLatin1Char('#') + QString::number(i + 1);
            units.append({ { file.path + number, file.source + number, file.nativePath }, spans->at(i), {}, {} });
        }
    }
    return units;
}

// Writer thread: settles each prepared file against the database, inside the batch's transaction.
class BatchWriter final {
public:
    // beforeWrite runs inside the batch's transaction before each document is written.
    BatchWriter(DocumentRepository& documents, ImportIssueRepository& issues, const ImportOptions& options,
        const QDateTime& importedAt, std::function<void()> beforeWrite)
        : m_documents(documents)
        , m_issues(issues)
        , m_options(options)
        , m_importedAt(importedAt)
        , m_beforeWrite(std::move(beforeWrite))
    {
    }

    ImportSummary tally;
    bool removedDocuments = false;
    // Replies whose message was not stored yet: resolved once the whole import is written.
    QList<std::pair<qint64, QString>> unresolvedReplies;
    // Messages written (not unchanged) in this run, with the attachments written for them: an earlier
    // attachment of such a message that is not among them is gone.
    QHash<QString, QSet<QString>> rewrittenMessages;

    Result<void> settle(const Unit& unit, Prepared& prepared)
    {
        const CollectedFile& file = unit.file;
        auto settled = settleDocument(unit, prepared);
        if (!settled || prepared.kind != Prepared::Kind::Ready || !m_written)
            return settled;
        const qint64 id = m_writtenId;
        if (!prepared.messageId.isEmpty())
            if (auto r = m_documents.setMessageId(id, prepared.messageId); !r)
                return r;
        if (!prepared.inReplyTo.isEmpty()) {
            auto answered = m_documents.sourceOfMessage(prepared.inReplyTo);
            if (!answered)
                return std::unexpected(answered.error());
            if (!answered->isEmpty()) {
                if (auto r = m_documents.addLink(id, { DocumentLink::Kind::ReplyTo, *answered }); !r)
                    return r;
            } else {
                unresolvedReplies.append({ id, prepared.inReplyTo });
            }
        }
        QSet<QString>& attachments = rewrittenMessages[file.path];
        for (PreparedAttachment& attachment : prepared.attachments) {
            attachments.insert(attachment.path);
            Unit sub { { attachment.path, attachment.source, {} }, std::nullopt, {}, {} };
            Prepared part;
            part.sha256 = attachment.document.sha256;
            if (attachment.reason.isEmpty()) {
                part.kind = Prepared::Kind::Ready;
                part.document = std::move(attachment.document);
            } else {
                part.kind = Prepared::Kind::Rejected;
                part.reason = attachment.reason;
            }
            if (auto r = settleDocument(sub, part); !r)
                return r;
        }
        return {};
    }

private:
    qint64 m_writtenId = 0;
    bool m_written = false;

    Result<void> settleDocument(const Unit& unit, Prepared& prepared)
    {
        const CollectedFile& file = unit.file;
        m_written = false;
        switch (prepared.kind) {
        case Prepared::Kind::Skipped:
        case Prepared::Kind::Unchanged:
            ++tally.unchanged;
            return {};
        case Prepared::Kind::Rejected:
        case Prepared::Kind::Missing:
            return unavailable(file, prepared);
        case Prepared::Kind::KnownDuplicate:
        case Prepared::Kind::Ready:
            break;
        }

        auto firstCopy = m_documents.findBySha256(prepared.sha256);
        if (!firstCopy)
            return std::unexpected(firstCopy.error());
        if (*firstCopy && (*firstCopy)->sourcePath != file.path) {
            if (auto r = m_issues.recordDuplicate(file.path, file.source, (*firstCopy)->source); !r)
                return r;
            if (auto r = removeStale(file); !r)
                return r;
            ++tally.duplicates;
            tally.problems.append(
                { ImportOutcome::Status::Duplicate, file.source, {}, (*firstCopy)->source, {} });
            return {};
        }
        if (prepared.kind == Prepared::Kind::KnownDuplicate) {
            // The copy it duplicated was replaced earlier in this run: this file is new after all.
            prepared = prepare(unit, m_options, nullptr, m_importedAt, nullptr);
            if (prepared.kind == Prepared::Kind::Rejected || prepared.kind == Prepared::Kind::Missing)
                return unavailable(file, prepared);
        }

        auto existing = m_documents.findBySourcePath(file.path);
        if (!existing)
            return std::unexpected(existing.error());
        if (*existing && (*existing)->sha256 == prepared.sha256 && !(*existing)->predatesConfidence) {
            ++tally.unchanged;
            return {};
        }
        m_beforeWrite();
        auto written = m_documents.write(prepared.document, file.source);
        if (!written)
            return std::unexpected(written.error());
        m_written = true;
        m_writtenId = *written;
        if (auto r = m_issues.clear(file.path); !r)
            return r;
        if (*existing)
            ++tally.updated;
        else
            ++tally.imported;
        return {};
    }

    // A file that cannot be taken now. When it was imported before, that may be only for now (a
    // permission, a file being rewritten, a disk not mounted): its document stays, and the file is
    // reported; only the user removes a document (ImportJob::removeGone).
    Result<void> unavailable(const CollectedFile& file, const Prepared& prepared)
    {
        auto existing = m_documents.findBySourcePath(file.path);
        if (!existing)
            return std::unexpected(existing.error());
        if (*existing && prepared.kind == Prepared::Kind::Missing) {
            ++tally.gone;
            tally.problems.append({ ImportOutcome::Status::Gone, file.source, goneReason(), {}, file.path });
            return {};
        }
        if (*existing) {
            ++tally.kept;
            tally.problems.append({ ImportOutcome::Status::Kept, file.source, prepared.reason, {}, file.path });
            return {};
        }
        if (auto r = m_issues.recordRejected(file.path, file.source, prepared.reason); !r)
            return r;
        ++tally.rejected;
        tally.problems.append({ ImportOutcome::Status::Rejected, file.source, prepared.reason, {}, file.path });
        return {};
    }

    // A file that was imported before and now holds a copy of another file: its old row would
    // otherwise be exported beside the report of the duplicate.
    Result<void> removeStale(const CollectedFile& file)
    {
        auto existing = m_documents.findBySourcePath(file.path);
        if (!existing)
            return std::unexpected(existing.error());
        if (!*existing)
            return {};
        auto removed = m_documents.remove((*existing)->id);
        if (!removed)
            return std::unexpected(removed.error());
        removedDocuments = true;
        return {};
    }

    DocumentRepository& m_documents;
    ImportIssueRepository& m_issues;
    const ImportOptions& m_options;
    QDateTime m_importedAt;
    std::function<void()> m_beforeWrite;
};

// While this thread only waits for the background pool, the work pool, where run() occupies a thread,
// may use its slot for the window's other work.
void waitLendingThread(QFuture<Prepared>& future)
{
    workPool()->releaseThread();
    future.waitForFinished();
    workPool()->reserveThread();
}

void add(ImportSummary& total, const ImportSummary& batch)
{
    total.imported += batch.imported;
    total.updated += batch.updated;
    total.unchanged += batch.unchanged;
    total.rejected += batch.rejected;
    total.duplicates += batch.duplicates;
    total.kept += batch.kept;
    total.gone += batch.gone;
    total.problems += batch.problems;
}

bool existsOnDisk(const QString& path)
{
    if (path.startsWith(QLatin1Char(':')))
        return QFileInfo::exists(path);
    struct stat st {};
    return ::lstat(FileCollector::nativeFromArgument(path).constData(), &st) == 0;
}

bool isUnder(const QString& path, const QString& folder)
{
    return path.startsWith(folder)
        && (folder.endsWith(QLatin1Char('/')) || (path.size() > folder.size() && path.at(folder.size()) == QLatin1Char('/')));
}

// Documents of files that were imported from these arguments and are no longer there: under a folder
// argument (but not under a folder the walk skipped, whose files are not known to be gone) or named
// by a file argument. Files the collector found are settled one by one instead.
QList<ImportOutcome> goneFiles(const Collection& collection, const QList<Unit>& units, const Snapshot& snapshot,
    const QHash<QString, QSet<QString>>& rewrittenMessages)
{
    QSet<QString> collected;
    for (const Unit& unit : units)
        collected.insert(unit.file.path);
    // "/a/2016.mbox#3" and "/a/note.eml/scan.pdf" are parts of a file: the part's file (or message) decides.
    const auto partOf = [](const QString& path) -> QString {
        const qsizetype hash = path.lastIndexOf(QLatin1Char('#'));
        const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
        if (hash > slash && hash > 0)
            return path.left(hash);
        return slash > 0 ? path.left(slash) : QString();
    };
    QList<ImportOutcome> gone;
    for (auto it = snapshot.sourceByPath.cbegin(); it != snapshot.sourceByPath.cend(); ++it) {
        const QString& path = it.key();
        if (collected.contains(path))
            continue;
        // An attachment of a message that is still there: gone only when the message was read again
        // without it. A message of an mbox that could not be split this time is not known to be gone.
        const QString whole = partOf(path);
        if (!whole.isEmpty() && collected.contains(whole)) {
            const auto rewritten = rewrittenMessages.constFind(whole);
            if (rewritten == rewrittenMessages.cend() || rewritten->contains(path))
                continue;
        }
        const bool covered = collection.fileArguments.contains(path) || collection.fileArguments.contains(whole)
            || collection.fileArguments.contains(path.section(QLatin1Char('#'), 0, 0))
            || std::any_of(collection.folders.cbegin(), collection.folders.cend(),
                [&](const QString& folder) { return isUnder(path, folder); });
        if (!covered)
            continue;
        if (std::any_of(collection.skipped.cbegin(), collection.skipped.cend(),
                [&](const SkippedFolder& folder) { return path == folder.path || isUnder(path, folder.path); }))
            continue;
        if (existsOnDisk(path))
            continue; // there, but no longer an importable name: nothing to say
        gone.append({ ImportOutcome::Status::Gone, it.value(), goneReason(), {}, path });
    }
    std::sort(gone.begin(), gone.end(), [](const ImportOutcome& a, const ImportOutcome& b) {
        return std::tie(a.source, a.path) < std::tie(b.source, b.path);
    });
    return gone;
}

// Messages an mbox renumbered (one deleted before them) take their new numbers before anything is
// read, with their attachments, ids and corrections; the snapshot follows, so they read as unchanged.
// Only an mbox with stored messages is hashed for it (one more pass over its bytes).
Result<void> followMovedMessages(QList<Unit>& units, DocumentRepository& documents, Snapshot& snapshot,
    const ImportOptions& options, const std::function<bool()>& isCanceled)
{
    QList<MessageMoves::Mbox> mboxes;
    QFile mbox;
    bool stored = false;
    for (Unit& unit : units) {
        if (!unit.span)
            continue;
        const QString path = unit.file.path.section(QLatin1Char('#'), 0, -2);
        if (mboxes.isEmpty() || mboxes.constLast().path != path) {
            if (isCanceled && isCanceled())
                return {};
            mboxes.append({ path, unit.file.source.section(QLatin1Char('#'), 0, -2), {} });
            const QString prefix = path + QLatin1Char('#');
            stored = std::any_of(snapshot.digestByPath.keyBegin(), snapshot.digestByPath.keyEnd(),
                [&](const QString& p) { return p.startsWith(prefix); });
            mbox.close();
            mbox.setFileName(QFile::decodeName(unit.file.nativePath));
            if (stored && !mbox.open(QIODevice::ReadOnly))
                stored = false;
        }
        if (stored)
            unit.digest = messageDigest(mbox, *unit.span, options.maxMessageSize);
        mboxes.last().digests.append(unit.digest);
    }
    QList<SourceMove> moves;
    for (const MessageMoves::Mbox& box : std::as_const(mboxes)) {
        if (!std::all_of(box.digests.cbegin(), box.digests.cend(), [](const QByteArray& d) { return d.isEmpty(); }))
            moves += MessageMoves::plan(box, snapshot.digestByPath);
    }
    if (moves.isEmpty())
        return {};
    // Sources as they were stored: the mbox may have been imported from another folder then.
    for (SourceMove& move : moves) {
        const QString storedSource = snapshot.sourceByPath.value(move.fromPath);
        if (storedSource.isEmpty())
            continue;
        move.fromSource = storedSource;
        move.toSource = storedSource.left(storedSource.lastIndexOf(QLatin1Char('#'))) + move.toPath.sliced(move.toPath.lastIndexOf(QLatin1Char('#')));
    }
    if (auto moved = documents.moveSources(moves); !moved) {
        // Not a reason to refuse the import: the messages are then settled by their numbers, as before.
        qCWarning(lcImport) << "could not follow renumbered mbox messages:" << moved.error().detail;
        return {};
    }
    qCInfo(lcImport) << "followed" << moves.size() << "renumbered mbox messages";

    // The snapshot's paths as the database now has them: the message "…#N" and its parts "…#N/…".
    QHash<QString, const SourceMove*> byPath;
    QHash<QString, const SourceMove*> bySource;
    for (const SourceMove& move : std::as_const(moves)) {
        byPath.insert(move.fromPath, &move);
        bySource.insert(move.fromSource, &move);
    }
    // A moved message, or an attachment ("…#N/scan.pdf", a direct part of its message).
    const auto follow = [](const QString& name, const QHash<QString, const SourceMove*>& moved, bool isSource) {
        auto move = moved.constFind(name);
        qsizetype tail = name.size();
        if (move == moved.cend()) {
            tail = name.lastIndexOf(QLatin1Char('/'));
            if (tail <= 0)
                return name;
            move = moved.constFind(name.left(tail));
            if (move == moved.cend())
                return name;
        }
        return QString((isSource ? (*move)->toSource : (*move)->toPath) + name.sliced(tail));
    };
    const auto movedPath = [&](const QString& path) { return follow(path, byPath, false); };
    const auto moveSource = [&](const QString& source) { return follow(source, bySource, true); };
    Snapshot followed;
    followed.digests = std::move(snapshot.digests);
    for (auto it = snapshot.digestByPath.cbegin(); it != snapshot.digestByPath.cend(); ++it)
        followed.digestByPath.insert(movedPath(it.key()), it.value());
    for (auto it = snapshot.sourceByPath.cbegin(); it != snapshot.sourceByPath.cend(); ++it)
        followed.sourceByPath.insert(movedPath(it.key()), moveSource(it.value()));
    for (const QString& path : std::as_const(snapshot.predatesConfidence))
        followed.predatesConfidence.insert(movedPath(path));
    snapshot = std::move(followed);
    return {};
}

Result<ImportSummary> execute(const QString& databasePath, const QStringList& paths,
    const ImportOptions& options, const ImportCallbacks& callbacks)
{
    const auto canceled = [&] { return callbacks.isCanceled && callbacks.isCanceled(); };

    auto database = Database::open(databasePath);
    if (!database)
        return std::unexpected(database.error());
    if (auto r = database->checkpointEvery(kImportCheckpointPages); !r)
        return std::unexpected(r.error());
    if (auto r = database->useCache(kImportCacheMegabytes); !r)
        return std::unexpected(r.error());
    DocumentRepository documents(*database);
    ImportIssueRepository issues(*database);

    const Collection collection = FileCollector::collect(paths);
    // Each message of an mbox is a unit of its own: progress counts messages.
    QList<Unit> files = unitsOf(collection.files, options, callbacks.isCanceled);
    if (callbacks.started)
        callbacks.started(int(files.size()));

    Snapshot snapshot;
    auto scanned = documents.forEachRef([&](const DocumentRef& ref) {
        const QByteArray digest = QByteArray::fromHex(ref.sha256.toLatin1());
        snapshot.digestByPath.insert(ref.sourcePath, digest);
        snapshot.sourceByPath.insert(ref.sourcePath, ref.source);
        snapshot.digests.insert(digest);
        if (ref.predatesConfidence)
            snapshot.predatesConfidence.insert(ref.sourcePath);
    });
    if (!scanned)
        return std::unexpected(scanned.error());
    if (auto followed = followMovedMessages(files, documents, snapshot, options, callbacks.isCanceled); !followed)
        return std::unexpected(followed.error());

    // An import that will end by merging the search index (see below) leaves the merges to it.
    // Deferred, as the indexes below, before the first document written: a re-import that writes none
    // leaves the file as it was.
    SearchRepository search(*database);
    const qsizetype newFiles = std::count_if(files.cbegin(), files.cend(),
        [&](const Unit& unit) { return !snapshot.digestByPath.contains(unit.file.path); });
    const bool bulk = newFiles > 0 && newFiles * 10 >= snapshot.digestByPath.size() + newFiles;
    bool mergesDeferred = false;
    bool firstWriteSeen = false;
    // An import that at least doubles the corpus builds the indexes whose keys come in random order
    // once at its end (DeferredIndexes): a third of the writer's time at 100,000 documents.
    const bool rebuildsIndexes = bulk && newFiles >= snapshot.digestByPath.size();
    DeferredIndexes deferredIndexes(*database);
    bool indexesDropped = false;
    const auto beforeFirstWrite = [&] {
        if (std::exchange(firstWriteSeen, true))
            return;
        if (rebuildsIndexes) {
            indexesDropped = true; // even when it failed half-way: restore() builds whatever is missing
            if (auto dropped = deferredIndexes.drop(); !dropped)
                qCWarning(lcImport) << "keeping the indexes up to date as documents come:" << dropped.error().detail;
        }
        if (!bulk) {
            // Left deferred by an import that stopped before resuming them: resumed by this one.
            if (auto left = search.mergesDeferred(); left && *left)
                if (auto resumed = search.resumeMerges(); !resumed)
                    qCWarning(lcImport) << "could not restore the search index's merges:" << resumed.error().detail;
            return;
        }
        if (auto deferred = search.deferMerges(); deferred)
            mergesDeferred = true;
        else
            qCWarning(lcImport) << "merging the search index as it grows:" << deferred.error().detail;
    };
    const auto resumeMerges = [&] {
        if (!std::exchange(mergesDeferred, false))
            return;
        if (auto resumed = search.resumeMerges(); !resumed)
            qCWarning(lcImport) << "could not restore the search index's merges:" << resumed.error().detail;
    };
    const auto resumeOnReturn = qScopeGuard(resumeMerges);
    const auto restoreIndexes = [&] {
        if (!std::exchange(indexesDropped, false))
            return;
        if (auto restored = deferredIndexes.restore(); !restored) // the next Database::open() tries again
            qCWarning(lcImport) << "could not build the indexes again:" << restored.error().detail;
    };
    const auto restoreOnReturn = qScopeGuard(restoreIndexes);

    const QDateTime importedAt = QDateTime::currentDateTimeUtc();
    const qsizetype batchSize = std::max(1, options.batchSize);
    const auto batchOf = [&](qsizetype start) { return files.mid(start, batchSize); };
    const auto launch = [&](qsizetype start) {
        return QtConcurrent::mapped(
            backgroundPool(), batchOf(start), [&](const Unit& unit) {
                runInBackground();
                return prepare(unit, options, &snapshot, importedAt, &callbacks);
            });
    };

    ImportSummary summary;
    for (const SkippedFolder& folder : collection.skipped) {
        ++summary.skipped;
        summary.problems.append({ ImportOutcome::Status::Skipped, folder.source, folder.reason, {}, {} });
    }
    bool removedDocuments = false;
    QList<std::pair<qint64, QString>> unresolvedReplies;
    QHash<QString, QSet<QString>> rewrittenMessages;
    int done = 0;
    // The pool prepares the next batches while this thread writes the current one. Two ahead: with one,
    // the pool's threads idled whenever a batch took the writer longer than the next took them (a fifth
    // of the two cores' time at 100,000 documents), and at the end of each batch, behind its slowest file.
    constexpr int kBatchesAhead = 2;
    QList<QFuture<Prepared>> ahead; // in file order
    qsizetype launched = 0; // where the next batch to launch starts
    const auto launchAhead = [&] {
        for (; ahead.size() < kBatchesAhead && launched < files.size(); launched += batchSize)
            ahead.append(launch(launched));
    };
    const auto cancelAhead = [&] {
        for (QFuture<Prepared>& future : ahead)
            future.cancel();
    };
    // Waited for on every way out, but never inside a write transaction: the batches still running
    // read this function's locals.
    const auto waitAhead = [&] {
        for (QFuture<Prepared>& future : ahead)
            waitLendingThread(future);
        ahead.clear();
    };
    const auto waitAheadOnReturn = qScopeGuard(waitAhead);
    launchAhead();
    qsizetype start = 0;
    struct Batch {
        QList<Unit> units;
        QList<Prepared> prepared;
    };
    // The next batch prepared, or none when all were written or the import was cancelled.
    const auto nextBatch = [&]() -> std::optional<Batch> {
        if (ahead.isEmpty())
            return std::nullopt;
        QFuture<Prepared> future = ahead.takeFirst();
        waitLendingThread(future);
        Batch batch { batchOf(start), future.results() };
        if (canceled() || batch.prepared.size() != batch.units.size()) {
            summary.cancelled = true;
            cancelAhead();
            return std::nullopt;
        }
        start += batchSize;
        launchAhead();
        return batch;
    };
    const auto nextIsReady = [&] { return !ahead.isEmpty() && ahead.first().isFinished(); };
    const auto settle = [&](Batch& batch) -> Result<void> {
        BatchWriter writer(documents, issues, options, importedAt, beforeFirstWrite);
        for (qsizetype i = 0; i < batch.units.size(); ++i) {
            if (auto r = writer.settle(batch.units[i], batch.prepared[i]); !r)
                return r;
            if (callbacks.progressed)
                callbacks.progressed(done + int(i) + 1, batch.units[i].file.source);
        }
        add(summary, writer.tally);
        removedDocuments = removedDocuments || writer.removedDocuments;
        unresolvedReplies += writer.unresolvedReplies;
        for (auto it = writer.rewrittenMessages.cbegin(); it != writer.rewrittenMessages.cend(); ++it)
            rewrittenMessages.insert(it.key(), it.value());
        done += int(batch.units.size());
        return {};
    };
    std::optional<Batch> batch = nextBatch();
    while (batch) {
        const bool onlyUnchanged = std::all_of(batch->prepared.cbegin(), batch->prepared.cend(),
            [](const Prepared& p) { return p.kind == Prepared::Kind::Unchanged; });
        // Several batches to a transaction: at 100,000 documents the pages of the indexes in random
        // order (content hash, dates, correspondents) made most of what each commit of one batch wrote.
        const auto settleSeveral = [&]() -> Result<void> {
            for (qsizetype written = 0;;) {
                if (auto r = settle(*batch); !r)
                    return r;
                written += batch->units.size();
                batch.reset();
                // Goes on only with a batch already prepared: the writer never waits on the pool while it
                // holds the write lock (reading scans can take minutes), so the window's own writes do not.
                if (written + batchSize > options.documentsPerTransaction || !nextIsReady())
                    return {};
                batch = nextBatch();
                if (!batch)
                    return {};
            }
        };
        // A re-import of unchanged files must not write at all, not even an empty transaction.
        auto settled = onlyUnchanged ? settle(*batch) : database->transaction(settleSeveral);
        if (!settled) {
            cancelAhead(); // and waited for on the way out
            qCWarning(lcImport) << "import into" << databasePath << "failed:" << settled.error().detail;
            return std::unexpected(settled.error());
        }
        batch = nextBatch();
    }
    restoreIndexes();
    // A reply met before the message it answers (files are read in name order, not in time).
    if (!unresolvedReplies.isEmpty()) {
        auto linked = database->transaction([&]() -> Result<void> {
            for (const auto& [id, messageId] : std::as_const(unresolvedReplies)) {
                auto answered = documents.sourceOfMessage(messageId);
                if (!answered)
                    return std::unexpected(answered.error());
                if (!answered->isEmpty())
                    if (auto r = documents.addLink(id, { DocumentLink::Kind::ReplyTo, *answered }); !r)
                        return r;
            }
            return {};
        });
        if (!linked)
            qCWarning(lcImport) << "could not link replies to their messages:" << linked.error().detail;
    }
    if (!summary.cancelled) {
        const QList<ImportOutcome> gone = goneFiles(collection, files, snapshot, rewrittenMessages);
        summary.gone += int(gone.size());
        summary.problems += gone;
    }

    if (summary.updated > 0 || removedDocuments) {
        if (auto r = documents.removeOrphanCorrespondents(); !r)
            qCWarning(lcImport) << "could not remove orphan correspondents:" << r.error().detail;
    }
    // A bulk import leaves the search index in dozens of segments that every search reads: merged,
    // searches at 100,000 documents take 40% less time. Only when this import wrote a good share of
    // the corpus, since merging costs in proportion to the whole index (seconds at 100,000).
    resumeMerges();
    const qsizetype written = summary.imported + summary.updated;
    if (!summary.cancelled && written > 0 && written * 10 >= snapshot.digestByPath.size() + summary.imported) {
        if (auto merged = search.optimizeIndex(canceled); !merged && merged.error().code != ErrorCode::Cancelled)
            qCWarning(lcImport) << "could not merge the search index:" << merged.error().detail;
    }
    qCDebug(lcImport) << "import into" << databasePath << ":" << summary.imported << "imported,"
                      << summary.updated << "updated," << summary.unchanged << "unchanged,"
                      << summary.rejected << "rejected," << summary.duplicates << "duplicates"
                      << (summary.cancelled ? "(cancelled)" : "");
    return summary;
}

} // namespace

ImportJob::ImportJob(QString databasePath, QStringList paths, ImportOptions options)
    : m_databasePath(std::move(databasePath))
    , m_paths(std::move(paths))
    , m_options(options)
{
}

void ImportJob::run(QPromise<Result<ImportSummary>>& promise) const
{
    ImportCallbacks callbacks;
    callbacks.started = [&](int files) { promise.setProgressRange(0, files); };
    callbacks.progressed
        = [&](int done, const QString& source) { promise.setProgressValueAndText(done, source); };
    // From pool threads: QPromise guards its state with a mutex. The value stays the files settled.
    callbacks.pageRead = [&](const QString& source, int pagesDone, int pageCount) {
        promise.setProgressValueAndText(promise.future().progressValue(), pageProgress(source, pagesDone, pageCount));
    };
    callbacks.isCanceled = [&] { return promise.isCanceled(); };
    // Qt drops the result of a cancelled promise; the watcher learns of the cancellation from the future.
    promise.addResult(execute(m_databasePath, m_paths, m_options, callbacks));
}

Result<ImportSummary> ImportJob::runSynchronously() const
{
    return runSynchronously(ImportCallbacks {});
}

Result<ImportSummary> ImportJob::runSynchronously(const ImportCallbacks& callbacks) const
{
    auto summary = execute(m_databasePath, m_paths, m_options, callbacks);
    releaseFreedMemory();
    return summary;
}

void ImportJob::releaseFreedMemory()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

QStringList ImportSummary::gonePaths() const
{
    QStringList paths;
    for (const ImportOutcome& o : problems)
        if (o.status == ImportOutcome::Status::Gone)
            paths.append(o.path);
    return paths;
}

Result<GoneRemoval> ImportJob::removeGone(const QString& databasePath, const QStringList& paths)
{
    auto database = Database::open(databasePath);
    if (!database)
        return std::unexpected(database.error());
    DocumentRepository documents(*database);
    GoneRemoval removal;
    auto removed = database->transaction([&]() -> Result<void> {
        for (const QString& path : paths) {
            if (existsOnDisk(path)) {
                removal.stillPresent.append(path);
                continue;
            }
            auto existing = documents.findBySourcePath(path);
            if (!existing)
                return std::unexpected(existing.error());
            if (!*existing)
                continue;
            auto corrections = documents.correctionCount(**existing);
            if (!corrections)
                return std::unexpected(corrections.error());
            auto gone = documents.remove((*existing)->id);
            if (!gone)
                return std::unexpected(gone.error());
            removal.removed += *gone ? 1 : 0;
            removal.corrections += *corrections;
        }
        return {};
    });
    if (!removed)
        return std::unexpected(removed.error());
    if (removal.removed > 0) {
        if (auto r = documents.removeOrphanCorrespondents(); !r)
            qCWarning(lcImport) << "could not remove orphan correspondents:" << r.error().detail;
    }
    qCDebug(lcImport) << "removed" << removal.removed << "documents of gone files from" << databasePath;
    return removal;
}

QFuture<Result<ImportSummary>> ImportJob::start() const
{
    return QtConcurrent::run(workPool(),
        [job = *this](QPromise<Result<ImportSummary>>& promise) { job.run(promise); });
}

} // namespace littoral::core
