// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/documentdatefinder.h"

#include "core/extract/lexicon.h"
#include "core/extract/personname.h"
#include "core/extract/plausibledate.h"

#include <QRegularExpression>
#include <QSet>

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

// The town of an address line: "62100 CALAIS", "F-62107 Calais Cedex", "BP 20 – 59140 Dunkerque",
// "27, rue Lamartine 62100 CALAIS", "Leeds LS1 4DT". Empty when the line holds no postcode.
QString townOfPostcodeLine(const QString& line)
{
    static const QRegularExpression separators(QStringLiteral(R"(\s+[–—-]\s+|\s*[|•·]\s*)"));
    static const QRegularExpression french(QStringLiteral(
        R"((?:^|[\s,])(?:F-?\s?)?\d{5}\s+(\p{L}[\p{L}'’ -]{1,38}?)(?:\s+cedex(?:\s*\d{1,2})?)?(?:\s*,?\s*france)?\s*$)"), kOptions);
    // Case-sensitive: a British postcode is written in capitals ("SW1P 4DF").
    static const QRegularExpression british(QStringLiteral(
        R"((?:^|,\s*)(\p{Lu}[\p{L}'’ -]{1,30}?),?\s+[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}(?:\s*,?\s*(?:UK|United Kingdom))?\s*$)"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression notTown(QStringLiteral(R"(^(?:cedex|bp|cs|rue|avenue|tél|tel|fax)\b)"), kOptions);
    for (const QString& segment : line.split(separators, Qt::SkipEmptyParts)) {
        auto m = french.match(segment.trimmed());
        if (!m.hasMatch())
            m = british.match(segment.trimmed());
        if (!m.hasMatch() || notTown.match(m.captured(1)).hasMatch())
            continue;
        // "SAINT-POL-SUR-MER" -> "Saint-Pol-sur-Mer".
        static const QSet<QString> small = { QStringLiteral("sur"), QStringLiteral("sous"), QStringLiteral("en"), QStringLiteral("le"),
            QStringLiteral("la"), QStringLiteral("les"), QStringLiteral("lès"), QStringLiteral("de"), QStringLiteral("du"),
            QStringLiteral("des"), QStringLiteral("aux"), QStringLiteral("upon"), QStringLiteral("on") };
        QStringList words = m.captured(1).simplified().split(QLatin1Char(' '));
        for (QString& w : words) {
            QStringList parts = PersonName::recapitalize(w).split(QLatin1Char('-'));
            for (qsizetype i = 1; i < parts.size(); ++i)
                if (small.contains(parts.at(i).toLower()))
                    parts[i] = parts.at(i).toLower();
            w = parts.join(QLatin1Char('-'));
        }
        return words.join(QLatin1Char(' '));
    }
    return {};
}

// A paragraph that opens with the recipient: "Monsieur le Préfet", "À l'attention de", "To:", "The Home Secretary".
bool opensRecipientBlock(const QString& first)
{
    static const QRegularExpression marker(QStringLiteral(
        R"(^(?:à|a|to|attn\.?|for the attention of|à l['’]attention de|a l['’]attention de|destinataires?)(?=\s|:|$))"), kOptions);
    static const QRegularExpression article(QStringLiteral(R"(^(?:(?:the|le|la)\s+|l['’]\s*)\p{L})"), kOptions);
    const Lexicon& lex = Lexicon::instance();
    return marker.match(first).hasMatch() || lex.leadingCourtesy().match(first).capturedLength() > 0
        || (article.match(first).hasMatch() && lex.leadingFunction().match(first).hasMatch());
}

} // namespace

QString DocumentDateFinder::senderAddressPlace(const TextLines& lines, qsizetype dateLine)
{
    const qsizetype n = lines.size();
    qsizetype first = 0;
    while (first < n && lines.at(first).isBlank())
        ++first;
    if (first >= n)
        return {};
    const Lexicon& lex = Lexicon::instance();
    // The letterhead: the first paragraph, when it is the sender's and stands above the date.
    const int headBlock = lines.at(first).block;
    if ((dateLine < 0 || first < dateLine) && !opensRecipientBlock(lines.at(first).content)) {
        const QList<qsizetype> head = lines.blockLines(headBlock);
        for (qsizetype k = 0; k < head.size() && k < 10; ++k) {
            const TextLine& l = lines.at(head.at(k));
            if (l.content.size() > 120 || lex.salutation().match(l.content).hasMatch())
                break;
            if (const QString town = townOfPostcodeLine(l.content); !town.isEmpty())
                return town;
        }
    }
    // The footer: the last paragraph, below the signature, when it is no copy list nor recipient block.
    qsizetype last = n - 1;
    while (last > first && lines.at(last).isBlank())
        --last;
    const int footBlock = lines.at(last).block;
    if (footBlock == headBlock || last <= dateLine)
        return {};
    const QList<qsizetype> foot = lines.blockLines(footBlock);
    if (foot.size() > 6 || opensRecipientBlock(lines.at(foot.first()).content))
        return {};
    // The paragraph above may announce the list: "Copie à :" / "- Préfecture …".
    qsizetype above = foot.first() - 1;
    while (above > 0 && lines.at(above).isBlank())
        --above;
    if (above >= 0 && lex.copyLine().match(lines.at(above).content).hasMatch())
        return {};
    for (const qsizetype k : foot) {
        const TextLine& l = lines.at(k);
        if (l.bulleted || lex.copyLine().match(l.content).hasMatch() || l.content.size() > 160)
            return {};
    }
    for (const qsizetype k : foot)
        if (const QString town = townOfPostcodeLine(lines.at(k).content); !town.isEmpty())
            return town;
    return {};
}

DocumentDateFinder::Found DocumentDateFinder::find(const TextLines& lines, const QList<DateMention>& mentions, QDate today)
{
    ExtractionBudget unlimited;
    return find(lines, mentions, unlimited, today);
}

DocumentDateFinder::Found DocumentDateFinder::find(const TextLines& lines, const QList<DateMention>& mentions,
    ExtractionBudget& budget, QDate today)
{
    using Form = DateMention::Form;
    // What may stand on a date line around the date: "Paris, le", "Fait à Calais, le", "Lundi", "Le".
    static const QRegularExpression prefix(QStringLiteral(
        R"(^(?:(?:fait|écrit|done|signed)\s+(?:à|a|at|in)\s+)?(?:(\p{Lu}[\p{L}'’ -]{1,38}?)\s*,\s*)?(?:(?:le|the|on|ce|du)\s*)?(?:date\s*:\s*)?$)"),
        kOptions);
    static const QRegularExpression placeOnly(QStringLiteral(R"(^(\p{Lu}[\p{L}'’ -]{1,38}?)\s*,?\s*(?:le\s*)?$)"), kOptions);
    // The rest of the line is read where it starts only: "– communiqué …" may run on to its end.
    static const QRegularExpression suffix(QStringLiteral(R"(^[\s.,;:)–-]*(?:[–-]\s*(?:communiqué|press release|communique)|$))"), kOptions);
    static const QRegularExpression publication(QStringLiteral(
        R"(^\s*(?:first\s+|last\s+)?(?:published|publié|publiée|mis en ligne|posted)\W{0,3}(?:\s*(?:le|on|:))?\s*$)"), kOptions);
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
    // The first line of running text: a sentence, not a heading, letterhead or date.
    qsizetype firstProse = n;
    for (qsizetype i = 0; i < n && firstProse == n; ++i)
        if (const QString& c = lines.at(i).content; c.size() > 100 || (c.endsWith(QLatin1Char('.')) && c.count(QLatin1Char(' ')) >= 5))
            firstProse = i;
    // What the rules read before a date: a date line's prefix ("Fait à Calais, le") and the trap words
    // ("Published on") are a few dozen characters. Reading the whole line up to each date made a
    // line of thousands of dates quadratic.
    constexpr qsizetype kBefore = 200;
    const QString& text = lines.text();
    const auto check = subjectCheckFor(text); // the views below are parts of a text checked once
    for (qsizetype k = 0; k < mentions.size(); ++k) {
        if (budget.spent())
            break;
        const DateMention& m = mentions.at(k);
        if (m.yearMissing || !m.date.isValid() || m.form == Form::Relative || !PlausibleDate::isPlausible(m.date, today))
            continue;
        const qsizetype li = lines.lineAt(m.start);
        const TextLine& line = lines.at(li);
        const qsizetype lineEnd = line.start + line.length;
        const qsizetype beforeStart = std::max(line.contentStart, m.start - kBefore);
        // Only a line that starts within reach can be a date line: its prefix is read from its start.
        const bool lineStartInReach = beforeStart == line.contentStart;
        const QString before = text.mid(beforeStart, std::max<qsizetype>(0, m.start - beforeStart));
        const qsizetype afterStart = std::min(m.start + m.length, text.size());
        const QStringView after = QStringView(text).sliced(afterStart, std::max<qsizetype>(0, lineEnd - afterStart));
        budget.examine(before.size() + std::min<qsizetype>(after.size(), kBefore)); // `after` is read from its start only
        // The words before the date may sit on the line above when the date wraps ("Press release of the" / "2").
        const QString wider = text.mid(std::max<qsizetype>(0, m.start - 60), std::min<qsizetype>(60, m.start));
        if (timeAfter.match(after, 0, QRegularExpression::NormalMatch, check).hasMatch())
            continue;
        // A web page's "Published 16 March 2018" above its text is the date it was issued; a "Published on"
        // stamp below the text (or below a real date line) is not.
        bool publicationHead = false;
        if (isTrapped(before) || isTrapped(wider.simplified())) {
            publicationHead = li < firstProse && lineStartInReach && publication.match(before).hasMatch();
            if (!publicationHead)
                continue;
        }

        const double position = n > 1 ? double(li) / double(n - 1) : 0.0;
        const auto pre = lineStartInReach ? prefix.match(before.trimmed()) : QRegularExpressionMatch();
        const bool ownLine = pre.hasMatch() && suffix.match(after, 0, QRegularExpression::NormalMatch, check).hasMatch();
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
        } else if (publicationHead) {
            score = 0.2; // above the text, however short the page
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
        if (publicationHead)
            score = std::min(score, 0.2);
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
