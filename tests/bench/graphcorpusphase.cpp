// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchutil.h"
#include "phases.h"

#include "core/db/database.h"
#include "core/models/corpusindex.h"
#include "core/models/graphlayout.h"

#include <QElapsedTimer>
#include <QJsonObject>

namespace littoral::bench {

int runGraphCorpus(const QString& database)
{
    auto db = core::Database::openExisting(database);
    if (!db) {
        note(QStringLiteral("cannot open %1: %2").arg(database, db.error().detail));
        return 2;
    }
    auto index = core::CorpusIndex::load(*db);
    if (!index) {
        note(QStringLiteral("cannot load %1: %2").arg(database, index.error().detail));
        return 2;
    }
    const auto corpus = std::make_shared<const core::CorpusIndex>(std::move(*index));
    const core::CorrespondenceGraph graph = corpus->graph();
    note(QStringLiteral("corpus graph: %1 nodes, %2 edges").arg(graph.nodes.size()).arg(graph.edges.size()));

    // A fresh layout, then one seeded from it (what a period change or a reopen does).
    QList<double> fresh, seeded;
    core::Result<core::GraphLayout> last = core::GraphLayout();
    for (int i = 0; i < 2; ++i) {
        QElapsedTimer timer;
        timer.start();
        last = core::GraphLayout::compute(graph);
        fresh << elapsedMs(timer);
    }
    if (!last) {
        note(QStringLiteral("layout failed: %1").arg(last.error().detail));
        return 3;
    }
    for (int i = 0; i < 2; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto again = core::GraphLayout::compute(graph, last->positions());
        seeded << elapsedMs(timer);
    }
    QJsonObject result { { QStringLiteral("nodes"), int(graph.nodes.size()) },
        { QStringLiteral("edges"), int(graph.edges.size()) }, { QStringLiteral("layout_ms"), median(fresh) },
        { QStringLiteral("seeded_layout_ms"), median(seeded) } };
    result.insert(QStringLiteral("view"), measureGraphView(corpus, 6));
    result.insert(QStringLiteral("peak_rss_mb"), peakRssMb());
    emitResult(result);
    return 0;
}

} // namespace littoral::bench
