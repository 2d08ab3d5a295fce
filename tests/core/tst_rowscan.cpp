// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// RowScan, the bulk reader over SQLite's own API, on a real database file.
#include "core/db/database.h"
#include "core/db/rowscan.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace littoral::core;

class TestRowScan final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto db = Database::open(m_dir.filePath(QStringLiteral("scan.db")));
        QVERIFY2(db, qPrintable(db ? QString() : db.error().detail));
        m_db = std::make_unique<Database>(std::move(*db));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE cells (id INTEGER PRIMARY KEY, word TEXT, day TEXT)")));
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO cells (id, word, day) VALUES (?, ?, ?)")));
        const QList<std::tuple<int, QVariant, QVariant>> rows = {
            { 1, QStringLiteral("Démantèlement ✓ 𝄞"), QStringLiteral("2016-02-29") },
            { 2, QVariant(), QVariant() },
            { 3, QStringLiteral("sender"), QStringLiteral("2016-2-1") },
            { 4, QStringLiteral(""), QStringLiteral("2017-02-29") },
            { 5, QStringLiteral("x"), QStringLiteral("20a6-01-01") },
        };
        for (const auto& [id, word, day] : rows) {
            q.bindValue(0, id);
            q.bindValue(1, word);
            q.bindValue(2, day);
            QVERIFY(q.exec());
        }
    }

    void scan_readsIntegersTextNullsAndDates()
    {
        auto scan = RowScan::prepare(*m_db, QStringLiteral("SELECT id, word, day FROM cells ORDER BY id"));
        QVERIFY2(scan, qPrintable(scan ? QString() : scan.error().detail));
        QList<qint64> ids;
        QStringList words;
        QList<bool> nullWords;
        QList<QDate> days;
        while (scan->next()) {
            ids << scan->integer(0);
            words << scan->text(1);
            nullWords << scan->isNull(1);
            days << scan->isoDate(2);
        }
        QVERIFY(scan->status());
        QCOMPARE(ids, (QList<qint64> { 1, 2, 3, 4, 5 }));
        QCOMPARE(words.at(0), QStringLiteral("Démantèlement ✓ 𝄞")); // multi-byte UTF-8, a surrogate pair
        QVERIFY(words.at(1).isNull());
        QCOMPARE(nullWords, (QList<bool> { false, true, false, false, false })); // '' is not NULL
        QCOMPARE(days.at(0), QDate(2016, 2, 29));
        QVERIFY(days.at(1).isNull()); // NULL
        QVERIFY(days.at(2).isNull()); // not YYYY-MM-DD
        QVERIFY(!days.at(3).isValid()); // no 29 February in 2017
        QVERIFY(days.at(4).isNull()); // not digits
    }

    void scan_bindsTextParameters_andComparesBytes()
    {
        auto scan = RowScan::prepare(*m_db, QStringLiteral("SELECT id, word FROM cells WHERE word = ? OR word = ?"),
            { QStringLiteral("sender"), QStringLiteral("Démantèlement ✓ 𝄞") });
        QVERIFY(scan);
        QList<qint64> ids;
        while (scan->next()) {
            ids << scan->integer(0);
            QCOMPARE(scan->bytes(1) == QByteArrayView("sender"), scan->integer(0) == 3);
        }
        QVERIFY(scan->status());
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, (QList<qint64> { 1, 3 }));
    }

    void scan_badStatement_saysWhichAndWhy()
    {
        auto scan = RowScan::prepare(*m_db, QStringLiteral("SELECT nosuchcolumn FROM cells"));
        QVERIFY(!scan);
        QCOMPARE(scan.error().code, ErrorCode::Sql);
        QVERIFY2(scan.error().detail.contains(QStringLiteral("no such column: nosuchcolumn")), qPrintable(scan.error().detail));
        QVERIFY(scan.error().detail.contains(QStringLiteral("SELECT nosuchcolumn FROM cells")));
    }

    void scan_stepError_isReported()
    {
        // abs() of the smallest integer overflows at run time, not at prepare time.
        auto scan = RowScan::prepare(*m_db, QStringLiteral("SELECT abs(-9223372036854775807 - 1) FROM cells"));
        QVERIFY(scan);
        QVERIFY(!scan->next());
        QVERIFY(!scan->status());
        QVERIFY2(scan->status().error().detail.contains(QStringLiteral("integer overflow")),
            qPrintable(scan->status().error().detail));
    }

    void scan_movedFrom_isEmptyAndSafe()
    {
        auto scan = RowScan::prepare(*m_db, QStringLiteral("SELECT id FROM cells ORDER BY id"));
        QVERIFY(scan);
        RowScan moved = std::move(*scan);
        QVERIFY(!scan->next()); // NOLINT(bugprone-use-after-move): the moved-from scan must stay harmless
        QVERIFY(moved.next());
        QCOMPARE(moved.integer(0), 1);
    }
};

QTEST_GUILESS_MAIN(TestRowScan)
#include "tst_rowscan.moc"
