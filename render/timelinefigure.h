// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/figure.h"
#include "render/timelinelayout.h"

namespace littoral::core {
class ChronologyIndex;
class SelectionState;
} // namespace littoral::core

namespace littoral::render {

// The timeline of a selection as a figure, without a widget (the briefing pack, littoral-cli): the
// documents the selection accepts, over the selection's period (else the corpus's), at `size`.
// The widget's own picture is TimelineView::figure(), which keeps its zoom and lanes. Any thread that
// owns the selection.
Figure timelineFigure(const core::SelectionState& selection, QSize size, const FigureStyle& style);
// What timelineFigure() paints, laid out: where each mark is, for a caller that places things on it.
TimelineLayout timelineFigureLayout(
    const core::SelectionState& selection, QSize size, const FigureStyle& style);
// The same with the chronology's lane (null or empty: none), as the window shows it.
Figure timelineFigure(const core::SelectionState& selection, QSize size, const FigureStyle& style,
    std::shared_ptr<const core::ChronologyIndex> chronology);
TimelineLayout timelineFigureLayout(const core::SelectionState& selection, QSize size, const FigureStyle& style,
    const core::ChronologyIndex* chronology);

} // namespace littoral::render
