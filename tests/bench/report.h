// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace littoral::bench {

// Turns the phases' raw results into tables: one per size, then the summary with targets and growth.
// results: { "sizes": { "1000": {...}, ... }, "graph": {...} }.
QString sizeTable(const QJsonObject& results, int size);
// Markdown summary (metric, each size, target, met?, growth); also adds "summary" rows to results.
QString summaryTable(QJsonObject& results, const QList<int>& sizes);
// Markdown table of the hostile phase: each input's time on one line, broken into lines, and the ratio.
QString hostileTable(const QJsonObject& hostile);
// Markdown table of the OCR phase: OcrEngine and the tesseract command line on the same pages, the ratio.
QString ocrTable(const QJsonObject& ocr);
// Markdown table of the PDF import phase: pages per second, pdftotext's, their ratio, the window's stall.
QString pdfImportTable(const QJsonObject& pdf);

} // namespace littoral::bench
