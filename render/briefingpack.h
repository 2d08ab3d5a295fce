// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/corpusindex.h"
#include "core/models/documentfilter.h"
#include "core/result.h"
#include "render/figure.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace littoral::core {
class SelectionState;
}

namespace littoral::render {

// Everything a briefing pack says, gathered where the selection lives (the GUI thread, or the CLI's
// main thread): the documents, the filter, the figures already recorded (so the pack itself can be
// written on any thread). A plain value.
struct BriefingInput {
    std::shared_ptr<const core::CorpusIndex> corpus;
    QList<qsizetype> rows; // rows of corpus->documents() the selection accepts, in corpus order
    core::DocumentFilter filter;
    QString title;
    // Documents quoted in "Extracts", by id; none given: the first document of each month.
    std::optional<QList<qint64>> extracts;
    QString databasePath; // read for the extracts' texts, on the writing thread
    Figure timeline;      // recorded vector pictures (see BriefingPack::fromSelection)
    Figure graph;
    QDate madeOn; // "made on"; null: today
};

// The briefing pack: one document from a selection — title, filters in words, key figures, the
// timeline and graph figures drawn by their painters, the table of documents and chosen extracts —
// written as PDF (A4, 300 dpi, fonts embedded, "page N of M", figures as vectors) or ODT (figures as
// PNG images at 2×). write() runs on any thread; fromSelection() on the selection's thread.
class BriefingPack final {
    Q_DECLARE_TR_FUNCTIONS(littoral::render::BriefingPack)
public:
    enum class Format { Pdf, Odt };

    // The selection's documents, filter and figures (recorded into pictures here: the painters may
    // use Qt Charts, which belongs to the GUI thread). `title` empty: defaultTitle().
    static BriefingInput fromSelection(const core::SelectionState& selection, const QString& databasePath,
        const QString& title = {});
    // "Briefing — March 2016 – 2017" (the period in words), "Briefing — All documents".
    static QString defaultTitle(const core::DocumentFilter& filter);
    // The first dated document of each month among `rows` (undated documents are never chosen).
    static QList<qint64> defaultExtracts(const core::CorpusIndex& corpus, const QList<qsizetype>& rows);
    // The figure's drawing recorded as vector commands (QPicture) on the thread that makes it, played
    // back at the figure's logical size on any painter and thread (Qt Charts belongs to the GUI thread).
    static Figure recorded(const Figure& figure);
    // By the file name's suffix: .odt is ODT, anything else PDF.
    static Format formatFor(const QString& path);

    // Writes the pack to `path` atomically (QSaveFile: a failure or a cancel leaves no file there).
    // `progress(done, total)` returning false cancels (ErrorCode::Cancelled).
    [[nodiscard]] static core::Result<void> write(const BriefingInput& input, const QString& path, Format format,
        const std::function<bool(int done, int total)>& progress = {});
};

} // namespace littoral::render
