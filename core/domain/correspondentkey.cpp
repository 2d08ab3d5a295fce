// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/correspondentkey.h"

#include "core/domain/institutions.h"

#include <QStringList>

#include <algorithm>

namespace littoral::core {

QString foldForMatching(const QString& text)
{
    // Compatibility decomposition never reorders across an ASCII character (it has combining class 0
    // and no decomposition), so ASCII is folded directly and only the runs of other characters between
    // them go through QString::normalized(): the result is that of normalising the whole text, at a
    // fraction of the cost for the mostly-ASCII texts of the corpus.
    const auto* src = reinterpret_cast<const char16_t*>(text.utf16());
    const qsizetype n = text.size();
    QString out;
    out.reserve(n);
    bool pendingSpace = false;
    const auto put = [&](QChar c) {
        if (pendingSpace && !out.isEmpty())
            out += QLatin1Char(' ');
        pendingSpace = false;
        out += c;
    };
    qsizetype i = 0;
    while (i < n) {
        const char16_t c = src[i];
        if (c < 0x80) {
            if (c >= u'a' && c <= u'z')
                put(QChar(c));
            else if (c >= u'A' && c <= u'Z')
                put(QChar(char16_t(c - u'A' + u'a')));
            else if (c >= u'0' && c <= u'9')
                put(QChar(c));
            else
                pendingSpace = true;
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < n && src[end] >= 0x80)
            ++end;
        const QString decomposed = QStringView(src + i, end - i).toString().normalized(QString::NormalizationForm_KD);
        for (const QChar d : decomposed) {
            if (d.category() == QChar::Mark_NonSpacing)
                continue;
            if (d.isLetterOrNumber())
                put(d.toCaseFolded());
            else
                pendingSpace = true;
        }
        i = end;
    }
    return out;
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
