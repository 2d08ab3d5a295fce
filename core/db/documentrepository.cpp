// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/documentrepository.h"

#include "core/db/database.h"
#include "core/db/rowscan.h"
#include "core/db/stringpool.h"
#include "core/db/sqlerror.h"
#include "core/domain/correspondentkey.h"
#include "core/domain/curation.h"
#include "core/logging.h"

#include <QJsonDocument>
#include <QtEndian>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <tuple>

namespace littoral::core {
namespace {

const QString kDocumentColumns = QStringLiteral(
    "id, source_path, source, file_name, sha256, encoding, text, type, language, title, date_edtf, "
    "date_evidence, date_offset, date_confidence, place, imported_at");

QVariant isoDay(const QDate& day)
{
    return day.isValid() ? QVariant(day.toString(Qt::ISODate)) : QVariant();
}

QVariant offsetOrNull(qsizetype offset)
{
    return offset >= 0 ? QVariant(qint64(offset)) : QVariant();
}

qsizetype offsetFrom(const QVariant& value)
{
    return value.isNull() ? -1 : qsizetype(value.toLongLong());
}

QString timestamp(const QDateTime& when)
{
    return (when.isValid() ? when : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODateWithMs);
}

// Rows read with the columns of kDocumentColumns, in that order.
Document documentFromRow(const QSqlQuery& row, QString* source)
{
    Document d;
    d.id = row.value(0).toLongLong();
    d.sourcePath = row.value(1).toString();
    if (source)
        *source = row.value(2).toString();
    d.fileName = row.value(3).toString();
    d.sha256 = row.value(4).toString();
    d.encoding = row.value(5).toString();
    d.text = row.value(6).toString();
    d.extraction.type = documentTypeFromName(row.value(7).toString()).value_or(DocumentType::Other);
    d.extraction.language = row.value(8).toString();
    d.extraction.title = row.value(9).toString();
    if (!row.value(10).isNull()) {
        DocumentDate date;
        date.date = PartialDate::fromEdtf(row.value(10).toString());
        date.evidence.text = row.value(11).toString();
        date.evidence.offset = offsetFrom(row.value(12));
        date.confidence = row.value(13).toDouble();
        d.extraction.date = date;
    }
    d.extraction.place = row.value(14).toString();
    d.importedAt = QDateTime::fromString(row.value(15).toString(), Qt::ISODateWithMs);
    return d;
}

// A spelling in capitals ("Jean DUPONT") is a worse display name than one in mixed case.
int shoutedWords(const QString& name)
{
    int count = 0;
    for (const QString& word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        int letters = 0;
        bool allUpper = true;
        for (const QChar c : word) {
            if (!c.isLetter())
                continue;
            ++letters;
            allUpper = allUpper && c.isUpper();
        }
        if (letters > 1 && allUpper)
            ++count;
    }
    return count;
}

// A page's words as one blob: a version byte, the count (uint32), then per word its offset and length
// (int32), its box x, y, width, height and its confidence (float32), all little-endian: 28 bytes a word
// instead of a row each.
constexpr quint8 kWordsBlobVersion = 1;
constexpr qsizetype kWordBytes = 7 * 4;

template <typename T> void put(char*& at, T value)
{
    qToLittleEndian(value, at);
    at += sizeof(T);
}

template <typename T> T take(const char*& at)
{
    const T value = qFromLittleEndian<T>(at);
    at += sizeof(T);
    return value;
}

} // namespace

QByteArray DocumentRepository::packWords(const QList<PageWord>& words)
{
    QByteArray blob(1 + 4 + words.size() * kWordBytes, Qt::Uninitialized);
    char* at = blob.data();
    put<quint8>(at, kWordsBlobVersion);
    put<quint32>(at, quint32(words.size()));
    for (const PageWord& word : words) {
        put<qint32>(at, word.offset);
        put<qint32>(at, word.length);
        put<float>(at, float(word.box.x()));
        put<float>(at, float(word.box.y()));
        put<float>(at, float(word.box.width()));
        put<float>(at, float(word.box.height()));
        put<float>(at, word.confidence);
    }
    return blob;
}

std::optional<QList<PageWord>> DocumentRepository::unpackWords(const QByteArray& blob)
{
    if (blob.isEmpty())
        return QList<PageWord> {};
    if (blob.size() < 5 || quint8(blob.at(0)) != kWordsBlobVersion)
        return std::nullopt; // written by a newer Littoral, or damaged
    const char* at = blob.constData() + 1;
    const quint32 count = take<quint32>(at);
    if (qsizetype(count) != (blob.size() - 5) / kWordBytes || (blob.size() - 5) % kWordBytes != 0)
        return std::nullopt;
    QList<PageWord> words;
    words.reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        PageWord word;
        word.offset = take<qint32>(at);
        word.length = take<qint32>(at);
        const float x = take<float>(at);
        const float y = take<float>(at);
        const float w = take<float>(at);
        const float h = take<float>(at);
        word.box = QRectF(x, y, w, h);
        word.confidence = take<float>(at);
        words.append(word);
    }
    return words;
}

DocumentRepository::DocumentRepository(Database& database)
    : m_database(database)
    , m_statements(database)
    , m_changes(database)
    , m_seenRollbacks(database.rollbackCount())
{
}

void DocumentRepository::forgetCachesAfterRollback()
{
    if (m_database.rollbackCount() == m_seenRollbacks)
        return;
    m_correspondents.clear();
    m_aliases.clear();
    m_redirectsLoaded = false;
    m_seenRollbacks = m_database.rollbackCount();
}

Result<qint64> DocumentRepository::write(const Document& document, const QString& source)
{
    if (m_database.inTransaction())
        return writeInTransaction(document, source);
    qint64 id = 0;
    auto written = m_database.transaction([&]() -> Result<void> {
        auto r = writeInTransaction(document, source);
        if (!r)
            return std::unexpected(r.error());
        id = *r;
        return {};
    });
    forgetCachesAfterRollback();
    if (!written)
        return std::unexpected(written.error());
    return id;
}

