// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chronologycontroller.h"

#include "core/models/selectionstate.h"
#include "core/session/corpussession.h"
#include "ui/mainwindow.h"
#include "ui/timelineview.h"

namespace littoral::ui {

ChronologyController::ChronologyController(MainWindow* window)
    : QObject(window)
    , m_window(window)
    , m_index(std::make_shared<core::ChronologyIndex>())
{
    connect(window, &MainWindow::corpusLoaded, this, &ChronologyController::reload);
    connect(window, &MainWindow::corpusRefreshed, this, &ChronologyController::reload);
}

ChronologyController::~ChronologyController() = default;

void ChronologyController::reload()
{
    // PLACEHOLDER (chronology-view part): off the GUI thread, wired to the session's chronologyChanged.
    QList<core::ChronologyEvent> events;
    if (core::CorpusSession* session = m_window->session())
        if (auto read = session->chronology())
            events = *read;
    m_index = std::make_shared<core::ChronologyIndex>(
        core::ChronologyIndex::build(std::move(events), m_window->selection()->corpusPointer().get()));
    m_window->timeline()->setChronology(m_index);
    Q_EMIT indexChanged();
}

} // namespace littoral::ui
