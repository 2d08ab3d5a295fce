// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The indexes a bulk import builds once at its end: the list matches what the migrations create, a
// rollback keeps them, restore() builds exactly what is missing, and opening a file that lacks them
// (a killed import) builds them again.
#include "support/sqlprobe.h"
#include "core/db/database.h"
#include "core/db/deferredindexes.h"
#include "core/db/documentrepository.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace littoral::core;

namespace {

QString indexSql(const Database& db, const QString& name)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?"));
    query.addBindValue(name);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

QStringList allNames()
{
    QStringList names;
    for (const DeferredIndexes::Definition& index : DeferredIndexes::definitions())
        names.append(index.name);
    return names;
}

// What SQLite plans for `sql`, as EXPLAIN QUERY PLAN words it.
QString plan(const Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    QStringList steps;
    if (query.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql))
        while (query.next())
            steps.append(query.value(3).toString());
    return steps.join(QLatin1String("; "));
}

Document letter(const QString& path, const QString& day)
{
    Document d;
    d.sourcePath = path;
    d.fileName = path.section(QLatin1Char('/'), -1);
    d.sha256 = QString(64, d.fileName.front()); // "a.txt", "b.txt": hex digits, distinct
    d.importedAt = QDateTime::currentDateTimeUtc();
    d.text = QStringLiteral("Calais, le ") + day;
    d.extraction.date = DocumentDate { PartialDate::fromEdtf(day), { d.text.right(day.size()), 11 }, 0.9 };
    d.extraction.participants.append(
        { ParticipantRole::Sender, CorrespondentKind::Person, QStringLiteral("Jeanne Martin"), {}, {}, { QStringLiteral("Jeanne Martin"), 0 }, 0.9 });
    return d;
}

} // namespace