Result<qint64> DocumentRepository::writeInTransaction(const Document& document, const QString& source)
{
    forgetCachesAfterRollback();
    // Another connection committed (a merge in the window while this import runs): the correspondents
    // remembered may be gone or renamed. Asked once per transaction: none can commit during this one.
    if (m_database.transactionSerial() != m_checkedTransaction || !m_database.inTransaction()) {
        if (auto version = m_database.dataVersion(); version) {
            if (*version != m_seenDataVersion) {
                if (m_seenDataVersion >= 0)
                    forgetCorrespondents();
                m_seenDataVersion = *version;
            }
            m_checkedTransaction = m_database.transactionSerial(); // asked again next time if it failed
        }
    }
    if (document.sourcePath.isEmpty() || document.sha256.isEmpty())
        return fail(
            ErrorCode::InvalidInput, QStringLiteral("A document needs a source path and a content hash."));

    auto existing = findBySourcePath(document.sourcePath);
    if (!existing)
        return std::unexpected(existing.error());

    // The user's changes, laid over what extraction found: made on this file or on this content, they
    // follow a file that changed on disk (re-anchored there) and content imported from elsewhere.
    // Most corpora hold no correction at all: that is asked first, the cheaper question.
    auto none = m_changes.isEmpty();
    if (!none)
        return std::unexpected(none.error());
    auto changes = *none ? Result<QList<Change>>() : m_changes.forDocument(document.sourcePath, document.sha256);
    if (!changes)
        return std::unexpected(changes.error());
    const CuratedExtraction curated = changes->isEmpty()
        ? CuratedExtraction { document.extraction, false, {} }
        : curate(document.extraction, document.text, *changes);
    const Extraction& ex = curated.extraction;

    const bool dated = ex.date && ex.date->date.isValid();
    const PartialDate date = dated ? ex.date->date : PartialDate {};
    const QVariant dateEdtf = dated ? QVariant(date.toEdtf()) : QVariant();
    const QVariant datePrecision = dated ? QVariant(precisionName(date.precision())) : QVariant();
    const QVariant dateEvidence = dated ? QVariant(StatementCache::text(ex.date->evidence.text)) : QVariant();
    const QVariant dateOffset = dated ? offsetOrNull(ex.date->evidence.offset) : QVariant();
    const QVariant dateConfidence = dated ? QVariant(ex.date->confidence) : QVariant();

    qint64 id = 0;
    if (*existing) {
        id = (*existing)->id;
        auto updated = m_statements.run(
            QStringLiteral(
                "UPDATE documents SET source = ?, file_name = ?, sha256 = ?, encoding = ?, text = ?, type = "
                "?, "
                "language = ?, title = ?, date_edtf = ?, date_precision = ?, date_start = ?, date_end = ?, "
                "date_evidence = ?, date_offset = ?, date_confidence = ?, place = ?, imported_at = ?, "
                "reviewed = ?, format = ?, ocr = ? WHERE id = ?"),
            { StatementCache::text(source), StatementCache::text(document.fileName), document.sha256,
                StatementCache::text(document.encoding), StatementCache::text(document.text),
                documentTypeName(ex.type), StatementCache::text(ex.language), StatementCache::text(ex.title),
                dateEdtf, datePrecision, isoDay(date.firstDay()), isoDay(date.lastDay()), dateEvidence,
                dateOffset, dateConfidence, StatementCache::textOrNull(ex.place),
                timestamp(document.importedAt), curated.reviewed, sourceFormatName(document.format),
                document.isOcr(), id });
        if (!updated)
            return std::unexpected(updated.error());
        auto participants
            = m_statements.run(QStringLiteral("DELETE FROM participants WHERE document_id = ?"), { id });
        if (!participants)
            return std::unexpected(participants.error());
        auto events = m_statements.run(
            QStringLiteral("DELETE FROM events WHERE document_id = ? AND kind IN ('document', 'mentioned')"),
            { id });
        if (!events)
            return std::unexpected(events.error());
        auto warnings = m_statements.run(QStringLiteral("DELETE FROM document_warnings WHERE document_id = ?"), { id });
        if (!warnings)
            return std::unexpected(warnings.error());
        auto pages = m_statements.run(QStringLiteral("DELETE FROM document_pages WHERE document_id = ?"), { id });
        if (!pages)
            return std::unexpected(pages.error());
        auto links = m_statements.run(QStringLiteral("DELETE FROM document_links WHERE document_id = ?"), { id });
        if (!links)
            return std::unexpected(links.error());
    } else {
        auto inserted = m_statements.run(
            QStringLiteral(
                "INSERT INTO documents (source_path, source, file_name, sha256, encoding, text, type, "
                "language, "
                "title, date_edtf, date_precision, date_start, date_end, date_evidence, date_offset, "
                "date_confidence, place, imported_at, reviewed, format, ocr) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { document.sourcePath, StatementCache::text(source), StatementCache::text(document.fileName),
                document.sha256, StatementCache::text(document.encoding), StatementCache::text(document.text),
                documentTypeName(ex.type), StatementCache::text(ex.language), StatementCache::text(ex.title),
                dateEdtf, datePrecision, isoDay(date.firstDay()), isoDay(date.lastDay()), dateEvidence,
                dateOffset, dateConfidence, StatementCache::textOrNull(ex.place),
                timestamp(document.importedAt), curated.reviewed, sourceFormatName(document.format),
                document.isOcr() });
        if (!inserted)
            return std::unexpected(inserted.error());
        id = *inserted;
        // What the trigger of schema versions 1 to 3 did (see migrations.cpp, version 4).
        auto indexed = m_statements.run(QStringLiteral("INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)"),
            { id, StatementCache::text(ex.title), StatementCache::text(document.text) });
        if (!indexed)
            return std::unexpected(indexed.error());
    }

    int position = 0;
    for (const Participant& participant : ex.participants) {
        const auto correspondent = correspondentFor(participant);
        if (!correspondent)
            return std::unexpected(correspondent.error());
        auto row = m_statements.run(
            QStringLiteral(
                "INSERT INTO participants (document_id, correspondent_id, role, name, title, "
                "organization, evidence, evidence_offset, position, confidence, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { id, *correspondent, roleName(participant.role), StatementCache::text(participant.name),
                StatementCache::text(participant.title), StatementCache::text(participant.organization),
                StatementCache::text(participant.evidence.text), offsetOrNull(participant.evidence.offset),
                position++, participant.confidence, kindName(participant.kind) });
        if (!row)
            return std::unexpected(row.error());
        // "Jean Dupont <j.dupont@example.org>": the address is one more spelling of the correspondent,
        // so a search or a merge by address finds them.
        if (const auto address = document.extraction.addresses.constFind(participant.name);
            address != document.extraction.addresses.cend() && !address->isEmpty())
            if (auto stored = addAlias(*correspondent, *address); !stored)
                return std::unexpected(stored.error());
    }

    for (const DocumentPage& page : document.pages) {
        auto row = m_statements.run(QStringLiteral("INSERT INTO document_pages (document_id, page, width, height, ocr, "
                                                    "text_start, text_end, words) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            { id, page.number, page.size.width(), page.size.height(), page.ocr, page.textStart, page.textEnd,
                packWords(page.words) });
        if (!row)
            return std::unexpected(row.error());
    }
    for (const DocumentLink& link : document.links) {
        auto row = m_statements.run(
            QStringLiteral("INSERT INTO document_links (document_id, kind, target_source) VALUES (?, ?, ?)"),
            { id, linkKindName(link.kind), StatementCache::text(link.source) });
        if (!row)
            return std::unexpected(row.error());
    }

    int warningPosition = 0;
    for (const DocumentWarning& warning : document.warnings) {
        auto row = m_statements.run(
            QStringLiteral("INSERT INTO document_warnings (document_id, code, argument, position) VALUES (?, ?, ?, ?)"),
            { id, warningCodeName(warning.code), StatementCache::text(warning.argument), warningPosition++ });
        if (!row)
            return std::unexpected(row.error());
    }

    if (auto events = writeEvents(id, document, ex); !events)
        return std::unexpected(events.error());
    if (auto kept = keepOriginal(id, document.extraction, *changes, curated.attention); !kept)
        return std::unexpected(kept.error());
    return id;
}

