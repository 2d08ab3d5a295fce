// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// littoral-reader: reads PDFs and images under resource limits for ReaderProcess (core/formats).
// Usage: littoral-reader [--max-pages N] [--cpu-per-page S] [--max-image-pixels P] [--password-stdin]
//        FILE|-
//        littoral-reader [limits] --serve
// Writes ReaderFrames (core/formats/readerprotocol.h) to stdout. The password comes from the first
// line of stdin (--password-stdin) or LITTORAL_READER_PASSWORD, never from argv, which `ps` shows.
// With --serve it reads ReaderRequests from stdin, one file after another, until stdin closes; after
// a failure it exits (what a damaged file left behind in poppler or Tesseract is not trusted).
#include "core/formats/imagefile.h"
#include "core/formats/ocrengine.h"
#include "core/formats/pdfreader.h"
#include "core/formats/readerprotocol.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <new>
#include <optional>

#include <sys/resource.h>
#include <unistd.h>

using namespace littoral::core;

namespace {

void writeAll(const QByteArray& bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, bytes.constData() + done, size_t(bytes.size() - done));
        if (n <= 0)
            std::_Exit(3); // the reading side is gone
        done += n;
    }
}

void send(const ReaderFrame& frame) { writeAll(frame.encode()); }

int fail(const Rejection& rejection)
{
    ReaderFrame frame;
    frame.kind = ReaderFrame::Kind::Failed;
    frame.rejection = rejection;
    send(frame);
    return 1;
}

