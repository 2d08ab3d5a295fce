// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/importjob.h"

#include "core/db/database.h"
#include "core/db/documentrepository.h"
#include "core/db/importissuerepository.h"
#include "core/db/searchrepository.h"
#include "core/extract/documentextractor.h"
#include "core/extract/textcleaner.h"
#include "core/extract/textdecoder.h"
#include "core/import/filecollector.h"
#include "core/logging.h"
#include "core/workpool.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>
#include <tuple>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace littoral::core {
namespace {

// What the database held when the run began, so pool threads can skip decoding and extracting
// files that are certainly unchanged or duplicates. Read-only while the pool runs; the writer
// re-checks everything against the database.
struct Snapshot {
    QHash<QString, QByteArray> digestByPath; // raw SHA-256
    QHash<QString, QString> sourceByPath;
    QSet<QByteArray> digests;
    QSet<QString> predatesConfidence; // paths extracted again even when unchanged (DocumentRef)
};

// One file after the parallel stage.
struct Prepared {
    enum class Kind { Skipped, Unchanged, KnownDuplicate, Rejected, Missing, Ready };
    Kind kind = Kind::Skipped;
    QString sha256; // hex
    QString reason; // Rejected
    Document document; // Ready
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
std::optional<QString> openRegular(const CollectedFile& file, const ImportOptions& options, QFile& f)
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
    if (st.st_size > options.maxFileSize)
        return rejection(RejectReason::TooLarge,
            QStringLiteral("%1, more than the %2 limit").arg(dataSize(st.st_size), dataSize(options.maxFileSize)));
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

// Pool thread: read, hash, decode, clean, extract. Pure apart from reading the file.
Prepared prepare(const CollectedFile& file, const ImportOptions& options, const Snapshot* snapshot,
    const QDateTime& importedAt, const std::function<bool()>& isCanceled)
{
    const auto canceled = [&] { return isCanceled && isCanceled(); };
    if (canceled())
        return {};

    QFile f(file.path);
    if (file.nativePath.isEmpty()) { // a Qt resource
        const qint64 size = f.size();
        if (size > options.maxFileSize)
            return rejected(rejection(RejectReason::TooLarge,
                QStringLiteral("%1, more than the %2 limit").arg(dataSize(size), dataSize(options.maxFileSize))));
        if (!f.open(QIODevice::ReadOnly))
            return rejected(rejection(RejectReason::Unreadable, f.errorString()));
    } else if (const std::optional<QString> refused = openRegular(file, options, f)) {
        if (refused->isEmpty())
            return missing(rejection(RejectReason::Unreadable, errorText(ENOENT)));
        return rejected(*refused);
    }
    const QByteArray bytes = f.read(options.maxFileSize + 1);
    if (f.error() != QFileDevice::NoError)
        return rejected(rejection(RejectReason::Unreadable, f.errorString()));
    if (bytes.size() > options.maxFileSize)
        return rejected(rejection(RejectReason::TooLarge,
            QStringLiteral("more than the %1 limit").arg(dataSize(options.maxFileSize))));
    f.close();

    const QByteArray digest = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    Prepared p;
    p.sha256 = QString::fromLatin1(digest.toHex());
    if (snapshot) {
        const auto known = snapshot->digestByPath.constFind(file.path);
        const bool same = known != snapshot->digestByPath.constEnd() && *known == digest;
        if (same && !snapshot->predatesConfidence.contains(file.path)) {
            p.kind = Prepared::Kind::Unchanged;
            return p;
        }
        if (!same && snapshot->digests.contains(digest)) {
            p.kind = Prepared::Kind::KnownDuplicate;
            return p;
        }
    }
    if (canceled())
        return {};

    auto decoded = TextDecoder::decode(bytes);
    if (!decoded)
        return rejected(rejection(decoded.error().reason, decoded.error().detail), p.sha256);
    QString text = TextCleaner::clean(decoded->text);
    if (text.trimmed().isEmpty())
        return rejected(rejection(RejectReason::Empty, QStringLiteral("only blank space")), p.sha256);
    if (canceled())
        return {};

    p.kind = Prepared::Kind::Ready;
    p.document.sourcePath = file.path;
    p.document.fileName = QFileInfo(file.path).fileName();
    p.document.sha256 = p.sha256;
    p.document.encoding = decoded->encoding;
    p.document.extraction = DocumentExtractor::extract(text, { options.extractionBudgetMs, isCanceled });
    if (canceled())
        return {}; // cut by the cancellation, not by its budget: not written
    if (decoded->replacedSequences > 0)
        p.document.warnings.append(
            { DocumentWarning::Code::ReplacedBytes, QString::number(decoded->replacedSequences) });
    if (p.document.extraction.cutShort)
        p.document.warnings.append(
            { DocumentWarning::Code::ExtractionCut, QString::number(options.extractionBudgetMs) });
    p.document.text = std::move(text);
    p.document.importedAt = importedAt;
    return p;
}

// Writer thread: settles each prepared file against the database, inside the batch's transaction.
class BatchWriter final {
public:
    BatchWriter(DocumentRepository& documents, ImportIssueRepository& issues, const ImportOptions& options,
        const QDateTime& importedAt)
        : m_documents(documents)
        , m_issues(issues)
        , m_options(options)
        , m_importedAt(importedAt)
    {
    }

