// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/chronologyindex.h"

#include <QObject>

#include <memory>

namespace littoral::ui {

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

signals:
    void indexChanged();

private:
    MainWindow* m_window;
    std::shared_ptr<const core::ChronologyIndex> m_index;
};

} // namespace littoral::ui