// Before each page, the soft CPU limit moves to what was used so far plus one page's allowance: a
// page that loops in poppler or Tesseract gets SIGXCPU, which ReaderProcess reports with its page.
void allowCpuForOnePage(int seconds)
{
    if (seconds <= 0)
        return;
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    rlimit limit {};
    getrlimit(RLIMIT_CPU, &limit);
    const rlim_t used = rlim_t(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + 1;
    rlim_t soft = used + rlim_t(seconds);
    if (limit.rlim_max != RLIM_INFINITY && soft > limit.rlim_max)
        soft = limit.rlim_max;
    limit.rlim_cur = soft;
    setrlimit(RLIMIT_CPU, &limit);
}

QString memoryDetail()
{
    rlimit limit {};
    if (getrlimit(RLIMIT_AS, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY)
        return QStringLiteral("needed more than %1 MB of memory").arg(qint64(limit.rlim_cur >> 20));
    return QStringLiteral("ran out of memory");
}

enum class Kind { Pdf, Image, Other };

Kind kindOf(const QByteArray& bytes)
{
    if (bytes.startsWith("%PDF-"))
        return Kind::Pdf;
    if (bytes.startsWith("\x89PNG\r\n\x1a\n") || bytes.startsWith("\xff\xd8\xff") || bytes.startsWith(QByteArrayView("II*\0", 4))
        || bytes.startsWith(QByteArrayView("MM\0*", 4)))
        return Kind::Image;
    // Some PDFs carry a few bytes before their header; readers accept it within the first kilobyte.
    if (bytes.left(1024).contains("%PDF-"))
        return Kind::Pdf;
    return Kind::Other;
}

struct Options {
    QString path;
    int maxPages = 2000;
    int cpuSecondsPerPage = 60;
    qint64 maxImagePixels = qint64(15000) * 15000;
    bool passwordOnStdin = false;
    bool serve = false;
};

std::optional<Options> parse(const QStringList& args)
{
    Options options;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        const auto value = [&]() -> std::optional<qint64> {
            if (i + 1 >= args.size())
                return std::nullopt;
            bool ok = false;
            const qint64 v = args.at(++i).toLongLong(&ok);
            return ok ? std::optional(v) : std::nullopt;
        };
        if (arg == QLatin1String("--max-pages")) {
            const auto v = value();
            if (!v)
                return std::nullopt;
            options.maxPages = int(*v);
        } else if (arg == QLatin1String("--cpu-per-page")) {
            const auto v = value();
            if (!v)
                return std::nullopt;
            options.cpuSecondsPerPage = int(*v);
        } else if (arg == QLatin1String("--max-image-pixels")) {
            const auto v = value();
            if (!v)
                return std::nullopt;
            options.maxImagePixels = *v;
        } else if (arg == QLatin1String("--password-stdin")) {
            options.passwordOnStdin = true;
        } else if (arg == QLatin1String("--serve")) {
            options.serve = true;
        } else if (options.path.isEmpty()) {
            options.path = arg;
        } else {
            return std::nullopt;
        }
    }
    if (options.path.isEmpty() == !options.serve)
        return std::nullopt;
    return options;
}

class Reader {
public:
    explicit Reader(const Options& options)
        : m_options(options)
    {
    }

    int run(const QByteArray& bytes, const QString& password)
    {
        switch (kindOf(bytes)) {
        case Kind::Pdf:
            return readPdf(bytes, password);
        case Kind::Image:
            return readImage(bytes);
        case Kind::Other:
            break;
        }
        return fail(Rejection { RejectReason::Damaged, QStringLiteral("neither a PDF nor an image") });
    }

private:
    bool begin(int pageCount)
    {
        if (pageCount > m_options.maxPages) {
            fail(Rejection { RejectReason::TooManyPages,
                QStringLiteral("%1 pages, more than the %2 limit").arg(pageCount).arg(m_options.maxPages) });
            return false;
        }
        ReaderFrame frame;
        frame.kind = ReaderFrame::Kind::Begin;
        frame.pageCount = pageCount;
        send(frame);
        return true;
    }

    void started(int index)
    {
        allowCpuForOnePage(m_options.cpuSecondsPerPage);
        ReaderFrame frame;
        frame.kind = ReaderFrame::Kind::Started;
        frame.pageIndex = index;
        send(frame);
    }

    void sendPage(int index, ReadPage page)
    {
        ReaderFrame frame;
        frame.kind = ReaderFrame::Kind::Page;
        frame.pageIndex = index;
        frame.page = std::move(page);
        send(frame);
    }

    int end(const PdfMetadata& metadata)
    {
        ReaderFrame frame;
        frame.kind = ReaderFrame::Kind::End;
        frame.metadata = metadata;
        send(frame);
        return 0;
    }

    std::expected<ReadPage, Rejection> recognise(const RasterImage& image)
    {
        // One engine for every file this helper reads, started on the first scanned page: it costs a second.
        if (!m_ocr) {
            m_ocr = std::make_unique<OcrEngine>();
            if (auto ok = m_ocr->initialise(); !ok) {
                m_ocrFailure = ok.error();
                return std::unexpected(ok.error());
            }
        }
        if (m_ocrFailure)
            return std::unexpected(*m_ocrFailure);
        return m_ocr->recognise(image);
    }

    int readPdf(const QByteArray& bytes, const QString& password)
    {
        auto pdf = PdfReader::open(bytes, password);
        if (!pdf)
            return fail(pdf.error());
        if (!begin(pdf->pageCount()))
            return 1;
        for (int i = 0; i < pdf->pageCount(); ++i) {
            started(i);
            ReadPage current = pdf->textPage(i);
            if (current.words.isEmpty()) {
                const QSizeF size = current.size;
                auto image = pdf->render(i, 300);
                if (!image)
                    return fail(image.error());
                auto scanned = recognise(*image);
                if (!scanned)
                    return fail(scanned.error());
                current = std::move(*scanned);
                current.ocr = true;
                current.size = size;
            }
            sendPage(i, std::move(current));
        }
        return end(pdf->metadata());
    }

    int readImage(const QByteArray& bytes)
    {
        const auto count = ImageFile::pageCount(bytes);
        if (!count)
            return fail(count.error());
        if (!begin(*count))
            return 1;
        for (int i = 0; i < *count; ++i) {
            started(i);
            const auto image = ImageFile::page(bytes, i, m_options.maxImagePixels);
            if (!image)
                return fail(image.error());
            auto scanned = recognise(*image);
            if (!scanned)
                return fail(scanned.error());
            scanned->ocr = true;
            if (scanned->size.isEmpty() && image->dpi > 0)
                scanned->size = QSizeF(image->width * 72.0 / image->dpi, image->height * 72.0 / image->dpi);
            sendPage(i, std::move(*scanned));
        }
        return end({});
    }

    Options m_options;
    std::unique_ptr<OcrEngine> m_ocr;
    std::optional<Rejection> m_ocrFailure;
};

QByteArray readStdin(bool firstLineOnly)
{
    QByteArray bytes;
    char buffer[65536];
    for (;;) {
        if (firstLineOnly) {
            char c = 0;
            const ssize_t n = ::read(STDIN_FILENO, &c, 1);
            if (n <= 0 || c == '\n')
                return bytes;
            bytes.append(c);
            continue;
        }
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0)
            return bytes;
        bytes.append(buffer, n);
    }
}

