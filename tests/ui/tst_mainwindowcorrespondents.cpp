// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window follows a merge live: the Correspondents tab, the graph's edges and its layout, offscreen
// on the bundled samples.
#include "core/import/corpuslocation.h"
#include "core/import/importjob.h"
#include "core/models/corpusindex.h"
#include "core/models/correspondentsmodel.h"
#include "core/models/selectionstate.h"
#include "core/session/corpussession.h"
#include "ui/correspondentspane.h"
#include "ui/graphview.h"
#include "ui/mainwindow.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
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

class TestMainWindowCorrespondents final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    }

    void mergeFromTheGraph_movesTheEdges_keepsTheLayout_andUpdatesTheTab()
    {
        const QString db = m_dir.filePath(QStringLiteral("sample.db"));
        const auto imported = core::ImportJob(db, { core::CorpusLocation::sampleCorpus() }).runSynchronously();
        QVERIFY(imported && imported->imported == 5);
        ui::MainWindow window;
        window.resize(1200, 800);
        window.show();
        QSignalSpy loaded(&window, &ui::MainWindow::corpusLoaded);
        QVERIFY(window.openDatabase(db));
        QVERIFY(loaded.wait(30000));
        ui::GraphView* graph = window.graph();
        if (graph->isLayoutRunning()) {
            QSignalSpy laidOut(graph, &ui::GraphView::layoutFinished);
            QVERIFY(laidOut.wait(30000));
        }
        const core::CorpusIndex& corpus = window.selection()->corpus();
        const qint64 bouchart = idOf(corpus, QStringLiteral("Natacha Bouchart"));
        const qint64 caillaux = idOf(corpus, QStringLiteral("Nathanaël Caillaux"));
        const qint64 cazeneuve = idOf(corpus, QStringLiteral("Bernard Cazeneuve"));
        QVERIFY(bouchart && caillaux && cazeneuve);
        QVERIFY(!graph->hasEdge(cazeneuve, caillaux));
        const QPointF survivorAt = graph->nodePosition(cazeneuve);
        const QPointF otherAt = graph->nodePosition(caillaux);
        // The tab reads its table when shown (not while the Documents tab is in front).
        QCOMPARE(window.correspondentsPane()->model()->rowCount(), 0);
        emit graph->showInCorrespondentsRequested(bouchart);
        QVERIFY(window.correspondentsPane()->isVisible());
        const int rows = window.correspondentsPane()->model()->rowCount();
        QVERIFY(rows > 3);

        // As dropping Bouchart's node on Cazeneuve's and confirming does.
        QSignalSpy laidOut(graph, &ui::GraphView::layoutFinished);
        emit graph->mergeRequested({ bouchart }, cazeneuve);
        QVERIFY2(window.correspondentsPane()->lastError().isEmpty(), qPrintable(window.correspondentsPane()->lastError()));
        QVERIFY(laidOut.wait(30000));
        QVERIFY(graph->hasEdge(cazeneuve, caillaux));
        QVERIFY(graph->nodePosition(bouchart).isNull());
        QCOMPARE(graph->nodePosition(cazeneuve), survivorAt);
        QCOMPARE(graph->nodePosition(caillaux), otherAt);
        QCOMPARE(window.correspondentsPane()->model()->rowCount(), rows - 1);

        // Undone through the session (Edit ▸ Undo): Bouchart and her letter come back.
        QVERIFY(window.session()->undo());
        QVERIFY(laidOut.wait(30000));
        const qint64 back = idOf(window.selection()->corpus(), QStringLiteral("Natacha Bouchart"));
        QVERIFY(back != 0);
        QVERIFY(graph->hasEdge(back, caillaux));
        QVERIFY(!graph->hasEdge(cazeneuve, caillaux));
        QCOMPARE(graph->nodePosition(caillaux), otherAt);
        // The tab, read again when shown, from the graph's "Show in Correspondents".
        emit graph->showInCorrespondentsRequested(back);
        QVERIFY(window.correspondentsPane()->isVisible());
        QCOMPARE(window.correspondentsPane()->model()->rowCount(), rows);
        QCOMPARE(window.correspondentsPane()->selectedIds(), QList<qint64> { back });
    }
};

QTEST_MAIN(TestMainWindowCorrespondents)
#include "tst_mainwindowcorrespondents.moc"
