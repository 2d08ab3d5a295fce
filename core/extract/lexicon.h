// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QSet>
#include <QString>

namespace littoral::core {

// Shared French/English vocabulary of letters and communiqués: courtesy titles, functions,
// organisation words, salutations and closings. Built once; read-only and thread-safe.
class Lexicon final {
public:
    static const Lexicon& instance();

    // "M.", "Mme", "Monsieur", "Dr", "Messers", … at the start of a string, with what follows.
    const QRegularExpression& leadingCourtesy() const { return m_leadingCourtesy; }
    // A line that opens a letter: "Monsieur le Président,", "Dear Minister,", "Cher Monsieur,".
    const QRegularExpression& salutation() const { return m_salutation; }
    // A closing formula: "je vous prie d'agréer", "Yours sincerely", "Cordialement".
    const QRegularExpression& closing() const { return m_closing; }
    // A function at the start of a string: "Présidente de …", "Maire de …", "Minister of …", "le Préfet".
    const QRegularExpression& leadingFunction() const { return m_leadingFunction; }
    // A word that marks an organisation name ("Association", "Ministère", "Collectif", "Médecins", …).
    const QRegularExpression& organizationWord() const { return m_organizationWord; }
    // A heading before a list of signatories ("Signataires :", "Signatories", "Premiers signataires").
    const QRegularExpression& signatoriesHeading() const { return m_signatoriesHeading; }
    // Start of a copy line ("Copie à", "cc :", "A copy of this letter has been sent to").
    const QRegularExpression& copyLine() const { return m_copyLine; }
    // Telephone, fax, e-mail, postcode+town, street: lines of an address, not of a name.
    const QRegularExpression& addressLine() const { return m_addressLine; }

    // A given name of any origin, folded as foldForMatching() folds it ("loic", "quang"): one
    // signal that a name-like line is a person, never proof. Only the first part of "jean pierre" counts.
    bool isFirstName(const QString& foldedToken) const;
    // The whole first-name lexicon (read once from the embedded resources/extract/firstnames.txt).
    const QSet<QString>& firstNames() const;
    bool isNameParticle(const QString& token) const; // de, du, d', van, von, le, la, …

private:
    Lexicon();
    QRegularExpression m_leadingCourtesy;
    QRegularExpression m_salutation;
    QRegularExpression m_closing;
    QRegularExpression m_leadingFunction;
    QRegularExpression m_organizationWord;
    QRegularExpression m_signatoriesHeading;
    QRegularExpression m_copyLine;
    QRegularExpression m_addressLine;
};

// PCRE2 checks that a subject is valid UTF-16 from the start offset to its end on every match, so a
// global match over a whole document re-read the rest of it at each hit. A text found valid once
// is matched without the check; an invalid one keeps it (PCRE2 then reports no match, not a crash).
inline QRegularExpression::MatchOptions subjectCheckFor(QStringView text)
{
    return text.isValidUtf16() ? QRegularExpression::DontCheckSubjectStringMatchOption : QRegularExpression::NoMatchOption;
}

// Whatever \s matches with Unicode properties (\p{Z}, \h, \v), and a little more: code that walks a
// text to find where a pattern can match may read a little too much, never too little.
inline bool isPatternSpace(char16_t c)
{
    if (c < 0x80)
        return c == u' ' || (c >= u'\t' && c <= u'\r');
    return c == 0x180E || QChar::isSpace(char32_t(c));
}

// The code point at `i` (a surrogate pair read whole, as PCRE2 reads \p{L} and \d), and in `units`
// how many UTF-16 units it takes.
inline char32_t codePointAt(QStringView text, qsizetype i, int* units = nullptr)
{
    const bool pair = text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate();
    if (units)
        *units = pair ? 2 : 1;
    return pair ? QChar::surrogateToUcs4(text[i], text[i + 1]) : char32_t(text[i].unicode());
}

} // namespace littoral::core
