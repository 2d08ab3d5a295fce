// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The facts panel's model on a document imported for real from the sample corpus.
#include "core/db/database.h"
#include "core/db/documentrepository.h"
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
