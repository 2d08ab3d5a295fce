// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/lexicon.h"

#include <QSet>
#include <QStringList>

namespace littoral::core {
namespace {

constexpr auto kOptions = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

QRegularExpression compile(const QString& pattern, QRegularExpression::PatternOptions options = kOptions)
{
    QRegularExpression re(pattern, options);
    re.optimize();
    return re;
}

// Functions people sign with. Feminine and English forms included; order does not matter
// because every alternative is followed by a word boundary.
const char* const kFunctions =
    "(?:vice[- ]|co[- ])?présidente?|(?:vice[- ]|co[- ])?president|secrétaire générale?|secrétaire nationale?|"
    "secrétaire d'état|secrétaire d’état|secrétaire|secretary[- ]general|secretary of state|secretary|"
    "directeur(?: général)?|directrice(?: générale)?|(?:executive |managing |general )?director|"
    "déléguée?(?: générale?| régionale?| nationale?)?|delegate|coordinat(?:eur|rice|or)(?: nationale?| régionale?)?|"
    "maire(?: adjointe?)?|adjointe? au maire|(?:deputy )?mayor|premier ministre|prime minister|"
    "ministre(?: délégué(?:e)?)?|minister(?: of state)?|sous-préfète?|sous-préfet|préfète|préfet|sub-prefect|prefect|"
    "porte-parole|spokes(?:person|man|woman)|responsable|chargée? de mission|chargée?|chair(?:man|woman|person)?|"
    "head|chef|trésori(?:er|ère)|treasurer|fondat(?:eur|rice)|founder|co-founder|députée?|member of parliament|mp|"
    "sénat(?:eur|rice)|senator|conseill(?:er|ère)(?: municipale?| régionale?| départementale?)?|councillor|"
    "avocate?|lawyer|défenseure?|defender|commissaire|commissioner|procureure?|prosecutor|juge|judge|évêque|bishop|"
    "administrat(?:eur|rice)|administrator|manager|officer|advisor|adviser|ambassad(?:eur|rice)|ambassador|"
    "rapporteur|rapporteuse|contrôleure? générale?|inspect(?:eur|rice)|inspector|gouverneur|governor|"
    "haut-commissaire|high commissioner|(?:shadow )?home secretary|foreign secretary|représentante?|representative|membre du bureau|animat(?:eur|rice)|"
    "juriste|médecin(?: généraliste)?|infirmi(?:er|ère)|bénévole|volunteer|militante?|activist|aumônier|chaplain|pasteur|priest|"
    "éducat(?:eur|rice)(?: spécialisée?)?|social worker|travailleu(?:r|se) sociale?|chercheu(?:r|se)|researcher|doctor|nurse|"
    "journaliste|journalist|member|membre";

const char* const kFirstNames[] = {
    "alain", "albert", "alexandre", "alexis", "alice", "aline", "amandine", "amber", "amelie", "anne", "annie",
    "anthony", "antoine", "arnaud", "audrey", "aurelie", "benoit", "bernard", "bertrand", "brigitte", "bruno",
    "camille", "caroline", "catherine", "cecile", "celine", "charles", "chantal", "christian", "christine",
    "christophe", "claire", "claude", "clement", "corinne", "cyril", "damien", "daniel", "david", "delphine",
    "denis", "didier", "dominique", "edouard", "elisabeth", "elise", "emilie", "emmanuel", "emmanuelle", "eric",
    "estelle", "etienne", "eve", "fabien", "fabienne", "fabrice", "florence", "florian", "francis", "francois",
    "francoise", "frederic", "gabriel", "gael", "genevieve", "georges", "gerald", "gerard", "gilles", "guillaume",
    "guy", "helene", "henri", "herve", "hugo", "isabelle", "jacqueline", "jacques", "jean", "jeanne", "jerome",
    "joel", "jonathan", "jose", "julie", "julien", "justine", "karine", "laura", "laurence", "laurent", "lea",
    "lucie", "luc", "lucas", "manuel", "marc", "marie", "marine", "marion", "martine", "mathieu", "matthieu",
    "maxime", "michel", "michele", "mickael", "monique", "nadia", "natacha", "nathalie", "nathanael", "nicolas",
    "olivier", "pascal", "pascale", "patrick", "paul", "philippe", "pierre", "raphael", "remi", "rene", "richard",
    "robert", "roger", "romain", "sabine", "samuel", "sandrine", "sarah", "sebastien", "segolene", "serge",
    "simon", "sophie", "stephane", "stephanie", "sylvie", "thierry", "thomas", "valerie", "veronique", "vincent",
    "virginie", "xavier", "yann", "yves", "agnes", "boris", "cedric", "gerald", "jacky", "marlene", "meguerditch",
    "ahmed", "mohamed", "karim", "rachid", "fatima", "leila", "yasmina", "omar", "ali",
    "john", "james", "robert", "william", "mary", "elizabeth", "sarah", "jane", "peter", "paul", "mark", "george",
    "theresa", "boris", "priti", "david", "michael", "helen", "susan", "emma", "anna", "andrew", "tony", "gordon",
    "keir", "rishi", "suella", "kevin", "chris", "steve", "stephen", "richard", "thomas", "martin", "clare",
};

} // namespace

const Lexicon& Lexicon::instance()
{
    static const Lexicon lexicon;
    return lexicon;
}

Lexicon::Lexicon()
{
    m_leadingCourtesy = compile(QStringLiteral(
        R"(^(?:(?:(?:The\s+)?(?:Rt\.?|Right)\s+Hon(?:ourable|\.)?|M\.|MM\.|Mme\.?|Mmes\.?|Mlle\.?|Monsieur|Madame|Mademoiselle|Messieurs|Mesdames|Messers|Messrs\.?|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Docteur|Docteure|Maître|Me|Pr\.?|Professeur|Prof\.?|Sir|Dame|Lord|Lady)(?=[\s.])\.?\s*)+)"),
        QRegularExpression::UseUnicodePropertiesOption);
    m_salutation = compile(QStringLiteral(
        R"(^(?:(?:Très\s+)?(?:Cher|Chère|Chers|Chères)\b.{0,60}|Monsieur\b.{0,80}|Madame\b.{0,80}|Mesdames\b.{0,80}|Messieurs\b.{0,60}|Dear\b.{0,80}|To whom it may concern)[,:!]$)"));
    m_closing = compile(QStringLiteral(
        R"(je vous prie d.agréer|veuillez agréer|veuillez recevoir|nous vous prions d.agréer|nous vous prions de recevoir|je vous prie de (?:croire|recevoir)|recevez,? .{0,40}l.expression|l.expression de (?:ma|notre|mes|nos) (?:considération|salutations|respectueuse|haute|parfaite|sentiments)|(?:sincères |respectueuses |meilleures )?salutations|bien cordialement|cordialement|bien à vous|yours (?:sincerely|faithfully|truly)|sincerely(?: yours)?|(?:best|kind|warm) regards|with (?:best|kind) regards|respectfully(?: yours)?)"));
    m_leadingFunction = compile(QStringLiteral(R"(^(?:(?:le|la|l'|l’|the|notre|our)\s*)?(?:french\s+|british\s+|uk\s+)?(?:(?:legal|policy|field|advocacy|project|programme|program|communications|press|volunteer|town|city|local|municipal|regional|national|deputy|assistant|senior|chief|première|premier)\s+)?(?:%1)\b)")
                                    .arg(QString::fromUtf8(kFunctions)));
    m_organizationWord = compile(QStringLiteral(
        R"(\b(?:association|associations|asso|collectif|collective|fédération|federation|ligue|league|réseau|network|comité|committee|coordination|union|syndicat|parti|party|mouvement|movement|fondation|foundation|institut|institute|centre|center|ministère|ministry|mairie|préfecture|sous-préfecture|conseil|council|office|agence|agency|services?|secours|médecins|doctors|amnesty|cimade|croix-rouge|red cross|emmaüs|gisti|ldh|mrap|attac|utopia|auberge|plateforme|platform|groupe|group|commission|gouvernement|government|département|région|ville|city|église|church|caritas|ong|ngo|oxfam|unhcr|hcr|défenseur des droits|tribunal|court|cour|assemblée|sénat|parlement|parliament|république|republic|ambassade|embassy|ofpra|ofii|cnda|france terre d'asile|care4calais|help refugees|refugee|refugees|réfugiés|migrants|exilés|sans frontières|sans-frontières|solidarité|solidarity|scp|selarl|sarl|cabinet|compagnie|théâtre|section|ecole|école|university|université|club|trust|charity|fund|fonds|alliance|observatoire|observatory|police|gendarmerie|home office)\b)"));
    m_signatoriesHeading = compile(QStringLiteral(
        R"(^(?:(?:liste des|list of|premiers|premières|first|les|the|organisations|organizations|associations|co-?)\s*)*(?:signataires|signatories|signatures|signed by|signé par|signée par|ont signé)\b.{0,30}$)"));
    m_copyLine = compile(QStringLiteral(
        R"(^(?:copies?\s*(?:à|a|:|pour information)|c\.?c\.?\s*:|cc\b|ampliation\s*:?|copy to|copies to|a copy of this (?:letter|message) (?:has been|was|is being|will be) (?:sent|addressed|forwarded) to|une copie de (?:ce|cette) (?:courrier|lettre) (?:a été|est) (?:adressée?|envoyée?|transmise?) à))"));
    m_addressLine = compile(QStringLiteral(
        R"((?:^(?:t[ée]l\.?|tel|t[ée]l[ée]phone|phone|fax|t[ée]l[ée]copie|mail|e-mail|email|courriel|site|web|www\.|http|nos? r[ée]f|v\/r[ée]f|r[ée]f\.?|objet|subject|service)\s*[:.]?)|\b\d{5}\b|\b\d{1,4}(?:\s*(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|bd|place|quai|allée|chemin|route|impasse|cours|square|street|road|lane)\b|\b(?:rue|avenue|boulevard|place|quai)\s+(?:de|du|des|d')|\bB\.?P\.?\s*\d|\bCS\s*\d|\bcedex\b|@|\b\d{2}[ .]\d{2}[ .]\d{2}[ .]\d{2}[ .]\d{2}\b|\b(?:hôtel de matignon|palais de l.élysée|place beauvau)\b|^(?:rue|avenue|boulevard|bd|place|quai|allée|chemin|route|impasse|square|palais|hôtel)\s+\p{Lu})"));
}

bool Lexicon::isFirstName(const QString& foldedToken) const
{
    static const QSet<QString> names = [] {
        QSet<QString> s;
        for (const char* n : kFirstNames)
            s.insert(QString::fromLatin1(n));
        return s;
    }();
    // "Jean-Pierre": a first name when its first part is.
    const QString first = foldedToken.section(QLatin1Char(' '), 0, 0).section(QLatin1Char('-'), 0, 0);
    return names.contains(first);
}

bool Lexicon::isNameParticle(const QString& token) const
{
    static const QSet<QString> particles = { QStringLiteral("de"), QStringLiteral("du"), QStringLiteral("des"),
        QStringLiteral("d'"), QStringLiteral("d’"), QStringLiteral("van"), QStringLiteral("von"), QStringLiteral("der"),
        QStringLiteral("den"), QStringLiteral("le"), QStringLiteral("la"), QStringLiteral("di"), QStringLiteral("da"),
        QStringLiteral("del"), QStringLiteral("ben"), QStringLiteral("bin"), QStringLiteral("el"), QStringLiteral("al") };
    return particles.contains(token.toLower());
}

} // namespace littoral::core
