// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The facts table's marks on participants, from a document stored and read back.
#include "core/db/database.h"
#include "core/db/documentrepository.h"
#include "core/domain/participantconfidence.h"
#include "core/models/factsmodel.h"
#include "ui/factsdelegate.h"

#include <QStandardPaths>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTest>

using namespace littoral;
using core::FactsModel;
using core::ParticipantCue;

class TestFactsDelegate final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Only a name found by a first name or a title alone, outside the letter's structure, is marked.
    void markDoubtful_onlyLexiconOnlyParticipants_data()
    {
        QTest::addColumn<int>("cue");
        QTest::addColumn<bool>("marked");
        QTest::addRow("lexicon") << int(ParticipantCue::Lexicon) << true;
        QTest::addRow("structure") << int(ParticipantCue::Structure) << false;
        QTest::addRow("structure_and_lexicon") << int(ParticipantCue::StructureAndLexicon) << false;
        QTest::addRow("unknown_stored_before") << int(ParticipantCue::Unknown) << false;
    }
    void markDoubtful_onlyLexiconOnlyParticipants()
    {
        QFETCH(int, cue);
        QFETCH(bool, marked);
        auto db = core::Database::open(QStringLiteral(":memory:"));
        QVERIFY(db);
        core::Document written;
        written.sourcePath = QStringLiteral("/corpus/a.txt");
        written.sha256 = QStringLiteral("a1");
        written.text = QStringLiteral("Cher Paul,\n");
        core::Participant recipient;
        recipient.role = core::ParticipantRole::Recipient;
        recipient.name = QStringLiteral("Paul");
        recipient.confidence = core::confidenceOf(ParticipantCue(cue));
        written.extraction.participants = { recipient };
        core::DocumentRepository documents(*db);
        const auto id = documents.write(written, QStringLiteral("a.txt"));
        QVERIFY(id);
        const auto document = documents.load(*id);
        QVERIFY(document);

        FactsModel model;
        model.setDocument(*document);
        QTableView view; // gives the option the palette and font the facts table has
        view.setModel(&model);
        int row = -1;
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.index(r, 0).data(FactsModel::KindRole).toInt() == int(FactsModel::Kind::Participant))
                row = r;
        QVERIFY(row >= 0);

        for (const int column : { int(FactsModel::ValueColumn), int(FactsModel::ConfidenceColumn), int(FactsModel::FactColumn) }) {
            const QModelIndex index = model.index(row, column);
            QStyleOptionViewItem option;
            option.initFrom(&view);
            option.font = view.font();
            option.text = index.data().toString();
            const QColor text = option.palette.color(QPalette::Text);
            ui::FactsDelegate::markDoubtful(&option, index);
            const bool expect = marked && column != FactsModel::FactColumn; // the Fact cell keeps its role colour
            QCOMPARE(option.font.italic(), expect);
            QCOMPARE(option.palette.color(QPalette::Text) != text, expect);
            if (column == FactsModel::ValueColumn)
                QCOMPARE(option.text, expect ? QStringLiteral("? Paul") : QStringLiteral("Paul"));
        }
    }
};

QTEST_MAIN(TestFactsDelegate)
#include "tst_factsdelegate.moc"
