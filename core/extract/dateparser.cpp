// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/dateparser.h"

#include "core/domain/correspondentkey.h"
#include "core/extract/chunkedscan.h"
#include "core/extract/dateanchors.h"
#include "core/extract/lexicon.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <map>

namespace littoral::core {
namespace {

constexpr auto kOptions = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

// Alternation of month names, longest first so "sept" does not stop "septembre" short. "sept" without
// a dot before a lower-case word is the number seven ("depuis sept ans"), not September.
const QString& monthPattern()
{
    static const QString pattern = QStringLiteral(
        "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|"
        "january|february|march|april|may|june|july|august|september|october|november|december|"
        "janv\\.?|févr\\.?|fevr\\.?|fév\\.?|fev\\.?|avr\\.?|juil\\.?|sept(?:\\.|(?!\\s+\\p{Ll}))|déc\\.?|dec\\.?|"
        "jan\\.?|feb\\.?|mar\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sep\\.?|oct\\.?|nov\\.?");
    return pattern;
}

const QString& weekdayPattern()
{
    static const QString pattern = QStringLiteral(
        "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
        "monday|tuesday|wednesday|thursday|friday|saturday|sunday");
    return pattern;
}

int seasonFromName(const QString& folded)
{
    if (folded.startsWith(QLatin1String("printemps")) || folded.startsWith(QLatin1String("spring")))
        return 21;
    if (folded.startsWith(QLatin1String("ete")) || folded.startsWith(QLatin1String("summer")))
        return 22;
    if (folded.startsWith(QLatin1String("automne")) || folded.startsWith(QLatin1String("autumn"))
        || folded.startsWith(QLatin1String("fall")))
        return 23;
    if (folded.startsWith(QLatin1String("hiver")) || folded.startsWith(QLatin1String("winter")))
        return 24;
    return 0;
}

bool plausibleYear(int year) { return year >= 1900 && year <= 2100; }

struct Finder {
    const QString& text;
    const DateAnchors& anchors;
    QRegularExpression::MatchOptions check;
    ExtractionBudget& budget;
    QList<DateMention> found;
    // The spans found so far, by start: they never overlap, so only the last one starting before
    // a candidate's end can overlap it. A list searched from the front made a text of thousands of
    // dates quadratic.
    std::map<qsizetype, qsizetype> spans;

    bool overlaps(qsizetype start, qsizetype length) const
    {
        budget.examine(1);
        auto it = spans.lower_bound(start + length);
        if (it == spans.begin())
            return false;
        --it;
        return start < it->second && it->first < start + length;
    }

    void add(const DateMention& m)
    {
        if (m.date.isValid() || m.yearMissing || m.form == DateMention::Form::Relative)
            if (!overlaps(m.start, m.length)) {
                found.append(m);
                spans.emplace(m.start, m.start + m.length);
            }
    }

