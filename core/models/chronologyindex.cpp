// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/chronologyindex.h"

#include "core/domain/correspondentkey.h"
#include "core/models/corpusindex.h"

#include <QSet>

#include <algorithm>
#include <cstdlib>

namespace littoral::core {
namespace {

// Words that say nothing about what happened: articles, prepositions, pronouns, auxiliaries and
// connectives of French and English, and the months (the date is compared on its own), folded.
const QSet<QString>& stopWords()
{
    static const QSet<QString> words = [] {
        const QString list = QStringLiteral(
            // French
            "le la les un une des du de au aux et ou en dans sur sous par pour avec sans ce cet cette ces "
            "son sa ses leur leurs qui que qu quoi dont est sont ont ete etait etaient etre fut avoir "
            "avait nous vous ils elles il elle on se ne pas plus moins depuis apres avant lors pendant "
            "entre contre vers chez comme tout tous toute toutes tres deja encore aussi ainsi mais donc "
            "car puis notre nos votre vos mon ma mes lui eux meme fait faits jour mois annee dernier "
            "derniere premier premiere janvier fevrier mars avril mai juin juillet aout septembre octobre "
            "novembre decembre printemps automne hiver "
            // English
            "the an of in on at to for from by with without and or but is are was were been be being has "
            "have had its it this that these those their his her our we they he she you since after "
            "before during between against into over under about as which who whom also than then there "
            "here not no upon last first day month year january february march april may june july august "
            "september october november december spring summer autumn fall winter");
        const QStringList split = list.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        return QSet<QString>(split.cbegin(), split.cend());
    }();
    return words;
}

// The content words of a text, folded and cut to a stem: the first six letters of a long word
// ("démantèlement", "démantelée" → "demant"; "demolition", "demolished" → "demoli"), a short one
// without its plural mark. Crude, but it joins the forms of one word across both languages' endings
// without a dictionary; numbers are left to the date.
QSet<QString> contentStems(const QString& text)
{
    QSet<QString> stems;
    const QString folded = foldForMatching(text);
    for (const QStringView word : QStringView(folded).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.size() < 3 || std::all_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); }))
            continue;
        const QString w = word.toString();
        if (stopWords().contains(w))
            continue;
        if (w.size() > 6)
            stems.insert(w.left(6));
        else if (w.size() >= 4 && (w.endsWith(QLatin1Char('s')) || w.endsWith(QLatin1Char('x'))))
            stems.insert(w.chopped(1));
        else
            stems.insert(w);
    }
    return stems;
}

constexpr int kSpanBucketLimit
    = 12 * 30; // months: an event longer than thirty years is a candidate for every date

int monthKey(QDate day)
{
    return day.year() * 12 + day.month() - 1;
}

qint64 midJulian(QDate first, QDate last)
{
    return (first.toJulianDay() + last.toJulianDay()) / 2;
}

} // namespace

// The folded words of one chronology event, computed once in build().
struct ChronologyIndex::Words {
    QSet<QString> all; // every stem of both labels and both descriptions
    QSet<QString> labelFr;
    QSet<QString> labelEn;
};

ChronologyIndex ChronologyIndex::build(QList<ChronologyEvent> events, const CorpusIndex* corpus)
{
    ChronologyIndex index;
    index.m_events = std::move(events);
    const qsizetype n = index.m_events.size();
    for (qsizetype i = 0; i < n; ++i)
        index.m_byId.insert(index.m_events.at(i).id, i);
    index.m_documents.resize(n);

    auto words = std::make_shared<QList<Words>>();
    words->reserve(n);
    QHash<QString, int> eventsWithStem;
    for (const ChronologyEvent& event : std::as_const(index.m_events)) {
        Words w;
        w.labelFr = contentStems(event.labelFr);
        w.labelEn = contentStems(event.labelEn);
        w.all = w.labelFr + w.labelEn + contentStems(event.descriptionFr) + contentStems(event.descriptionEn);
        for (const QString& stem : std::as_const(w.all))
            ++eventsWithStem[stem];
        words->append(std::move(w));
    }
    index.m_words = words;
    // A word a quarter of the events share ("calais", "camp" in a Calais chronology) tells them apart less:
    // half weight.
    const int common = std::max(3, int(n / 4));
    for (auto it = eventsWithStem.cbegin(); it != eventsWithStem.cend(); ++it)
        if (it.value() >= common)
            index.m_commonStems.insert(it.key());

    for (qsizetype i = 0; i < n; ++i) {
        const ChronologyEvent& event = index.m_events.at(i);
        const QDate first = event.firstDay();
        const QDate last = event.lastDay();
        if (!first.isValid() || !last.isValid())
            continue;
        const int from = monthKey(first);
        const int to = monthKey(last);
        if (to - from > kSpanBucketLimit) {
            index.m_longEvents.append(i);
            continue;
        }
        for (int m = from; m <= to; ++m)
            index.m_byMonth[m].append(i);
    }

    if (corpus) {
        const QList<DatedEvent>& mentioned = corpus->events();
        index.m_corpusMatches = QList<qsizetype>(mentioned.size(), -1);
        // Corpora repeat labels ("le démantèlement de la Jungle"): each distinct label is folded once.
        QHash<QString, QSet<QString>> stemsOfLabel;
        for (qsizetype k = 0; k < mentioned.size(); ++k) {
            const DatedEvent& e = mentioned.at(k);
            auto found = stemsOfLabel.constFind(e.label);
            if (found == stemsOfLabel.cend())
                found = stemsOfLabel.insert(e.label, contentStems(e.label));
            const qsizetype i = index.matchStems(*found, e.date);
            index.m_corpusMatches[k] = i;
            if (i >= 0)
                index.m_documents[i].append(e.documentId);
        }
        for (QList<qint64>& documents : index.m_documents) {
            std::sort(documents.begin(), documents.end(), [corpus](qint64 a, qint64 b) {
                return std::pair(corpus->rowOf(a), a) < std::pair(corpus->rowOf(b), b);
            });
            documents.erase(std::unique(documents.begin(), documents.end()), documents.end());
        }
    }
    return index;
}

