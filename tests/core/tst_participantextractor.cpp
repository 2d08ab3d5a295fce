// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/participantextractor.h"

#include "core/domain/correspondentkey.h"
#include "core/extract/documentextractor.h"

#include <QTest>

#include <algorithm>

using namespace littoral::core;

namespace {

// A préfecture's answer signed by delegation on one line.
const QString kPrefectureLetter = QStringLiteral(R"(PRÉFET DU PAS-DE-CALAIS

Direction de la citoyenneté et de la légalité
Bureau de l'asile et des étrangers
Affaire suivie par : Mme Nadia Durand
Tél. : 03 21 21 20 00

Arras, le 12 mars 2018

Madame Claire Martin
Présidente
Association Salam Nord-Pas-de-Calais
12, rue de la Paix
62100 Calais

Objet : distributions de repas

Madame la Présidente,

Par courrier du 2 mars 2018, vous avez sollicité l'autorisation d'organiser des distributions de repas rue des Verrotières. Après examen de votre demande avec les services de la ville, je ne suis pas en mesure d'y donner une suite favorable.

Je vous prie d'agréer, Madame la Présidente, l'expression de ma considération distinguée.

Pour le Préfet et par délégation, le Sous-préfet Jean Dupont
)");

// A mayor's letter signed with the function above the name, with a French copy line.
const QString kCopiesWithFunctions = QStringLiteral(R"(Lille, le 4 mars 2019

Madame la Préfète,

Nous vous alertons sur la situation des familles à la rue à Lille depuis l'hiver.

Veuillez agréer, Madame la Préfète, l'expression de notre haute considération.

Claire Martin
Présidente

Copie à : M. Clément GAUTIER, Sous-préfet de Dunkerque, Toit pour tous du Ternois et La Cimade
)");

const QString kEnglishCopyList = QStringLiteral(R"(Dover, 12 May 2018

Dear Minister,

We write about the children who remain in Calais with family in the United Kingdom.

Yours sincerely,

Mary Jones
Director
Kent Refugee Help

A copy of this letter has been sent to Safe Passage UK, Citizens UK and Refugee Youth Service.
)");

const QString kInlineSignatories = QStringLiteral(R"(Lettre ouverte au Préfet du Nord sur les expulsions à Grande-Synthe

Lille, le 2 octobre 2019

Monsieur le Préfet,

Les expulsions répétées du campement de Grande-Synthe laissent des familles sans abri à l'approche de l'hiver.

Signataires :

Utopia 56, Salam Nord (Dunkerque, Calais), Refugee Women's Centre.

Contact presse : presse@utopia56.org
)");

const QString kTownHallLetter = QStringLiteral(R"(VILLE DE GRAVELINES

Le Directeur de cabinet
Tél. : 03 28 23 59 00
Nos réf. : JD/112-2018

Le 5 avril 2018

Madame Sophie Lenoir
Présidente
Association Accueil Gravelines
12, rue de Calais
59820 Gravelines

Madame la Présidente,

Je vous confirme que la salle municipale restera ouverte aux distributions de repas pendant tout le mois d'avril.

Je vous prie d'agréer, Madame la Présidente, l'expression de ma considération distinguée.

Le Maire,

Bertrand RINGOT
)");

const QString kOpenLetterToMinister = QStringLiteral(R"(Lettre ouverte à Mme la Ministre de l'Intérieur, Claire Dubois
sur l'accueil des mineurs isolés à Calais

Calais, le 14 novembre 2019

Madame la Ministre,

Les associations signataires vous demandent de garantir une mise à l'abri immédiate des mineurs.

Signataires :

- Utopia 56
- La Cimade
)");

const QString kEnglishAddresseeBlock = QStringLiteral(R"(CANTERBURY REFUGEE ACTION

Sarah Mills
Director
Calais Food Collective

Canterbury, 3 March 2019

Dear Sarah,

Thank you for the report on food distributions near the port. We will send a second van in April.

Best regards,

Tom WHEELER
Coordinator
)");

const QString kMayorLetter = QStringLiteral(R"(Ville de Grande-Synthe
Hôtel de Ville
Place François Mitterrand
59760 Grande-Synthe

Grande-Synthe, le 4 janvier 2016

Monsieur Bernard CAZENEUVE
Ministre de l'Intérieur
Place Beauvau
75008 Paris

Monsieur le Ministre,

Depuis plusieurs mois, plus de deux mille personnes survivent dans le camp du Basroch dans des conditions indignes, et la commune ne peut plus faire face seule à cette situation humanitaire.

Je vous prie de croire, Monsieur le Ministre, en l'assurance de ma haute considération.

Le Maire de Grande-Synthe,
Damien CAREME

Copie à : M. le Préfet du Nord, Mme la Maire de Calais
)");

// An English letter to the Home Secretary, with an English copy line.
const QString kEnglishLetter = QStringLiteral(R"(Help Refugees
Unit 4, 10 Acre Lane
London SW2 5SG

5 March 2018

Ms Amber Rudd
Home Secretary
Home Office
2 Marsham Street
London SW1P 4DF

Dear Home Secretary,

We are writing to you about the situation of the unaccompanied children who remain in Calais and Dunkirk, many of whom have family in the United Kingdom and a legal right to join them under the Dublin Regulation.

We urge you to meet us and to set out how the Government intends to fulfil its commitments to these children.

Yours sincerely,

Jane Smith
Director
Help Refugees

cc: Refugee Council; Safe Passage UK
)");

// An open letter signed by six associations under category headings.
const QString kOpenLetter = QStringLiteral(R"(Lettre ouverte au Président de la République

Calais, le 15 décembre 2015

Monsieur le Président de la République,

Des milliers de personnes vivent aujourd'hui dans la lande de Calais sans accès suffisant à l'eau, à l'hygiène et aux soins. Nous vous demandons de prendre sans attendre les mesures d'urgence qui s'imposent.

Nous vous prions d'agréer, Monsieur le Président de la République, l'expression de notre haute considération.

Signataires :

Associations locales
- L'Auberge des migrants
- Salam Nord-Pas-de-Calais
- Utopia 56

Associations nationales
- La Cimade
- Secours Catholique – Caritas France
- Médecins du Monde
)");

// A recipient block on one line after "À l'attention de".
const QString kAttentionLetter = QStringLiteral(R"(Collectif des exilés de Lille
3, place de la Gare
59000 Lille

À l'attention de Madame Claire Martin, Directrice, France terre d'asile

Lille, le 8 avril 2019

Madame la Directrice,

Nous souhaitons vous rencontrer au sujet de l'accueil des personnes exilées arrivant chaque semaine à Lille après les expulsions successives des campements du littoral, faute de place dans les dispositifs existants.

Bien cordialement,

Pierre Lambert
Coordinateur
Collectif des exilés de Lille
)");

// A lawyers' letterhead pasted after the closing by a PDF conversion: not a signatory.
const QString kLawyerNoise = QStringLiteral(R"(Association Terre d'errance
Norrent-Fontes

Norrent-Fontes, le 2 février 2017

Monsieur le Sous-préfet,

Nous vous alertons une nouvelle fois sur la situation des personnes installées sur le terrain de Norrent-Fontes, privées d'eau potable depuis la fermeture des robinets décidée par la commune il y a trois semaines.

Veuillez agréer, Monsieur le Sous-préfet, nos salutations respectueuses.

SCP Garnier & Lefort
Avocats associés
au Barreau de Béthune
14, rue Sadi Carnot
62400 BÉTHUNE
Tél : 03 21 00 00 00

Marie LEFEBVRE
Présidente
Association Terre d'errance
)");

// The same with a named lawyer heading the pasted letterhead.
const QString kNamedLawyerNoise = QStringLiteral(R"(Association Terre d'errance

Norrent-Fontes, le 2 février 2017

Monsieur le Sous-préfet,

Nous vous alertons une nouvelle fois sur la situation des personnes installées sur le terrain de Norrent-Fontes, privées d'eau potable depuis la fermeture des robinets décidée par la commune il y a trois semaines.

Veuillez agréer, Monsieur le Sous-préfet, nos salutations respectueuses.

Maître Sophie GARNIER
Avocate au Barreau de Béthune
14, rue Sadi Carnot
62400 BÉTHUNE
Tél : 03 21 00 00 00

Marie LEFEBVRE
Présidente
Association Terre d'errance
)");

// A ministry communiqué naming its minister in the lead sentence; another minister took part.
const QString kMinistryCommunique = QStringLiteral(R"(Déplacement à Calais

Calais, le 2 mars 2018

Christophe Castaner, ministre de l'Intérieur, s'est rendu ce vendredi à Calais pour faire le point sur la situation migratoire avec les élus du Calaisis et les services de l'État mobilisés sur le littoral.

Mme Jacqueline Gourault, ministre de la Cohésion des territoires, a également participé à cette réunion. Le ministre a annoncé le renforcement des effectifs de police et la création de nouvelles places d'hébergement dans la région.
)");

// An association's press release with no person: the organisation is the sender.
const QString kAssociationRelease = QStringLiteral(R"(L'Auberge des migrants

COMMUNIQUÉ DE PRESSE

Calais, le 3 septembre 2019

Expulsions à répétition : les exilés privés de tout abri

Ce matin encore, les forces de l'ordre ont procédé à l'expulsion de plusieurs campements à Calais, confisquant tentes et sacs de couchage. Ces opérations, menées presque chaque jour depuis des mois, privent les exilés de tout abri à l'approche de l'hiver.

Nous demandons l'arrêt immédiat de ces expulsions et l'ouverture de lieux de mise à l'abri dignes.
)");

struct Expected {
    QString role;
    QString kind;
    QString name;
    QString title;        // checked when not empty
    QString organization; // checked when not empty
};

QList<Participant> withRole(const QList<Participant>& all, ParticipantRole role)
{
    QList<Participant> out;
    std::copy_if(all.cbegin(), all.cend(), std::back_inserter(out), [&](const Participant& p) { return p.role == role; });
    return out;
}

QString describe(const QList<Participant>& all)
{
    QStringList parts;
    for (const Participant& p : all)
        parts.append(QStringLiteral("%1/%2 [%3] title=%4 org=%5")
                         .arg(roleName(p.role), kindName(p.kind), p.name, p.title, p.organization));
    return parts.join(QStringLiteral("; "));
}

} // namespace

