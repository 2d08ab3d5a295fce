// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/changerepository.h"
#include "core/db/statementcache.h"
#include "core/domain/change.h"
#include "core/domain/document.h"
#include "core/result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace littoral::core {

class Database;

// Enough to recognise a stored document without loading its text.
struct DocumentRef {
    qint64 id = 0;
    QString source; // path relative to the import root, as exported
    QString sourcePath; // absolute path (or Qt resource path) it was read from
    QString sha256;
    // Some participant was stored before schema 6 kept confidences (NULL there): importing its file
    // again extracts it again, even unchanged, so the window and the export get them.
    bool predatesConfidence = false;
    friend bool operator==(const DocumentRef&, const DocumentRef&) = default;
};

// A stored document taking another path and source, with its attachments ("PATH/…") and the links
// that name it: a message that moved within its mbox keeps its id, its corrections and its links.
struct SourceMove {
    QString fromPath;
    QString toPath;
    QString fromSource;
    QString toSource;
};

// One row of the document table.
struct DocumentSummary {
    qint64 id = 0;
    QString source;
    PartialDate date; // invalid when the document has no date
    QDate dateStart; // first and last day the date can mean; null when undated
    QDate dateEnd;
    DocumentType type = DocumentType::Other;
    QString language;
    QString title;
    QStringList senders; // names as spelled in the document, in document order
    QStringList recipients;
    SourceFormat format = SourceFormat::Text;
    bool ocr = false; // some page was read by OCR: the list and the reader say so
};

// A document linked to another (an e-mail and its attachments, a message and its reply), seen from
// one of them: the reader shows the link both ways.
struct LinkedDocument {
    qint64 id = 0;
    QString source;
    QString title;
    DocumentLink::Kind kind = DocumentLink::Kind::AttachmentOf;
    // false: the document asked about links to this one (it is an attachment of this message);
    // true: this one links to it (this is one of its attachments, a reply to it).
    bool incoming = false;
    friend bool operator==(const LinkedDocument&, const LinkedDocument&) = default;
};

// How many documents are reviewed, for "312 of 2,140 reviewed".
struct ReviewCounts {
    int reviewed = 0;
    int total = 0;
};

// One document the review has still to see, with its least sure fact.
struct ReviewItem {
    qint64 documentId = 0;
    QString source;
    double lowestConfidence = 1.0; // of its date and its senders, recipients and copies; 0 when one is missing
};

// Reads and writes documents with their participants and events. Participants are merged into
// correspondents by correspondentKey(); every spelling met is kept as an alias. The user's changes
// (ChangeRepository) are laid over the extraction on every write (curate()), so they survive re-import;
// the extraction as found is kept beside a corrected document.
// Thread of its Database, which must outlive it.
class DocumentRepository final {
public:
    using Visitor = std::function<Result<void>(const Document& document, const QString& source)>;

    explicit DocumentRepository(Database& database);

    // `document.extraction` is what extraction found, never a curated one: the change log is laid over it.
    // Inserts the document, or replaces the one stored under the same sourcePath (keeping its id and
    // the user's own events); returns the id. Runs in its own transaction unless one is open.
    [[nodiscard]] Result<qint64> write(const Document& document, const QString& source);

    [[nodiscard]] Result<std::optional<DocumentRef>> findBySourcePath(const QString& sourcePath);
    // All at once, so moves may swap paths; in their own transaction unless one is open.
    [[nodiscard]] Result<void> moveSources(const QList<SourceMove>& moves);
    // The first stored document (lowest id) with these bytes.
    [[nodiscard]] Result<std::optional<DocumentRef>> findBySha256(const QString& sha256);
    // Documents whose source (as exported) or absolute path is `sourceOrPath`, by id.
    [[nodiscard]] Result<QList<DocumentRef>> findBySource(const QString& sourceOrPath);
    [[nodiscard]] Result<ReviewCounts> reviewCounts();
    // Unreviewed documents, the least sure first (then in timeline order).
    [[nodiscard]] Result<QList<ReviewItem>> unreviewed();
    [[nodiscard]] Result<Document> load(qint64 id);
    [[nodiscard]] Result<QString> source(qint64 id);
    // The documents this one links to and those linking to it, by source; a link whose other end is
    // not (or no longer) in the corpus is left out.
    [[nodiscard]] Result<QList<LinkedDocument>> linkedDocuments(qint64 id);
    // A message's Message-ID (without brackets), so a reply imported later finds the message it answers.
    [[nodiscard]] Result<void> setMessageId(qint64 documentId, const QString& messageId);
    // The source of the first document stored with this Message-ID; empty when none.
    [[nodiscard]] Result<QString> sourceOfMessage(const QString& messageId);
    // Adds a link to a stored document unless it has it (a reply resolved once its message is known).
    [[nodiscard]] Result<void> addLink(qint64 documentId, const DocumentLink& link);

