// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/migrations.h"

#include <QSqlError>
#include <QSqlQuery>

namespace littoral::core {
namespace {

Migration version1()
{
    return { 1,
        {
            // Dates are stored three ways: EDTF as extracted, precision, and the first/last day it
            // can mean (ISO yyyy-MM-dd, which sorts as text) so the timeline can query ranges.
            QStringLiteral(R"(CREATE TABLE documents (
                id INTEGER PRIMARY KEY,
                source_path TEXT NOT NULL UNIQUE,
                source TEXT NOT NULL,
                file_name TEXT NOT NULL,
                sha256 TEXT NOT NULL,
                encoding TEXT NOT NULL DEFAULT '',
                text TEXT NOT NULL DEFAULT '',
                type TEXT NOT NULL DEFAULT 'other'
                    CHECK (type IN ('letter', 'open_letter', 'press_release', 'other')),
                language TEXT NOT NULL DEFAULT '',
                title TEXT NOT NULL DEFAULT '',
                date_edtf TEXT,
                date_precision TEXT CHECK (date_precision IN ('day', 'month', 'season', 'year')),
                date_start TEXT,
                date_end TEXT,
                date_evidence TEXT,
                date_offset INTEGER,
                date_confidence REAL,
                place TEXT,
                imported_at TEXT NOT NULL
            ))"),
            QStringLiteral("CREATE INDEX documents_sha256 ON documents(sha256)"),
            QStringLiteral("CREATE INDEX documents_date ON documents(date_start, date_end)"),
            QStringLiteral("CREATE INDEX documents_source ON documents(source)"),

            QStringLiteral(R"(CREATE TABLE correspondents (
                id INTEGER PRIMARY KEY,
                kind TEXT NOT NULL CHECK (kind IN ('person', 'organization')),
                name TEXT NOT NULL,
                key TEXT NOT NULL UNIQUE
            ))"),
            QStringLiteral(R"(CREATE TABLE aliases (
                correspondent_id INTEGER NOT NULL REFERENCES correspondents(id) ON DELETE CASCADE,
                alias TEXT NOT NULL,
                UNIQUE (correspondent_id, alias)
            ))"),
            QStringLiteral("CREATE INDEX aliases_alias ON aliases(alias)"),

            // name is the spelling in this document; the correspondent holds the canonical one.
            QStringLiteral(R"(CREATE TABLE participants (
                document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                correspondent_id INTEGER NOT NULL REFERENCES correspondents(id),
                role TEXT NOT NULL CHECK (role IN ('sender', 'recipient', 'cc', 'mentioned')),
                name TEXT NOT NULL,
                title TEXT NOT NULL DEFAULT '',
                organization TEXT NOT NULL DEFAULT '',
                evidence TEXT NOT NULL DEFAULT '',
                evidence_offset INTEGER,
                position INTEGER NOT NULL
            ))"),
            QStringLiteral("CREATE INDEX participants_document ON participants(document_id, position)"),
            QStringLiteral("CREATE INDEX participants_correspondent ON participants(correspondent_id, role)"),

