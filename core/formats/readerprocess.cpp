// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/readerprocess.h"

#include "core/formats/readerprotocol.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <csignal>
#include <memory>

#include <sys/resource.h>

namespace littoral::core {

namespace {

constexpr int kSliceMs = 200; // isCanceled is polled this often

// AddressSanitizer reserves terabytes of address space for its shadow memory: a sanitized helper
// cannot start under RLIMIT_AS, so sanitizer builds bound it by CPU and the watchdog only.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kLimitAddressSpace = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kLimitAddressSpace = false;
#else
constexpr bool kLimitAddressSpace = true;
#endif
#else
constexpr bool kLimitAddressSpace = true;
#endif

std::unexpected<Rejection> reject(RejectReason reason, const QString& detail)
{
    return std::unexpected(Rejection { reason, detail });
}

// A helper reads this many files, then the next one starts afresh: memory a long run of files
// leaves fragmented in poppler or Tesseract does not pile up against its address-space bound.
constexpr int kFilesPerHelper = 200;

// This thread's serving helper (littoral-reader --serve), kept between files: a QProcess belongs to
// the thread that started it, and an import's pool threads each read one file at a time.
class ServingHelper final {
public:
    ~ServingHelper() { stop(); }

    // The running helper started with `arguments`, started now when there is none (or it was started
    // with others, or has served its share; `started` says so); nullptr with `error` set when it cannot start.
    QProcess* acquire(const QString& program, const QStringList& arguments, const ReaderLimits& limits, bool* started,
        QString* error)
    {
        *started = false;
        if (m_process && (m_process->state() != QProcess::Running || m_program != program || m_arguments != arguments
                             || m_addressSpace != limits.addressSpaceBytes || m_served >= kFilesPerHelper))
            stop();
        if (m_process)
            return m_process.get();
        auto process = std::make_unique<QProcess>();
        process->setProgram(program);
        process->setArguments(arguments);
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("LITTORAL_READER_PASSWORD"));
        environment.insert(QStringLiteral("OMP_THREAD_LIMIT"), QStringLiteral("1"));
        process->setProcessEnvironment(environment);
        // The helper's stderr is kept (a little of it) to tell an allocation failure from a crash.
        process->setProcessChannelMode(QProcess::SeparateChannels);
        const rlim_t addressSpace = kLimitAddressSpace && limits.addressSpaceBytes > 0 ? rlim_t(limits.addressSpaceBytes) : RLIM_INFINITY;
        // A backstop only: the helper moves its soft limit to one page's allowance before each page.
        const rlim_t cpuTotal = limits.cpuSecondsPerPage > 0
            ? rlim_t(limits.cpuSecondsPerPage) * rlim_t(std::max(limits.maxPages, 1)) * kFilesPerHelper
            : RLIM_INFINITY;
        // Runs in the child between fork and exec: async-signal-safe calls only.
        process->setChildProcessModifier([addressSpace, cpuTotal] {
            const rlimit memory { addressSpace, addressSpace };
            setrlimit(RLIMIT_AS, &memory);
            const rlimit cpu { cpuTotal, cpuTotal };
            setrlimit(RLIMIT_CPU, &cpu);
            const rlimit noCore { 0, 0 }; // a killed helper leaves no core file behind
            setrlimit(RLIMIT_CORE, &noCore);
        });
        process->start(QIODevice::ReadWrite);
        if (!process->waitForStarted(10000)) {
            *error = process->errorString();
            return nullptr;
        }
        m_process = std::move(process);
        m_program = program;
        m_arguments = arguments;
        m_addressSpace = limits.addressSpaceBytes;
        m_served = 0;
        *started = true;
        return m_process.get();
    }

    void served() { ++m_served; }

    // Kills the helper now (cancel, no progress) rather than letting it finish its file.
    void kill()
    {
        if (!m_process)
            return;
        m_process->kill();
        m_process->waitForFinished(5000);
        m_process.reset();
    }

