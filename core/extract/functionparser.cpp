// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/functionparser.h"

#include "core/extract/lexicon.h"

#include <QRegularExpression>

namespace littoral::core {
namespace {

constexpr auto kOptions = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

QString capitalizeFirst(QString s)
{
    if (!s.isEmpty())
        s[0] = s.at(0).toUpper();
    return s;
}

QString trimPunctuation(QString s)
{
    s = s.simplified();
    while (!s.isEmpty() && QStringLiteral(",.;:–-").contains(s.back()))
        s.chop(1);
    return s.trimmed();
}

} // namespace

bool FunctionParser::isFunction(const QString& text)
{
    // A job title ending in its function noun, whatever qualifies it ("Casework Manager", "Chargée de
    // projets" is caught by the leading form): at most three words before the noun, nothing after.
    static const QRegularExpression trailingFunction(QStringLiteral(R"(^(?:[\p{L}'’-]+\s+){1,3}(?:
        manager|officer|coordinator|co-ordinator|director|adviser|advisor|caseworker|worker|lead|treasurer|secretary
    )\s*,?$)"), QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption
        | QRegularExpression::ExtendedPatternSyntaxOption);
    const QString trimmed = text.trimmed();
    return Lexicon::instance().leadingFunction().match(trimmed).hasMatch() || trailingFunction.match(trimmed).hasMatch();
}

QString FunctionParser::asTitle(const QString& function)
{
    static const QRegularExpression article(QStringLiteral(R"(^(?:(?:le|la|the)\s+|l['’]\s*)(?=\p{L}))"), kOptions);
    QString s = trimPunctuation(function);
    s.remove(article);
    return capitalizeFirst(s);
}

