// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/documentclassifier.h"

#include "core/domain/correspondentkey.h"
#include "core/extract/chunkedscan.h"
#include "core/extract/lexicon.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>

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

// The codes DocumentClassifier::language() returns; bit l of a mask stands for kLanguages[l].
constexpr std::array<const char*, 6> kLanguages = { "de", "en", "es", "fr", "it", "nl" };

// A stop word shared by k languages counts kWholeWord / k to each (60 divides by 1 … 6): "en" is
// French, Spanish and Dutch, and tells none of them from the others, while "het" tells Dutch.
constexpr int kWholeWord = 60;

// The most frequent function words of each language, written as spelled; they are folded like the
// text ("été" → "ete"), and elisions split ("l'été" → "l", "ete"), so "l", "d" and "qu" are words.
constexpr std::array<const char*, kLanguages.size()> kStopwords = {
    "der die das und ist nicht mit für von zu den dem des ein eine einer einen sich auf auch wir ich sie es im in "
    "war wird werden sind hat haben dass daß wie aus bei nach noch über oder aber nur um zum zur vom",
    "the and of to a in is that for it with on as are this we you be have has by which from was were their not at "
    "or an but our they will would been had his her its all can there",
    "el la los las y a de del en que por para con una un es se su sus al como pero no lo le más o este esta son ha "
    "han fue ya muy sobre entre nos cuando también hay",
    "le la les l des de du d un une et est en que qui qu dans pour pas ne n sur au aux nous vous il ils elle elles "
    "ce cette ces se s sont avec par plus leur leurs ont été était mais ou comme très a y",
    "il lo la i gli le e è a di da in che per con una un uno del della dei delle degli al alla nel nella sono non si "
    "ha come ma anche più questo questa dal sul sulla essere stato ci cui",
    "de het een en van is dat die op te zijn voor met niet wij we ook in er aan als bij om maar dit deze ze zich "
    "naar hebben heeft worden wordt door nog werd was kan u ik uit tot dan",
};

