// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/textcleaner.h"

#include <utility>

#include <QHash>
#include <QList>

#include <algorithm>
#include <array>
#include <optional>

namespace littoral::core {

namespace {

bool isDash(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'-' || u == u'\u2010' || u == u'\u2013' || u == u'\u2014';
}

bool isWordChar(QChar c)
{
    return c.isLetter() || c.isMark();
}

bool isLineEndHyphen(char16_t c)
{
    return c == u'-' || c == u'\u2010' || c == u'\u00AD';
}

// Appends UTF-16 code units to a preallocated QString; QString::append per character costs a call.
class Utf16Writer {
public:
    explicit Utf16Writer(qsizetype capacity)
        : m_out(capacity, Qt::Uninitialized)
    {
        reset(0);
    }

    void put(char16_t c)
    {
        if (m_pos == m_end)
            grow();
        *m_pos++ = c;
    }
    void put(QLatin1String s)
    {
        for (const char c : s)
            put(char16_t(c));
    }
    void put(QStringView s)
    {
        while (m_end - m_pos < s.size())
            grow();
        std::copy(s.utf16(), s.utf16() + s.size(), m_pos);
        m_pos += s.size();
    }
    QStringView written() const { return QStringView(m_begin, m_pos - m_begin); }
    QString take()
    {
        m_out.truncate(m_pos - m_begin);
        return std::move(m_out);
    }

private:
    void reset(qsizetype length)
    {
        m_begin = reinterpret_cast<char16_t*>(m_out.data());
        m_pos = m_begin + length;
        m_end = m_begin + m_out.size();
    }
    void grow()
    {
        const qsizetype length = m_pos - m_begin;
        m_out.resize(m_out.size() * 2 + 16);
        reset(length);
    }

