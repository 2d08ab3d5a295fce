// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/hostiletext.h"

#include <QStringList>

#include <algorithm>

namespace littoral::test::HostileText {
namespace {

const QStringList& months()
{
    static const QStringList names = { QStringLiteral("janvier"), QStringLiteral("février"), QStringLiteral("mars"),
        QStringLiteral("avril"), QStringLiteral("mai"), QStringLiteral("juin"), QStringLiteral("juillet"), QStringLiteral("août"),
        QStringLiteral("septembre"), QStringLiteral("octobre"), QStringLiteral("novembre"), QStringLiteral("décembre") };
    return names;
}

QString dateNumber(int i)
{
    return QStringLiteral("%1 %2 %3").arg(1 + i % 28).arg(months().at((i / 28) % 12)).arg(2014 + (i / 336) % 7);
}

// A surname made of syllables: a different one for every i, with nothing a rule could take for a word.
QString surname(int i)
{
    static const char* const syllables[] = { "ba", "ro", "li", "ten", "mar", "du", "vel", "sor", "ga", "pi", "lan", "che" };
    QString s;
    int n = i + 1;
    do {
        s += QLatin1String(syllables[n % 12]);
        n /= 12;
    } while (n > 0);
    s += QLatin1String("ard");
    s[0] = s.at(0).toUpper();
    return s;
}

QString firstName(int i)
{
    static const char* const names[] = { "Jean", "Claire", "Marc", "Sophie", "Paul", "Anne", "Luc", "Julie" };
    return QLatin1String(names[i % 8]);
}

} // namespace

QString datedSentences(int count, bool oneLine)
{
    QStringList sentences;
    for (int i = 0; i < count; ++i)
        sentences << QStringLiteral("Le %1, l'association a écrit au préfet au sujet du camp.").arg(dateNumber(i));
    return sentences.join(oneLine ? QLatin1Char(' ') : QLatin1Char('\n')) + QLatin1Char('\n');
}

QString repeatedDate(int count)
{
    return QStringLiteral("12 mars 2016 ").repeated(count) + QLatin1Char('\n');
}

QString datesWithoutSpaces(int count)
{
    return QStringLiteral("Calais, le 3 mars 2016\n\nMonsieur le Maire,\n\n") + QStringLiteral("2016/mai/").repeated(count)
        + QLatin1Char('\n');
}

QString longCopyList(int count)
{
    QStringList names;
    for (int i = 0; i < count; ++i)
        names << QStringLiteral("M. %1 %2").arg(firstName(i), surname(i));
    return QStringLiteral("Calais, le 3 mars 2016\n\nMonsieur le Préfet,\n\nNous vous écrivons au sujet du camp.\n\n"
                          "Je vous prie d'agréer, Monsieur le Préfet, l'expression de ma haute considération.\n\n"
                          "Claire MARTIN\nPrésidente de l'association\n\nCopie à : ")
        + names.join(QStringLiteral(", ")) + QStringLiteral(".\n");
}

QString longSignatureBlock(int count)
{
    QStringList lines;
    for (int i = 0; i < count; ++i)
        lines << QStringLiteral("%1 %2").arg(firstName(i), surname(i).toUpper());
    return QStringLiteral("Calais, le 3 mars 2016\n\nMonsieur le Préfet,\n\nNous vous écrivons au sujet du camp.\n\n"
                          "Veuillez agréer, Monsieur le Préfet, nos salutations.\n\n")
        + lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString manyAddressBlocks(int count)
{
    QStringList blocks;
    for (int i = 0; i < count; ++i)
        blocks << QStringLiteral("%1 %2\n%3 rue de la Paix\n62100 Calais").arg(firstName(i), surname(i)).arg(1 + i % 90);
    return blocks.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

QString sideBySideSignatures(int count)
{
    // Three signatories a line, far apart as a layout-preserving PDF converter sets them, functions below.
    QString block;
    const QString gap(24, QLatin1Char(' '));
    for (int i = 0; i < count; i += 3) {
        QStringList names, functions;
        for (int k = i; k < std::min(count, i + 3); ++k) {
            names << QStringLiteral("%1 %2").arg(firstName(k), surname(k).toUpper());
            functions << QStringLiteral("Présidente");
        }
        block += names.join(gap) + QLatin1Char('\n') + functions.join(gap) + QStringLiteral("\n\n");
    }
    return QStringLiteral("Calais, le 3 mars 2016\n\nMonsieur le Préfet,\n\nNous vous écrivons au sujet du camp.\n\n"
                          "Veuillez agréer, Monsieur le Préfet, nos salutations.\n\n")
        + block;
}

QString datesBeforeBlankRuns(int count, int blanks)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text += QStringLiteral("mars %1").arg(1 + i % 28) + QString(blanks, QLatin1Char(' ')) + QStringLiteral("fin ");
    return text + QLatin1Char('\n');
}

QString longCapitalWord(int count)
{
    return QStringLiteral("Le 3 mars 2016, ") + QString(count, QLatin1Char('A')) + QStringLiteral(", maire de Calais, a dit.\n");
}

QString manyNamedPersons(int count)
{
    QStringList sentences;
    for (int i = 0; i < count; ++i)
        sentences << QStringLiteral("%1 %2, maire de %3, a parlé.").arg(firstName(i), surname(i), surname(i + 1));
    return QStringLiteral("Communiqué de presse\n\n") + sentences.join(QLatin1Char(' ')) + QLatin1Char('\n');
}

} // namespace littoral::test::HostileText
