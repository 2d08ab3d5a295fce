// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/correspondentkey.h"

#include <QStringList>

#include <algorithm>

namespace littoral::core {

QString foldForMatching(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            if (pendingSpace && !out.isEmpty())
                out += QLatin1Char(' ');
            pendingSpace = false;
            out += c.toCaseFolded();
        } else {
            pendingSpace = true;
        }
    }
    return out;
}

QString correspondentKey(CorrespondentKind kind, const QString& name)
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
    return QStringLiteral("o:") + tokens.join(QLatin1Char(' '));
}

} // namespace littoral::core