Result<void> DocumentRepository::keepOriginal(qint64 documentId, const Extraction& extracted,
    const QList<Change>& changes, const QHash<qint64, QString>& attention)
{
    if (changes.isEmpty()) {
        auto forgotten = m_statements.run(QStringLiteral("DELETE FROM original_extractions WHERE document_id = ?"), { documentId });
        if (!forgotten)
            return std::unexpected(forgotten.error());
        return {};
    }
    auto kept = m_statements.run(
        QStringLiteral("INSERT OR REPLACE INTO original_extractions (document_id, extraction) VALUES (?, ?)"),
        { documentId, QString::fromUtf8(QJsonDocument(extractionToJson(extracted)).toJson(QJsonDocument::Compact)) });
    if (!kept)
        return std::unexpected(kept.error());
    QList<qint64> cleared;
    for (const Change& change : changes)
        if (!attention.contains(change.id) && !change.attention.isEmpty())
            cleared.append(change.id);
    return m_changes.setAttention(attention, cleared);
}

Result<std::optional<Extraction>> DocumentRepository::originalExtraction(qint64 documentId)
{
    if (m_database.schemaVersion() < Database::kFirstVersionWithChanges)
        return std::optional<Extraction> {};
    auto query = m_statements.exec(
        QStringLiteral("SELECT extraction FROM original_extractions WHERE document_id = ?"), { documentId });
    if (!query)
        return std::unexpected(query.error());
    std::optional<Extraction> extraction;
    if ((*query)->next())
        extraction = extractionFromJson(QJsonDocument::fromJson((*query)->value(0).toString().toUtf8()).object());
    (*query)->finish();
    return extraction;
}

Result<void> DocumentRepository::writeEvents(
    qint64 documentId, const Document& document, const Extraction& ex)
{
    const QString sql = QStringLiteral("INSERT INTO events (document_id, kind, label, date_edtf, "
                                       "date_precision, date_start, date_end, evidence, "
                                       "evidence_offset, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const auto insert = [&](const QString& kind, const QString& label, const PartialDate& date,
                            const Evidence& evidence, int position) -> Result<void> {
        const bool dated = date.isValid();
        auto r = m_statements.run(sql,
            { documentId, kind, StatementCache::text(label), dated ? QVariant(date.toEdtf()) : QVariant(),
                dated ? QVariant(precisionName(date.precision())) : QVariant(), isoDay(date.firstDay()),
                isoDay(date.lastDay()), StatementCache::text(evidence.text), offsetOrNull(evidence.offset),
                position });
        if (!r)
            return std::unexpected(r.error());
        return {};
    };

    // The document itself is an event of the timeline, dated or not.
    const QString label = ex.title.isEmpty() ? document.fileName : ex.title;
    const PartialDate date = ex.date ? ex.date->date : PartialDate {};
    if (auto r
        = insert(QStringLiteral("document"), label, date, ex.date ? ex.date->evidence : Evidence {}, 0);
        !r)
        return r;
    int position = 0;
    for (const MentionedEvent& event : ex.events)
        if (auto r = insert(QStringLiteral("mentioned"), event.label, event.date, event.evidence, position++);
            !r)
            return r;
    return {};
}

