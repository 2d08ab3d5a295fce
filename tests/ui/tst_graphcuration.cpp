// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Curating correspondents from the graph (a node's context menu, dropping a node on another) and the
// graph keeping its layout when a merge changes the corpus, offscreen on the bundled samples.
#include "support/samplecorpus.h"
#include "core/models/corpusindex.h"
#include "core/models/selectionstate.h"
#include "core/session/corpussession.h"
#include "ui/graphview.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace littoral;
using core::CorrespondentKind;
using core::SelectionState;
using ui::GraphView;

namespace {

QString errorOf(const auto& result)
{
    return result ? QString() : result.error().detail;
}

qint64 idOf(const core::CorpusIndex& corpus, const QString& name)
{
    for (const core::CorrespondentSummary& c : corpus.correspondents())
        if (c.name == name)
            return c.id;
    return 0;
}

// Runs `answer` on the next popup menu or modal dialog once it is up.
void whenShown(std::function<void(QWidget*)> answer)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, answer] {
        QWidget* shown = QApplication::activePopupWidget();
        if (!shown)
            shown = QApplication::activeModalWidget();
        if (!shown)
            return;
        timer->stop();
        timer->deleteLater();
        answer(shown);
    });
    timer->start();
}

QAction* actionNamed(QMenu* menu, const QString& text)
{
    for (QAction* action : menu->actions()) {
        if (action->text().remove(QLatin1Char('&')) == text)
            return action;
        if (action->menu())
            if (QAction* inner = actionNamed(action->menu(), text))
                return inner;
    }
    return nullptr;
}

bool waitForLayout(GraphView& view)
{
    if (view.isLayoutRunning()) {
        QSignalSpy finished(&view, &GraphView::layoutFinished);
        if (!finished.wait(60000))
            return false;
    }
    return true;
}

} // namespace

