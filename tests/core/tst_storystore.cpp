// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Stories and the chronology kept in the corpus through CorpusSession: one change each in History,
// undo / redo / revert restoring exact values, across restarts, refused on a read-only corpus; a story
// carried to a fresh database of the same corpus (Story::toFile / fromFile, importStory) shows the
// same documents there.
#include "support/samplecorpus.h"
#include "core/chronology/chronologyfile.h"
#include "core/db/database.h"
#include "core/import/importjob.h"
#include "core/models/corpusindex.h"
#include "core/models/historymodel.h"
#include "core/models/selectionstate.h"
#include "core/models/storyimport.h"
#include "core/models/storysteps.h"
#include "core/session/corpussession.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

#include <memory>

using namespace littoral::core;

namespace {

QString errorOf(const auto& result)
{
    return result ? QString() : result.error().detail;
}

Story twoStepStory()
{
    Story story;
    story.id = Story::newId();
    story.title = QStringLiteral("Avant et après le démantèlement");
    StoryStep before;
    before.caption = QStringLiteral("Au printemps 2016, la zone sud est détruite.");
    before.filter.from = PartialDate::ofMonth(2016, 2);
    before.filter.to = PartialDate::ofMonth(2016, 4);
    before.filter.correspondent = QStringLiteral("Natacha Bouchart");
    before.zoomFrom = QDate(2016, 1, 1);
    before.zoomTo = QDate(2016, 6, 30);
    StoryStep after;
    after.caption = QStringLiteral("En octobre, le reste du camp.");
    after.document = QStringLiteral("000_a2062bf0896207c8.txt");
    after.chronologyEvent = QStringLiteral("2016-10-24-jungle");
    after.showGraph = false;
    after.showReader = true;
    story.steps = { before, after };
    return story;
}

ChronologyEvent userEvent()
{
    ChronologyEvent event;
    event.id = QStringLiteral("user-2016-06-hunger-strike");
    event.setEdtf(QStringLiteral("2016-06-02/2016-06-20"));
    event.labelFr = QStringLiteral("Grève de la faim au centre Jules-Ferry");
    event.labelEn = QStringLiteral("Hunger strike at the Jules Ferry centre");
    event.descriptionFr = QStringLiteral("Des exilés cessent de s’alimenter pour obtenir un hébergement.");
    event.sourceUrl = QStringLiteral("https://example.org/greve");
    return event;
}

const ChronologyEvent* find(const QList<ChronologyEvent>& events, const QString& id)
{
    for (const ChronologyEvent& event : events)
        if (event.id == id)
            return &event;
    return nullptr;
}

QStringList acceptedSources(const SelectionState& selection)
{
    QStringList sources;
    for (const qsizetype row : selection.acceptedRows())
        sources << selection.corpus().documents().at(row).source;
    return sources;
}

QString currentSource(const SelectionState& selection)
{
    const DocumentSummary* document = selection.corpus().document(selection.currentDocument());
    return document ? document->source : QString();
}

} // namespace