    // Closing its stdin ends the helper between files.
    void stop()
    {
        if (!m_process)
            return;
        m_process->closeWriteChannel();
        if (!m_process->waitForFinished(2000))
            kill();
        m_process.reset();
    }

private:
    std::unique_ptr<QProcess> m_process;
    QString m_program;
    QStringList m_arguments;
    qint64 m_addressSpace = 0;
    int m_served = 0;
};

ServingHelper& servingHelper()
{
    thread_local ServingHelper helper;
    return helper;
}

// One request to this thread's helper. `helperToBlame` is set when a helper kept from earlier files
// failed in a way a fresh one may not: found dead before it answered (killed while it waited), or out
// of memory (what earlier files left fragmented counts against its address space).
std::expected<ReadResult, Rejection> readOnce(const QByteArray* nativePath, const QByteArray* bytes, const QString& password,
    const ReaderLimits& limits, const ReaderCallbacks& callbacks, bool* helperToBlame)
{
    const QString helperPath = ReaderProcess::helperPath();
    if (helperPath.isEmpty() || !QFileInfo(helperPath).isExecutable())
        return reject(RejectReason::Unreadable,
            QStringLiteral("the reader helper is missing (looked for %1)")
                .arg(helperPath.isEmpty() ? QStringLiteral("littoral-reader") : helperPath));

    const QStringList arguments { QStringLiteral("--max-pages"), QString::number(limits.maxPages),
        QStringLiteral("--cpu-per-page"), QString::number(limits.cpuSecondsPerPage),
        QStringLiteral("--max-image-pixels"), QString::number(limits.maxImagePixels), QStringLiteral("--serve") };
    ServingHelper& helper = servingHelper();
    bool started = false;
    QString startError;
    QProcess* process = helper.acquire(helperPath, arguments, limits, &started, &startError);
    const bool reused = !started;
    if (!process)
        return reject(RejectReason::Unreadable, QStringLiteral("the reader helper %1 did not start: %2").arg(helperPath, startError));

    ReaderRequest asked;
    if (nativePath)
        asked.path = QFile::decodeName(*nativePath);
    else
        asked.bytes = *bytes;
    asked.password = password;
    process->write(asked.encode());

    ReadResult result;
    QByteArray buffer;
    QByteArray errors;
    int pageCount = -1;
    int currentPage = -1;
    bool ended = false;
    std::optional<Rejection> failure;
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    enum class Stop { None, Cancelled, Stalled } stop = Stop::None;

    const auto drain = [&] {
        buffer += process->readAllStandardOutput();
        errors += process->readAllStandardError();
        errors = errors.right(4096);
        while (!failure && !ended) {
            auto frame = ReaderFrame::take(buffer);
            if (!frame)
                break;
            switch (frame->kind) {
            case ReaderFrame::Kind::Begin:
                pageCount = frame->pageCount;
                result.pages.reserve(pageCount);
                if (callbacks.pageRead)
                    callbacks.pageRead(0, pageCount);
                break;
            case ReaderFrame::Kind::Started:
                currentPage = frame->pageIndex;
                break;
            case ReaderFrame::Kind::Page:
                result.pages.append(std::move(frame->page));
                sinceProgress.restart();
                if (callbacks.pageRead)
                    callbacks.pageRead(int(result.pages.size()), pageCount);
                break;
            case ReaderFrame::Kind::End:
                result.metadata = frame->metadata;
                ended = true;
                break;
            case ReaderFrame::Kind::Failed:
                failure = frame->rejection;
                break;
            }
        }
    };

    // Until this file's answer is complete: the helper then waits for the next request.
    while (!ended && !failure && process->state() != QProcess::NotRunning) {
        process->waitForReadyRead(kSliceMs);
        drain();
        if (ended || failure)
            break;
        if (callbacks.isCanceled && callbacks.isCanceled()) {
            stop = Stop::Cancelled;
            break;
        }
        if (limits.secondsWithoutProgress > 0 && sinceProgress.elapsed() > qint64(limits.secondsWithoutProgress) * 1000) {
            stop = Stop::Stalled;
            break;
        }
    }
    if (stop != Stop::None) {
        helper.kill();
        if (stop == Stop::Cancelled)
            return reject(RejectReason::Unreadable, QStringLiteral("cancelled"));
        return reject(RejectReason::TooDemanding,
            QStringLiteral("no page read in %1 s (page %2)").arg(limits.secondsWithoutProgress).arg(currentPage + 1));
    }
    if (!ended && !failure) {
        process->waitForFinished(5000);
        drain();
    }

    const QString onPage = currentPage >= 0 ? QStringLiteral(" on page %1").arg(currentPage + 1) : QString();
    const bool outOfMemory = failure && failure->reason == RejectReason::TooDemanding && failure->detail.startsWith(QLatin1String("needed more than"));
    if (failure) {
        // A helper that failed exits: gone before the next file asks for one.
        process->waitForFinished(5000);
        helper.stop();
        *helperToBlame = reused && outOfMemory;
        if (failure->reason == RejectReason::TooDemanding || failure->reason == RejectReason::Damaged)
            failure->detail += onPage;
        return std::unexpected(*failure);
    }
    if (ended && result.pages.size() == pageCount) {
        helper.served();
        return result;
    }
    const QProcess::ExitStatus exitStatus = process->exitStatus();
    const int exitCode = process->exitCode();
    helper.stop();
    if (reused && pageCount < 0 && exitStatus == QProcess::CrashExit && exitCode != SIGXCPU) {
        *helperToBlame = true;
        return reject(RejectReason::Unreadable, QStringLiteral("the reader helper had stopped"));
    }
    if (exitStatus == QProcess::CrashExit) {
        // On Unix QProcess gives the signal as the exit code of a crashed process.
        const int signalNumber = exitCode;
        if (signalNumber == SIGXCPU || signalNumber == SIGKILL)
            return reject(RejectReason::TooDemanding,
                QStringLiteral("took more than %1 s of CPU%2").arg(limits.cpuSecondsPerPage).arg(onPage));
        const bool crashedOutOfMemory = errors.contains("Out of memory") || errors.contains("bad_alloc")
            || errors.contains("Cannot allocate memory") || errors.contains("memory allocation");
        if (crashedOutOfMemory && limits.addressSpaceBytes > 0) {
            *helperToBlame = reused;
            return reject(RejectReason::TooDemanding,
                QStringLiteral("needed more than %1 MB of memory%2").arg(limits.addressSpaceBytes >> 20).arg(onPage));
        }
        return reject(RejectReason::Damaged, QStringLiteral("the reader crashed (signal %1)%2").arg(signalNumber).arg(onPage));
    }
    return reject(RejectReason::Damaged, QStringLiteral("the reader stopped (exit code %1)%2").arg(exitCode).arg(onPage));
}

std::expected<ReadResult, Rejection> run(const QByteArray* nativePath, const QByteArray* bytes, const QString& password,
    const ReaderLimits& limits, const ReaderCallbacks& callbacks)
{
    bool helperToBlame = false;
    auto read = readOnce(nativePath, bytes, password, limits, callbacks, &helperToBlame);
    if (!read && helperToBlame)
        return readOnce(nativePath, bytes, password, limits, callbacks, &helperToBlame); // with a new helper
    return read;
}

} // namespace