class TestGraphCuration final : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::CorpusSession> m_session;
    std::shared_ptr<const core::CorpusIndex> m_corpus;
    std::unique_ptr<SelectionState> m_selection;
    std::unique_ptr<GraphView> m_view;

    QPointF at(const QString& name) const { return m_view->nodePosition(idOf(*m_corpus, name)); }

    void drag(QPoint from, QPoint to)
    {
        QTest::mousePress(m_view.get(), Qt::LeftButton, {}, from);
        QTest::mouseMove(m_view.get(), from + (to - from) / 2);
        QTest::mouseMove(m_view.get(), to);
        QTest::mouseRelease(m_view.get(), Qt::LeftButton, {}, to);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        const QString path = m_dir->filePath(QStringLiteral("sample.db"));
        auto sample = littoral::test::loadSampleCorpus(path);
        QVERIFY2(sample, qPrintable(errorOf(sample)));
        m_corpus = *sample;
        auto session = core::CorpusSession::open(path);
        QVERIFY2(session, qPrintable(errorOf(session)));
        m_session = std::move(*session);
        m_selection = std::make_unique<SelectionState>();
        m_view = std::make_unique<GraphView>(m_selection.get());
        m_view->resize(900, 700);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_selection->setCorpus(m_corpus);
        QVERIFY(waitForLayout(*m_view));
        QVERIFY(!at(QStringLiteral("Natacha Bouchart")).isNull());
    }
    void cleanup()
    {
        m_view.reset();
        m_selection.reset();
        m_session.reset();
        m_corpus.reset();
        m_dir.reset();
    }

    void contextMenu_offersTheCurationOfThatNode_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addRow("show_in_correspondents") << QStringLiteral("Show in Correspondents");
        QTest::addRow("kind_organisation") << QStringLiteral("Organisation");
    }
    void contextMenu_offersTheCurationOfThatNode()
    {
        QFETCH(QString, action);
        const qint64 bouchart = idOf(*m_corpus, QStringLiteral("Natacha Bouchart"));
        QSignalSpy show(m_view.get(), &GraphView::showInCorrespondentsRequested);
        QSignalSpy kind(m_view.get(), &GraphView::kindChangeRequested);
        QStringList offered;
        whenShown([&](QWidget* popup) {
            auto* menu = qobject_cast<QMenu*>(popup);
            QVERIFY(menu);
            for (QAction* a : menu->actions())
                offered.append(a->text().remove(QLatin1Char('&')));
            QAction* chosen = actionNamed(menu, action);
            QVERIFY(chosen);
            chosen->trigger();
            menu->close();
        });
        const QPoint position = m_view->nodePosition(bouchart).toPoint();
        QContextMenuEvent event(QContextMenuEvent::Mouse, position, m_view->mapToGlobal(position));
        QApplication::sendEvent(m_view.get(), &event);
        QVERIFY2(offered.contains(QStringLiteral("Merge into…")), qPrintable(offered.join(QLatin1Char('|'))));
        QVERIFY(offered.contains(QStringLiteral("Rename…")));
        if (action == QStringLiteral("Organisation")) {
            QCOMPARE(kind.size(), 1);
            QCOMPARE(kind.first().at(0).toLongLong(), bouchart);
            QCOMPARE(kind.first().at(1).value<CorrespondentKind>(), CorrespondentKind::Organization);
        } else {
            QCOMPARE(show.size(), 1);
            QCOMPARE(show.first().at(0).toLongLong(), bouchart);
        }
    }

    void droppingANodeOnAnother_asksFirst_thenRequestsTheMerge_data()
    {
        QTest::addColumn<bool>("confirmed");
        QTest::addRow("confirmed") << true;
        QTest::addRow("declined") << false;
    }
    void droppingANodeOnAnother_asksFirst_thenRequestsTheMerge()
    {
        QFETCH(bool, confirmed);
        const qint64 bouchart = idOf(*m_corpus, QStringLiteral("Natacha Bouchart"));
        const qint64 caillaux = idOf(*m_corpus, QStringLiteral("Nathanaël Caillaux"));
        const QPointF origin = m_view->nodePosition(bouchart);
        QSignalSpy merge(m_view.get(), &GraphView::mergeRequested);
        QString question;
        whenShown([&](QWidget* dialog) {
            auto* box = qobject_cast<QMessageBox*>(dialog);
            QVERIFY(box);
            question = box->text();
            for (QAbstractButton* button : box->buttons())
                if ((box->buttonRole(button) == QMessageBox::AcceptRole) == confirmed) {
                    button->click();
                    return;
                }
        });
        drag(origin.toPoint(), m_view->nodePosition(caillaux).toPoint());
        // The question names both, the dropped one first.
        QVERIFY2(question.indexOf(QStringLiteral("Natacha Bouchart")) >= 0, qPrintable(question));
        QVERIFY(question.indexOf(QStringLiteral("Natacha Bouchart")) < question.indexOf(QStringLiteral("Nathanaël Caillaux")));
        if (confirmed) {
            QCOMPARE(merge.size(), 1);
            QCOMPARE(merge.first().at(0).value<QList<qint64>>(), QList<qint64> { bouchart });
            QCOMPARE(merge.first().at(1).toLongLong(), caillaux);
        } else {
            QCOMPARE(merge.size(), 0);
            QVERIFY((m_view->nodePosition(bouchart) - origin).manhattanLength() < 1.0); // back where it was
        }
    }

    void merge_movesTheEdges_andKeepsEveryOtherNodeInPlace()
    {
        const qint64 bouchart = idOf(*m_corpus, QStringLiteral("Natacha Bouchart"));
        const qint64 caillaux = idOf(*m_corpus, QStringLiteral("Nathanaël Caillaux"));
        const qint64 cazeneuve = idOf(*m_corpus, QStringLiteral("Bernard Cazeneuve"));
        QVERIFY(bouchart && caillaux && cazeneuve);
        QVERIFY(m_view->hasEdge(bouchart, caillaux));
        QVERIFY(!m_view->hasEdge(cazeneuve, caillaux));
        QHash<qint64, QPointF> before;
        for (const core::CorrespondentSummary& c : m_corpus->correspondents())
            if (const QPointF p = m_view->nodePosition(c.id); !p.isNull())
                before.insert(c.id, p);
        const int nodes = m_view->nodeCount();

        // As the window does on the session's notification: the graph told first, then the corpus read again.
        connect(m_session.get(), &core::CorpusSession::correspondentsChanged, m_view.get(), &GraphView::keepLayoutOnNextCorpus);
        auto change = m_session->merge({ bouchart }, cazeneuve);
        QVERIFY2(change, qPrintable(errorOf(change)));
        auto index = core::CorpusIndex::load(m_session->database());
        QVERIFY2(index, qPrintable(errorOf(index)));
        QSignalSpy finished(m_view.get(), &GraphView::layoutFinished);
        m_selection->setCorpus(std::make_shared<const core::CorpusIndex>(std::move(*index)));
        QVERIFY(finished.wait(60000));

        QCOMPARE(m_view->nodeCount(), nodes - 1);
        QVERIFY(m_view->nodePosition(bouchart).isNull());
        QVERIFY(m_view->hasEdge(cazeneuve, caillaux)); // Bouchart's letters are the survivor's now
        double moved = 0.0;
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            if (it.key() != bouchart)
                moved = std::max(moved, (m_view->nodePosition(it.key()) - it.value()).manhattanLength());
        QVERIFY2(moved < 1.0, qPrintable(QString::number(moved)));
    }
};

QTEST_MAIN(TestGraphCuration)
#include "tst_graphcuration.moc"