    QString m_out;
    char16_t* m_begin = nullptr;
    char16_t* m_pos = nullptr;
    char16_t* m_end = nullptr;
};

inline bool needsRewrite(char16_t c)
{
    if (c >= 0x20 && c < 0x7F)
        return false;
    if (c < 0x20)
        return c != u'\n' && c != u'\t' && c != u'\f';
    if (c <= 0xA0)
        return true; // DEL, C1 controls, NO-BREAK SPACE
    if (c < 0x2007)
        return false;
    switch (c) {
    case u'\u2007':
    case u'\u200B':
    case u'\u2028':
    case u'\u2029':
    case u'\u202F':
    case u'\u2060':
    case u'\uFEFF':
        return true;
    default:
        return c >= 0xFB00 && c <= 0xFB06;
    }
}

// Pass 1: line ends, controls, spaces, invisible characters and ligatures; form feeds stay for pass 3.
QString normaliseCharacters(const QString& in)
{
    const auto* src = reinterpret_cast<const char16_t*>(in.utf16());
    const qsizetype n = in.size();
    qsizetype i = 0;
    while (i < n && !needsRewrite(src[i]))
        ++i;
    if (i == n)
        return in; // most files: nothing to rewrite, no copy

    Utf16Writer out(n + 16);
    qsizetype runStart = 0; // characters kept as they are are copied in runs
    for (; i < n; ++i) {
        const char16_t c = src[i];
        if (!needsRewrite(c))
            continue;
        out.put(QStringView(src + runStart, i - runStart));
        runStart = i + 1;
        switch (c) {
        case u'\r':
            out.put(u'\n');
            if (i + 1 < n && src[i + 1] == u'\n')
                runStart = ++i + 1;
            break;
        // Word exports manual line breaks as VT; removing it would glue two words together.
        case u'\v':
        case u'\u0085': // NEXT LINE
        case u'\u2028': // LINE SEPARATOR
            out.put(u'\n');
            break;
        case u'\u2029': // PARAGRAPH SEPARATOR
            out.put(QLatin1String("\n\n"));
            break;
        case u'\u00A0':
        case u'\u2007':
        case u'\u202F':
            out.put(u' ');
            break;
        case u'\uFB00':
            out.put(QLatin1String("ff"));
            break;
        case u'\uFB01':
            out.put(QLatin1String("fi"));
            break;
        case u'\uFB02':
            out.put(QLatin1String("fl"));
            break;
        case u'\uFB03':
            out.put(QLatin1String("ffi"));
            break;
        case u'\uFB04':
            out.put(QLatin1String("ffl"));
            break;
        case u'\uFB05':
        case u'\uFB06':
            out.put(QLatin1String("st"));
            break;
        default:
            // NUL, other C0/C1 controls, zero-width space, word joiner, BOM. ZWNJ and ZWJ
            // (U+200C/D) never get here: they change spelling in Persian and Arabic names.
            break;
        }
    }
    out.put(QStringView(src + runStart, n - runStart));
    return out.take();
}

bool isBlankLine(QStringView line)
{
    return std::all_of(line.begin(), line.end(), [](QChar c) { return c.isSpace(); });
}

// Reads 1–4 ASCII digits at pos; returns false when there are none or more than four.
bool readNumber(QStringView s, qsizetype& pos)
{
    const qsizetype start = pos;
    while (pos < s.size() && s[pos].unicode() >= u'0' && s[pos].unicode() <= u'9')
        ++pos;
    return pos > start && pos - start <= 4;
}

void skipSpaces(QStringView s, qsizetype& pos)
{
    while (pos < s.size() && s[pos].isSpace())
        ++pos;
}

bool readWord(QStringView s, qsizetype& pos, QLatin1String word)
{
    if (s.size() - pos < word.size() || s.sliced(pos, word.size()).compare(word, Qt::CaseInsensitive) != 0)
        return false;
    pos += word.size();
    return true;
}

struct PageNumber {
    int number = 0;
    int of = 0; // "sur 30", "of 30", "/30"; 0 when the line does not say
};

// "12", "- 12 -", "Page 12", "p. 12", "Page 12 sur 30", "Page 12 of 30", "12/30".
std::optional<PageNumber> parsePageNumber(QStringView line)
{
    const QStringView s = line.trimmed();
    qsizetype pos = 0;
    while (pos < s.size() && isDash(s[pos]))
        ++pos;
    skipSpaces(s, pos);
    if (readWord(s, pos, QLatin1String("page")) || readWord(s, pos, QLatin1String("p.")))
        skipSpaces(s, pos);
    const qsizetype numberStart = pos;
    if (!readNumber(s, pos))
        return std::nullopt;
    PageNumber result { s.sliced(numberStart, pos - numberStart).toInt(), 0 };
    qsizetype afterFirst = pos;
    skipSpaces(s, pos);
    if (pos < s.size() && s[pos] == QLatin1Char('/')) {
        ++pos;
    } else if (!(readWord(s, pos, QLatin1String("sur ")) || readWord(s, pos, QLatin1String("of "))
                   || readWord(s, pos, QLatin1String("de ")))) {
        pos = afterFirst;
    }
    if (pos != afterFirst) {
        skipSpaces(s, pos);
        const qsizetype ofStart = pos;
        if (!readNumber(s, pos))
            return std::nullopt;
        result.of = s.sliced(ofStart, pos - ofStart).toInt();
    }
    skipSpaces(s, pos);
    while (pos < s.size() && isDash(s[pos]))
        ++pos;
    if (pos != s.size())
        return std::nullopt;
    return result;
}

bool isPageNumberLine(QStringView line)
{
    return parsePageNumber(line).has_value();
}

// "Page 1 sur 1" ending a text without page breaks: a one-page PDF's footer, a page number.
bool endsWithOnlyPageNumber(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    const qsizetype lineStart = trimmed.lastIndexOf(QLatin1Char('\n')) + 1;
    const std::optional<PageNumber> n = parsePageNumber(trimmed.sliced(lineStart));
    return n && n->number == 1 && n->of == 1;
}

// Header/footer identity: trimmed, with every digit run collapsed so "Rapport – page 3" matches
// "Rapport – page 4". Lines without a letter or digit (rules, ornaments) are never headers.
QString headerKey(QStringView line)
{
    const QStringView s = line.trimmed();
    QString key;
    key.reserve(s.size());
    bool meaningful = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i].isDigit()) {
            meaningful = true;
            if (key.isEmpty() || key.back() != QLatin1Char('#'))
                key.append(QLatin1Char('#'));
            continue;
        }
        meaningful = meaningful || s[i].isLetter();
        key.append(s[i]);
    }
    return meaningful ? key : QString();
}