    ImportSummary tally;
    bool removedDocuments = false;

    Result<void> settle(const CollectedFile& file, Prepared& prepared)
    {
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
            prepared = prepare(file, m_options, nullptr, m_importedAt, {});
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
        if (auto written = m_documents.write(prepared.document, file.source); !written)
            return std::unexpected(written.error());
        if (auto r = m_issues.clear(file.path); !r)
            return r;
        if (*existing)
            ++tally.updated;
        else
            ++tally.imported;
        return {};
    }

private:
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
            tally.problems.append({ ImportOutcome::Status::Kept, file.source, prepared.reason, {}, {} });
            return {};
        }
        if (auto r = m_issues.recordRejected(file.path, file.source, prepared.reason); !r)
            return r;
        ++tally.rejected;
        tally.problems.append({ ImportOutcome::Status::Rejected, file.source, prepared.reason, {}, {} });
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
};

// While this thread only waits for the pool, the pool may use its slot: run() itself occupies a pool
// thread, and on a one-core machine (or with other jobs running) the batch would otherwise never start.
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
QList<ImportOutcome> goneFiles(const Collection& collection, const Snapshot& snapshot)
{
    QSet<QString> collected;
    for (const CollectedFile& file : collection.files)
        collected.insert(file.path);
    QList<ImportOutcome> gone;
    for (auto it = snapshot.sourceByPath.cbegin(); it != snapshot.sourceByPath.cend(); ++it) {
        const QString& path = it.key();
        if (collected.contains(path))
            continue;
        const bool covered = collection.fileArguments.contains(path)
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

Result<ImportSummary> execute(const QString& databasePath, const QStringList& paths,
    const ImportOptions& options, const ImportCallbacks& callbacks)
{
    const auto canceled = [&] { return callbacks.isCanceled && callbacks.isCanceled(); };

    auto database = Database::open(databasePath);
    if (!database)
        return std::unexpected(database.error());
    DocumentRepository documents(*database);
    ImportIssueRepository issues(*database);

    const Collection collection = FileCollector::collect(paths);
    const QList<CollectedFile>& files = collection.files;
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

    const QDateTime importedAt = QDateTime::currentDateTimeUtc();
    const qsizetype batchSize = std::max(1, options.batchSize);
    const auto batchOf = [&](qsizetype start) { return files.mid(start, batchSize); };
    const auto launch = [&](qsizetype start) {
        return QtConcurrent::mapped(
            workPool(), batchOf(start), [&](const CollectedFile& file) {
                return prepare(file, options, &snapshot, importedAt, callbacks.isCanceled);
            });
    };

    ImportSummary summary;
    for (const SkippedFolder& folder : collection.skipped) {
        ++summary.skipped;
        summary.problems.append({ ImportOutcome::Status::Skipped, folder.source, folder.reason, {}, {} });
    }
    bool removedDocuments = false;
    int done = 0;
    // The pool prepares the next batch while this thread writes the current one.
    std::optional<QFuture<Prepared>> next;
    if (!files.isEmpty())
        next = launch(0);
    for (qsizetype start = 0; start < files.size(); start += batchSize) {
        waitLendingThread(*next);
        QList<Prepared> prepared = next->results();
        next.reset();
        if (canceled() || prepared.size() != batchOf(start).size()) {
            summary.cancelled = true;
            break;
        }
        if (start + batchSize < files.size())
            next = launch(start + batchSize);

        const QList<CollectedFile> batch = batchOf(start);
        BatchWriter writer(documents, issues, options, importedAt);
        const auto settleAll = [&]() -> Result<void> {
            for (qsizetype i = 0; i < batch.size(); ++i) {
                if (auto r = writer.settle(batch[i], prepared[i]); !r)
                    return r;
                if (callbacks.progressed)
                    callbacks.progressed(done + int(i) + 1, batch[i].source);
            }
            return {};
        };
        const bool onlyUnchanged = std::all_of(prepared.cbegin(), prepared.cend(),
            [](const Prepared& p) { return p.kind == Prepared::Kind::Unchanged; });
        // A re-import of unchanged files must not write at all, not even an empty transaction.
        auto settled = onlyUnchanged ? settleAll() : database->transaction(settleAll);
        if (!settled) {
            if (next) {
                next->cancel();
                waitLendingThread(*next);
            }
            qCWarning(lcImport) << "import into" << databasePath << "failed:" << settled.error().detail;
            return std::unexpected(settled.error());
        }
        add(summary, writer.tally);
        removedDocuments = removedDocuments || writer.removedDocuments;
        done += int(batch.size());
    }
    if (next) {
        next->cancel();
        waitLendingThread(*next);
    }
    if (!summary.cancelled) {
        const QList<ImportOutcome> gone = goneFiles(collection, snapshot);
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
    const qsizetype written = summary.imported + summary.updated;
    if (!summary.cancelled && written > 0 && written * 10 >= snapshot.digestByPath.size() + summary.imported) {
        if (auto merged = SearchRepository(*database).optimizeIndex(canceled); !merged && merged.error().code != ErrorCode::Cancelled)
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
    return execute(m_databasePath, m_paths, m_options, callbacks);
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
