// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/export/exportinput.h"
#include "core/result.h"

#include <QDate>
#include <QList>

namespace littoral::core {

// The sender → recipient (or copy) graph of the chosen documents, as GEXF and GraphML write it: the
// window's graph (CorpusIndex::graph) with the dates of each edge's letters. Any thread.
struct ExportGraph {
    struct Span {
        QDate first; // first and last day a letter's date can mean
        QDate last;
    };
    CorrespondenceGraph graph;
    QList<QList<PartialDate>> edgeDates; // per edge, the dates of its dated letters, in corpus order
    QList<int> edgeUndated;              // per edge, how many of its letters have no date
    int documents = 0;

    // Honours the input's progress (Cancelled).
    [[nodiscard]] static Result<ExportGraph> build(const ExportInput& input);

    // One span per distinct letter date, sorted, overlapping ones joined: Gephi refuses overlapping
    // intervals on one edge (a letter of "2016-03" and one of 2016-03-02 are one span, March 2016).
    static QList<Span> spans(const QList<PartialDate>& dates);
    // Text that XML 1.0 can carry: control characters other than tab and line ends are dropped
    // (QXmlStreamWriter writes them as they are, which no reader accepts).
    static QString xmlText(const QString& text);
};

} // namespace littoral::core
