// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/eventextractor.h"

#include "core/domain/correspondentkey.h"
#include "core/extract/plausibledate.h"

#include <QRegularExpression>
#include <QSet>

namespace littoral::core {
namespace {

constexpr auto kOptions = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
constexpr int kMaxLabelWords = 9;

QString lastWords(const QString& s, int count)
{
    const QStringList words = s.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return words.mid(std::max<qsizetype>(0, words.size() - count)).join(QLatin1Char(' '));
}

QString firstWords(const QString& s, int count)
{
    return s.split(QLatin1Char(' '), Qt::SkipEmptyParts).mid(0, count).join(QLatin1Char(' '));
}

QString tidy(QString label)
{
    static const QRegularExpression trailing(QStringLiteral(
        R"((?:\s+(?:le|la|les|l['’]|du|de|des|d['’]|en|in|on|of|the|since|depuis|dès|publié|publiée|published|issued|held|au|à|a|at|lors|du mois|le mois|mois|during|pendant|until|jusqu['’]au|jusqu['’]en|from|dated|daté|datée|sur|pour|vers|durant|dans|par|by|for|to|over))+\s*$)"), kOptions);
    static const QRegularExpression leading(QStringLiteral(
        R"(^(?:(?:and|et|mais|but|ainsi|also|aussi|that|que|qui|which|when|lorsque|quand|dont|where|où|a|has|have|had|avec|with|lors|de|du|of|the|to|à|en|in|at|le|la|l['’]|les)\s+(?![«"“]))+)"), kOptions);
    label = label.simplified();
    label.remove(trailing);
    label.remove(leading);
    label = label.trimmed();
    while (!label.isEmpty() && QStringLiteral(",;:–-«»\"'(").contains(label.back()))
        label.chop(1);
    // An opening quote stays when its closing one is in the label ("la « jungle » des Pachtounes").
    while (!label.isEmpty() && QStringLiteral(",;:–-«»\"')").contains(label.front())
           && !(label.front() == QChar(0x00AB) && label.contains(QChar(0x00BB))))
        label.remove(0, 1);
    label = label.trimmed();
    if (!label.isEmpty())
        label[0] = label.at(0).toUpper();
    return label;
}

// What the date is the date of: the words before it in its clause, or the noun phrase after it.
QString labelFor(const QString& text, const DateMention& m)
{
    // Quotes and brackets sit inside a clause ("la « jungle » des Pachtounes", "centres (CAOs)"): not boundaries.
    static const QRegularExpression boundary(QStringLiteral(R"([.;:!?\[\]]|\n\s*\n|,\s)"));
    static const QRegularExpression connective(QStringLiteral(
        R"(\b(?:since|depuis|after|après|before|avant|during|pendant|when|lorsque|that|qui|que|dont|with|avec|by|par)\s+(?=\S+\s+\S+))"), kOptions);
    const qsizetype windowStart = std::max<qsizetype>(0, m.start - 160);
    QString before = text.mid(windowStart, m.start - windowStart);
    const qsizetype cut = before.lastIndexOf(boundary);
    if (cut >= 0)
        before = before.mid(cut + 1);
    // Keep the phrase after the last connective ("… governments since the closure of the Sangatte camp").
    qsizetype lastConnective = -1;
    auto it = connective.globalMatch(before);
    while (it.hasNext())
        lastConnective = it.next().capturedEnd();
    // …unless that leaves too little to say what happened ("avec les associations" keeps its subject).
    if (lastConnective > 0 && tidy(before.mid(lastConnective)).split(QLatin1Char(' '), Qt::SkipEmptyParts).size() >= 2)
        before = before.mid(lastConnective);
    QString label = tidy(lastWords(before.simplified(), kMaxLabelWords));

    QString after = text.mid(m.start + m.length, 160);
    static const QRegularExpression leadingComma(QStringLiteral(R"(^[\s,]+)"));
    after.remove(leadingComma);
    const qsizetype stop = after.indexOf(boundary);
    if (stop >= 0)
        after = after.left(stop);
    const QString afterLabel = tidy(firstWords(after.simplified(), kMaxLabelWords));
    static const QRegularExpression eventAfter(QStringLiteral(R"(^\s*(?:,\s*)?(?:avec|with|lors|during|:|–|-)\s)"), kOptions);
    const auto words = [](const QString& s) { return s.split(QLatin1Char(' '), Qt::SkipEmptyParts).size(); };
    const bool preferAfter = m.form == DateMention::Form::Relative || eventAfter.match(after).hasMatch() || words(label) < 2;
    if (preferAfter && words(afterLabel) >= 2)
        return afterLabel;
    if (words(label) >= 2 || words(afterLabel) == 0)
        return label.isEmpty() ? afterLabel : label;
    // Neither side says enough on its own ("En septembre 2009, …" then a long clause cut short): both together.
    return tidy(label + QLatin1Char(' ') + afterLabel);
}

} // namespace