    // Runs `re` on the stretches where its family's words are: the matches a scan of the whole text finds.
    template <typename Make>
    void scan(const QRegularExpression& re, DateAnchors::Family family, Make make)
    {
        for (const DateAnchors::Stretch& stretch : anchors.stretches(family)) {
            if (budget.spent())
                return;
            budget.examine(stretch.end - stretch.begin);
            scanRangeInChunks(re, text, stretch.begin, stretch.end, check, budget, [&](const QRegularExpressionMatch& match) {
                if (budget.spent())
                    return false;
                if (!overlaps(match.capturedStart(), match.capturedLength())) {
                    DateMention m = make(match);
                    m.start = match.capturedStart();
                    m.length = match.capturedLength();
                    add(m);
                }
                return true;
            });
        }
    }
};

} // namespace

int DateParser::monthFromName(const QString& name)
{
    const QString f = foldForMatching(name);
    static const QList<std::pair<QLatin1String, int>> prefixes = {
        { QLatin1String("jan"), 1 }, { QLatin1String("fev"), 2 }, { QLatin1String("feb"), 2 },
        { QLatin1String("mar"), 3 }, { QLatin1String("avr"), 4 }, { QLatin1String("apr"), 4 },
        { QLatin1String("mai"), 5 }, { QLatin1String("may"), 5 }, { QLatin1String("juin"), 6 },
        { QLatin1String("jun"), 6 }, { QLatin1String("juil"), 7 }, { QLatin1String("jul"), 7 },
        { QLatin1String("aou"), 8 }, { QLatin1String("aug"), 8 }, { QLatin1String("sep"), 9 },
        { QLatin1String("oct"), 10 }, { QLatin1String("nov"), 11 }, { QLatin1String("dec"), 12 },
    };
    if (f.size() < 3)
        return 0;
    for (const auto& [prefix, month] : prefixes)
        if (f.startsWith(prefix))
            return month;
    return 0;
}

QList<DateMention> DateParser::findAll(const QString& text)
{
    ExtractionBudget unlimited;
    return findAll(text, unlimited);
}

QList<DateMention> DateParser::findAll(const QString& text, ExtractionBudget& budget)
{
    using Form = DateMention::Form;
    using Family = DateAnchors::Family;
    const QString month = monthPattern();
    const QString weekday = weekdayPattern();
    // Ordinals may be broken by a PDF conversion into a superscript on its own line ("2\n\nnd\n of July").
    static const QRegularExpression dayMonthYear(
        QStringLiteral(R"((?<![\p{L}\d])(?:(?:%1)\s+)?(\d{1,2})(?:\s{0,4}(?:er|ère|st|nd|rd|th|e|ème)\b)?\s{1,4}(?:of\s+|de\s+)?(%2)(?![\p{L}])\s*+(?:,\s*+)?(\d{4})(?!\d))")
            .arg(weekday, month), kOptions);
    static const QRegularExpression monthDayYear(
        QStringLiteral(R"((?<![\p{L}\d])(?:(?:%1),?\s+)?(%2)(?![\p{L}])\s*+(\d{1,2})(?:st|nd|rd|th)?(?:\s*+,)?\s++(\d{4})(?!\d))")
            .arg(weekday, month), kOptions);
    static const QRegularExpression iso(QStringLiteral(R"((?<![\d/.\-])(\d{4})-(\d{2})-(\d{2})(?![\d/.\-]))"), kOptions);
    static const QRegularExpression numeric(
        QStringLiteral(R"((?<![\d/.\-])(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.\-]|\.\d))"), kOptions);
    static const QRegularExpression dayMonth(
        QStringLiteral(R"((?<![\p{L}\d])(?:(?:%1)\s+)?(\d{1,2})(?:\s{0,2}(?:er|st|nd|rd|th)\b)?\s+(?:of\s+)?(%2)(?![\p{L}]))")
            .arg(weekday, month), kOptions);
    static const QRegularExpression monthYear(
        QStringLiteral(R"((?<![\p{L}\d])(%1)(?![\p{L}])\s*(?:de\s+|d')?(\d{4})(?!\d))").arg(month), kOptions);
    // A season with a year, or relative to the document ("l'automne dernier", "last summer", "cet été").
    static const QRegularExpression season(
        QStringLiteral(R"((?<![\p{L}])(?:(?:au|le|du|l'|l’|à l'|à l’|de l'|de l’|cet|ce|this|last|in|the|during|until)\s*)(printemps|été|automne|hiver|spring|summer|autumn|fall|winter)(?![\p{L}])(?:\s+(?:de\s+|of\s+|d'|d’)?(\d{4})(?!\d)|\s+(dernier|passé)\b)?|(?<![\p{L}])(printemps|été|automne|hiver|spring|summer|autumn|winter)\s+(?:de\s+|d'|d’)?(\d{4})(?!\d))"),
        kOptions);
    static const QRegularExpression monthAlone(
        QStringLiteral(R"((?<![\p{L}])(?:(?:le\s+)?mois\s+(?:de\s+|d'|d’)|(?:en|depuis|since|in|last|fin|début|mi-)\s+)(%1)(?![\p{L}])(?:\s+(dernier)\b)?)").arg(month),
        kOptions);
    static const QRegularExpression relative(
        QStringLiteral(R"((?<![\p{L}])(aujourd'hui|aujourd’hui|today|hier|yesterday|l'année dernière|l’année dernière|l'an dernier|l’an dernier|last year|cette année|this year)(?![\p{L}]))"),
        kOptions);
    static const QRegularExpression bareYear(QStringLiteral(R"((?<![\d\p{L}/.\-,])((?:19|20)\d{2})(?![\d\p{L}]|[/.\-]\d))"), kOptions);

    const DateAnchors anchors(text);
    budget.examine(anchors.charactersRead());
    Finder f { text, anchors, subjectCheckFor(text), budget, {}, {} };
    f.scan(dayMonthYear, Family::Month, [](const QRegularExpressionMatch& m) {
        return DateMention { PartialDate::ofDay(m.captured(3).toInt(), monthFromName(m.captured(2)), m.captured(1).toInt()),
            Form::DayMonthYear };
    });
    f.scan(monthDayYear, Family::Month, [](const QRegularExpressionMatch& m) {
        return DateMention { PartialDate::ofDay(m.captured(3).toInt(), monthFromName(m.captured(1)), m.captured(2).toInt()),
            Form::MonthDayYear };
    });
    f.scan(iso, Family::Digits, [](const QRegularExpressionMatch& m) {
        return DateMention { PartialDate::ofDay(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()), Form::Iso };
    });
    f.scan(numeric, Family::Digits, [](const QRegularExpressionMatch& m) {
        int a = m.captured(1).toInt(), b = m.captured(3).toInt(), y = m.captured(4).toInt();
        if (m.captured(4).size() == 2)
            y += y < 50 ? 2000 : 1900;
        // Day first (French and British use); month first only when the day-first reading is impossible.
        if (b > 12 && a <= 12)
            std::swap(a, b);
        return DateMention { PartialDate::ofDay(y, b, a), Form::Numeric };
    });
    f.scan(monthYear, Family::Month, [](const QRegularExpressionMatch& m) {
        return DateMention { PartialDate::ofMonth(m.captured(2).toInt(), monthFromName(m.captured(1))), Form::MonthYear };
    });
    f.scan(dayMonth, Family::Month, [](const QRegularExpressionMatch& m) {
        DateMention d { PartialDate::ofDay(2000, monthFromName(m.captured(2)), m.captured(1).toInt()), Form::DayMonth };
        d.yearMissing = true;
        if (!d.date.isValid())
            d.date = {};
        return d;
    });
    f.scan(season, Family::Season, [](const QRegularExpressionMatch& m) {
        // Either "<determiner> season [year|dernier]" or "season year" ("été" alone is a past participle).
        const bool bare = !m.captured(4).isEmpty();
        const QString name = bare ? m.captured(4) : m.captured(1);
        const QString year = bare ? m.captured(5) : m.captured(2);
        const int s = seasonFromName(foldForMatching(name));
        DateMention d { PartialDate::ofSeason(year.isEmpty() ? 2000 : year.toInt(), s), Form::Season };
        d.yearMissing = year.isEmpty();
        const QString all = foldForMatching(m.captured(0));
        d.previous = !m.captured(3).isEmpty() || all.startsWith(QLatin1String("last "));
        return d;
    });
    f.scan(monthAlone, Family::Month, [](const QRegularExpressionMatch& m) {
        DateMention d { PartialDate::ofMonth(2000, monthFromName(m.captured(1))), Form::Month };
        d.yearMissing = true;
        d.previous = !m.captured(2).isEmpty() || foldForMatching(m.captured(0)).startsWith(QLatin1String("last "));
        return d;
    });
    f.scan(relative, Family::Relative, [](const QRegularExpressionMatch& m) {
        const QString w = foldForMatching(m.captured(1));
        DateMention d { {}, Form::Relative };
        d.yearMissing = true;
        if (w.contains(QLatin1String("derni")) || w.startsWith(QLatin1String("last")))
            d.relativeYears = -1;
        else if (w.contains(QLatin1String("annee")) || w.contains(QLatin1String("year")))
            d.relativeYears = 0;
        else if (w.startsWith(QLatin1String("hier")) || w.startsWith(QLatin1String("yesterday")))
            d.relativeYears = -100; // a day before
        else
            d.relativeYears = 100;  // today
        return d;
    });
    f.scan(bareYear, Family::Digits, [](const QRegularExpressionMatch& m) {
        const int y = m.captured(1).toInt();
        return DateMention { plausibleYear(y) ? PartialDate::ofYear(y) : PartialDate {}, Form::Year };
    });
    std::sort(f.found.begin(), f.found.end(), [](const DateMention& a, const DateMention& b) { return a.start < b.start; });
    return f.found;
}

PartialDate DateParser::resolve(const DateMention& mention, const PartialDate& documentDate)
{
    if (!mention.yearMissing)
        return mention.date;
    if (!documentDate.isValid())
        return {};
    const QDate reference = documentDate.lastDay();
    switch (mention.form) {
    case DateMention::Form::DayMonth: {
        PartialDate d = PartialDate::ofDay(reference.year(), mention.date.month, mention.date.day);
        if (!d.isValid() || d.firstDay() > reference)
            d.year -= 1;
        return d.isValid() ? d : PartialDate {};
    }
    case DateMention::Form::Month: {
        PartialDate d = PartialDate::ofMonth(reference.year(), mention.date.month);
        if (d.firstDay() > reference || (mention.previous && d.lastDay() >= documentDate.firstDay()))
            d.year -= 1;
        return d;
    }
    case DateMention::Form::Season: {
        PartialDate d = PartialDate::ofSeason(reference.year(), mention.date.season);
        if (d.firstDay() > reference)
            d.year -= 1;
        // "l'automne dernier" written in autumn means the autumn of the year before.
        if (mention.previous && d.lastDay() >= documentDate.firstDay())
            d.year -= 1;
        return d;
    }
    case DateMention::Form::Relative:
        if (mention.relativeYears == 100)
            return documentDate;
        if (mention.relativeYears == -100) {
            if (documentDate.precision() != DatePrecision::Day)
                return {};
            const QDate day = documentDate.firstDay().addDays(-1);
            return PartialDate::ofDay(day.year(), day.month(), day.day());
        }
        return PartialDate::ofYear(documentDate.year + mention.relativeYears);
    default:
        return mention.date;
    }
}

} // namespace littoral::core
