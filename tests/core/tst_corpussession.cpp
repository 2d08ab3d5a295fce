// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/richletter.h"
#include "support/sqlprobe.h"
#include "core/db/database.h"
#include "core/db/documentrepository.h"
#include "core/session/corpussession.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace littoral::core;
using littoral::test::richLetter;
using littoral::test::sha;

namespace {

QString errorOf(const auto& result)
{
    return result ? QString() : result.error().detail;
}

} // namespace

// The one writer of a corpus: corrections replayed over extraction, undo / redo / revert through the
// persisted log, re-anchoring when a file changed, review, and noticing other processes.
class TestCorpusSession final : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CorpusSession> m_session;
    qint64 m_id = 0;

    QString dbPath() const { return m_dir->filePath(QStringLiteral("corpus.db")); }

    // Writes the document as an import would: what extraction found.
    qint64 importDocument(const Document& document)
    {
        auto id = DocumentRepository(m_session->database()).write(document, document.fileName);
        return id.value_or(0);
    }

    Document stored() { return m_session->document(m_id).value_or(Document {}); }

    void reopen()
    {
        m_session.reset();
        auto session = CorpusSession::open(dbPath());
        QVERIFY2(session, qPrintable(errorOf(session)));
        m_session = std::move(*session);
    }

    int count(const QString& sql) { return littoral::test::queryInt(m_session->database().connection(), sql); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        reopen();
        m_id = importDocument(richLetter());
        QVERIFY(m_id > 0);
    }
    void cleanup()
    {
        m_session.reset();
        m_dir.reset();
    }

    void setField_isAppliedRecordedAndKeptAcrossRestarts()
    {
        QSignalSpy documents(m_session.get(), &CorpusSession::documentsChanged);
        QSignalSpy history(m_session.get(), &CorpusSession::historyChanged);
        auto change = m_session->setField(m_id, DocumentField::Title, QStringLiteral("Lettre de la maire"));
        QVERIFY2(change, qPrintable(errorOf(change)));
        QVERIFY(change->id > 0);
        QCOMPARE(change->before.value(QLatin1String("value")).toString(), QStringLiteral("Lettre à La Cimade"));
        QCOMPARE(change->after.value(QLatin1String("value")).toString(), QStringLiteral("Lettre de la maire"));
        QCOMPARE(change->user, currentUserName());
        QCOMPARE(change->source, QStringLiteral("000.txt"));
        QCOMPARE(documents.size(), 1);
        QCOMPARE(documents.first().first().value<QList<qint64>>(), QList<qint64> { m_id });
        QCOMPARE(history.size(), 1);
        QVERIFY(m_session->setField(m_id, DocumentField::Date, QStringLiteral("2017-03")));
        QVERIFY(m_session->setField(m_id, DocumentField::Type, QStringLiteral("open_letter")));
        QVERIFY(m_session->setField(m_id, DocumentField::Place, QString()));
        QVERIFY(m_session->setField(m_id, DocumentField::Language, QStringLiteral("EN")));

        reopen();
        const Document document = stored();
        QCOMPARE(document.extraction.title, QStringLiteral("Lettre de la maire"));
        QCOMPARE(document.extraction.date->date, PartialDate::ofMonth(2017, 3));
        QCOMPARE(document.extraction.type, DocumentType::OpenLetter);
        QVERIFY(document.extraction.place.isEmpty());
        QCOMPARE(document.extraction.language, QStringLiteral("en"));
        QCOMPARE(document.extraction.participants.size(), 4);
        auto provenance = m_session->provenance(m_id);
        QVERIFY(provenance && provenance->extracted);
        QCOMPARE(provenance->extracted->title, QStringLiteral("Lettre à La Cimade"));
        QCOMPARE(provenance->extracted->date->date, PartialDate::ofDay(2017, 2, 7));
        QCOMPARE(provenance->changes.size(), 5);
        auto log = m_session->history();
        QVERIFY(log);
        QCOMPARE(log->size(), 5);
        QCOMPARE(log->at(1).beforeText(), QStringLiteral("2017-02-07"));
        QCOMPARE(log->at(1).afterText(), QStringLiteral("2017-03"));
    }

    void setField_sameValue_recordsNothing()
    {
        auto change = m_session->setField(m_id, DocumentField::Title, QStringLiteral("Lettre à La Cimade"));
        QVERIFY(change);
        QCOMPARE(change->id, 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM changes")), 0);
    }

    void setField_typedDate_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("edtf");
        QTest::addRow("french_abbreviated_month") << QStringLiteral("7 févr. 2017") << QStringLiteral("2017-02-07");
        QTest::addRow("month_year") << QStringLiteral("mars 2016") << QStringLiteral("2016-03");
        QTest::addRow("year") << QStringLiteral("2016") << QStringLiteral("2016");
        QTest::addRow("season") << QStringLiteral("printemps 2016") << QStringLiteral("2016-21");
        QTest::addRow("approximate_year") << QStringLiteral("vers 2016") << QStringLiteral("2016~");
        QTest::addRow("edtf") << QStringLiteral("2016-10-24") << QStringLiteral("2016-10-24");
    }
    void setField_typedDate()
    {
        QFETCH(QString, typed);
        QFETCH(QString, edtf);
        auto change = m_session->setField(m_id, DocumentField::Date, typed);
        QVERIFY2(change, qPrintable(errorOf(change)));
        QCOMPARE(stored().extraction.date->date.toEdtf(), edtf);
    }

    void setField_unreadableValue_isRefusedAndChangesNothing_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("value");
        QTest::addRow("unknown_type") << int(DocumentField::Type) << QStringLiteral("memo");
        QTest::addRow("date_in_words") << int(DocumentField::Date) << QStringLiteral("tomorrow");
        QTest::addRow("impossible_day") << int(DocumentField::Date) << QStringLiteral("2017-02-30");
        QTest::addRow("two_dates") << int(DocumentField::Date) << QStringLiteral("3 mars 2016 et 4 mars 2016");
    }
    void setField_unreadableValue_isRefusedAndChangesNothing()
    {
        QFETCH(int, field);
        QFETCH(QString, value);
        auto change = m_session->setField(m_id, DocumentField(field), value);
        QVERIFY(!change);
        QCOMPARE(change.error().code, ErrorCode::InvalidInput);
        QVERIFY2(change.error().detail.contains(value), qPrintable(change.error().detail));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM changes")), 0);
        QCOMPARE(stored().extraction, richLetter().extraction);
    }

    void unknownDocument_isNotFound()
    {
        auto change = m_session->setField(999, DocumentField::Title, QStringLiteral("x"));
        QVERIFY(!change);
        QCOMPARE(change.error().code, ErrorCode::NotFound);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM changes")), 0);
    }

    void participants_addRemoveUpdate_surviveReimport()
    {
        const Document extracted = richLetter();
        Participant added { ParticipantRole::Cc, CorrespondentKind::Organization, QStringLiteral("Secours Catholique"),
            {}, {}, Evidence {}, 0 };
        QVERIFY(m_session->addParticipant(m_id, added));
        QVERIFY(m_session->removeParticipant(m_id, extracted.extraction.participants.at(3)));
        Participant sender = extracted.extraction.participants.at(0);
        sender.title = QStringLiteral("Maire");
        QVERIFY(m_session->updateParticipant(m_id, extracted.extraction.participants.at(0), sender));

        const auto check = [&] {
            const QList<Participant> participants = stored().extraction.participants;
            QCOMPARE(participants.size(), 4);
            QCOMPARE(participants.at(0).title, QStringLiteral("Maire"));
            QCOMPARE(participants.at(0).evidence, extracted.extraction.participants.at(0).evidence);
            QCOMPARE(participants.at(3).name, QStringLiteral("Secours Catholique"));
            QCOMPARE(participants.at(3).confidence, 1.0);
            for (const Participant& p : participants)
                QVERIFY(p.role != ParticipantRole::Mentioned);
        };
        check();
        // Re-import of the same file: extraction says the same again; the corrections stay on top.
        QCOMPARE(importDocument(extracted), m_id);
        check();
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM changes WHERE attention <> ''")), 0);
    }

    void corrections_followTheContent_toAnotherPath()
    {
        QVERIFY(m_session->setField(m_id, DocumentField::Title, QStringLiteral("Titre corrigé")));
        DocumentRepository documents(m_session->database());
        auto ref = documents.findBySourcePath(richLetter().sourcePath);
        QVERIFY(ref && *ref);
        QCOMPARE(documents.correctionCount(**ref).value_or(-1), 1);
        // Deleted and imported again under another path: the content hash finds the correction.
        QVERIFY(documents.remove(m_id).value_or(false));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM original_extractions")), 0);
        m_id = importDocument(richLetter(QStringLiteral("/moved/000.txt")));
        QVERIFY(m_id > 0);
        QCOMPARE(stored().extraction.title, QStringLiteral("Titre corrigé"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM original_extractions")), 1);
        // Undone there: the change names the old path, the content finds the new document.
        QVERIFY(m_session->undo());
        QCOMPARE(stored().extraction.title, QStringLiteral("Lettre à La Cimade"));
    }

    void events_addRemoveUpdate()
    {
        const Document extracted = richLetter();
        MentionedEvent renamed = extracted.extraction.events.at(0);
        renamed.label = QStringLiteral("Évacuation de la zone sud");
        QVERIFY(m_session->updateEvent(m_id, extracted.extraction.events.at(0), renamed));
        QVERIFY(m_session->removeEvent(m_id, extracted.extraction.events.at(1)));
        QVERIFY(m_session->addEvent(m_id, MentionedEvent { QStringLiteral("Arrêté préfectoral"), PartialDate::ofMonth(2016, 2), {} }));
        const QList<MentionedEvent> events = stored().extraction.events;
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).label, QStringLiteral("Évacuation de la zone sud"));
        QCOMPARE(events.at(1).date, PartialDate::ofMonth(2016, 2));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM events WHERE kind = 'mentioned'")), 2);
    }

    void undoRedo_walkTheLogBothWays_acrossRestarts()
    {
        QVERIFY(m_session->setField(m_id, DocumentField::Title, QStringLiteral("A")));
        QVERIFY(m_session->setField(m_id, DocumentField::Title, QStringLiteral("B")));
        reopen();
        QVERIFY(m_session->undo());
        QCOMPARE(stored().extraction.title, QStringLiteral("A"));
        reopen();
        QVERIFY(m_session->undo());
        QCOMPARE(stored().extraction.title, QStringLiteral("Lettre à La Cimade"));
        auto nothing = m_session->undo();
        QVERIFY(!nothing);
        QCOMPARE(nothing.error().code, ErrorCode::InvalidInput);
        QVERIFY(m_session->redo());
        QCOMPARE(stored().extraction.title, QStringLiteral("A"));
        QVERIFY(m_session->redo());
        QCOMPARE(stored().extraction.title, QStringLiteral("B"));
        QVERIFY(!m_session->redo());
        // Undo after a redo cancels the redo; a new edit ends what redo can reach.
        QVERIFY(m_session->undo());
        QCOMPARE(stored().extraction.title, QStringLiteral("A"));
        QVERIFY(m_session->setField(m_id, DocumentField::Place, QStringLiteral("Lille")));
        auto redoable = m_session->redoTarget();
        QVERIFY(redoable);
        QVERIFY(!redoable->has_value());
        // Nothing of the history was rewritten: 2 edits, 2 undos, 2 redos, 1 undo, 1 edit.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM changes")), 8);
        // Undoing everything gives back what extraction found, and the original is then forgotten.
        while (m_session->undoTarget().value_or(std::nullopt))
            QVERIFY(m_session->undo());
        QCOMPARE(stored().extraction, richLetter().extraction);
    }

    void revert_cancelsAnOldChange_andCanItselfBeUndone()
    {
        auto title = m_session->setField(m_id, DocumentField::Title, QStringLiteral("Titre"));
        QVERIFY(title);
        QVERIFY(m_session->setField(m_id, DocumentField::Place, QStringLiteral("Lille")));
        auto reverted = m_session->revert(title->id);
        QVERIFY2(reverted, qPrintable(errorOf(reverted)));
        QCOMPARE(reverted->origin, ChangeOrigin::Revert);
        QCOMPARE(reverted->reverts, title->id);
        QCOMPARE(stored().extraction.title, QStringLiteral("Lettre à La Cimade"));
        QCOMPARE(stored().extraction.place, QStringLiteral("Lille"));
        QVERIFY(!m_session->revert(title->id)); // already cancelled
        QVERIFY(m_session->undo()); // undoes the revert
        QCOMPARE(stored().extraction.title, QStringLiteral("Titre"));
    }

    // Redoing an undone revert cancels its target again (and adds no empty fact).
    void redo_ofAnUndoneRevert_cancelsAgain()
    {
        auto added = m_session->addParticipant(m_id, Participant { ParticipantRole::Cc, CorrespondentKind::Person,
                                                           QStringLiteral("Anne Leclerc"), {}, {}, Evidence {}, 0 });
        QVERIFY(added);
        QVERIFY(m_session->revert(added->id));
        QCOMPARE(stored().extraction.participants.size(), 4);
        QVERIFY(m_session->undo()); // the revert
        QCOMPARE(stored().extraction.participants.size(), 5);
        auto redone = m_session->redo();
        QVERIFY2(redone, qPrintable(errorOf(redone)));
        QCOMPARE(redone->reverts, added->id);
        const QList<Participant> participants = stored().extraction.participants;
        QCOMPARE(participants.size(), 4);
        for (const Participant& p : participants)
            QVERIFY(!p.name.isEmpty());
        QVERIFY(m_session->undo()); // the redo
        QCOMPARE(stored().extraction.participants.size(), 5);
    }

    // The same with a merge: History's revert of a merge, undone, merges again.
    void undo_ofARevertedMerge_mergesAgain()
    {
        const qint64 mayor = m_session->findCorrespondents(QStringLiteral("Jean DUPONT")).value_or(QList<qint64> {}).value(0);
        const qint64 copy = m_session->findCorrespondents(QStringLiteral("Paul Martin")).value_or(QList<qint64> {}).value(0);
        QVERIFY(mayor > 0 && copy > 0 && mayor != copy);
        auto merged = m_session->merge({ copy }, mayor);
        QVERIFY2(merged, qPrintable(errorOf(merged)));
        QVERIFY(m_session->revert(merged->id));
        QCOMPARE(m_session->findCorrespondents(QStringLiteral("Paul Martin")).value_or(QList<qint64> {}).size(), 1);
        QVERIFY(m_session->findCorrespondents(QStringLiteral("Paul Martin")).value_or(QList<qint64> {}).value(0) != mayor);
        auto undone = m_session->undo();
        QVERIFY2(undone, qPrintable(errorOf(undone)));
        QCOMPARE(m_session->findCorrespondents(QStringLiteral("Paul Martin")).value_or(QList<qint64> {}), QList<qint64> { mayor });
    }

    // A fact keeps the kind it was given when its correspondent is merged into one of the other kind:
    // writing the document again (any correction) must not send it elsewhere.
    void correction_afterACrossKindMerge_keepsTheParticipantWithTheSurvivor()
    {
        const qint64 cimade = m_session->findCorrespondents(QStringLiteral("La Cimade")).value_or(QList<qint64> {}).value(0);
        const qint64 copy = m_session->findCorrespondents(QStringLiteral("Paul Martin")).value_or(QList<qint64> {}).value(0);
        QVERIFY(cimade > 0 && copy > 0);
        QVERIFY(m_session->merge({ copy }, cimade));
        const int correspondents = count(QStringLiteral("SELECT count(*) FROM correspondents"));
        QVERIFY(m_session->setField(m_id, DocumentField::Place, QStringLiteral("Lille")));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM correspondents")), correspondents);
        QCOMPARE(m_session->findCorrespondents(QStringLiteral("Paul Martin")).value_or(QList<qint64> {}), QList<qint64> { cimade });
        const Participant cc = stored().extraction.participants.at(2);
        QCOMPARE(cc.name, QStringLiteral("Paul Martin"));
        QCOMPARE(cc.kind, CorrespondentKind::Person);
        QVERIFY(m_session->removeParticipant(m_id, cc));
        QCOMPARE(stored().extraction.participants.size(), 3);
    }

    void changedFile_reanchorsEvidence_orFlagsTheChange()
    {
        const Document extracted = richLetter();
        // Evidence the user chose in the text: a word that stays, and one that the new version drops.
        const QString text = extracted.text;
        const Evidence stays { QStringLiteral("Préfet"), text.indexOf(QStringLiteral("Préfet")) };
        const Evidence goes { QStringLiteral("tout fait"), text.indexOf(QStringLiteral("tout fait")) };
        QVERIFY(m_session->addParticipant(m_id, Participant { ParticipantRole::Cc, CorrespondentKind::Person,
                                                     QStringLiteral("Préfet du Pas-de-Calais"), {}, {}, stays, 0 }));
        auto dropped = m_session->addEvent(m_id, MentionedEvent { QStringLiteral("Promesse"), PartialDate::ofYear(2016), goes });
        QVERIFY(dropped);

        Document changed = extracted;
        changed.text = QStringLiteral("Une ligne ajoutée en tête.\n") + text;
        changed.text.replace(QStringLiteral("« tout fait »"), QStringLiteral("« rien dit »"));
        changed.sha256 = sha(changed.text);
        const qsizetype shift = changed.text.indexOf(QStringLiteral("Calais, le"));
        for (Participant& p : changed.extraction.participants)
            if (p.evidence.offset >= 0)
                p.evidence.offset += shift;
        QCOMPARE(importDocument(changed), m_id);

        const Document document = stored();
        const Participant prefect = document.extraction.participants.last();
        QCOMPARE(prefect.name, QStringLiteral("Préfet du Pas-de-Calais"));
        QCOMPARE(prefect.evidence.offset, changed.text.indexOf(QStringLiteral("Préfet")));
        const MentionedEvent promise = document.extraction.events.last();
        QCOMPARE(promise.label, QStringLiteral("Promesse")); // kept
        QCOMPARE(promise.evidence.offset, -1);
        auto log = m_session->history();
        QVERIFY(log);
        QCOMPARE(log->size(), 2);
        QVERIFY(log->at(0).attention.isEmpty());
        QCOMPARE(log->at(1).attention, QStringLiteral("its evidence is no longer in the text"));
    }

    void setFieldFromText_keepsTheEvidence()
    {
        const QString text = stored().text;
        const Evidence words { QStringLiteral("automne dernier"), text.indexOf(QStringLiteral("automne dernier")) };
        auto refused = m_session->setFieldFromText(m_id, DocumentField::Date, words); // no year
        QVERIFY(!refused);
        const Evidence date { QStringLiteral("7 février 2017"), text.indexOf(QStringLiteral("7 février")) };
        auto place = m_session->setFieldFromText(m_id, DocumentField::Date, date);
        QVERIFY2(place, qPrintable(errorOf(place)));
        QCOMPARE(stored().extraction.date->evidence, date);
        QCOMPARE(stored().extraction.date->date, PartialDate::ofDay(2017, 2, 7));
        QVERIFY(!m_session->setFieldFromText(m_id, DocumentField::Place, Evidence { QStringLiteral("Calais"), 3 }));
    }

    void review_countsAndOrder()
    {
        Document second = richLetter(QStringLiteral("/corpus/001.txt"));
        second.text += QStringLiteral(" ");
        second.sha256 = sha(second.text);
        second.extraction.date.reset(); // undated: the least sure
        const qint64 undated = importDocument(second);
        QVERIFY(undated > 0);
        auto items = m_session->needsReview();
        QVERIFY(items);
        QCOMPARE(items->size(), 2);
        QCOMPARE(items->first().documentId, undated);
        QCOMPARE(items->first().lowestConfidence, 0.0);

        QVERIFY(m_session->setReviewed(undated, true));
        QCOMPARE(m_session->reviewCounts().value_or(ReviewCounts {}).reviewed, 1);
        QCOMPARE(m_session->reviewCounts().value_or(ReviewCounts {}).total, 2);
        QCOMPARE(m_session->needsReview().value_or(QList<ReviewItem> {}).size(), 1);
        QVERIFY(m_session->document(undated)->reviewed);
        // Review survives re-import.
        QCOMPARE(importDocument(second), undated);
        QVERIFY(m_session->document(undated)->reviewed);
        QVERIFY(m_session->undo());
        QVERIFY(!m_session->document(undated)->reviewed);
    }

    void writesByAnotherConnection_areNoticed()
    {
        QSignalSpy outside(m_session.get(), &CorpusSession::changedOutside);
        m_session->checkForOutsideWrites();
        QCOMPARE(outside.size(), 0);
        QVERIFY(m_session->setField(m_id, DocumentField::Place, QStringLiteral("Lille"))); // its own write
        m_session->checkForOutsideWrites();
        QCOMPARE(outside.size(), 0);
        {
            auto other = CorpusSession::open(dbPath());
            QVERIFY(other);
            QVERIFY((*other)->setField(m_id, DocumentField::Place, QStringLiteral("Arras")));
        }
        m_session->checkForOutsideWrites();
        QCOMPARE(outside.size(), 1);
        QCOMPARE(stored().extraction.place, QStringLiteral("Arras"));
    }
};

QTEST_GUILESS_MAIN(TestCorpusSession)
#include "tst_corpussession.moc"
