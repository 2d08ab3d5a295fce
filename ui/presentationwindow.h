// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/story.h"

#include <QWidget>

namespace littoral::ui {

class MainWindow;

// The presentation's window: the projector theme, the step's views side by side (or one alone), the
// reader's facts when a document is the step's subject, and the caption in large type. Its own
// SelectionState on the main window's corpus. Right / Space / PageDown: next step; Left / PageUp: back;
// Home / End: the ends; Esc: leave. GUI thread.
class PresentationWindow final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresentationWindow)
public:
    PresentationWindow(MainWindow* main, core::Story story, QWidget* parent = nullptr);
    ~PresentationWindow() override;

    const core::Story& story() const { return m_story; }
    int currentStep() const { return m_step; }
    // Goes to a step (clamped), animating the timeline's period and the graph's highlight.
    void goToStep(int step);

signals:
    void stepChanged(int step);
    void leaveRequested();

private:
    MainWindow* m_main;
    core::Story m_story;
    int m_step = -1;
};

} // namespace littoral::ui