class TestStoryStore final : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CorpusSession> m_session;

    QString dbPath() const { return m_dir->filePath(QStringLiteral("corpus.db")); }

    void reopen()
    {
        m_session.reset();
        auto session = CorpusSession::open(dbPath());
        QVERIFY2(session, qPrintable(errorOf(session)));
        m_session = std::move(*session);
    }

    QList<Change> history()
    {
        auto changes = m_session->history();
        return changes ? *changes : QList<Change> {};
    }

    std::optional<Story> stored(const QString& id)
    {
        auto story = m_session->story(id);
        return story ? *story : std::nullopt;
    }

    QList<ChronologyEvent> chronology()
    {
        auto events = m_session->chronology();
        return events ? *events : QList<ChronologyEvent> {};
    }

    // A re-run of one test function as the unprivileged user: root writes read-only files.
    static bool passesUnprivileged(const QString& function)
    {
        QProcess child;
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QStringLiteral("setpriv"),
            { QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                QStringLiteral("--clear-groups"), QCoreApplication::applicationFilePath(), function });
        if (!child.waitForFinished(60000))
            return false;
        const QByteArray out = child.readAll();
        const QByteArray passed
            = "PASS   : " + QByteArray(staticMetaObject.className()) + "::" + function.toUtf8() + "()";
        if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0 || !out.contains(passed)
            || out.contains("SKIP")) {
            qWarning("as nobody:\n%s", out.constData());
            return false;
        }
        return true;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        reopen();
    }
    void cleanup()
    {
        m_session.reset();
        m_dir.reset();
    }

    // Create, edit, delete: one change each, named in History, each announced.
    void story_createEditDelete_oneChangeEach()
    {
        QSignalSpy changed(m_session.get(), &CorpusSession::storiesChanged);
        const Story story = twoStepStory();
        auto created = m_session->saveStory(story);
        QVERIFY2(created, qPrintable(errorOf(created)));
        QVERIFY(created->id > 0);
        QCOMPARE(created->kind, ChangeKind::SetStory);
        QCOMPARE(HistoryModel::describe(*created),
            QStringLiteral("Story “Avant et après le démantèlement” created"));
        QCOMPARE(stored(story.id), std::optional<Story>(story));

        Story edited = story;
        edited.title = QStringLiteral("Le démantèlement");
        edited.steps[1].caption = QStringLiteral("Le 24 octobre 2016, l’évacuation commence.");
        std::swap(edited.steps[0], edited.steps[1]);
        auto edit = m_session->saveStory(edited);
        QVERIFY2(edit, qPrintable(errorOf(edit)));
        QVERIFY(edit->id > created->id);
        QCOMPARE(HistoryModel::describe(*edit), QStringLiteral("Story “Le démantèlement” edited"));
        QCOMPARE(stored(story.id), std::optional<Story>(edited));

        auto deleted = m_session->deleteStory(story.id);
        QVERIFY2(deleted, qPrintable(errorOf(deleted)));
        QCOMPARE(HistoryModel::describe(*deleted), QStringLiteral("Story “Le démantèlement” deleted"));
        QCOMPARE(stored(story.id), std::nullopt);
        QCOMPARE(m_session->stories().value_or(QList<Story> { story }), QList<Story> {});

        QCOMPARE(history().size(), 3);
        QCOMPARE(changed.size(), 3);
        // What History shows, newest first.
        HistoryModel model;
        model.setChanges(history());
        QCOMPARE(model.data(model.index(0, HistoryModel::WhatColumn)).toString(),
            QStringLiteral("Story “Le démantèlement” deleted"));
        QCOMPARE(model.data(model.index(2, HistoryModel::WhatColumn)).toString(),
            QStringLiteral("Story “Avant et après le démantèlement” created"));
    }

    // Saving what is already stored, or deleting what is not there, records nothing.
    void story_noOpSave_recordsNothing()
    {
        const Story story = twoStepStory();
        QVERIFY(m_session->saveStory(story));
        QSignalSpy changed(m_session.get(), &CorpusSession::storiesChanged);
        QSignalSpy logged(m_session.get(), &CorpusSession::historyChanged);
        auto again = m_session->saveStory(story);
        QVERIFY2(again, qPrintable(errorOf(again)));
        QCOMPARE(again->id, 0);
        QCOMPARE(history().size(), 1);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(logged.size(), 0);

        auto missing = m_session->deleteStory(QStringLiteral("no-such-story"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QCOMPARE(history().size(), 1);

        Story anonymous = story;
        anonymous.id.clear();
        QVERIFY(!m_session->saveStory(anonymous));
        QCOMPARE(history().size(), 1);
    }

    // Undo, redo and History's revert put back exactly the story each side held.
    void story_undoRedoRevert_restoreExactly()
    {
        const Story story = twoStepStory();
        Story edited = story;
        edited.steps.removeLast();
        edited.steps[0].filter.types = QList<DocumentType> { DocumentType::Letter };
        QVERIFY(m_session->saveStory(story));
        auto edit = m_session->saveStory(edited);
        QVERIFY(edit && edit->id > 0);

        QSignalSpy changed(m_session.get(), &CorpusSession::storiesChanged);
        auto undone = m_session->undo();
        QVERIFY2(undone, qPrintable(errorOf(undone)));
        QCOMPARE(undone->origin, ChangeOrigin::Undo);
        QCOMPARE(stored(story.id), std::optional<Story>(story));
        QVERIFY(m_session->undo());
        QCOMPARE(stored(story.id), std::nullopt);
        QVERIFY(m_session->redo());
        QCOMPARE(stored(story.id), std::optional<Story>(story));
        auto redone = m_session->redo();
        QVERIFY(redone);
        QCOMPARE(stored(story.id), std::optional<Story>(edited));
        QCOMPARE(changed.size(), 4);

        auto deleted = m_session->deleteStory(story.id);
        QVERIFY(deleted);
        QVERIFY(m_session->undo());
        QCOMPARE(stored(story.id), std::optional<Story>(edited));

        // Revert the edit (as redone), however far back: the story before it.
        auto reverted = m_session->revert(redone->id);
        QVERIFY2(reverted, qPrintable(errorOf(reverted)));
        QCOMPARE(reverted->origin, ChangeOrigin::Revert);
        QCOMPARE(stored(story.id), std::optional<Story>(story));
    }

    // Stories and their log are in the file: a new session on it sees them and can undo them.
    void story_survivesReopening()
    {
        const Story story = twoStepStory();
        Story second = twoStepStory();
        second.title = QStringLiteral("Sangatte");
        QVERIFY(m_session->saveStory(story));
        QVERIFY(m_session->saveStory(second));
        reopen();
        QCOMPARE(
            m_session->stories().value_or(QList<Story> {}), (QList<Story> { story, second })); // by title
        QCOMPARE(history().size(), 2);
        QVERIFY(m_session->undo());
        reopen();
        QCOMPARE(stored(second.id), std::nullopt);
        QCOMPARE(stored(story.id), std::optional<Story>(story));
    }

    // A user's own event: added, edited, deleted, then its entry forgotten; each one change, each undone.
    void chronology_userEvent_addEditDeleteRestore_undoable()
    {
        QSignalSpy changed(m_session.get(), &CorpusSession::chronologyChanged);
        const QList<ChronologyEvent> initial = chronology();
        const ChronologyEvent event = userEvent();
        QVERIFY(!find(initial, event.id));

        auto added = m_session->editChronology({ event });
        QVERIFY2(added, qPrintable(errorOf(added)));
        QVERIFY(added->id > 0);
        QCOMPARE(added->kind, ChangeKind::SetChronology);
        // (English plurals come from littoral_en.qm when it is installed: "1 event" or "1 event(s)".)
        QVERIFY2(HistoryModel::describe(*added).startsWith(QStringLiteral("Chronology: 1 event")),
            qPrintable(HistoryModel::describe(*added)));
        const QList<ChronologyEvent> withEvent = chronology();
        QCOMPARE(withEvent.size(), initial.size() + 1);
        QVERIFY(find(withEvent, event.id));
        QCOMPARE(*find(withEvent, event.id), event);

        ChronologyEvent edited = event;
        edited.labelEn = QStringLiteral("Hunger strike of exiles at the Jules Ferry centre");
        QVERIFY(edited.setEdtf(QStringLiteral("2016-06-02/2016-06-25")));
        auto edit = m_session->editChronology({ edited });
        QVERIFY(edit && edit->id > 0);
        QCOMPARE(*find(chronology(), event.id), edited);
        // The same again: nothing.
        auto same = m_session->editChronology({ edited });
        QVERIFY(same);
        QCOMPARE(same->id, 0);

        auto removed = m_session->editChronology({}, { event.id });
        QVERIFY(removed && removed->id > 0);
        QCOMPARE(chronology(), initial);

        QVERIFY(m_session->undo());
        QCOMPARE(*find(chronology(), event.id), edited);
        QVERIFY(m_session->undo());
        QCOMPARE(*find(chronology(), event.id), event);

        auto restored = m_session->restoreBundledChronology({ event.id });
        QVERIFY(restored && restored->id > 0);
        QCOMPARE(chronology(), initial);
        QVERIFY(m_session->undo());
        QCOMPARE(chronology(), withEvent);
        QVERIFY(m_session->undo());
        QCOMPARE(chronology(), initial);
        QCOMPARE(changed.size(), 8);
        QCOMPARE(history().size(), 8);

        reopen();
        QVERIFY(m_session->redo());
        QCOMPARE(chronology(), withEvent);
    }

    // A bundled event (the first of the bundled file) edited, deleted and restored; each undone. With
    // an empty bundled file there is nothing of this kind to test.
    void chronology_bundledEvent_editDeleteRestore_undoable()
    {
        const QList<ChronologyEvent>& bundled = chronologyfile::bundled();
        if (bundled.isEmpty())
            QSKIP("the bundled chronology is empty in this build");
        const ChronologyEvent original = bundled.first();
        QVERIFY(original.bundled);
        const QList<ChronologyEvent> initial = chronology();
        QCOMPARE(initial.size(), bundled.size());
        QCOMPARE(*find(initial, original.id), original);

        // Edited to what it already is: no entry, no change.
        auto same = m_session->editChronology({ original });
        QVERIFY(same);
        QCOMPARE(same->id, 0);

        ChronologyEvent edited = original;
        edited.labelFr += QStringLiteral(" (corrigé)");
        auto edit = m_session->editChronology({ edited });
        QVERIFY2(edit && edit->id > 0, qPrintable(errorOf(edit)));
        edited.bundled = false; // the corpus's own now
        QCOMPARE(*find(chronology(), original.id), edited);
        QCOMPARE(chronology().size(), initial.size());

        auto removed = m_session->editChronology({}, { original.id });
        QVERIFY(removed && removed->id > 0);
        QVERIFY(!find(chronology(), original.id));
        QCOMPARE(chronology().size(), initial.size() - 1);
        reopen();
        QVERIFY(!find(chronology(), original.id));

        auto restored = m_session->restoreBundledChronology({ original.id });
        QVERIFY(restored && restored->id > 0);
        QCOMPARE(chronology(), initial);
        // Nothing left to restore.
        auto again = m_session->restoreBundledChronology({ original.id });
        QVERIFY(again);
        QCOMPARE(again->id, 0);

        QVERIFY(m_session->undo()); // restore
        QVERIFY(!find(chronology(), original.id));
        QVERIFY(m_session->undo()); // delete
        QCOMPARE(*find(chronology(), original.id), edited);
        QVERIFY(m_session->undo()); // edit
        QCOMPARE(chronology(), initial);
    }

    // Loading a file of several events (and removing some) is one change.
    void chronology_severalEvents_oneChange()
    {
        ChronologyEvent second = userEvent();
        second.id = QStringLiteral("user-2017-03-distribution");
        QVERIFY(second.setEdtf(QStringLiteral("2017-03-02")));
        auto loaded = m_session->editChronology({ userEvent(), second });
        QVERIFY(loaded && loaded->id > 0);
        QVERIFY2(HistoryModel::describe(*loaded).startsWith(QStringLiteral("Chronology: 2 event")),
            qPrintable(HistoryModel::describe(*loaded)));
        QCOMPARE(history().size(), 1);
        ChronologyEvent broken = userEvent();
        broken.start = {};
        auto refused = m_session->editChronology({ broken });
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QCOMPARE(history().size(), 1);
        QVERIFY(m_session->undo());
        QVERIFY(!find(chronology(), second.id));
        QVERIFY(!find(chronology(), userEvent().id));
    }

    // A corpus nobody may write: every story and chronology command fails, nothing changes.
    void readOnlyCorpus_refusesEveryCommand()
    {
        if (::geteuid() == 0) {
            // Root writes read-only files: this very test, run again as an unprivileged user.
            QVERIFY(passesUnprivileged(QStringLiteral("readOnlyCorpus_refusesEveryCommand")));
            return;
        }
        const Story story = twoStepStory();
        QVERIFY(m_session->saveStory(story));
        QVERIFY(m_session->editChronology({ userEvent() }));
        const QList<ChronologyEvent> before = chronology();
        m_session.reset();
        QVERIFY(QFile::setPermissions(dbPath(), QFile::ReadOwner));
        QVERIFY(QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::ExeOwner));
        auto opened = CorpusSession::open(dbPath());
        QVERIFY2(opened, qPrintable(errorOf(opened)));
        m_session = std::move(*opened);
        QVERIFY(m_session->isReadOnly());

        Story edited = story;
        edited.title = QStringLiteral("Autre titre");
        const auto refused = [](const Result<Change>& result) {
            return !result && result.error().code == ErrorCode::DatabaseOpen;
        };
        QVERIFY(refused(m_session->saveStory(edited)));
        QVERIFY(refused(m_session->deleteStory(story.id)));
        ChronologyEvent changed = userEvent();
        changed.labelFr = QStringLiteral("Autre");
        QVERIFY(refused(m_session->editChronology({ changed })));
        QVERIFY(refused(m_session->restoreBundledChronology({ userEvent().id })));
        auto imported = importStory(*m_session, edited.toFile(QStringLiteral("corpus")));
        QVERIFY(!imported);
        QCOMPARE(imported.error().code, ErrorCode::DatabaseOpen);

        QCOMPARE(stored(story.id), std::optional<Story>(story));
        QCOMPARE(chronology(), before);
        QCOMPARE(history().size(), 2);
        m_session.reset();
        QVERIFY(QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }

    // importStory: a colleague's file whose steps name documents, correspondents and an event this corpus
    // lacks is imported anyway, as one change, with each gap reported by step; its id and title never
    // replace a story of the corpus.
    void importStory_reportsWhatTheCorpusLacks_withoutFailing()
    {
        auto corpus = littoral::test::loadSampleCorpus(dbPath());
        QVERIFY2(corpus, qPrintable(errorOf(corpus)));
        reopen();
        const QString known = (*corpus)->correspondents().first().name;
        Story story;
        story.id = Story::newId();
        story.title = QStringLiteral("Calais");
        StoryStep good;
        good.filter.correspondent = known;
        good.document = (*corpus)->documents().first().source;
        StoryStep unknownDocument;
        unknownDocument.document = QStringLiteral("letter-12.txt");
        StoryStep unknownNames;
        unknownNames.filter.correspondent = QStringLiteral("Personne Inconnue");
        unknownNames.filter.linkFrom = known;
        unknownNames.filter.linkTo = QStringLiteral("Nobody Known");
        unknownNames.chronologyEvent = QStringLiteral("no-such-event");
        story.steps = { good, unknownDocument, unknownNames };

        Story sameTitle;
        sameTitle.id = Story::newId();
        sameTitle.title = QStringLiteral("Calais");
        QVERIFY(m_session->saveStory(sameTitle));
        const int logged = int(history().size());

        QSignalSpy changed(m_session.get(), &CorpusSession::storiesChanged);
        auto imported = importStory(*m_session, story.toFile(QStringLiteral("sample")));
        QVERIFY2(imported, qPrintable(errorOf(imported)));
        QCOMPARE(imported->story.id, story.id); // not taken: kept
        QVERIFY(!imported->newId);
        QCOMPARE(imported->story.title, QStringLiteral("Calais (2)"));
        QCOMPARE(imported->story.steps, story.steps);
        QCOMPARE(stored(story.id), std::optional<Story>(imported->story));
        QCOMPARE(history().size(), logged + 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(HistoryModel::describe(imported->change), QStringLiteral("Story “Calais (2)” created"));
        QStringList messages;
        for (const StoryImportGap& gap : imported->gaps)
            messages << gap.message();
        QCOMPARE(messages,
            (QStringList { QStringLiteral("Step 2: document letter-12.txt is not in this corpus."),
                QStringLiteral("Step 3: correspondent Personne Inconnue is not in this corpus."),
                QStringLiteral("Step 3: correspondent Nobody Known is not in this corpus."),
                QStringLiteral(
                    "Step 3: chronology event no-such-event is not in this corpus’s chronology.") }));

        // The same file again: its id is taken now, and both titles.
        auto again = importStory(*m_session, story.toFile(QStringLiteral("sample")));
        QVERIFY2(again, qPrintable(errorOf(again)));
        QVERIFY(again->newId);
        QVERIFY(again->story.id != story.id);
        QCOMPARE(again->story.title, QStringLiteral("Calais (3)"));
        QCOMPARE(m_session->stories().value_or(QList<Story> {}).size(), 3);
        QCOMPARE(history().size(), logged + 2);

        // Not a story file: an error, nothing recorded.
        auto broken = importStory(*m_session, QByteArrayLiteral("{\"format\": \"littoral-story/9\"}"));
        QVERIFY(!broken);
        QCOMPARE(broken.error().code, ErrorCode::InvalidInput);
        QVERIFY(!importStory(*m_session, QByteArrayLiteral("not json")));
        QCOMPARE(history().size(), logged + 2);

        // Undo takes the import back.
        QVERIFY(m_session->undo());
        QCOMPARE(m_session->stories().value_or(QList<Story> {}).size(), 2);
    }

    // Done when: a story survives export → import into a fresh database of the same corpus. The second
    // database gives the documents other row ids, so only sources and names can carry the story.
    void story_exportImport_freshDatabase_showsTheSameDocuments()
    {
        const QString db1 = m_dir->filePath(QStringLiteral("first.db"));
        const QString db2 = m_dir->filePath(QStringLiteral("second.db"));
        auto corpus1 = littoral::test::loadSampleCorpus(db1);
        QVERIFY2(corpus1, qPrintable(errorOf(corpus1)));
        const CorpusIndex& index1 = **corpus1;

        // A letter imported first, then gone: the sample's documents get other ids in the second database.
        const QString stray = m_dir->filePath(QStringLiteral("stray.txt"));
        {
            QFile file(stray);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Calais, le 3 mars 2015\n\nMadame,\n\nNous vous écrivons au sujet du "
                       "campement.\n\nJean Martin\n");
        }
        QVERIFY(ImportJob(db2, { stray }).runSynchronously());
        QVERIFY(littoral::test::loadSampleCorpus(db2));
        QVERIFY(QFile::remove(stray));
        auto gone = ImportJob::removeGone(db2, { stray });
        QVERIFY2(gone && gone->removed == 1, qPrintable(errorOf(gone)));
        auto database2 = Database::open(db2);
        QVERIFY(database2);
        auto loaded2 = CorpusIndex::load(*database2);
        QVERIFY2(loaded2, qPrintable(errorOf(loaded2)));
        const auto corpus2 = std::make_shared<const CorpusIndex>(std::move(*loaded2));
        const CorpusIndex& index2 = *corpus2;
        QCOMPARE(index2.documents().size(), index1.documents().size());
        const QString firstSource = index1.documents().first().source;
        QVERIFY(documentBySource(index1, firstSource) != documentBySource(index2, firstSource));

        // Three steps from the real index: a correspondent's letters over a period, a link of the graph,
        // a document of one type as the subject.
        const CorrespondenceGraph graph = index1.graph();
        QVERIFY(!graph.edges.isEmpty());
        const GraphEdge& edge = graph.edges.first();
        const CorrespondentSummary* sender = index1.correspondent(edge.from);
        const CorrespondentSummary* recipient = index1.correspondent(edge.to);
        QVERIFY(sender && recipient);
        const DocumentSummary& subject = index1.documents().at(2);
        Story story;
        story.id = Story::newId();
        story.title = QStringLiteral("Trois lettres");
        StoryStep one;
        one.caption = QStringLiteral("Ce qu’écrit %1.").arg(sender->name);
        one.filter.correspondent = sender->name;
        one.filter.from = PartialDate::ofYear(2014);
        one.filter.to = PartialDate::ofYear(2020);
        one.document = index1.document(edge.documents.first())->source;
        StoryStep two;
        two.caption = QStringLiteral("À qui.");
        two.filter.linkFrom = sender->name;
        two.filter.linkTo = recipient->name;
        two.filter.linkRole = edge.role;
        StoryStep three;
        three.caption = QStringLiteral("Une lettre.");
        three.filter.types = QList<DocumentType> { subject.type };
        three.document = subject.source;
        three.showReader = true;
        story.steps = { one, two, three };

        auto session1 = CorpusSession::open(db1);
        QVERIFY(session1);
        QVERIFY((*session1)->saveStory(story));
        auto saved = (*session1)->story(story.id);
        QVERIFY(saved && *saved);
        const QByteArray file = (*saved)->toFile(QStringLiteral("sample"));

        auto session2 = CorpusSession::open(db2);
        QVERIFY(session2);
        auto read = Story::fromFile(file);
        QVERIFY2(read, qPrintable(errorOf(read)));
        QCOMPARE(*read, story);
        auto change = (*session2)->saveStory(*read);
        QVERIFY(change && change->id > 0);
        auto kept = (*session2)->story(story.id);
        QVERIFY(kept && *kept);
        QCOMPARE(**kept, story);

        SelectionState selection1;
        selection1.setCorpus(*corpus1);
        SelectionState selection2;
        selection2.setCorpus(corpus2);
        for (qsizetype i = 0; i < story.steps.size(); ++i) {
            const AppliedStep applied1 = applyStep(selection1, story.steps.at(i));
            const AppliedStep applied2 = applyStep(selection2, (*kept)->steps.at(i));
            QVERIFY2(applied1.unknown.isEmpty(), qPrintable(applied1.unknown.join(QLatin1Char(','))));
            QVERIFY2(applied2.unknown.isEmpty(), qPrintable(applied2.unknown.join(QLatin1Char(','))));
            QVERIFY(!acceptedSources(selection1).isEmpty());
            QCOMPARE(acceptedSources(selection2), acceptedSources(selection1));
            QCOMPARE(currentSource(selection2), currentSource(selection1));
            QCOMPARE(currentSource(selection2), story.steps.at(i).document);
        }

        // Through importStory: the same steps, nothing unresolved, a new id (the corpus has this one).
        auto imported = importStory(**session2, file, corpus2.get());
        QVERIFY2(imported, qPrintable(errorOf(imported)));
        QVERIFY(imported->gaps.isEmpty());
        QVERIFY(imported->newId);
        QVERIFY(imported->story.id != story.id);
        QCOMPARE(imported->story.title, QStringLiteral("Trois lettres (2)"));
        QCOMPARE(imported->story.steps, story.steps);
    }
};

QTEST_GUILESS_MAIN(TestStoryStore)
#include "tst_storystore.moc"
