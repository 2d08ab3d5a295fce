// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/corpusindex.h"
#include "core/result.h"

#include <QSet>

namespace littoral::core {

// What the graph's filters keep of a correspondence graph, applied in this order:
// 1. the kinds shown (persons, organisations or both): a link needs both its ends shown;
// 2. correspondents in at least minDocuments documents of the graph;
// 3. links carried by at least minLinkDocuments documents;
// 4. the k-core: correspondents linked (either way) to at least kCore others that stay, repeatedly;
// 5. the largest connected group (links taken both ways), when asked for.
// Pure value; apply() on any thread (igraph's global state is held under igraphMutex()).
struct GraphFilter {
    enum class Kinds { Both, Persons, Organisations };
    int minDocuments = 1;
    int minLinkDocuments = 1;
    Kinds kinds = Kinds::Both;
    int kCore = 0; // 0 and 1: no core asked for
    bool largestComponentOnly = false;

    // Whether it removes anything from some graph: the defaults keep everything.
    bool isActive() const;
    bool operator==(const GraphFilter&) const = default;

    [[nodiscard]] Result<CorrespondenceGraph> apply(const CorrespondenceGraph& graph) const;
    // The documents of a filtered graph's links: those the other views keep while the filter is active
    // (a document stays while at least one of its sender → recipient or copy links survives).
    static QSet<qint64> linkDocuments(const CorrespondenceGraph& graph);
};

} // namespace littoral::core
