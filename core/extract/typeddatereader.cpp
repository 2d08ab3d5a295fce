// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/typeddatereader.h"

#include "core/extract/dateparser.h"

#include <QRegularExpression>

namespace littoral::core {
namespace {

constexpr auto kOptions = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption
    | QRegularExpression::ExtendedPatternSyntaxOption;

// Words before a date that make it approximate: "vers 2016", "about May 2016", "circa 1990".
const QRegularExpression& approximateWords()
{
    static const QRegularExpression words(QStringLiteral(R"(
        ^\s*(?:
            vers
          | environ
          | autour\s+de
          | aux\s+alentours\s+de
          | c\.
          | ca\.
          | circa
          | approx\.
          | approximately
          | about
          | around
        )\s+)"),
        kOptions);
    return words;
}

// Words that narrow a date inside its unit ("early May 2016", "fin 2016", "mid-2016"). EDTF has no
// "early": the date keeps its unit, which it is sure to lie in, and is not made approximate.
const QRegularExpression& narrowingWords()
{
    static const QRegularExpression words(QStringLiteral(R"(
        ^\s*(?:
            (?:au\s+|à\s+la\s+|a\s+la\s+)?(?:début|debut|fin|mi|milieu|courant)(?:\s*-\s*|\s+(?:de\s+l'|d'|du\s+mois\s+de\s+|de\s+)?|(?=\d))
          | (?:in\s+)?(?:early|mid|late)(?:\s*-\s*|\s+)
          | (?:at\s+the\s+)?(?:beginning|start|middle|end)\s+of\s+
        ))"),
        kOptions);
    return words;
}

// Two ends of one period: "entre le 3 et le 5 mars 2016", "du 3 au 5 mars", "between 3 and 5 May 2016",
// "3–5 mars 2016", or EDTF's interval "2016-03-03/2016-03-05".
const QRegularExpression& rangeShape()
{
    static const QRegularExpression shape(QStringLiteral(R"(
        ^\s*(?:
            (?:entre|between)\s+(?:le\s+|the\s+)?(?<a1>.+?)\s+(?:et|and)\s+(?:le\s+|the\s+)?(?<b1>.+)
          | (?:du|from)\s+(?:the\s+)?(?<a2>.+?)\s+(?:au|to|until|till)\s+(?:the\s+)?(?<b2>.+)
          | (?:le\s+|the\s+)?(?<a3>\d{1,2}(?:er)?)\s*[-–—]\s*(?<b3>\d{1,2}\s+\S.*)
          | (?<a4>\d{4}(?:-\d{2}){0,2})\s*/\s*(?<b4>\d{4}(?:-\d{2}){0,2})
        )\s*$)"),
        kOptions);
    return shape;
}

QString refusal(const QString& text)
{
    return QStringLiteral("\"%1\" is not a date Littoral can read; write it like 7 févr. 2017, mars 2016, "
                          "printemps 2016, vers 2016 or 2016-10-24.")
        .arg(text);
}

// One date with a year covering the whole text, with no approximation words.
std::optional<PartialDate> readOne(const QString& text)
{
    if (const PartialDate edtf = PartialDate::fromEdtf(text); edtf.isValid())
        return edtf;
    QString rest = text.trimmed();
    if (const auto match = narrowingWords().match(rest); match.hasMatch())
        rest = rest.mid(match.capturedLength()).trimmed();
    if (const PartialDate edtf = PartialDate::fromEdtf(rest); edtf.isValid())
        return edtf;
    // One date with a year, covering the typed text (a stray word or a second date is refused).
    const QList<DateMention> mentions = DateParser::findAll(rest);
    if (mentions.size() != 1)
        return std::nullopt;
    const DateMention& mention = mentions.first();
    if (!mention.date.isValid() || mention.yearMissing || mention.form == DateMention::Form::Relative)
        return std::nullopt;
    const QString outside = rest.left(mention.start) + rest.mid(mention.start + mention.length);
    static const QRegularExpression filler(QStringLiteral(R"(^[\s,.;:()\-]*(?:le|the|on|en|in|of|de|l'|année)?[\s,.;:()\-]*$)"),
        QRegularExpression::CaseInsensitiveOption);
    if (!filler.match(outside).hasMatch())
        return std::nullopt;
    return mention.date;
}

// The first end of a range may leave out what the second one says: "3" (et le 5 mars 2016), "mars"
// (et mai 2016), "3 mars" (et le 5 avril 2016).
std::optional<PartialDate> readFirstEnd(const QString& text, const PartialDate& last)
{
    if (const auto whole = readOne(text))
        return whole;
    const QString first = text.trimmed();
    static const QRegularExpression dayOnly(QStringLiteral(R"(^(\d{1,2})(?:er|st|nd|rd|th)?$)"), QRegularExpression::CaseInsensitiveOption);
    if (const auto m = dayOnly.match(first); m.hasMatch() && last.month != 0) {
        const PartialDate d = PartialDate::ofDay(last.year, last.month, m.captured(1).toInt());
        return d.isValid() ? std::optional(d) : std::nullopt;
    }
    if (const int month = DateParser::monthFromName(first); month != 0)
        return PartialDate::ofMonth(last.year, month);
    // "3 mars" before "5 avril 2016": borrow the year.
    if (const auto withYear = readOne(first + QLatin1Char(' ') + QString::number(last.year)))
        return withYear;
    return std::nullopt;
}

// The smallest date EDTF can write that holds the whole period: the same day, month, season or year.
std::optional<PartialDate> enclosing(const PartialDate& first, const PartialDate& last)
{
    const QDate from = first.firstDay();
    const QDate to = last.lastDay();
    if (!from.isValid() || !to.isValid() || from > to)
        return std::nullopt;
    const int seasonStart = from.month() == 12 ? 24 : from.month() <= 2 ? 24 : 21 + (from.month() - 3) / 3;
    const int seasonYear = from.month() <= 2 ? from.year() - 1 : from.year();
    for (const PartialDate& candidate : { PartialDate::ofDay(from.year(), from.month(), from.day()),
             PartialDate::ofMonth(from.year(), from.month()), PartialDate::ofSeason(seasonYear, seasonStart),
             PartialDate::ofYear(from.year()) }) {
        if (candidate.isValid() && candidate.firstDay() <= from && candidate.lastDay() >= to)
            return candidate;
    }
    return std::nullopt;
}

} // namespace

Result<PartialDate> TypedDateReader::read(const QString& text)
{
    QString rest = text.trimmed();
    if (rest.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("A date cannot be empty."));
    if (const PartialDate edtf = PartialDate::fromEdtf(rest); edtf.isValid())
        return edtf;

    bool approximate = false;
    if (const auto match = approximateWords().match(rest); match.hasMatch()) {
        approximate = true;
        rest = rest.mid(match.capturedLength()).trimmed();
    }
    if (rest.endsWith(QLatin1Char('?')) || rest.endsWith(QLatin1Char('~'))) {
        approximate = true;
        rest.chop(1);
        rest = rest.trimmed();
    }

    std::optional<PartialDate> date;
    if (const auto range = rangeShape().match(rest); range.hasMatch()) {
        QString a, b;
        for (const char* n : { "1", "2", "3", "4" }) {
            const QString an = QStringLiteral("a") + QLatin1String(n);
            if (range.hasCaptured(an)) {
                a = range.captured(an);
                b = range.captured(QStringLiteral("b") + QLatin1String(n));
            }
        }
        const auto last = readOne(b);
        if (!last)
            return fail(ErrorCode::InvalidInput, refusal(text));
        const auto first = readFirstEnd(a, *last);
        if (!first)
            return fail(ErrorCode::InvalidInput, refusal(text));
        date = enclosing(*first, *last);
        if (!date)
            return fail(ErrorCode::InvalidInput,
                QStringLiteral("\"%1\" runs backwards, or across more than a season or a year: Littoral keeps one date "
                               "(a day, month, season or year), so write the period's start, or its year.")
                    .arg(text));
        date->approximate = first->approximate || last->approximate;
    } else {
        date = readOne(rest);
    }
    if (!date)
        return fail(ErrorCode::InvalidInput, refusal(text));
    date->approximate = date->approximate || approximate;
    return *date;
}

QString TypedDateReader::describe(const PartialDate& date)
{
    if (!date.isValid())
        return {};
    const QString precision = precisionName(date.precision());
    return date.approximate ? precision + QStringLiteral(", approximate") : precision;
}

} // namespace littoral::core
