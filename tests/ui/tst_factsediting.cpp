// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Correcting a document from the reader pane of a real window on a real imported corpus, offscreen:
// the facts table's editors, "Use as" on the reader's selection, and the corrected mark.
#include "core/db/database.h"
#include "core/db/documentrepository.h"
#include "core/import/corpuslocation.h"
#include "core/import/importjob.h"
#include "core/models/documentfilterproxy.h"
#include "core/models/factsmodel.h"
#include "core/session/corpussession.h"
#include "ui/dateedit.h"
#include "ui/mainwindow.h"
#include "ui/participantedit.h"
#include "ui/readercuration.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace littoral;
using core::FactsModel;

class TestFactsEditing final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // The sample corpus imported into a database of this test's own.
    QString sampleDatabase(const QString& name) const
    {
        const QString path = m_dir.filePath(name);
        const auto imported = core::ImportJob(path, { core::CorpusLocation::sampleCorpus() }).runSynchronously();
        return imported && imported->imported == 5 ? path : QString();
    }

    // A window on `db` showing the mayor of Calais's letter (dated "Le 7 février 2017").
    static bool showMayorLetter(ui::MainWindow& window, const QString& db)
    {
        QSignalSpy loaded(&window, &ui::MainWindow::corpusLoaded);
        if (!window.openDatabase(db) || !loaded.wait(30000))
            return false;
        window.documentProxy()->setTextFilter(QStringLiteral("bouchart"));
        if (window.documentProxy()->rowCount() != 1)
            return false;
        window.selectDocumentRow(0);
        return window.readerText().contains(QStringLiteral("Le 7 février 2017"));
    }

    // The shown document as stored in the file, read through a connection of the test's own.
    static core::Document stored(const QString& db, qint64 id)
    {
        auto database = core::Database::open(db);
        if (!database)
            return {};
        auto document = core::DocumentRepository(*database).load(id);
        return document ? *document : core::Document {};
    }

    static int rowOf(const FactsModel* facts, FactsModel::Kind kind, const QString& valueStart = {})
    {
        for (int row = 0; row < facts->rowCount(); ++row)
            if (FactsModel::Kind(facts->index(row, 0).data(FactsModel::KindRole).toInt()) == kind
                && facts->index(row, FactsModel::ValueColumn).data().toString().startsWith(valueStart))
                return row;
        return -1;
    }

    static qsizetype historySize(ui::MainWindow& window)
    {
        const auto history = window.session()->history();
        return history ? history->size() : -1;
    }

    // Opens the facts table's editor on the date's value.
    static ui::DateEdit* editDate(ui::MainWindow& window)
    {
        const int row = rowOf(window.factsModel(), FactsModel::Kind::Date);
        const QModelIndex cell = window.factsModel()->index(row, FactsModel::ValueColumn);
        window.factsTable()->setCurrentIndex(cell);
        window.factsTable()->edit(cell);
        return window.factsTable()->findChild<ui::DateEdit*>(QStringLiteral("dateEditor"));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    }

    void dateEditor_enterCommits_escapeCancels()
    {
        const QString db = sampleDatabase(QStringLiteral("date.db"));
        QVERIFY(!db.isEmpty());
        ui::MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(showMayorLetter(window, db));
        const qint64 id = window.factsModel()->documentId();
        QCOMPARE(stored(db, id).extraction.date->date.toEdtf(), QStringLiteral("2017-02-07"));

        ui::DateEdit* editor = editDate(window);
        QVERIFY(editor);
        QCOMPARE(editor->text(), QStringLiteral("2017-02-07"));
        editor->clear();
        QTest::keyClicks(editor, QStringLiteral("vers mars 2016"));
        // What it reads as, before anything is committed.
        QCOMPARE(editor->preview(), QStringLiteral("2016-03~ · month, approximate"));
        QCOMPARE(stored(db, id).extraction.date->date.toEdtf(), QStringLiteral("2017-02-07"));
        QTest::keyClick(editor, Qt::Key_Return);
        // Committed to the file (the delegate commits on the next turn of the event loop); the table
        // shows it, on the same row.
        QTRY_COMPARE(stored(db, id).extraction.date->date.toEdtf(), QStringLiteral("2016-03~"));
        QTRY_COMPARE(window.factsModel()->index(rowOf(window.factsModel(), FactsModel::Kind::Date), FactsModel::ValueColumn)
                         .data()
                         .toString(),
            QStringLiteral("circa March 2016"));
        QCOMPARE(window.factsTable()->currentIndex().row(), rowOf(window.factsModel(), FactsModel::Kind::Date));
        const qsizetype changes = historySize(window);
        QCOMPARE(changes, 1);

        // Escape: nothing written, nothing recorded.
        editor = editDate(window);
        QVERIFY(editor);
        editor->clear();
        QTest::keyClicks(editor, QStringLiteral("2015"));
        QTest::keyClick(editor, Qt::Key_Escape);
        QTRY_VERIFY(!window.factsTable()->findChild<ui::DateEdit*>(QStringLiteral("dateEditor")));
        QTest::qWait(50);
        QCOMPARE(stored(db, id).extraction.date->date.toEdtf(), QStringLiteral("2016-03~"));
        QCOMPARE(historySize(window), changes);
    }

    void dateEditor_unreadableDate_isRefusedWithAMessage()
    {
        const QString db = sampleDatabase(QStringLiteral("refused.db"));
        QVERIFY(!db.isEmpty());
        ui::MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(showMayorLetter(window, db));
        const qint64 id = window.factsModel()->documentId();

        ui::DateEdit* editor = editDate(window);
        QVERIFY(editor);
        editor->clear();
        QTest::keyClicks(editor, QStringLiteral("31 juin 2017"));
        QCOMPARE(editor->preview(), QStringLiteral("not a date"));
        QVERIFY(!editor->isReadable());
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("31 juin 2017")),
            qPrintable(window.statusBar()->currentMessage()));
        QTest::qWait(50);
        QCOMPARE(stored(db, id).extraction.date->date.toEdtf(), QStringLiteral("2017-02-07"));
        QCOMPARE(historySize(window), 0);
        QCOMPARE(window.factsModel()->index(rowOf(window.factsModel(), FactsModel::Kind::Date), FactsModel::ValueColumn).data().toString(),
            QStringLiteral("7 February 2017"));
    }

    void participant_addedInline_thenRemovedWithDelete()
    {
        const QString db = sampleDatabase(QStringLiteral("participant.db"));
        QVERIFY(!db.isEmpty());
        ui::MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(showMayorLetter(window, db));
        const qint64 id = window.factsModel()->documentId();
        const qsizetype before = stored(db, id).extraction.participants.size();

        window.readerCuration()->startAdding(FactsModel::Kind::Participant, core::ParticipantRole::Cc);
        auto* editor = window.factsTable()->findChild<ui::ParticipantEdit*>();
        QVERIFY(editor);
        QTest::keyClicks(editor->nameEdit(), QStringLiteral("Jeanne Martin"));
        QTest::keyClicks(editor->titleEdit(), QStringLiteral("Directrice"));
        QTest::keyClick(editor->nameEdit(), Qt::Key_Return);

        auto ccOf = [](const core::Document& d) -> std::optional<core::Participant> {
            for (const core::Participant& p : d.extraction.participants)
                if (p.role == core::ParticipantRole::Cc && p.name == QStringLiteral("Jeanne Martin"))
                    return p;
            return std::nullopt;
        };
        QTRY_VERIFY(ccOf(stored(db, id)));
        const auto added = ccOf(stored(db, id));
        QCOMPARE(added->title, QStringLiteral("Directrice"));
        QCOMPARE(stored(db, id).extraction.participants.size(), before + 1);
        int row = -1;
        QTRY_VERIFY((row = rowOf(window.factsModel(), FactsModel::Kind::Participant, QStringLiteral("Jeanne Martin"))) >= 0);
        QCOMPARE(window.factsModel()->index(row, FactsModel::FactColumn).data().toString(), QStringLiteral("Copy"));
        QVERIFY(window.factsModel()->index(row, 0).data(FactsModel::CorrectedRole).toBool());
        QVERIFY(window.factsModel()->index(row, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Added by")));

        // Selected and Delete pressed: gone from the file and from the table.
        window.factsTable()->setFocus();
        window.factsTable()->setCurrentIndex(window.factsModel()->index(row, FactsModel::FactColumn));
        QTest::keyClick(window.factsTable(), Qt::Key_Delete);
        QVERIFY(!ccOf(stored(db, id)));
        QCOMPARE(stored(db, id).extraction.participants.size(), before);
        QTRY_COMPARE(rowOf(window.factsModel(), FactsModel::Kind::Participant, QStringLiteral("Jeanne Martin")), -1);
        // Listed greyed as removed, with who removed it.
        const int removed = rowOf(window.factsModel(), FactsModel::Kind::Removed, QStringLiteral("Jeanne Martin"));
        QVERIFY(removed >= 0);
        QVERIFY(!(window.factsModel()->index(removed, FactsModel::ValueColumn).flags() & Qt::ItemIsEditable));
        QVERIFY(window.factsModel()->index(removed, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Removed by ")));
    }

    void useAsSender_selection_replacesTheSenderWithExactEvidence()
    {
        const QString db = sampleDatabase(QStringLiteral("useas.db"));
        QVERIFY(!db.isEmpty());
        ui::MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(showMayorLetter(window, db));
        const qint64 id = window.factsModel()->documentId();
        const QString text = stored(db, id).text;
        QCOMPARE(window.readerText(), text);

        const QString words = QStringLiteral("Cabinet du Maire");
        const int offset = int(text.indexOf(words));
        QVERIFY(offset > 0);
        QTextCursor cursor(window.reader()->document());
        cursor.setPosition(offset);
        cursor.setPosition(offset + int(words.size()), QTextCursor::KeepAnchor);
        window.reader()->setTextCursor(cursor);
        std::unique_ptr<QMenu> menu(window.readerCuration()->useAsMenu(nullptr));
        auto* action = menu->findChild<QAction*>(QStringLiteral("useAsSenderOrg"));
        QVERIFY(action);
        action->trigger();

        QList<core::Participant> senders;
        for (const core::Participant& p : stored(db, id).extraction.participants)
            if (p.role == core::ParticipantRole::Sender)
                senders << p;
        QCOMPARE(senders.size(), 1); // replaced, not added
        QCOMPARE(senders.first().name, words);
        QCOMPARE(senders.first().kind, core::CorrespondentKind::Organization);
        QCOMPARE(senders.first().evidence.offset, offset);
        QCOMPARE(senders.first().evidence.text, words);
        // The reader highlights exactly those words, and the facts table says where it was read.
        QTRY_VERIFY(rowOf(window.factsModel(), FactsModel::Kind::Participant, words) >= 0);
        const int row = rowOf(window.factsModel(), FactsModel::Kind::Participant, words);
        QCOMPARE(window.factsModel()->index(row, 0).data(FactsModel::EvidenceOffsetRole).toInt(), offset);
        bool highlighted = false;
        for (const QTextEdit::ExtraSelection& s : window.reader()->extraSelections())
            highlighted |= s.cursor.selectionStart() == offset && s.cursor.selectionEnd() == offset + words.size();
        QVERIFY(highlighted);
        // What extraction read is in the tooltip.
        QVERIFY2(window.factsModel()->index(row, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Extraction read: Natacha Bouchart")),
            qPrintable(window.factsModel()->index(row, 0).data(Qt::ToolTipRole).toString()));
    }

    void correctedDate_isMarked_tooltipGivesTheOriginalAndItsText()
    {
        const QString db = sampleDatabase(QStringLiteral("mark.db"));
        QVERIFY(!db.isEmpty());
        ui::MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(showMayorLetter(window, db));
        FactsModel* facts = window.factsModel();
        const int dateRow = rowOf(facts, FactsModel::Kind::Date);
        QVERIFY(!facts->index(dateRow, 0).data(FactsModel::CorrectedRole).toBool());
        QVERIFY(facts->index(dateRow, 0).data(FactsModel::OriginalRole).toString().isEmpty());

        QVERIFY(window.session()->setField(facts->documentId(), core::DocumentField::Date, QStringLiteral("printemps 2016")));
        QTRY_COMPARE(facts->index(rowOf(facts, FactsModel::Kind::Date), FactsModel::ValueColumn).data().toString(),
            QStringLiteral("spring 2016"));
        const QModelIndex date = facts->index(rowOf(facts, FactsModel::Kind::Date), FactsModel::FactColumn);
        QVERIFY(date.data(FactsModel::CorrectedRole).toBool());
        const QString tip = date.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Extraction read: 2017-02-07 from \u201cLe 7 février 2017\u201d")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Corrected by ") + core::currentUserName()), qPrintable(tip));
        // Facts nobody touched stay unmarked.
        QVERIFY(!facts->index(rowOf(facts, FactsModel::Kind::Type), 0).data(FactsModel::CorrectedRole).toBool());

        // docs/corrected-fact.png is made from this run when asked for.
        if (const QString shot = qEnvironmentVariable("LITTORAL_SCREENSHOT_DIR"); !shot.isEmpty()) {
            // A corrected sender too, made from the text, next to the corrected date.
            const QString words = QStringLiteral("Cabinet du Maire");
            const int offset = int(window.readerText().indexOf(words));
            QTextCursor cursor(window.reader()->document());
            cursor.setPosition(offset);
            cursor.setPosition(offset + int(words.size()), QTextCursor::KeepAnchor);
            window.reader()->setTextCursor(cursor);
            QVERIFY(window.readerCuration()->useSelectionAs(ui::ReaderCuration::UseAs::Sender, core::CorrespondentKind::Organization));
            QTRY_VERIFY(rowOf(facts, FactsModel::Kind::Participant, words) >= 0);
            window.resize(1700, 1000);
            window.emphasize(ui::MainWindow::View::Reader);
            window.factsTable()->setCurrentIndex(facts->index(rowOf(facts, FactsModel::Kind::Language), 0));
            QTest::qWait(200);
            // The reader pane: the facts table over the text.
            QWidget* pane = window.factsTable()->parentWidget()->parentWidget();
            QVERIFY(pane->grab().save(shot + QStringLiteral("/corrected-fact.png")));
        }
    }
};

QTEST_MAIN(TestFactsEditing)
#include "tst_factsediting.moc"
