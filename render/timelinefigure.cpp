// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/timelinefigure.h"

#include "core/models/chronologyindex.h"
#include "core/models/selectionstate.h"
#include "core/models/timelinefit.h"
#include "render/timelinelayout.h"
#include "render/timelinepainter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace littoral::render {

TimelineLayout timelineFigureLayout(const core::SelectionState& selection, QSize size, const FigureStyle& style,
    std::pair<QDate, QDate> days, const core::ChronologyIndex* chronology)
{
    const core::CorpusIndex& corpus = selection.corpus();
    auto data = std::make_shared<TimelineData>();
    data->setCorpus(&corpus);
    data->setChronology(chronology, true);
    data->setLanes(TimelineData::Lanes::ByType, &corpus);
    data->setFilter(&selection);

    TimelineLayouter layouter;
    layouter.setFont(style.font);
    layouter.setSize(QSizeF(size));
    layouter.setData(data, true);
    // No controls in the header: the legend may run to the right margin.
    const double pad = std::round(QFontMetricsF(style.font).height() * 0.5);
    layouter.setControls(0.0, size.width() + pad);
    const TimelineGeometry& g = layouter.geometry();

    core::TimeScale scale;
    scale.setRange(g.plotLeft, g.plotRight);
    const auto [first, last] = data->span();
    scale.setMaxSpan(last > first ? (last - first) * 1.1 : 0.0);
    TimelineViewState view;
    view.hints = false;
    if (selection.hasPeriod()) {
        view.period = std::make_pair(selection.periodFrom(), selection.periodTo());
        scale.fit(selection.periodFrom(), selection.periodTo(), 0.02);
    } else {
        // The span the widget's Fit shows.
        QList<QDate> firstDays, lastDays;
        for (const TimelineData::DocInfo& d : std::as_const(data->docs)) {
            firstDays.append(core::TimeScale::toDate(d.start));
            lastDays.append(core::TimeScale::toDate(d.end - 1.0));
        }
        const core::TimelineFit::Period period
            = core::TimelineFit::defaultPeriod(std::move(firstDays), std::move(lastDays));
        scale.fit(period.from, period.to, 0.02);
    }
    if (days.first.isValid() && days.second.isValid() && days.first <= days.second)
        scale.fit(days.first, days.second, 0.0); // the days asked for, exactly (the period stays brushed)
    for (const core::DocumentType type : TimelineData::types)
        view.typeShown[std::size_t(type)] = selection.isTypeShown(type);

    // The band shows every filter but the period, as in the window.
    DensityBins density;
    density.setDocuments(
        corpus.documents(), [&selection](qsizetype row) { return selection.acceptsRowIgnoringPeriod(row); });
    density.setBucket(DensityBins::bucketFor(scale));

    return layouter.layout(scale, view, density);
}

Figure timelineFigure(const core::SelectionState& selection, QSize size, const FigureStyle& style,
    std::pair<QDate, QDate> days, std::shared_ptr<const core::ChronologyIndex> chronology)
{
    Figure figure;
    figure.caption = QCoreApplication::translate("littoral::ui::TimelineView", "Timeline · %1")
                         .arg(selection.filter().describe());
    figure.size = size;
    figure.paint = [layout = timelineFigureLayout(selection, size, style, days, chronology.get()), style](QPainter& p) {
        TimelinePainter painter(style);
        painter.paint(p, layout);
    };
    return figure;
}

} // namespace littoral::render