Result<void> DocumentRepository::loadRedirects()
{
    if (m_redirectsLoaded)
        return {};
    m_redirects.clear();
    m_spellingKeys.clear();
    if (m_database.schemaVersion() >= Database::kFirstVersionWithChanges) {
        auto redirects = m_statements.exec(QStringLiteral("SELECT from_key, to_key FROM correspondent_redirects"));
        if (!redirects)
            return std::unexpected(redirects.error());
        while ((*redirects)->next())
            m_redirects.insert((*redirects)->value(0).toString(), (*redirects)->value(1).toString());
        (*redirects)->finish();
        // '=' sorts before every letter, and correspondentKey() starts with one ("p:", "o:").
        auto spellings = m_statements.exec(QStringLiteral("SELECT key FROM correspondents WHERE key >= '=' AND key < '>'"));
        if (!spellings)
            return std::unexpected(spellings.error());
        while ((*spellings)->next())
            m_spellingKeys.insert((*spellings)->value(0).toString());
        (*spellings)->finish();
        for (auto it = m_redirects.cbegin(); it != m_redirects.cend(); ++it)
            if (isSpellingKey(it.key()))
                m_spellingKeys.insert(it.key());
    }
    m_redirectsLoaded = true;
    return {};
}

Result<qint64> DocumentRepository::correspondentFor(const Participant& participant)
{
    if (auto loaded = loadRedirects(); !loaded)
        return std::unexpected(loaded.error());
    // A spelling the user split out of its folded key's correspondent is looked up before that key.
    QString key;
    if (!m_spellingKeys.isEmpty()) {
        const QString exact = spellingKey(participant.name);
        if (m_spellingKeys.contains(exact))
            key = exact;
    }
    if (key.isEmpty()) {
        key = correspondentKey(participant.kind, participant.name);
        // A corpus filed before the institutions table named this body (or before the user's last
        // change to it) keeps the body under its own name's key, merges and all: that key is used
        // while the table's has no correspondent yet, so nothing splits.
        if (participant.kind == CorrespondentKind::Organization) {
            const QString plain = correspondentKey(participant.kind, participant.name, false);
            if (plain != key && !m_correspondents.contains(key)) {
                auto known = [this](const QString& k) -> Result<bool> {
                    if (m_correspondents.contains(k) || m_redirects.contains(k))
                        return true;
                    auto found = m_statements.exec(QStringLiteral("SELECT 1 FROM correspondents WHERE key = ?"), { k });
                    if (!found)
                        return std::unexpected(found.error());
                    const bool exists = (*found)->next();
                    (*found)->finish();
                    return exists;
                };
                auto table = known(key);
                if (!table)
                    return std::unexpected(table.error());
                if (!*table) {
                    auto own = known(plain);
                    if (!own)
                        return std::unexpected(own.error());
                    if (*own)
                        key = plain;
                }
            }
        }
    }
    auto cached = m_correspondents.find(key);
    if (cached == m_correspondents.end()) {
        // A merged key leads to its survivor, through as many merges as were made (bounded: a cycle
        // cannot be written, but a damaged file must not hang an import).
        QString target = key;
        for (int hops = 0; hops < 64; ++hops) {
            auto next = m_redirects.constFind(target);
            if (next == m_redirects.cend())
                break;
            target = *next;
        }
        const bool curated = m_database.schemaVersion() >= Database::kFirstVersionWithChanges;
        auto found = m_statements.exec(curated
                ? QStringLiteral("SELECT id, name, named_by_user FROM correspondents WHERE key = ?")
                : QStringLiteral("SELECT id, name, 0 FROM correspondents WHERE key = ?"),
            { target });
        if (!found)
            return std::unexpected(found.error());
        CorrespondentEntry entry;
        entry.redirected = target != key;
        if ((*found)->next()) {
            entry.id = (*found)->value(0).toLongLong();
            entry.name = (*found)->value(1).toString();
            entry.namedByUser = (*found)->value(2).toBool();
            (*found)->finish();
        } else {
            (*found)->finish();
            // A survivor whose documents were all removed is created again under its own key.
            auto inserted = m_statements.run(
                QStringLiteral("INSERT INTO correspondents (kind, name, key) VALUES (?, ?, ?)"),
                { kindName(participant.kind), StatementCache::text(participant.name), target });
            if (!inserted)
                return std::unexpected(inserted.error());
            entry.id = *inserted;
            entry.name = participant.name;
            if (isSpellingKey(target))
                m_spellingKeys.insert(target);
        }
        cached = m_correspondents.insert(key, entry);
    }

    // Only a spelling of the correspondent's own key may improve its name: not a merged one's, and
    // never the name the user chose.
    if (!cached->redirected && !cached->namedByUser && shoutedWords(participant.name) < shoutedWords(cached->name)) {
        auto renamed = m_statements.run(QStringLiteral("UPDATE correspondents SET name = ? WHERE id = ?"),
            { participant.name, cached->id });
        if (!renamed)
            return std::unexpected(renamed.error());
        cached->name = participant.name; // the only entry not reached through a redirect
    }

    if (auto stored = addAlias(cached->id, participant.name); !stored)
        return std::unexpected(stored.error());
    return cached->id;
}

Result<void> DocumentRepository::addAlias(qint64 correspondentId, const QString& spelling)
{
    const QString alias = QString::number(correspondentId) + QChar(0x1f) + spelling;
    if (m_aliases.contains(alias))
        return {};
    auto stored = m_statements.run(QStringLiteral("INSERT OR IGNORE INTO aliases (correspondent_id, alias) VALUES (?, ?)"),
        { correspondentId, StatementCache::text(spelling) });
    if (!stored)
        return std::unexpected(stored.error());
    m_aliases.insert(alias);
    return {};
}

// The columns of a DocumentRef, in its order, over "documents".
QString DocumentRepository::refColumns() const
{
    // Old rows read NULL in the column migration 6 added; the writer stores 0 for "unknown".
    return m_database.schemaVersion() >= Database::kFirstVersionWithConfidence
        ? QStringLiteral("id, source, source_path, sha256, EXISTS (SELECT 1 FROM participants p "
                         "WHERE p.document_id = documents.id AND p.confidence IS NULL)")
        : QStringLiteral("id, source, source_path, sha256, 1");
}

