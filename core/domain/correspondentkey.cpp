// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/correspondentkey.h"

#include "core/domain/institutions.h"

#include <QStringList>

#include <algorithm>
#include <array>

namespace littoral::core {

namespace {

// What folding one character gives: the letters and digits to put, ' ' for a break between words.
// U+0080–U+024F are looked up: French texts have an accented letter every twenty characters, and
// normalising each as a string of its own was most of the time folding took. NFKD works character by
// character but for reordering marks; every character of that range is a starter, and folding drops
// the marks or breaks on them, so a table per character gives what normalising the run gave.
constexpr char16_t kFirstNonAscii = 0x80;
constexpr char16_t kLastTabled = 0x24F;

// The folded text as it is built: letters and digits, one space between words, none at the start.
struct FoldedText {
    QString out;
    bool pendingSpace = false;

    void put(QChar c)
    {
        if (pendingSpace && !out.isEmpty())
            out += QLatin1Char(' ');
        pendingSpace = false;
        out += c;
    }
    void putDecomposed(QStringView piece)
    {
        for (const QChar d : piece.toString().normalized(QString::NormalizationForm_KD)) {
            if (d.category() == QChar::Mark_NonSpacing)
                continue;
            if (d.isLetterOrNumber())
                put(d.toCaseFolded());
            else
                pendingSpace = true;
        }
    }
};

// Each character's entry is what putDecomposed() does with it, in order: a letter or digit
// to put, or ' ' for a break (several in a row are one).
const std::array<QString, kLastTabled - kFirstNonAscii + 1>& latinFolds()
{
    static const auto table = [] {
        std::array<QString, kLastTabled - kFirstNonAscii + 1> t;
        for (char16_t c = kFirstNonAscii; c <= kLastTabled; ++c)
            for (const QChar d : QString(QChar(c)).normalized(QString::NormalizationForm_KD))
                if (d.category() != QChar::Mark_NonSpacing)
                    t[c - kFirstNonAscii] += d.isLetterOrNumber() ? d.toCaseFolded() : QChar(u' ');
        return t;
    }();
    return table;
}

} // namespace

QString foldForMatching(const QString& text)
{
    // Compatibility decomposition never reorders across an ASCII character (it has combining class 0
    // and no decomposition), so ASCII is folded directly, Latin letters through latinFolds(), and only
    // the runs of other characters between them go through QString::normalized(): the result is that of
    // normalising the whole text, at a fraction of the cost for the mostly-Latin texts of the corpus.
    const auto* src = reinterpret_cast<const char16_t*>(text.utf16());
    const qsizetype n = text.size();
    const auto& latin = latinFolds();
    FoldedText folded;
    folded.out.reserve(n);
    qsizetype i = 0;
    while (i < n) {
        const char16_t c = src[i];
        if (c < kFirstNonAscii) {
            if (c >= u'a' && c <= u'z')
                folded.put(QChar(c));
            else if (c >= u'A' && c <= u'Z')
                folded.put(QChar(char16_t(c - u'A' + u'a')));
            else if (c >= u'0' && c <= u'9')
                folded.put(QChar(c));
            else
                folded.pendingSpace = true;
            ++i;
            continue;
        }
        if (c <= kLastTabled) {
            for (const QChar e : latin[c - kFirstNonAscii]) {
                if (e == QLatin1Char(' '))
                    folded.pendingSpace = true;
                else
                    folded.put(e);
            }
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < n && src[end] > kLastTabled)
            ++end;
        folded.putDecomposed(QStringView(src + i, end - i));
        i = end;
    }
    return folded.out;
}

QString correspondentKey(CorrespondentKind kind, const QString& name, bool institutions)
{
    static const QStringList courtesy = { QStringLiteral("m"), QStringLiteral("mme"), QStringLiteral("mr"),
        QStringLiteral("mrs"), QStringLiteral("ms"), QStringLiteral("dr"), QStringLiteral("me"),
        QStringLiteral("monsieur"), QStringLiteral("madame"), QStringLiteral("mlle"), QStringLiteral("pr"),
        QStringLiteral("prof"), QStringLiteral("sir") };
    static const QStringList articles = { QStringLiteral("la"), QStringLiteral("le"), QStringLiteral("les"),
        QStringLiteral("l"), QStringLiteral("the") };
    QStringList tokens = foldForMatching(name).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (kind == CorrespondentKind::Person) {
        while (tokens.size() > 1 && courtesy.contains(tokens.first()))
            tokens.removeFirst();
        std::sort(tokens.begin(), tokens.end()); // "Dupont Jean" == "Jean Dupont"
        return QStringLiteral("p:") + tokens.join(QLatin1Char(' '));
    }
    while (tokens.size() > 1 && articles.contains(tokens.first()))
        tokens.removeFirst();
    const QString folded = tokens.join(QLatin1Char(' '));
    if (institutions)
        if (const QString canonical = Institutions::shared().canonicalFolded(folded); !canonical.isEmpty())
            return QStringLiteral("o:") + canonical;
    return QStringLiteral("o:") + folded;
}

QString spellingKey(const QString& name)
{
    return QLatin1Char('=') + name;
}

bool isSpellingKey(const QString& key)
{
    return key.startsWith(QLatin1Char('='));
}

} // namespace littoral::core
