// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/personname.h"

#include "core/domain/correspondentkey.h"
#include "core/extract/lexicon.h"

#include <QRegularExpression>
#include <QStringList>

namespace littoral::core {
namespace {

bool isAllCaps(const QString& token)
{
    bool letters = false;
    for (const QChar c : token) {
        if (c.isLower())
            return false;
        letters = letters || c.isLetter();
    }
    return letters;
}

bool isCapitalized(const QString& token)
{
    return !token.isEmpty() && token.at(0).isUpper();
}

} // namespace

QString PersonName::recapitalize(const QString& token)
{
    if (!isAllCaps(token) || token.size() < 2)
        return token;
    QString out = token.toLower();
    bool startOfPart = true;
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (startOfPart && out.at(i).isLetter()) {
            out[i] = out.at(i).toUpper();
            startOfPart = false;
        } else if (out.at(i) == QLatin1Char('-') || out.at(i) == QLatin1Char('\'') || out.at(i) == QChar(0x2019)) {
            startOfPart = true;
        }
    }
    return out;
}

std::optional<PersonName> PersonName::parse(const QString& raw)
{
    const Lexicon& lex = Lexicon::instance();
    QString s = raw.simplified();
    // Trailing punctuation of a signature line ("Camille BLANC,").
    while (!s.isEmpty() && (s.back() == QLatin1Char(',') || s.back() == QLatin1Char('.') || s.back() == QLatin1Char(':')
               || s.back() == QLatin1Char(';')))
        s.chop(1);
    // Post-nominal letters: "The Rt Hon Jane Smith MP", "John Brown QC".
    static const QRegularExpression postNominals(QStringLiteral(R"((?:,?\s+(?:MP|MEP|QC|KC|OBE|MBE|CBE|DBE|KBE|JP))+$)"));
    s.remove(postNominals);
    PersonName result;
    const auto courtesy = lex.leadingCourtesy().match(s);
    if (courtesy.hasMatch() && courtesy.capturedLength() > 0) {
        result.hadCourtesyTitle = true;
        s = s.mid(courtesy.capturedEnd()).trimmed();
    }
    if (s.isEmpty() || s.size() > 48)
        return std::nullopt;
    for (const QChar c : s)
        if (c.isDigit() || c == QLatin1Char('@') || c == QLatin1Char('&') || c == QLatin1Char('(') || c == QLatin1Char('/')
            || c == QLatin1Char(':') || c == QLatin1Char(','))
            return std::nullopt;
    if (lex.organizationWord().match(s).hasMatch() || lex.leadingFunction().match(s).hasMatch())
        return std::nullopt;

    const QStringList tokens = s.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // "DU PAS-DE-CALAIS", "de Calais": a name does not start with a particle.
    if (!tokens.isEmpty() && lex.isNameParticle(tokens.first()))
        return std::nullopt;
    int nameTokens = 0;
    for (const QString& t : tokens) {
        if (lex.isNameParticle(t) && nameTokens > 0)
            continue;
        if (!isCapitalized(t) || (t.size() < 2 && !t.endsWith(QLatin1Char('.'))))
            return std::nullopt;
        ++nameTokens;
    }
    if (nameTokens < 2 || nameTokens > 4)
        return std::nullopt;

    // Surname-first in capitals ("BOUCHART Natacha"): move the capitalised surname to the end.
    QStringList ordered = tokens;
    if (ordered.size() >= 2 && isAllCaps(ordered.first()) && !isAllCaps(ordered.last())) {
        qsizetype split = 0;
        while (split < ordered.size() && isAllCaps(ordered.at(split)))
            ++split;
        if (split < ordered.size())
            ordered = ordered.mid(split) + ordered.mid(0, split);
    }
    for (QString& t : ordered)
        t = lex.isNameParticle(t) && isAllCaps(t) ? t.toLower() : recapitalize(t);
    result.name = ordered.join(QLatin1Char(' '));
    result.knownFirstName = lex.isFirstName(foldForMatching(ordered.first()));
    return result;
}

} // namespace littoral::core
