// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chronologycontroller.h"

#include "core/models/corpusindex.h"
#include "core/models/factsmodel.h"
#include "core/models/selectionstate.h"
#include "core/session/corpussession.h"
#include "core/workpool.h"
#include "ui/chronologydialog.h"
#include "ui/mainwindow.h"
#include "ui/retranslator.h"
#include "ui/timelineview.h"

#include <QAction>
#include <QTableView>
#include <QtConcurrent>

namespace littoral::ui {

ChronologyController::ChronologyController(MainWindow* window)
    : QObject(window)
    , m_window(window)
    , m_index(std::make_shared<core::ChronologyIndex>())
    , m_dialogAction(new QAction(this))
{
    connect(window, &MainWindow::corpusLoaded, this, &ChronologyController::reload);
    connect(window, &MainWindow::corpusRefreshed, this, &ChronologyController::reload);
    connect(&m_watcher, &QFutureWatcher<core::ChronologyIndex>::finished, this, &ChronologyController::onBuilt);
    auto* retranslator = new Retranslator(window);
    retranslator->add([this] {
        m_dialogAction->setText(tr("C&hronology…"));
        m_dialogAction->setStatusTip(tr("See, edit, load or save the chronology shown on the timeline"));
    });
    m_dialogAction->setEnabled(false);
    connect(m_dialogAction, &QAction::triggered, this, [this] { openDialog(); });
    if (TimelineView* timeline = window->timeline())
        connect(timeline, &TimelineView::chronologyEditRequested, this, [this](const QString& id) { openDialog(id); });
    // The reader's link: a mentioned event that matches a chronology event is shown on the timeline.
    if (QTableView* facts = window->factsTable()) {
        connect(facts, &QTableView::activated, this, &ChronologyController::activateFact);
        connect(facts, &QTableView::doubleClicked, this, &ChronologyController::activateFact);
    }
}

ChronologyController::~ChronologyController()
{
    // The build holds only values: let it finish on the pool, nobody waits for its result.
    m_watcher.disconnect(this);
}

void ChronologyController::followSession(core::CorpusSession* session)
{
    if (session == m_session)
        return;
    if (m_session)
        QObject::disconnect(m_session.data(), nullptr, this, nullptr);
    m_session = session;
    if (m_dialog)
        m_dialog->close(); // it edits the previous corpus's chronology (and deletes itself on close)
    if (session)
        connect(session, &core::CorpusSession::chronologyChanged, this, &ChronologyController::reload);
    m_dialogAction->setEnabled(session != nullptr);
}

void ChronologyController::reload()
{
    followSession(m_window->session());
    ++m_requested;
    if (m_watcher.isRunning()) {
        m_pending = true; // its result is stale: built again when it ends
        return;
    }
    m_pending = false;
    // Reading the corpus's layer is one small query; linking it to every mentioned event is the work.
    QList<core::ChronologyEvent> events;
    if (m_session)
        if (auto read = m_session->chronology())
            events = *read;
    std::shared_ptr<const core::CorpusIndex> corpus = m_window->selection()->corpusPointer();
    m_running = m_requested;
    m_watcher.setFuture(QtConcurrent::run(
        core::workPool(), [events, corpus] { return core::ChronologyIndex::build(events, corpus.get()); }));
}

void ChronologyController::onBuilt()
{
    if (m_pending || m_running != m_requested) {
        reload(); // a newer chronology or corpus: this one is dropped
        return;
    }
    if (!m_watcher.future().isValid() || m_watcher.future().isCanceled())
        return;
    m_index = std::make_shared<const core::ChronologyIndex>(m_watcher.result());
    ++m_builds;
    m_window->timeline()->setChronology(m_index);
    if (auto* facts = qobject_cast<core::FactsModel*>(m_window->factsTable()->model()))
        facts->setChronology(m_index);
    Q_EMIT indexChanged();
}

void ChronologyController::activateFact(const QModelIndex& index)
{
    const QString id = index.data(core::FactsModel::ChronologyEventRole).toString();
    if (id.isEmpty())
        return;
    m_window->timeline()->selectChronologyEvent(id);
}

ChronologyDialog* ChronologyController::dialog() const
{
    return m_dialog;
}

ChronologyDialog* ChronologyController::openDialog(const QString& id)
{
    if (!m_session)
        return nullptr;
    if (!m_dialog) {
        m_dialog = new ChronologyDialog(m_session, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    if (!id.isEmpty())
        m_dialog->selectEvent(id);
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

} // namespace littoral::ui