struct Line {
    qsizetype start = 0;
    qsizetype length = 0;
    bool removed = false;
    bool letterhead = false; // a running header's copy on the first page: kept in the output
};

struct Page {
    qsizetype first = 0; // index into the line list
    qsizetype count = 0;
    bool topNumberRemoved = false;
    bool bottomNumberRemoved = false;
};

// Pass 3, for texts with form feeds (or one page ending "Page 1 sur 1"): drops page numbers and running headers/footers page by page.
class PageCleaner {
public:
    explicit PageCleaner(const QString& text)
        : m_text(text)
    {
        qsizetype lineStart = 0;
        Page page;
        for (qsizetype i = 0; i <= text.size(); ++i) {
            const bool end = i == text.size();
            const QChar c = end ? QChar() : text[i];
            if (end || c == QLatin1Char('\n') || c == QLatin1Char('\f')) {
                m_lines.append(Line { lineStart, i - lineStart, false });
                ++page.count;
                lineStart = i + 1;
                if (end || c == QLatin1Char('\f')) {
                    m_pages.append(page);
                    page = Page {};
                    page.first = m_lines.size();
                }
            }
        }
    }

    QString run()
    {
        for (int round = 0; round < 3; ++round) {
            const bool numbers = removePageNumbers();
            const bool headers = removeRepeatedLines();
            if (!numbers && !headers)
                break;
        }
        return assemble();
    }

private:
    QStringView lineText(qsizetype index) const
    {
        return QStringView(m_text).sliced(m_lines[index].start, m_lines[index].length);
    }

    std::optional<qsizetype> firstContentLine(const Page& page) const
    {
        for (qsizetype i = page.first; i < page.first + page.count; ++i) {
            if (!m_lines[i].removed && !isBlankLine(lineText(i)))
                return i;
        }
        return std::nullopt;
    }

    std::optional<qsizetype> lastContentLine(const Page& page) const
    {
        for (qsizetype i = page.first + page.count - 1; i >= page.first; --i) {
            if (!m_lines[i].removed && !isBlankLine(lineText(i)))
                return i;
        }
        return std::nullopt;
    }

    // "Page 3 sur 5" on the third of five pages says what it is, even where no other page is numbered.
    bool numbersThisPage(qsizetype line, qsizetype p) const
    {
        const std::optional<PageNumber> n = parsePageNumber(lineText(line));
        return n && n->number == p + 1 && n->of == m_pages.size();
    }

    bool stripNumberAtTop(qsizetype p, bool onlyIfItSaysSo = false)
    {
        if (m_pages[p].topNumberRemoved)
            return false;
        const std::optional<qsizetype> line = firstContentLine(m_pages[p]);
        if (!line || !(onlyIfItSaysSo ? numbersThisPage(*line, p) : isPageNumberLine(lineText(*line))))
            return false;
        m_lines[*line].removed = true;
        m_pages[p].topNumberRemoved = true;
        return true;
    }

    bool stripNumberAtBottom(qsizetype p, bool onlyIfItSaysSo = false)
    {
        if (m_pages[p].bottomNumberRemoved)
            return false;
        const std::optional<qsizetype> line = lastContentLine(m_pages[p]);
        if (!line || !(onlyIfItSaysSo ? numbersThisPage(*line, p) : isPageNumberLine(lineText(*line))))
            return false;
        m_lines[*line].removed = true;
        m_pages[p].bottomNumberRemoved = true;
        return true;
    }

    // Only next to a form feed, and one per page boundary: a number inside a page ("2002" in a
    // paragraph) is content.
    bool removePageNumbers()
    {
        const qsizetype last = m_pages.size() - 1;
        bool removed = false;
        for (qsizetype p = 0; p <= last; ++p) {
            bool here = false;
            if (p > 0)
                here = stripNumberAtTop(p) || here;
            if (p < last)
                here = stripNumberAtBottom(p) || here;
            if (here)
                ++m_numberedPages;
            removed = removed || here;
        }
        // Once the document is known to number its pages, the number on the first page's top
        // or the last page's bottom is a page number too.
        const bool onlyIfItSaysSo = m_numberedPages < 2;
        removed = stripNumberAtTop(0, onlyIfItSaysSo) || removed;
        removed = stripNumberAtBottom(last, onlyIfItSaysSo) || removed;
        return removed;
    }