Result<std::optional<DocumentRef>> DocumentRepository::findOne(const QString& where, const QString& value)
{
    auto query = m_statements.exec(QStringLiteral("SELECT ") + refColumns() + QStringLiteral(" FROM documents ") + where, { value });
    if (!query)
        return std::unexpected(query.error());
    std::optional<DocumentRef> ref;
    if ((*query)->next())
        ref = DocumentRef { (*query)->value(0).toLongLong(), (*query)->value(1).toString(),
            (*query)->value(2).toString(), (*query)->value(3).toString(), (*query)->value(4).toBool() };
    (*query)->finish();
    return ref;
}

Result<std::optional<DocumentRef>> DocumentRepository::findBySourcePath(const QString& sourcePath)
{
    return findOne(QStringLiteral("WHERE source_path = ?"), sourcePath);
}

Result<std::optional<DocumentRef>> DocumentRepository::findBySha256(const QString& sha256)
{
    return findOne(QStringLiteral("WHERE sha256 = ? ORDER BY id LIMIT 1"), sha256);
}

Result<QList<DocumentRef>> DocumentRepository::findBySource(const QString& sourceOrPath)
{
    auto query = m_statements.exec(QStringLiteral("SELECT ") + refColumns()
            + QStringLiteral(" FROM documents WHERE source = ? UNION SELECT ") + refColumns()
            + QStringLiteral(" FROM documents WHERE source_path = ? ORDER BY 1"),
        { sourceOrPath, sourceOrPath });
    if (!query)
        return std::unexpected(query.error());
    QList<DocumentRef> refs;
    while ((*query)->next())
        refs.append(DocumentRef { (*query)->value(0).toLongLong(), (*query)->value(1).toString(),
            (*query)->value(2).toString(), (*query)->value(3).toString(), (*query)->value(4).toBool() });
    (*query)->finish();
    return refs;
}

Result<ReviewCounts> DocumentRepository::reviewCounts()
{
    const bool kept = m_database.schemaVersion() >= Database::kFirstVersionWithChanges;
    auto query = m_statements.exec(kept ? QStringLiteral("SELECT coalesce(sum(reviewed), 0), count(*) FROM documents")
                                        : QStringLiteral("SELECT 0, count(*) FROM documents"));
    if (!query)
        return std::unexpected(query.error());
    ReviewCounts counts;
    if ((*query)->next())
        counts = { (*query)->value(0).toInt(), (*query)->value(1).toInt() };
    (*query)->finish();
    return counts;
}

Result<QList<ReviewItem>> DocumentRepository::unreviewed()
{
    const bool kept = m_database.schemaVersion() >= Database::kFirstVersionWithChanges;
    // A missing date or a document without any correspondent is the least sure of all (0).
    auto query = m_statements.exec(QStringLiteral(
        "SELECT d.id, d.source, min(coalesce(d.date_confidence, 0), coalesce((SELECT min(coalesce(%2, 0)) "
        "FROM participants p WHERE p.document_id = d.id AND p.role <> 'mentioned'), 0)) AS lowest "
        "FROM documents d %1 ORDER BY lowest, d.date_start IS NULL, d.date_start, d.source, d.id")
                                       .arg(kept ? QStringLiteral("WHERE d.reviewed = 0") : QString(),
                                           m_database.schemaVersion() >= Database::kFirstVersionWithConfidence
                                               ? QStringLiteral("p.confidence")
                                               : QStringLiteral("NULL")));
    if (!query)
        return std::unexpected(query.error());
    QList<ReviewItem> items;
    while ((*query)->next())
        items.append(ReviewItem { (*query)->value(0).toLongLong(), (*query)->value(1).toString(), (*query)->value(2).toDouble() });
    (*query)->finish();
    return items;
}

Result<Document> DocumentRepository::load(qint64 id)
{
    return loadDocument(id, nullptr);
}