            QStringLiteral(R"(CREATE TABLE events (
                id INTEGER PRIMARY KEY,
                document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
                kind TEXT NOT NULL CHECK (kind IN ('document', 'mentioned', 'user')),
                label TEXT NOT NULL DEFAULT '',
                date_edtf TEXT,
                date_precision TEXT CHECK (date_precision IN ('day', 'month', 'season', 'year')),
                date_start TEXT,
                date_end TEXT,
                evidence TEXT NOT NULL DEFAULT '',
                evidence_offset INTEGER,
                position INTEGER NOT NULL DEFAULT 0
            ))"),
            QStringLiteral("CREATE INDEX events_document ON events(document_id, kind, position)"),
            QStringLiteral("CREATE INDEX events_date ON events(date_start, date_end)"),

            // Keyed by content hash, not by row id, so corrections survive deleting and re-importing.
            QStringLiteral(R"(CREATE TABLE edits (
                id INTEGER PRIMARY KEY,
                document_sha256 TEXT NOT NULL,
                field TEXT NOT NULL CHECK (field IN ('type', 'language', 'title', 'date', 'place')),
                old_value TEXT,
                new_value TEXT,
                created_at TEXT NOT NULL
            ))"),
            QStringLiteral("CREATE INDEX edits_document ON edits(document_sha256, id)"),

            QStringLiteral(R"(CREATE TABLE import_issues (
                id INTEGER PRIMARY KEY,
                source TEXT NOT NULL UNIQUE,
                kind TEXT NOT NULL CHECK (kind IN ('rejected', 'duplicate')),
                reason TEXT NOT NULL DEFAULT '',
                duplicate_of TEXT,
                seen_at TEXT NOT NULL
            ))"),

            QStringLiteral(R"(CREATE VIRTUAL TABLE documents_fts USING fts5(
                title, text, content='documents', content_rowid='id',
                tokenize='unicode61 remove_diacritics 2'
            ))"),
            QStringLiteral(R"(CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
                INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
            END)"),
            QStringLiteral(R"(CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
                INSERT INTO documents_fts(documents_fts, rowid, title, text)
                    VALUES ('delete', old.id, old.title, old.text);
            END)"),
            QStringLiteral(
                R"(CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
                INSERT INTO documents_fts(documents_fts, rowid, title, text)
                    VALUES ('delete', old.id, old.title, old.text);
                INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
            END)"),
        },
        QStringLiteral("SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'documents'") };
}

// Import problems are keyed by the file's absolute path, as documents are: two folders may both hold
// an "x.txt", and importing one must not erase the other's rejection. Rows written by version 1 only
// knew the relative source, which stands in for the path.
Migration version2()
{
    return { 2,
        {
            QStringLiteral(R"(CREATE TABLE import_issues_v2 (
                id INTEGER PRIMARY KEY,
                source_path TEXT NOT NULL UNIQUE,
                source TEXT NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('rejected', 'duplicate')),
                reason TEXT NOT NULL DEFAULT '',
                duplicate_of TEXT,
                seen_at TEXT NOT NULL
            ))"),
            QStringLiteral("INSERT INTO import_issues_v2 (id, source_path, source, kind, reason, duplicate_of, seen_at) "
                           "SELECT id, source, source, kind, reason, duplicate_of, seen_at FROM import_issues"),
            QStringLiteral("DROP TABLE import_issues"),
            QStringLiteral("ALTER TABLE import_issues_v2 RENAME TO import_issues"),
        },
        QStringLiteral("SELECT count(*) > 0 FROM pragma_table_info('import_issues') WHERE name = 'source_path'") };
}

// Opening a corpus reads every document's metadata and every correspondent's letter count. With
// 100,000 documents those reads walked the rows of the texts (3 KB each) and one table row per
// participation; covering indexes let them read only what they need.
Migration version3()
{
    return { 3,
        {
            QStringLiteral("CREATE INDEX documents_summary ON documents("
                           "date_start, source, id, date_end, date_edtf, type, language, title)"),
            QStringLiteral("DROP INDEX participants_correspondent"),
            QStringLiteral("CREATE INDEX participants_correspondent ON participants(correspondent_id, role, document_id)"),
        },
        QStringLiteral("SELECT count(*) > 0 FROM sqlite_master WHERE type = 'index' AND name = 'documents_summary'") };
}

// Indexing each inserted document through a trigger cost an import about twice the FTS5 work of a
// plain INSERT into documents_fts of the same values, measured with SQLite 3.40 (whose FTS5 syncs its
// pending terms at the statement savepoints the trigger opens). DocumentRepository, the only writer of
// documents rows, now indexes the documents it inserts itself; updates and deletes keep their triggers.
Migration version4()
{
    return { 4,
        {
            QStringLiteral("DROP TRIGGER documents_fts_insert"),
        },
        QStringLiteral("SELECT count(*) = 0 FROM sqlite_master WHERE type = 'trigger' AND name = 'documents_fts_insert'") };
}