Q_DECLARE_METATYPE(QList<QStringList>)

class TestParticipantExtractor final : public QObject {
    Q_OBJECT
private slots:
    // Every expected participant found with its role, kind, name (folded), title and organisation;
    // and for the roles listed, no participant beyond the expected ones.
    void extract_participants_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<QStringList>>("expected"); // role, kind, name, title, organisation
        QTest::addColumn<QStringList>("exactRoles");

        QTest::addRow("fr_prefecture_delegationSignature")
            << kPrefectureLetter
            << QList<QStringList> {
                   { QStringLiteral("sender"), QStringLiteral("person"), QStringLiteral("Jean Dupont"), QStringLiteral("Sous-préfet"), {} },
                   { QStringLiteral("recipient"), QStringLiteral("person"), QStringLiteral("Claire Martin"), QStringLiteral("Présidente"),
                       QStringLiteral("Association Salam Nord-Pas-de-Calais") },
               }
            << QStringList { QStringLiteral("sender"), QStringLiteral("recipient"), QStringLiteral("cc") };
        // The administrative heading "the office / à / the addressee": the office above a bare "à" writes.
        QTest::addRow("fr_officeAboveBareA_isTheSender")
            << QStringLiteral("PRÉFET DU PAS-DE-CALAIS\n\nArras, le 3 mars 2017\n\nLe Préfet du Pas-de-Calais\n\nà\n\n"
                              "Madame Lucie Vandamme\nPrésidente de l'association Les Amis du Littoral\n\nMadame la Présidente,\n\n"
                              "Je vous informe de la réouverture du centre d'accueil.\n\n"
                              "Je vous prie d'agréer, Madame la Présidente, l'expression de mes salutations distinguées.\n\n"
                              "Hervé Lambrecht\n")
            << QList<QStringList> {
                   { QStringLiteral("sender"), QStringLiteral("organization"), QStringLiteral("Préfecture du Pas-de-Calais"), {}, {} },
                   { QStringLiteral("sender"), QStringLiteral("person"), QStringLiteral("Hervé Lambrecht"), {}, {} },
                   { QStringLiteral("recipient"), QStringLiteral("person"), QStringLiteral("Lucie Vandamme"), {},
                       QStringLiteral("Association Les Amis du Littoral") },
               }
            << QStringList { QStringLiteral("sender"), QStringLiteral("recipient") };
        // "Function, Body" under each signatory's name: each speaks for their own body.
        QTest::addRow("en_signatures_functionCommaBody")
            << QStringLiteral("12 May 2017\n\nDear Minister,\n\nWe urge you to act before the winter.\n\nYours faithfully,\n\n"
                              "Adaeze Okonkwo\nDirector, Harbour Light Trust\n\nTomasz Wierzbicki\nChair, Medway Welcome Network\n")
            << QList<QStringList> {
                   { QStringLiteral("sender"), QStringLiteral("person"), QStringLiteral("Adaeze Okonkwo"), {}, QStringLiteral("Harbour Light Trust") },
                   { QStringLiteral("sender"), QStringLiteral("person"), QStringLiteral("Tomasz Wierzbicki"), {}, QStringLiteral("Medway Welcome Network") },
               }
            << QStringList { QStringLiteral("sender") };
        // An open letter addressed in its title to an office, no name: the office is the recipient.
        QTest::addRow("fr_openLetterTitle_toAnOffice")
            << QStringLiteral("Lettre ouverte à Monsieur le Premier ministre\n\nMonsieur le Premier ministre,\n\n"
                              "Nous vous demandons d'ouvrir des lieux d'accueil dignes.\n\n"
                              "Veuillez agréer, Monsieur le Premier ministre, l'expression de notre haute considération.\n\n"
                              "Fait à Boulogne-sur-Mer, le 9 janvier 2019\n\nLes signataires :\nRefuge des Plages\nCollectif Aide aux Exilés\n")
            << QList<QStringList> {
                   { QStringLiteral("recipient"), QStringLiteral("organization"), QStringLiteral("Services du Premier ministre"), {}, {} },
               }
            << QStringList { QStringLiteral("recipient") };
        QTest::addRow("fr_copyList_functionAfterPersonIsTheirTitle")
            << kCopiesWithFunctions
            << QList<QStringList> {
                   { QStringLiteral("sender"), QStringLiteral("person"), QStringLiteral("Claire Martin"), QStringLiteral("Présidente"), {} },
                   { QStringLiteral("cc"), QStringLiteral("person"), QStringLiteral("Clément Gautier"), QStringLiteral("Sous-préfet de Dunkerque"), {} },
                   { QStringLiteral("cc"), QStringLiteral("organization"), QStringLiteral("Toit pour tous du Ternois"), {}, {} },
                   { QStringLiteral("cc"), QStringLiteral("organization"), QStringLiteral("Cimade"), {}, {} },
               }
            << QStringList { QStringLiteral("cc") };
        QTest::addRow("en_copyList_commasAndAnd_withoutArticles")
            << kEnglishCopyList
            << QList<QStringList> {
                   { QStringLiteral("sender"), QStringLiteral("person"), QStringLiteral("Mary Jones"), QStringLiteral("Director"), QStringLiteral("Kent Refugee Help") },
                   { QStringLiteral("cc"), QStringLiteral("organization"), QStringLiteral("Safe Passage UK"), {}, {} },
                   { QStringLiteral("cc"), QStringLiteral("organization"), QStringLiteral("Citizens UK"), {}, {} },
                   { QStringLiteral("cc"), QStringLiteral("organization"), QStringLiteral("Refugee Youth Service"), {}, {} },
               }
            << QStringList { QStringLiteral("cc") };
        QTest::addRow("fr_openLetter_inlineSignatories_pressContactExcluded")
            << kInlineSignatories
            << QList<QStringList> {
                   { QStringLiteral("sender"), QStringLiteral("organization"), QStringLiteral("Utopia 56"), {}, {} },
                   { QStringLiteral("sender"), QStringLiteral("organization"), QStringLiteral("Salam Nord (Dunkerque, Calais)"), {}, {} },
                   { QStringLiteral("sender"), QStringLiteral("organization"), QStringLiteral("Refugee Women's Centre"), {}, {} },
               }
            << QStringList { QStringLiteral("sender") };
        QTest::addRow("fr_townHall_serviceLineNotRecipient_mayorFromLetterhead")
            << kTownHallLetter
            << QList<QStringList> {
                   { QStringLiteral("sender"), QStringLiteral("person"), QStringLiteral("Bertrand Ringot"), QStringLiteral("Maire"),
                       QStringLiteral("Mairie de Gravelines") },
                   { QStringLiteral("recipient"), QStringLiteral("person"), QStringLiteral("Sophie Lenoir"), QStringLiteral("Présidente"),
                       QStringLiteral("Association Accueil Gravelines") },
               }
            << QStringList { QStringLiteral("sender"), QStringLiteral("recipient") };
        QTest::addRow("fr_openLetter_courtesyBeforeFunctionInTitle")
            << kOpenLetterToMinister
            << QList<QStringList> {
                   { QStringLiteral("recipient"), QStringLiteral("person"), QStringLiteral("Claire Dubois"), QStringLiteral("Ministre de l'Intérieur"),
                       QStringLiteral("Ministère de l'Intérieur") },
                   { QStringLiteral("sender"), QStringLiteral("organization"), QStringLiteral("Utopia 56"), {}, {} },
                   { QStringLiteral("sender"), QStringLiteral("organization"), QStringLiteral("La Cimade"), {}, {} },
               }
            << QStringList { QStringLiteral("sender"), QStringLiteral("recipient") };
        QTest::addRow("en_addresseeBlockWithoutCourtesy_greetedByFirstName")
            << kEnglishAddresseeBlock
            << QList<QStringList> {
                   { QStringLiteral("sender"), QStringLiteral("person"), QStringLiteral("Tom Wheeler"), QStringLiteral("Coordinator"), {} },
                   { QStringLiteral("recipient"), QStringLiteral("person"), QStringLiteral("Sarah Mills"), QStringLiteral("Director"),
                       QStringLiteral("Calais Food Collective") },
               }
            << QStringList { QStringLiteral("sender"), QStringLiteral("recipient") };
        QTest::addRow("fr_mayor_functionAboveName_copyLine")
            << kMayorLetter
            << QList<QStringList> {
                   { QStringLiteral("sender"), QStringLiteral("person"), QStringLiteral("Damien Careme"),
                       QStringLiteral("Maire de Grande-Synthe"), QStringLiteral("Mairie de Grande-Synthe") },
                   { QStringLiteral("recipient"), QStringLiteral("person"), QStringLiteral("Bernard Cazeneuve"),
                       QStringLiteral("Ministre de l'Intérieur"), QStringLiteral("Ministère de l'Intérieur") },
                   // An office in copy is named as written (the archivist's convention, see seeds.json 004).
                   { QStringLiteral("cc"), QStringLiteral("organization"), QStringLiteral("Préfet du Nord"), QStringLiteral("Préfet du Nord"), {} },
                   { QStringLiteral("cc"), QStringLiteral("organization"), QStringLiteral("Maire de Calais"), QStringLiteral("Maire de Calais"), {} },
               }
            << QStringList { QStringLiteral("sender"), QStringLiteral("recipient"), QStringLiteral("cc") };
        QTest::addRow("en_letter_dearHomeSecretary_cc")
            << kEnglishLetter
            << QList<QStringList> {
                   { QStringLiteral("sender"), QStringLiteral("person"), QStringLiteral("Jane Smith"), QStringLiteral("Director"),
                       QStringLiteral("Help Refugees") },
                   { QStringLiteral("recipient"), QStringLiteral("person"), QStringLiteral("Amber Rudd"), QStringLiteral("Home Secretary"),
                       QStringLiteral("Home Office") },
                   { QStringLiteral("cc"), QStringLiteral("organization"), QStringLiteral("Refugee Council"), {}, {} },
                   { QStringLiteral("cc"), QStringLiteral("organization"), QStringLiteral("Safe Passage UK"), {}, {} },
               }
            << QStringList { QStringLiteral("sender"), QStringLiteral("recipient"), QStringLiteral("cc") };
        QTest::addRow("fr_openLetter_sixAssociations_headingsExcluded")
            << kOpenLetter
            << QList<QStringList> {
                   { QStringLiteral("sender"), QStringLiteral("organization"), QStringLiteral("L'Auberge des migrants"), {}, {} },
                   { QStringLiteral("sender"), QStringLiteral("organization"), QStringLiteral("Salam Nord-Pas-de-Calais"), {}, {} },
                   { QStringLiteral("sender"), QStringLiteral("organization"), QStringLiteral("Utopia 56"), {}, {} },
                   { QStringLiteral("sender"), QStringLiteral("organization"), QStringLiteral("La Cimade"), {}, {} },
                   { QStringLiteral("sender"), QStringLiteral("organization"), QStringLiteral("Secours Catholique – Caritas France"), {}, {} },
                   { QStringLiteral("sender"), QStringLiteral("organization"), QStringLiteral("Médecins du Monde"), {}, {} },
               }
            << QStringList { QStringLiteral("sender"), QStringLiteral("cc") };
        QTest::addRow("fr_attentionDe_oneLineBlock")
            << kAttentionLetter
            << QList<QStringList> {
                   { QStringLiteral("sender"), QStringLiteral("person"), QStringLiteral("Pierre Lambert"), QStringLiteral("Coordinateur"),
                       QStringLiteral("Collectif des exilés de Lille") },
                   { QStringLiteral("recipient"), QStringLiteral("person"), QStringLiteral("Claire Martin"), QStringLiteral("Directrice"),
                       QStringLiteral("France terre d'asile") },
               }
            << QStringList { QStringLiteral("sender"), QStringLiteral("recipient"), QStringLiteral("cc") };
        QTest::addRow("fr_lawyerLetterhead_notASender")
            << kLawyerNoise
            << QList<QStringList> {
                   { QStringLiteral("sender"), QStringLiteral("person"), QStringLiteral("Marie Lefebvre"), QStringLiteral("Présidente"),
                       QStringLiteral("Association Terre d'errance") },
               }
            << QStringList { QStringLiteral("sender"), QStringLiteral("recipient"), QStringLiteral("cc") };
        QTest::addRow("fr_namedLawyerLetterhead_notASender")
            << kNamedLawyerNoise
            << QList<QStringList> {
                   { QStringLiteral("sender"), QStringLiteral("person"), QStringLiteral("Marie Lefebvre"), QStringLiteral("Présidente"),
                       QStringLiteral("Association Terre d'errance") },
               }
            << QStringList { QStringLiteral("sender"), QStringLiteral("recipient"), QStringLiteral("cc") };
        QTest::addRow("fr_ministryCommunique_leadSenderOtherMentioned")
            << kMinistryCommunique
            << QList<QStringList> {
                   { QStringLiteral("sender"), QStringLiteral("person"), QStringLiteral("Christophe Castaner"),
                       QStringLiteral("Ministre de l'Intérieur"), QStringLiteral("Ministère de l'Intérieur") },
                   { QStringLiteral("mentioned"), QStringLiteral("person"), QStringLiteral("Jacqueline Gourault"), {}, {} },
               }
            << QStringList { QStringLiteral("sender"), QStringLiteral("recipient"), QStringLiteral("cc") };
        QTest::addRow("fr_associationPressRelease_organisationSender")
            << kAssociationRelease
            << QList<QStringList> {
                   { QStringLiteral("sender"), QStringLiteral("organization"), QStringLiteral("L'Auberge des migrants"), {}, {} },
               }
            << QStringList { QStringLiteral("sender"), QStringLiteral("recipient"), QStringLiteral("cc") };
        // Signatory entries that name an organisation and the person signing for it.
        QTest::addRow("fr_signatoryEntries_orgThenPerson")
            << QStringLiteral("Lettre ouverte au Préfet du Nord\n\nLille, le 5 mai 2019\n\nMonsieur le Préfet,\n\n"
                              "Depuis plusieurs semaines, les familles installées près de la gare de Lille-Flandres sont délogées chaque matin "
                              "sans qu'aucune solution de mise à l'abri ne leur soit proposée par vos services.\n\n"
                              "Veuillez agréer, Monsieur le Préfet, nos salutations distinguées.\n\n"
                              "Les associations signataires :\n\nAssociations du Nord\n"
                              "- Collectif Roms de Villeneuve-d'Ascq, Odile MARCHAND (porte-parole)\n"
                              "- Ligue des droits de l'Homme (LDH), section de Lille\n"
                              "- CGT Nord\n")
            << QList<QStringList> {
                   { QStringLiteral("sender"), QStringLiteral("person"), QStringLiteral("Odile Marchand"), QStringLiteral("Porte-parole"),
                       QStringLiteral("Collectif Roms de Villeneuve-d'Ascq") },
                   { QStringLiteral("sender"), QStringLiteral("organization"), QStringLiteral("Ligue des droits de l'Homme (LDH), section de Lille"), {}, {} },
                   { QStringLiteral("sender"), QStringLiteral("organization"), QStringLiteral("CGT Nord"), {}, {} },
               }
            << QStringList { QStringLiteral("sender") };
        // A joint communiqué: its signatories issue it; the spokesperson quoted in it is only mentioned.
        QTest::addRow("fr_jointRelease_signatoriesNotQuotedSpeaker")
            << QStringLiteral("Communiqué de presse\n\nDunkerque, le 3 février 2020\n\nÉvacuation du campement du Puythouck\n\n"
                              "Ce matin, près de trois cents personnes ont été évacuées du bois du Puythouck sans qu'aucune solution durable "
                              "ne leur ait été proposée, et leurs tentes ont été détruites par les équipes de nettoyage.\n\n"
                              "« Ces opérations ne règlent rien », déclare Hélène Rivière, présidente de Salam Nord.\n\n"
                              "Signataires :\n\n- Salam Nord, Hélène RIVIÈRE (présidente)\n- Utopia 56\n")
            << QList<QStringList> {
                   { QStringLiteral("sender"), QStringLiteral("person"), QStringLiteral("Hélène Rivière"), {}, QStringLiteral("Salam Nord") },
                   { QStringLiteral("sender"), QStringLiteral("organization"), QStringLiteral("Utopia 56"), {}, {} },
               }
            << QStringList { QStringLiteral("sender"), QStringLiteral("recipient") };
        // An association's communiqué: the quoted coordinator is no issuer; the letterhead is.
        QTest::addRow("fr_associationRelease_quotedSpeakerIsMentioned")
            << QStringLiteral("UTOPIA 56\n\nCommuniqué\n\n12 septembre 2019\n\nMaraudes de nuit à Grande-Synthe\n\n"
                              "Nos équipes ont rencontré cette semaine plus de quatre cents personnes dormant dehors, dont une cinquantaine "
                              "de mineurs non accompagnés, sans accès à l'eau ni à des sanitaires.\n\n"
                              "« La situation n'a jamais été aussi grave », déclare Paul Mercier, coordinateur de Utopia 56.\n")
            << QList<QStringList> {
                   { QStringLiteral("sender"), QStringLiteral("organization"), QStringLiteral("UTOPIA 56"), {}, {} },
                   { QStringLiteral("mentioned"), QStringLiteral("person"), QStringLiteral("Paul Mercier"), {}, {} },
               }
            << QStringList { QStringLiteral("sender") };
        // A gov.uk page: the byline names the department and the minister.
        QTest::addRow("en_govukByline_departmentAndMinister")
            << QStringLiteral("Press release\n\nNew funding for border security in northern France\n\n"
                              "From: Home Office and The Rt Hon Jane Whitfield MP\nPublished 4 March 2019\n\n"
                              "The Home Secretary, Jane Whitfield, today announced further funding for security at the port of Calais and "
                              "the Channel Tunnel terminal at Coquelles, in partnership with the French authorities.\n")
            << QList<QStringList> {
                   { QStringLiteral("sender"), QStringLiteral("person"), QStringLiteral("Jane Whitfield"), {}, {} },
                   { QStringLiteral("sender"), QStringLiteral("organization"), QStringLiteral("Home Office"), {}, {} },
               }
            << QStringList { QStringLiteral("sender") };
        // English address blocks: an office with its department below, a person with the organisation below.
        QTest::addRow("en_officeAddressBlock_departmentBelow")
            << QStringLiteral("Calais Migrant Solidarity\n14 rue Mollien\n62100 Calais\n\n"
                              "The Minister for Immigration\nHome Office\n2 Marsham Street\nLondon SW1P 4DF\n\n3 June 2017\n\n"
                              "Dear Minister,\n\nWe write about the children who remain in Calais after the closure of the camp, many of whom "
                              "have family in the United Kingdom and a right to join them.\n\nYours sincerely,\n\nSarah Collins\nLegal officer\n"
                              "Calais Migrant Solidarity\n")
            << QList<QStringList> {
                   { QStringLiteral("recipient"), QStringLiteral("organization"), QStringLiteral("Home Office"),
                       QStringLiteral("Minister for Immigration"), QStringLiteral("Home Office") },
                   { QStringLiteral("sender"), QStringLiteral("person"), QStringLiteral("Sarah Collins"), QStringLiteral("Legal officer"),
                       QStringLiteral("Calais Migrant Solidarity") },
               }
            << QStringList { QStringLiteral("sender"), QStringLiteral("recipient") };
        QTest::addRow("en_toPersonFunction_organisationBelow")
            << QStringLiteral("Refugee Action Kent\n\nTo: Mark Hollis, Prefect of the Nord\nPrefecture of the Nord\n"
                              "12 rue Jean sans Peur\n59039 Lille Cedex\n\n8 May 2018\n\nDear Prefect,\n\n"
                              "We are concerned by the repeated evictions in Grande-Synthe, carried out at dawn and without any offer of shelter "
                              "to the families concerned.\n\nYours faithfully,\n\nRuth Keller\nDirector\n")
            << QList<QStringList> {
                   { QStringLiteral("recipient"), QStringLiteral("person"), QStringLiteral("Mark Hollis"), QStringLiteral("Prefect of the Nord"),
                       QStringLiteral("Prefecture of the Nord") },
                   { QStringLiteral("sender"), QStringLiteral("person"), QStringLiteral("Ruth Keller"), QStringLiteral("Director"), {} },
               }
            << QStringList { QStringLiteral("sender"), QStringLiteral("recipient") };
        // An acronym first on the line below a signature is the organisation, not a second signatory.
        QTest::addRow("fr_signature_acronymOrganisationLine")
            << QStringLiteral("Monsieur le Maire,\n\nNous sollicitons un rendez-vous au sujet de l'accès à l'eau pour les personnes "
                              "installées près du canal, privées de tout point d'eau depuis la fermeture des robinets du quai.\n\n"
                              "Cordialement,\n\nMarion LEFEBVRE\nCCFD-Terre Solidaire Nord\n")
            << QList<QStringList> {
                   { QStringLiteral("sender"), QStringLiteral("person"), QStringLiteral("Marion Lefebvre"), {},
                       QStringLiteral("CCFD-Terre Solidaire Nord") },
               }
            << QStringList { QStringLiteral("sender") };
    }
    void extract_participants()
    {
        QFETCH(QString, text);
        QFETCH(QList<QStringList>, expected);
        QFETCH(QStringList, exactRoles);

        const Extraction e = DocumentExtractor::extract(text);
        const QString all = describe(e.participants);
        for (const QStringList& x : expected) {
            const auto it = std::find_if(e.participants.cbegin(), e.participants.cend(), [&](const Participant& p) {
                return roleName(p.role) == x.at(0) && foldForMatching(p.name) == foldForMatching(x.at(2));
            });
            QVERIFY2(it != e.participants.cend(), qPrintable(QStringLiteral("missing %1 %2 in: %3").arg(x.at(0), x.at(2), all)));
            QCOMPARE(kindName(it->kind), x.at(1));
            if (!x.at(3).isEmpty())
                QCOMPARE(it->title, x.at(3));
            if (!x.at(4).isEmpty())
                QCOMPARE(it->organization, x.at(4));
            // Evidence is the exact text at its offset.
            QVERIFY(it->evidence.offset >= 0);
            QCOMPARE(text.mid(it->evidence.offset, it->evidence.text.size()), it->evidence.text);
        }
        for (const QString& role : exactRoles) {
            const auto count = std::count_if(e.participants.cbegin(), e.participants.cend(),
                [&](const Participant& p) { return roleName(p.role) == role; });
            const auto want = std::count_if(expected.cbegin(), expected.cend(), [&](const QStringList& x) { return x.at(0) == role; });
            QVERIFY2(count == want, qPrintable(QStringLiteral("%1: %2 found, %3 expected; %4").arg(role).arg(count).arg(want).arg(all)));
        }
    }

    // Two mended rules: an office is the Home Office only when "home" is a word of its function
    // (not "Sustainable Homes"); a communiqué whose first line is already a long paragraph still has
    // its first lines read for "Communiqué de presse de X".
    void extract_participants_homeWordAndLongFirstLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<QStringList>>("expected"); // role, kind, name, title, organisation
        QTest::addColumn<QStringList>("exactRoles");
        const QString twoAddressBlocks = QStringLiteral(
            "Calais Migrant Solidarity\n14 rue Mollien\n62100 Calais\n\n"
            "The Home Secretary\nHome Office\n2 Marsham Street\nLondon SW1P 4DF\n\n"
            "Ms %1\n%2\n10 Park Lane\nLondon W1K 1AA\n\n3 June 2017\n\nDear Home Secretary, dear Ms %3,\n\n"
            "We write about the children who remain in Calais after the closure of the camp, many of whom "
            "have family in the United Kingdom and a right to join them.\n\nYours sincerely,\n\nSarah Collins\nLegal officer\n"
            "Calais Migrant Solidarity\n");
        QTest::addRow("en_sustainableHomes_isNotTheHomeOffice")
            << twoAddressBlocks.arg(QStringLiteral("Jane Doe"), QStringLiteral("Director, Sustainable Homes"), QStringLiteral("Doe"))
            << QList<QStringList> {
                   { QStringLiteral("recipient"), QStringLiteral("organization"), QStringLiteral("Home Office"), QStringLiteral("Home Secretary"),
                       QStringLiteral("Home Office") },
                   { QStringLiteral("recipient"), QStringLiteral("person"), QStringLiteral("Jane Doe"), {}, {} },
               }
            << QStringList { QStringLiteral("recipient") };
        QTest::addRow("en_homeSecretary_mergedWithThePersonHoldingIt")
            << twoAddressBlocks.arg(QStringLiteral("Amber Rudd"), QStringLiteral("Home Secretary"), QStringLiteral("Rudd"))
            << QList<QStringList> {
                   { QStringLiteral("recipient"), QStringLiteral("person"), QStringLiteral("Amber Rudd"), {}, QStringLiteral("Home Office") },
               }
            << QStringList { QStringLiteral("recipient") };
        QTest::addRow("fr_communique_longFirstLine_issuerRead")
            << QStringLiteral("Communiqué de presse de Médecins du Monde – À Calais, les évacuations répétées des campements privent "
                              "chaque semaine des centaines de personnes exilées de leurs tentes, de leurs duvets et de leurs effets "
                              "personnels, sans aucune solution.\n\nNous demandons l'arrêt immédiat de ces évacuations et la mise en "
                              "place de points d'eau et de douches accessibles à toutes et à tous.\n\nContact presse : presse@example.org\n")
            << QList<QStringList> { { QStringLiteral("sender"), QStringLiteral("organization"), QStringLiteral("Médecins du Monde"), {}, {} } }
            << QStringList { QStringLiteral("sender"), QStringLiteral("recipient") };
        // No letterhead and no "communiqué de X": the body that speaks in the first sentence issues it;
        // a person or a plural subject there does not.
        const QString communique = QStringLiteral(
            "COMMUNIQUÉ DE PRESSE\n\nLe 12 novembre 2018\n\nNuits sans abri à Cherbourg\n\n%1 les évacuations répétées des "
            "abris de fortune installés près du port, qui laissent chaque nuit des dizaines de personnes sans aucune protection "
            "contre le froid.\n\nNous demandons l'ouverture immédiate d'un lieu d'accueil de nuit.\n");
        QTest::addRow("fr_communique_firstSentenceSubjectIssues")
            << communique.arg(QStringLiteral("La Fédération des Maraudes Solidaires dénonce"))
            << QList<QStringList> {
                   { QStringLiteral("sender"), QStringLiteral("organization"), QStringLiteral("Fédération des Maraudes Solidaires"), {}, {} } }
            << QStringList { QStringLiteral("sender"), QStringLiteral("recipient") };
        QTest::addRow("fr_communique_openingClauseThenSubject")
            << communique.arg(QStringLiteral("Ce matin encore, le Collectif Abris du Cotentin (CAC) dénonce fermement"))
            << QList<QStringList> {
                   { QStringLiteral("sender"), QStringLiteral("organization"), QStringLiteral("Collectif Abris du Cotentin"), {}, {} } }
            << QStringList { QStringLiteral("sender"), QStringLiteral("recipient") };
        QTest::addRow("en_statement_firstSentenceSubjectIssues")
            << QStringLiteral("PRESS RELEASE\n\n4 May 2019\n\nFamilies left without shelter\n\nThe Northern Shelter Network today calls "
                              "on the Home Office to reopen the reception centre, after two hundred people were left without a "
                              "bed for the third night in a row.\n\nWe ask for an urgent meeting with the minister.\n")
            << QList<QStringList> {
                   { QStringLiteral("sender"), QStringLiteral("organization"), QStringLiteral("Northern Shelter Network"), {}, {} } }
            << QStringList { QStringLiteral("sender") };
        QTest::addRow("fr_communique_pluralSubject_noIssuer")
            << communique.arg(QStringLiteral("Les associations de Cherbourg dénoncent"))
            << QList<QStringList> {}
            << QStringList { QStringLiteral("sender") };
        // A State office, a clause, a group spoken about, a noun that is also a verb: no issuer.
        for (const auto& [row, opening] : {
                 std::pair { "fr_communique_ministry_noIssuer", "Le ministère de l'Intérieur dénonce" },
                 std::pair { "fr_communique_government_noIssuer", "Le Gouvernement demande aux préfets de poursuivre" },
                 std::pair { "fr_communique_clauseSubject_noIssuer", "La Fédération a décidé de porter plainte et demande" },
                 std::pair { "fr_communique_groupSpokenOf_noIssuer", "La situation des exilés demande une réponse face à" },
                 std::pair { "fr_communique_nounNotVerb_noIssuer", "La Coordination a rejeté la demande d'hébergement sur" },
             })
            QTest::addRow("%s", row) << communique.arg(QString::fromUtf8(opening)) << QList<QStringList> {}
                                     << QStringList { QStringLiteral("sender") };
    }
    void extract_participants_homeWordAndLongFirstLine() { extract_participants(); }

    // Copy lists: an office's portfolio keeps its commas and "et"; post-nominal letters are a person's;
    // a lone function is the office of the body named after it; a list ends at its blank line.
    void extract_copyLists_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<QStringList>>("expected"); // role, kind, name, title, organisation
        QTest::addColumn<QStringList>("exactRoles");
        const QString french = QStringLiteral(
            "Quimper, le 6 février 2020\n\nMadame la Directrice,\n\nNous vous alertons sur la fermeture annoncée de l'accueil "
            "de jour de la rue de Brest, seul lieu où les personnes sans abri peuvent se doucher en hiver.\n\n"
            "Veuillez agréer, Madame la Directrice, l'expression de nos salutations distinguées.\n\nYannick Le Bihan\n"
            "Coordinateur\n\n%1\n");
        const QString english = QStringLiteral(
            "Swansea, 3 March 2021\n\nDear Minister,\n\nWe write about the families who have waited more than a year for a "
            "decision on their asylum claims while living in hotels far from any school.\n\nYours sincerely,\n\n"
            "Oluwaseun Bakare\nCoordinator\n\n%1\n");
        const QString cc = QStringLiteral("cc");
        const QString org = QStringLiteral("organization");
        const QString person = QStringLiteral("person");
        QTest::addRow("fr_ministerPortfolio_officeIsOneEntry")
            << french.arg(QStringLiteral("Copie à : Madame la Ministre du Logement, de l'Égalité des territoires et de la Ruralité"))
            << QList<QStringList> { { cc, org, QStringLiteral("Ministre du Logement, de l'Égalité des territoires et de la Ruralité"),
                   QStringLiteral("Ministre du Logement, de l'Égalité des territoires et de la Ruralité"), {} } }
            << QStringList { cc };
        QTest::addRow("fr_ministerPortfolio_personHoldingIt")
            << french.arg(QStringLiteral(
                   "Copie à : Mme Odile Ferrand, Ministre du Travail, de l'Emploi et de l'Insertion ; Collectif Hébergement Cornouaille"))
            << QList<QStringList> {
                   { cc, person, QStringLiteral("Odile Ferrand"), QStringLiteral("Ministre du Travail, de l'Emploi et de l'Insertion"), {} },
                   { cc, org, QStringLiteral("Collectif Hébergement Cornouaille"), {}, {} },
               }
            << QStringList { cc };
        QTest::addRow("fr_portfolioEndingInLowerCase_notSplitAtEt")
            << french.arg(QStringLiteral("Copie à : M. le Ministre de la Transition écologique et solidaire, Réseau Abri Quimper"))
            << QList<QStringList> {
                   { cc, org, QStringLiteral("Ministre de la Transition écologique et solidaire"),
                       QStringLiteral("Ministre de la Transition écologique et solidaire"), {} },
                   { cc, org, QStringLiteral("Réseau Abri Quimper"), {}, {} },
               }
            << QStringList { cc };
        QTest::addRow("fr_bulletedListAfterBlankLine_portfolioWithEt")
            << french.arg(QStringLiteral("Copie à :\n\n- M. Anatole Kerbrat, Secrétaire d'État chargé du Numérique et de l'Innovation\n"
                                         "- Préfecture du Finistère\n- Association Escale Solidaire"))
            << QList<QStringList> {
                   { cc, person, QStringLiteral("Anatole Kerbrat"), QStringLiteral("Secrétaire d'État chargé du Numérique et de l'Innovation"), {} },
                   { cc, org, QStringLiteral("Préfecture du Finistère"), {}, {} },
                   { cc, org, QStringLiteral("Association Escale Solidaire"), {}, {} },
               }
            << QStringList { cc };
        QTest::addRow("fr_inlineList_footerAfterBlankLines_notAnEntry")
            << french.arg(QStringLiteral("Copie : Mme Armelle Quéré, Maire de Morlaix\n\n\nAccueil de jour – 12, place des Otages – 29600 MORLAIX"))
            << QList<QStringList> { { cc, person, QStringLiteral("Armelle Quéré"), QStringLiteral("Maire de Morlaix"), {} } }
            << QStringList { cc };
        QTest::addRow("fr_prefectAlone_isAnOfficeNotAPerson")
            << french.arg(QStringLiteral("Copie : le Préfet du Finistère"))
            << QList<QStringList> { { cc, org, QStringLiteral("Préfet du Finistère"), QStringLiteral("Préfet du Finistère"), {} } }
            << QStringList { cc };
        QTest::addRow("en_postNominals_areDroppedFromPersons")
            << english.arg(QStringLiteral("cc: Ngozi Adeyemi MP, Callum Fraser QC, Dr Farida Haidari"))
            << QList<QStringList> {
                   { cc, person, QStringLiteral("Ngozi Adeyemi"), QStringLiteral("MP"), {} },
                   { cc, person, QStringLiteral("Callum Fraser"), {}, {} },
                   { cc, person, QStringLiteral("Farida Haidari"), {}, {} },
               }
            << QStringList { cc };
        QTest::addRow("en_loneFunction_thenCommittee_isTheCommitteesOffice")
            << english.arg(QStringLiteral("cc: Chair, Public Accounts Committee"))
            << QList<QStringList> { { cc, org, QStringLiteral("Public Accounts Committee"), QStringLiteral("Chair"), {} } }
            << QStringList { cc };
        QTest::addRow("en_loneFunction_withoutBody_isNoPerson")
            << english.arg(QStringLiteral("cc: Chair"))
            << QList<QStringList> { { cc, org, QStringLiteral("Chair"), QStringLiteral("Chair"), {} } }
            << QStringList { cc };
        QTest::addRow("en_personThenLoneFunctionThenBody_oneEntry")
            << english.arg(QStringLiteral("cc: Tobias Lindqvist, Chair, Welsh Affairs Committee; the Harbour Welcome Trust"))
            << QList<QStringList> {
                   { cc, person, QStringLiteral("Tobias Lindqvist"), QStringLiteral("Chair"), QStringLiteral("Welsh Affairs Committee") },
                   { cc, org, QStringLiteral("Harbour Welcome Trust"), {}, {} },
               }
            << QStringList { cc };
        QTest::addRow("en_wrappedSentence_portfolioWithCommaStaysWhole")
            << english.arg(QStringLiteral("A copy of this letter has been sent to the Minister of State for Housing,\n"
                                          "Communities and Local Government and the Harbour Welcome Trust."))
            << QList<QStringList> {
                   { cc, org, QStringLiteral("Minister of State for Housing, Communities and Local Government"), {}, {} },
                   { cc, org, QStringLiteral("Harbour Welcome Trust"), {}, {} },
               }
            << QStringList { cc };
        QTest::addRow("fr_oneEntryPerLine_longLineIsNotWrapped")
            << french.arg(QStringLiteral("Copie à :\nMme Anne-Sophie Delacroix-Vermeulen, Directrice départementale de la cohésion sociale\n"
                                         "M. Erwan Le Gall, Maire de Concarneau\nCollectif Accueil Cornouaille"))
            << QList<QStringList> {
                   { cc, person, QStringLiteral("Anne-Sophie Delacroix-Vermeulen"), QStringLiteral("Directrice départementale de la cohésion sociale"), {} },
                   { cc, person, QStringLiteral("Erwan Le Gall"), QStringLiteral("Maire de Concarneau"), {} },
                   { cc, org, QStringLiteral("Collectif Accueil Cornouaille"), {}, {} },
               }
            << QStringList { cc };
        // English offices that name their organisation: the title of the person before them, not bodies in copy.
        QTest::addRow("en_subPrefectAndDefender_areTitles")
            << english.arg(QStringLiteral("cc: Ms Anwen Pryce, Sub-prefect of Boulogne; Mr Tomasz Wójcik, Defender of Rights"))
            << QList<QStringList> {
                   { cc, person, QStringLiteral("Anwen Pryce"), QStringLiteral("Sub-prefect of Boulogne"), {} },
                   { cc, person, QStringLiteral("Tomasz Wójcik"), QStringLiteral("Defender of Rights"), {} },
               }
            << QStringList { cc };
        // A heading's own copy field, above the salutation, as memos and e-mails lay it out: the list ends
        // at the next field, and the names in it are in copy, not mentioned.
        const QString headed = QStringLiteral(
            "%1\n\nDear Mr Lindqvist,\n\nWe write about the young people who sleep in the woods near the ferry port every "
            "night, many of whom have family in the United Kingdom and a right to join them.\n\nYours sincerely,\n\n"
            "Oluwaseun Bakare\nCoordinator\n");
        QTest::addRow("en_headingCcField_betweenOtherFields")
            << headed.arg(QStringLiteral("From: Harbour Welcome Trust\nTo: Mr Tobias Lindqvist, Home Office\nCc: Ms Brígida Halvorsen\n"
                                         "Bcc: Kwame Mensah\nDate: 14 March 2017\nSubject: Young people near the port"))
            << QList<QStringList> {
                   { QStringLiteral("recipient"), person, QStringLiteral("Tobias Lindqvist"), {}, QStringLiteral("Home Office") },
                   { cc, person, QStringLiteral("Brígida Halvorsen"), {}, {} },
                   { cc, person, QStringLiteral("Kwame Mensah"), {}, {} },
               }
            << QStringList { QStringLiteral("recipient"), cc, QStringLiteral("mentioned") };
        QTest::addRow("en_headingCcField_belowAddressBlock")
            << headed.arg(QStringLiteral("Harbour Welcome Trust\n22 Quay Street\nDover CT16 1AB\n\n"
                                         "To: Mr Tobias Lindqvist, Director of Border Operations, Home Office\n"
                                         "Cc: Ms Brígida Halvorsen; the Mayor of Dover\n\n14 March 2017"))
            << QList<QStringList> {
                   { QStringLiteral("recipient"), person, QStringLiteral("Tobias Lindqvist"), {}, {} },
                   { cc, person, QStringLiteral("Brígida Halvorsen"), {}, {} },
                   { cc, org, QStringLiteral("Mayor of Dover"), QStringLiteral("Mayor of Dover"), {} },
               }
            << QStringList { QStringLiteral("recipient"), cc, QStringLiteral("mentioned") };
        // In a heading, a reference is no copy marker, and a list ends at the date line below it.
        QTest::addRow("en_headingReference_ccInitials_noCopy")
            << headed.arg(QStringLiteral("Our ref: CC/MB/2019-045\nTo: Mr Tobias Lindqvist, Home Office\nDate: 14 March 2017"))
            << QList<QStringList> { { QStringLiteral("recipient"), person, QStringLiteral("Tobias Lindqvist"), {}, {} } }
            << QStringList { QStringLiteral("recipient"), cc };
        QTest::addRow("fr_headingCopieField_endsAtTheDateLine")
            << QStringLiteral("Collectif Accueil Cornouaille\n12, rue de Brest\n29000 Quimper\n\nÀ : Madame la Sous-préfète de Morlaix\n"
                              "Copie : M. Erwan Le Gall, Maire de Concarneau\nQuimper, le 6 février 2020\n\nMadame la Sous-préfète,\n\n"
                              "Nous vous alertons sur la fermeture annoncée de l'accueil de jour de la rue de Brest, seul lieu où les "
                              "personnes sans abri peuvent se doucher en hiver.\n\nVeuillez agréer, Madame la Sous-préfète, l'expression "
                              "de nos salutations distinguées.\n\nYannick Le Bihan\nCoordinateur\n")
            << QList<QStringList> { { cc, person, QStringLiteral("Erwan Le Gall"), QStringLiteral("Maire de Concarneau"), {} } }
            << QStringList { cc, QStringLiteral("mentioned") };
        QTest::addRow("fr_headingCopieField_isACopy")
            << QStringLiteral("Collectif Accueil Cornouaille\n12, rue de Brest\n29000 Quimper\n\nÀ : Madame la Sous-préfète de Morlaix\n"
                              "Copie : M. Erwan Le Gall, Maire de Concarneau\n\nQuimper, le 6 février 2020\n\nMadame la Sous-préfète,\n\n"
                              "Nous vous alertons sur la fermeture annoncée de l'accueil de jour de la rue de Brest, seul lieu où les "
                              "personnes sans abri peuvent se doucher en hiver.\n\nVeuillez agréer, Madame la Sous-préfète, l'expression "
                              "de nos salutations distinguées.\n\nYannick Le Bihan\nCoordinateur\n")
            << QList<QStringList> {
                   { cc, person, QStringLiteral("Erwan Le Gall"), QStringLiteral("Maire de Concarneau"), {} },
               }
            << QStringList { cc, QStringLiteral("mentioned") };
    }
    void extract_copyLists() { extract_participants(); }

    // The extractor is usable on its own with the type and date line from the caller.
    // "Name, function" is looked for only where it can start: a capital before a run of name characters
    // ending on ", ", or a courtesy title just before one (here on the line above). A text opening on a
    // comma once stopped the search for such runs.
    void extract_apposition_foundWhereverItCanStart()
    {
        const QString text = QStringLiteral(",\nLes associations demandent un hébergement pour les familles évacuées du campement, et le "
                                            "rappellent chaque semaine.\n\nComme l'a rappelé M.\nJean Morel, directeur de France terre "
                                            "d'asile, a déclaré que rien n'avait changé.\n");
        const Extraction e = DocumentExtractor::extract(text);
        const auto it = std::find_if(e.participants.cbegin(), e.participants.cend(),
            [](const Participant& p) { return p.name == QStringLiteral("Jean Morel"); });
        QVERIFY2(it != e.participants.cend(), qPrintable(describe(e.participants)));
        QCOMPARE(it->organization, QStringLiteral("France terre d'asile"));
        QCOMPARE(text.mid(it->evidence.offset, it->evidence.text.size()), it->evidence.text);
        QVERIFY(it->evidence.text.startsWith(QStringLiteral("M.\nJean Morel, directeur")));
    }

    void extract_directCall_letter()
    {
        const TextLines lines(kMayorLetter);
        const QList<Participant> found = ParticipantExtractor::extract(lines, { DocumentType::Letter, 5 });
        const QList<Participant> senders = withRole(found, ParticipantRole::Sender);
        QCOMPARE(senders.size(), 1);
        QCOMPARE(senders.first().name, QStringLiteral("Damien Careme"));
        QCOMPARE(senders.first().kind, CorrespondentKind::Person);
    }

    // A press release has no recipients.
    void extract_pressRelease_noRecipients()
    {
        const Extraction e = DocumentExtractor::extract(kMinistryCommunique);
        QCOMPARE(e.type, DocumentType::PressRelease);
        QVERIFY2(withRole(e.participants, ParticipantRole::Recipient).isEmpty(), qPrintable(describe(e.participants)));
    }
};

QTEST_GUILESS_MAIN(TestParticipantExtractor)
#include "tst_participantextractor.moc"
