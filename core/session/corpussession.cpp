// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/corpussession.h"

#include "core/chronology/chronologyfile.h"
#include "core/db/changerepository.h"
#include "core/db/chronologyrepository.h"
#include "core/db/correspondentrepository.h"
#include "core/db/storyrepository.h"
#include "core/domain/curation.h"
#include "core/extract/typeddatereader.h"
#include "core/import/corpuslocation.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QFileInfo>

#include <algorithm>

#include <pwd.h>
#include <unistd.h>

namespace littoral::core {
namespace {

QLatin1String key(const char* name) { return QLatin1String(name); }

constexpr int kOutsideWritePollMs = 1000;

Change documentChange(ChangeKind kind, QJsonObject before, QJsonObject after)
{
    Change change;
    change.kind = kind;
    change.before = std::move(before);
    change.after = std::move(after);
    return change;
}

} // namespace

QString currentUserName()
{
    for (const char* variable : { "USER", "LOGNAME", "USERNAME" })
        if (const QString name = qEnvironmentVariable(variable); !name.isEmpty())
            return name;
    if (const passwd* entry = getpwuid(getuid()))
        return QString::fromLocal8Bit(entry->pw_name);
    return QStringLiteral("unknown");
}

Result<std::unique_ptr<CorpusSession>> CorpusSession::open(const QString& path, QObject* parent)
{
    // A new file is created (open() says why it cannot be); an existing one nobody may write is read.
    const bool writable = bool(Database::checkWritable(path)) || !QFileInfo::exists(path);
    auto database = writable ? Database::open(path) : Database::openExisting(path);
    if (!database)
        return std::unexpected(database.error());
    return std::unique_ptr<CorpusSession>(new CorpusSession(std::move(*database), parent));
}

CorpusSession::CorpusSession(Database database, QObject* parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_documents(std::make_unique<DocumentRepository>(m_database))
    , m_changes(std::make_unique<ChangeRepository>(m_database))
    , m_correspondents(std::make_unique<CorrespondentRepository>(m_database))
    , m_stories(std::make_unique<StoryRepository>(m_database))
    , m_chronology(std::make_unique<ChronologyRepository>(m_database))
{
    if (auto version = dataVersion())
        m_dataVersion = *version;
    m_outsideWrites.setInterval(kOutsideWritePollMs);
    connect(&m_outsideWrites, &QTimer::timeout, this, &CorpusSession::checkForOutsideWrites);
    m_outsideWrites.start();
}

CorpusSession::~CorpusSession() = default;

QString CorpusSession::path() const { return m_database.path(); }
bool CorpusSession::isReadOnly() const { return m_database.isReadOnly(); }
Database& CorpusSession::database() { return m_database; }

Result<void> CorpusSession::checkWritable() const
{
    if (m_database.isReadOnly() || m_database.schemaVersion() < Database::kFirstVersionWithChanges)
        return fail(ErrorCode::DatabaseOpen,
            QStringLiteral("%1 is open read-only: corrections cannot be saved in it.").arg(m_database.path()));
    return {};
}

Result<Document> CorpusSession::document(qint64 id) { return m_documents->load(id); }
Result<QString> CorpusSession::source(qint64 id) { return m_documents->source(id); }
Result<QList<LinkedDocument>> CorpusSession::linkedDocuments(qint64 documentId) { return m_documents->linkedDocuments(documentId); }
Result<QList<DocumentRef>> CorpusSession::findDocuments(const QString& sourceOrPath) { return m_documents->findBySource(sourceOrPath); }
Result<ReviewCounts> CorpusSession::reviewCounts() { return m_documents->reviewCounts(); }

Result<QString> CorpusSession::importFolder()
{
    constexpr int kRootsConsidered = 64; // more folders than that have no useful common one to show
    const Result<QStringList> roots = m_documents->importRoots(kRootsConsidered);
    if (!roots)
        return std::unexpected(roots.error());
    return CorpusLocation::commonFolder(*roots);
}
Result<QList<ReviewItem>> CorpusSession::needsReview() { return m_documents->unreviewed(); }

Result<QList<Change>> CorpusSession::history()
{
    if (m_database.schemaVersion() < Database::kFirstVersionWithChanges)
        return QList<Change> {};
    return m_changes->all();
}

Result<DocumentProvenance> CorpusSession::provenance(qint64 documentId)
{
    auto document = m_documents->load(documentId);
    if (!document)
        return std::unexpected(document.error());
    DocumentProvenance provenance;
    provenance.reviewed = document->reviewed;
    if (m_database.schemaVersion() < Database::kFirstVersionWithChanges)
        return provenance;
    auto extracted = m_documents->originalExtraction(documentId);
    if (!extracted)
        return std::unexpected(extracted.error());
    provenance.extracted = *extracted;
    auto changes = m_changes->forDocument(document->sourcePath, document->sha256);
    if (!changes)
        return std::unexpected(changes.error());
    provenance.changes = *changes;
    return provenance;
}

Result<Extraction> CorpusSession::currentExtraction(qint64 documentId)
{
    auto document = m_documents->load(documentId);
    if (!document)
        return std::unexpected(document.error());
    return document->extraction;
}

// --- Document facts -----------------------------------------------------------------------------

Result<Change> CorpusSession::setField(qint64 documentId, DocumentField field, const QString& value)
{
    QString stored = value.trimmed();
    if (field == DocumentField::Date && !stored.isEmpty()) {
        auto date = TypedDateReader::read(stored);
        if (!date)
            return std::unexpected(date.error());
        stored = date->toEdtf();
    }
    Extraction probe;
    if (QString problem; !setFieldValue(probe, field, stored, &problem))
        return fail(ErrorCode::InvalidInput, problem);
    if (field == DocumentField::Language)
        stored = stored.toLower();
    auto current = currentExtraction(documentId);
    if (!current)
        return std::unexpected(current.error());
    const QString before = fieldValue(*current, field);
    if (before == stored)
        return Change {};
    const QString name = documentFieldName(field);
    return recordDocumentChange(documentId,
        documentChange(ChangeKind::SetField, { { key("field"), name }, { key("value"), before } },
            { { key("field"), name }, { key("value"), stored } }));
}

Result<Change> CorpusSession::setFieldFromText(qint64 documentId, DocumentField field, const Evidence& evidence)
{
    auto document = m_documents->load(documentId);
    if (!document)
        return std::unexpected(document.error());
    if (evidence.offset < 0 || QStringView(document->text).mid(evidence.offset, evidence.text.size()) != evidence.text)
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("littoral::core::CorpusSession", "The selected words are not in this document's text."));
    QString value = evidence.text.simplified();
    switch (field) {
    case DocumentField::Date: {
        auto date = TypedDateReader::read(value);
        if (!date)
            return std::unexpected(date.error());
        value = date->toEdtf();
        break;
    }
    case DocumentField::Place:
    case DocumentField::Title:
        break;
    case DocumentField::Type:
    case DocumentField::Language:
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("littoral::core::CorpusSession", "A document's %1 is chosen, not read from its text.")
                                                 .arg(documentFieldName(field)));
    }
    const QString before = fieldValue(document->extraction, field);
    const bool sameEvidence = field != DocumentField::Date
        || (document->extraction.date && document->extraction.date->evidence == evidence);
    if (before == value && sameEvidence)
        return Change {};
    const QString name = documentFieldName(field);
    return recordDocumentChange(documentId,
        documentChange(ChangeKind::SetField, { { key("field"), name }, { key("value"), before } },
            { { key("field"), name }, { key("value"), value }, { key("evidence"), evidenceToJson(evidence) } }));
}

