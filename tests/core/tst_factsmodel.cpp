// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The facts panel's model on a document imported for real from the sample corpus.
#include "core/db/database.h"
#include "core/db/documentrepository.h"
#include "core/domain/participantconfidence.h"
#include "core/import/importjob.h"
#include "core/domain/curation.h"
#include "core/models/factsmodel.h"
#include "core/session/corpussession.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace littoral::core;

class TestFactsModel final : public QObject {
    Q_OBJECT
private:
    // The mayor of Calais's letter imported into `dir`, with a session open on it.
    static std::unique_ptr<CorpusSession> mayorLetter(const QTemporaryDir& dir, qint64* id)
    {
        const QString path = dir.filePath(QStringLiteral("s.db"));
        if (!ImportJob(path, { QStringLiteral(":/corpus/000_a2062bf0896207c8.txt") }).runSynchronously())
            return {};
        auto session = CorpusSession::open(path);
        if (!session)
            return {};
        auto db = Database::open(path);
        auto summaries = DocumentRepository(*db).summaries();
        if (!summaries || summaries->size() != 1)
            return {};
        *id = summaries->first().id;
        return std::move(*session);
    }

    static void show(FactsModel& model, CorpusSession& session, qint64 id)
    {
        const auto document = session.document(id);
        const auto provenance = session.provenance(id);
        QVERIFY(document && provenance);
        model.setDocument(*document, &*provenance);
    }

    static int rowOfKind(const FactsModel& model, FactsModel::Kind kind, const QString& valueStart = {})
    {
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.index(row, 0).data(FactsModel::KindRole).toInt() == int(kind)
                && model.index(row, FactsModel::ValueColumn).data().toString().startsWith(valueStart))
                return row;
        return -1;
    }