// When the stop words tie, character trigrams decide. These are the same everyday paragraph in each
// language, written for this purpose (no document of any corpus): enough for the letters and word
// endings of each language ("ij", "sch", "gli"), which is all a tie-breaker needs.
constexpr std::array<const char*, kLanguages.size()> kReferenceTexts = {
    "Am Morgen erwacht die Stadt langsam. Die Händler öffnen ihre Geschäfte, die Kinder gehen zur Schule und die "
    "Nachbarn grüßen sich auf der Straße. Jeder weiß, dass der Tag lang wird, aber niemand beklagt sich wirklich "
    "darüber. Auf dem Markt findet man Gemüse der Saison, noch warmes Brot und Blumen aus den Gärten der Umgebung. "
    "Die älteren Leute erzählen gern, wie sich das Viertel seit ihrer Jugend verändert hat: Es gab weniger Autos, "
    "mehr Lärm in den Höfen und viele kleine Werkstätten. Heute versuchen die Bewohner zu bewahren, was ihr "
    "gemeinsames Leben angenehm macht, und nehmen zugleich die notwendigen Veränderungen an. Am Abend, wenn das "
    "Licht schwächer wird, sitzen die Familien zusammen am Tisch und sprechen über ihre Pläne und über das, was sie "
    "im Laufe des Tages gelernt haben.",
    "In the morning the town wakes up slowly. Shopkeepers open their doors, children walk to school and neighbours "
    "greet each other in the street. Everyone knows that the day will be long, but nobody really complains about "
    "it. At the market you can find seasonal vegetables, bread that is still warm and flowers brought from nearby "
    "gardens. Older people like to tell how the neighbourhood has changed since they were young: there were fewer "
    "cars, more noise in the courtyards and many small workshops. Today the residents are trying to keep what makes "
    "their shared life pleasant, while accepting the changes that have become necessary. In the evening, when the "
    "light fades, families gather around the table to talk about their plans and about what they have learned "
    "during the day.",
    "Por la mañana la ciudad se despierta despacio. Los comerciantes abren sus tiendas, los niños van a la escuela y "
    "los vecinos se saludan en la calle. Todos saben que el día será largo, pero nadie se queja de verdad. En el "
    "mercado se encuentran verduras de temporada, pan todavía caliente y flores que vienen de los jardines cercanos. "
    "Los mayores cuentan con gusto cómo ha cambiado el barrio desde su juventud: había menos coches, más ruido en "
    "los patios y muchos talleres pequeños. Hoy los vecinos intentan conservar lo que hace agradable su vida en "
    "común, aceptando al mismo tiempo los cambios necesarios. Por la noche, cuando la luz baja, las familias se "
    "reúnen alrededor de la mesa para hablar de sus proyectos y de lo que han aprendido durante el día.",
    "Le matin, la ville se réveille lentement. Les commerçants ouvrent leurs boutiques, les enfants partent à "
    "l'école et les voisins se saluent dans la rue. Chacun sait que la journée sera longue, mais personne ne s'en "
    "plaint vraiment. Au marché, on trouve des légumes de saison, du pain encore chaud et des fleurs qui viennent "
    "des jardins voisins. Les anciens racontent volontiers comment le quartier a changé depuis leur jeunesse : il y "
    "avait moins de voitures, plus de bruit dans les cours et beaucoup de petits ateliers. Aujourd'hui, les "
    "habitants cherchent à préserver ce qui rend agréable leur vie commune, tout en acceptant les transformations "
    "nécessaires. Le soir, quand la lumière baisse, les familles se retrouvent autour de la table pour parler de "
    "leurs projets et de ce qu'elles ont appris pendant la journée.",
    "La mattina la città si sveglia lentamente. I negozianti aprono le loro botteghe, i bambini vanno a scuola e i "
    "vicini si salutano per strada. Tutti sanno che la giornata sarà lunga, ma nessuno se ne lamenta davvero. Al "
    "mercato si trovano verdure di stagione, pane ancora caldo e fiori che arrivano dai giardini vicini. Gli anziani "
    "raccontano volentieri come il quartiere è cambiato dalla loro giovinezza: c'erano meno macchine, più rumore nei "
    "cortili e molte piccole botteghe artigiane. Oggi gli abitanti cercano di conservare ciò che rende piacevole la "
    "loro vita comune, accettando allo stesso tempo i cambiamenti necessari. La sera, quando la luce cala, le "
    "famiglie si ritrovano intorno alla tavola per parlare dei loro progetti e di quello che hanno imparato durante "
    "la giornata.",
    "'s Ochtends wordt de stad langzaam wakker. De winkeliers openen hun zaken, de kinderen gaan naar school en de "
    "buren groeten elkaar op straat. Iedereen weet dat de dag lang zal zijn, maar niemand klaagt er echt over. Op de "
    "markt vind je groenten van het seizoen, brood dat nog warm is en bloemen uit de tuinen in de buurt. De ouderen "
    "vertellen graag hoe de wijk sinds hun jeugd is veranderd: er waren minder auto's, meer lawaai op de "
    "binnenplaatsen en veel kleine werkplaatsen. Vandaag proberen de bewoners te bewaren wat hun gezamenlijke leven "
    "aangenaam maakt, terwijl ze de nodige veranderingen aanvaarden. 's Avonds, als het licht afneemt, komen de "
    "families samen rond de tafel om te praten over hun plannen en over wat ze die dag hebben geleerd.",
};

using TrigramScores = std::array<float, kLanguages.size()>;

struct LanguageTables {
    // Each stop word once, with one bit per language it belongs to: a word is hashed once, not once
    // per language. The keys view the strings of `words`, which live as long as the tables.
    QStringList words;
    QHash<QStringView, quint8> languagesOf;
    // log P(trigram | language), add-half smoothed, for every trigram of some reference text.
    QHash<quint64, TrigramScores> trigramLogP;
};

