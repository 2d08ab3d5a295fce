// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace littoral::ui {

// SIGTERM and SIGINT (a session ending, Ctrl+C in a terminal) close the window as Quit does, so the
// running import is cancelled and the process exits once its work has stopped. The handler only
// writes a byte to a socket the GUI thread watches; it then restores the default action, so a
// second signal ends the process at once. Call once, from the GUI thread.
void closeOnTerminationSignals(QWidget* window);

} // namespace littoral::ui