private slots:
    // Each field edited in the table is one session command, read as the CLI reads it; what cannot be
    // read is refused with a sentence naming it and nothing recorded; a corrected fact says what
    // extraction had read.
    void setData_field_goesThroughTheSession_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("stored"); // empty: refused
        QTest::addColumn<QString>("original");
        QTest::addRow("date_vers") << int(FactsModel::Kind::Date) << int(DocumentField::Date) << QStringLiteral("vers 2016")
                                   << QStringLiteral("2016~") << QStringLiteral("Extraction read: 2017-02-07 from \u201cLe 7 février 2017\u201d");
        QTest::addRow("date_range") << int(FactsModel::Kind::Date) << int(DocumentField::Date)
                                    << QStringLiteral("entre le 3 et le 5 mars 2016") << QStringLiteral("2016-03")
                                    << QStringLiteral("Extraction read: 2017-02-07");
        QTest::addRow("date_tomorrow_refused") << int(FactsModel::Kind::Date) << int(DocumentField::Date) << QStringLiteral("tomorrow")
                                               << QString() << QString();
        QTest::addRow("date_impossible_refused") << int(FactsModel::Kind::Date) << int(DocumentField::Date)
                                                 << QStringLiteral("2017-02-30") << QString() << QString();
        QTest::addRow("type") << int(FactsModel::Kind::Type) << int(DocumentField::Type) << QStringLiteral("press_release")
                              << QStringLiteral("press_release") << QStringLiteral("Extraction read: Letter");
        QTest::addRow("type_unknown_refused") << int(FactsModel::Kind::Type) << int(DocumentField::Type) << QStringLiteral("memo")
                                              << QString() << QString();
        QTest::addRow("language") << int(FactsModel::Kind::Language) << int(DocumentField::Language) << QStringLiteral("en")
                                  << QStringLiteral("en") << QStringLiteral("Extraction read: fr");
        QTest::addRow("title") << int(FactsModel::Kind::Title) << int(DocumentField::Title) << QStringLiteral("Refus d'un lieu de distribution")
                               << QStringLiteral("Refus d'un lieu de distribution") << QStringLiteral("Extraction read: ");
    }
    void setData_field_goesThroughTheSession()
    {
        QFETCH(int, kind);
        QFETCH(int, field);
        QFETCH(QString, typed);
        QFETCH(QString, stored);
        QFETCH(QString, original);
        QTemporaryDir dir;
        qint64 id = 0;
        auto session = mayorLetter(dir, &id);
        QVERIFY(session);
        FactsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(session.get());
        show(model, *session, id);
        const QString before = fieldValue(session->document(id)->extraction, DocumentField(field));
        const int row = rowOfKind(model, FactsModel::Kind(kind));
        QVERIFY(row >= 0);
        const QModelIndex cell = model.index(row, FactsModel::ValueColumn);
        QVERIFY(cell.flags() & Qt::ItemIsEditable);
        QVERIFY(!cell.data(FactsModel::CorrectedRole).toBool());
        QSignalSpy refused(&model, &FactsModel::editRefused);

        const bool accepted = model.setData(cell, typed);
        QCOMPARE(accepted, !stored.isEmpty());
        if (stored.isEmpty()) {
            QCOMPARE(refused.size(), 1);
            QVERIFY2(refused.first().first().toString().contains(typed), qPrintable(refused.first().first().toString()));
            QCOMPARE(fieldValue(session->document(id)->extraction, DocumentField(field)), before);
            QCOMPARE(session->history()->size(), 0);
            return;
        }
        QCOMPARE(refused.size(), 0);
        QCOMPARE(fieldValue(session->document(id)->extraction, DocumentField(field)), stored);
        QCOMPARE(session->history()->size(), 1);
        show(model, *session, id);
        const QModelIndex shown = model.index(rowOfKind(model, FactsModel::Kind(kind)), FactsModel::FactColumn);
        QVERIFY(shown.data(FactsModel::CorrectedRole).toBool());
        QVERIFY2(shown.data(FactsModel::OriginalRole).toString().startsWith(original), qPrintable(shown.data(FactsModel::OriginalRole).toString()));
        QVERIFY(shown.data(FactsModel::OriginalRole).toString().contains(QStringLiteral("Corrected by ") + currentUserName()));
        // Only that fact is marked.
        int marked = 0;
        for (int r = 0; r < model.rowCount(); ++r)
            marked += model.index(r, 0).data(FactsModel::CorrectedRole).toBool() ? 1 : 0;
        QCOMPARE(marked, 1);
    }

    void participant_roleKindNameAndRemoval_areOneChangeEach()
    {
        QTemporaryDir dir;
        qint64 id = 0;
        auto session = mayorLetter(dir, &id);
        QVERIFY(session);
        FactsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Without a session nothing is editable.
        show(model, *session, id);
        QVERIFY(!(model.index(0, FactsModel::ValueColumn).flags() & Qt::ItemIsEditable));
        model.setSession(session.get());

        auto participants = [&] { return session->document(id)->extraction.participants; };
        auto find = [&](const QString& name) -> std::optional<Participant> {
            for (const Participant& p : participants())
                if (p.name == name)
                    return p;
            return std::nullopt;
        };
        const QString caillaux = QStringLiteral("Nathanaël Caillaux");
        QCOMPARE(find(caillaux)->role, ParticipantRole::Recipient);
        int row = rowOfKind(model, FactsModel::Kind::Participant, caillaux);
        QVERIFY(model.setData(model.index(row, FactsModel::FactColumn), int(ParticipantRole::Cc)));
        QCOMPARE(find(caillaux)->role, ParticipantRole::Cc);

        show(model, *session, id);
        row = rowOfKind(model, FactsModel::Kind::Participant, caillaux);
        QVERIFY(model.index(row, 0).data(FactsModel::CorrectedRole).toBool());
        QVERIFY2(model.index(row, 0).data(FactsModel::OriginalRole).toString().startsWith(QStringLiteral("Extraction read: Nathanaël Caillaux")),
            qPrintable(model.index(row, 0).data(FactsModel::OriginalRole).toString()));
        QVERIFY(model.setParticipantKind(row, CorrespondentKind::Organization));
        QCOMPARE(find(caillaux)->kind, CorrespondentKind::Organization);

        show(model, *session, id);
        row = rowOfKind(model, FactsModel::Kind::Participant, caillaux);
        QVariantMap edited = model.index(row, FactsModel::ValueColumn).data(Qt::EditRole).toMap();
        QCOMPARE(edited.value(QStringLiteral("kind")).toString(), QStringLiteral("organization"));
        edited[QStringLiteral("name")] = QStringLiteral("Plateforme de services aux migrants");
        edited[QStringLiteral("title")] = QString();
        QVERIFY(model.setData(model.index(row, FactsModel::ValueColumn), edited));
        QVERIFY(!find(caillaux));
        QCOMPARE(find(QStringLiteral("Plateforme de services aux migrants"))->role, ParticipantRole::Cc);
        // The chain of three corrections still leads back to what extraction read.
        show(model, *session, id);
        row = rowOfKind(model, FactsModel::Kind::Participant, QStringLiteral("Plateforme"));
        QVERIFY(model.index(row, 0).data(FactsModel::OriginalRole).toString().startsWith(QStringLiteral("Extraction read: Nathanaël Caillaux")));

        // An empty name is refused; nothing changes.
        edited[QStringLiteral("name")] = QStringLiteral("  ");
        QVERIFY(!model.setData(model.index(row, FactsModel::ValueColumn), edited));
        QVERIFY(!model.lastError().isEmpty());

        const qsizetype count = participants().size();
        QVERIFY(model.removeFact(row));
        QCOMPARE(participants().size(), count - 1);
        QCOMPARE(session->history()->size(), 4);

        // Added inline: a pending row, committed by setData, dropped by cancelPending.
        show(model, *session, id);
        const int rows = model.rowCount();
        QModelIndex cell = model.beginAdd(FactsModel::Kind::Participant, ParticipantRole::Mentioned);
        QCOMPARE(model.rowCount(), rows + 1);
        model.cancelPending();
        QCOMPARE(model.rowCount(), rows);
        cell = model.beginAdd(FactsModel::Kind::Event);
        QVERIFY(model.setData(cell, QVariantMap { { QStringLiteral("date"), QStringLiteral("vers septembre 1999") },
                                       { QStringLiteral("label"), QStringLiteral("Ouverture du centre de Sangatte") } }));
        QTRY_COMPARE(model.rowCount(), rows);
        bool found = false;
        const auto withEvent = session->document(id);
        QVERIFY(withEvent);
        for (const MentionedEvent& e : withEvent->extraction.events) {
            found |= e.label == QStringLiteral("Ouverture du centre de Sangatte") && e.date.toEdtf() == QStringLiteral("1999-09~");
        }
        QVERIFY(found);

        // Relabelled and redated in one edit; an unreadable date leaves it as it was.
        show(model, *session, id);
        const int event = rowOfKind(model, FactsModel::Kind::Event, QStringLiteral("circa September 1999")); // 1999-09~ in words
        QVERIFY(event >= 0);
        QVERIFY(model.index(event, 0).data(FactsModel::OriginalRole).toString().startsWith(QStringLiteral("Added by ")));
        QVERIFY(!model.setData(model.index(event, FactsModel::ValueColumn),
            QVariantMap { { QStringLiteral("date"), QStringLiteral("bientôt") }, { QStringLiteral("label"), QStringLiteral("x") } }));
        QVERIFY(model.setData(model.index(event, FactsModel::ValueColumn),
            QVariantMap { { QStringLiteral("date"), QStringLiteral("septembre 1999") },
                { QStringLiteral("label"), QStringLiteral("Ouverture du centre de la Croix-Rouge à Sangatte") } }));
        const auto redated = session->document(id);
        QVERIFY(redated);
        QStringList events;
        for (const MentionedEvent& e : redated->extraction.events)
            events << e.date.toEdtf() + QLatin1Char(' ') + e.label;
        QVERIFY2(events.contains(QStringLiteral("1999-09 Ouverture du centre de la Croix-Rouge à Sangatte")), qPrintable(events.join(u'|')));
        QVERIFY(!events.contains(QStringLiteral("1999-09~ Ouverture du centre de Sangatte")));
    }

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
        // Dates in words, in the interface language (C here); EDTF is for exports and the editor.
        const int date = rowOf(QStringLiteral("Date"), QStringLiteral("7 February 2017"));
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
        QVERIFY(rowOf(QStringLiteral("Event"), QStringLiteral("autumn 2016")) >= 0); // EDTF 2016-23
        QCOMPARE(model.index(date, FactsModel::ValueColumn).data(Qt::EditRole).toString(), QStringLiteral("2017-02-07"));
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
