// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRect>
#include <QSize>

namespace littoral::ui {

// Where a top-level window goes on a screen: pure rectangles, so the rules are tested without one.

// `wanted` made to lie wholly inside `available`: shrunk to fit, then moved in by the least amount
// (a window saved on a larger or a second monitor comes back fully visible). An empty `wanted`
// gets defaultWindowRect().
QRect fitWindow(QRect wanted, QRect available);

// The first-run window: `preferred`, but never more than 90% of `available`, centred in it.
QRect defaultWindowRect(QRect available, QSize preferred = QSize(1440, 900));

} // namespace littoral::ui