Result<Change> CorpusSession::addParticipant(qint64 documentId, const Participant& participant)
{
    if (participant.name.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("littoral::core::CorpusSession", "A participant needs a name."));
    Participant added = participant;
    added.name = participant.name.simplified();
    added.confidence = 1.0; // the user's own reading
    return recordDocumentChange(documentId, documentChange(ChangeKind::AddParticipant, {}, { { key("participant"), participantToJson(added) } }));
}

Result<Change> CorpusSession::removeParticipant(qint64 documentId, const Participant& participant)
{
    return recordDocumentChange(documentId, documentChange(ChangeKind::RemoveParticipant, { { key("participant"), participantToJson(participant) } }, {}));
}

Result<Change> CorpusSession::updateParticipant(qint64 documentId, const Participant& before, const Participant& after)
{
    if (after.name.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("littoral::core::CorpusSession", "A participant needs a name."));
    Participant updated = after;
    updated.name = after.name.simplified();
    updated.confidence = 1.0;
    Participant unchanged = before;
    unchanged.confidence = 1.0;
    if (updated == unchanged)
        return Change {};
    return recordDocumentChange(documentId,
        documentChange(ChangeKind::UpdateParticipant, { { key("participant"), participantToJson(before) } },
            { { key("participant"), participantToJson(updated) } }));
}

