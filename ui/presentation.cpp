// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/presentation.h"

#include "ui/mainwindow.h"
#include "ui/presentationwindow.h"

namespace littoral::ui {

Presentation::Presentation(MainWindow* window)
    : QObject(window)
    , m_main(window)
{
}

Presentation::~Presentation() = default;

// PLACEHOLDER (presentation part).
void Presentation::present(const core::Story&, int, bool) { }
void Presentation::presentCurrentView(bool fullScreen) { present(core::Story { {}, {}, { m_main->currentViewAsStep() } }, 0, fullScreen); }
void Presentation::leave() { }

} // namespace littoral::ui
