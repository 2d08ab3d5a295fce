// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/messagemoves.h"

#include <QTest>

using namespace littoral::core;

namespace {

const QString kPath = QStringLiteral("/in/x.mbox");

// Messages by letter: "abc" is an mbox whose messages hash as a, b and c.
QList<QByteArray> messages(const QString& letters)
{
    QList<QByteArray> digests;
    for (const QChar c : letters)
        digests.append(QByteArray(1, char(c.unicode())));
    return digests;
}

// What was stored: "a b _ c" stores a at #1, b at #2 and c at #4, with an attachment of #1 and a file
// that is not the mbox's; `more` adds paths (digest "z").
QHash<QString, QByteArray> stored(const QString& letters, const QStringList& more = {})
{
    QHash<QString, QByteArray> paths { { QStringLiteral("/in/other.txt"), "a" }, { kPath + QStringLiteral("#1/scan.pdf"), "z" } };
    for (const QString& path : more)
        paths.insert(kPath + path, "z");
    const QStringList cells = letters.split(QLatin1Char(' '));
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (cells.at(i) != QLatin1String("_"))
            paths.insert(kPath + u'#' + QString::number(i + 1), cells.at(i).toLatin1());
    }
    return paths;
}

} // namespace

class TestMessageMoves : public QObject {
    Q_OBJECT

private slots:
    void plan_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("now");
        QTest::addColumn<QStringList>("more"); // further stored paths after "/in/x.mbox"
        QTest::addColumn<QStringList>("moves"); // "from→to"
        QTest::addRow("unchanged") << QStringLiteral("a b c") << QStringLiteral("abc") << QStringList {} << QStringList {};
        QTest::addRow("last_deleted") << QStringLiteral("a b c") << QStringLiteral("ab") << QStringList {} << QStringList {};
        QTest::addRow("appended") << QStringLiteral("a b") << QStringLiteral("abc") << QStringList {} << QStringList {};
        QTest::addRow("changed_in_place") << QStringLiteral("a b c") << QStringLiteral("aBc") << QStringList {} << QStringList {};
        // b deleted: c and d move up, b is parked where no message position goes.
        QTest::addRow("middle_deleted") << QStringLiteral("a b c d") << QStringLiteral("acd") << QStringList {}
                                        << QStringList { QStringLiteral("2→deleted-1"), QStringLiteral("3→2"), QStringLiteral("4→3") };
        QTest::addRow("inserted_first") << QStringLiteral("a b") << QStringLiteral("nab") << QStringList {}
                                        << QStringList { QStringLiteral("1→2"), QStringLiteral("2→3") };
        QTest::addRow("swapped") << QStringLiteral("a b") << QStringLiteral("ba") << QStringList {}
                                 << QStringList { QStringLiteral("1→2"), QStringLiteral("2→1") };
        // A gone message stored past the end earlier stays where it is; a displaced one is parked as deleted.
        QTest::addRow("earlier_gone_kept") << QStringLiteral("a b c _ g") << QStringLiteral("ac") << QStringList {}
                                           << QStringList { QStringLiteral("2→deleted-1"), QStringLiteral("3→2") };
        // Parked names already taken are not taken again.
        QTest::addRow("earlier_deleted_counted") << QStringLiteral("a b c") << QStringLiteral("ac")
                                                 << QStringList { QStringLiteral("#deleted-2"), QStringLiteral("#deleted-2/scan.pdf") }
                                                 << QStringList { QStringLiteral("2→deleted-3"), QStringLiteral("3→2") };
        // A number holding only an attachment (its message went) is in the way too: parked.
        QTest::addRow("attachment_only_number") << QStringLiteral("a b") << QStringLiteral("axb")
                                                << QStringList { QStringLiteral("#3/scan.pdf") }
                                                << QStringList { QStringLiteral("2→3"), QStringLiteral("3→deleted-1") };
        // Two copies of one message: each position keeps one.
        QTest::addRow("twin_messages") << QStringLiteral("a a b") << QStringLiteral("aab") << QStringList {} << QStringList {};
    }
    void plan()
    {
        QFETCH(QString, before);
        QFETCH(QString, now);
        QFETCH(QStringList, more);
        QFETCH(QStringList, moves);
        const QList<SourceMove> planned
            = MessageMoves::plan({ kPath, QStringLiteral("x.mbox"), messages(now) }, stored(before, more));
        QStringList found;
        for (const SourceMove& move : planned) {
            QVERIFY(move.fromPath.startsWith(kPath + u'#'));
            QCOMPARE(move.fromSource, QStringLiteral("x.mbox") + move.fromPath.sliced(kPath.size()));
            QCOMPARE(move.toSource, QStringLiteral("x.mbox") + move.toPath.sliced(kPath.size()));
            found << move.fromPath.sliced(kPath.size() + 1) + QStringLiteral("→") + move.toPath.sliced(kPath.size() + 1);
        }
        QCOMPARE(found, moves);
    }
};

QTEST_GUILESS_MAIN(TestMessageMoves)
#include "tst_messagemoves.moc"
