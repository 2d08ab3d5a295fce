// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/personname.h"

#include "core/domain/correspondentkey.h"
#include "core/extract/lexicon.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <algorithm>

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

// Closed-class words and the commonest words of a letter's margins (none of them a surname): never part
// of a person's name, so that "Avec Mes Remerciements", "The Chief Executive" or "Merci D'avance" do not read as one.
bool isCommonWord(const QString& token)
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        const char* const list
            = "a à au aux avec chez dans en et par pour mes mon nos notre vos votre ses leur leurs "
              // Prepositions inside organisation names ("Médecins Sans Frontières", "Avocats sans frontières").
              "sans sur sous entre contre vers selon parmi without within "
              "cet cette ces les une un merci remerciements salutations respectueusement cordialement fait "
              "the and or of for from with my our your his her their its this that these those "
              // Words that head a document, never a name ("LETTRE OUVERTE", "LETTRE RECOMMANDÉE").
              "lettre letter ouverte open recommandée recommandé urgent confidentiel confidential communiqué "
              "thanks thank regards sincerely yours faithfully truly dear cher chère "
              "annexe annexes objet subject ref réf enclosure enclosures attachment copie copy "
              "rue avenue boulevard chemin impasse allée street road last next "
              // Months and days that are nobody's given name ("Last December, the Minister …").
              "january february march july september october november december "
              "février mars juillet août septembre octobre novembre décembre "
              "monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi samedi dimanche";
        for (const QString& w : QString::fromUtf8(list).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            set.insert(w);
        return set;
    }();
    QString folded = token.toLower();
    while (!folded.isEmpty() && !folded.back().isLetter())
        folded.chop(1);
    return words.contains(folded);
}

// "LDH", "CGT", "MSF": a word of three capitals or more without a vowel is an acronym, never a surname
// ("NG" is one).
bool isAcronym(const QString& token)
{
    if (token.size() < 3 || !isAllCaps(token))
        return false;
    static const QString vowels = QStringLiteral("AEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜŸ");
    return std::none_of(token.cbegin(), token.cend(), [](QChar c) { return vowels.contains(c); });
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
        if (!isCapitalized(t) || (t.size() < 2 && !t.endsWith(QLatin1Char('.'))) || isCommonWord(t) || isAcronym(t))
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
