// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// History's rows: what each kind of change says, and which need attention or were cancelled.
#include "core/models/historymodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QTest>

using namespace littoral::core;

namespace {

Change change(qint64 id, ChangeKind kind, QJsonObject before, QJsonObject after, ChangeOrigin origin = ChangeOrigin::Edit)
{
    Change c;
    c.id = id;
    c.at = QDateTime(QDate(2026, 12, 4), QTime(22, 30), Qt::UTC);
    c.user = QStringLiteral("historian");
    c.kind = kind;
    c.origin = origin;
    c.source = QStringLiteral("letters/letter-1.txt");
    c.sourcePath = QStringLiteral("/corpus/letters/letter-1.txt");
    c.before = std::move(before);
    c.after = std::move(after);
    return c;
}

QJsonObject field(const char* name, const char* value)
{
    return { { QStringLiteral("field"), QLatin1String(name) }, { QStringLiteral("value"), QLatin1String(value) } };
}

} // namespace

class TestHistoryModel final : public QObject {
    Q_OBJECT
private slots:
    void describe_namesWhatChanged_data()
    {
        QTest::addColumn<Change>("change");
        QTest::addColumn<QString>("what");
        QTest::addRow("date") << change(1, ChangeKind::SetField, field("date", "2016-10"), field("date", "2016-10-24"))
                              << QStringLiteral("Date of letters/letter-1.txt");
        QTest::addRow("place_undone") << change(2, ChangeKind::SetField, field("place", "Calais"), field("place", ""), ChangeOrigin::Undo)
                                      << QStringLiteral("Undo: Place of letters/letter-1.txt");
        QTest::addRow("participant_added")
            << change(3, ChangeKind::AddParticipant, {}, { { QStringLiteral("participant"), QJsonObject { { QStringLiteral("name"), QStringLiteral("Jean Dupont") } } } })
            << QStringLiteral("Participant added to letters/letter-1.txt");
        QTest::addRow("review_reverted") << change(4, ChangeKind::Review, { { QStringLiteral("reviewed"), true } }, { { QStringLiteral("reviewed"), false } }, ChangeOrigin::Revert)
                                         << QStringLiteral("Revert: Review of letters/letter-1.txt");
        const QJsonObject merged { { QStringLiteral("merged"), QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("N. Bouchart") } } } } };
        const QJsonObject into { { QStringLiteral("into"), QJsonObject { { QStringLiteral("name"), QStringLiteral("Natacha Bouchart") } } } };
        QTest::addRow("merge") << change(5, ChangeKind::Merge, merged, into) << QStringLiteral("Merge of N. Bouchart into Natacha Bouchart");
        // Undo swaps the sides: the words stay the same.
        QTest::addRow("merge_undone") << change(6, ChangeKind::Merge, into, merged, ChangeOrigin::Undo)
                                      << QStringLiteral("Undo: Merge of N. Bouchart into Natacha Bouchart");
        QTest::addRow("rename") << change(7, ChangeKind::Rename, { { QStringLiteral("id"), 4 }, { QStringLiteral("name"), QStringLiteral("Mairie") } },
                                       { { QStringLiteral("name"), QStringLiteral("Mairie de Calais") } })
                                << QStringLiteral("Rename of Mairie");
    }

    void describe_namesWhatChanged()
    {
        QFETCH(Change, change);
        QFETCH(QString, what);
        QCOMPARE(HistoryModel::describe(change, true), what);
    }

    void rows_newestFirst_withStateAndValues()
    {
        HistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Change edited = change(1, ChangeKind::SetField, field("date", "2016-10"), field("date", "2016-10-24"));
        edited.active = false;
        Change undone = change(2, ChangeKind::SetField, field("date", "2016-10-24"), field("date", "2016-10"), ChangeOrigin::Undo);
        undone.reverts = 1;
        Change flagged = change(3, ChangeKind::SetField, field("place", ""), field("place", "Calais"));
        flagged.attention = QStringLiteral("its evidence is no longer in the file");
        model.setChanges({ edited, undone, flagged });

        QCOMPARE(model.rowCount(), 3);
        auto cell = [&](int row, int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
        QCOMPARE(cell(0, 0, HistoryModel::ChangeIdRole).toLongLong(), 3);
        QCOMPARE(cell(0, HistoryModel::StateColumn).toString(), QStringLiteral("Needs attention: its evidence is no longer in the file"));
        QCOMPARE(HistoryModel::State(cell(0, 0, HistoryModel::StateRole).toInt()), HistoryModel::State::NeedsAttention);
        QCOMPARE(cell(1, HistoryModel::StateColumn).toString(), QString());
        QCOMPARE(cell(2, HistoryModel::StateColumn).toString(), QStringLiteral("Cancelled"));
        QCOMPARE(cell(2, HistoryModel::UserColumn).toString(), QStringLiteral("historian"));
        QCOMPARE(cell(2, HistoryModel::BeforeColumn).toString(), QStringLiteral("2016-10"));
        QCOMPARE(cell(2, HistoryModel::AfterColumn).toString(), QStringLiteral("2016-10-24"));
        QCOMPARE(cell(0, HistoryModel::BeforeColumn).toString(), QStringLiteral("—"));
        QCOMPARE(cell(2, 0, HistoryModel::DocumentPathRole).toString(), QStringLiteral("/corpus/letters/letter-1.txt"));
        QCOMPARE(cell(2, HistoryModel::TimeColumn, HistoryModel::SortRole).toLongLong(), 1);
        QCOMPARE(model.rowOfChange(1), 2);
        QCOMPARE(model.rowOfChange(9), -1);
    }
};

QTEST_GUILESS_MAIN(TestHistoryModel)
#include "tst_historymodel.moc"
