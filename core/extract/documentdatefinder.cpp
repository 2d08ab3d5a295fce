// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/documentdatefinder.h"

#include "core/extract/lexicon.h"
#include "core/extract/personname.h"

#include <QRegularExpression>

#include <cmath>

namespace littoral::core {
namespace {

constexpr auto kOptions = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

// Words just before a date that make it something other than the date of writing.
bool isTrapped(const QString& before)
{
    static const QRegularExpression trap(QStringLiteral(
        R"((?:published|publié|publiée|posted|mis en ligne|mis à jour|mise à jour|updated|last modified|modifié|imprimé|imprimée|printed|print|fax|télécopie|envoyé|sent|reçu|received|transmis|daté|votre (?:courrier|lettre|courriel|mail|message|correspondance|demande|saisine)|your (?:letter|email|e-mail|message|request)|notre (?:courrier|lettre|réunion|rencontre|entretien)|our (?:letter|meeting)|en date du|dated|loi|law|décret|decree|arrêté|circulaire|ordonnance|jugement|décision|decision|depuis|since|until|jusqu|avant|before|after|après|né|née|born|du\s+\d{1,2}\s+\S+\s+au|from|between|entre|échéance|deadline|valable|expire|réf|ref)\W{0,3}(?:\s*(?:le|la|du|on|of|:|the))?\s*$)"),
        kOptions);
    return trap.match(before).hasMatch();
}

QString normalizePlace(QString place)
{
    place = place.simplified();
    static const QRegularExpression writtenAt(QStringLiteral(R"(^(?:fait|écrit|done|signed)\s+(?:à|a|at|in)\s+)"), kOptions);
    place.remove(writtenAt);
    if (place.isEmpty() || place.size() > 40)
        return {};
    QStringList words = place.split(QLatin1Char(' '));
    for (QString& w : words)
        w = PersonName::recapitalize(w);
    return words.join(QLatin1Char(' '));
}

} // namespace

DocumentDateFinder::Found DocumentDateFinder::find(const TextLines& lines, const QList<DateMention>& mentions)
{
    using Form = DateMention::Form;
    // What may stand on a date line around the date: "Paris, le", "Fait à Calais, le", "Lundi", "Le".
    static const QRegularExpression prefix(QStringLiteral(
        R"(^(?:(?:fait|écrit|done|signed)\s+(?:à|a|at|in)\s+)?(?:(\p{Lu}[\p{L}'’ -]{1,38}?)\s*,\s*)?(?:(?:le|the|on|ce|du)\s*)?(?:date\s*:\s*)?$)"),
        kOptions);
    static const QRegularExpression placeOnly(QStringLiteral(R"(^(\p{Lu}[\p{L}'’ -]{1,38}?)\s*,?\s*(?:le\s*)?$)"), kOptions);
    static const QRegularExpression suffix(QStringLiteral(R"(^[\s.,;:)–-]*(?:[–-]\s*(?:communiqué|press release|communique).*)?$)"), kOptions);
    static const QRegularExpression timeAfter(QStringLiteral(R"(^\s*(?:à|at|-|,)?\s*\d{1,2}\s*[:hH]\s*\d{2})"), kOptions);

    Found best;
    double bestScore = 0.0;
    const qsizetype n = lines.size();
    // A letter's date stands above its salutation or by its signature, never inside its paragraphs.
    qsizetype salutation = -1;
    for (qsizetype i = 0; i < n && salutation < 0; ++i)
        if (const QString& c = lines.at(i).content; !c.isEmpty() && c.size() < 100
            && Lexicon::instance().salutation().match(c).hasMatch())
            salutation = i;
    for (qsizetype k = 0; k < mentions.size(); ++k) {
        const DateMention& m = mentions.at(k);
        if (m.yearMissing || !m.date.isValid() || m.form == Form::Relative)
            continue;
        const qsizetype li = lines.lineAt(m.start);
        const TextLine& line = lines.at(li);
        const QString& text = lines.text();
        const qsizetype lineEnd = line.start + line.length;
        const QString before = text.mid(line.contentStart, std::max<qsizetype>(0, m.start - line.contentStart));
        const QString after = text.mid(m.start + m.length, std::max<qsizetype>(0, lineEnd - (m.start + m.length)));
        // The words before the date may sit on the line above when the date wraps ("Press release of the" / "2").
        const QString wider = text.mid(std::max<qsizetype>(0, m.start - 60), std::min<qsizetype>(60, m.start));
        if (isTrapped(before) || isTrapped(wider.simplified()) || timeAfter.match(after).hasMatch())
            continue;

        const double position = n > 1 ? double(li) / double(n - 1) : 0.0;
        const auto pre = prefix.match(before.trimmed());
        const bool ownLine = pre.hasMatch() && suffix.match(after).hasMatch();
        if (salutation >= 0 && li > salutation && !ownLine)
            continue;
        double score = 0.0;
        QString place;
        if (ownLine) {
            score = 0.9;
            place = pre.captured(1);
        } else if (pre.hasMatch()) {
            score = 0.7; // "PARIS, 24 octobre 2016 – Le ministre …"
            place = pre.captured(1);
        } else if (line.content.size() < 80 && position < 0.3) {
            score = 0.45;
        } else if (position < 0.25) {
            score = 0.3;
        } else {
            continue; // a date inside the body is about something else
        }
        // A bare year or month is a weak sign unless it stands alone.
        if (m.form == Form::Year)
            score = ownLine ? score * 0.5 : 0.0;
        else if (m.form == Form::MonthYear)
            score *= ownLine ? 0.9 : 0.5;
        // The head of a document (or the signature, for "Fait à") is where the date of writing stands.
        score *= position < 0.35 ? 1.0 : (ownLine ? 0.85 : 0.5);
        // The place may stand alone on the line above ("Calais," / "le 3 mars 2016").
        if (place.isEmpty() && li > 0 && ownLine) {
            const auto above = placeOnly.match(lines.at(li - 1).content);
            if (above.hasMatch() && lines.at(li - 1).content.endsWith(QLatin1Char(',')))
                place = above.captured(1);
        }
        if (score > bestScore) {
            bestScore = score;
            DocumentDate date;
            date.date = m.date;
            date.evidence = { text.mid(m.start, m.length), m.start };
            // Evidence covers the place and "le" too, as written: "Paris, le 20 juin 2017".
            if (pre.hasMatch() && !before.trimmed().isEmpty()) {
                const qsizetype from = line.contentStart + before.indexOf(before.trimmed());
                date.evidence = { text.mid(from, m.start + m.length - from), from };
            }
            date.confidence = std::round(std::min(0.99, score + 0.05) * 100.0) / 100.0; // two decimals: a rating, not a measurement
            best.date = date;
            best.place = normalizePlace(place);
            best.line = li;
            best.mentionIndex = k;
        }
    }
    return best;
}

} // namespace littoral::core