    bool removeRepeatedLines()
    {
        const qsizetype pageCount = m_pages.size();
        QList<std::optional<qsizetype>> tops(pageCount);
        QList<std::optional<qsizetype>> bottoms(pageCount);
        QList<QString> topKeys(pageCount);
        QList<QString> bottomKeys(pageCount);
        QHash<QString, int> topCounts;
        QHash<QString, int> bottomCounts;
        qsizetype contentPages = 0;
        for (qsizetype p = 0; p < pageCount; ++p) {
            tops[p] = firstContentLine(m_pages[p]);
            if (!tops[p])
                continue;
            ++contentPages;
            bottoms[p] = lastContentLine(m_pages[p]);
            topKeys[p] = headerKey(lineText(*tops[p]));
            bottomKeys[p] = headerKey(lineText(*bottoms[p]));
            if (!topKeys[p].isEmpty())
                ++topCounts[topKeys[p]];
            if (!bottomKeys[p].isEmpty())
                ++bottomCounts[bottomKeys[p]];
        }
        // At least three pages, and in long documents at least a quarter of them, so that a
        // recurring first line such as "Article 3" in a long report is not mistaken for a header.
        const auto repeated = [contentPages](int count) { return count >= 3 && count * 4 >= contentPages; };
        bool removed = false;
        bool firstContentPage = true;
        for (qsizetype p = 0; p < pageCount; ++p) {
            if (!tops[p])
                continue;
            const bool firstPage = std::exchange(firstContentPage, false);
            if (!topKeys[p].isEmpty() && repeated(topCounts.value(topKeys[p]))) {
                m_lines[*tops[p]].removed = true;
                // The first page's copy is the letterhead, which names the sender: it stays.
                m_lines[*tops[p]].letterhead = firstPage;
                removed = true;
            }
            if (!bottomKeys[p].isEmpty() && repeated(bottomCounts.value(bottomKeys[p]))) {
                m_lines[*bottoms[p]].removed = true;
                removed = true;
            }
        }
        return removed;
    }

    QString assemble() const
    {
        QString out;
        out.reserve(m_text.size() + m_pages.size());
        for (qsizetype p = 0; p < m_pages.size(); ++p) {
            if (p > 0)
                out.append(QLatin1String("\n\n")); // the form feed: a page break keeps paragraphs apart
            bool firstKept = true;
            const Page& page = m_pages[p];
            for (qsizetype i = page.first; i < page.first + page.count; ++i) {
                if (m_lines[i].removed && !m_lines[i].letterhead)
                    continue;
                if (!firstKept)
                    out.append(QLatin1Char('\n'));
                out.append(lineText(i));
                firstKept = false;
            }
        }
        return out;
    }

    const QString& m_text;
    QList<Line> m_lines;
    QList<Page> m_pages;
    int m_numberedPages = 0;
};

// Words before a line-end hyphen that form real compounds: "sous-\npréfet" is "sous-préfet".
constexpr auto s_compoundPrefixes = std::to_array<QStringView>({
    u"sans",
    u"sous",
    u"porte",
    u"grand",
    u"grande",
    u"demi",
    u"mi",
    u"semi",
    u"ex",
    u"non",
    u"vice",
    u"quasi",
    u"arrière",
    u"avant",
    u"après",
    u"contre",
    u"self",
    u"nord",
    u"sud",
    u"ouest",
    u"belle",
    u"beau",
});

// Words after a line-end hyphen that attach with a hyphen: "dit-\nil", "celui-\nci", "peut-\nêtre".
constexpr auto s_hyphenatedSuffixes = std::to_array<QStringView>({
    u"ci",
    u"là",
    u"même",
    u"mêmes",
    u"être",
    u"il",
    u"ils",
    u"elle",
    u"elles",
    u"on",
    u"je",
    u"tu",
    u"nous",
    u"vous",
    u"moi",
    u"toi",
    u"lui",
    u"leur",
    u"eux",
    u"y",
    u"en",
    u"ce",
    u"t",
});