Result<Change> CorpusSession::addEvent(qint64 documentId, const MentionedEvent& event)
{
    if (event.label.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("littoral::core::CorpusSession", "An event needs a label."));
    return recordDocumentChange(documentId, documentChange(ChangeKind::AddEvent, {}, { { key("event"), eventToJson(event) } }));
}

Result<Change> CorpusSession::removeEvent(qint64 documentId, const MentionedEvent& event)
{
    return recordDocumentChange(documentId, documentChange(ChangeKind::RemoveEvent, { { key("event"), eventToJson(event) } }, {}));
}

Result<Change> CorpusSession::updateEvent(qint64 documentId, const MentionedEvent& before, const MentionedEvent& after)
{
    if (after.label.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("littoral::core::CorpusSession", "An event needs a label."));
    if (before == after)
        return Change {};
    return recordDocumentChange(documentId,
        documentChange(ChangeKind::UpdateEvent, { { key("event"), eventToJson(before) } }, { { key("event"), eventToJson(after) } }));
}

Result<Change> CorpusSession::setReviewed(qint64 documentId, bool reviewed)
{
    auto document = m_documents->load(documentId);
    if (!document)
        return std::unexpected(document.error());
    if (document->reviewed == reviewed)
        return Change {};
    return recordDocumentChange(documentId,
        documentChange(ChangeKind::Review, { { key("reviewed"), document->reviewed } }, { { key("reviewed"), reviewed } }));
}

Result<qint64> CorpusSession::storeDocumentChange(Change& change, qint64 documentId)
{
    change.at = QDateTime::currentDateTimeUtc();
    change.user = currentUserName();
    auto id = m_changes->insert(change);
    if (!id)
        return std::unexpected(id.error());
    change.id = *id;
    if (documentId == 0)
        return *id;
    auto document = m_documents->load(documentId);
    if (!document)
        return std::unexpected(document.error());
    auto source = m_documents->source(documentId);
    if (!source)
        return std::unexpected(source.error());
    // Written again from what extraction found, so that every change in force is replayed on it.
    auto extracted = m_documents->originalExtraction(documentId);
    if (!extracted)
        return std::unexpected(extracted.error());
    if (*extracted)
        document->extraction = **extracted;
    if (auto written = m_documents->write(*document, *source); !written)
        return std::unexpected(written.error());
    return *id;
}

Result<Change> CorpusSession::recordDocumentChange(qint64 documentId, Change change)
{
    if (auto writable = checkWritable(); !writable)
        return std::unexpected(writable.error());
    auto done = m_database.transaction([&]() -> Result<void> {
        auto ref = m_documents->load(documentId);
        if (!ref)
            return std::unexpected(ref.error());
        auto source = m_documents->source(documentId);
        if (!source)
            return std::unexpected(source.error());
        change.sourcePath = ref->sourcePath;
        change.source = *source;
        change.sha256 = ref->sha256;
        auto stored = storeDocumentChange(change, documentId);
        if (!stored)
            return std::unexpected(stored.error());
        return {};
    });
    m_documents->forgetCorrespondents(); // a rollback may have left ids that were never committed
    if (!done)
        return std::unexpected(done.error());
    announce(change, documentId);
    return change;
}

void CorpusSession::announce(const Change& change, qint64 documentId)
{
    // (data_version is left alone: this connection's commits do not move it, and re-reading it here
    // would swallow a commit another process made meanwhile.)
    if (isDocumentChange(change.kind)) {
        if (documentId != 0)
            Q_EMIT documentsChanged({ documentId });
    } else if (change.kind == ChangeKind::SetStory) {
        Q_EMIT storiesChanged();
    } else if (change.kind == ChangeKind::SetChronology) {
        Q_EMIT chronologyChanged();
    } else {
        Q_EMIT correspondentsChanged();
    }
    Q_EMIT historyChanged();
}

// --- Undo, redo, revert -------------------------------------------------------------------------

Result<std::optional<Change>> CorpusSession::undoTarget()
{
    auto changes = history();
    if (!changes)
        return std::unexpected(changes.error());
    for (auto it = changes->crbegin(); it != changes->crend(); ++it)
        if (it->active && it->origin != ChangeOrigin::Undo)
            return std::optional<Change>(*it);
    return std::optional<Change> {};
}

