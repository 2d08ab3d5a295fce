// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchutil.h"
#include "phases.h"
#include "rawsqlite.h"

#include "core/import/importjob.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonObject>
#include <QStringList>

#include <sqlite3.h>

namespace littoral::bench {
namespace {

QStringList corpusFiles(const QString& corpus)
{
    QStringList files;
    QDirIterator it(corpus, { QStringLiteral("*.txt"), QStringLiteral("*.md") }, QDir::Files,
        QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

void removeDatabase(const QString& database)
{
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(database + suffix);
}

} // namespace

// The floor: the same files read and inserted raw (no decoding, no extraction) into one table and
// an FTS5 index with Littoral's tokenizer, in one transaction, with the app's journal settings.
int runImportFloor(const QString& corpus, const QString& database)
{
    removeDatabase(database);
    // Warm the page cache so that neither side pays for cold disk reads.
    qint64 bytes = 0;
    for (const QString& path : corpusFiles(corpus)) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll().size();
    }

    QElapsedTimer timer;
    timer.start();
    const QStringList files = corpusFiles(corpus);
    RawSqlite db(database, RawSqlite::Mode::ReadWrite);
    db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
    db.exec("CREATE TABLE docs (id INTEGER PRIMARY KEY, source TEXT NOT NULL, text TEXT NOT NULL);"
            "CREATE VIRTUAL TABLE docs_fts USING fts5(text, content='docs', content_rowid='id',"
            " tokenize='unicode61 remove_diacritics 2');");
    db.exec("BEGIN");
    {
        RawStatement insert(db.prepare("INSERT INTO docs (source, text) VALUES (?, ?)"));
        RawStatement index(db.prepare("INSERT INTO docs_fts (rowid, text) VALUES (?, ?)"));
        for (const QString& path : files) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray text = f.readAll();
            const QByteArray source = path.toUtf8();
            sqlite3_bind_text(insert.get(), 1, source.constData(), int(source.size()), SQLITE_STATIC);
            sqlite3_bind_text(insert.get(), 2, text.constData(), int(text.size()), SQLITE_STATIC);
            db.check(sqlite3_step(insert.get()), "insert");
            sqlite3_reset(insert.get());
            sqlite3_bind_int64(index.get(), 1, sqlite3_last_insert_rowid(db.handle()));
            sqlite3_bind_text(index.get(), 2, text.constData(), int(text.size()), SQLITE_STATIC);
            db.check(sqlite3_step(index.get()), "fts insert");
            sqlite3_reset(index.get());
        }
    }
    db.exec("COMMIT");
    const double ms = elapsedMs(timer);
    emitResult({ { QStringLiteral("seconds"), ms / 1000.0 }, { QStringLiteral("files"), int(files.size()) },
        { QStringLiteral("bytes"), double(bytes) }, { QStringLiteral("peak_rss_mb"), peakRssMb() } });
    return 0;
}

int runImportApp(const QString& corpus, const QString& database)
{
    removeDatabase(database);
    QElapsedTimer timer;
    timer.start();
    const auto summary = core::ImportJob(database, { corpus }).runSynchronously();
    const double ms = elapsedMs(timer);
    if (!summary) {
        note(QStringLiteral("import failed: %1").arg(summary.error().detail));
        return 2;
    }
    emitResult({ { QStringLiteral("seconds"), ms / 1000.0 }, { QStringLiteral("imported"), summary->imported },
        { QStringLiteral("rejected"), summary->rejected }, { QStringLiteral("duplicates"), summary->duplicates },
        { QStringLiteral("peak_rss_mb"), peakRssMb() } });
    return 0;
}

} // namespace littoral::bench
