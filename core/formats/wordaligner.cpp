// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/wordaligner.h"

#include "core/extract/textcleaner.h"

#include <algorithm>

namespace littoral::core {
namespace {

// How far past the previous word a word is searched for: far enough to step over a dropped page number
// or a short line the cleaning removed, near enough that a lost word cannot pull the alignment pages ahead.
constexpr qsizetype kLookAhead = 80;

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

bool isHyphen(QChar c)
{
    return c == u'-' || c == u'\u00AD' || c == u'\u2010' || c == u'\u2011';
}

// The word as the cleaning writes it (NFC, ligatures expanded, invisible characters gone).
QString normalised(QStringView word)
{
    return TextCleaner::clean(word.toString()).trimmed();
}

// Where `word` stands in `text` at or after `from` and within the look-ahead; a match must not start
// inside another word unless it continues the previous word (the second half of a hyphenated one).
qsizetype find(const QString& text, const QString& word, qsizetype from, bool continuesPrevious)
{
    const qsizetype limit = std::min(text.size(), from + kLookAhead + word.size());
    qsizetype at = from;
    while (at < limit) {
        at = text.indexOf(word, at);
        if (at < 0 || at + word.size() > limit)
            return -1;
        const bool startsWord = at == 0 || !isWordChar(text.at(at - 1)) || !isWordChar(word.front())
            || (continuesPrevious && at == from);
        if (startsWord)
            return at;
        ++at;
    }
    return -1;
}

} // namespace

QString WordAligner::joinedText(const QList<ReadPage>& pages)
{
    QString joined;
    qsizetype size = 0;
    for (const ReadPage& page : pages)
        size += page.text.size() + 1;
    joined.reserve(size);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0)
            joined.append(QLatin1Char('\f'));
        joined.append(pages.at(i).text);
    }
    return joined;
}

QList<DocumentPage> WordAligner::align(const QList<ReadPage>& pages, const QString& cleanedText)
{
    QList<DocumentPage> out;
    out.reserve(pages.size());
    qsizetype cursor = 0;
    bool previousWasHyphenated = false;
    QList<qsizetype> firstOffsets; // of each page's first aligned word; -1 when none
    for (qsizetype p = 0; p < pages.size(); ++p) {
        const ReadPage& read = pages.at(p);
        DocumentPage page;
        page.number = int(p + 1);
        page.size = read.size;
        page.ocr = read.ocr;
        page.words.reserve(read.words.size());
        qsizetype first = -1;
        for (const PageWord& source : read.words) {
            PageWord word = source;
            word.offset = -1;
            word.length = 0;
            const QStringView raw = source.offset >= 0 && source.offset + source.length <= read.text.size()
                ? QStringView(read.text).mid(source.offset, source.length)
                : QStringView();
            const QString form = normalised(raw);
            if (!form.isEmpty()) {
                qsizetype at = find(cleanedText, form, cursor, previousWasHyphenated);
                qsizetype length = form.size();
                const bool hyphenated = isHyphen(form.back()) && form.size() > 1;
                if (at < 0 && hyphenated) {
                    // "compré-" at a line's end: the cleaning joined it to its second half.
                    const QString half = form.chopped(1);
                    at = find(cleanedText, half, cursor, previousWasHyphenated);
                    length = half.size();
                }
                if (at >= 0) {
                    word.offset = qint32(at);
                    word.length = qint32(length);
                    cursor = at + length;
                    if (first < 0)
                        first = at;
                }
                previousWasHyphenated = at >= 0 && hyphenated;
            }
            page.words.append(word);
        }
        firstOffsets.append(first);
        out.append(page);
    }

    // The pages share the text out between them: each runs from its first word to the next page's
    // first word, so every offset of the text (blank lines, a dropped header) belongs to one page.
    qsizetype start = 0;
    for (qsizetype p = 0; p < out.size(); ++p) {
        out[p].textStart = qint32(start);
        qsizetype end = cleanedText.size();
        for (qsizetype q = p + 1; q < out.size(); ++q)
            if (firstOffsets.at(q) >= 0) {
                end = firstOffsets.at(q);
                break;
            }
        end = std::max(end, start);
        out[p].textEnd = qint32(end);
        start = end;
    }
    return out;
}

double WordAligner::confidenceOver(const QList<DocumentPage>& pages, qsizetype offset, qsizetype length)
{
    if (offset < 0)
        return 1.0;
    const qsizetype end = offset + std::max<qsizetype>(length, 1);
    double sum = 0.0;
    int count = 0;
    for (const DocumentPage& page : pages) {
        if (page.textEnd <= offset || page.textStart >= end)
            continue;
        for (const PageWord& word : page.words) {
            if (word.offset < 0 || word.offset >= end || word.offset + word.length <= offset)
                continue;
            sum += std::clamp(double(word.confidence), 0.0, 1.0);
            ++count;
        }
    }
    return count == 0 ? 1.0 : sum / count;
}

} // namespace littoral::core