    // A page's words packed as stored in document_pages.words (versioned, little-endian), and back;
    // nullopt for a blob this version cannot read.
    static QByteArray packWords(const QList<PageWord>& words);
    static std::optional<QList<PageWord>> unpackWords(const QByteArray& blob);
    [[nodiscard]] Result<int> count();
    // The folders (or, for a file given alone, its folder) the documents were imported from, at most
    // `limit` of them: what a corpus is called by (CorpusLocation::displayName).
    [[nodiscard]] Result<QStringList> importRoots(int limit);

    // In timeline order: dated documents by first day, then undated ones; ties by source. With
    // NamesOmitted, senders and recipients stay empty (addNames() fills them in later).
    enum class Names { Included, Omitted };
    [[nodiscard]] Result<QList<DocumentSummary>> summaries(Names names = Names::Included);
    // Fills in the senders and recipients of `summaries` (as spelled in each document).
    [[nodiscard]] Result<void> addNames(QList<DocumentSummary>& summaries);
    // Every document, fully loaded one at a time, in the order of summaries(); stops at the first
    // error the visitor returns and hands it back.
    [[nodiscard]] Result<void> forEachDocument(const Visitor& visit);
    // Every document's identity in id order (cheap: no text).
    [[nodiscard]] Result<void> forEachRef(const std::function<void(const DocumentRef&)>& visit);

    // How many user changes (corrections, reviews; not undos) were made on this document's file or content.
    [[nodiscard]] Result<int> correctionCount(const DocumentRef& document);
    // What extraction said of a document the user corrected; nullopt when nothing of it was changed.
    [[nodiscard]] Result<std::optional<Extraction>> originalExtraction(qint64 documentId);

    // Deletes the document with its participants and document/mentioned events. The user's
    // corrections stay (keyed by content), so importing the same file again brings them back.
    [[nodiscard]] Result<bool> remove(qint64 id);
    // Forgets the correspondents remembered between writes: another repository on the same connection
    // merged, split or renamed some.
    void forgetCorrespondents();
    // Forgets correspondents that no document mentions any more (after documents were replaced).
    [[nodiscard]] Result<int> removeOrphanCorrespondents();

private:
    struct CorrespondentEntry {
        qint64 id = 0;
        QString name;
        bool namedByUser = false; // the user's name: spellings never replace it
        bool redirected = false; // reached through a merge's redirect: its spellings are not its name
    };

    [[nodiscard]] Result<Document> loadDocument(qint64 id, QString* source);
    [[nodiscard]] Result<qint64> writeInTransaction(const Document& document, const QString& source);
    [[nodiscard]] Result<void> keepOriginal(qint64 documentId, const Extraction& extracted,
        const QList<Change>& changes, const QHash<qint64, QString>& attention);
    [[nodiscard]] Result<qint64> correspondentFor(const Participant& participant);
    [[nodiscard]] Result<void> addAlias(qint64 correspondentId, const QString& spelling);
    [[nodiscard]] Result<void> loadPagesAndLinks(Document& document);
    // Loads correspondent_redirects (a few rows: one per merge or split) once per cache lifetime.
    [[nodiscard]] Result<void> loadRedirects();
    [[nodiscard]] Result<void> writeEvents(
        qint64 documentId, const Document& document, const Extraction& extraction);
    [[nodiscard]] Result<std::optional<DocumentRef>> findOne(const QString& where, const QString& value);
    QString refColumns() const;
    void forgetCachesAfterRollback();

    Database& m_database;
    StatementCache m_statements;
    ChangeRepository m_changes;
    QHash<QString, CorrespondentEntry> m_correspondents; // by key; ids written in open transactions too
    QSet<QString> m_aliases; // "<correspondent id>\x1f<spelling>" already stored
    // Merged keys to their survivor's key, and the exact-spelling keys (spellingKey()) in use.
    QHash<QString, QString> m_redirects;
    QSet<QString> m_spellingKeys;
    bool m_redirectsLoaded = false;
    quint64 m_seenRollbacks = 0;
    qint64 m_seenDataVersion = -1; // PRAGMA data_version when the caches were last known good
    quint64 m_checkedTransaction = 0; // the Database::transactionSerial() it was last read in
};

} // namespace littoral::core