// Exactly `size` bytes of stdin; false at its end.
bool readExactly(char* into, qsizetype size)
{
    qsizetype done = 0;
    while (done < size) {
        const ssize_t n = ::read(STDIN_FILENO, into + done, size_t(size - done));
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

// The next request's payload; nullopt when stdin closed.
std::optional<QByteArray> nextRequest()
{
    uchar head[4];
    if (!readExactly(reinterpret_cast<char*>(head), 4))
        return std::nullopt;
    const quint32 length = (quint32(head[0]) << 24) | (quint32(head[1]) << 16) | (quint32(head[2]) << 8) | quint32(head[3]);
    QByteArray payload(qsizetype(length), Qt::Uninitialized);
    if (!readExactly(payload.data(), payload.size()))
        return std::nullopt;
    return payload;
}

std::expected<QByteArray, Rejection> fileBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(Rejection { RejectReason::Unreadable, file.errorString() });
    QByteArray bytes = file.readAll();
    if (bytes.isEmpty())
        return std::unexpected(Rejection { RejectReason::Empty, QStringLiteral("no bytes") });
    return bytes;
}

// One file after another; the OCR engine, once started, serves them all.
int serve(const Options& options)
{
    Reader reader(options);
    while (const std::optional<QByteArray> payload = nextRequest()) {
        const std::optional<ReaderRequest> request = ReaderRequest::decode(*payload);
        if (!request)
            return fail(Rejection { RejectReason::Damaged, QStringLiteral("a request that does not parse") });
        // Opening the file gets a page's allowance of CPU, as each page does.
        allowCpuForOnePage(options.cpuSecondsPerPage);
        auto bytes = request->path.isEmpty() ? std::expected<QByteArray, Rejection>(request->bytes) : fileBytes(request->path);
        if (bytes && bytes->isEmpty())
            bytes = std::unexpected(Rejection { RejectReason::Empty, QStringLiteral("no bytes") });
        if (!bytes)
            return fail(bytes.error());
        if (const int status = reader.run(*bytes, request->password); status != 0)
            return status;
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    // Tesseract's OpenMP pool: the import's own pool already uses every core.
    setenv("OMP_THREAD_LIMIT", "1", 1);
    QCoreApplication app(argc, argv);
    const auto options = parse(app.arguments());
    if (!options) {
        std::fputs("usage: littoral-reader [--max-pages N] [--cpu-per-page S] [--max-image-pixels P] "
                   "[--password-stdin] FILE|-\n       littoral-reader [--max-pages N] [--cpu-per-page S] "
                   "[--max-image-pixels P] --serve\n",
            stderr);
        return 2;
    }
    try {
        if (options->serve)
            return serve(*options);
        QString password = qEnvironmentVariable("LITTORAL_READER_PASSWORD");
        if (options->passwordOnStdin)
            password = QString::fromUtf8(readStdin(true));
        QByteArray bytes;
        if (options->path == QLatin1String("-")) {
            bytes = readStdin(false);
        } else {
            QFile file(options->path);
            if (!file.open(QIODevice::ReadOnly))
                return fail(Rejection { RejectReason::Unreadable, file.errorString() });
            bytes = file.readAll();
        }
        if (bytes.isEmpty())
            return fail(Rejection { RejectReason::Empty, QStringLiteral("no bytes") });
        Reader reader(*options);
        return reader.run(bytes, password);
    } catch (const std::bad_alloc&) {
        return fail(Rejection { RejectReason::TooDemanding, memoryDetail() });
    }
}