Result<std::optional<Change>> CorpusSession::redoTarget()
{
    auto changes = history();
    if (!changes)
        return std::unexpected(changes.error());
    // The trailing run of undos and redos: each undo stacks what it cancelled, each redo takes it off.
    qsizetype start = changes->size();
    while (start > 0
        && ((*changes)[start - 1].origin == ChangeOrigin::Undo || (*changes)[start - 1].origin == ChangeOrigin::Redo))
        --start;
    QList<qint64> undone;
    for (qsizetype i = start; i < changes->size(); ++i) {
        const Change& change = (*changes)[i];
        if (change.origin == ChangeOrigin::Undo)
            undone.append(change.reverts);
        else if (!undone.isEmpty())
            undone.removeLast();
    }
    if (undone.isEmpty())
        return std::optional<Change> {};
    for (const Change& change : *changes)
        if (change.id == undone.last())
            return std::optional<Change>(change);
    return std::optional<Change> {};
}

Result<Change> CorpusSession::undo()
{
    auto target = undoTarget();
    if (!target)
        return std::unexpected(target.error());
    if (!*target)
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("littoral::core::CorpusSession", "There is nothing to undo."));
    return recordCancel(**target, ChangeOrigin::Undo);
}

Result<Change> CorpusSession::redo()
{
    auto target = redoTarget();
    if (!target)
        return std::unexpected(target.error());
    if (!*target)
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("littoral::core::CorpusSession", "There is nothing to redo."));
    return recordRedo(**target);
}

Result<Change> CorpusSession::revert(qint64 changeId)
{
    if (auto writable = checkWritable(); !writable)
        return std::unexpected(writable.error());
    auto changes = history();
    if (!changes)
        return std::unexpected(changes.error());
    for (const Change& change : *changes) {
        if (change.id != changeId)
            continue;
        if (!change.active)
            return fail(ErrorCode::InvalidInput, QCoreApplication::translate("littoral::core::CorpusSession", "Change %1 is already cancelled.").arg(changeId));
        return recordCancel(change, ChangeOrigin::Revert);
    }
    return fail(ErrorCode::NotFound, QCoreApplication::translate("littoral::core::CorpusSession", "There is no change %1 in the history.").arg(changeId));
}

Result<Change> CorpusSession::currentDocumentOf(const Change& change, qint64* documentId)
{
    *documentId = 0;
    auto byPath = m_documents->findBySourcePath(change.sourcePath);
    if (!byPath)
        return std::unexpected(byPath.error());
    if (*byPath) {
        *documentId = (*byPath)->id;
        return change;
    }
    auto byContent = m_documents->findBySha256(change.sha256);
    if (!byContent)
        return std::unexpected(byContent.error());
    if (*byContent)
        *documentId = (*byContent)->id;
    return change;
}

Result<Change> CorpusSession::recordCancel(const Change& target, ChangeOrigin origin)
{
    Change cancel = target;
    cancel.origin = origin;
    cancel.before = target.after;
    cancel.after = target.before;
    cancel.reverts = target.id;
    return recordReplay(target, std::move(cancel), true);
}

Result<Change> CorpusSession::recordRedo(const Change& target)
{
    // A copy keeps `reverts`: redoing an undone revert cancels its target again.
    Change again = target;
    again.origin = ChangeOrigin::Redo;
    return recordReplay(target, std::move(again), false);
}

Result<Change> CorpusSession::recordReplay(const Change& target, Change recorded, bool inverse)
{
    if (auto writable = checkWritable(); !writable)
        return std::unexpected(writable.error());
    recorded.id = 0;
    recorded.attention.clear();
    recorded.active = true;
    // A cancelling change holds its target's sides swapped: acting it out is acting out that target the
    // other way round.
    Change acting = target;
    if (target.reverts != 0) {
        std::swap(acting.before, acting.after);
        inverse = !inverse;
    }
    qint64 documentId = 0;
    auto done = m_database.transaction([&]() -> Result<void> {
        // The target was chosen before the write lock: another writer (the CLI, a second window) may
        // have cancelled or redone it meanwhile.
        auto log = m_changes->all();
        if (!log)
            return std::unexpected(log.error());
        const auto current = std::find_if(log->cbegin(), log->cend(), [&](const Change& c) { return c.id == target.id; });
        const bool cancelling = recorded.origin != ChangeOrigin::Redo;
        if (current == log->cend() || current->active != cancelling)
            return fail(ErrorCode::InvalidInput,
                (cancelling ? QCoreApplication::translate("littoral::core::CorpusSession", "Change %1 was just cancelled by another writer.")
                            : QCoreApplication::translate("littoral::core::CorpusSession", "Change %1 was just restored by another writer."))
                    .arg(target.id));
        // A document change takes effect by being in force (or cancelled) when its document is written
        // again; a correspondent change acts on the correspondents' tables.
        if (isDocumentChange(target.kind)) {
            if (auto found = currentDocumentOf(target, &documentId); !found)
                return std::unexpected(found.error());
        } else if (target.kind == ChangeKind::SetStory) {
            if (auto replayed = m_stories->replay(acting, inverse); !replayed)
                return replayed;
        } else if (target.kind == ChangeKind::SetChronology) {
            if (auto replayed = m_chronology->replay(acting, inverse); !replayed)
                return replayed;
        } else if (auto replayed = m_correspondents->replay(acting, inverse); !replayed) {
            return replayed;
        }
        auto stored = storeDocumentChange(recorded, documentId);
        if (!stored)
            return std::unexpected(stored.error());
        return {};
    });
    m_documents->forgetCorrespondents();
    if (!done)
        return std::unexpected(done.error());
    announce(recorded, documentId);
    return recorded;
}

