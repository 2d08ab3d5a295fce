// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/communiquespeaker.h"

#include "core/extract/personname.h"

#include <QRegularExpression>

namespace littoral::core {
namespace {

constexpr auto kOptions = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption
    | QRegularExpression::ExtendedPatternSyntaxOption;
constexpr qsizetype kLookedAt = 300; // the first sentence's opening, where its subject is

// What the name's head word may be: bodies people form, not the State's offices ("ministère",
// "préfecture"), whose communiqués have letterheads, nor groups spoken about ("les exilés").
const QString& frenchHeads()
{
    static const QString heads = QStringLiteral(
        "fédération|collectif|association|réseau|coordination|comité|union|ligue|syndicat|fondation|plateforme|"
        "observatoire|mouvement|coalition|alliance|cercle|groupe|groupement|amicale|confédération");
    return heads;
}

const QString& englishHeads()
{
    static const QString heads = QStringLiteral(
        "network|trust|coalition|alliance|federation|association|committee|foundation|campaign|group|project|"
        "collective|union|charity|society|council|forum|centre|center|league|partnership");
    return heads;
}

} // namespace

std::optional<Participant> CommuniqueSpeaker::find(const QString& sentence, qsizetype offset)
{
    // An opening clause ("Ce matin encore,"), an article that cannot be given back ("Le ministère"
    // is no "Le Ministère"), the name, an acronym in brackets, an adverb, then the verb.
    static const QRegularExpression speaker(QStringLiteral(R"(
        ^ (?: [^,.;:]{1,40} , \s* )?
          (?: l['’] | la \s+ | le \s+ | les \s+ | the \s+ )?+
          (?<name> (?-i: \p{Lu} ) [^,.;:«»"()]{2,90}? )
          \s+ (?: \( [^()]{1,20} \) \s+ )?
          (?: (?: today | aujourd['’]hui | ce \s+ \w+ | à \s+ nouveau | again | once \s+ again | fermement
                | strongly | vivement ) \s+ )?
          (?: dénonce | condamne | demande | exige | réclame | appelle | alerte | interpelle | s['’]indigne
            | s['’]alarme | s['’]inquiète | regrette | déplore | salue | rappelle | tient \s+ à
            | denounces | condemns | calls \s+ (?: on | for | upon ) | urges | demands | welcomes | regrets
            | deplores | warns | is \s+ (?: alarmed | appalled | dismayed | concerned ) ) \b
    )"),
        kOptions);
    // A verb or a relative pronoun inside the name: the subject was a clause, not a name.
    static const QRegularExpression clause(QStringLiteral(R"(
        \b (?: a | ont | est | sont | avait | qui | que | dont | has | have | had | is | are | was | were | who
             | which | that ) \b
    )"),
        kOptions);
    static const QRegularExpression french(QStringLiteral(R"( ^(?: %1 )\b )").arg(frenchHeads()), kOptions);
    static const QRegularExpression english(QStringLiteral(R"( \b(?: %1 )$ )").arg(englishHeads()), kOptions);
    const auto m = speaker.match(QStringView(sentence).left(kLookedAt));
    if (!m.hasMatch())
        return std::nullopt;
    const QString name = m.captured(u"name").trimmed();
    if (clause.match(name).hasMatch() || !(french.match(name).hasMatch() || english.match(name).hasMatch()) || PersonName::parse(name))
        return std::nullopt;
    Participant p;
    p.role = ParticipantRole::Sender;
    p.kind = CorrespondentKind::Organization;
    p.name = name;
    p.evidence = { name, offset + m.capturedStart(u"name") };
    return p;
}

} // namespace littoral::core