QList<MentionedEvent> EventExtractor::extract(const QString& text, const QList<DateMention>& mentions,
    qsizetype documentDateMention, const PartialDate& documentDate, QDate today)
{
    ExtractionBudget unlimited;
    return extract(text, mentions, documentDateMention, documentDate, unlimited, today);
}

QList<MentionedEvent> EventExtractor::extract(const QString& text, const QList<DateMention>& mentions,
    qsizetype documentDateMention, const PartialDate& documentDate, ExtractionBudget& budget, QDate today)
{
    static const QRegularExpression yearContext(QStringLiteral(R"((?:en|in|depuis|since|de|of|année|year|fin|début|end|early|late|mi-)\s*$)"), kOptions);
    QList<MentionedEvent> events;
    QSet<QString> seen;
    for (qsizetype k = 0; k < mentions.size() && !budget.spent(); ++k) {
        if (k == documentDateMention)
            continue;
        const DateMention& m = mentions.at(k);
        budget.examine(12 + 40 + 16 + 2 * 160); // the windows read around a date
        // A lone number that looks like a year is an event only after "en", "in", "since", "depuis" ….
        if (m.form == DateMention::Form::Year && !yearContext.match(text.mid(std::max<qsizetype>(0, m.start - 12), std::min<qsizetype>(12, m.start))).hasMatch())
            continue;
        // The page's own publication or print stamp is not an event the document speaks of.
        // A stamp opens its line ("Published on 03/01/2020"); "le communiqué publié le 14 juin" is an event.
        static const QRegularExpression stamp(QStringLiteral(R"((?:^|\n)[\s*_]*(?:last\s+)?(?:published|publié|publiée|mis en ligne|mis à jour|mise à jour|updated|imprimé|printed|fax)\W{0,3}(?:\s*(?:le|on|:))?\s*$)"), kOptions);
        if (stamp.match(text.mid(std::max<qsizetype>(0, m.start - 40), std::min<qsizetype>(40, m.start))).hasMatch())
            continue;
        // A date followed by a time ("27/10/15 17:33 FAX …") is a fax or print stamp, not an event.
        static const QRegularExpression timeAfter(QStringLiteral(R"(^\s*(?:à|at|-|,)?\s*\d{1,2}\s*[:hH]\s*\d{2}\b)"), kOptions);
        if (timeAfter.match(text.mid(m.start + m.length, 16)).hasMatch())
            continue;
        const PartialDate date = DateParser::resolve(m, documentDate);
        if (!PlausibleDate::isPlausibleEvent(date, today))
            continue;
        MentionedEvent e;
        e.date = date;
        e.evidence = { text.mid(m.start, m.length), m.start };
        e.label = labelFor(text, m);
        if (e.label.isEmpty())
            e.label = e.evidence.text.simplified();
        const QString key = date.toEdtf() + QLatin1Char('|') + foldForMatching(e.label);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        events.append(e);
    }
    return events;
}

} // namespace littoral::core