Result<Document> DocumentRepository::loadDocument(qint64 id, QString* source)
{
    auto row = m_statements.exec(
        QStringLiteral("SELECT ") + kDocumentColumns + QStringLiteral(" FROM documents WHERE id = ?"),
        { id });
    if (!row)
        return std::unexpected(row.error());
    if (!(*row)->next())
        return fail(
            ErrorCode::NotFound, QStringLiteral("There is no document number %1 in the corpus.").arg(id));
    Document document = documentFromRow(**row, source);
    (*row)->finish();

    // A corpus opened read-only may be older: below schema 6 it has no confidences, below 5 no warnings.
    const int schema = m_database.schemaVersion();
    auto participants = m_statements.exec(
        // The kind the fact was given (by extraction or the user), which stays when its correspondent's
        // kind is changed or it is merged into one of the other kind; rows before schema 7: the correspondent's.
        QStringLiteral("SELECT p.role, %1, p.name, p.title, p.organization, p.evidence, p.evidence_offset, ")
                .arg(schema >= Database::kFirstVersionWithChanges ? QStringLiteral("coalesce(p.kind, c.kind)") : QStringLiteral("c.kind"))
            + (schema >= Database::kFirstVersionWithConfidence ? QStringLiteral("p.confidence") : QStringLiteral("NULL"))
            + QStringLiteral(" FROM participants p JOIN correspondents c ON c.id = p.correspondent_id "
                             "WHERE p.document_id = ? ORDER BY p.position"),
        { id });
    if (!participants)
        return std::unexpected(participants.error());
    QSqlQuery& p = **participants;
    while (p.next()) {
        Participant participant;
        participant.role = roleFromName(p.value(0).toString()).value_or(ParticipantRole::Mentioned);
        participant.kind = kindFromName(p.value(1).toString()).value_or(CorrespondentKind::Person);
        participant.name = p.value(2).toString();
        participant.title = p.value(3).toString();
        participant.organization = p.value(4).toString();
        participant.evidence = { p.value(5).toString(), offsetFrom(p.value(6)) };
        participant.confidence = p.value(7).toDouble(); // NULL (stored before schema 6): 0, unknown
        document.extraction.participants.append(participant);
    }
    p.finish();

    auto events
        = m_statements.exec(QStringLiteral("SELECT label, date_edtf, evidence, evidence_offset FROM events "
                                           "WHERE document_id = ? AND kind = 'mentioned' ORDER BY position"),
            { id });
    if (!events)
        return std::unexpected(events.error());
    QSqlQuery& e = **events;
    while (e.next()) {
        MentionedEvent event;
        event.label = e.value(0).toString();
        if (!e.value(1).isNull())
            event.date = PartialDate::fromEdtf(e.value(1).toString());
        event.evidence = { e.value(2).toString(), offsetFrom(e.value(3)) };
        document.extraction.events.append(event);
    }
    e.finish();

    if (schema >= Database::kFirstVersionWithChanges) {
        auto reviewed = m_statements.exec(QStringLiteral("SELECT reviewed FROM documents WHERE id = ?"), { id });
        if (!reviewed)
            return std::unexpected(reviewed.error());
        document.reviewed = (*reviewed)->next() && (*reviewed)->value(0).toBool();
        (*reviewed)->finish();
    }
    if (schema >= Database::kFirstVersionWithPages)
        if (auto archived = loadPagesAndLinks(document); !archived)
            return std::unexpected(archived.error());
    if (schema < Database::kFirstVersionWithWarnings)
        return document;
    auto warnings = m_statements.exec(
        QStringLiteral("SELECT code, argument FROM document_warnings WHERE document_id = ? ORDER BY position"), { id });
    if (!warnings)
        return std::unexpected(warnings.error());
    QSqlQuery& w = **warnings;
    while (w.next()) {
        // A code written by a newer Littoral is skipped rather than misread.
        if (const auto code = warningCodeFromName(w.value(0).toString()))
            document.warnings.append({ *code, w.value(1).toString() });
    }
    w.finish();
    return document;
}

Result<void> DocumentRepository::loadPagesAndLinks(Document& document)
{
    auto format = m_statements.exec(QStringLiteral("SELECT format FROM documents WHERE id = ?"), { document.id });
    if (!format)
        return std::unexpected(format.error());
    if ((*format)->next())
        document.format = sourceFormatFromName((*format)->value(0).toString()).value_or(SourceFormat::Text);
    (*format)->finish();

    auto pages = m_statements.exec(QStringLiteral("SELECT page, width, height, ocr, text_start, text_end, words "
                                                  "FROM document_pages WHERE document_id = ? ORDER BY page"),
        { document.id });
    if (!pages)
        return std::unexpected(pages.error());
    QSqlQuery& p = **pages;
    while (p.next()) {
        DocumentPage page;
        page.number = p.value(0).toInt();
        page.size = QSizeF(p.value(1).toDouble(), p.value(2).toDouble());
        page.ocr = p.value(3).toBool();
        page.textStart = p.value(4).toInt();
        page.textEnd = p.value(5).toInt();
        // Words a newer Littoral packed differently are left out: the page and its text still show.
        page.words = unpackWords(p.value(6).toByteArray()).value_or(QList<PageWord> {});
        document.pages.append(page);
    }
    p.finish();

    auto links = m_statements.exec(
        QStringLiteral("SELECT kind, target_source FROM document_links WHERE document_id = ? ORDER BY rowid"), { document.id });
    if (!links)
        return std::unexpected(links.error());
    QSqlQuery& l = **links;
    while (l.next())
        if (const auto kind = linkKindFromName(l.value(0).toString()))
            document.links.append({ *kind, l.value(1).toString() });
    l.finish();
    return {};
}

Result<QString> DocumentRepository::source(qint64 id)
{
    auto query = m_statements.exec(QStringLiteral("SELECT source FROM documents WHERE id = ?"), { id });
    if (!query)
        return std::unexpected(query.error());
    if (!(*query)->next())
        return fail(
            ErrorCode::NotFound, QStringLiteral("There is no document number %1 in the corpus.").arg(id));
    const QString value = (*query)->value(0).toString();
    (*query)->finish();
    return value;
}

Result<int> DocumentRepository::count()
{
    auto query = m_statements.exec(QStringLiteral("SELECT count(*) FROM documents"));
    if (!query)
        return std::unexpected(query.error());
    const int n = (*query)->next() ? (*query)->value(0).toInt() : 0;
    (*query)->finish();
    return n;
}

Result<QStringList> DocumentRepository::importRoots(int limit)
{
    // `source` is the path below the imported folder: the absolute path without it is that folder.
    auto query = m_statements.exec(QStringLiteral("SELECT DISTINCT substr(source_path, 1, length(source_path) - length(source) - 1) "
                                                  "FROM documents WHERE length(source_path) > length(source) "
                                                  "AND substr(source_path, -length(source)) = source LIMIT ?"),
        { limit });
    if (!query)
        return std::unexpected(query.error());
    QStringList roots;
    while ((*query)->next())
        roots.append((*query)->value(0).toString());
    (*query)->finish();
    return roots;
}

