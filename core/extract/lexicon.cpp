// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/lexicon.h"

#include "core/logging.h"

#include <QFile>
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

// Given names of many origins (resources/extract/firstnames.txt, made by tools/make-firstnames.py from
// Faker), embedded in littoral_core. Read once, on first use, by whichever thread asks first.
const QSet<QString>& firstNameSet()
{
    static const QSet<QString> names = [] {
        QSet<QString> set;
        QFile file(QStringLiteral(":/littoral/extract/firstnames.txt"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcExtract) << "first-name lexicon not found:" << file.fileName();
            return set;
        }
        const QList<QByteArray> lines = file.readAll().split('\n');
        set.reserve(lines.size());
        for (const QByteArray& raw : lines)
            if (const QByteArray line = raw.trimmed(); !line.isEmpty() && !line.startsWith('#'))
                set.insert(QString::fromUtf8(line));
        return set;
    }();
    return names;
}

} // namespace

const Lexicon& Lexicon::instance()
{
    static const Lexicon lexicon;
    return lexicon;
}

Lexicon::Lexicon()
{
    m_leadingCourtesy = compile(QStringLiteral(
        R"(^(?:(?:(?:The\s+)?(?:Rt\.?|Right)\s+Hon(?:ourable|\.)?|M\.|MM\.|Mme\.?|Mmes\.?|Mlle\.?|Monsieur|Madame|Mademoiselle|Messieurs|Mesdames|Messrs\.?|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Docteur|Docteure|Maître|Me|Pr\.?|Professeur|Prof\.?|Sir|Dame|Lord|Lady)(?=[\s.])\.?\s*)+)"),
        QRegularExpression::UseUnicodePropertiesOption);
    m_salutation = compile(QStringLiteral(
        R"(^(?:(?:Très\s+)?(?:Cher|Chère|Chers|Chères)\b.{0,60}|Monsieur\b.{0,80}|Madame\b.{0,80}|Mesdames\b.{0,80}|Messieurs\b.{0,60}|Dear\b.{0,80}|To whom it may concern)[,:!]$)"));
    m_closing = compile(QStringLiteral(
        R"(je vous prie d.agréer|veuillez agréer|veuillez recevoir|nous vous prions d.agréer|nous vous prions de recevoir|je vous prie de (?:croire|recevoir)|recevez,? .{0,40}l.expression|l.expression de (?:ma|notre|mes|nos) (?:considération|salutations|respectueuse|haute|parfaite|sentiments)|(?:sincères |respectueuses |meilleures )?salutations|bien cordialement|cordialement|bien à vous|bien amicalement|amicalement|bien sincèrement|yours (?:sincerely|faithfully|truly)|sincerely(?: yours)?|(?:best|kind|warm) regards|with (?:best|kind|warm) (?:regards|wishes)|best wishes|respectfully(?: yours)?|^(?:bien\s+)?(?:respectueusement|amitiés|regards|many\s+thanks|with\s+(?:many\s+)?thanks|all\s+the\s+best|thank\s+you)\s*[,.!]?$)"));
    m_leadingFunction = compile(QStringLiteral(R"(^(?:(?:le|la|l'|l’|the|notre|our)\s*)?(?:french\s+|british\s+|uk\s+)?(?:(?:legal|policy|field|advocacy|project|programme|program|communications|press|volunteer|town|city|local|municipal|regional|national|deputy|assistant|senior|chief|première|premier)\s+)?(?:%1)\b)")
                                    .arg(QString::fromUtf8(kFunctions)));
    // Common nouns that name bodies, in French and English, and the legal forms of companies; never the
    // proper name of one particular organisation.
    m_organizationWord = compile(QStringLiteral(R"(\b(?:
        associations?|asso|collectif|collective|fédération|federation|ligue|league|réseau|network|comité|committee|
        coordination|union|syndicat|parti|party|mouvement|movement|fondation|foundation|institut|institute|centre|center|
        ministère|ministry|mairie|préfecture|sous-préfecture|conseil|council|office|agence|agency|services?|secours|
        médecins|doctors|plateforme|platform|groupe|group|commission|gouvernement|government|département|région|ville|city|
        église|church|ong|ngo|tribunal|court|cour|assemblée|sénat|parlement|parliament|république|republic|
        ambassade|embassy|refugee|refugees|réfugiés|migrants|exilés|sans[ -]frontières|solidarité|solidarity|
        cabinet|compagnie|théâtre|section|ecole|école|university|université|club|trust|charity|fund|fonds|alliance|coalition|
        observatoire|observatory|police|gendarmerie|secrétariat|secretariat|bureau|direction|délégation|barreau|bar\s+council|
        town\s+hall|city\s+hall|hôtel\s+de\s+ville|
        international|internationale|
        scp|selarl|sarl|sas|sasu|eurl|scop|gie|ltd|limited|inc|llp|plc|gmbh|cic
    )\b)"), kOptions | QRegularExpression::ExtendedPatternSyntaxOption);
    m_signatoriesHeading = compile(QStringLiteral(
        R"(^(?:(?:liste des|list of|premiers|premières|first|les|the|organisations|organizations|associations|co-?)\s*)*(?:signataires|signatories|signatures|signed by|signé par|signée par|ont signé)\b.{0,30}$)"));
    m_copyLine = compile(QStringLiteral(
        R"(^(?:copies?\s*(?:à|a|:|pour information)|c\.?c\.?\s*:|b?cc\b|cci\s*:|ampliation\s*:?|copy to|copies to|a copy of this (?:letter|message) (?:has been|was|is being|will be) (?:sent|addressed|forwarded) to|une copie de (?:ce|cette) (?:courrier|lettre) (?:a été|est) (?:adressée?|envoyée?|transmise?) à))"));
    m_addressLine = compile(QStringLiteral(
        R"((?:^(?:(?:t[ée]l|tel|t[ée]l[ée]phone|phone|fax|t[ée]l[ée]copie|mail|e-mail|email|courriel|site|web|nos? r[ée]f|v\/r[ée]f|r[ée]f|objet|subject|service)\b\.?|www\.|http)\s*[:.]?)|\b\d{5}\b|\b\d{1,4}(?:\s*(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|bd|place|quai|allée|chemin|route|impasse|cours|square|street|road|lane)\b|\b(?:rue|avenue|boulevard|place|quai)\s+(?:de|du|des|d')|(?:^|,\s*)\d{1,4}[a-z]?,?\s+(?:\p{L}+\s+){1,4}(?:street|road|lane|avenue|square|close|drive|way|terrace|gardens|crescent|hill|row|walk|place|court|parade|quay|mews|grove)\b|^(?:flat|apartment|apt\.?|appartement|appt\.?|unit|suite|bâtiment|bât\.?|escalier|résidence)\s+\w{1,4}\b|\b\p{Lu}{1,2}\d[\p{Lu}\d]?\s+\d\p{Lu}{2}\b|\bB\.?P\.?\s*\d|\bCS\s*\d|\bcedex\b|@|\b\d{2}[ .]\d{2}[ .]\d{2}[ .]\d{2}[ .]\d{2}\b|^(?:rue|avenue|boulevard|bd|place|quai|allée|chemin|route|impasse|square)\s+\p{Lu}|^(?:hôtel|palais|château|résidence|immeuble|bâtiment)\s+(?:(?:de|du|des|de la)\s+|d['’]|de l['’])?\p{Lu})"));
}

bool Lexicon::isFirstName(const QString& foldedToken) const
{
    // "Jean-Pierre": a first name when its first part is.
    const QString first = foldedToken.section(QLatin1Char(' '), 0, 0).section(QLatin1Char('-'), 0, 0);
    return firstNameSet().contains(first);
}

const QSet<QString>& Lexicon::firstNames() const
{
    return firstNameSet();
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