template <std::size_t N> bool contains(const std::array<QStringView, N>& words, QStringView word)
{
    return std::any_of(words.begin(), words.end(), [word](QStringView w) {
        return w.size() == word.size() && word.compare(w, Qt::CaseInsensitive) == 0;
    });
}

// A capitalised or lowercase letter run ("interna", "Interna"), not "McDon" nor "INTERNA".
bool isLowercaseRun(QStringView fragment)
{
    for (qsizetype i = 0; i < fragment.size(); ++i) {
        const QChar c = fragment[i];
        if (c.isLower() || c.isMark())
            continue;
        if (i == 0 && (c.isUpper() || c.isTitleCase()) && fragment.size() > 1)
            continue;
        return false;
    }
    return !fragment.isEmpty();
}

bool isLineEndHyphenAt(QStringView text, qsizetype lineFeed)
{
    return lineFeed > 0 && isLineEndHyphen(text[lineFeed - 1].unicode());
}

// Pass 4: a word hyphenated across a single line break is joined; the hyphen goes when the break
// was only typographic ("interna-\ntional"), and stays for compounds ("Pas-de-\nCalais").
QString joinHyphenatedWords(const QString& text)
{
    const QStringView in(text);
    const qsizetype n = in.size();
    qsizetype lineFeed = in.indexOf(QLatin1Char('\n'));
    while (lineFeed >= 0 && !isLineEndHyphenAt(in, lineFeed))
        lineFeed = in.indexOf(QLatin1Char('\n'), lineFeed + 1);
    if (lineFeed < 0)
        return text;

    Utf16Writer out(n);
    qsizetype copied = 0;
    for (; lineFeed >= 0; lineFeed = in.indexOf(QLatin1Char('\n'), lineFeed + 1)) {
        if (!isLineEndHyphenAt(in, lineFeed) || lineFeed + 1 >= n || !in[lineFeed + 1].isLetter())
            continue;
        const qsizetype hyphenAt = lineFeed - 1;
        if (hyphenAt == copied || !in[hyphenAt - 1].isLetter())
            continue; // nothing before the hyphen, or it was consumed by the previous join
        out.put(in.sliced(copied, hyphenAt - copied));
        const QChar hyphen = in[hyphenAt];
        const QChar next = in[lineFeed + 1];
        copied = lineFeed + 1;
        if (hyphen.unicode() == u'\u00AD')
            continue; // a soft hyphen only ever marks a break inside a word

        const QStringView written = out.written();
        qsizetype fragmentStart = written.size();
        while (fragmentStart > 0 && isWordChar(written[fragmentStart - 1]))
            --fragmentStart;
        const QStringView fragment = written.sliced(fragmentStart);
        const bool afterHyphen = fragmentStart > 0 && isDash(written[fragmentStart - 1]);

        qsizetype continuationEnd = lineFeed + 1;
        while (continuationEnd < n && isWordChar(in[continuationEnd]))
            ++continuationEnd;
        const QStringView continuation = in.sliced(lineFeed + 1, continuationEnd - (lineFeed + 1));
        const bool continuationHyphenated = continuationEnd < n && isDash(in[continuationEnd]);

        if (next.isLower()) {
            const bool typographic = isLowercaseRun(fragment) && !afterHyphen && !continuationHyphenated
                && !contains(s_compoundPrefixes, fragment) && !contains(s_hyphenatedSuffixes, continuation);
            if (!typographic)
                out.put(hyphen.unicode());
        } else if (next.isUpper() || next.isTitleCase()) {
            out.put(hyphen.unicode());
        } else {
            copied = hyphenAt; // uncased scripts: no safe rule, leave the line break
        }
    }
    out.put(in.sliced(copied));
    return out.take();
}

} // namespace

QString TextCleaner::clean(const QString& decoded)
{
    // NFC before the structural passes, so that a decomposed "é" counts as one letter there.
    QString text = normaliseCharacters(decoded).normalized(QString::NormalizationForm_C);
    if (text.contains(QLatin1Char('\f')) || endsWithOnlyPageNumber(text))
        text = PageCleaner(text).run();
    return joinHyphenatedWords(text);
}

} // namespace littoral::core