// What the import noticed about a document (bytes replaced, extraction cut short), as codes with an
// argument so the window can word them in the reader's language; rewritten with the document.
Migration version5()
{
    return { 5,
        {
            QStringLiteral(R"(CREATE TABLE document_warnings (
                document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                code TEXT NOT NULL,
                argument TEXT NOT NULL DEFAULT '',
                position INTEGER NOT NULL
            ))"),
            QStringLiteral("CREATE INDEX document_warnings_document ON document_warnings(document_id, position)"),
        },
        QStringLiteral("SELECT count(*) > 0 FROM sqlite_master WHERE type = 'index' AND name = 'document_warnings_document'") };
}

// How sure extraction was that a participant holds its role (participantconfidence.h), so a review can
// show the doubtful ones first. Rows stored before have NULL, read as 0 ("unknown"); the writer stores
// 0, never NULL, so NULL marks the documents an import extracts again. The partial index finds them
// without reading every participant at the start of each import (100,000 documents with four
// participants each: 0.5 s instead of 1.6-2 s, measured with the sqlite3 shell on a loaded machine),
// and is empty once they are.
Migration version6()
{
    return { 6,
        {
            QStringLiteral("ALTER TABLE participants ADD COLUMN confidence REAL"),
            QStringLiteral("CREATE INDEX participants_unknown_confidence ON participants(document_id) WHERE confidence IS NULL"),
        },
        QStringLiteral("SELECT count(*) > 0 FROM sqlite_master WHERE type = 'index' AND name = 'participants_unknown_confidence'") };
}


// The change log (core/domain/change.h) replaces the field edits of version 1: every correction, merge,
// review, undo and revert, with what it replaced, kept forever. Document changes name the file and the
// content they were made on, so they follow a file that changed on disk and content that moved.
// A corrected document keeps what extraction said beside it (original_extractions), for the export's
// "original" and the reader's tooltips. Merged correspondents leave redirects, so that a re-import
// sends their spellings to the survivor; a split leaves one for the exact spelling it moved out.
Migration version7()
{
    return { 7,
        {
            QStringLiteral(R"(CREATE TABLE changes (
                id INTEGER PRIMARY KEY,
                at TEXT NOT NULL,
                user_name TEXT NOT NULL DEFAULT '',
                kind TEXT NOT NULL,
                origin TEXT NOT NULL DEFAULT 'edit' CHECK (origin IN ('edit', 'undo', 'redo', 'revert')),
                source_path TEXT,
                source TEXT,
                sha256 TEXT,
                before TEXT NOT NULL DEFAULT '{}',
                after TEXT NOT NULL DEFAULT '{}',
                reverts INTEGER REFERENCES changes(id),
                attention TEXT NOT NULL DEFAULT ''
            ))"),
            QStringLiteral("CREATE INDEX changes_source_path ON changes(source_path) WHERE source_path IS NOT NULL"),
            QStringLiteral("CREATE INDEX changes_sha256 ON changes(sha256) WHERE sha256 IS NOT NULL"),
            QStringLiteral("CREATE INDEX changes_reverts ON changes(reverts) WHERE reverts IS NOT NULL"),
            QStringLiteral(R"(INSERT INTO changes (at, kind, origin, source_path, source, sha256, before, after)
                SELECT e.created_at, 'set_field', 'edit', d.source_path, d.source, e.document_sha256,
                    json_object('field', e.field, 'value', coalesce(e.old_value, '')),
                    json_object('field', e.field, 'value', coalesce(e.new_value, ''))
                FROM edits e LEFT JOIN documents d
                    ON d.id = (SELECT min(id) FROM documents WHERE sha256 = e.document_sha256)
                ORDER BY e.id)"),
            QStringLiteral("DROP TABLE edits"),
            QStringLiteral(R"(CREATE TABLE original_extractions (
                document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
                extraction TEXT NOT NULL
            ))"),
            QStringLiteral(R"(CREATE TABLE correspondent_redirects (
                from_key TEXT PRIMARY KEY,
                to_key TEXT NOT NULL
            ))"),
            QStringLiteral("ALTER TABLE documents ADD COLUMN reviewed INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE correspondents ADD COLUMN named_by_user INTEGER NOT NULL DEFAULT 0"),
            // The kind a participant was given, which a merge or a kind change of its correspondent must
            // not rewrite (replaying corrections compares facts by kind). NULL in older rows: the
            // correspondent's, which nothing could change before this version.
            QStringLiteral("ALTER TABLE participants ADD COLUMN kind TEXT"),
        },
        QStringLiteral("SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'changes'") };
}