// Three UTF-16 units of a folded text, " " + text + " " (a word's first and last letters count too).
template<typename Visit>
void forEachTrigram(QStringView folded, Visit visit)
{
    const auto at = [&](qsizetype i) -> quint64 { return i < 0 || i >= folded.size() ? u' ' : folded[i].unicode(); };
    for (qsizetype i = -1; i + 1 < folded.size(); ++i)
        visit(at(i) << 32 | at(i + 1) << 16 | at(i + 2));
}

const LanguageTables& languageTables()
{
    static const LanguageTables tables = [] {
        LanguageTables t;
        for (std::size_t l = 0; l < kLanguages.size(); ++l) {
            for (const QString& word : foldForMatching(QString::fromUtf8(kStopwords[l])).split(QLatin1Char(' '))) {
                t.words.append(word); // a view of a QString's characters outlives moves of the QString
                t.languagesOf[QStringView(t.words.constLast())] |= quint8(1u << l);
            }
        }
        std::array<QHash<quint64, int>, kLanguages.size()> counts;
        std::array<int, kLanguages.size()> totals {};
        for (std::size_t l = 0; l < kLanguages.size(); ++l)
            forEachTrigram(foldForMatching(QString::fromUtf8(kReferenceTexts[l])), [&](quint64 trigram) {
                ++counts[l][trigram];
                ++totals[l];
                t.trigramLogP.insert(trigram, {});
            });
        const double distinct = double(t.trigramLogP.size());
        for (auto it = t.trigramLogP.begin(); it != t.trigramLogP.end(); ++it)
            for (std::size_t l = 0; l < kLanguages.size(); ++l)
                it.value()[l] = float(std::log((counts[l].value(it.key(), 0) + 0.5) / (totals[l] + 0.5 * distinct)));
        return t;
    }();
    return tables;
}

// Among the languages of `candidates` (a mask), the one whose reference trigrams explain the text
// best (naive Bayes); trigrams that no reference text has tell nothing and are skipped.
std::size_t closestByTrigrams(QStringView folded, quint8 candidates, const LanguageTables& tables)
{
    std::array<double, kLanguages.size()> logP {};
    forEachTrigram(folded, [&](quint64 trigram) {
        const auto it = tables.trigramLogP.constFind(trigram);
        if (it != tables.trigramLogP.constEnd())
            for (std::size_t l = 0; l < kLanguages.size(); ++l)
                logP[l] += it.value()[l];
    });
    std::size_t best = kLanguages.size();
    for (std::size_t l = 0; l < kLanguages.size(); ++l)
        if ((candidates & (1u << l)) && (best == kLanguages.size() || logP[l] > logP[best]))
            best = l;
    return best;
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
    const QString folded = foldForMatching(text.left(20000));
    const QStringView all(folded);
    const LanguageTables& tables = languageTables();
    // Integer weights, so that equal evidence gives an exact tie.
    std::array<int, kLanguages.size()> scores {};
    int stopwords = 0;
    qsizetype from = 0;
    while (from < all.size()) {
        qsizetype end = all.indexOf(QLatin1Char(' '), from);
        if (end < 0)
            end = all.size();
        if (end > from) {
            const quint8 mask = tables.languagesOf.value(all.sliced(from, end - from), 0);
            if (mask) {
                ++stopwords;
                const int weight = kWholeWord / std::popcount(mask);
                for (std::size_t l = 0; l < kLanguages.size(); ++l)
                    if (mask & (1u << l))
                        scores[l] += weight;
            }
        }
        from = end + 1;
    }
    if (stopwords < 3)
        return {}; // too little text to tell
    const int best = *std::max_element(scores.begin(), scores.end());
    quint8 tied = 0;
    for (std::size_t l = 0; l < kLanguages.size(); ++l)
        if (scores[l] == best)
            tied |= quint8(1u << l);
    return QLatin1String(kLanguages[std::popcount(tied) == 1 ? std::countr_zero(tied) : closestByTrigrams(all, tied, tables)]);
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