class TestDeferredIndexes final : public QObject {
    Q_OBJECT
private slots:
    // The definitions are the migrations' own statements, as a new corpus keeps them: a later step
    // that changed one of these indexes and not the list would fail here.
    void definitions_areThoseOfANewCorpus_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("sql");
        for (const DeferredIndexes::Definition& index : DeferredIndexes::definitions())
            QTest::newRow(qPrintable(index.name)) << index.name << index.sql;
    }
    void definitions_areThoseOfANewCorpus()
    {
        QFETCH(QString, name);
        QFETCH(QString, sql);
        auto db = Database::open(QStringLiteral(":memory:"));
        QVERIFY(db);
        QCOMPARE(indexSql(*db, name), sql);
    }

    // None of them is one the import's writer reads while it writes.
    void definitions_leaveTheWritersIndexes()
    {
        const QStringList names = allNames();
        for (const char* kept : { "documents_sha256", "documents_source", "aliases_alias", "participants_document", "events_document" })
            QVERIFY2(!names.contains(QLatin1String(kept)), kept);
        QCOMPARE(names.size(), 4);
    }

    void drop_rolledBack_keepsThem()
    {
        auto db = Database::open(QStringLiteral(":memory:"));
        QVERIFY(db);
        DeferredIndexes indexes(*db);
        auto outcome = db->transaction([&]() -> Result<void> {
            if (auto r = indexes.drop(); !r)
                return r;
            auto missing = indexes.missing();
            if (!missing || *missing != allNames())
                return fail(ErrorCode::Sql, QStringLiteral("not dropped"));
            return fail(ErrorCode::Cancelled, QStringLiteral("rolled back on purpose"));
        });
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().code, ErrorCode::Cancelled);
        QCOMPARE(indexes.missing().value(), QStringList());
    }

    // Rows written while they are away are in them once they are built: queries find them through them.
    void restore_afterWrites_indexesEveryRow()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("corpus.db"));
        auto db = Database::open(path);
        QVERIFY(db);
        DeferredIndexes indexes(*db);
        DocumentRepository documents(*db);
        QVERIFY(db->transaction([&]() -> Result<void> {
            if (auto r = indexes.drop(); !r)
                return r;
            for (const auto& [file, day] : { std::pair { "b.txt", "2016-03-02" }, std::pair { "a.txt", "2015-10-21" } })
                if (auto r = documents.write(letter(dir.filePath(QLatin1String(file)), QLatin1String(day)), QLatin1String(file)); !r)
                    return std::unexpected(r.error());
            return {};
        }));
        QCOMPARE(indexes.missing().value(), allNames());
        const QString byDate = QStringLiteral("SELECT source FROM documents INDEXED BY documents_date WHERE date_start >= '2015-01-01' ORDER BY date_start");
        QVERIFY(!QSqlQuery(db->connection()).exec(byDate)); // no such index yet

        QVERIFY(indexes.restore());
        QCOMPARE(indexes.missing().value(), QStringList());
        for (const DeferredIndexes::Definition& index : DeferredIndexes::definitions())
            QCOMPARE(indexSql(*db, index.name), index.sql);
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(byDate));
        QStringList order;
        while (query.next())
            order.append(query.value(0).toString());
        QCOMPARE(order, QStringList({ QStringLiteral("a.txt"), QStringLiteral("b.txt") }));
        QCOMPARE(littoral::test::queryInt(db->connection(),
                     QStringLiteral("SELECT count(*) FROM participants INDEXED BY participants_correspondent WHERE correspondent_id > 0")),
            2);
        QVERIFY(plan(*db, QStringLiteral("SELECT id, date_edtf FROM documents ORDER BY date_start, source, id")).contains(QLatin1String("documents_summary")));
        QSqlQuery check(db->connection());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    }

    // A process killed between drop and restore leaves a file without them; the next open builds them.
    void open_ofAFileLackingThem_buildsThem()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("corpus.db"));
        {
            auto db = Database::open(path);
            QVERIFY(db);
            QVERIFY(db->transaction([&] { return DeferredIndexes(*db).drop(); }));
            QCOMPARE(DeferredIndexes(*db).missing().value(), allNames());
        }
        {
            auto reader = Database::openExisting(path); // a reader writes nothing, and reads without them
            QVERIFY(reader);
            QCOMPARE(DeferredIndexes(*reader).missing().value(), allNames());
            QCOMPARE(littoral::test::queryInt(reader->connection(), QStringLiteral("SELECT count(*) FROM documents ORDER BY date_start")), 0);
        }
        auto db = Database::open(path);
        QVERIFY(db);
        QCOMPARE(DeferredIndexes(*db).missing().value(), QStringList());
    }

    // While a live import holds them back, opening the corpus (another window, a curation command)
    // leaves them to it instead of building them under its feet, and a second import keeps its own.
    void lock_heldByALiveImport_leavesThemToIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("corpus.db"));
        auto importer = Database::open(path);
        QVERIFY(importer);
        DeferredIndexes deferred(*importer);
        QVERIFY(importer->transaction([&] { return deferred.drop(); }));
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-indexes.lock")));
        {
            auto other = Database::open(path);
            QVERIFY(other);
            DeferredIndexes second(*other);
            QCOMPARE(second.missing().value(), allNames());
            QVERIFY(second.restore()); // nothing to do while the lock is held
            QCOMPARE(second.missing().value(), allNames());
            auto dropped = other->transaction([&] { return second.drop(); });
            QVERIFY(!dropped);
            QVERIFY(dropped.error().detail.contains(path));
        }
        QVERIFY(deferred.restore());
        QCOMPARE(deferred.missing().value(), QStringList());
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-indexes.lock")));
        // Let go: the next import may defer them again.
        auto next = Database::open(path);
        QVERIFY(next);
        DeferredIndexes again(*next);
        QVERIFY(next->transaction([&] { return again.drop(); }));
        QCOMPARE(again.missing().value(), allNames());
        QVERIFY(again.restore());
    }

    // Built only where missing: one dropped by hand comes back, the others are left as they are.
    void restore_buildsOnlyTheMissing()
    {
        auto db = Database::open(QStringLiteral(":memory:"));
        QVERIFY(db);
        QVERIFY(QSqlQuery(db->connection()).exec(QStringLiteral("DROP INDEX events_date")));
        DeferredIndexes indexes(*db);
        QCOMPARE(indexes.missing().value(), QStringList { QStringLiteral("events_date") });
        const int before = littoral::test::queryInt(db->connection(), QStringLiteral("PRAGMA schema_version"));
        QVERIFY(indexes.restore());
        QCOMPARE(indexes.missing().value(), QStringList());
        QCOMPARE(littoral::test::queryInt(db->connection(), QStringLiteral("PRAGMA schema_version")), before + 1);
        QVERIFY(indexes.restore()); // nothing left to build: the schema is not touched
        QCOMPARE(littoral::test::queryInt(db->connection(), QStringLiteral("PRAGMA schema_version")), before + 1);
    }
};

QTEST_GUILESS_MAIN(TestDeferredIndexes)
#include "tst_deferredindexes.moc"