std::expected<ReadResult, Rejection> ReaderProcess::readFile(const QByteArray& nativePath, const QString& password,
    const ReaderLimits& limits, const ReaderCallbacks& callbacks)
{
    return run(&nativePath, nullptr, password, limits, callbacks);
}

std::expected<ReadResult, Rejection> ReaderProcess::readBytes(const QByteArray& bytes, const QString& password,
    const ReaderLimits& limits, const ReaderCallbacks& callbacks)
{
    return run(nullptr, &bytes, password, limits, callbacks);
}

QString ReaderProcess::helperPath()
{
    const QString fromEnvironment = qEnvironmentVariable("LITTORAL_READER");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    if (QCoreApplication::instance()) {
        const QString beside = QCoreApplication::applicationDirPath() + QStringLiteral("/littoral-reader");
        if (QFileInfo(beside).isExecutable())
            return beside;
        // Installed: a helper, not a command, so out of PATH (app/CMakeLists.txt).
        const QString installed
            = QCoreApplication::applicationDirPath() + QStringLiteral("/../libexec/littoral/littoral-reader");
        if (QFileInfo(installed).isExecutable())
            return QFileInfo(installed).canonicalFilePath();
    }
    return QStandardPaths::findExecutable(QStringLiteral("littoral-reader"));
}

bool ReaderProcess::isReadable(QByteArrayView head)
{
    return head.startsWith("%PDF-") || head.startsWith("\x89PNG\r\n\x1a\n") || head.startsWith("\xff\xd8\xff")
        || head.startsWith(QByteArrayView("II*\0", 4)) || head.startsWith(QByteArrayView("MM\0*", 4));
}

} // namespace littoral::core
