// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/documentclassifier.h"

#include "core/domain/correspondentkey.h"
#include "core/extract/chunkedscan.h"
#include "core/extract/lexicon.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <array>

namespace littoral::core {
namespace {

constexpr auto kOptions = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

QString headText(const TextLines& lines, int nonBlankLines)
{
    QString head;
    for (const TextLine& l : lines.lines()) {
        if (l.isBlank())
            continue;
        head += l.content + QLatin1Char('\n');
        if (--nonBlankLines == 0)
            break;
    }
    return head;
}

} // namespace

DocumentType DocumentClassifier::type(const TextLines& lines)
{
    ExtractionBudget unlimited;
    return type(lines, unlimited);
}

DocumentType DocumentClassifier::type(const TextLines& lines, ExtractionBudget& budget)
{
    static const QRegularExpression openLetter(
        QStringLiteral(R"(\b(?:lettre ouverte|open letter|offener brief|carta abierta|lettera aperta)\b)"), kOptions);
    static const QRegularExpression press(QStringLiteral(
        R"(\b(?:communiqué|communique|press release|news release|press statement|information presse|dossier de presse|contact presse|press contact|pour diffusion immédiate|for immediate release|service de presse|press office|news story|point presse|point de situation)\b)"),
        kOptions);
    static const QRegularExpression signatories(QStringLiteral(R"(^(?:liste des |premiers )?(?:signataires|signatories)\b)"), kOptions);
    static const QRegularExpression reported(QStringLiteral(
        R"(\b(?:a (?:annoncé|présidé|décidé|rappelé|souligné|salué|déclaré|réuni)|annonce|s['’]est (?:rendue?s?|félicitée?s?|entretenue?s?)|the minister(?:s)? (?:recalled|announced|said|paid)|announced today|today (?:announced|set out|visited|met)|a rappelé)\b)"),
        kOptions);
    const Lexicon& lex = Lexicon::instance();
    const QString head = headText(lines, 8);
    // The head may hold a line of megabytes (a PDF page): read piece by piece.
    if (matchesInChunks(openLetter, head, budget))
        return DocumentType::OpenLetter;
    if (matchesInChunks(press, head, budget))
        return DocumentType::PressRelease;
    bool salutation = false, closing = false, signatoryList = false;
    for (const TextLine& l : lines.lines()) {
        if (budget.spent())
            break;
        if (l.isBlank())
            continue;
        budget.examine(l.content.size());
        salutation = salutation || (l.content.size() < 100 && lex.salutation().match(l.content).hasMatch());
        closing = closing || matchesInChunks(lex.closing(), l.content, budget);
        signatoryList = signatoryList || signatories.match(l.content).hasMatch();
    }
    if (signatoryList && !salutation)
        return DocumentType::OpenLetter;
    if (salutation || closing)
        return DocumentType::Letter;
    // No salutation nor signature: a communiqué reports what officials did ("Gérald Darmanin a présidé …").
    bool reports = false;
    scanInChunks(reported, lines.text(), subjectCheckFor(lines.text()), budget, [&](const QRegularExpressionMatch&) {
        reports = true;
        return false;
    });
    if (reports)
        return DocumentType::PressRelease;
    return DocumentType::Other;
}

QString DocumentClassifier::language(const QString& text)
{
    // In alphabetical order: on a tie the first language wins.
    static constexpr std::array<const char*, 6> languages = { "de", "en", "es", "fr", "it", "nl" };
    static const char* const stopwords[] = {
        "der die das und ist nicht mit für von zu den dem ein eine sich auf auch wir",
        "the and of to is in that for with on are this we you be have has by which from was were their not",
        "el los las y es en que por para con una del se su al como pero",
        "le la les des est et une un que qui dans pour pas sur au aux du nous vous ce cette sont avec par plus leur ont été",
        "il gli e di che per con una del della sono non si alla nel come",
        "de het een en van is dat op te zijn voor met niet wij ook",
    };
    // Each stopword once, with one bit per language it belongs to: a word is hashed once, not once
    // per language. The keys view the strings of `words`, which live as long as the table.
    struct Table {
        QStringList words;
        QHash<QStringView, quint8> languagesOf;
    };
    static const Table table = [] {
        Table t;
        for (std::size_t l = 0; l < languages.size(); ++l) {
            for (const QString& word : QString::fromUtf8(stopwords[l]).split(QLatin1Char(' '))) {
                t.words.append(word); // a view of a QString's characters outlives moves of the QString
                t.languagesOf[QStringView(t.words.constLast())] |= quint8(1u << l);
            }
        }
        return t;
    }();
    std::array<int, languages.size()> counts {};
    const QString folded = foldForMatching(text.left(20000));
    const QStringView all(folded);
    qsizetype from = 0;
    while (from < all.size()) {
        qsizetype end = all.indexOf(QLatin1Char(' '), from);
        if (end < 0)
            end = all.size();
        if (end > from) {
            const quint8 mask = table.languagesOf.value(all.sliced(from, end - from), 0);
            for (std::size_t l = 0; mask && l < languages.size(); ++l)
                if (mask & (1u << l))
                    ++counts[l];
        }
        from = end + 1;
    }
    QString best;
    int bestCount = 2; // fewer than three stopwords: too little text to tell
    for (std::size_t l = 0; l < languages.size(); ++l)
        if (counts[l] > bestCount) {
            best = QLatin1String(languages[l]);
            bestCount = counts[l];
        }
    return best;
}

QString DocumentClassifier::title(const TextLines& lines, qsizetype dateLine, DocumentType type)
{
    static const QRegularExpression subject(QStringLiteral(R"(^(?:objet|object|subject|sujet|re|concerne|ref)\s*:\s*(.+)$)"), kOptions);
    const Lexicon& lex = Lexicon::instance();
    for (qsizetype i = 0; i < lines.size() && i < 80; ++i) {
        const auto m = subject.match(lines.at(i).content);
        if (m.hasMatch())
            return m.captured(1).simplified();
    }
    if (type == DocumentType::Letter)
        return {};
    // A headline: the first paragraph, when it is not a letterhead, an address or the date.
    for (qsizetype i = 0; i < lines.size() && i < 12; ++i) {
        const TextLine& l = lines.at(i);
        if (l.isBlank())
            continue;
        if (i == dateLine || lex.addressLine().match(l.content).hasMatch() || lex.leadingCourtesy().match(l.content).capturedLength() > 0
            || lex.salutation().match(l.content).hasMatch())
            return {};
        QString headline = lines.blockText(l.block).simplified();
        if (headline.size() < 12 || headline.count(QLatin1Char(' ')) < 2)
            return {}; // "VILLE de" is a letterhead, not a headline
        if (headline.size() > 200)
            headline = headline.left(headline.lastIndexOf(QLatin1Char(' '), 197)) + QStringLiteral("…");
        return headline;
    }
    return {};
}

} // namespace littoral::core
