// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/dateanchors.h"

#include "core/extract/lexicon.h"

#include <QChar>
#include <QHash>
#include <QString>

#include <algorithm>
#include <array>

namespace littoral::core {
namespace {

using Family = DateAnchors::Family;

// The words the patterns spell, folded as PCRE2's caseless matching folds them (not their accents:
// "fevrier" and "février" are both spelt out). Every match of a family holds one of its words whole:
// each pattern reads them between non-letters.
const QHash<QString, Family>& words()
{
    static const QHash<QString, Family> table = [] {
        QHash<QString, Family> t;
        for (const char16_t* w : { u"janvier", u"février", u"fevrier", u"mars", u"avril", u"mai", u"juin", u"juillet",
                 u"août", u"aout", u"septembre", u"octobre", u"novembre", u"décembre", u"decembre", u"january",
                 u"february", u"march", u"april", u"may", u"june", u"july", u"august", u"september", u"october",
                 u"november", u"december", u"janv", u"févr", u"fevr", u"fév", u"fev", u"avr", u"juil", u"sept",
                 u"déc", u"dec", u"jan", u"feb", u"mar", u"apr", u"jun", u"jul", u"aug", u"sep", u"oct", u"nov" })
            t.insert(QString::fromUtf16(w), Family::Month);
        // "aujourd'hui" holds "aujourd", "l'année dernière" "année", "l'an dernier" "dernier" (not the
        // common "an"), "last year" "year".
        for (const char16_t* w : { u"aujourd", u"today", u"hier", u"yesterday", u"année", u"dernier", u"year" })
            t.insert(QString::fromUtf16(w), Family::Relative);
        return t;
    }();
    return table;
}

// The season pattern lets a determiner touch its season ("auprintemps"): such a word counts too.
constexpr std::array<std::u16string_view, 9> kSeasons = { u"printemps", u"été", u"automne", u"hiver", u"spring",
    u"summer", u"autumn", u"fall", u"winter" };
constexpr std::array<std::u16string_view, 12> kSeasonDeterminers = { u"", u"au", u"le", u"du", u"cet", u"ce",
    u"this", u"last", u"in", u"the", u"during", u"until" };
// No word of either family is longer than a determiner and a season.
constexpr qsizetype kLongestWord = 15;

bool isSeason(std::u16string_view word)
{
    for (std::u16string_view season : kSeasons) {
        if (word.size() < season.size() || word.substr(word.size() - season.size()) != season)
            continue;
        const std::u16string_view determiner = word.substr(0, word.size() - season.size());
        if (std::find(kSeasonDeterminers.begin(), kSeasonDeterminers.end(), determiner) != kSeasonDeterminers.end())
            return true;
    }
    return false;
}

} // namespace

DateAnchors::DateAnchors(QStringView text, qsizetype reach)
    : m_text(text)
    , m_reach(reach)
{
    const qsizetype n = text.size();
    const auto isLetter = [](char32_t c) {
        return c < 0x80 ? ((c | 0x20) >= u'a' && (c | 0x20) <= u'z') : QChar::isLetter(c);
    };
    const auto isDigit = [](char32_t c) { return c < 0x80 ? (c >= u'0' && c <= u'9') : QChar::isDigit(c); };

    m_read = n;
    char16_t folded[kLongestWord];
    qsizetype i = 0;
    while (i < n) {
        int units = 1;
        const char32_t c = codePointAt(text, i, &units);
        if (isDigit(c)) {
            qsizetype j = i + units;
            while (j < n && isDigit(codePointAt(text, j, &units)))
                j += units;
            add(Family::Digits, i, j);
            i = j;
        } else if (isLetter(c)) {
            qsizetype j = i;
            qsizetype length = 0;
            while (j < n) {
                const char32_t l = codePointAt(text, j, &units);
                if (!isLetter(l))
                    break;
                if (length < kLongestWord && units == 1)
                    folded[length] = char16_t(QChar::toCaseFolded(l));
                ++length;
                j += units;
            }
            // A word with a letter beyond the BMP is no word of these families.
            if (length <= kLongestWord && length == j - i) {
                const QString word = QString::fromRawData(reinterpret_cast<const QChar*>(folded), length);
                if (const auto it = words().constFind(word); it != words().cend())
                    add(*it, i, j);
                else if (isSeason({ folded, size_t(length) }))
                    add(Family::Season, i, j);
            }
            i = j;
        } else {
            i += units;
        }
    }
}

void DateAnchors::add(Family family, qsizetype wordBegin, qsizetype wordEnd)
{
    const char16_t* s = m_text.utf16();
    const qsizetype n = m_text.size();
    qsizetype begin = wordBegin;
    for (qsizetype counted = 0; begin > 0; --begin)
        if (!isPatternSpace(s[begin - 1]) && counted++ == m_reach)
            break;
    m_read += wordBegin - begin;
    while (isPatternSpace(s[begin]))
        ++begin;
    qsizetype end = wordEnd;
    for (qsizetype counted = 0; end < n; ++end)
        if (!isPatternSpace(s[end]) && counted++ == m_reach)
            break;
    m_read += end - wordEnd;
    // Not inside a word: a piece of one ("Mar" of "Marseille") could match where the whole does not.
    // The end of the last run of non-space characters walked through is kept: every anchor of a line of
    // megabytes without a space (digits in a data: URL) would otherwise walk it to its end again.
    if (end < n && !isPatternSpace(s[end]) && !isPatternSpace(s[end - 1])) {
        if (end < m_runFrom || end >= m_runEnd) {
            m_runFrom = end;
            m_runEnd = end;
            while (m_runEnd < n && !isPatternSpace(s[m_runEnd]))
                ++m_runEnd;
            m_read += m_runEnd - m_runFrom;
        }
        end = m_runEnd;
    }
    while (isPatternSpace(s[end - 1]))
        --end;
    QList<Stretch>& stretches = m_stretches[int(family)];
    // Words come in order and the walks are monotonic, so only the last stretch can meet this one.
    if (!stretches.isEmpty() && begin <= stretches.last().end)
        stretches.last().end = std::max(stretches.last().end, end);
    else
        stretches.append({ begin, end });
}

} // namespace littoral::core