QString FunctionParser::organizationFor(const QString& function)
{
    const QString f = asTitle(function);
    struct Rule {
        QRegularExpression pattern;
        QString replacement; // \1 is the captured rest
    };
    // Offices whose organisation has a name of its own, then the generic "<function> of X" -> X.
    static const QList<Rule> rules = {
        { QRegularExpression(QStringLiteral(R"(^(?:vice-)?présidente? de la république(?: française)?\b)"), kOptions),
            QStringLiteral("Présidence de la République") },
        // An office written in English is named in English; a French address block still wins (office merge).
        { QRegularExpression(QStringLiteral(R"(^(?:french )?president of the (?:french )?republic\b)"), kOptions),
            QStringLiteral("Presidency of the Republic") },
        { QRegularExpression(QStringLiteral(R"(^premi(?:er|ère) ministre\b)"), kOptions), QStringLiteral("Services du Premier ministre") },
        // The British Home Secretary as French letters name the office.
        { QRegularExpression(QStringLiteral(R"(^ministre de l['’]intérieur (?:britannique|du royaume-uni)\b)"), kOptions), QStringLiteral("Home Office") },
        { QRegularExpression(QStringLiteral(R"(^(?:member of the national assembly|députée?(?! européen)\b))"), kOptions), QStringLiteral("Assemblée nationale") },
        { QRegularExpression(QStringLiteral(R"(^(?:member of parliament|mp)\b(?! of the european))"), kOptions), QStringLiteral("House of Commons") },
        { QRegularExpression(QStringLiteral(R"(^sénat(?:eur|rice)\b)"), kOptions), QStringLiteral("Sénat") },
        { QRegularExpression(QStringLiteral(R"(^sub-prefect (of the |of )(.+?)(?:,.*)?$)"), kOptions), QStringLiteral("Sub-prefecture \\1\\2") },
        { QRegularExpression(QStringLiteral(R"(^prefect (of the |of )(.+?)(?:,.*)?$)"), kOptions), QStringLiteral("Prefecture \\1\\2") },
        { QRegularExpression(QStringLiteral(R"(^(?:french )?prime minister(?! of the united kingdom| of great britain)\b)"), kOptions),
            QStringLiteral("Prime Minister's Office") },
        { QRegularExpression(QStringLiteral(R"(^(?:french )?(?:interior|home) minister\b)"), kOptions), QStringLiteral("Ministry of the Interior") },
        { QRegularExpression(QStringLiteral(R"(^(?:shadow )?home secretary\b)"), kOptions), QStringLiteral("Home Office") },
        { QRegularExpression(QStringLiteral(R"(^ministre(?: délégué(?:e)?)?(?: auprès du ministre)? (de l['’]|de la |du |des |de |d['’])(.+?)(?:,.*)?$)"), kOptions),
            QStringLiteral("Ministère \\1\\2") },
        { QRegularExpression(QStringLiteral(R"(^(?:french |british )?minister(?: of state)? (of|for) (.+?)(?:,.*)?$)"), kOptions),
            QStringLiteral("Ministry \\1 \\2") },
        { QRegularExpression(QStringLiteral(R"(^(?:adjointe? au )?maire (?:adjointe? )?(de |d['’]|du )(.+?)(?:,.*)?$)"), kOptions),
            QStringLiteral("Mairie \\1\\2") },
        { QRegularExpression(QStringLiteral(R"(^mayor of (.+?)(?:,.*)?$)"), kOptions), QStringLiteral("City of \\1") },
        { QRegularExpression(QStringLiteral(R"(^sous-préf(?:et|ète) (de l['’]|de la |du |des |de |d['’])(.+?)(?:,.*)?$)"), kOptions),
            QStringLiteral("Sous-préfecture \\1\\2") },
        { QRegularExpression(QStringLiteral(R"(^préf(?:et|ète) (de l['’]|de la |du |des |de |d['’])(.+?)(?:,.*)?$)"), kOptions),
            QStringLiteral("Préfecture \\1\\2") },
        { QRegularExpression(QStringLiteral(R"(^défenseure? des droits\b)"), kOptions), QStringLiteral("Défenseur des droits") },
        // "Présidente de la Cimade" -> "La Cimade"; "Président de Médecins du Monde" -> "Médecins du Monde".
        { QRegularExpression(QStringLiteral(R"(^[\p{L}'’ -]{2,60}? (?:de la|of the|de l['’])\s*(.+)$)"), kOptions), QStringLiteral("\\1") },
        { QRegularExpression(QStringLiteral(R"(^[\p{L}'’ -]{2,60}? (?:de|du|des|d['’]|of|at|for)\s*(\p{Lu}.+)$)"), kOptions),
            QStringLiteral("\\1") },
    };
    // "Director, Safe Passage Coalition": the function, a comma, then the body it is held in (a name of
    // two words or more, or one an organisation word names: "Chair, Calais" gives no organisation).
    if (const qsizetype comma = f.indexOf(QLatin1Char(',')); comma > 0) {
        const QString head = f.left(comma).trimmed();
        const QString body = trimPunctuation(f.mid(comma + 1).simplified());
        const bool named = body.count(QLatin1Char(' ')) >= 1 || Lexicon::instance().organizationWord().match(body).hasMatch();
        if (!body.isEmpty() && body.front().isUpper() && named && isFunction(head) && organizationFor(head).isEmpty())
            return capitalizeFirst(body);
    }
    for (const Rule& rule : rules) {
        const auto m = rule.pattern.match(f);
        if (!m.hasMatch())
            continue;
        QString org = rule.replacement;
        for (int i = 1; i <= m.lastCapturedIndex(); ++i)
            org.replace(QStringLiteral("\\%1").arg(i), m.captured(i));
        org = trimPunctuation(org.simplified());
        // "de la Cimade" keeps its article as the organisation writes it.
        static const QRegularExpression deLaName(QStringLiteral(R"(\bde la \p{Lu}\p{L}+$)"), QRegularExpression::UseUnicodePropertiesOption);
        if (rule.replacement == QLatin1String("\\1") && f.contains(deLaName))
            org = QStringLiteral("La ") + org;
        return capitalizeFirst(org);
    }
    return {};
}

} // namespace littoral::core