Result<QList<DocumentSummary>> DocumentRepository::summaries(Names names)
{
    // The order of the covering index documents_summary, so SQLite reads it without sorting.
    auto rows = RowScan::prepare(m_database,
        QStringLiteral("SELECT id, source, date_edtf, date_start, date_end, type, language, title FROM documents "
                       "ORDER BY date_start, source, id"));
    if (!rows)
        return std::unexpected(rows.error());
    QList<DocumentSummary> summaries;
    StringPool languages; // "fr" or "en", a hundred thousand times
    while (rows->next()) {
        DocumentSummary s;
        s.id = rows->integer(0);
        s.source = rows->text(1);
        if (!rows->isNull(2))
            s.date = PartialDate::fromEdtf(rows->text(2));
        s.dateStart = rows->isoDate(3);
        s.dateEnd = rows->isoDate(4);
        s.type = documentTypeFromName(QUtf8StringView(rows->bytes(5))).value_or(DocumentType::Other);
        s.language = languages.intern(rows->bytes(6));
        s.title = rows->text(7);
        summaries.append(std::move(s));
    }
    if (auto status = rows->status(); !status)
        return std::unexpected(status.error());
    if (m_database.schemaVersion() >= Database::kFirstVersionWithPages) {
        // Through the partial index documents_archive: plain-text corpora read no row here.
        auto archives = m_statements.exec(QStringLiteral(
            "SELECT id, format, ocr FROM documents WHERE format <> 'text' OR ocr <> 0"));
        if (!archives)
            return std::unexpected(archives.error());
        QHash<qint64, std::pair<SourceFormat, bool>> formats;
        while ((*archives)->next())
            formats.insert((*archives)->value(0).toLongLong(),
                { sourceFormatFromName((*archives)->value(1).toString()).value_or(SourceFormat::Text),
                    (*archives)->value(2).toBool() });
        (*archives)->finish();
        if (!formats.isEmpty())
            for (DocumentSummary& summary : summaries)
                if (const auto found = formats.constFind(summary.id); found != formats.cend())
                    std::tie(summary.format, summary.ocr) = *found;
    }
    // SQL sorts the undated first; a reader wants them after the dated ones.
    std::stable_partition(summaries.begin(), summaries.end(), [](const DocumentSummary& s) { return s.dateStart.isValid(); });
    if (names == Names::Included) {
        if (auto added = addNames(summaries); !added)
            return std::unexpected(added.error());
    }
    return summaries;
}

Result<void> DocumentRepository::addNames(QList<DocumentSummary>& summaries)
{
    QHash<qint64, qsizetype> indexById;
    indexById.reserve(summaries.size());
    for (qsizetype i = 0; i < summaries.size(); ++i)
        indexById.insert(summaries.at(i).id, i);

    // One pass over the participants instead of one query per row.
    auto names = RowScan::prepare(m_database,
        QStringLiteral("SELECT document_id, role, name FROM participants WHERE role IN ('sender', 'recipient') "
                       "ORDER BY document_id, position"));
    if (!names)
        return std::unexpected(names.error());
    StringPool spellings; // a correspondent writes or is written to many times
    while (names->next()) {
        const auto index = indexById.constFind(names->integer(0));
        if (index == indexById.constEnd())
            continue;
        DocumentSummary& s = summaries[*index];
        (names->bytes(1) == QByteArrayView("sender") ? s.senders : s.recipients).append(spellings.intern(names->bytes(2)));
    }
    return names->status();
}

Result<void> DocumentRepository::forEachDocument(const Visitor& visit)
{
    // Ids first: sorting whole rows would drag every text through SQLite's sorter.
    QList<qint64> ids;
    {
        auto rows = m_statements.exec(
            QStringLiteral("SELECT id FROM documents ORDER BY date_start IS NULL, date_start, source, id"));
        if (!rows)
            return std::unexpected(rows.error());
        while ((*rows)->next())
            ids.append((*rows)->value(0).toLongLong());
        (*rows)->finish();
    }
    for (const qint64 id : ids) {
        QString source;
        auto document = loadDocument(id, &source);
        if (!document) {
            if (document.error().code == ErrorCode::NotFound)
                continue; // deleted by another connection meanwhile (when not read in a snapshot)
            return std::unexpected(document.error());
        }
        if (auto visited = visit(*document, source); !visited)
            return visited;
    }
    return {};
}

Result<void> DocumentRepository::forEachRef(const std::function<void(const DocumentRef&)>& visit)
{
    auto rows = m_statements.exec(QStringLiteral("SELECT ") + refColumns() + QStringLiteral(" FROM documents ORDER BY id"));
    if (!rows)
        return std::unexpected(rows.error());
    QSqlQuery& r = **rows;
    while (r.next())
        visit(DocumentRef { r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(), r.value(3).toString(),
            r.value(4).toBool() });
    r.finish();
    return {};
}

Result<int> DocumentRepository::correctionCount(const DocumentRef& document)
{
    auto changes = m_changes.forDocument(document.sourcePath, document.sha256);
    if (!changes)
        return std::unexpected(changes.error());
    return int(std::count_if(changes->cbegin(), changes->cend(),
        [](const Change& change) { return change.active && change.reverts == 0; }));
}

Result<bool> DocumentRepository::remove(qint64 id)
{
    auto query = m_statements.exec(QStringLiteral("DELETE FROM documents WHERE id = ?"), { id });
    if (!query)
        return std::unexpected(query.error());
    return (*query)->numRowsAffected() > 0;
}

void DocumentRepository::forgetCorrespondents()
{
    m_correspondents.clear();
    m_aliases.clear();
    m_redirectsLoaded = false;
}

Result<int> DocumentRepository::removeOrphanCorrespondents()
{
    // A correspondent the user named, split out or merged others into is kept: its file may come back.
    const bool curated = m_database.schemaVersion() >= Database::kFirstVersionWithChanges;
    auto query = m_statements.exec(curated
            ? QStringLiteral("DELETE FROM correspondents WHERE named_by_user = 0 AND NOT (key >= '=' AND key < '>') "
                             "AND key NOT IN (SELECT to_key FROM correspondent_redirects) AND NOT EXISTS "
                             "(SELECT 1 FROM participants p WHERE p.correspondent_id = correspondents.id)")
            : QStringLiteral("DELETE FROM correspondents WHERE NOT EXISTS "
                             "(SELECT 1 FROM participants p WHERE p.correspondent_id = correspondents.id)"));
    if (!query)
        return std::unexpected(query.error());
    const int removed = (*query)->numRowsAffected();
    if (removed > 0) {
        m_correspondents.clear();
        m_aliases.clear();
        m_redirectsLoaded = false;
    }
    return removed;
}

