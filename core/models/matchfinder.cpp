// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/matchfinder.h"

#include "core/domain/correspondentkey.h"

#include <QRegularExpression>

#include <algorithm>

namespace littoral::core {
namespace {

// The text folded one character at a time, with where each folded character came from.
struct FoldedText {
    QString text;
    QList<qsizetype> origin; // origin[i] = offset in the original text of folded character i
};

FoldedText fold(const QString& text)
{
    FoldedText out;
    out.text.reserve(text.size());
    out.origin.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() < 0x80) {
            out.text += c.toLower();
            out.origin.append(i);
            continue;
        }
        for (const QChar d : QString(c).normalized(QString::NormalizationForm_KD)) {
            if (d.category() == QChar::Mark_NonSpacing)
                continue;
            out.text += d.toCaseFolded();
            out.origin.append(i);
        }
    }
    return out;
}

bool isWordChar(QChar c) { return c.isLetterOrNumber(); }

} // namespace

QStringList MatchFinder::terms(const QString& query)
{
    static const QRegularExpression token(QStringLiteral(R"RE("([^"]*)"|(\S+))RE"));
    QStringList out;
    auto it = token.globalMatch(query);
    while (it.hasNext()) {
        const auto m = it.next();
        QString term = m.captured(1).isNull() ? m.captured(2) : m.captured(1);
        if (m.captured(1).isNull()) {
            if (term == QLatin1String("OR") || term == QLatin1String("AND") || term == QLatin1String("NOT") || term.startsWith(QLatin1Char('-')))
                continue;
            term.remove(QLatin1Char('(')).remove(QLatin1Char(')')).remove(QLatin1Char('"'));
        }
        term = term.simplified();
        if (!term.isEmpty() && term != QLatin1String("*"))
            out.append(term);
    }
    return out;
}

QList<MatchFinder::Match> MatchFinder::find(const QString& text, const QStringList& terms)
{
    QList<Match> matches;
    if (terms.isEmpty())
        return matches;
    const FoldedText folded = fold(text);
    for (QString term : terms) {
        const bool prefix = term.endsWith(QLatin1Char('*'));
        if (prefix)
            term.chop(1);
        // Punctuation inside a phrase ("l'État") matches any run of non-word characters.
        const QStringList words = foldForMatching(term).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.isEmpty())
            continue;
        QStringList escaped;
        for (const QString& w : words)
            escaped.append(QRegularExpression::escape(w));
        const QRegularExpression re(QStringLiteral("(?<![\\p{L}\\p{N}])") + escaped.join(QStringLiteral("[^\\p{L}\\p{N}]+"))
                + (prefix ? QString() : QStringLiteral("(?![\\p{L}\\p{N}])")),
            QRegularExpression::UseUnicodePropertiesOption);
        auto it = re.globalMatch(folded.text);
        while (it.hasNext()) {
            const auto m = it.next();
            const qsizetype start = folded.origin.at(m.capturedStart());
            qsizetype end = folded.origin.at(m.capturedEnd() - 1) + 1;
            // A prefix match covers the rest of the word, as the index matched the whole word.
            while (prefix && end < text.size() && isWordChar(text.at(end)))
                ++end;
            matches.append({ start, end - start });
        }
    }
    std::sort(matches.begin(), matches.end(), [](const Match& a, const Match& b) { return a.offset < b.offset; });
    return matches;
}

} // namespace littoral::core
