// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/document.h"
#include "core/formats/readresult.h"

#include <QList>
#include <QString>

namespace littoral::core {

// The reader's pages joined into one text, and the words found again in the text cleaning made of it.
// Cleaning re-joins hyphenated words, drops running headers and page numbers and normalises: a word's
// offset in the joined text is not its offset in the stored one. Words are matched in order, each
// searched a short way past the previous one (a dropped header's words get offset -1); a hyphenated
// half matches the start of its re-joined word. Pure, any thread.
class WordAligner final {
public:
    // The pages' texts joined with form feeds (TextCleaner's page break), before cleaning.
    static QString joinedText(const QList<ReadPage>& pages);
    // Each page with its words' offsets into `cleanedText` and its own range there.
    static QList<DocumentPage> align(const QList<ReadPage>& pages, const QString& cleanedText);
    // The mean confidence of the words overlapping [offset, offset + length) of the stored text; 1 when
    // no page word covers it (a PDF's text layer, an e-mail).
    static double confidenceOver(const QList<DocumentPage>& pages, qsizetype offset, qsizetype length);
};

} // namespace littoral::core