Result<QList<LinkedDocument>> DocumentRepository::linkedDocuments(qint64 id)
{
    QList<LinkedDocument> linked;
    if (m_database.schemaVersion() < Database::kFirstVersionWithPages)
        return linked;
    // Both ways by source: what this document links to (its message), then what links to it (its
    // attachments, its replies), each in the order of their sources.
    auto query = m_statements.exec(QStringLiteral(
        "SELECT d.id, d.source, d.title, l.kind, 0 FROM document_links l JOIN documents d ON d.source = l.target_source "
        "WHERE l.document_id = ? AND d.id <> ? "
        "UNION ALL "
        "SELECT d.id, d.source, d.title, l.kind, 1 FROM documents self JOIN document_links l ON l.target_source = self.source "
        "JOIN documents d ON d.id = l.document_id WHERE self.id = ? AND d.id <> ? "
        "ORDER BY 5, 2, 1"),
        { id, id, id, id });
    if (!query)
        return std::unexpected(query.error());
    while ((*query)->next()) {
        const auto kind = linkKindFromName((*query)->value(3).toString());
        if (!kind)
            continue; // a kind a newer Littoral wrote
        linked.append({ (*query)->value(0).toLongLong(), (*query)->value(1).toString(), (*query)->value(2).toString(),
            *kind, (*query)->value(4).toBool() });
    }
    (*query)->finish();
    return linked;
}

Result<void> DocumentRepository::moveSources(const QList<SourceMove>& moves)
{
    if (moves.isEmpty())
        return {};
    // Rows of `table` whose `column` is `from` or a part "from/…" of it get `to` in its place; when
    // `sourceColumn` is given it becomes `toSource` and the same tail. A range, not LIKE: a file name may
    // hold LIKE's wildcards, and the range uses the column's index ('0' follows '/').
    const auto rename = [&](const QString& table, const QString& column, const QString& from, const QString& to,
                            const QString& sourceColumn = {}, const QString& toSource = {}) -> Result<void> {
        const QString tail = QStringLiteral("substr(%1, length(?) + 1)").arg(column);
        const QString where = QStringLiteral(" WHERE %1 = ? OR (%1 >= ? || '/' AND %1 < ? || '0')").arg(column);
        const QString set = QStringLiteral("UPDATE %1 SET %2 = ? || %3").arg(table, column, tail);
        auto query = sourceColumn.isEmpty()
            ? m_statements.exec(set + where, { to, from, from, from, from })
            : m_statements.exec(set + QStringLiteral(", %1 = ? || %2").arg(sourceColumn, tail) + where,
                  { to, from, toSource, from, from, from, from });
        if (!query)
            return std::unexpected(query.error());
        return {};
    };
    const QString documents = QStringLiteral("documents");
    const QString changes = QStringLiteral("changes");
    const QString issues = QStringLiteral("import_issues");
    const QString links = QStringLiteral("document_links");
    const QString path = QStringLiteral("source_path");
    const QString source = QStringLiteral("source");
    const bool hasLinks = m_database.schemaVersion() >= Database::kFirstVersionWithPages;
    const auto body = [&]() -> Result<void> {
        // First every moved row to a name no file has (source_path is unique), then to its new one. The
        // user's changes and the import's reports follow their document.
        const auto parked = [](qsizetype i) { return QStringLiteral("\u0001move%1\u0001").arg(i); };
        for (qsizetype i = 0; i < moves.size(); ++i) {
            const SourceMove& move = moves.at(i);
            for (const QString& table : { documents, changes, issues })
                if (auto r = rename(table, path, move.fromPath, parked(i)); !r)
                    return r;
            if (hasLinks)
                if (auto r = rename(links, QStringLiteral("target_source"), move.fromSource, parked(i)); !r)
                    return r;
        }
        for (qsizetype i = 0; i < moves.size(); ++i) {
            const SourceMove& move = moves.at(i);
            for (const QString& table : { documents, changes, issues })
                if (auto r = rename(table, path, parked(i), move.toPath, source, move.toSource); !r)
                    return r;
            if (hasLinks)
                if (auto r = rename(links, QStringLiteral("target_source"), parked(i), move.toSource); !r)
                    return r;
        }
        return {};
    };
    if (m_database.inTransaction())
        return body();
    auto moved = m_database.transaction(body);
    forgetCachesAfterRollback();
    return moved;
}

Result<void> DocumentRepository::setMessageId(qint64 documentId, const QString& messageId)
{
    auto query = m_statements.exec(QStringLiteral("UPDATE documents SET message_id = ? WHERE id = ?"),
        { StatementCache::textOrNull(messageId), documentId });
    if (!query)
        return std::unexpected(query.error());
    return {};
}

Result<QString> DocumentRepository::sourceOfMessage(const QString& messageId)
{
    if (messageId.isEmpty() || m_database.schemaVersion() < Database::kFirstVersionWithPages)
        return QString();
    auto query = m_statements.exec(
        QStringLiteral("SELECT source FROM documents WHERE message_id = ? ORDER BY id LIMIT 1"), { messageId });
    if (!query)
        return std::unexpected(query.error());
    const QString source = (*query)->next() ? (*query)->value(0).toString() : QString();
    (*query)->finish();
    return source;
}

Result<void> DocumentRepository::addLink(qint64 documentId, const DocumentLink& link)
{
    auto query = m_statements.exec(QStringLiteral("INSERT INTO document_links (document_id, kind, target_source) "
                                                  "SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM document_links "
                                                  "WHERE document_id = ? AND kind = ? AND target_source = ?)"),
        { documentId, linkKindName(link.kind), StatementCache::text(link.source), documentId, linkKindName(link.kind),
            StatementCache::text(link.source) });
    if (!query)
        return std::unexpected(query.error());
    return {};
}

} // namespace littoral::core
