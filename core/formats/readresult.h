// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/document.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace littoral::core {

// One page as the reader process read it: its text in reading order and every word's place in that
// text and on the page. The import joins the pages with form feeds, cleans the text and aligns the
// words to the cleaned text (WordAligner), which turns these into DocumentPages.
struct ReadPage {
    QSizeF size; // points
    bool ocr = false; // no text layer: read by OCR
    QString text; // reading order: lines separated by '\n', paragraphs (and columns) by a blank line
    QList<PageWord> words; // offset/length into `text` (not yet into a document's text)
    friend bool operator==(const ReadPage&, const ReadPage&) = default;
};

// A PDF's own metadata: never the document's date or sender (who made the file is not who wrote the
// letter), shown in the reader only.
struct PdfMetadata {
    QString title;
    QString author;
    QDateTime created; // invalid when none
    friend bool operator==(const PdfMetadata&, const PdfMetadata&) = default;
};

struct ReadResult {
    QList<ReadPage> pages;
    PdfMetadata metadata;
    friend bool operator==(const ReadResult&, const ReadResult&) = default;
};

} // namespace littoral::core
