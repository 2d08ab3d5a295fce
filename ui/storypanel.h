// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/story.h"

#include <QDockWidget>

namespace littoral::ui {

class MainWindow;

// View ▸ Stories: the corpus's stories and their steps, beside the views. "Add current view as step",
// drag to reorder, edit a caption, delete, present from a step, export / import a story as JSON, print
// it as a handout. Every edit goes through the session (one undoable change). GUI thread.
class StoryPanel final : public QDockWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoryPanel)
public:
    explicit StoryPanel(MainWindow* window);
    ~StoryPanel() override;

    // The story the panel shows (empty id: none).
    core::Story currentStory() const;

private:
    MainWindow* m_window;
};

} // namespace littoral::ui