// --- Correspondents -----------------------------------------------------------------------------

template <typename Act>
Result<Change> CorpusSession::recordTableChange(ChangeKind kind, Act&& act)
{
    if (auto writable = checkWritable(); !writable)
        return std::unexpected(writable.error());
    Change change;
    change.kind = kind;
    bool unchanged = false;
    auto done = m_database.transaction([&]() -> Result<void> {
        auto sides = act();
        if (!sides)
            return std::unexpected(sides.error());
        change.before = sides->first;
        change.after = sides->second;
        if (change.before == change.after) {
            unchanged = true;
            return {};
        }
        auto stored = storeDocumentChange(change, 0);
        if (!stored)
            return std::unexpected(stored.error());
        return {};
    });
    m_documents->forgetCorrespondents();
    if (!done)
        return std::unexpected(done.error());
    if (unchanged)
        return Change {};
    announce(change, 0);
    return change;
}

Result<Change> CorpusSession::merge(const QList<qint64>& ids, qint64 intoId)
{
    return recordTableChange(ChangeKind::Merge, [&] { return m_correspondents->merge(ids, intoId); });
}

Result<Change> CorpusSession::split(qint64 correspondentId, const QString& alias)
{
    return recordTableChange(ChangeKind::Split, [&] { return m_correspondents->split(correspondentId, alias); });
}

Result<Change> CorpusSession::rename(qint64 correspondentId, const QString& name)
{
    return recordTableChange(ChangeKind::Rename, [&] { return m_correspondents->rename(correspondentId, name); });
}

Result<Change> CorpusSession::setKind(qint64 correspondentId, CorrespondentKind kind)
{
    return recordTableChange(ChangeKind::SetKind, [&] { return m_correspondents->setKind(correspondentId, kind); });
}

Result<QList<qint64>> CorpusSession::findCorrespondents(const QString& name)
{
    return m_correspondents->findByName(name);
}

// --- Import -------------------------------------------------------------------------------------

QFuture<Result<ImportSummary>> CorpusSession::startImport(const QStringList& paths) const
{
    return ImportJob(m_database.path(), paths).start();
}

QFuture<Result<ImportSummary>> CorpusSession::startImport(const QStringList& paths, const ImportOptions& options) const
{
    return ImportJob(m_database.path(), paths, options).start();
}

Result<GoneRemoval> CorpusSession::removeGone(const QStringList& paths)
{
    if (auto writable = checkWritable(); !writable)
        return std::unexpected(writable.error());
    auto removal = ImportJob::removeGone(m_database.path(), paths);
    m_documents->forgetCorrespondents();
    return removal;
}

// --- Other processes ----------------------------------------------------------------------------

Result<qint64> CorpusSession::dataVersion()
{
    return m_database.dataVersion();
}

void CorpusSession::checkForOutsideWrites()
{
    if (m_database.inTransaction())
        return;
    auto version = dataVersion();
    if (!version || *version == m_dataVersion)
        return;
    m_dataVersion = *version;
    m_documents->forgetCorrespondents();
    qCDebug(lcDb) << "another connection wrote" << m_database.path();
    Q_EMIT changedOutside();
}

// --- Stories and the chronology -----------------------------------------------------------------

Result<QList<Story>> CorpusSession::stories() { return m_stories->all(); }

Result<std::optional<Story>> CorpusSession::story(const QString& id) { return m_stories->find(id); }

