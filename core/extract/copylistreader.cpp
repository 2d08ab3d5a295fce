// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/copylistreader.h"

#include "core/extract/functionparser.h"
#include "core/extract/lexicon.h"

#include <QRegularExpression>

#include <algorithm>

namespace littoral::core {
namespace {

constexpr auto kOptions = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption
    | QRegularExpression::ExtendedPatternSyntaxOption;
constexpr auto kCaseSensitive = QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::ExtendedPatternSyntaxOption;
constexpr int kMaxListLines = 20; // a list one entry per line; beyond, what follows is no longer the list
constexpr qsizetype kLongListLine = 100; // a line of prose or a footer, not an entry
constexpr qsizetype kWrappedLine = 60; // a line of an inline list this long that goes on below was wrapped

// The list goes on over the next line: a line ending on a comma or a word that needs a following one.
bool endsOpen(const QString& text)
{
    static const QRegularExpression open(QStringLiteral(R"(
        (?: [,;–-]
          | \s (?: de | du | des | la | le | les | l['’] | d['’] | à | au | aux | et | the | of | for | and | to )
        ) \s* $
    )"),
        kOptions);
    return open.match(text).hasMatch();
}

// What ends a list written below its marker: enclosures, a page number, an address footer.
bool endsList(const QString& line)
{
    static const QRegularExpression end(QStringLiteral(R"(
        ^(?: p\.?\s?j\.?                 # "P.J. : 1 annexe"
           | pi[èe]ces?\s+jointes?
           | encl(?:osures?)?\.?
           | annexes?
           | page\s+\d
           | p\.\s*\d
           | \d+\s*/\s*\d+$
        ) (?: \s | : | $ )
    )"),
        kOptions);
    // A list written among a heading's fields ("Cc: …" under "To: …") ends at the next field.
    static const QRegularExpression field(QStringLiteral(R"(
        ^(?: from | to | date | sent | subject | re | object | de | à | a | pour | objet | envoyé | le | réf\.? | ref\.? ) \s* :
    )"),
        kOptions);
    return end.match(line).hasMatch() || field.match(line).hasMatch() || Lexicon::instance().addressLine().match(line).hasMatch();
}

// "de l'Égalité des territoires", "et de la Ruralité", "for Housing": a piece starting with a word
// in lower case, other than an article, goes on with the title or name before it.
bool continuesPrevious(const QString& piece)
{
    static const QRegularExpression conjunction(QStringLiteral(R"( ^(?: et | and ) \s+ )"), kCaseSensitive);
    static const QRegularExpression article(QStringLiteral(R"(
        ^(?: le | la | les | l['’] | the | à | au | aux | a | to ) (?: \s | ['’] | $ )
    )"),
        kCaseSensitive);
    QString rest = piece;
    rest.remove(conjunction);
    return !rest.isEmpty() && rest.front().isLower() && !article.match(rest).hasMatch();
}

// "Jane Smith MP", "John Brown QC", "Ali Khan OBE": letters after a name are a sign of a person;
// MP and MEP also name the office.
struct PostNominals {
    QString name; // the text without them
    QString office; // "MP", "MEP", or empty
    bool any = false;
};

PostNominals withoutPostNominals(const QString& text)
{
    static const QRegularExpression letters(QStringLiteral(R"(
        (?: ,? \s+ (?: MP | MEP | QC | KC | OBE | MBE | CBE | DBE | KBE | JP | PhD | Esq\.? ) )+ $
    )"),
        kCaseSensitive);
    static const QRegularExpression office(QStringLiteral(R"( \b(MEP|MP)\b )"), kCaseSensitive);
    PostNominals out { text, {}, false };
    const auto m = letters.match(text);
    if (!m.hasMatch())
        return out;
    out.any = true;
    out.name = text.left(m.capturedStart()).trimmed();
    if (const auto o = office.match(m.captured(0)); o.hasMatch())
        out.office = o.captured(1);
    return out;
}

} // namespace

// One piece of a list as read: a person (with the function before the name or their post-nominal
// office), an office or an organisation.
struct CopyListReader::Entry {
    QString text; // without leading articles and prepositions
    std::optional<PersonName> person; // a name-shaped piece, whether or not it is taken as a person
    QString functionBefore; // "le Sous-préfet" of "le Sous-préfet Jean Dupont"
    QString postNominalOffice;
    bool recognisedPerson = false; // known first name, courtesy title, function before or post-nominals
    bool function = false; // the piece is a function ("Chair", "Préfet du Nord")
    bool loneFunction = false; // a function that names no organisation of its own ("Chair", "Directrice")
    bool courtesy = false;
};

CopyListReader::CopyListReader(const TextLines& lines, ExtractionBudget& budget, PersonReader personOnLine)
    : m_lines(lines)
    , m_budget(budget)
    , m_personOnLine(std::move(personOnLine))
{
}

QList<Participant> CopyListReader::read(qsizetype from, qsizetype headingEnd, qsizetype dateLine) const
{
    const Lexicon& lex = Lexicon::instance();
    // In a heading, "CC/MB/2019-045" is a reference and "CC du Pays de Lumbres" a body: a field has its colon.
    static const QRegularExpression headingField(QStringLiteral(R"( ^(?: b?cc | cci | copies? (?: \s* (?: à | a ) )? | copy \s+ to ) \s* : )"), kOptions);
    QList<Participant> out;
    for (qsizetype i = from; i < m_lines.size() && !m_budget.spent(); ++i) {
        const QString& c = m_lines.at(i).content;
        m_budget.examine(c.size());
        const auto m = lex.copyLine().match(c);
        if (!m.hasMatch())
            continue;
        const bool inHeading = i < headingEnd;
        if (inHeading && !headingField.match(c).hasMatch())
            continue;
        const qsizetype limit = !inHeading ? m_lines.size() : dateLine > i ? std::min(headingEnd, dateLine) : headingEnd;
        QString list;
        const qsizetype next = gather(i, m.capturedEnd(), limit, list);
        if (!readList(list, i, next, out))
            break;
        i = next - 1;
    }
    return out;
}

// The list's text from the marker on, its lines joined: "; " between entries written one per line,
// a space where a sentence or an entry was wrapped. Returns the line after the list.
qsizetype CopyListReader::gather(qsizetype copyLine, qsizetype markerEnd, qsizetype limit, QString& list) const
{
    const Lexicon& lex = Lexicon::instance();
    const QString& first = m_lines.at(copyLine).content;
    list = first.mid(markerEnd);
    const bool inlineList = !list.trimmed().remove(QLatin1Char(':')).isEmpty();
    // "A copy of this letter has been sent to …": a sentence, wrapped until its full stop.
    const bool sentence = markerEnd > 20;
    qsizetype next = copyLine + 1;
    bool any = inlineList;
    QString previous = first; // the last line taken
    for (int taken = 0; next < limit && taken < kMaxListLines; ++next) {
        const TextLine& line = m_lines.at(next);
        if (line.isBlank()) {
            // A sentence goes on over the blank lines a PDF's text puts between its lines, until its full
            // stop; an entry left open ("… and the Prime Minister of the") too. Otherwise a blank line ends
            // the list.
            if (any) {
                if ((sentence && !list.trimmed().endsWith(QLatin1Char('.'))) || endsOpen(previous))
                    continue;
                break;
            }
            // "Copie à :", a blank line, then a bulleted list.
            qsizetype k = next + 1;
            while (k < m_lines.size() && m_lines.at(k).isBlank() && k < next + 3)
                ++k;
            if (k >= m_lines.size() || !m_lines.at(k).bulleted)
                break;
            continue;
        }
        const QString& c = line.content;
        m_budget.examine(c.size());
        if (list.trimmed().endsWith(QLatin1Char('.')) || c.size() >= kLongListLine || lex.copyLine().match(c).hasMatch()
            || (!line.bulleted && endsList(c)))
            break;
        // A sentence or an entry wrapped over lines goes on in lower case or after an open end, and an
        // inline list after a long line; a bullet, or a line below a short one, starts a new entry.
        const bool wrapped = !line.bulleted
            && (sentence || c.front().isLower() || endsOpen(previous) || (inlineList && previous.size() >= kWrappedLine));
        list += (wrapped && any ? QStringLiteral(" ") : QStringLiteral("; ")) + c;
        previous = c;
        any = true;
        ++taken;
    }
    return next;
}

// The list cut into entries, as spans of `list`. English lists join with "and the"; French ones with
// commas and "et". A piece that goes on in lower case ("de la Ruralité") is put back onto the one before.
QList<CopyListReader::Span> CopyListReader::split(const QString& list) const
{
    static const QRegularExpression englishSplit(QStringLiteral(R"(
        \s* (?: ;
              | ,\s* (?:and\s+)? (?:to\s+)? (?=the\s)
              | \s+and\s+ (?:to\s+)? (?=the\s)
              | ,\s* (?=à\s|au\s|aux\s)
              | \s+et\s+ (?=à\s|au\s|aux\s|m\.|mme|monsieur|madame)
            ) \s*
    )"),
        kOptions);
    static const QRegularExpression frenchSplit(QStringLiteral(R"( \s* (?: , | ; | \s+et\s+ | \s+and\s+ ) \s* )"), kOptions);
    // "A, B and C" without articles: split only when every piece still names something, a body or a
    // function ("Civil Liberties, Justice and Home Affairs committee" stays whole: "Justice" alone is no body).
    static const QRegularExpression listSplit(QStringLiteral(R"(
        \s* , \s+ (?:and\s+)? (?=\p{Lu})
      | \s+ and \s+ (?=\p{Lu})
    )"),
        kCaseSensitive);
    static const QRegularExpression article(QStringLiteral(R"( \bthe\b )"), kOptions);
    const bool english = list.contains(article);

    auto spansOf = [&](const Span& whole, const QRegularExpression& separator) {
        QList<Span> spans;
        Span current { whole.start, whole.end, whole.joint };
        auto it = separator.globalMatch(QStringView(list).sliced(whole.start, whole.end - whole.start));
        while (it.hasNext()) {
            const auto m = it.next();
            if (m.capturedLength() == 0)
                continue;
            current.end = whole.start + m.capturedStart();
            spans.append(current);
            const QString joint = m.captured(0).trimmed();
            current = { whole.start + m.capturedEnd(), whole.end,
                joint == QLatin1String(",") ? Joint::Comma
                    : joint.contains(QLatin1Char(';'))  ? Joint::Separator
                                                        : Joint::Conjunction };
        }
        spans.append(current);
        return spans;
    };
    auto words = [&](const Span& s) { return QStringView(list).sliced(s.start, s.end - s.start).split(QLatin1Char(' '), Qt::SkipEmptyParts).size(); };

    QList<Span> pieces;
    for (const Span& part : spansOf({ 0, list.size(), Joint::None }, english ? englishSplit : frenchSplit)) {
        const QList<Span> inner = english ? spansOf(part, listSplit) : QList<Span> { part };
        const bool named = std::all_of(inner.cbegin(), inner.cend(), [&](const Span& s) {
            return words(s) >= 2 || FunctionParser::isFunction(list.mid(s.start, s.end - s.start)); // "Chair" names an office
        });
        pieces += named ? inner : QList<Span> { part };
    }
    QList<Span> merged;
    for (const Span& s : std::as_const(pieces)) {
        if (s.end <= s.start)
            continue;
        const QString piece = list.mid(s.start, s.end - s.start).trimmed();
        m_budget.examine(piece.size());
        if (!merged.isEmpty() && (s.joint == Joint::Comma || s.joint == Joint::Conjunction) && continuesPrevious(piece)) {
            // Not onto a person's name ("M. Jean Dupont, de Calais" is a person and a place).
            const Span& before = merged.last();
            if (!PersonName::parse(list.mid(before.start, before.end - before.start))) {
                merged.last().end = s.end;
                continue;
            }
        }
        merged.append(s);
    }
    return merged;
}

CopyListReader::Entry CopyListReader::entryAt(const QString& list, const QList<Span>& spans, qsizetype k) const
{
    const Lexicon& lex = Lexicon::instance();
    static const QRegularExpression leading(QStringLiteral(R"(
        ^(?: (?:and\s+)? (?:to\s+)? the\s+
           | à\s+ (?:la\s+ | l['’])?
           | au\s+
           | aux\s+
           | la\s+
           | le\s+
           | l['’]
         )+
    )"),
        kOptions);
    Entry e;
    e.text = list.mid(spans.at(k).start, spans.at(k).end - spans.at(k).start).trimmed();
    e.text.remove(leading);
    e.text = e.text.trimmed();
    m_budget.examine(e.text.size());
    if (e.text.size() < 2)
        return e;
    e.courtesy = lex.leadingCourtesy().match(e.text).capturedLength() > 0;
    e.function = FunctionParser::isFunction(e.text);
    e.loneFunction = e.function && FunctionParser::organizationFor(FunctionParser::asTitle(e.text)).isEmpty();
    const PostNominals post = withoutPostNominals(e.text);
    if (const auto person = m_personOnLine(post.name)) {
        e.person = person->first;
        e.functionBefore = person->second;
        e.postNominalOffice = post.office;
        e.recognisedPerson = person->first.knownFirstName || person->first.hadCourtesyTitle || !person->second.isEmpty() || post.any;
    }
    return e;
}

bool CopyListReader::readList(const QString& rawList, qsizetype copyLine, qsizetype listEnd, QList<Participant>& out) const
{
    const Lexicon& lex = Lexicon::instance();
    QString list = rawList.simplified();
    while (list.startsWith(QLatin1Char(':')))
        list = list.mid(1).trimmed();
    if (list.endsWith(QLatin1Char('.')))
        list.chop(1);
    const QList<Span> spans = split(list);
    qsizetype cursor = m_lines.at(copyLine).contentStart;
    const qsizetype regionEnd = listEnd < m_lines.size() ? m_lines.at(listEnd).start : m_lines.text().size();
    std::optional<Entry> ahead; // the next entry, read when the current one looked at it
    qsizetype lastPerson = -1; // index in `out` of the person the entry before named, while their title may follow
    bool lastTitleFromLetters = false; // that person's title is their post-nominal office: a written function wins
    for (qsizetype k = 0; k < spans.size(); ++k) {
        if (m_budget.spent())
            return false;
        const Entry e = ahead ? *ahead : entryAt(list, spans, k);
        ahead.reset();
        auto peek = [&]() -> const Entry* {
            if (k + 1 >= spans.size())
                return nullptr;
            if (!ahead)
                ahead = entryAt(list, spans, k + 1);
            return &*ahead;
        };
        // An organisation entry: neither a person nor a function.
        auto isBody = [](const Entry* x) { return x && x->text.size() >= 2 && !x->function && !x->recognisedPerson && !x->courtesy; };
        if (e.text.size() < 2)
            continue;
        const qsizetype personBefore = std::exchange(lastPerson, -1);
        // "M. Clément GAUTIER, Sous-préfet de Dunkerque": the function after a person in copy is their title;
        // "Jane Smith, Chair, Home Affairs Committee": a lone function's organisation follows it.
        // "Ms Jane Roe; the Mayor of Dover": an office with its article after a separator is an entry of its own.
        static const QRegularExpression leadingArticle(QStringLiteral(R"( ^(?: the | le | la | l['’] ) (?: \s | (?<=['’]) ) )"), kOptions);
        const bool ownEntry = spans.at(k).joint == Joint::Separator
            && leadingArticle.match(QStringView(list).mid(spans.at(k).start, spans.at(k).end - spans.at(k).start)).hasMatch();
        if (personBefore >= 0 && e.function && !e.courtesy && e.functionBefore.isEmpty() && !ownEntry) {
            Participant& person = out[personBefore];
            if (person.title.isEmpty() || lastTitleFromLetters) {
                person.title = FunctionParser::asTitle(e.text);
                if (e.loneFunction && isBody(peek()) && spans.at(k + 1).joint == Joint::Comma) {
                    person.organization = FunctionParser::asTitle(ahead->text);
                    ahead.reset();
                    ++k;
                }
                continue;
            }
        }
        Participant p;
        p.role = ParticipantRole::Cc;
        // A person in copy is recognisably one: a known first name, a courtesy title, a function before
        // the name, letters after it ("MP", "QC"), or a function after it ("Ngozi Okafor, Chair of …").
        const Entry* following = e.person && !e.recognisedPerson ? peek() : nullptr;
        const bool person = e.person
            && (e.recognisedPerson || (following && following->function && !following->courtesy && !following->recognisedPerson));
        if (person) {
            // A person in copy is named with their function; the body they belong to is only a copy
            // recipient when the line names it.
            p.kind = CorrespondentKind::Person;
            p.name = e.person->name;
            p.title = FunctionParser::asTitle(e.functionBefore);
            lastTitleFromLetters = p.title.isEmpty() && !e.postNominalOffice.isEmpty();
            if (lastTitleFromLetters)
                p.title = e.postNominalOffice;
            p.evidence = evidenceOf(e.text, cursor, regionEnd, copyLine);
            lastPerson = out.size();
            out.append(p);
            continue;
        }
        QString name = e.text;
        if (const auto courtesy = lex.leadingCourtesy().match(name); courtesy.capturedLength() > 0) {
            static const QRegularExpression article(QStringLiteral(R"( ^(?: le | la | les | l['’] | the ) \s* )"), kOptions);
            name = name.mid(courtesy.capturedEnd()).remove(article).trimmed();
        }
        p.kind = CorrespondentKind::Organization;
        p.evidence = evidenceOf(e.text, cursor, regionEnd, copyLine);
        // "Chair, Home Affairs Committee": the office of a body, named by the body, with its function.
        if (FunctionParser::isFunction(name) && FunctionParser::organizationFor(FunctionParser::asTitle(name)).isEmpty()
            && isBody(peek()) && spans.at(k + 1).joint == Joint::Comma) {
            p.title = FunctionParser::asTitle(name);
            p.name = FunctionParser::asTitle(ahead->text);
            const Evidence body = evidenceOf(ahead->text, cursor, regionEnd, copyLine);
            if (body.offset >= 0 && p.evidence.offset >= 0 && body.offset >= p.evidence.offset) {
                p.evidence.text = m_lines.text().mid(p.evidence.offset, body.offset + body.text.size() - p.evidence.offset);
            }
            ahead.reset();
            ++k;
            out.append(p);
            continue;
        }
        // An office in copy ("the Prime Minister of the United Kingdom") is named as written.
        p.name = FunctionParser::asTitle(name);
        if (FunctionParser::isFunction(name))
            p.title = p.name;
        out.append(p);
    }
    return true;
}

// Where a piece of the list is written: looked for from the end of the one before (`cursor`, moved
// past it) within a short window, so a list of thousands of names is read once. A piece whose
// spaces differ from the text (joined lines) is pointed at by its first word, or failing that the
// marker's line.
Evidence CopyListReader::evidenceOf(const QString& piece, qsizetype& cursor, qsizetype regionEnd, qsizetype copyLine) const
{
    const QString& text = m_lines.text();
    const TextLine& marker = m_lines.at(copyLine);
    const Evidence wholeLine { marker.content, marker.contentStart };
    const qsizetype window = std::min(regionEnd, cursor + 2 * piece.size() + 200) - cursor;
    if (window <= 0)
        return wholeLine;
    const QStringView area = QStringView(text).sliced(cursor, window);
    m_budget.examine(window);
    for (const QString& wanted : { piece, piece.section(QLatin1Char(' '), 0, 0) }) {
        if (wanted.isEmpty())
            continue;
        const qsizetype at = area.indexOf(wanted);
        if (at < 0)
            continue;
        const qsizetype offset = cursor + at;
        cursor = offset + wanted.size();
        return { wanted, offset };
    }
    return wholeLine;
}

} // namespace littoral::core
