// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/corpusindex.h"
#include "core/result.h"

#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QSet>

namespace littoral::core {

// Where each correspondent of a CorrespondenceGraph sits, inside box(): igraph Fruchterman–Reingold,
// each connected component laid out on its own and packed, or — when previous positions are given —
// relaxed from them, so a period change moves known nodes little and new ones settle near their
// neighbours. Deterministic for the same input. Pure value; compute() is safe on any thread.
class GraphLayout final {
public:
    static constexpr double BoxSize = 1000.0;
    static QRectF box() { return { 0.0, 0.0, BoxSize, BoxSize }; }

    // `previous` (box coordinates) seeds the nodes it knows; `pinned` nodes among them stay put
    // relative to the others.
    [[nodiscard]] static Result<GraphLayout> compute(const CorrespondenceGraph& graph,
        const QHash<qint64, QPointF>& previous = {}, const QSet<qint64>& pinned = {});

    // Positions worked out elsewhere (an ego network's rings), as a layout.
    static GraphLayout fromPositions(QHash<qint64, QPointF> positions);

    const QHash<qint64, QPointF>& positions() const { return m_positions; }
    QPointF position(qint64 id) const { return m_positions.value(id); }
    bool contains(qint64 id) const { return m_positions.contains(id); }
    qsizetype size() const { return m_positions.size(); }
    bool isEmpty() const { return m_positions.isEmpty(); }

private:
    QHash<qint64, QPointF> m_positions;
};

} // namespace littoral::core
