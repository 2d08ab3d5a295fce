// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/graphfigure.h"

#include "core/analysis/communitygroups.h"
#include "core/models/graphlayout.h"
#include "core/models/selectionstate.h"
#include "render/graphscene.h"

#include <QFontMetrics>
#include <QFontMetricsF>
#include <QPainter>

#include <optional>

namespace littoral::render {

Figure graphFigure(const core::SelectionState& selection, QSize size, const FigureStyle& style)
{
    const core::CorpusIndex& corpus = selection.corpus();
    // Every filter removes documents here (the widget only highlights the correspondent, the link and
    // the search): a figure shows what the selection holds, nothing else.
    // The graph's own filters (minimum documents, kinds, core, largest group) as the window applies them.
    const core::CorrespondenceGraph accepted = corpus.graph([&](qint64 id) {
        const qsizetype row = corpus.rowOf(id);
        return row >= 0 && selection.acceptsRow(row);
    });
    const core::Result<core::CorrespondenceGraph> filtered = selection.graphFilter().apply(accepted);
    const core::CorrespondenceGraph& graph = filtered ? *filtered : accepted;
    // Coloured by community as in the window; a failed analysis leaves the marks grey.
    const core::Result<core::CorrespondentNetwork> network = core::CorrespondentNetwork::compute(graph);
    // Laid out from nothing (no positions remembered from a widget): the same selection gives the same
    // picture. A large graph as its communities, as the window draws it fitted.
    std::optional<core::CommunityGroups> groups;
    if (network && graph.nodes.size() > core::CommunityGroups::GroupAbove)
        if (auto grouped = core::CommunityGroups::compute(graph, *network))
            groups = std::move(*grouped);
    const core::Result<core::GraphLayout> layout = groups ? core::Result<core::GraphLayout>(groups->layout()) : core::GraphLayout::compute(graph);

    GraphScene scene;
    scene.viewSize = size;
    scene.palette = style.palette;
    scene.font = style.font;
    scene.em = QFontMetricsF(style.font).height();

    Figure figure;
    figure.caption = GraphScene::caption(selection.filter().describe());
    figure.size = size;
    if (!layout || graph.nodes.isEmpty()) {
        const QString message = !layout ? layout.error().detail
            : selection.hasPeriod()     ? GraphScene::tr("No correspondents in this period")
                                        : GraphScene::tr("No correspondents to show");
        figure.paint = [scene, message](QPainter& p) { scene.paintMessage(p, message); };
        return figure;
    }
    scene.setGraph(graph, [&](qint64 id) { return layout->position(id); });
    if (network)
        scene.applyNetwork(*network, core::NetworkMeasure::Documents);
    if (groups)
        scene.setGroups(*groups);
    scene.fitToView(QFontMetrics(style.font).height());
    // What the window would show picked: the chosen correspondent in focus, the chosen link's letters.
    if (scene.rowOf.contains(selection.correspondent()))
        scene.focus = scene.picked = selection.correspondent();
    scene.edgeDocuments = selection.edgeDocuments();
    figure.paint = [scene](QPainter& p) { scene.paintFigure(p); };
    return figure;
}

} // namespace littoral::render
