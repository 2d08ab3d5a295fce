// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/chronologyindex.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QModelIndex;

namespace littoral::core {
class CorpusSession;
}

namespace littoral::ui {

class ChronologyDialog;
class MainWindow;

// The window's chronology: reads it from the session (bundled + the corpus's edits), links it to the
// corpus's mentioned events (ChronologyIndex, built off the GUI thread) and hands it to the timeline,
// the reader and the presentation; File ▸ Chronology… edits it through the session (undoable).
// GUI thread.
class ChronologyController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChronologyController)
public:
    explicit ChronologyController(MainWindow* window);
    ~ChronologyController() override;

    // The current chronology (never null; empty before a corpus is open).
    std::shared_ptr<const core::ChronologyIndex> index() const { return m_index; }
    // Reads the chronology again and relinks it (after a corpus is loaded or refreshed, or an edit).
    void reload();

    // Whether a build is under way (its result, unless a newer reload comes first, becomes index()).
    bool isBuilding() const { return m_watcher.isRunning(); }
    // How many built indexes were taken (a stale one dropped is not counted): lets tests count rebuilds.
    int builds() const { return m_builds; }
    // File ▸ Chronology…: the dialog, at the event `id` when one is given.
    QAction* dialogAction() const { return m_dialogAction; }
    ChronologyDialog* openDialog(const QString& id = {});
    ChronologyDialog* dialog() const;

signals:
    void indexChanged();

private:
    void onBuilt();
    void followSession(core::CorpusSession* session);
    void activateFact(const QModelIndex& index);

    MainWindow* m_window;
    std::shared_ptr<const core::ChronologyIndex> m_index;
    QFutureWatcher<core::ChronologyIndex> m_watcher;
    quint64 m_requested = 0; // reloads asked for
    quint64 m_running = 0; // the reload the watcher's build answers
    bool m_pending = false; // a reload came while a build ran: start again when it ends
    int m_builds = 0;
    QPointer<core::CorpusSession> m_session;
    QAction* m_dialogAction = nullptr;
    QPointer<ChronologyDialog> m_dialog;
};

} // namespace littoral::ui