Result<Change> CorpusSession::saveStory(const Story& story)
{
    if (story.id.isEmpty())
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("littoral::core::CorpusSession", "A story needs an id."));
    return recordTableChange(ChangeKind::SetStory, [&]() -> Result<std::pair<QJsonObject, QJsonObject>> {
        auto current = m_stories->find(story.id);
        if (!current)
            return std::unexpected(current.error());
        QJsonObject before { { QStringLiteral("id"), story.id } };
        if (*current)
            before.insert(QStringLiteral("story"), (*current)->toJson());
        const QJsonObject after { { QStringLiteral("id"), story.id }, { QStringLiteral("story"), story.toJson() } };
        if (before != after)
            if (auto put = m_stories->put(story); !put)
                return std::unexpected(put.error());
        return std::pair(before, after);
    });
}

Result<Change> CorpusSession::deleteStory(const QString& id)
{
    return recordTableChange(ChangeKind::SetStory, [&]() -> Result<std::pair<QJsonObject, QJsonObject>> {
        auto current = m_stories->find(id);
        if (!current)
            return std::unexpected(current.error());
        if (!*current)
            return fail(ErrorCode::NotFound, QCoreApplication::translate("littoral::core::CorpusSession", "There is no story %1.").arg(id));
        const QJsonObject before { { QStringLiteral("id"), id }, { QStringLiteral("story"), (*current)->toJson() } };
        if (auto removed = m_stories->remove(id); !removed)
            return std::unexpected(removed.error());
        return std::pair(before, QJsonObject { { QStringLiteral("id"), id } });
    });
}

Result<QList<ChronologyEvent>> CorpusSession::chronology()
{
    auto entries = m_chronology->all();
    if (!entries)
        return std::unexpected(entries.error());
    return layChronology(chronologyfile::bundled(), *entries);
}

namespace {

bool isBundledId(const QString& id)
{
    const QList<ChronologyEvent>& bundled = chronologyfile::bundled();
    return std::any_of(bundled.cbegin(), bundled.cend(), [&](const ChronologyEvent& e) { return e.id == id; });
}

} // namespace

Result<Change> CorpusSession::editChronology(const QList<ChronologyEvent>& events, const QStringList& removed)
{
    for (const ChronologyEvent& event : events)
        if (!event.isValid())
            return fail(ErrorCode::InvalidInput, QCoreApplication::translate("littoral::core::CorpusSession", "A chronology event needs an id and a date."));
    QList<ChronologyEntry> wanted;
    for (ChronologyEvent event : events) {
        event.bundled = false;
        wanted.append(ChronologyEntry { event.id, event, false });
    }
    for (const QString& id : removed)
        wanted.append(ChronologyEntry { id, std::nullopt, isBundledId(id) });
    return recordTableChange(ChangeKind::SetChronology, [&]() -> Result<std::pair<QJsonObject, QJsonObject>> {
        QJsonArray before;
        QJsonArray after;
        for (const ChronologyEntry& entry : wanted) {
            auto current = m_chronology->find(entry.id);
            if (!current)
                return std::unexpected(current.error());
            // A bundled event "edited" to what it already is needs no entry of its own.
            ChronologyEntry target = entry;
            if (target.event && isBundledId(target.id)) {
                for (const ChronologyEvent& b : chronologyfile::bundled())
                    if (b.id == target.id) {
                        ChronologyEvent same = *target.event;
                        same.bundled = true;
                        if (same == b)
                            target.event.reset();
                    }
            }
            if (*current == target)
                continue;
            before.append(current->toJson());
            after.append(target.toJson());
            if (auto put = m_chronology->put(target); !put)
                return std::unexpected(put.error());
        }
        return std::pair(QJsonObject { { QStringLiteral("events"), before } }, QJsonObject { { QStringLiteral("events"), after } });
    });
}

Result<Change> CorpusSession::restoreBundledChronology(const QStringList& ids)
{
    return recordTableChange(ChangeKind::SetChronology, [&]() -> Result<std::pair<QJsonObject, QJsonObject>> {
        QJsonArray before;
        QJsonArray after;
        for (const QString& id : ids) {
            auto current = m_chronology->find(id);
            if (!current)
                return std::unexpected(current.error());
            const ChronologyEntry none { id, std::nullopt, false };
            if (*current == none)
                continue;
            before.append(current->toJson());
            after.append(none.toJson());
            if (auto put = m_chronology->put(none); !put)
                return std::unexpected(put.error());
        }
        return std::pair(QJsonObject { { QStringLiteral("events"), before } }, QJsonObject { { QStringLiteral("events"), after } });
    });
}

} // namespace littoral::core
