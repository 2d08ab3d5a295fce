// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Edit ▸ Go to Correspondent (Ctrl+K) in the main window on the imported sample corpus, offscreen.
#include "core/import/corpuslocation.h"
#include "core/import/importjob.h"
#include "core/models/correspondentcompletionmodel.h"
#include "core/models/documentfilterproxy.h"
#include "core/models/selectionstate.h"
#include "ui/gotocorrespondent.h"
#include "ui/graphview.h"
#include "ui/mainwindow.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace littoral;

namespace {

qint64 idOf(const core::CorpusIndex& corpus, const QString& name)
{
    for (const core::CorrespondentSummary& c : corpus.correspondents())
        if (c.name == name)
            return c.id;
    return 0;
}

} // namespace

class TestGoToCorrespondent final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // The window on the sample corpus, imported for this test, every view filled and laid out.
    bool openSample(ui::MainWindow& window, const QString& name)
    {
        const QString db = m_dir.filePath(name);
        const auto imported = core::ImportJob(db, { core::CorpusLocation::sampleCorpus() }).runSynchronously();
        if (!imported || imported->imported != 5)
            return false;
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return false;
        QSignalSpy loaded(&window, &ui::MainWindow::corpusLoaded);
        if (!window.openDatabase(db) || !loaded.wait(30000))
            return false;
        if (window.graph()->isLayoutRunning()) {
            QSignalSpy laidOut(window.graph(), &ui::GraphView::layoutFinished);
            return laidOut.wait(30000);
        }
        return true;
    }

    // The lines the completer's popup shows, as the field would receive them (the bare names).
    static QStringList suggestions(QCompleter* completer)
    {
        QStringList names;
        QAbstractItemModel* model = completer->completionModel();
        for (int row = 0; row < model->rowCount(); ++row)
            names.append(model->index(row, 0).data(Qt::EditRole).toString());
        return names;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    }

    // "frontieres" (no accent, not the first word) offers "Réseau Education sans frontières (RESF)";
    // choosing it picks its node in the graph, centred, and the list shows its documents only.
    void ctrlK_unaccentedWord_findsTheOrganisation_andChoosingItFiltersTheViews()
    {
        ui::MainWindow window;
        QVERIFY(openSample(window, QStringLiteral("goto.db")));
        const core::CorpusIndex& corpus = window.selection()->corpus();
        const QString resf = QStringLiteral("Réseau Education sans frontières (RESF)");
        const qint64 id = idOf(corpus, resf);
        QVERIFY2(id != 0, "the sample's open letter names RESF among its signatories");
        QVERIFY(window.graph()->hasNode(id));
        const int allRows = window.documentProxy()->rowCount();
        QCOMPARE(allRows, 5);

        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        ui::GoToCorrespondent* goTo = window.goToCorrespondent();
        QTRY_VERIFY(goTo->isVisible());
        QLineEdit* field = goTo->field();
        QTest::keyClicks(field, QStringLiteral("frontieres"));
        QCompleter* completer = goTo->completer();
        QTRY_VERIFY(completer->popup()->isVisible());
        QCOMPARE(suggestions(completer), QStringList { resf });
        // The line says what it is and how much it weighs.
        const QString line = completer->completionModel()->index(0, 0).data(Qt::DisplayRole).toString();
        QVERIFY2(line.contains(resf) && line.contains(QStringLiteral("organisation")) && line.contains(QStringLiteral("1 document")),
            qPrintable(line));

        // LITTORAL_GOTO_PNG_DIR: what it looks like, to look at.
        if (const QString dir = qEnvironmentVariable("LITTORAL_GOTO_PNG_DIR"); !dir.isEmpty()) {
            QVERIFY(goTo->grab().save(dir + QStringLiteral("/goto-dialog.png")));
            QVERIFY(completer->popup()->grab().save(dir + QStringLiteral("/goto-popup.png")));
        }

        QSignalSpy chosen(goTo, &ui::GoToCorrespondent::chosen);
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.first().first().toLongLong(), id);
        QVERIFY(!goTo->isVisible());
        // As a click on its node: the graph's picked node is it, and the list holds its documents.
        QCOMPARE(window.selection()->correspondent(), id);
        int involved = 0;
        for (const core::DocumentSummary& d : corpus.documents())
            involved += corpus.involves(d.id, id) ? 1 : 0;
        QCOMPARE(involved, 1);
        QCOMPARE(window.documentProxy()->rowCount(), involved);
        // Centred in the graph.
        ui::GraphView* graph = window.graph();
        const QPointF middle(graph->width() / 2.0, graph->height() / 2.0);
        QVERIFY((graph->nodePosition(id) - middle).manhattanLength() < 2.0);
        QCOMPARE(graph->nodeAt(middle), id);
        if (const QString dir = qEnvironmentVariable("LITTORAL_GOTO_PNG_DIR"); !dir.isEmpty()) {
            QTRY_VERIFY(!graph->isShowingPreview());
            QVERIFY(window.grab().save(dir + QStringLiteral("/goto-window.png")));
        }
    }

    // Another spelling and the Enter key: "itinerance" without a pick goes to the first suggestion;
    // a period in which it has no document gives way.
    void enter_choosesTheFirstSuggestion_andAPeriodWithoutItGivesWay()
    {
        ui::MainWindow window;
        QVERIFY(openSample(window, QStringLiteral("goto-enter.db")));
        const qint64 id = idOf(window.selection()->corpus(), QStringLiteral("Itinérance (Cherbourg)"));
        QVERIFY(id != 0);
        window.selection()->setPeriod(QDate(2019, 1, 1), QDate(2019, 12, 31));
        ui::GoToCorrespondent* goTo = window.goToCorrespondent();
        goTo->action()->trigger();
        QVERIFY(goTo->isVisible());
        QTest::keyClicks(goTo->field(), QStringLiteral("ITINER"));
        QCOMPARE(suggestions(goTo->completer()), QStringList { QStringLiteral("Itinérance (Cherbourg)") });
        goTo->completer()->popup()->hide();
        QTest::keyClick(goTo->field(), Qt::Key_Return);
        QCOMPARE(window.selection()->correspondent(), id);
        QVERIFY(!window.selection()->hasPeriod());
        QCOMPARE(window.documentProxy()->rowCount(), 1);
    }

    // Nothing matches: no popup, and Enter does nothing.
    void noMatch_offersNothing()
    {
        ui::MainWindow window;
        QVERIFY(openSample(window, QStringLiteral("goto-none.db")));
        ui::GoToCorrespondent* goTo = window.goToCorrespondent();
        goTo->action()->trigger();
        QTest::keyClicks(goTo->field(), QStringLiteral("zzzz"));
        QVERIFY(!goTo->completer()->popup()->isVisible());
        QTest::keyClick(goTo->field(), Qt::Key_Return);
        QCOMPARE(window.selection()->correspondent(), 0);
        QVERIFY(goTo->isVisible());
    }
};

QTEST_MAIN(TestGoToCorrespondent)
#include "tst_gotocorrespondent.moc"
