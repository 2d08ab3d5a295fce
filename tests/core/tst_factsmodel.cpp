// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The facts panel's model on a document imported for real from the sample corpus.
#include "core/db/database.h"
#include "core/db/documentrepository.h"
#include "core/domain/participantconfidence.h"
#include "core/import/importjob.h"
#include "core/models/factsmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace littoral::core;

class TestFactsModel final : public QObject {
    Q_OBJECT
private slots:
    void mayorLetter_listsEachFactWithItsSourceText()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.db"));
        QVERIFY(ImportJob(path, { QStringLiteral(":/corpus/000_a2062bf0896207c8.txt") }).runSynchronously());
        auto db = Database::open(path);
        QVERIFY(db);
        DocumentRepository documents(*db);
        auto summaries = documents.summaries();
        QVERIFY(summaries && summaries->size() == 1);
        auto document = documents.load(summaries->first().id);
        QVERIFY(document);

        FactsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(*document);
        QVERIFY(model.rowCount() >= 6); // date, place, type, language, sender, recipient, event…

        auto rowOf = [&](const QString& fact, const QString& valueStart) {
            for (int row = 0; row < model.rowCount(); ++row)
                if (model.index(row, FactsModel::FactColumn).data().toString() == fact
                    && model.index(row, FactsModel::ValueColumn).data().toString().startsWith(valueStart))
                    return row;
            return -1;
        };
        const int date = rowOf(QStringLiteral("Date"), QStringLiteral("2017-02-07"));
        QVERIFY(date >= 0);
        QCOMPARE(model.index(date, FactsModel::SourceColumn).data().toString(), QStringLiteral("Le 7 février 2017"));
        QCOMPARE(model.index(date, FactsModel::ConfidenceColumn).data().toString(), QStringLiteral("0.95"));
        // The source text sits at the offset the model gives, in the stored text.
        const int offset = model.index(date, 0).data(FactsModel::EvidenceOffsetRole).toInt();
        const int length = model.index(date, 0).data(FactsModel::EvidenceLengthRole).toInt();
        QCOMPARE(document->text.mid(offset, length), QStringLiteral("Le 7 février 2017"));

