// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/storypanel.h"

#include "ui/mainwindow.h"

namespace littoral::ui {

StoryPanel::StoryPanel(MainWindow* window)
    : QDockWidget(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("storyPanel"));
}

StoryPanel::~StoryPanel() = default;

core::Story StoryPanel::currentStory() const { return {}; } // PLACEHOLDER (stories part)

} // namespace littoral::ui