// Import problems as a stable code and its arguments (core/import/importproblem.h), said in the
// interface language only when shown; `reason` keeps the English text the export writes. Rows of
// older versions get the code their English text names (the texts below are ImportProblem's), and
// a text it does not know is kept whole as 'other'.
Migration version8()
{
    // "empty file" or "empty file (DETAIL)": the code, and DETAIL as its one argument. The texts are
    // written out here, not taken from ImportProblem, so this step stays what it was when later
    // versions reword them.
    static const std::pair<const char*, const char*> codeAndText[] = { { "empty_file", "empty file" },
        { "binary_file", "binary file" }, { "undecodable", "undecodable" }, { "file_too_large", "file too large" },
        { "unreadable", "unreadable" }, { "not_regular_file", "not a regular file" } };
    QStringList fromText;
    for (const auto& [code, text] : codeAndText) {
        const int detailFrom = int(qstrlen(text)) + 3; // past "TEXT (", 1-based
        fromText << QStringLiteral("UPDATE import_issues SET code = '%1', args = CASE WHEN reason = '%2' THEN '[]' "
                                   "ELSE json_array(substr(reason, %3, length(reason) - %3)) END "
                                   "WHERE kind = 'rejected' AND (reason = '%2' OR reason GLOB '%2 (*)')")
                        .arg(QLatin1String(code), QLatin1String(text), QString::number(detailFrom));
    }
    return { 8,
        QStringList {
            QStringLiteral("ALTER TABLE import_issues ADD COLUMN code TEXT NOT NULL DEFAULT 'other'"),
            QStringLiteral("ALTER TABLE import_issues ADD COLUMN args TEXT NOT NULL DEFAULT '[]'"),
        } + fromText + QStringList {
            QStringLiteral("UPDATE import_issues SET args = json_array(reason) WHERE kind = 'rejected' AND code = 'other'"),
        },
        QStringLiteral("SELECT count(*) > 0 FROM pragma_table_info('import_issues') WHERE name = 'code'") };
}

// Stories (told in class, core/domain/story.h) and the corpus's layer over the bundled chronology
// (core/domain/chronologyevent.h): both are kept whole as JSON, written only through the change log
// (SetStory, SetChronology), so undo and History cover them as they cover corrections.
Migration version9()
{
    return { 9,
        {
            QStringLiteral(R"(CREATE TABLE stories (
                id TEXT PRIMARY KEY,
                title TEXT NOT NULL,
                story TEXT NOT NULL,
                updated_at TEXT NOT NULL))"),
            // state: 'event' (a user's event, or an edited bundled one: `event` holds it) or 'deleted'
            // (a bundled event the user removed). A bundled event nobody touched has no row.
            QStringLiteral(R"(CREATE TABLE chronology_events (
                id TEXT PRIMARY KEY,
                state TEXT NOT NULL CHECK (state IN ('event', 'deleted')),
                event TEXT))"),
        },
        QStringLiteral("SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'chronology_events'") };
}

