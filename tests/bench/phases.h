// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <memory>

namespace littoral::core {
class CorpusIndex;
}

namespace littoral::bench {

// Each phase runs in a child process of its own (so its peak RSS is its own) and emits one result.
// Non-GUI phases run under a QCoreApplication, the others under a QApplication (offscreen).
int runImportFloor(const QString& corpus, const QString& database);
int runImportApp(const QString& corpus, const QString& database);
// Each extraction stage timed on one thread over the first `limit` files of a corpus.
int runExtractStages(const QString& corpus, int limit);
int runSearch(const QString& database);
int runView(const QString& database);
// Only the timeline, on the corpus of an imported database: no window, no graph layout.
int runTimeline(const QString& database);
int runGraph();
// The graph's analysis on a database's whole graph (CorrespondentNetwork against plain igraph calls), and
// its filters, an ego network and the organisation view.
int runAnalysis(const QString& database);
// The full-corpus graph of a database: fresh and seeded layout, then painting.
int runGraphCorpus(const QString& database);
int runGuiImport(const QString& corpus, const QString& workDir, double cancelAfterMs, double watchMs);
// The first `count` letters of a corpus written as text PDFs, imported whole against pdftotext on each file,
// then imported from the window under a heartbeat.
int runPdfImport(const QString& corpus, const QString& workDir, int count);
// The hostile folder: texts that make extraction slow (long lines), each timed on one line and broken into
// lines, in a child process stopped after capSeconds.
int runHostile(double capSeconds);
// One of them (variant "one-line" or "lines"): decode, clean and extract it once.
int runHostileOne(const QString& name, const QString& variant);
// OCR: `pages` pages of the sample corpus drawn at 300 dpi, read by OcrEngine and by the tesseract command line.
int runOcr(int pages);

// TimelineView on a corpus: painted fitted, repainted unchanged, zoomed and panned.
QJsonObject measureTimeline(const std::shared_ptr<const core::CorpusIndex>& corpus);
// The graph view on a corpus: layout wall time, the GUI's longest stall meanwhile, frames fitted, zoomed
// and dragged; `grouping` as GraphView::setGrouping (a large graph drawn as its communities).
QJsonObject measureGraphView(const std::shared_ptr<const core::CorpusIndex>& corpus, int frames, bool grouping = true);

} // namespace littoral::bench