        const int sender = rowOf(QStringLiteral("From"), QStringLiteral("Natacha Bouchart"));
        QVERIFY(sender >= 0);
        QVERIFY(model.index(sender, FactsModel::ValueColumn).data().toString().contains(QStringLiteral("Mairie de Calais")));
        QCOMPARE(model.index(sender, 0).data(FactsModel::ParticipantRoleRole).toInt(), int(ParticipantRole::Sender));
        QVERIFY(rowOf(QStringLiteral("To"), QStringLiteral("Nathanaël Caillaux")) > sender);
        QVERIFY(rowOf(QStringLiteral("Event"), QStringLiteral("2016-23")) >= 0);
        // The type row is there, and has no confidence (row -1 would give an invalid index too).
        const int type = rowOf(QStringLiteral("Type"), QString());
        QVERIFY(type >= 0);
        QVERIFY(!model.index(type, FactsModel::ConfidenceColumn).data().isValid());

        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    // Each participant says how it was found: its confidence in the Conf. column, its cue as a role
    // (for a review to sort by) and in its tooltip; one stored before confidences were kept says nothing.
    void participant_showsHowItWasFound_data()
    {
        QTest::addColumn<double>("confidence");
        QTest::addColumn<int>("cue");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("foundBy");
        QTest::addRow("structure_and_lexicon")
            << 0.9 << int(ParticipantCue::StructureAndLexicon) << QStringLiteral("0.90")
            << QStringLiteral(u"Found by: position in the letter (signature block, address block…) and a known first name or title");
        QTest::addRow("structure") << 0.75 << int(ParticipantCue::Structure) << QStringLiteral("0.75")
                                   << QStringLiteral("Found by: position in the letter; name shape only");
        QTest::addRow("lexicon") << 0.5 << int(ParticipantCue::Lexicon) << QStringLiteral("0.50")
                                 << QStringLiteral("Found by: a known first name or title only");
        QTest::addRow("unknown_stored_before") << 0.0 << int(ParticipantCue::Unknown) << QString() << QString();
    }
    void participant_showsHowItWasFound()
    {
        QFETCH(double, confidence);
        QFETCH(int, cue);
        QFETCH(QString, shown);
        QFETCH(QString, foundBy);
        // Stored and read back, as the reader gets it.
        auto db = Database::open(QStringLiteral(":memory:"));
        QVERIFY(db);
        Document written;
        written.sourcePath = QStringLiteral("/corpus/a.txt");
        written.sha256 = QStringLiteral("a1");
        written.text = QStringLiteral("Madame,\n…\nNatacha Bouchart\n");
        Participant sender;
        sender.name = QStringLiteral("Natacha Bouchart");
        sender.evidence = { QStringLiteral("Natacha Bouchart"), written.text.indexOf(QStringLiteral("Natacha")) };
        sender.confidence = confidence;
        written.extraction.participants = { sender };
        DocumentRepository documents(*db);
        const auto id = documents.write(written, QStringLiteral("a.txt"));
        QVERIFY(id);
        const auto document = documents.load(*id);
        QVERIFY(document);

        FactsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(*document);
        int row = -1;
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.index(r, 0).data(FactsModel::KindRole).toInt() == int(FactsModel::Kind::Participant))
                row = r;
        QVERIFY(row >= 0);
        const QModelIndex value = model.index(row, FactsModel::ValueColumn);
        QCOMPARE(value.data().toString(), QStringLiteral("Natacha Bouchart"));
        QCOMPARE(model.index(row, FactsModel::ConfidenceColumn).data().toString(), shown);
        QCOMPARE(value.data(FactsModel::CueRole).toInt(), cue);
        if (cue == int(ParticipantCue::Unknown)) {
            QVERIFY(!value.data(FactsModel::ConfidenceRole).isValid());
            QCOMPARE(value.data(Qt::ToolTipRole).toString(), QStringLiteral("Natacha Bouchart"));
        } else {
            QCOMPARE(value.data(FactsModel::ConfidenceRole).toDouble(), confidence);
            QCOMPARE(value.data(Qt::ToolTipRole).toString(), QStringLiteral("Natacha Bouchart\n") + foundBy);
            QVERIFY(model.index(row, FactsModel::FactColumn).data(Qt::ToolTipRole).toString().endsWith(foundBy));
        }
        QCOMPARE(FactsModel::foundBy(ParticipantCue(cue)), foundBy);
        // Rows that are not participants have no cue.
        QVERIFY(!model.index(0, 0).data(FactsModel::CueRole).isValid());
    }

    // A document's import warnings are listed with its facts, from a real import of a file with a stray byte.
    void documentWithStrayByte_listsItsWarning()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("c.txt"));
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write("Communiqu\xc3\xa9 de presse \x81 du pr\xc3\xa9" "fet.\n");
        }
        const QString path = dir.filePath(QStringLiteral("s.db"));
        QVERIFY(ImportJob(path, { file }).runSynchronously());
        auto db = Database::open(path);
        QVERIFY(db);
        DocumentRepository documents(*db);
        auto ref = documents.findBySourcePath(file);
        QVERIFY(ref && ref->has_value());
        auto document = documents.load((*ref)->id);
        QVERIFY(document);
        QCOMPARE(document->warnings,
            (QList<DocumentWarning> { { DocumentWarning::Code::ReplacedBytes, QStringLiteral("1") } }));

        FactsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(*document);
        const int last = model.rowCount() - 1;
        QVERIFY(last >= 0);
        QCOMPARE(model.index(last, FactsModel::FactColumn).data().toString(), QStringLiteral("Warning"));
        QCOMPARE(model.index(last, FactsModel::ValueColumn).data().toString(),
            QStringLiteral(u"1 invalid byte sequence(s) replaced with \uFFFD"));
        QCOMPARE(model.index(last, 0).data(FactsModel::KindRole).toInt(), int(FactsModel::Kind::Warning));
    }
};

QTEST_GUILESS_MAIN(TestFactsModel)
#include "tst_factsmodel.moc"
