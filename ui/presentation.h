// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/story.h"
#include "ui/presentationwindow.h"

#include <QObject>
#include <QPointer>

class QAction;

namespace littoral::ui {

class MainWindow;

// Presentation mode (F5, View ▸ Present): a story told full screen in the projector theme, in a window
// of its own over the main one, with its own selection, so that leaving (Esc) finds the main window
// exactly as it was. GUI thread.
class Presentation final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Presentation)
public:
    explicit Presentation(MainWindow* window);
    ~Presentation() override;

    // Presents `story` from `step` (clamped). `fullScreen` false: a window of the main window's size
    // (tests, --screenshot).
    void present(const core::Story& story, int step = 0, bool fullScreen = true);
    // F5 with no story chosen: the main window's current view as a one-step story.
    void presentCurrentView(bool fullScreen = true);
    void leave();
    bool isPresenting() const { return !m_window.isNull(); }
    // The presentation's window while presenting, else null.
    PresentationWindow* window() const { return m_window; }
    // View ▸ Present (F5): the story the stories panel shows, else the current view.
    QAction* action() const { return m_action; }
    // View ▸ Present from Current Step (Shift+F5), as in slide software: from the panel's selected step.
    QAction* fromStepAction() const { return m_fromStepAction; }
    // What F5 presents: the stories panel's story when it has steps (from its first step, or from the
    // panel's selected one with `fromCurrentStep`), else the current view.
    void presentFromWindow(bool fromCurrentStep = false);

signals:
    void started();
    void finished();

private:
    MainWindow* m_main;
    QPointer<PresentationWindow> m_window;
    QAction* m_action;
    QAction* m_fromStepAction;
};

} // namespace littoral::ui