const ChronologyEvent* ChronologyIndex::event(const QString& id) const
{
    const qsizetype i = indexOf(id);
    return i < 0 ? nullptr : &m_events.at(i);
}

qsizetype ChronologyIndex::match(const QString& label, const PartialDate& date) const
{
    return matchStems(contentStems(label), date);
}

ChronologyMatch ChronologyIndex::score(const QString& label, const PartialDate& date, qsizetype i) const
{
    if (i < 0 || i >= m_events.size() || !m_words)
        return {};
    return scoreStems(contentStems(label), date, i);
}

ChronologyMatch ChronologyIndex::scoreStems(
    const QSet<QString>& stems, const PartialDate& date, qsizetype i) const
{
    ChronologyMatch result;
    const ChronologyEvent& event = m_events.at(i);
    const QDate first = date.firstDay();
    const QDate last = date.lastDay();
    const QDate eventFirst = event.firstDay();
    const QDate eventLast = event.lastDay();
    if (!first.isValid() || !last.isValid() || !eventFirst.isValid() || !eventLast.isValid())
        return result;
    result.datesOverlap = first <= eventLast && eventFirst <= last;
    if (!result.datesOverlap)
        return result;

    const Words& words = m_words->at(i);
    const auto weight = [&](const QString& stem) { return m_commonStems.contains(stem) ? 0.5 : 1.0; };
    const auto coverage = [&](const QSet<QString>& labelStems) {
        double total = 0;
        double shared = 0;
        for (const QString& stem : labelStems) {
            total += weight(stem);
            if (stems.contains(stem))
                shared += weight(stem);
        }
        return total > 0 ? shared / total : 0.0;
    };
    double mentionWeight = 0;
    for (const QString& stem : stems) {
        mentionWeight += weight(stem);
        if (words.all.contains(stem))
            result.shared += weight(stem);
    }
    result.labelCoverage = std::max(coverage(words.labelFr), coverage(words.labelEn));
    result.mentionCoverage = mentionWeight > 0 ? result.shared / mentionWeight : 0.0;

    // The coarser the mention is than the event, the more its words must say it is the same thing: a
    // mention to the day (or week) within the event's days needs one distinctive word; to the month,
    // or no coarser than the event itself, two; a season or year against a shorter event, two that
    // also make up most of the event's label or most of the mention.
    const qint64 mentionDays = first.daysTo(last) + 1;
    const qint64 eventDays = eventFirst.daysTo(eventLast) + 1;
    result.coarse = mentionDays > 31 && mentionDays > eventDays;
    if (mentionDays <= 7)
        result.matches = result.shared >= 1.0;
    else if (!result.coarse)
        result.matches = result.shared >= 2.0;
    else
        result.matches
            = result.shared >= 2.0 && std::max(result.labelCoverage, result.mentionCoverage) >= 0.6;
    result.score = result.shared + result.labelCoverage;
    result.daysApart = std::abs(midJulian(first, last) - midJulian(eventFirst, eventLast));
    return result;
}

qsizetype ChronologyIndex::matchStems(const QSet<QString>& stems, const PartialDate& date) const
{
    if (stems.isEmpty() || m_events.isEmpty() || !date.isValid())
        return -1;
    const QDate first = date.firstDay();
    const QDate last = date.lastDay();
    if (!first.isValid() || !last.isValid())
        return -1;
    qsizetype best = -1;
    ChronologyMatch bestMatch;
    double mostSharedByOthers = -1; // by the matching events other than the best
    const auto consider = [&](qsizetype i) {
        if (i == best)
            return;
        const ChronologyMatch m = scoreStems(stems, date, i);
        if (!m.matches)
            return;
        if (best < 0 || m.score > bestMatch.score
            || (m.score == bestMatch.score
                && (m.daysApart < bestMatch.daysApart || (m.daysApart == bestMatch.daysApart && i < best)))) {
            if (best >= 0)
                mostSharedByOthers = std::max(mostSharedByOthers, bestMatch.shared);
            best = i;
            bestMatch = m;
        } else {
            mostSharedByOthers = std::max(mostSharedByOthers, m.shared);
        }
    };
    // An event met in several months' buckets is scored again (unless it is the best so far); the result is
    // the same.
    for (int m = monthKey(first), to = monthKey(last); m <= to; ++m) {
        const auto bucket = m_byMonth.constFind(m);
        if (bucket != m_byMonth.cend())
            for (const qsizetype i : *bucket)
                consider(i);
    }
    for (const qsizetype i : m_longEvents)
        consider(i);
    // "Le démantèlement de la Jungle" in 2016 says as much of March's demolition as of October's: a
    // mention coarser than the events it matches is linked only when its words prefer one of them.
    if (best >= 0 && bestMatch.coarse && mostSharedByOthers >= bestMatch.shared)
        return -1;
    return best;
}

} // namespace littoral::core
