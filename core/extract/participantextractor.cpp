// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/participantextractor.h"

#include "core/domain/correspondentkey.h"
#include "core/domain/participantconfidence.h"
#include "core/extract/chunkedscan.h"
#include "core/extract/communiquespeaker.h"
#include "core/extract/copylistreader.h"
#include "core/extract/functionparser.h"
#include "core/extract/lexicon.h"
#include "core/extract/personname.h"
#include "core/extract/signatureline.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace littoral::core {
namespace {

constexpr auto kOptions = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
constexpr qsizetype kLongLine = 160; // a line of running prose, not of a letterhead or signature

// Where "Name Surname, function" (findNamedPersons' apposition) can start: a capital letter in a run
// of name characters (letters, apostrophes, hyphens, spaces, tabs) that ends on a comma and a space or
// tab, or the M or D that opens a courtesy title ("M.", "Mme", "Dr", "Monsieur") just before such a run.
// The pattern opens on \p{Lu}, so PCRE2 tried it at every position of the text.
QList<qsizetype> appositionStarts(const QString& text)
{
    const qsizetype n = text.size();
    // Surrogates count as name characters: a letter beyond the BMP is one.
    const auto isNameCharacter = [](QChar c) {
        return c.isLetter() || c.isSurrogate() || c == u'\'' || c == u'\u2019' || c == u'-' || c == u' ' || c == u'\t';
    };
    QList<qsizetype> starts;
    for (qsizetype comma = text.indexOf(u','); comma >= 0; comma = text.indexOf(u',', comma + 1)) {
        if (comma == 0 || comma + 1 >= n || (text.at(comma + 1) != u' ' && text.at(comma + 1) != u'\t'))
            continue;
        qsizetype runStart = comma;
        while (runStart > 0 && isNameCharacter(text.at(runStart - 1)))
            --runStart;
        if (runStart == comma)
            continue;
        qsizetype beforeSpace = runStart;
        while (beforeSpace > 0 && isPatternSpace(text.at(beforeSpace - 1).unicode()))
            --beforeSpace;
        for (qsizetype i = std::max<qsizetype>(0, beforeSpace - 8); i < beforeSpace; ++i)
            if (text.at(i) == u'M' || text.at(i) == u'D')
                starts.append(i);
        for (qsizetype i = runStart; i < comma; ++i)
            if (!text.at(i).isLowSurrogate() && QChar::category(codePointAt(text, i)) == QChar::Letter_Uppercase)
                starts.append(i);
    }
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
    return starts;
}

// "Camille BLANC": a surname in capitals is a strong sign of a person's name.
bool containsCapitalisedWord(const QString& text)
{
    static const QRegularExpression capitals(QStringLiteral(R"(\b\p{Lu}{2,}\b)"), QRegularExpression::UseUnicodePropertiesOption);
    return text.contains(capitals);
}

// "CGT Pas-de-Calais", "ATD Quart Monde": a leading word in capitals before words that are not
// reads as an organisation's acronym, or a surname written first; never alone a sign of a person.
bool surnameFirst(const QString& text)
{
    const QStringList tokens = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    auto allCaps = [](const QString& t) {
        return t.size() >= 2 && std::none_of(t.cbegin(), t.cend(), [](QChar c) { return c.isLower(); });
    };
    // "CCFD-Terre Solidaire": the acronym may be joined to a word by a hyphen.
    return tokens.size() >= 2 && allCaps(tokens.first().section(QLatin1Char('-'), 0, 0)) && !allCaps(tokens.last());
}

// A function wrapped over two lines: the second starts in lower case ("Présidente de Médecins" / "du Monde"),
// the first stops on a connector or a dash ("… Secours Catholique –" / "Caritas France"), or the second is
// only how organisation names end ("… d'Amnesty" / "International France", "… Sans Frontières" / "France";
// not "Juriste" / "France terre d'asile", a name of its own).
// A town alone ("Présidente de la Cimade" / "Calais") is the local group's place, not part of the title.
bool continuesFunction(const QString& function, const QString& next)
{
    static const QRegularExpression openEnd(QStringLiteral(R"((?:[–—&-]|\b(?:de|du|des|d['’]|de la|et|and|of|for|the|pour))\s*$)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression organisationEnding(QStringLiteral(R"(^(?:(?:
        international|internationale|france|française|europe|european|européenne|uk|united\s+kingdom|great\s+britain|
        belgique|belgium|belgië|suisse|switzerland|schweiz|deutschland|germany|italia|italy|españa|spain|nederland|
        netherlands|ireland|éire|scotland|wales|usa|canada|québec|luxembourg|portugal
        )(?:\s+|$))+$)"), QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::ExtendedPatternSyntaxOption);
    if (next.isEmpty() || next.size() >= 60)
        return false;
    return !next.front().isUpper() || openEnd.match(function).hasMatch() || organisationEnding.match(next).hasMatch();
}

// "Camille BLANC", not "CGT Pas-de-Calais" nor "BOUCHART Natacha" read as an acronym first: a surname in
// capitals after the given name.
bool hasCapitalSurname(const QString& text)
{
    return containsCapitalisedWord(text) && !surnameFirst(text);
}

// A person named in the text, with the offset where they were named.
struct Named {
    Participant person;
    qsizetype offset;
    bool quoted = false; // introduced as a speaker ("déclare X", "As X has pointed out"): not the issuer
};

struct Scan {
    Scan(const TextLines& textLines, const ParticipantExtractor::Context& scanContext, ExtractionBudget& scanBudget)
        : lines(textLines)
        , context(scanContext)
        , budget(scanBudget)
    {
    }

    const TextLines& lines;
    const ParticipantExtractor::Context& context;
    ExtractionBudget& budget;
    const Lexicon& lex = Lexicon::instance();
    QList<Participant> found;
    mutable std::optional<QList<Named>> m_named; // filled on first use: press release and mentions share it
    // Where each (role, person or organisation) of `found` is, so that adding the thousandth name of
    // a copy list does not compare it with the 999 before. Rebuilt after found is edited in place.
    QHash<QString, qsizetype> m_foundIndex;
    bool m_foundIndexValid = true;
    mutable QHash<int, bool> m_serviceBlocks; // isSenderServiceBlock, per paragraph
    QSet<QString> m_signers; // the persons who sign below the closing, by correspondent key
    static constexpr qsizetype kUnknownLine = -2;
    mutable qsizetype m_lastAddressLine = kUnknownLine; // isLastAddressBlock, for the one header there is

    const QString& content(qsizetype i) const { return lines.at(i).content; }

    Evidence evidenceOf(qsizetype line) const
    {
        const TextLine& l = lines.at(line);
        return { l.content, l.contentStart };
    }

    Evidence evidenceOf(qsizetype line, const QString& part) const
    {
        const TextLine& l = lines.at(line);
        const qsizetype at = l.content.indexOf(part);
        if (at < 0)
            return evidenceOf(line);
        return { part, l.contentStart + at };
    }

    // The same for the parts of a list read in order: each is looked for from where the one before
    // was found (`cursor`, moved past it), so a line of thousands of names is read once.
    Evidence evidenceOf(qsizetype line, const QString& part, qsizetype& cursor) const
    {
        const TextLine& l = lines.at(line);
        qsizetype at = l.content.indexOf(part, cursor);
        if (at < 0)
            at = l.content.indexOf(part);
        budget.examine((at < 0 ? l.content.size() : at - std::min(at, cursor)) + part.size());
        if (at < 0)
            return evidenceOf(line);
        cursor = at + part.size();
        return { part, l.contentStart + at };
    }

    static QString indexKey(const Participant& p, const QString& key)
    {
        return QString::number(int(p.role)) + QLatin1Char('|') + key;
    }

    void invalidateFoundIndex() { m_foundIndexValid = false; }

    bool isAddress(qsizetype i) const { return lex.addressLine().match(content(i)).hasMatch(); }
    bool isAddressText(const QString& text) const { return lex.addressLine().match(text.trimmed()).hasMatch(); }

    bool isProse(qsizetype i) const
    {
        const QString& c = content(i);
        if (c.size() > kLongLine) {
            // A line laid out in columns ("pdftotext -layout": signatories side by side, far apart) is long
            // by its runs of blanks, not by its words.
            qsizetype written = 0;
            for (qsizetype k = 0; k < c.size() && written <= kLongLine; ++k)
                written += !(c.at(k).isSpace() && k > 0 && c.at(k - 1).isSpace());
            return written > kLongLine;
        }
        return c.size() > 70 && c.count(QLatin1Char(' ')) > 10 && c.endsWith(QLatin1Char('.'));
    }

    qsizetype firstMatching(const QRegularExpression& re, qsizetype from, qsizetype to) const
    {
        for (qsizetype i = from; i < to && i < lines.size(); ++i)
            if (!lines.at(i).isBlank() && content(i).size() < 120 && re.match(content(i)).hasMatch())
                return i;
        return -1;
    }

    qsizetype lastMatching(const QRegularExpression& re, qsizetype from) const
    {
        // Read piece by piece: a line may be a whole PDF page of megabytes, and cancelling must not wait for it.
        for (qsizetype i = lines.size() - 1; i >= from && !budget.spent(); --i)
            if (!lines.at(i).isBlank() && matchesInChunks(re, content(i), budget))
                return i;
        return -1;
    }

    void add(Participant p)
    {
        if (p.name.isEmpty())
            return;
        // Every rule reads a place in the document (address block, signature, copy line, headline, list of
        // signatories) unless it found a name by its title or function in the running text; a rule that did
        // not say which cue decided is confirmed by a function, a known first name or a word naming a body.
        if (p.confidence <= 0.0) {
            const bool lexical = !p.title.isEmpty()
                || (p.kind == CorrespondentKind::Person ? lex.isFirstName(foldForMatching(p.name.section(QLatin1Char(' '), 0, 0)))
                                                        : lex.organizationWord().match(p.name).hasMatch());
            p.confidence = confidenceOf(p.role == ParticipantRole::Mentioned ? ParticipantCue::Lexicon
                    : lexical                                                ? ParticipantCue::StructureAndLexicon
                                                                             : ParticipantCue::Structure);
        }
        const QString key = correspondentKey(p.kind, p.name);
        if (!m_foundIndexValid) {
            m_foundIndex.clear();
            for (qsizetype i = found.size() - 1; i >= 0; --i) // the first of equal entries wins, as a search from the front found
                m_foundIndex.insert(indexKey(found.at(i), correspondentKey(found.at(i).kind, found.at(i).name)), i);
            m_foundIndexValid = true;
        }
        const QString slot = indexKey(p, key);
        budget.examine(1);
        if (const auto it = m_foundIndex.constFind(slot); it != m_foundIndex.constEnd()) {
            Participant& existing = found[*it];
            if (existing.title.isEmpty())
                existing.title = p.title;
            if (existing.organization.isEmpty())
                existing.organization = p.organization;
            existing.confidence = std::max(existing.confidence, p.confidence);
            return;
        }
        m_foundIndex.insert(slot, found.size());
        found.append(std::move(p));
    }

    // A person line followed by function and organisation lines, read from `from` while the block lasts.
    // Continuation lines of a wrapped function ("Présidente de Médecins" / "du Monde") are joined.
    qsizetype readFunctions(qsizetype from, qsizetype to, Participant& p) const
    {
        QStringList functions;
        QString orgLine;
        qsizetype last = from - 1;
        for (qsizetype i = from; i < to; ++i, last = i - 1) {
            const QString c = content(i);
            if (c.isEmpty() || isAddress(i) || lex.copyLine().match(c).hasMatch())
                break;
            // Below a person in the same paragraph, a name-shaped line is the organisation they speak for
            // ("Zorvane Keltipoulo" / "Emmaüs Dunkerque") unless it has a cue of its own: a known first name, a
            // courtesy title, a surname in capitals ("Isabelle JEAN"; "ATD Quart Monde", an acronym first, is
            // none), or a function of its own below it.
            if (const auto name = PersonName::parse(c); name
                && (name->knownFirstName || name->hadCourtesyTitle || hasCapitalSurname(c)
                    || (!functions.isEmpty() && i + 1 < to && FunctionParser::isFunction(content(i + 1)))))
                break;
            if (FunctionParser::isFunction(c))
                functions.append(c);
            else if (!functions.isEmpty() && orgLine.isEmpty() && continuesFunction(functions.last(), c))
                functions.last() += QLatin1Char(' ') + c; // "… de Médecins" + "du Monde", "… Sans Frontière" + "France"
            else if (orgLine.isEmpty())
                orgLine = c;
            else if (c.startsWith(QLatin1Char('(')))
                orgLine += QLatin1Char(' ') + c; // "(PSM)"
            else
                break;
            last = i;
        }
        if (!functions.isEmpty()) {
            p.title = FunctionParser::asTitle(functions.first().simplified());
            p.organization = FunctionParser::organizationFor(p.title);
        }
        // An organisation written on its own line is the one the person speaks for.
        if (!orgLine.isEmpty() && (p.organization.isEmpty() || lex.organizationWord().match(orgLine).hasMatch()))
            p.organization = orgLine.simplified();
        return last;
    }

    // A line naming a person, possibly after a function ("le Sous-préfet Jean Dupont") or delegation.
    // In a place that says a name stands there (`placed`: below the closing formula), the name after the
    // function needs no cue of its own ("le directeur Odwenna Quillardec").
    std::optional<std::pair<PersonName, QString>> personOnLine(const QString& raw, bool placed = false) const
    {
        static const QRegularExpression delegation(
            QStringLiteral(R"(^(?:p\.?\s?o\.?(?=\s)|pour (?:le|la|l['’]) .{0,60}?(?:et )?par (?:délégation|empêchement|ordre),?)\s*)"), kOptions);
        QString c = raw;
        c.remove(delegation);
        if (auto name = PersonName::parse(c))
            return std::pair { *name, QString() };
        const auto fn = lex.leadingFunction().match(c);
        if (fn.hasMatch()) {
            // "le Sous-préfet Jean Dupont": the function words, then a name.
            // "Prime Minister of the United Kingdom" is an office: a name follows a function word, not "of the".
            static const QRegularExpression connector(QStringLiteral(R"(^(?:of|the|de|du|des|la|le|l['’]|d['’]|and|et|for|pour)$)"), kOptions);
            const QStringList words = c.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            // A name is at most 48 characters once its courtesy titles are dropped: a longer rest of the
            // line is no name, and trying every cut of a long line was quadratic in its words.
            constexpr qsizetype kLongestNameWithTitles = 160;
            qsizetype restLength = -1; // of words.mid(cut) joined with spaces
            for (const QString& w : words)
                restLength += w.size() + 1;
            for (qsizetype cut = 1; cut < words.size() - 1; ++cut) {
                restLength -= words.at(cut - 1).size() + 1;
                if (restLength > kLongestNameWithTitles)
                    continue;
                budget.examine(restLength);
                // "PRÉFET DU PAS-DE-CALAIS": the words after a function are a place when they start with "du".
                if (connector.match(words.at(cut - 1)).hasMatch() || connector.match(words.at(cut)).hasMatch())
                    continue;
                auto name = PersonName::parse(words.mid(cut).join(QLatin1Char(' ')));
                const bool capitalSurname = containsCapitalisedWord(words.mid(cut).join(QLatin1Char(' ')));
                if (name && (placed || name->knownFirstName || capitalSurname))
                    return std::pair { *name, words.mid(0, cut).join(QLatin1Char(' ')) };
            }
        }
        return std::nullopt;
    }

    qsizetype firstNonBlank() const
    {
        qsizetype i = 0;
        while (i + 1 < lines.size() && lines.at(i).isBlank())
            ++i;
        return i;
    }

    // The line below `i` in its paragraph when it names an organisation ("Home Office", "Prefecture of
    // the Pas-de-Calais") rather than an address, a function or a person. Under a person and their
    // function (`underPerson`) it names who they speak for whatever its words ("La Cimade", "Emmaüs France").
    QString orgLineAfter(qsizetype i, qsizetype to, bool underPerson = false) const
    {
        const qsizetype k = i + 1;
        if (k >= to || k >= lines.size() || lines.at(k).isBlank() || lines.at(k).block != lines.at(i).block)
            return {};
        const QString& c = content(k);
        if (c.size() > 80 || isAddress(k) || FunctionParser::isFunction(c) || !c.front().isUpper())
            return {};
        const auto name = PersonName::parse(c);
        if (!name && lex.organizationWord().match(c).hasMatch())
            return c.simplified();
        if (!underPerson || (name && (name->knownFirstName || name->hadCourtesyTitle)) || c.endsWith(QLatin1Char(',')))
            return {};
        return c.simplified();
    }

    // The next line with words after line i is "à" (or "to") alone: the administrative heading "X / à / Y".
    bool beforeBareTo(qsizetype i, qsizetype headerEnd) const
    {
        static const QRegularExpression bareTo(QStringLiteral(R"(^(?:à|a|to)\s*:?$)"), kOptions);
        for (qsizetype j = i + 1; j < headerEnd; ++j) {
            const QString c = content(j);
            if (!c.isEmpty())
                return bareTo.match(c).hasMatch();
        }
        return false;
    }

    // Header zone: letterhead sender and address-block recipients, before the salutation.
    void readHeader(qsizetype headerEnd)
    {
        static const QRegularExpression toMarker(
            QStringLiteral(R"(^(?:à l['’]attention de|a l['’]attention de|for the attention of|attn\.?|destinataires?|à|a|to)(?=\s|:|$)\s*:?\s*(.*)$)"), kOptions);
        bool afterTo = false;
        for (qsizetype i = 0; i < headerEnd && !budget.spent(); ++i) {
            const QString c = content(i);
            budget.examine(c.size());
            if (c.isEmpty() || isProse(i))
                continue;
            if (isAddress(i))
                continue;
            const auto to = toMarker.match(c);
            QString candidate = c;
            // "To: Jane Smith, Minister for Immigration": the name before the comma.
            if (to.hasMatch() && (to.captured(1).isEmpty() || lex.leadingCourtesy().match(to.captured(1)).capturedLength() > 0
                                     || PersonName::parse(to.captured(1)) || PersonName::parse(to.captured(1).section(QLatin1Char(','), 0, 0))
                                     || FunctionParser::isFunction(to.captured(1)))) {
                afterTo = true;
                candidate = to.captured(1);
                if (candidate.isEmpty())
                    continue;
            }
            const auto courtesy = lex.leadingCourtesy().match(candidate);
            const bool hasCourtesy = courtesy.hasMatch() && courtesy.capturedLength() > 0;
            // "Madame Claire Martin, Directrice, France terre d'asile": the whole block on one line.
            QStringList inlineRest;
            auto person = personOnLine(candidate);
            if (!person && candidate.contains(QLatin1Char(','))) {
                const QStringList pieces = candidate.split(QLatin1Char(','), Qt::SkipEmptyParts);
                // A line of commas alone splits into nothing (found by tests/fuzz: it crashed the import).
                if (!pieces.isEmpty() && (person = personOnLine(pieces.first())))
                    inlineRest = pieces.mid(1);
            }
            if (person) {
                Participant p;
                p.kind = CorrespondentKind::Person;
                p.name = person->first.name;
                p.role = (afterTo || person->first.hadCourtesyTitle) ? ParticipantRole::Recipient : ParticipantRole::Sender;
                p.evidence = evidenceOf(i);
                if (!person->second.isEmpty()) {
                    p.title = FunctionParser::asTitle(person->second);
                    p.organization = FunctionParser::organizationFor(p.title);
                } else if (!inlineRest.isEmpty()) {
                    QString orgPiece;
                    for (const QString& piece : std::as_const(inlineRest)) {
                        if (p.title.isEmpty() && FunctionParser::isFunction(piece.trimmed()))
                            p.title = FunctionParser::asTitle(piece);
                        else if (orgPiece.isEmpty() && !isAddressText(piece))
                            orgPiece = piece.simplified();
                    }
                    p.organization = FunctionParser::organizationFor(p.title);
                    if (p.organization.isEmpty())
                        p.organization = orgPiece;
                    // The address block names the organisation on the next line: it wins over one read from the function.
                    if (const QString below = orgLineAfter(i, headerEnd, true); !below.isEmpty() && orgPiece.isEmpty())
                        p.organization = below;
                } else {
                    readFunctions(i + 1, headerEnd, p);
                }
                // A name-shaped line heading an address block is a person whatever the first name; elsewhere
                // in the header a capitalised pair alone ("Hôtel de Matignon") is too weak a sign of one.
                const bool lexical = !p.title.isEmpty() || person->first.knownFirstName || person->first.hadCourtesyTitle;
                // The document's first block with no cue is a letterhead as often as an addressee: only the
                // salutation can say ("Dear Ms Byrne").
                const bool letterheadPlace = lines.at(i).block == lines.at(firstNonBlank()).block;
                if (lexical || (headsAddressBlock(i, headerEnd) && ((isLastAddressBlock(i, headerEnd) && !letterheadPlace) || greets(headerEnd, p.name)))) {
                    p.confidence = confidenceOf(lexical ? ParticipantCue::StructureAndLexicon : ParticipantCue::Structure);
                    add(p);
                }
                continue;
            }
            // "M. le Ministre de l'Intérieur", "Monsieur le Préfet du Pas-de-Calais": an office, no name.
            // "The Home Secretary" / "Home Office", "Le Préfet du Nord": an office addressed with an article,
            // below the letterhead (a letterhead names its office without one: "PRÉFET DU NORD").
            static const QRegularExpression article(QStringLiteral(R"(^(?:(?:the|le|la)\s+|l['’]\s*)\p{L})"), kOptions);
            const bool officeLine = hasCourtesy || afterTo
                || (article.match(candidate).hasMatch() && lines.at(i).block != lines.at(firstNonBlank()).block
                    && !isSenderServiceBlock(lines.at(i).block));
            if (officeLine) {
                const QString rest = hasCourtesy ? candidate.mid(courtesy.capturedEnd()).trimmed() : candidate;
                if (FunctionParser::isFunction(rest) && rest.size() < 90) {
                    Participant p;
                    // "Le Préfet du Nord / à / Monsieur le Maire": the office above a bare "à" is the writer.
                    p.role = !afterTo && beforeBareTo(i, headerEnd) ? ParticipantRole::Sender : ParticipantRole::Recipient;
                    p.kind = CorrespondentKind::Organization;
                    p.title = FunctionParser::asTitle(rest);
                    p.organization = orgLineAfter(i, headerEnd);
                    if (p.organization.isEmpty())
                        p.organization = FunctionParser::organizationFor(p.title);
                    p.name = p.organization.isEmpty() ? p.title : p.organization;
                    p.evidence = evidenceOf(i);
                    add(p);
                }
            }
        }
    }

    // The first line of an address block: its paragraph holds a street, a postcode or a phone line, or it
    // stands alone right above the subject line or the salutation.
    bool headsAddressBlock(qsizetype i, qsizetype headerEnd) const
    {
        const int block = lines.at(i).block;
        if (lines.blockFirstLine(block) != i)
            return false;
        for (qsizetype k = i + 1; k < lines.blockEndLine(block); ++k)
            if (isAddress(k))
                return true;
        qsizetype next = lines.blockEndLine(block);
        while (next < headerEnd && lines.at(next).isBlank())
            ++next;
        return next >= headerEnd || next == context.dateLine || isSubjectLine(next);
    }

    // "Objet : …", "Subject: …", "Réf. : …": the lines between the address block and the salutation.
    bool isSubjectLine(qsizetype i) const
    {
        static const QRegularExpression subject(QStringLiteral(R"(^(?:objet|object|subject|re|n?/?\s?r[ée]f\.?|v/r[ée]f\.?|nos r[ée]f\.?|concerne|p\.\s?j\.?)\s*:)"), kOptions);
        return subject.match(content(i)).hasMatch();
    }

    // No address block follows line i's before the salutation: a sender's letterhead ("HUMAN RIGHTS WATCH /
    // 18 Church Road") comes above the addressee's block, which is the last one.
    bool isLastAddressBlock(qsizetype i, qsizetype headerEnd) const
    {
        // The last address or courtesy line of the header, found once: a header of thousands of name-like
        // lines must not be read again for each of them.
        if (m_lastAddressLine == kUnknownLine) {
            m_lastAddressLine = -1;
            for (qsizetype k = headerEnd - 1; k >= 0 && !budget.spent(); --k) {
                budget.examine(content(k).size());
                if (!lines.at(k).isBlank() && !isSubjectLine(k) && (isAddress(k) || lex.leadingCourtesy().match(content(k)).capturedLength() > 0)) {
                    m_lastAddressLine = k;
                    break;
                }
            }
        }
        return m_lastAddressLine < lines.blockEndLine(lines.at(i).block);
    }

    // "Dear Ms Byrne,", "Dear Niamh,", "Chère Gaëtane,": the salutation names the person, or the first word
    // of their function ("Dear Sub-prefect").
    bool greets(qsizetype salutation, const QString& name, const QString& title = {}) const
    {
        if (salutation < 0 || salutation >= lines.size() || !lex.salutation().match(content(salutation)).hasMatch())
            return false;
        const QStringList greeting = foldForMatching(content(salutation)).split(QLatin1Char(' '), Qt::SkipEmptyParts).mid(1); // without "dear"
        QStringList own = foldForMatching(name).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (const QStringList titleWords = foldForMatching(title).split(QLatin1Char(' '), Qt::SkipEmptyParts); !titleWords.isEmpty())
            own << titleWords.first();
        return std::any_of(greeting.cbegin(), greeting.cend(), [&](const QString& w) { return w.size() > 2 && own.contains(w); });
    }

    // "Le Directeur de cabinet / Tél. … / Nos réf. …": the sender's own service under the letterhead, with
    // its phone and reference lines; an addressee's block has a postal address instead.
    bool isSenderServiceBlock(int block) const
    {
        static const QRegularExpression serviceLine(QStringLiteral(
            R"(^(?:t[ée]l(?:[ée]phone)?\.?|fax|t[ée]l[ée]copie|nos? r[ée]f\.?|v/r[ée]f|r[ée]f\.?|affaire suivie par|dossier suivi par|service|courriel|mail|e-mail)\s*[:.])"),
            kOptions);
        if (const auto known = m_serviceBlocks.constFind(block); known != m_serviceBlocks.constEnd())
            return *known;
        bool service = false;
        for (qsizetype k = lines.blockFirstLine(block); k < lines.blockEndLine(block) && !service; ++k)
            service = serviceLine.match(content(k)).hasMatch();
        m_serviceBlocks.insert(block, service);
        return service;
    }

    // A name block in the header that is not the signer's is the addressee's when the salutation speaks
    // to it ("Dear Anthony", "Dear Sub-prefect") or when someone else signs and no addressee was found:
    // English letters often set the recipient's block under the sender's letterhead without a courtesy title.
    void reassignAddressedHeaderNames(qsizetype salutation, qsizetype headerEnd)
    {
        const qsizetype headerEndOffset = headerEnd < lines.size() ? lines.at(headerEnd).start : lines.text().size();
        const bool anyRecipient = std::any_of(found.cbegin(), found.cend(), [](const Participant& p) { return p.role == ParticipantRole::Recipient; });
        // Counted once rather than searched for at each name: senders by name, and signers below the header
        // (only header names change role here, so that count holds throughout).
        QHash<QString, int> senders;
        for (const Participant& other : std::as_const(found))
            if (other.role == ParticipantRole::Sender)
                ++senders[correspondentKey(other.kind, other.name)];
        const bool otherSigner = !m_signers.isEmpty() || std::any_of(found.cbegin(), found.cend(), [&](const Participant& other) {
            return other.role == ParticipantRole::Sender && other.evidence.offset >= headerEndOffset;
        });
        for (Participant& p : found) {
            if (p.role != ParticipantRole::Sender || p.kind != CorrespondentKind::Person || p.evidence.offset < 0
                || p.evidence.offset >= headerEndOffset)
                continue;
            const QString key = correspondentKey(p.kind, p.name);
            // The same person signing too (the French letterhead of the signatory) stays the sender.
            const bool signsToo = senders.value(key) > 1 || m_signers.contains(key);
            if (signsToo)
                continue;
            const bool greeted = greets(salutation, p.name, p.title);
            if (greeted || (otherSigner && !anyRecipient)) {
                p.role = ParticipantRole::Recipient;
                if (greeted) // "Dear Ms Byrne" confirms the block above it
                    p.confidence = confidenceOf(ParticipantCue::StructureAndLexicon);
                --senders[key];
                invalidateFoundIndex();
            }
        }
    }

    // A signer with a function and no organisation speaks for the organisation of the letterhead: the first
    // line of the document heading a block with its address ("Bristol Calais Link / 80 Church Road / …"),
    // when that line is neither a person nor the addressee's block.
    void completeSignersFromLetterhead(qsizetype headerEnd)
    {
        const qsizetype head = firstNonBlank();
        // A text of blank lines has no first block (found by tests/fuzz: its block index was -1).
        if (head >= headerEnd || head >= lines.size() || lines.at(head).isBlank() || head == context.dateLine)
            return;
        const QString c = content(head).simplified();
        const int block = lines.at(head).block;
        bool addressed = false;
        for (qsizetype k = head + 1; k < lines.blockEndLine(block) && !addressed; ++k)
            addressed = isAddress(k);
        // The only address block of the header may be the addressee's: a letterhead has one below it.
        if (!addressed || isLastAddressBlock(head, headerEnd) || c.size() > 60 || c.endsWith(QLatin1Char(',')) || isAddress(head) || FunctionParser::isFunction(c)
            || lex.leadingCourtesy().match(c).capturedLength() > 0 || lex.salutation().match(c).hasMatch())
            return;
        if (const auto name = PersonName::parse(c); name && (name->knownFirstName || m_signers.contains(correspondentKey(CorrespondentKind::Person, name->name))))
            return;
        const qsizetype blockStart = lines.at(head).start;
        const qsizetype blockEnd = lines.at(lines.blockEndLine(block) - 1).start + lines.at(lines.blockEndLine(block) - 1).length;
        const bool readAsParticipant = std::any_of(found.cbegin(), found.cend(), [&](const Participant& p) {
            return p.evidence.offset >= blockStart && p.evidence.offset < blockEnd;
        });
        if (readAsParticipant)
            return;
        for (Participant& p : found)
            if (p.role == ParticipantRole::Sender && p.kind == CorrespondentKind::Person && p.organization.isEmpty() && !p.title.isEmpty()
                && m_signers.contains(correspondentKey(p.kind, p.name)))
                p.organization = c;
    }

    // "Le Maire," signs for the town its letterhead names ("VILLE DE CALAIS" -> "Mairie de Calais").
    void completeMayorsFromLetterhead()
    {
        static const QRegularExpression mayor(QStringLiteral(R"(^(?:maire|mayor)$)"), kOptions);
        static const QRegularExpression townHead(
            QStringLiteral(R"(^(?:ville|mairie|hôtel de ville|city|town)\s+(?:de\s+|d['’]\s*|du\s+|of\s+)(\p{L}[\p{L}'’ -]{1,40})$)"), kOptions);
        for (Participant& p : found) {
            if (p.role != ParticipantRole::Sender || !p.organization.isEmpty() || !mayor.match(p.title).hasMatch())
                continue;
            int seen = 0;
            for (qsizetype i = 0; i < lines.size() && seen < 6; ++i) {
                if (content(i).isEmpty())
                    continue;
                ++seen;
                if (const auto m = townHead.match(content(i)); m.hasMatch()) {
                    QStringList words = m.captured(1).simplified().split(QLatin1Char(' '));
                    for (QString& w : words)
                        w = PersonName::recapitalize(w);
                    p.organization = QStringLiteral("Mairie de ") + words.join(QLatin1Char(' '));
                    break;
                }
            }
        }
    }

    // "Open letter to the French Prime Minister, Manuel Valls and to the French Minister of the Interior, …"
    void readAddressedTitle(qsizetype headerEnd)
    {
        static const QRegularExpression addressed(
            QStringLiteral(R"((?:open letter|lettre ouverte|letter|lettre|appel)\s+(?:addressed\s+|adressée\s+)?(?:to|à|au|aux)\s+(.+))"), kOptions);
        static const QRegularExpression partSplit(
            QStringLiteral(R"(\s*(?:,?\s+and\s+(?:to\s+)?|,?\s+et\s+(?:à\s+|au\s+|aux\s+)?|;\s*)(?=the\s|la\s|le\s|l['’]|m\.|mme|monsieur|madame|\p{Lu}))"), kOptions);
        static const QRegularExpression topic(
            QStringLiteral(R"(\s+(?:on|about|concerning|regarding|sur|au sujet|concernant|à propos|relative)\b.*$)"), kOptions);
        // The title may be spread over several short paragraphs before the date.
        QString title;
        qsizetype firstLine = -1;
        const qsizetype end = std::min<qsizetype>(headerEnd, context.dateLine >= 0 ? context.dateLine : headerEnd);
        for (qsizetype i = 0; i < end && i < 20; ++i) {
            if (content(i).isEmpty())
                continue;
            if (firstLine < 0)
                firstLine = i;
            title += content(i) + QLatin1Char(' ');
        }
        const auto m = addressed.match(title.simplified());
        if (!m.hasMatch())
            return;
        const QStringList parts = m.captured(1).split(partSplit, Qt::SkipEmptyParts);
        for (QString part : parts) {
            part.remove(topic);
            const QStringList pieces = part.split(QLatin1Char(','), Qt::SkipEmptyParts);
            std::optional<PersonName> person;
            QString function;
            for (const QString& piece : pieces) {
                // "M. le Premier ministre": the courtesy title addresses the office, it is not part of it.
                QString text = piece.trimmed();
                if (const auto courtesy = lex.leadingCourtesy().match(text); courtesy.capturedLength() > 0 && !PersonName::parse(text))
                    text = text.mid(courtesy.capturedEnd()).trimmed();
                if (auto n = PersonName::parse(text); n && !person)
                    person = n;
                else if (FunctionParser::isFunction(text))
                    function = text;
            }
            if (!person && function.isEmpty())
                continue;
            Participant p;
            p.role = ParticipantRole::Recipient;
            if (!person) {
                // "Lettre ouverte à Monsieur le Premier ministre": the office, as an address block names one.
                p.kind = CorrespondentKind::Organization;
                p.title = FunctionParser::asTitle(function);
                p.organization = FunctionParser::organizationFor(p.title);
                p.name = p.organization.isEmpty() ? p.title : p.organization;
                p.evidence = evidenceOf(firstLine, part.trimmed());
                add(p);
                continue;
            }
            p.kind = CorrespondentKind::Person;
            p.name = person->name;
            p.title = FunctionParser::asTitle(function);
            static const QRegularExpression nationality(QStringLiteral(R"(^(?:French|British)\s+)"));
            p.title.remove(nationality);
            p.organization = FunctionParser::organizationFor(p.title);
            p.evidence = evidenceOf(firstLine, part.trimmed());
            add(p);
        }
    }

    // An office named only by its function in the address block ("M. le Ministre de l'Intérieur") is the
    // same recipient as a person named with that function elsewhere: keep the person, with the office's
    // organisation as the address block writes it.
    void mergeOffices()
    {
        auto officeKey = [](const QString& title) {
            const QString f = foldForMatching(title);
            if (f.contains(QLatin1String("premier ministre")) || f.contains(QLatin1String("prime minister")))
                return QStringLiteral("pm");
            // "home" as a word: the Home Office or Secretary, not "Sustainable Homes".
            static const QRegularExpression home(QStringLiteral(R"(\bhome\b)"));
            if (f.contains(QLatin1String("interieur")) || f.contains(QLatin1String("interior")) || home.match(f).hasMatch())
                return QStringLiteral("interior");
            if (f.contains(QLatin1String("republique")) || f.contains(QLatin1String("republic")))
                return QStringLiteral("president");
            return f;
        };
        for (qsizetype i = 0; i < found.size(); ++i) {
            const Participant office = found.at(i);
            if (office.role != ParticipantRole::Recipient || office.kind != CorrespondentKind::Organization || office.title.isEmpty())
                continue;
            for (Participant& person : found) {
                if (person.role == ParticipantRole::Recipient && person.kind == CorrespondentKind::Person
                    && !person.title.isEmpty() && officeKey(person.title) == officeKey(office.title)) {
                    if (!office.organization.isEmpty())
                        person.organization = office.organization;
                    found.removeAt(i--);
                    invalidateFoundIndex();
                    break;
                }
            }
        }
    }

    // Signature blocks after the closing formula. Below a closing formula (`structural`) the place decides:
    // every name-shaped line signs, whatever the first name, and a first name, a courtesy title or a
    // function confirms it. Without one, below the last paragraph of prose, a name needs such a cue.
    void readSignatures(qsizetype from, qsizetype to, bool structural)
    {
        // A block holding a street, postcode or phone line is a letterhead pasted in (a lawyers' address
        // block after the closing): its person is no signatory when another, plain signature block exists.
        QHash<int, bool> addressBlocks; // read once per paragraph, however many names it holds
        auto blockHasAddress = [&](int block) {
            if (const auto known = addressBlocks.constFind(block); known != addressBlocks.constEnd())
                return *known;
            bool address = false;
            for (qsizetype k = lines.blockFirstLine(block); k < lines.blockEndLine(block) && !address; ++k)
                address = isAddress(k);
            addressBlocks.insert(block, address);
            return address;
        };
        QList<std::pair<Participant, bool>> pending;
        QString delegatedOffice; // "P/O le directeur," on the line above the signer's name
        bool delegated = false;
        for (qsizetype i = from; i < to && !budget.spent(); ++i) {
            const QString c = content(i);
            budget.examine(c.size());
            if (c.isEmpty() || isProse(i) || lex.copyLine().match(c).hasMatch() || isAddress(i))
                continue;
            const int block = lines.at(i).block;
            const SignatureLine line = SignatureLine::read(c);
            if (line.delegated) {
                delegated = true;
                delegatedOffice = line.office;
            }
            if (line.columns.size() >= 2) {
                if (const qsizetype last = readSideBySide(i, to, line, structural, pending, blockHasAddress(block)); last >= i) {
                    i = last;
                    continue;
                }
            }
            if (line.columns.isEmpty())
                continue;
            QString text = line.whole();
            auto person = personOnLine(text, structural);
            // "Odwenna Quillardec, Présidente", "Gaëtane RIBEIRO (Présidente)", a name and its function a tab apart.
            QString sameLineOrganization;
            if (auto named = nameThenFunction(line)) {
                text = named->name;
                person = std::pair { *PersonName::parse(named->name), named->function };
                sameLineOrganization = named->organization;
            }
            // "Bien Cordialement", "Kind Regards" on a line of their own below the formula.
            if (!person || lex.closing().match(text).hasMatch())
                continue;
            const bool firstOfBlock = lines.blockFirstLine(block) == i;
            const bool capitalSurname = hasCapitalSurname(text);
            const bool functionNear = !person->second.isEmpty() || (i + 1 < to && FunctionParser::isFunction(content(i + 1)))
                || (!firstOfBlock && FunctionParser::isFunction(content(i - 1)));
            const bool lexical = person->first.knownFirstName || person->first.hadCourtesyTitle || functionNear;
            if (!structural && !lexical && !capitalSurname)
                continue;
            Participant p;
            p.role = ParticipantRole::Sender;
            p.kind = CorrespondentKind::Person;
            p.name = person->first.name;
            p.evidence = evidenceOf(i, text);
            qsizetype consumed = i;
            if (!person->second.isEmpty() && line.delegated && delegatedOffice.isEmpty()) {
                delegatedOffice = person->second; // "P/O le directeur Jane Doe": the office signed for, not her title
            } else if (!person->second.isEmpty()) {
                p.title = FunctionParser::asTitle(person->second);
                p.organization = sameLineOrganization.isEmpty() ? FunctionParser::organizationFor(p.title) : sameLineOrganization;
            } else {
                consumed = readFunctions(i + 1, to, p);
                // "Le Maire de Calais," above the name, in its block or one blank line above it.
                qsizetype above = i - 1;
                while (above > from && above >= i - 3 && content(above).isEmpty())
                    --above;
                if (p.title.isEmpty() && above >= from && above < i && content(above).size() < 80
                    && FunctionParser::isFunction(content(above)) && !lex.closing().match(content(above)).hasMatch()) {
                    p.title = FunctionParser::asTitle(content(above));
                    p.organization = FunctionParser::organizationFor(p.title);
                }
            }
            // "P/O le Préfet du Nord": the signer speaks for the office's organisation, without its title.
            if (delegated && p.organization.isEmpty() && !delegatedOffice.isEmpty())
                p.organization = FunctionParser::organizationFor(FunctionParser::asTitle(delegatedOffice));
            delegated = false;
            delegatedOffice.clear();
            p.confidence = confidenceOf(lexical || !p.title.isEmpty() ? ParticipantCue::StructureAndLexicon : ParticipantCue::Structure);
            pending.append({ p, blockHasAddress(block) });
            i = std::max(i, consumed);
        }
        if (pending.isEmpty() && structural)
            readOrganisationSignature(from, to);
        const bool plainSignature = std::any_of(pending.cbegin(), pending.cend(), [](const auto& x) { return !x.second; });
        for (const auto& [p, inAddressBlock] : std::as_const(pending))
            if (!plainSignature || !inAddressBlock) {
                m_signers.insert(correspondentKey(p.kind, p.name));
                add(p);
            }
    }

    // The signatures end where the text goes on: at a paragraph of prose, or at an annex or its heading
    // ("Annexe", "Pièces jointes", "Enclosure"), so that an annex's headings sign nothing.
    qsizetype signatureZoneEnd(qsizetype from, qsizetype to) const
    {
        static const QRegularExpression annex(QStringLiteral(R"(^(?:annex(?:e|es)?|appendix|appendices|pièces?\s+jointes?|p\.\s?j\.?|enclosures?|attachments?|encl\.)\b)"), kOptions);
        for (qsizetype i = from; i < to; ++i)
            if (!lines.at(i).isBlank() && (isProse(i) || annex.match(content(i)).hasMatch()))
                return i;
        return to;
    }

    // No person signs: an organisation may, by its name alone below the closing ("Le Collectif Solidarité
    // Exilés", "Pour l'association Terre d'Errance,", "On behalf of Harbour Watch").
    void readOrganisationSignature(qsizetype from, qsizetype to)
    {
        static const QRegularExpression onBehalf(QStringLiteral(R"(^(?:
            pour\s+(?:l['’]association|le\s+collectif|la\s+fédération|le\s+réseau|le\s+bureau\s+de|le\s+conseil\s+d['’]administration\s+de|l['’]ensemble\s+de)\s*
          | on\s+behalf\s+of\s+(?:the\s+)?
          | for\s+the\s+(?=.*\b(?:association|collective|network|committee|group|trust|charity)\b)
        )(.{2,70}?)[,.]?$)"), kOptions | QRegularExpression::ExtendedPatternSyntaxOption);
        for (qsizetype i = from; i < to && !budget.spent(); ++i) {
            const QString c = content(i);
            // Not a subject or enclosure line, a date or a number, nor a legal mention ("Association loi 1901 …").
            static const QRegularExpression legal(QStringLiteral(R"(\b(?:loi\s+(?:de\s+)?1901|siret|siren|rna|registered\s+charity|company\s+number)\b)"), kOptions);
            if (c.isEmpty() || isProse(i) || isAddress(i) || isSubjectLine(i) || lex.copyLine().match(c).hasMatch() || lex.closing().match(c).hasMatch()
                || c.contains(QLatin1Char(':')) || std::any_of(c.cbegin(), c.cend(), [](QChar ch) { return ch.isDigit(); }) || legal.match(c).hasMatch())
                continue;
            QString name;
            if (const auto m = onBehalf.match(c); m.hasMatch())
                name = m.captured(1).trimmed();
            else if (c.size() < 70 && !c.endsWith(QLatin1Char('.')) && lex.organizationWord().match(c).hasMatch() && !FunctionParser::isFunction(c))
                name = c.simplified();
            if (name.isEmpty())
                continue;
            while (name.endsWith(QLatin1Char(',')))
                name.chop(1);
            Participant p;
            p.role = ParticipantRole::Sender;
            p.kind = CorrespondentKind::Organization;
            p.name = name;
            p.evidence = evidenceOf(i, name);
            p.confidence = confidenceOf(lex.organizationWord().match(name).hasMatch() ? ParticipantCue::StructureAndLexicon : ParticipantCue::Structure);
            add(p);
            return;
        }
    }

    // A name and its function on one line: "Odwenna Quillardec, présidente de Kaleido", "Gaëtane RIBEIRO
    // (Présidente)", or a tab apart; what follows the function is the organisation.
    struct NamedWithFunction {
        QString name;
        QString function;
        QString organization;
    };
    static std::optional<NamedWithFunction> nameThenFunction(const SignatureLine& line)
    {
        static const QRegularExpression bracketed(QStringLiteral(R"(^(.*?)\s*\(([^()]{2,60})\)\s*$)"));
        QStringList pieces;
        if (line.columns.size() >= 2) {
            for (const SignatureLine::Column& column : line.columnsAt(line.gapWidths().last()))
                pieces << column.text;
        } else if (const auto m = bracketed.match(line.whole()); m.hasMatch()) {
            pieces << m.captured(1) << m.captured(2);
        } else {
            pieces = line.whole().split(QLatin1Char(','), Qt::SkipEmptyParts);
        }
        if (pieces.size() < 2 || pieces.size() > 3)
            return std::nullopt;
        for (QString& piece : pieces)
            piece = piece.trimmed();
        if (!PersonName::parse(pieces.at(0)) || !FunctionParser::isFunction(pieces.at(1)))
            return std::nullopt;
        return NamedWithFunction { pieces.at(0), pieces.at(1), pieces.size() > 2 ? pieces.at(2) : QString() };
    }

    // Two or three signatories side by side ("Jeanne MARTIN      Paul DURAND"), their functions below them in
    // the same columns. The line is cut at its narrowest gaps first, then wider ones until every column is
    // a name, so that a name written with two spaces inside ("Jeanne  MARTIN        Paul  DURAND") stays
    // whole; a cut at two spaces is believed only when the functions below are cut the same way ("Maria
    // José  GARCÍA LÓPEZ" is one person). Returns the last line read, or -1 when there are no signatories
    // side by side.
    qsizetype readSideBySide(qsizetype i, qsizetype to, const SignatureLine& line, bool structural,
        QList<std::pair<Participant, bool>>& pending, bool inAddressBlock) const
    {
        const std::optional<SignatureLine> below = i + 1 < to && !lines.at(i + 1).isBlank()
            ? std::optional(SignatureLine::read(content(i + 1))) : std::nullopt;
        // The functions below, cut into `count` columns, when there is such a line.
        auto functionsBelow = [&](qsizetype count) -> QList<SignatureLine::Column> {
            if (!below)
                return {};
            for (int width : below->gapWidths()) {
                const QList<SignatureLine::Column> cols = below->columnsAt(width);
                if (cols.size() == count
                    && std::all_of(cols.cbegin(), cols.cend(), [](const SignatureLine::Column& col) { return FunctionParser::isFunction(col.text); }))
                    return cols;
            }
            return {};
        };
        constexpr int kWideGap = 3;
        for (int width : line.gapWidths()) {
            const QList<SignatureLine::Column> columns = line.columnsAt(width);
            if (columns.size() < 2)
                continue;
            QList<Participant> signers;
            for (const SignatureLine::Column& column : columns) {
                const auto person = personOnLine(column.text);
                if (!person || lex.closing().match(column.text).hasMatch())
                    break;
                const bool lexical = person->first.knownFirstName || person->first.hadCourtesyTitle || !person->second.isEmpty();
                if (!structural && !lexical && !containsCapitalisedWord(column.text))
                    break;
                Participant p;
                p.role = ParticipantRole::Sender;
                p.kind = CorrespondentKind::Person;
                p.name = person->first.name;
                p.title = FunctionParser::asTitle(person->second);
                p.evidence = { column.text, lines.at(i).contentStart + column.offset };
                p.confidence = confidenceOf(lexical ? ParticipantCue::StructureAndLexicon : ParticipantCue::Structure);
                signers.append(p);
            }
            if (signers.size() != columns.size())
                continue;
            const QList<SignatureLine::Column> functions = functionsBelow(signers.size());
            if (width < kWideGap && functions.isEmpty())
                continue;
            for (qsizetype k = 0; k < functions.size(); ++k) {
                signers[k].title = FunctionParser::asTitle(functions.at(k).text);
                signers[k].confidence = confidenceOf(ParticipantCue::StructureAndLexicon);
            }
            for (Participant& p : signers) {
                p.organization = FunctionParser::organizationFor(p.title);
                pending.append({ p, inAddressBlock });
            }
            return functions.isEmpty() ? i : i + 1;
        }
        return -1;
    }

    // One signatory entry: "Samia HUET, présidente, Secours Catholique", "Terre d'Errance, Yves BRUN (trésorier)",
    // "Ligue des droits de l'Homme (LDH), Dominique ROCHE (coordinateur)", "Utopia 56". A person is
    // recognisably one (known first name, courtesy title, surname in capitals or a function in brackets);
    // what is neither the person nor their function is the organisation they sign for.
    void readSignatoryEntry(const QString& entry, Participant& p) const
    {
        static const QRegularExpression bracketed(QStringLiteral(R"(^(.*?)\s*\(([^()]{2,60})\)\s*$)"));
        std::optional<PersonName> person;
        QString title;
        QStringList orgPieces;
        for (const QString& raw : entry.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString piece = raw.trimmed();
            QString core = piece;
            QString function;
            if (const auto m = bracketed.match(piece); m.hasMatch() && FunctionParser::isFunction(m.captured(2).trimmed())) {
                core = m.captured(1);
                function = m.captured(2).trimmed();
            }
            if (!person) {
                if (auto n = PersonName::parse(core); n
                    && (n->knownFirstName || n->hadCourtesyTitle || !function.isEmpty()
                        || hasCapitalSurname(core))) {
                    person = n;
                    title = function;
                    continue;
                }
            }
            if (title.isEmpty() && person && FunctionParser::isFunction(core)) {
                title = core;
                continue;
            }
            orgPieces.append(piece);
        }
        if (!person) {
            p.kind = CorrespondentKind::Organization;
            p.name = entry;
            return;
        }
        p.kind = CorrespondentKind::Person;
        p.name = person->name;
        if (!title.isEmpty()) {
            p.title = FunctionParser::asTitle(title);
            p.organization = FunctionParser::organizationFor(p.title);
        }
        if (p.organization.isEmpty())
            p.organization = orgPieces.join(QStringLiteral(", ")).trimmed();
    }

    // The pieces of a line between its commas, a comma inside brackets ("Histoire d'eux (Albias, Tarn et
    // Garonne)") being no separator.
    static QStringList commaPieces(QStringView text)
    {
        QStringList pieces;
        QString current;
        int depth = 0;
        for (const QChar c : text) {
            depth += c == QLatin1Char('(') ? 1 : c == QLatin1Char(')') ? -1 : 0;
            if (c == QLatin1Char(',') && depth == 0) {
                pieces << current.trimmed();
                current.clear();
            } else {
                current += c;
            }
        }
        pieces << current.trimmed();
        return pieces;
    }

    // "ATD Quart Monde, Médecins du Monde, La Cimade, …": a line of names, however long, not a sentence —
    // three pieces or more, nearly all short and starting with a capital.
    static bool isNameList(const QStringList& pieces)
    {
        if (pieces.size() < 3)
            return false;
        const auto named = std::count_if(pieces.cbegin(), pieces.cend(),
            [](const QString& piece) { return !piece.isEmpty() && piece.size() <= 90 && (piece.front().isUpper() || piece.front().isDigit()); });
        return named * 10 >= qsizetype(pieces.size()) * 9;
    }

    // "Signataires :" followed by one organisation or person per line, with category headings between.
    bool readSignatoryList(qsizetype from)
    {
        const qsizetype heading = lastMatching(lex.signatoriesHeading(), from);
        if (heading < 0)
            return false;
        int bulleted = 0, entries = 0;
        for (qsizetype i = heading + 1; i < lines.size(); ++i)
            if (!lines.at(i).isBlank()) {
                ++entries;
                bulleted += lines.at(i).bulleted;
            }
        const bool bulletList = bulleted * 2 >= entries && bulleted > 0;
        bool any = false;
        for (qsizetype i = heading + 1; i < lines.size() && !budget.spent(); ++i) {
            const TextLine& line = lines.at(i);
            budget.examine(line.content.size());
            if (line.isBlank())
                continue;
            // The list ends at a copy line, prose, a link or the press contact below it.
            static const QRegularExpression contact(QStringLiteral(R"(^(?:contacts?(?: presse| press| média| media)?|press contacts?|media contacts?|relations presse)\s*:|@)"), kOptions);
            if (lex.copyLine().match(line.content).hasMatch() || (isProse(i) && !isNameList(commaPieces(line.content)))
                || line.content.startsWith(QLatin1String("http"))
                || contact.match(line.content).hasMatch())
                break;
            if (bulletList && !line.bulleted)
                continue; // a category heading ("Associations", "Political parties") or a stray line
            static const QRegularExpression category(QStringLiteral(
                R"(^(?:(?:les |the )?(?:associations|organisations|organizations|partis(?: politiques)?|syndicats|collectifs|ong|ngos|trade unions|unions|political parties|élus|elected representatives|personnalités|individuals|citoyens|citizens|churches|églises|charities|groups)(?:\s+\p{Ll}+)?|(?:national|local|uk|british|french|international|regional|national|other|autres)\s+(?:organisations|organizations|associations|groups|charities|ngos|signatories|signataires))\s*:?$)"),
                kOptions);
            if (!line.bulleted && category.match(line.content).hasMatch())
                continue;
            QString entry = line.content;
            qsizetype next = i + 1;
            // A wrapped entry continues on the next non-bulleted line that starts in lower case.
            for (qsizetype k = next; bulletList && k < lines.size() && k <= next + 2; ++k) {
                if (lines.at(k).isBlank())
                    continue;
                if (lines.at(k).bulleted || !lines.at(k).content.front().isLower())
                    break;
                entry += QLatin1Char(' ') + lines.at(k).content;
                next = k + 1;
            }
            i = next - 1;
            entry = entry.simplified();
            if (entry.endsWith(QLatin1Char(':')) || entry.size() < 2)
                continue;
            // "La Cimade, Citoyens solidaires, Norwich Convoy for Calais." is several signatories on one line;
            // a comma inside brackets ("Histoire d'eux (Albias, Tarn et Garonne)") is not a separator.
            QStringList signatories { entry };
            if (!line.bulleted) {
                const QStringList pieces = commaPieces(entry.endsWith(QLatin1Char('.')) ? QStringView(entry).chopped(1) : QStringView(entry));
                if (pieces.size() >= 3 && (entry.endsWith(QLatin1Char('.')) || isNameList(pieces)))
                    signatories = pieces;
            }
            qsizetype cursor = 0;
            for (const QString& one : std::as_const(signatories)) {
                Participant p;
                p.role = ParticipantRole::Sender;
                p.evidence = evidenceOf(i, one, cursor);
                readSignatoryEntry(one, p);
                add(p);
                any = true;
            }
        }
        return any;
    }

    // "Copie à …", "cc: …", "A copy of this letter has been sent to …": read by CopyListReader.
    void readCopies(qsizetype from, qsizetype headingEnd)
    {
        const CopyListReader reader(lines, budget, [this](const QString& text) { return personOnLine(text); });
        for (Participant& p : reader.read(from, headingEnd, context.dateLine))
            add(std::move(p));
    }

    // Persons named with a function anywhere ("Gérald Darmanin, ministre de l'Intérieur," /
    // "Mme Emmanuelle Cosse, Minister of Housing …"), with where they were named.
    const QList<Named>& namedPersons() const
    {
        if (!m_named)
            m_named = findNamedPersons();
        return *m_named;
    }

    // A person introduced as a speaker: "« … », déclare X", "selon X", "As X, …, has pointed out".
    static bool isQuoted(const QString& text, qsizetype start, qsizetype end)
    {
        static const QRegularExpression before(QStringLiteral(
            R"((?:[»"”]\s*,?|\b(?:déclare|a déclaré|souligne|a souligné|explique|a expliqué|estime|ajoute|a ajouté|insiste|précise|rappelle|dénonce|selon|d['’]après|comme l['’]a (?:rappelé|souligné|dit|expliqué)|said|says|added|explained|warned|according to|as))\s*(?:M\.|Mme|Mr|Mrs|Ms|Dr)?\s*$)"), kOptions);
        static const QRegularExpression after(QStringLiteral(
            R"(^[,\s]*(?:a (?:déclaré|souligné|rappelé|expliqué|estimé)|has (?:pointed out|said|stated|noted|warned|explained)|said|says|pointed out)\b)"), kOptions);
        const qsizetype from = std::max<qsizetype>(0, start - 30);
        return before.match(text.mid(from, start - from)).hasMatch() || after.match(text.mid(end, 40)).hasMatch();
    }

    QList<Named> findNamedPersons() const
    {
        static const QRegularExpression apposition(QStringLiteral(
            R"((?:(?:M\.|MM\.|Mme|Mmes|Mr|Mrs|Ms|Dr|Monsieur|Madame)\s+)?(?<!\p{L})(\p{Lu}[\p{L}'’-]++(?:[ \t]++(?:de[ \t]+|du[ \t]+|d['’]|van[ \t]+|von[ \t]+)?\p{Lu}[\p{L}'’-]++){1,3}),[ \t]+([\p{Ll}\p{Lu}][^,.;\n]{2,90})(?=,|\.|;|\s+(?:a|ont|et|and|has|have|had|today|who|qui|s['’]est|est)\b))"),
            QRegularExpression::UseUnicodePropertiesOption);
        static const QRegularExpression courtesyName(QStringLiteral(
            R"((?<![\p{L}])(?:M\.|Mme|Mr|Mrs|Ms|Dr)[ \t]+(\p{Lu}[\p{L}'’-]++(?:[ \t]++(?:de[ \t]+|du[ \t]+|d['’])?\p{Lu}[\p{L}'’-]++){1,2}))"),
            QRegularExpression::UseUnicodePropertiesOption);
        QList<Named> out;
        const QString& text = lines.text();
        const auto check = subjectCheckFor(text);
        budget.examine(2 * text.size()); // two scans of the text, then bounded windows per name
        // A sentence may open on the name: "As Jane Smith, director of …" — the opening word is no part of it.
        static const QRegularExpression openingWord(QStringLiteral(
            R"(^(?:As|Like|When|According|For|But|And|Since|Comme|Selon|Pour|Mais|Et|Depuis|Lorsque|Quand|Ainsi)\s+)"));
        scanAtStarts(apposition, text, appositionStarts(text), check, budget, [&](const QRegularExpressionMatch& m) {
            if (budget.spent())
                return false;
            QString raw = m.captured(1);
            const bool opened = raw.contains(openingWord);
            raw.remove(openingWord);
            const auto name = PersonName::parse(raw);
            const QString function = m.captured(2).simplified();
            if (!name || !FunctionParser::isFunction(function))
                return true;
            Participant p;
            p.kind = CorrespondentKind::Person;
            p.name = name->name;
            p.title = FunctionParser::asTitle(function);
            p.organization = FunctionParser::organizationFor(p.title);
            p.evidence = { m.captured(0), m.capturedStart() };
            out.append({ p, m.capturedStart(), opened || isQuoted(text, m.capturedStart(), m.capturedEnd()) });
            return true;
        });
        QSet<QString> named; // the persons of `out`, looked up rather than compared one by one
        for (const Named& n : std::as_const(out))
            named.insert(correspondentKey(CorrespondentKind::Person, n.person.name));
        scanInChunks(courtesyName, text, check, budget, [&](const QRegularExpressionMatch& m) {
            if (budget.spent())
                return false;
            const auto name = PersonName::parse(m.captured(1));
            if (!name)
                return true;
            const QString key = correspondentKey(CorrespondentKind::Person, name->name);
            if (named.contains(key))
                return true;
            named.insert(key);
            Participant p;
            p.kind = CorrespondentKind::Person;
            p.name = name->name;
            p.evidence = { m.captured(0), m.capturedStart() };
            out.append({ p, m.capturedStart(), isQuoted(text, m.capturedStart(), m.capturedEnd()) });
            return true;
        });
        return out;
    }

    // A communiqué is issued by a ministry or an organisation; its minister(s) speak for it.
    void readPressRelease(qsizetype headlineEnd)
    {
        static const QRegularExpression issuer(QStringLiteral(
            R"((?:communiqué|communique|press release|statement|déclaration)\s+(?:de presse\s+)?(?:issued by|published by|from|by|de|du|des|de la|de l['’])\s+(?:the\s+)?(.+?)(?:$|\.|\s+[–-]\s+))"), kOptions);
        static const QRegularExpression issuerSplit(QStringLiteral(R"(\s+(?:and|et)\s+(?:the\s+|du\s+|de\s+la\s+|de\s+l['’]|des\s+)(?=\p{Lu}))"), kOptions);
        QStringList issuers;
        for (qsizetype i = 0; i < headlineEnd; ++i) {
            const auto m = issuer.match(content(i));
            if (m.hasMatch())
                for (const QString& part : m.captured(1).split(issuerSplit, Qt::SkipEmptyParts))
                    if (lex.organizationWord().match(part).hasMatch())
                        issuers.append(FunctionParser::asTitle(part));
        }
        // A web page's byline: "From: Home Office and The Rt Hon Jane Smith MP".
        static const QRegularExpression byline(QStringLiteral(R"(^(?:from|issued by|de|par)\s*:\s*(.+)$)"), kOptions);
        static const QRegularExpression bylineSplit(QStringLiteral(R"(\s*(?:,|;|\s+and\s+|\s+et\s+)\s*)"), kOptions);
        QList<Participant> bylinePersons;
        for (qsizetype i = 0; i < headlineEnd && i < 15; ++i) {
            const auto m = byline.match(content(i));
            if (!m.hasMatch())
                continue;
            for (const QString& part : m.captured(1).split(bylineSplit, Qt::SkipEmptyParts)) {
                if (const auto name = PersonName::parse(part); name && (name->hadCourtesyTitle || name->knownFirstName)) {
                    Participant p;
                    p.role = ParticipantRole::Sender;
                    p.kind = CorrespondentKind::Person;
                    p.name = name->name;
                    p.evidence = evidenceOf(i, part);
                    bylinePersons.append(p);
                } else if (part.size() > 2 && part.size() < 80) {
                    issuers.append(FunctionParser::asTitle(part));
                }
            }
            break;
        }
        const QList<Named> named = namedPersons();
        // A headline is a few short lines; when the first lines are one long paragraph (a PDF's text
        // layer), only its start is looked at, so each surname's look-up stays bounded.
        constexpr qsizetype kHeadlineMaxChars = 2000;
        const qsizetype headlineEndOffset = headlineEnd < lines.size() ? lines.at(headlineEnd).start : lines.text().size();
        QString headline = lines.text().left(std::min(headlineEndOffset, kHeadlineMaxChars));
        QSet<QString> senders;
        for (const Participant& p : std::as_const(bylinePersons))
            senders.insert(correspondentKey(CorrespondentKind::Person, p.name));
        QHash<QString, bool> surnamesInHeadline; // each surname looked for once
        for (const Named& n : named) {
            if (budget.spent())
                break;
            const QString surname = n.person.name.section(QLatin1Char(' '), -1);
            auto known = surnamesInHeadline.find(surname);
            if (known == surnamesInHeadline.end()) {
                budget.examine(headline.size());
                known = surnamesInHeadline.insert(surname, headline.contains(surname, Qt::CaseInsensitive));
            }
            const bool inHeadline = *known;
            const bool speaksForIssuer = std::any_of(issuers.cbegin(), issuers.cend(), [&](const QString& org) {
                return !n.person.organization.isEmpty() && foldForMatching(org) == foldForMatching(n.person.organization);
            });
            if (inHeadline || speaksForIssuer)
                senders.insert(correspondentKey(CorrespondentKind::Person, n.person.name));
        }
        if (senders.isEmpty()) {
            // No one named up front: the first minister or official named with a function speaks.
            for (const Named& n : named)
                if (!n.person.title.isEmpty() && !n.quoted) {
                    senders.insert(correspondentKey(CorrespondentKind::Person, n.person.name));
                    break;
                }
        }
        for (Named n : named) {
            const bool sender = senders.contains(correspondentKey(CorrespondentKind::Person, n.person.name));
            n.person.role = sender ? ParticipantRole::Sender : ParticipantRole::Mentioned;
            if (sender && n.person.title.isEmpty())
                continue; // named up front but never with a function: a guest, not the issuer
            add(n.person);
        }
        for (const Participant& p : std::as_const(bylinePersons))
            add(p); // merged with the same person named with a function in the text
        // Nobody named and no "communiqué de X": the organisation in the letterhead above the
        // "Communiqué de presse" marker issues it.
        if (issuers.isEmpty() && senders.isEmpty()) {
            static const QRegularExpression marker(QStringLiteral(
                R"(^(?:communiqué|communique|press release|news release|press statement|information presse)\b)"), kOptions);
            qsizetype markerLine = -1;
            for (qsizetype i = 0; i < std::min<qsizetype>(lines.size(), 12) && markerLine < 0; ++i)
                if (marker.match(content(i)).hasMatch())
                    markerLine = i;
            for (qsizetype i = 0; i < markerLine; ++i) {
                const QString c = content(i).simplified();
                // A letterhead is set in capitals ("UTOPIA 56") when it holds no word that names a body.
                const bool capitals = std::none_of(c.cbegin(), c.cend(), [](QChar ch) { return ch.isLower(); });
                if (c.isEmpty() || isAddress(i) || c.size() > 60 || c.count(QLatin1Char(' ')) > 6 || c.endsWith(QLatin1Char('.'))
                    || i == context.dateLine || !(lex.organizationWord().match(c).hasMatch() || (capitals && !PersonName::parse(c))))
                    continue;
                // "PRÉFET DU NORD": an office's letterhead names its organisation.
                if (FunctionParser::isFunction(c)) {
                    const QString office = FunctionParser::organizationFor(FunctionParser::asTitle(c));
                    if (office.isEmpty())
                        continue;
                    issuers.append(office);
                } else {
                    issuers.append(c);
                }
                break;
            }
        }
        // No letterhead either: a body that is the subject of the first sentence and speaks in it issues it.
        if (issuers.isEmpty() && senders.isEmpty())
            if (const auto speaker = firstSentenceSpeaker()) {
                add(*speaker);
                return;
            }
        for (const QString& org : issuers) {
            const bool covered = std::any_of(found.cbegin(), found.cend(), [&](const Participant& p) {
                return p.role == ParticipantRole::Sender && foldForMatching(p.organization) == foldForMatching(org);
            });
            if (!covered) {
                Participant p;
                p.role = ParticipantRole::Sender;
                p.kind = CorrespondentKind::Organization;
                p.name = org;
                // The name is written as a title ("préfecture du Nord" → "Préfecture du Nord"): the evidence is
                // the text as written (found by tests/fuzz: it pointed nowhere, offset -1).
                const qsizetype at = lines.text().indexOf(org, 0, Qt::CaseInsensitive);
                if (at >= 0)
                    p.evidence = { lines.text().mid(at, org.size()), at };
                add(p);
            }
        }
    }

    // The first paragraph of prose's speaker (CommuniqueSpeaker), among the first 40 lines.
    std::optional<Participant> firstSentenceSpeaker() const
    {
        for (qsizetype i = 0; i < std::min<qsizetype>(lines.size(), 40); ++i)
            if (isProse(i))
                return CommuniqueSpeaker::find(content(i), lines.at(i).contentStart);
        return std::nullopt;
    }

    // Persons named in the body who are neither senders nor recipients.
    void readMentions()
    {
        QSet<QString> known; // every person found so far, in any role
        for (const Participant& p : std::as_const(found))
            if (p.kind == CorrespondentKind::Person)
                known.insert(correspondentKey(p.kind, p.name));
        for (Named n : namedPersons()) { // a copy: the role is set per use
            if (budget.spent())
                break;
            const QString key = correspondentKey(CorrespondentKind::Person, n.person.name);
            if (known.contains(key))
                continue;
            n.person.role = ParticipantRole::Mentioned;
            add(n.person);
            known.insert(key);
        }
    }
};

} // namespace

QList<Participant> ParticipantExtractor::extract(const TextLines& lines, const Context& context)
{
    ExtractionBudget unlimited;
    return extract(lines, context, unlimited);
}

QList<Participant> ParticipantExtractor::extract(const TextLines& lines, const Context& context, ExtractionBudget& budget)
{
    Scan scan(lines, context, budget);
    if (budget.spent())
        return {};
    const Lexicon& lex = scan.lex;
    const qsizetype n = lines.size();

    // The first paragraph of running prose ends the header.
    qsizetype firstProse = n;
    for (qsizetype i = 0; i < n; ++i)
        if (scan.isProse(i)) {
            firstProse = i;
            break;
        }
    const qsizetype salutation = scan.firstMatching(lex.salutation(), 0, std::min(firstProse + 1, n));
    const qsizetype headerEnd = salutation >= 0 ? salutation : firstProse;

    if (context.type == DocumentType::PressRelease) {
        // The headline zone: up to the date, and the short lines after it, before the first long paragraph.
        qsizetype headline = context.dateLine >= 0 ? context.dateLine + 1 : 0;
        while (headline < n && (lines.at(headline).isBlank() || lines.at(headline).content.size() < kLongLine))
            ++headline;
        // A joint communiqué ends with its signatories: they issue it; people quoted in it are mentioned.
        if (!scan.readSignatoryList(headline))
            scan.readPressRelease(std::min(n, std::max<qsizetype>(headline, 3))); // at least the first three lines
    } else {
        scan.readAddressedTitle(headerEnd);
        scan.readHeader(headerEnd);
        scan.mergeOffices();
        // Signatures come after the last closing formula; without one, after the last paragraph of prose.
        qsizetype closing = scan.lastMatching(lex.closing(), headerEnd);
        const bool closingFormula = closing >= 0;
        if (closing < 0) {
            closing = headerEnd;
            // A long copy line below the signatures ("A copy of this letter has been sent to …") is no prose.
            for (qsizetype i = n - 1; i > headerEnd; --i)
                if (scan.isProse(i) && !lex.copyLine().match(lines.at(i).content).hasMatch()) {
                    closing = i;
                    break;
                }
        }
        if (!scan.readSignatoryList(closing)) {
            qsizetype signaturesEnd = n;
            if (const qsizetype copy = scan.lastMatching(lex.copyLine(), closing); copy > closing)
                signaturesEnd = copy;
            signaturesEnd = std::min(signaturesEnd, scan.signatureZoneEnd(closing + 1, signaturesEnd));
            scan.readSignatures(closing + 1, signaturesEnd, closingFormula);
        }
        scan.reassignAddressedHeaderNames(salutation, headerEnd);
        scan.completeSignersFromLetterhead(headerEnd);
    }
    scan.completeMayorsFromLetterhead();
    // From the top: a heading's "Cc:" field is a copy list as much as one below the signature.
    scan.readCopies(0, headerEnd);
    scan.readMentions();
    return scan.found;
}

} // namespace littoral::core
