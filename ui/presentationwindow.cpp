// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/presentationwindow.h"

#include "ui/mainwindow.h"

namespace littoral::ui {

// PLACEHOLDER (presentation part).
PresentationWindow::PresentationWindow(MainWindow* main, core::Story story, QWidget* parent)
    : QWidget(parent)
    , m_main(main)
    , m_story(std::move(story))
{
}

PresentationWindow::~PresentationWindow() = default;

void PresentationWindow::goToStep(int step)
{
    m_step = std::clamp(step, 0, int(m_story.steps.size()) - 1);
    Q_EMIT stepChanged(m_step);
}

} // namespace littoral::ui
