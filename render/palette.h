// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/document.h"

#include <QColor>

namespace littoral::render {

// The Okabe–Ito colours, distinguishable with every common colour-vision deficiency, used the same
// way in every view: one colour per document type (timeline, list) and one per role (reader, graph).
class Palette final {
public:
    static QColor type(core::DocumentType type);
    static QColor role(core::ParticipantRole role);
    static QColor date();       // the document date in the reader
    static QColor event();      // mentioned events (reader, timeline markers)
    // The chronology's events (their own timeline lane): a dark slate, a light one on a dark base.
    static QColor chronology(bool onDark = false);
    static QColor searchHit();  // search matches in every view
    static QColor selection();  // the current document / correspondent
    // Communities of the graph: six Okabe–Ito hues (its yellow is the search's, its black the
    // selection's), in order; none beyond.
    static constexpr int communityCount() { return 6; }
    static QColor community(int index);
};

} // namespace littoral::render
