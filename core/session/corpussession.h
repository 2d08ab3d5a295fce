// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/database.h"
#include "core/db/documentrepository.h"
#include "core/domain/change.h"
#include "core/domain/chronologyevent.h"
#include "core/domain/document.h"
#include "core/domain/story.h"
#include "core/import/importjob.h"
#include "core/result.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace littoral::core {

class ChangeRepository;
class ChronologyRepository;
class CorrespondentRepository;
class StoryRepository;

// Where a corrected document's facts came from: what extraction said before the user's changes.
struct DocumentProvenance {
    std::optional<Extraction> extracted; // nullopt: nothing of this document was corrected
    bool reviewed = false;
    QList<Change> changes; // this document's changes, oldest first (active or not)
};



// The one writer of a corpus: curation (every fact correction, correspondent merges and splits,
// review), undo / redo / revert and the change log all go through it, each command in its own
// transaction that is committed before the method returns. The window, the CLI and tests share it;
// imports run on their own connection (ImportJob) and the session reloads after them.
// It notices writes by other processes (the CLI, a second window) through PRAGMA data_version.
// Lives on the thread that opened it (the GUI thread in the window).
class CorpusSession final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorpusSession)
public:
    // Opens (creating and migrating if needed) a corpus for writing; a corpus nobody may write is
    // opened read-only and every command then fails with DatabaseOpen.
    [[nodiscard]] static Result<std::unique_ptr<CorpusSession>> open(const QString& path, QObject* parent = nullptr);
    ~CorpusSession() override;

    QString path() const;
    bool isReadOnly() const;
    // For core readers (CorpusIndex, exporters) on the session's thread. Never for writes.
    Database& database();

    // --- Reading -------------------------------------------------------------------------------
    [[nodiscard]] Result<Document> document(qint64 id);
    [[nodiscard]] Result<QString> source(qint64 id);
    // An e-mail's attachments and the message an attachment came with, a reply and what it answers.
    [[nodiscard]] Result<QList<LinkedDocument>> linkedDocuments(qint64 documentId);
    // Documents whose source (as exported) or absolute path is `sourceOrPath`; several when the
    // same relative source was imported from several folders.
    [[nodiscard]] Result<QList<DocumentRef>> findDocuments(const QString& sourceOrPath);
    [[nodiscard]] Result<DocumentProvenance> provenance(qint64 documentId);
    [[nodiscard]] Result<ReviewCounts> reviewCounts();
    // The folder the documents were imported from (their common folder when they came from several);
    // empty when there is none (no document yet, or folders with nothing in common).
    [[nodiscard]] Result<QString> importFolder();
    // Unreviewed documents, the least sure first.
    [[nodiscard]] Result<QList<ReviewItem>> needsReview();
    // The whole log, oldest first, with `active` computed.
    [[nodiscard]] Result<QList<Change>> history();

    // --- Document facts (one change each) -------------------------------------------------------
    // Each returns the change recorded, or a Change with id 0 (nothing recorded, no signal) when the
    // document already says what was asked.
    // Date accepts what a person types ("7 févr. 2017", "printemps 2016", "vers 2016") or EDTF;
    // an unreadable value fails with InvalidInput and a sentence naming it, nothing changed.
    [[nodiscard]] Result<Change> setField(qint64 documentId, DocumentField field, const QString& value);
    // The field takes the value read from `evidence` (offset into the document text).
    [[nodiscard]] Result<Change> setFieldFromText(qint64 documentId, DocumentField field, const Evidence& evidence);
    [[nodiscard]] Result<Change> addParticipant(qint64 documentId, const Participant& participant);
    [[nodiscard]] Result<Change> removeParticipant(qint64 documentId, const Participant& participant);
    [[nodiscard]] Result<Change> updateParticipant(qint64 documentId, const Participant& before, const Participant& after);
    [[nodiscard]] Result<Change> addEvent(qint64 documentId, const MentionedEvent& event);
    [[nodiscard]] Result<Change> removeEvent(qint64 documentId, const MentionedEvent& event);
    [[nodiscard]] Result<Change> updateEvent(qint64 documentId, const MentionedEvent& before, const MentionedEvent& after);
    [[nodiscard]] Result<Change> setReviewed(qint64 documentId, bool reviewed);

    // --- Correspondents -------------------------------------------------------------------------
    // Every alias and participation of `ids` moves to `intoId`; the merged ones are forgotten, and a
    // re-import sends their spellings to `intoId` too.
    [[nodiscard]] Result<Change> merge(const QList<qint64>& ids, qint64 intoId);
    // The documents naming `alias` get their own correspondent again.
    [[nodiscard]] Result<Change> split(qint64 correspondentId, const QString& alias);
    [[nodiscard]] Result<Change> rename(qint64 correspondentId, const QString& name);
    [[nodiscard]] Result<Change> setKind(qint64 correspondentId, CorrespondentKind kind);
    // A correspondent by canonical name or any alias (folded as correspondentKey() folds); several
    // when a spelling is an alias of more than one.
    [[nodiscard]] Result<QList<qint64>> findCorrespondents(const QString& name);

    // --- Stories and the chronology (one change each, undoable like corrections) -----------------
    [[nodiscard]] Result<QList<Story>> stories();
    [[nodiscard]] Result<std::optional<Story>> story(const QString& id);
    // Creates or replaces the story with `story.id` (a Change with id 0 when it already is so).
    [[nodiscard]] Result<Change> saveStory(const Story& story);
    [[nodiscard]] Result<Change> deleteStory(const QString& id);
    // The chronology the corpus shows: the bundled one with the corpus's own edits laid over it.
    [[nodiscard]] Result<QList<ChronologyEvent>> chronology();
    // Adds or replaces `events` (by id) and removes the events `removed` (bundled ones are hidden), as
    // one change (loading a user's file is one change); a Change with id 0 when nothing differs.
    [[nodiscard]] Result<Change> editChronology(const QList<ChronologyEvent>& events, const QStringList& removed = {});
    // Forgets the corpus's own entries for `ids`: a bundled event shows as bundled again, a user's goes.
    [[nodiscard]] Result<Change> restoreBundledChronology(const QStringList& ids);

    // --- Undo -----------------------------------------------------------------------------------
    // Undo cancels the newest change still in force (recording a compensating change); redo records
    // again what the last undo cancelled, as long as nothing else was changed since. Both reach back
    // through the whole log, across restarts.
    [[nodiscard]] Result<std::optional<Change>> undoTarget();
    [[nodiscard]] Result<std::optional<Change>> redoTarget();
    [[nodiscard]] Result<Change> undo();
    [[nodiscard]] Result<Change> redo();
    // Records a change cancelling `changeId` (History's "Revert").
    [[nodiscard]] Result<Change> revert(qint64 changeId);

    // --- Import -----------------------------------------------------------------------------------
    // Imports files and folders on the work pool through a connection of its own (ImportJob: progress,
    // cancel, whole batches). The change log is replayed on every document it writes.
    [[nodiscard]] QFuture<Result<ImportSummary>> startImport(const QStringList& paths) const;
    // … with options: the passwords of protected PDFs the user gave, other limits.
    [[nodiscard]] QFuture<Result<ImportSummary>> startImport(const QStringList& paths, const ImportOptions& options) const;
    // Removes the documents of files that are gone (the user agreed); their changes stay in the log.
    [[nodiscard]] Result<GoneRemoval> removeGone(const QStringList& paths);

    // Checks PRAGMA data_version now (the session also polls it every second).
    void checkForOutsideWrites();

