// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/exportgraph.h"

#include "core/export/exportdocuments.h"

#include <QSet>

#include <algorithm>

namespace littoral::core {

Result<ExportGraph> ExportGraph::build(const ExportInput& input)
{
    if (!input.corpus)
        return fail(ErrorCode::InvalidInput, QStringLiteral("export: no corpus"));
    const CorpusIndex& corpus = *input.corpus;
    QSet<qint64> chosen;
    chosen.reserve(input.rows.size());
    int done = 0;
    for (const qsizetype row : input.rows) {
        // The index holds all a graph needs: progress is asked per document all the same, so Cancel answers.
        if (done % 256 == 0 && !input.keepGoing(done))
            return std::unexpected(ExportDocuments::cancelled());
        chosen.insert(corpus.documents().at(row).id);
        ++done;
    }
    if (!input.keepGoing(done))
        return std::unexpected(ExportDocuments::cancelled());
    ExportGraph result;
    result.documents = int(chosen.size());
    result.graph = corpus.graph([&chosen](qint64 id) { return chosen.contains(id); });
    result.edgeDates.reserve(result.graph.edges.size());
    result.edgeUndated.reserve(result.graph.edges.size());
    for (const GraphEdge& edge : std::as_const(result.graph.edges)) {
        QList<PartialDate> dates;
        int undated = 0;
        for (const qint64 id : edge.documents) {
            const DocumentSummary* document = corpus.document(id);
            if (document && document->date.isValid())
                dates.append(document->date);
            else
                ++undated;
        }
        result.edgeDates.append(dates);
        result.edgeUndated.append(undated);
    }
    return result;
}

QList<ExportGraph::Span> ExportGraph::spans(const QList<PartialDate>& dates)
{
    QList<Span> all;
    for (const PartialDate& date : dates)
        if (date.isValid())
            all.append({ date.firstDay(), date.lastDay() });
    std::sort(all.begin(), all.end(), [](const Span& a, const Span& b) { return a.first != b.first ? a.first < b.first : a.last < b.last; });
    QList<Span> joined;
    for (const Span& span : std::as_const(all)) {
        if (!joined.isEmpty() && span.first <= joined.last().last)
            joined.last().last = std::max(joined.last().last, span.last);
        else
            joined.append(span);
    }
    return joined;
}

QString ExportGraph::xmlText(const QString& text)
{
    QString clean;
    clean.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            clean += c;
            clean += text.at(++i);
            continue;
        }
        if (c.isSurrogate() || c == QChar(0xFFFE) || c == QChar(0xFFFF))
            continue;
        if (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r')
            continue;
        clean += c;
    }
    return clean;
}

} // namespace littoral::core
