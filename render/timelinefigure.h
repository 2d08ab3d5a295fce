// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/figure.h"
#include "render/timelinelayout.h"

#include <QDate>

#include <memory>
#include <utility>

namespace littoral::core {
class ChronologyIndex;
class SelectionState;
} // namespace littoral::core

namespace littoral::render {

// The timeline of a selection as a figure, without a widget (the briefing pack, littoral-cli): the
// documents the selection accepts, over the selection's period (else the corpus's), at `size`.
// The widget's own picture is TimelineView::figure(), which keeps its zoom and lanes. Any thread that
// owns the selection.
// `days` [first, last], when both are valid, are the days shown (a story step's zoom) instead.
// `chronology` (null or empty: none) adds the chronology's lane, as the window shows it.
Figure timelineFigure(const core::SelectionState& selection, QSize size, const FigureStyle& style,
    std::pair<QDate, QDate> days = {}, std::shared_ptr<const core::ChronologyIndex> chronology = {});
// What timelineFigure() paints, laid out: where each mark is, for a caller that places things on it.
TimelineLayout timelineFigureLayout(const core::SelectionState& selection, QSize size, const FigureStyle& style,
    std::pair<QDate, QDate> days = {}, const core::ChronologyIndex* chronology = nullptr);

} // namespace littoral::render