// Archives (issue 16): PDFs, scans and e-mail. A document keeps what it was read from, its pages with
// every word's box (packed in one blob per page: a corpus of 100,000 scanned letters has tens of
// millions of words) and its links to other documents by source (an attachment to its message, a reply
// to the message it answers, resolved through message_id). The type CHECK of version 1 must accept
// 'email': SQLite cannot alter a CHECK, and rebuilding the table would, under foreign_keys = ON,
// cascade-delete every participant; the table's SQL is edited in sqlite_schema instead, as
// https://www.sqlite.org/lang_altertable.html ("making other kinds of table schema changes") documents.
Migration version10()
{
    Migration step { 10,
        {
            QStringLiteral("ALTER TABLE documents ADD COLUMN format TEXT NOT NULL DEFAULT 'text'"),
            QStringLiteral("ALTER TABLE documents ADD COLUMN ocr INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE documents ADD COLUMN message_id TEXT"),
            QStringLiteral("CREATE INDEX documents_message_id ON documents(message_id) WHERE message_id IS NOT NULL"),
            QStringLiteral(R"(CREATE TABLE document_pages (
                document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                page INTEGER NOT NULL,
                width REAL NOT NULL,
                height REAL NOT NULL,
                ocr INTEGER NOT NULL DEFAULT 0,
                text_start INTEGER NOT NULL,
                text_end INTEGER NOT NULL,
                words BLOB,
                PRIMARY KEY (document_id, page)
            ))"),
            QStringLiteral(R"(CREATE TABLE document_links (
                document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                kind TEXT NOT NULL,
                target_source TEXT NOT NULL
            ))"),
            QStringLiteral("CREATE INDEX document_links_document ON document_links(document_id)"),
            QStringLiteral("CREATE INDEX document_links_target ON document_links(target_source)"),
            // Opening a corpus reads every summary through a covering index; the few documents that are not
            // plain text are found through this one rather than by reading every row with its text.
            QStringLiteral("CREATE INDEX documents_archive ON documents(id, format, ocr) WHERE format <> 'text' OR ocr <> 0"),
        },
        QStringLiteral("SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'document_links'"), {} };
    step.afterStatements = [](QSqlDatabase& db) -> Result<void> {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA schema_version")) || !q.next())
            return fail(ErrorCode::Sql, QStringLiteral("cannot read the schema version: ") + q.lastError().text());
        const qint64 schemaVersion = q.value(0).toLongLong();
        q.finish();
        if (!q.exec(QStringLiteral("PRAGMA writable_schema = ON")))
            return fail(ErrorCode::Sql, QStringLiteral("cannot edit the schema: ") + q.lastError().text());
        const bool edited = q.exec(QStringLiteral(
            "UPDATE sqlite_schema SET sql = replace(sql, '''press_release'', ''other'')', "
            "'''press_release'', ''email'', ''other'')') WHERE type = 'table' AND name = 'documents' "
            "AND sql LIKE '%''press_release'', ''other'')%'"));
        const int rows = edited ? q.numRowsAffected() : 0;
        const QString error = q.lastError().text();
        // SQLite reads the edited schema once schema_version changes; writable_schema goes off in any case.
        const bool bumped = rows == 1 && q.exec(QStringLiteral("PRAGMA schema_version = %1").arg(schemaVersion + 1));
        QSqlQuery off(db);
        const bool restored = off.exec(QStringLiteral("PRAGMA writable_schema = OFF"));
        if (!edited || rows != 1)
            return fail(ErrorCode::Sql,
                QStringLiteral("cannot let the documents table accept e-mail (%1)")
                    .arg(edited ? QStringLiteral("its type check is not the one version 1 wrote") : error));
        if (!bumped || !restored)
            return fail(ErrorCode::Sql, QStringLiteral("cannot reload the edited schema: ") + q.lastError().text());
        return {};
    };
    return step;
}

} // namespace

const QList<Migration>& migrations()
{
    static const QList<Migration> steps = { version1(), version2(), version3(), version4(), version5(), version6(), version7(), version8(), version9(), version10() };
    return steps;
}

} // namespace littoral::core