Q_SIGNALS:
    // The facts, review state or text of these documents changed (by this session).
    void documentsChanged(const QList<qint64>& documentIds);
    // Correspondents were merged, split, renamed or changed kind (participations may have moved).
    void correspondentsChanged();
    // A story was created, edited or deleted (here, by undo or redo).
    void storiesChanged();
    // The corpus's chronology changed.
    void chronologyChanged();
    // A change was recorded (any kind).
    void historyChanged();
    // Another process wrote the corpus: everything read from it may be stale.
    void changedOutside();

private:
    explicit CorpusSession(Database database, QObject* parent);

    [[nodiscard]] Result<void> checkWritable() const;
    // Records `change` on the document and writes it again with every change replayed, in one transaction.
    [[nodiscard]] Result<Change> recordDocumentChange(qint64 documentId, Change change);
    // Inside a transaction: stores `change` and rewrites its document (if still in the corpus).
    [[nodiscard]] Result<qint64> storeDocumentChange(Change& change, qint64 documentId);
    // Records a correspondent, story or chronology change whose sides `act` computes while it acts, in
    // one transaction; nothing is recorded when `act` finds both sides equal.
    template <typename Act>
    Result<Change> recordTableChange(ChangeKind kind, Act&& act);
    // Records the compensating change of `target` (undo, revert) or a copy of it (redo) and applies it.
    [[nodiscard]] Result<Change> recordCancel(const Change& target, ChangeOrigin origin);
    [[nodiscard]] Result<Change> recordRedo(const Change& target);
    // Records `recorded` (an undo, redo or revert of `target`) and makes it take effect.
    [[nodiscard]] Result<Change> recordReplay(const Change& target, Change recorded, bool inverse);
    [[nodiscard]] Result<Change> currentDocumentOf(const Change& change, qint64* documentId);
    [[nodiscard]] Result<Extraction> currentExtraction(qint64 documentId);
    void announce(const Change& change, qint64 documentId);
    [[nodiscard]] Result<qint64> dataVersion();

    Database m_database;
    std::unique_ptr<DocumentRepository> m_documents;
    std::unique_ptr<ChangeRepository> m_changes;
    std::unique_ptr<CorrespondentRepository> m_correspondents;
    std::unique_ptr<StoryRepository> m_stories;
    std::unique_ptr<ChronologyRepository> m_chronology;
    QTimer m_outsideWrites;
    qint64 m_dataVersion = -1;
};

// The OS login name recorded with each change.
QString currentUserName();

} // namespace littoral::core
