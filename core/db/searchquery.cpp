// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/searchquery.h"

#include <QList>
#include <QStringList>

namespace littoral::core {
namespace {

struct Term {
    QString text;
    bool prefix = false;
};

bool hasWordCharacter(const QString& text)
{
    for (const QChar c : text)
        if (c.isLetterOrNumber())
            return true;
    return false;
}

QString quoted(const Term& term)
{
    QString text = term.text;
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"') + (term.prefix ? QStringLiteral(" *") : QString());
}

std::unexpected<Error> gentle(const QString& sentence)
{
    return fail(ErrorCode::InvalidInput, sentence);
}

} // namespace

Result<QString> SearchQuery::toFts5(const QString& userQuery)
{
    QList<QList<Term>> groups; // AND of OR-groups
    QList<Term> excluded;
    bool pendingOr = false;
    bool pendingNot = false;
    bool lastWasIncluded = false;

    if (userQuery.size() > kMaxLength)
        return gentle(QStringLiteral("The search is too long: %1 characters, at most %2. Keep the words that tell "
                                     "the documents apart.")
                          .arg(userQuery.size())
                          .arg(kMaxLength));
    int terms = 0;
    const auto tooMany = [&] {
        return gentle(QStringLiteral("The search has too many words: at most %1. Keep the words that tell the "
                                     "documents apart.")
                          .arg(kMaxTerms));
    };

    const QString s = userQuery;
    const qsizetype n = s.size();
    qsizetype i = 0;
    while (i < n) {
        if (s.at(i).isSpace()) {
            ++i;
            continue;
        }
        bool negated = pendingNot;
        pendingNot = false;
        if (s.at(i) == QLatin1Char('-')) {
            negated = true;
            ++i;
            if (i >= n || s.at(i).isSpace())
                return gentle(
                    QStringLiteral("A minus sign must be followed by the word to leave out, like -jungle."));
        }

        Term term;
        bool operatorWord = false;
        if (s.at(i) == QLatin1Char('"')) {
            const qsizetype close = s.indexOf(QLatin1Char('"'), i + 1);
            if (close < 0)
                return gentle(QStringLiteral("The search has an opening quote without a closing one; close "
                                             "it to look for an exact phrase."));
            term.text = s.mid(i + 1, close - i - 1);
            i = close + 1;
            while (i < n && s.at(i) == QLatin1Char('*')) {
                term.prefix = true;
                ++i;
            }
        } else {
            const qsizetype start = i;
            while (i < n && !s.at(i).isSpace() && s.at(i) != QLatin1Char('"'))
                ++i;
            QString word = s.mid(start, i - start);
            if (!negated
                && (word == QLatin1String("OR") || word == QLatin1String("AND")
                    || word == QLatin1String("NOT")))
                operatorWord = true;
            if (operatorWord) {
                if (word == QLatin1String("OR")) {
                    if (!lastWasIncluded || pendingOr)
                        return gentle(QStringLiteral("OR needs a word on each side, like: jungle OR camp."));
                    pendingOr = true;
                    lastWasIncluded = false;
                } else if (word == QLatin1String("NOT")) {
                    pendingNot = true;
                }
                continue; // AND is what words next to each other mean anyway
            }
            if (word.startsWith(QLatin1Char('*')))
                return gentle(QStringLiteral(
                    "A star can only end a word, to find the words that start with it, like migr*."));
            while (word.endsWith(QLatin1Char('*'))) {
                term.prefix = true;
                word.chop(1);
            }
            term.text = word;
        }

        if (!hasWordCharacter(term.text)) {
            if (term.prefix || negated || term.text.isEmpty())
                return gentle(QStringLiteral("Part of the search has no letters or digits to look for; "
                                             "remove the lone sign or quotes."));
            continue; // punctuation only ("—", "…"): nothing the index could match
        }

        if (++terms > kMaxTerms)
            return tooMany();
        if (negated) {
            if (pendingOr)
                return gentle(
                    QStringLiteral("OR needs a word to look for after it, not a word to leave out."));
            excluded.append(term);
            lastWasIncluded = false;
            continue;
        }
        if (pendingOr && !groups.isEmpty()) {
            groups.last().append(term);
            pendingOr = false;
        } else {
            groups.append({ term });
        }
        lastWasIncluded = true;
    }
    if (pendingOr)
        return gentle(QStringLiteral("OR needs a word on each side, like: jungle OR camp."));
    if (pendingNot)
        return gentle(
            QStringLiteral("NOT must be followed by the word to leave out, like: camp NOT jungle."));
    if (groups.isEmpty()) {
        if (!excluded.isEmpty())
            return gentle(
                QStringLiteral("Add at least one word to look for: a search cannot only leave words out."));
        return QString();
    }

    QStringList parts;
    for (const QList<Term>& group : groups) {
        QStringList alternatives;
        for (const Term& term : group)
            alternatives.append(quoted(term));
        parts.append(group.size() > 1
                ? QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')')
                : alternatives.first());
    }
    QString expression = parts.join(QStringLiteral(" AND "));
    if (!excluded.isEmpty()) {
        expression = QLatin1Char('(') + expression + QLatin1Char(')');
        for (const Term& term : excluded)
            expression += QStringLiteral(" NOT ") + quoted(term);
    }
    return expression;
}

bool SearchQuery::hasPrefixTerm(const QString& expression)
{
    return expression.contains(QLatin1String("\" *")); // how quoted() writes a prefix term
}

bool SearchQuery::isOnePhrase(const QString& expression)
{
    if (!expression.startsWith(QLatin1Char('"')))
        return false;
    for (qsizetype i = 1; i < expression.size(); ++i) {
        if (expression.at(i) != QLatin1Char('"'))
            continue;
        if (i + 1 < expression.size() && expression.at(i + 1) == QLatin1Char('"')) {
            ++i; // a quote inside the phrase, doubled by quoted()
            continue;
        }
        const QStringView rest = QStringView(expression).sliced(i + 1);
        return rest.isEmpty() || rest == QLatin1String(" *");
    }
    return false;
}

} // namespace littoral::core
