// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Senders and recipients found from where a name stands in a letter (the signature block after the
// closing formula, the address block before the salutation), whatever the name: letters built from
// many names of many origins, invented ones included, in every signature and address layout.
#include "core/domain/correspondentkey.h"
#include "core/domain/participantconfidence.h"
#include "core/extract/documentextractor.h"
#include "core/extract/lexicon.h"
#include "core/extract/personname.h"

#include <QTest>

#include <algorithm>

using namespace littoral::core;

namespace {

struct Name {
    QString given;
    QString surname;
    QString full() const { return given + QLatin1Char(' ') + surname; }
};

// Many origins; the last ones are invented, so no lexicon can hold them.
const QList<Name>& names()
{
    static const QList<Name> all = {
        { QStringLiteral("Gaëtane"), QStringLiteral("Ribeiro") },
        { QStringLiteral("Bogdan"), QStringLiteral("Ionescu") },
        { QStringLiteral("Ousmane"), QStringLiteral("Ndiaye") },
        { QStringLiteral("Niamh"), QStringLiteral("Byrne") },
        { QStringLiteral("Quang Huy"), QStringLiteral("Tran") },
        { QStringLiteral("Radu"), QStringLiteral("Munteanu") },
        { QStringLiteral("Zainab"), QStringLiteral("Yusuf") },
        { QStringLiteral("Loïc"), QStringLiteral("Tanguy") },
        { QStringLiteral("Ewa"), QStringLiteral("Majewska") },
        { QStringLiteral("Anne-Sophie"), QStringLiteral("Delcourt") },
        { QStringLiteral("Siobhán"), QStringLiteral("O'Connell") },
        { QStringLiteral("Karim"), QStringLiteral("Al-Hassan") },
        { QStringLiteral("Maëlle"), QStringLiteral("Le Gall") },
        { QStringLiteral("Fatoumata"), QStringLiteral("Traoré") },
        { QStringLiteral("Kwame"), QStringLiteral("Mensah") },
        { QStringLiteral("Oksana"), QStringLiteral("Kovalenko") },
        { QStringLiteral("Thi Hoa"), QStringLiteral("Nguyen") },
        { QStringLiteral("Gwenaëlle"), QStringLiteral("Kervella") },
        { QStringLiteral("Pieter"), QStringLiteral("van Damme") },
        { QStringLiteral("Yerlan"), QStringLiteral("Abenov") },
        // First names that begin like the words of an address line ("Tél.", "Réf.", "Web", "Mail").
        { QStringLiteral("Telma"), QStringLiteral("Rocha") },
        { QStringLiteral("Refilwe"), QStringLiteral("Dlamini") },
        { QStringLiteral("Webster"), QStringLiteral("Banda") },
        { QStringLiteral("Mailys"), QStringLiteral("Fontaine") },
        { QStringLiteral("Zorvane"), QStringLiteral("Keltipoulo") },
        { QStringLiteral("Ilmarec"), QStringLiteral("Brastoweg") },
        { QStringLiteral("Odwenna"), QStringLiteral("Quillardec") },
    };
    return all;
}

// The invented names: the proof that no lexicon decides.
bool isInvented(const Name& n)
{
    return n.surname == QLatin1String("Keltipoulo") || n.surname == QLatin1String("Brastoweg")
        || n.surname == QLatin1String("Quillardec");
}

// A surname without a space or particle can be written first ("NOWAK Bogdan").
bool simpleSurname(const Name& n)
{
    return !n.surname.contains(QLatin1Char(' '));
}

QString frenchLetter(const QString& addressBlock, const QString& salutation, const QString& signature)
{
    return QStringLiteral("Calais, le 3 février 2017\n\n%1\n\nObjet : accueil de jour\n\n%2\n\n"
                          "Je me permets de vous écrire au sujet de l'accueil de jour des personnes exilées à Calais pendant "
                          "l'hiver, dont les horaires ont été réduits depuis le mois dernier.\n\n"
                          "Veuillez agréer, %3, l'expression de mes salutations distinguées.\n\n%4\n")
        .arg(addressBlock, salutation, salutation.chopped(1), signature);
}

QString englishLetter(const QString& addressBlock, const QString& salutation, const QString& signature)
{
    return QStringLiteral("%1\n\n12 May 2018\n\n%2\n\n"
                          "I am writing about the families who have been sleeping near the harbour since the shelter "
                          "closed, and about the help your service could offer them this winter.\n\n"
                          "Yours sincerely,\n\n%3\n")
        .arg(addressBlock, salutation, signature);
}

QList<Participant> withRole(const Extraction& ex, ParticipantRole role, std::optional<CorrespondentKind> kind = std::nullopt)
{
    QList<Participant> out;
    std::copy_if(ex.participants.cbegin(), ex.participants.cend(), std::back_inserter(out),
        [&](const Participant& p) { return p.role == role && (!kind || p.kind == *kind); });
    return out;
}

QStringList foldedNames(const QList<Participant>& ps)
{
    QStringList out;
    for (const Participant& p : ps)
        out << foldForMatching(p.name);
    out.sort();
    return out;
}

QStringList folded(QStringList names)
{
    for (QString& n : names)
        n = foldForMatching(n);
    names.sort();
    return names;
}

QString describe(const Extraction& ex)
{
    QStringList out;
    for (const Participant& p : ex.participants)
        out << QStringLiteral("%1 %2 \"%3\" title=\"%4\" org=\"%5\" conf=%6")
                   .arg(roleName(p.role), kindName(p.kind), p.name, p.title, p.organization)
                   .arg(p.confidence);
    return out.join(QLatin1Char('\n'));
}

const QString kPlainAddress = QStringLiteral("Madame Claire Estienne\n12 rue de la Paix\n62100 Calais");

} // namespace

class TestLetterStructure : public QObject {
    Q_OBJECT

private slots:
    void invented_namesAreInNoLexicon()
    {
        for (const Name& n : names())
            if (isInvented(n))
                QVERIFY2(!Lexicon::instance().isFirstName(foldForMatching(n.given)), qPrintable(n.given));
    }

    // The letter: one signature, whatever the name, in every layout real letters use.
    void signature_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("senders");
        QTest::addColumn<QString>("title");        // of the first sender, when the layout gives one
        QTest::addColumn<QString>("organization"); // of the first sender, when the layout gives one
        const QString fr = QStringLiteral("Madame,");
        const QString en = QStringLiteral("Dear Ms Estienne,");
        for (const Name& n : names()) {
            const QString tag = foldForMatching(n.full()).replace(QLatin1Char(' '), QLatin1Char('_'));
            const QStringList one { n.full() };
            QTest::addRow("bare_%s", qPrintable(tag)) << frenchLetter(kPlainAddress, fr, n.full()) << one << QString() << QString();
            QTest::addRow("bare_en_%s", qPrintable(tag)) << englishLetter(kPlainAddress, en, n.full()) << one << QString() << QString();
            QTest::addRow("capitals_%s", qPrintable(tag)) << frenchLetter(kPlainAddress, fr, n.full().toUpper()) << one << QString() << QString();
            QTest::addRow("surname_capitals_%s", qPrintable(tag))
                << frenchLetter(kPlainAddress, fr, n.given + QLatin1Char(' ') + n.surname.toUpper()) << one << QString() << QString();
            if (simpleSurname(n))
                QTest::addRow("surname_first_%s", qPrintable(tag))
                    << frenchLetter(kPlainAddress, fr, n.surname.toUpper() + QLatin1Char(' ') + n.given) << one << QString() << QString();
            QTest::addRow("comma_%s", qPrintable(tag)) << frenchLetter(kPlainAddress, fr, n.full() + QLatin1Char(',')) << one << QString() << QString();
            QTest::addRow("name_then_function_%s", qPrintable(tag))
                << frenchLetter(kPlainAddress, fr, n.full() + QStringLiteral("\nCoordinatrice juridique")) << one
                << QStringLiteral("Coordinatrice juridique") << QString();
            QTest::addRow("name_then_function_en_%s", qPrintable(tag))
                << englishLetter(kPlainAddress, en, n.full() + QStringLiteral("\nProject Coordinator")) << one
                << QStringLiteral("Project Coordinator") << QString();
            QTest::addRow("function_then_name_%s", qPrintable(tag))
                << frenchLetter(kPlainAddress, fr, QStringLiteral("La présidente,\n\n") + n.full()) << one << QStringLiteral("Présidente") << QString();
            QTest::addRow("function_then_capitals_%s", qPrintable(tag))
                << frenchLetter(kPlainAddress, fr, QStringLiteral("Le directeur,\n") + n.full().toUpper()) << one << QStringLiteral("Directeur") << QString();
            QTest::addRow("po_%s", qPrintable(tag))
                << frenchLetter(kPlainAddress, fr, QStringLiteral("P/O le directeur,\n") + n.full()) << one << QString() << QString();
            QTest::addRow("pp_%s", qPrintable(tag)) << englishLetter(kPlainAddress, en, QStringLiteral("pp. ") + n.full()) << one << QString() << QString();
            QTest::addRow("signe_%s", qPrintable(tag))
                << frenchLetter(kPlainAddress, fr, QStringLiteral("(signé) ") + n.full()) << one << QString() << QString();
            QTest::addRow("signed_%s", qPrintable(tag))
                << englishLetter(kPlainAddress, en, QStringLiteral("Signed: ") + n.full()) << one << QString() << QString();
            QTest::addRow("name_then_org_%s", qPrintable(tag))
                << frenchLetter(kPlainAddress, fr, n.full() + QStringLiteral("\nCollectif Solidarité Exilés du Dunkerquois")) << one << QString()
                << QStringLiteral("Collectif Solidarité Exilés du Dunkerquois");
            QTest::addRow("name_function_org_%s", qPrintable(tag))
                << frenchLetter(kPlainAddress, fr, n.full() + QStringLiteral("\nPrésidente\nTerre d'Errance")) << one
                << QStringLiteral("Présidente") << QStringLiteral("Terre d'Errance");
        }
        // Two or three signatories side by side, separated by a tab or by two or more spaces.
        const QList<Name>& all = names();
        for (qsizetype i = 0; i + 2 < all.size(); i += 3) {
            const Name &a = all.at(i), &b = all.at(i + 1), &c = all.at(i + 2);
            const QString tag = foldForMatching(a.surname + b.surname + c.surname).remove(QLatin1Char(' '));
            QTest::addRow("tab_%s", qPrintable(tag))
                << frenchLetter(kPlainAddress, fr, a.full() + QLatin1Char('\t') + b.full()) << QStringList { a.full(), b.full() } << QString() << QString();
            QTest::addRow("spaces_three_%s", qPrintable(tag))
                << englishLetter(kPlainAddress, en, a.full() + QStringLiteral("    ") + b.full() + QStringLiteral("   ") + c.full())
                << QStringList { a.full(), b.full(), c.full() } << QString() << QString();
            QTest::addRow("side_by_side_functions_%s", qPrintable(tag))
                << frenchLetter(kPlainAddress, fr,
                       a.full().toUpper() + QStringLiteral("        ") + b.full().toUpper() + QStringLiteral("\nPrésidente          Trésorier"))
                << QStringList { a.full(), b.full() } << QStringLiteral("Présidente") << QString();
            QTest::addRow("stacked_blocks_%s", qPrintable(tag))
                << frenchLetter(kPlainAddress, fr, a.full() + QStringLiteral("\nPrésidente\n\n") + b.full() + QStringLiteral("\nSecrétaire"))
                << QStringList { a.full(), b.full() } << QStringLiteral("Présidente") << QString();
        }
    }

    void signature()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, senders);
        QFETCH(QString, title);
        QFETCH(QString, organization);
        const Extraction ex = DocumentExtractor::extract(text);
        const QList<Participant> found = withRole(ex, ParticipantRole::Sender, CorrespondentKind::Person);
        QVERIFY2(foldedNames(found) == folded(senders), qPrintable(describe(ex)));
        // The first signatory as written in the text, and how it was found.
        const auto first = std::find_if(found.cbegin(), found.cend(),
            [&](const Participant& p) { return foldForMatching(p.name) == foldForMatching(senders.first()); });
        QVERIFY(first != found.cend());
        if (!title.isEmpty())
            QVERIFY2(foldForMatching(first->title) == foldForMatching(title), qPrintable(describe(ex)));
        if (!organization.isEmpty())
            QVERIFY2(first->organization == organization, qPrintable(describe(ex)));
        QVERIFY2(text.mid(first->evidence.offset, first->evidence.text.size()) == first->evidence.text, qPrintable(describe(ex)));
        QVERIFY2(first->confidence >= participant_confidence::kStructure, qPrintable(describe(ex)));
        // No organisation line, function or formula became a second sender.
        QVERIFY2(withRole(ex, ParticipantRole::Sender).size() == senders.size(), qPrintable(describe(ex)));
        // The address block's person stays the recipient.
        QVERIFY2(foldedNames(withRole(ex, ParticipantRole::Recipient)) == QStringList { QStringLiteral("claire estienne") }, qPrintable(describe(ex)));
    }

    // The addressee: the first name-like line of the block before the salutation, with or without a
    // courtesy title; "Dear Ms Byrne" confirms it.
    void address_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("recipient");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("organization");
        const QString signature = QStringLiteral("Claire Estienne");
        for (const Name& n : names()) {
            const QString tag = foldForMatching(n.full()).replace(QLatin1Char(' '), QLatin1Char('_'));
            const QString street = QStringLiteral("\n12 rue de la Paix\n62100 Calais");
            const QString ukStreet = QStringLiteral("\n14 Harbour Road\nDover CT16 1AA");
            QTest::addRow("courtesy_%s", qPrintable(tag))
                << frenchLetter(QStringLiteral("Madame ") + n.full() + street, QStringLiteral("Madame,"), signature) << n.full() << QString() << QString();
            QTest::addRow("bare_%s", qPrintable(tag))
                << frenchLetter(n.full() + street, QStringLiteral("Madame,"), signature) << n.full() << QString() << QString();
            QTest::addRow("capitals_%s", qPrintable(tag))
                << frenchLetter(n.full().toUpper() + street, QStringLiteral("Monsieur,"), signature) << n.full() << QString() << QString();
            if (simpleSurname(n))
                QTest::addRow("surname_first_%s", qPrintable(tag))
                    << frenchLetter(n.surname.toUpper() + QLatin1Char(' ') + n.given + street, QStringLiteral("Madame,"), signature) << n.full()
                    << QString() << QString();
            QTest::addRow("function_org_%s", qPrintable(tag))
                << frenchLetter(n.full() + QStringLiteral("\nCoordinatrice\nAssociation Solidarité Côte d'Opale") + street,
                       QStringLiteral("Madame la Coordinatrice,"), signature)
                << n.full() << QStringLiteral("Coordinatrice") << QStringLiteral("Association Solidarité Côte d'Opale");
            QTest::addRow("en_flat_line_%s", qPrintable(tag))
                << englishLetter(n.full() + QStringLiteral("\nFlat 4, 22 Marine Parade\nFolkestone CT20 1PX"),
                       QStringLiteral("Dear Ms ") + n.surname + QLatin1Char(','), signature)
                << n.full() << QString() << QStringLiteral("-");
            QTest::addRow("en_courtesy_%s", qPrintable(tag))
                << englishLetter(QStringLiteral("Ms ") + n.full() + ukStreet, QStringLiteral("Dear Ms ") + n.surname + QLatin1Char(','), signature)
                << n.full() << QString() << QString();
            QTest::addRow("en_bare_dear_surname_%s", qPrintable(tag))
                << englishLetter(n.full() + ukStreet, QStringLiteral("Dear Ms ") + n.surname + QLatin1Char(','), signature) << n.full()
                << QString() << QString();
            QTest::addRow("en_bare_dear_given_%s", qPrintable(tag))
                << englishLetter(n.full() + ukStreet, QStringLiteral("Dear ") + n.given + QLatin1Char(','), signature) << n.full()
                << QString() << QString();
            // The document's first block, greeted by no name: a letterhead as often as an addressee, so only a
            // known first name makes it a person (the invented ones stay out).
            if (Lexicon::instance().isFirstName(foldForMatching(n.given)))
                QTest::addRow("en_bare_dear_sir_%s", qPrintable(tag))
                    << englishLetter(n.full() + ukStreet, QStringLiteral("Dear Sir or Madam,"), signature) << n.full() << QString() << QString();
            QTest::addRow("en_after_date_dear_sir_%s", qPrintable(tag))
                << QStringLiteral("Dover, 12 May 2018\n\n%1%2\n\nDear Sir or Madam,\n\nI am writing about the families who have been "
                                  "sleeping near the harbour since the shelter closed last month.\n\nYours faithfully,\n\n%3\n")
                       .arg(n.full(), ukStreet, signature)
                << n.full() << QString() << QString();
            // The sender's own block above the date, the addressee's below it.
            QTest::addRow("sender_block_first_%s", qPrintable(tag))
                << QStringLiteral("Claire Estienne\n3 rue des Lilas\n59000 Lille\n\nLille, le 4 mars 2019\n\n%1%2\n\nMadame,\n\n"
                                  "Je vous écris au sujet des maraudes du soir, qui ne passent plus par le quai depuis le début du mois de février.\n\n"
                                  "Je vous prie d'agréer, Madame, l'expression de mes sentiments respectueux.\n\nClaire Estienne\n")
                       .arg(n.full(), street)
                << n.full() << QString() << QString();
        }
    }

    void address()
    {
        QFETCH(QString, text);
        QFETCH(QString, recipient);
        QFETCH(QString, title);
        QFETCH(QString, organization);
        const Extraction ex = DocumentExtractor::extract(text);
        const QList<Participant> recipients = withRole(ex, ParticipantRole::Recipient, CorrespondentKind::Person);
        QVERIFY2(foldedNames(recipients) == folded({ recipient }), qPrintable(describe(ex)));
        const Participant& r = recipients.first();
        if (!title.isEmpty())
            QVERIFY2(r.title == title, qPrintable(describe(ex)));
        if (organization == QLatin1String("-")) // an address line is nobody's organisation
            QVERIFY2(r.organization.isEmpty(), qPrintable(describe(ex)));
        else if (!organization.isEmpty())
            QVERIFY2(r.organization == organization, qPrintable(describe(ex)));
        QVERIFY2(r.confidence >= participant_confidence::kStructure, qPrintable(describe(ex)));
        QVERIFY2(text.mid(r.evidence.offset, r.evidence.text.size()) == r.evidence.text, qPrintable(describe(ex)));
        QVERIFY2(foldedNames(withRole(ex, ParticipantRole::Sender)) == QStringList { QStringLiteral("claire estienne") }, qPrintable(describe(ex)));
    }

    // What is not a name stays out of the signature and address blocks.
    void notAName_data()
    {
        QTest::addColumn<QString>("signature");
        QTest::addRow("street") << QStringLiteral("Rue des Lilas Blancs");
        QTest::addRow("postcode_town") << QStringLiteral("62100 Calais");
        QTest::addRow("town_capitals") << QStringLiteral("CALAIS CEDEX");
        QTest::addRow("objet") << QStringLiteral("Objet : Accueil De Jour");
        QTest::addRow("phone") << QStringLiteral("Tél. : 03 21 00 00 00");
        QTest::addRow("fax") << QStringLiteral("Fax 03 21 00 00 01");
        QTest::addRow("pj") << QStringLiteral("P.J. : Rapport Annuel");
        QTest::addRow("pieces_jointes") << QStringLiteral("Pièces jointes : Compte Rendu");
        QTest::addRow("enclosure") << QStringLiteral("Enclosure: Annual Report");
        QTest::addRow("lone_function_fr") << QStringLiteral("Le Préfet");
        QTest::addRow("lone_function_en") << QStringLiteral("The Chief Executive");
        QTest::addRow("lone_function_capitals") << QStringLiteral("LA DIRECTRICE GÉNÉRALE");
        QTest::addRow("closing_itself") << QStringLiteral("Bien Cordialement");
        QTest::addRow("regards") << QStringLiteral("Best Regards");
        QTest::addRow("company") << QStringLiteral("Dupont Conseil SARL");
        QTest::addRow("company_ltd") << QStringLiteral("Harbour Logistics Ltd");
        QTest::addRow("website") << QStringLiteral("www.exemple-asso.org");
        QTest::addRow("page_number") << QStringLiteral("Page 2 Sur 2");
        QTest::addRow("date_line") << QStringLiteral("Fait À Calais");
        QTest::addRow("copy_line") << QStringLiteral("Copie À Monsieur Le Maire");
        QTest::addRow("sentence_fragment") << QStringLiteral("Avec Mes Remerciements");
        QTest::addRow("ps") << QStringLiteral("P.S. Merci D'avance");
    }

    void notAName()
    {
        QFETCH(QString, signature);
        const QString text = frenchLetter(kPlainAddress, QStringLiteral("Madame,"), signature);
        const Extraction ex = DocumentExtractor::extract(text);
        QVERIFY2(withRole(ex, ParticipantRole::Sender, CorrespondentKind::Person).isEmpty(), qPrintable(describe(ex)));
    }

    // The general rules that replaced one sample's vocabulary, each with the case it must not take.
    void functionContinuation_data()
    {
        QTest::addColumn<QString>("signature");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("organization");
        QTest::addRow("town_below_is_not_part_of_title") << QStringLiteral("Gaëtane Ribeiro\nPrésidente de la Ligue des droits\nDunkerque")
                                                         << QStringLiteral("Présidente de la Ligue des droits") << QStringLiteral("Ligue des droits");
        QTest::addRow("country_ends_organisation_name") << QStringLiteral("Bogdan Ionescu\nPrésident de Juristes Sans Frontières\nFrance")
                                                        << QStringLiteral("Président de Juristes Sans Frontières France")
                                                        << QStringLiteral("Juristes Sans Frontières France");
        QTest::addRow("international_ends_organisation_name") << QStringLiteral("Ewa Majewska\nDirectrice de Secours\nInternational Belgique")
                                                              << QStringLiteral("Directrice de Secours International Belgique")
                                                              << QStringLiteral("Secours International Belgique");
        QTest::addRow("dash_continues") << QStringLiteral("Radu Munteanu\nPrésident du Réseau Accueil –\nSolidarité Côte d'Opale")
                                        << QStringLiteral("Président du Réseau Accueil – Solidarité Côte d'Opale")
                                        << QStringLiteral("Réseau Accueil – Solidarité Côte d'Opale");
        QTest::addRow("lower_case_continues") << QStringLiteral("Zainab Yusuf\nPrésidente de Juristes\ndu Littoral")
                                              << QStringLiteral("Présidente de Juristes du Littoral") << QStringLiteral("Juristes du Littoral");
    }

    void functionContinuation()
    {
        QFETCH(QString, signature);
        QFETCH(QString, title);
        QFETCH(QString, organization);
        const Extraction ex = DocumentExtractor::extract(frenchLetter(kPlainAddress, QStringLiteral("Madame,"), signature));
        const auto senders = withRole(ex, ParticipantRole::Sender);
        QVERIFY2(senders.size() == 1, qPrintable(describe(ex)));
        QCOMPARE(senders.first().title, title);
        QCOMPARE(senders.first().organization, organization);
    }

    // A building or a palace heading an address line is an address, not a person: "Palais Bourbon", "Hôtel de Brienne".
    void buildingLine_isNoPerson_data()
    {
        QTest::addColumn<QString>("building");
        QTest::addRow("palais") << QStringLiteral("Palais Bourbon");
        QTest::addRow("hotel_de") << QStringLiteral("Hôtel de Brienne");
        QTest::addRow("chateau") << QStringLiteral("Château de Vincennes");
        QTest::addRow("residence") << QStringLiteral("Résidence Les Tilleuls");
    }

    void buildingLine_isNoPerson()
    {
        QFETCH(QString, building);
        const QString address = QStringLiteral("Monsieur le Ministre des Armées\n%1\n75007 Paris").arg(building);
        const Extraction ex = DocumentExtractor::extract(frenchLetter(address, QStringLiteral("Monsieur le Ministre,"), QStringLiteral("Claire Estienne")));
        QVERIFY2(withRole(ex, ParticipantRole::Recipient, CorrespondentKind::Person).isEmpty(), qPrintable(describe(ex)));
        QVERIFY2(!withRole(ex, ParticipantRole::Recipient).isEmpty(), qPrintable(describe(ex)));
    }

    // An organisation no lexicon names is read from where it stands: under its representative in the address
    // block, or in capitals as a communiqué's letterhead; an acronym is never a surname.
    void organisationByPlace()
    {
        const QString address = QStringLiteral("À l'attention de M. Pierre Lantier, trésorier\nTerre d'Asile du Littoral\n3 rue des Lilas\n59140 Dunkerque");
        const Extraction letter = DocumentExtractor::extract(frenchLetter(address, QStringLiteral("Monsieur,"), QStringLiteral("Claire Estienne")));
        const auto recipients = withRole(letter, ParticipantRole::Recipient);
        QVERIFY2(recipients.size() == 1, qPrintable(describe(letter)));
        QCOMPARE(recipients.first().organization, QStringLiteral("Terre d'Asile du Littoral"));

        const QString release = QStringLiteral("KALEIDO 59\n\nCommuniqué\n\n12 septembre 2019\n\nMaraudes de nuit à Dunkerque\n\n"
                                               "Les maraudes de nuit reprennent à Dunkerque à partir de lundi, avec trois équipes de bénévoles "
                                               "et un véhicule prêté par la commune pour toute la durée de l'hiver.\n");
        const Extraction communique = DocumentExtractor::extract(release);
        const auto issuers = withRole(communique, ParticipantRole::Sender);
        QVERIFY2(issuers.size() == 1 && issuers.first().name == QLatin1String("KALEIDO 59")
                     && issuers.first().kind == CorrespondentKind::Organization,
            qPrintable(describe(communique)));

        // "LDH Dunkerque" below the closing is a body's line, not "Dunkerque Ldh".
        const Extraction acronym = DocumentExtractor::extract(
            frenchLetter(kPlainAddress, QStringLiteral("Madame,"), QStringLiteral("Gaëtane Ribeiro\n\nCGT Dunkerque")));
        QVERIFY2(foldedNames(withRole(acronym, ParticipantRole::Sender, CorrespondentKind::Person)) == QStringList { QStringLiteral("gaetane ribeiro") },
            qPrintable(describe(acronym)));
    }

    // An organisation that signs only through its letterhead, or only through its signature line.
    void organisationSigning_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("person");       // the person signing, empty when none
        QTest::addColumn<QString>("organization"); // the person's organisation, or the signing organisation
        const QString body = QStringLiteral("Madame,\n\nNous vous écrivons au sujet de l'accueil de jour des personnes exilées, dont les horaires "
                                            "ont été réduits depuis le mois dernier sans aucune concertation.\n\n"
                                            "Veuillez agréer, Madame, l'expression de nos salutations distinguées.\n\n");
        const QString letterhead = QStringLiteral("Kaleido Solidarités\n3 rue des Lilas\n59000 Lille\n\nMadame Claire Estienne\n12 rue de la Paix\n62100 Calais\n\n"
                                                  "Lille, le 4 mars 2019\n\n");
        QTest::addRow("letterhead_then_signer_with_function") << letterhead + body + QStringLiteral("Zorvane Keltipoulo\nCoordinatrice\n")
                                                              << QStringLiteral("Zorvane Keltipoulo") << QStringLiteral("Kaleido Solidarités");
        QTest::addRow("signature_line_collectif") << QStringLiteral("Lille, le 4 mars 2019\n\n") + body + QStringLiteral("Le Collectif des Exilés du Littoral\n")
                                                  << QString() << QStringLiteral("Le Collectif des Exilés du Littoral");
        QTest::addRow("signature_line_on_behalf") << QStringLiteral("Lille, le 4 mars 2019\n\n") + body + QStringLiteral("Pour l'association Kaleido Solidarités,\nLe bureau\n")
                                                  << QString() << QStringLiteral("Kaleido Solidarités");
        QTest::addRow("organisation_beginning_like_ref") << QStringLiteral("Lille, le 4 mars 2019\n\n") + body
                + QStringLiteral("Ludovic Denis\nDirector\nRefugee Info Bus\n")
                                                         << QStringLiteral("Ludovic Denis") << QStringLiteral("Refugee Info Bus");
        QTest::addRow("function_then_named_organisation") << QStringLiteral("Lille, le 4 mars 2019\n\n") + body
                + QStringLiteral("Ilmarec Brastoweg\nJuriste\nFrance Accueil Littoral\n")
                                                          << QStringLiteral("Ilmarec Brastoweg") << QStringLiteral("France Accueil Littoral");
    }

    void organisationSigning()
    {
        QFETCH(QString, text);
        QFETCH(QString, person);
        QFETCH(QString, organization);
        const Extraction ex = DocumentExtractor::extract(text);
        const auto senders = withRole(ex, ParticipantRole::Sender);
        QVERIFY2(senders.size() == 1, qPrintable(describe(ex)));
        if (person.isEmpty()) {
            QCOMPARE(senders.first().kind, CorrespondentKind::Organization);
            QCOMPARE(senders.first().name, organization);
        } else {
            QCOMPARE(senders.first().name, person);
            QCOMPARE(senders.first().organization, organization);
        }
    }

    // A list of signatories written inline, however long its line, and without a final full stop.
    void inlineSignatoryList()
    {
        QStringList orgs;
        for (int i = 0; i < 14; ++i)
            orgs << QStringLiteral("Collectif Solidarité %1").arg(QChar(u'A' + i));
        orgs << QStringLiteral("Histoire d'eux (Albias, Tarn et Garonne)");
        const QString text = QStringLiteral("Lille, le 4 mars 2019\n\nMonsieur le Préfet,\n\nNous vous écrivons au sujet des expulsions répétées "
                                             "des campements du littoral, qui laissent des familles sans abri à l'approche de l'hiver.\n\n"
                                             "Veuillez agréer, Monsieur le Préfet, l'expression de notre haute considération.\n\nListe des signataires\n\n")
            + orgs.join(QStringLiteral(", ")) + QStringLiteral("\n\nCopie à : Madame la Maire de Lille\n");
        const Extraction ex = DocumentExtractor::extract(text);
        QStringList names;
        for (const Participant& p : withRole(ex, ParticipantRole::Sender)) {
            QCOMPARE(p.kind, CorrespondentKind::Organization);
            QCOMPARE(text.mid(p.evidence.offset, p.evidence.text.size()), p.evidence.text);
            names << p.name;
        }
        QCOMPARE(names, orgs);
    }

    // Layouts a review of this work found misread: one signer with a function on the same line, an
    // organisation line without any word that says so, an annex below the signature, a letterhead above a
    // generic salutation, names written with two spaces inside, short names, other closings, wide columns.
    void layouts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("persons");       // every sender who is a person
        QTest::addColumn<QStringList>("organizations"); // every sender that is an organisation
        QTest::addColumn<QString>("title");             // of the first person, when given
        QTest::addColumn<QString>("organization");      // of the first person, when given
        const auto fr = [](const QString& signature) { return frenchLetter(kPlainAddress, QStringLiteral("Madame,"), signature); };
        const QString none;
        QTest::addRow("name_comma_function") << fr(QStringLiteral("Gaëtane Ribeiro, Présidente")) << QStringList { QStringLiteral("Gaëtane Ribeiro") }
                                             << QStringList() << QStringLiteral("Présidente") << none;
        QTest::addRow("name_comma_function_of") << fr(QStringLiteral("Odwenna Quillardec, présidente de Kaleido"))
                                                << QStringList { QStringLiteral("Odwenna Quillardec") } << QStringList()
                                                << QStringLiteral("Présidente de Kaleido") << QStringLiteral("Kaleido");
        QTest::addRow("name_function_brackets") << fr(QStringLiteral("Gaëtane RIBEIRO (Présidente)")) << QStringList { QStringLiteral("Gaëtane Ribeiro") }
                                                << QStringList() << QStringLiteral("Présidente") << none;
        QTest::addRow("name_tab_function") << fr(QStringLiteral("Odwenna Quillardec\tPrésidente")) << QStringList { QStringLiteral("Odwenna Quillardec") }
                                           << QStringList() << QStringLiteral("Présidente") << none;
        QTest::addRow("organisation_line_without_marker") << fr(QStringLiteral("Zorvane Keltipoulo\nEmmaüs Dunkerque"))
                                                          << QStringList { QStringLiteral("Zorvane Keltipoulo") } << QStringList() << none
                                                          << QStringLiteral("Emmaüs Dunkerque");
        QTest::addRow("organisation_line_en") << englishLetter(kPlainAddress, QStringLiteral("Dear Ms Estienne,"), QStringLiteral("Odwenna Quillardec\nHuman Rights Watch"))
                                              << QStringList { QStringLiteral("Odwenna Quillardec") } << QStringList() << none
                                              << QStringLiteral("Human Rights Watch");
        QTest::addRow("two_signers_with_functions_in_one_paragraph")
            << fr(QStringLiteral("Zorvane Keltipoulo\nPrésidente\nOdwenna Quillardec\nTrésorière"))
            << QStringList { QStringLiteral("Zorvane Keltipoulo"), QStringLiteral("Odwenna Quillardec") } << QStringList() << QStringLiteral("Présidente") << none;
        const QString prose = QStringLiteral("The number of families sleeping near the harbour has doubled since the shelter closed, "
                                             "and the volunteers who bring them food every evening cannot meet the need.");
        QTest::addRow("annex_headings_sign_nothing")
            << englishLetter(kPlainAddress, QStringLiteral("Dear Ms Estienne,"),
                   QStringLiteral("Jane Doe\n\nAnnex\n\nKey Findings\n\n%1\n\nNext Steps\n\n%1").arg(prose))
            << QStringList { QStringLiteral("Jane Doe") } << QStringList() << none << none;
        QTest::addRow("enclosure_is_no_signer") << fr(QStringLiteral("Le Maire,\n\nP.J. : délibération du conseil municipal")) << QStringList() << QStringList()
                                                << none << none;
        QTest::addRow("legal_mention_is_no_signer") << fr(QStringLiteral("(signature)\n\nAssociation loi 1901 déclarée en préfecture du Nord"))
                                                    << QStringList() << QStringList() << none << none;
        QTest::addRow("two_spaces_inside_names") << fr(QStringLiteral("Jeanne  MARTIN        Paul  DURAND"))
                                                 << QStringList { QStringLiteral("Jeanne Martin"), QStringLiteral("Paul Durand") } << QStringList() << none << none;
        QTest::addRow("two_spaces_inside_one_name") << fr(QStringLiteral("Maria José  GARCÍA LÓPEZ")) << QStringList { QStringLiteral("Maria José García López") }
                                                    << QStringList() << none << none;
        QTest::addRow("po_without_comma") << fr(QStringLiteral("P/O le directeur Odwenna Quillardec")) << QStringList { QStringLiteral("Odwenna Quillardec") }
                                          << QStringList() << none << none;
        for (const QString& name : { QStringLiteral("An Nguyen"), QStringLiteral("Ou Virak"), QStringLiteral("Kelvin NG") })
            QTest::addRow("short_name_%s", qPrintable(foldForMatching(name).replace(QLatin1Char(' '), QLatin1Char('_')))) << fr(name)
                << QStringList { name.section(QLatin1Char(' '), 0, 0) + QLatin1Char(' ') + PersonName::recapitalize(name.section(QLatin1Char(' '), 1)) }
                << QStringList() << none << none;
        const auto closedWith = [&](const QString& closing) {
            return QStringLiteral("Calais, le 3 février 2017\n\n%1\n\nMadame,\n\nJe me permets de vous écrire au sujet de l'accueil de jour des "
                                  "personnes exilées à Calais, dont les horaires ont été réduits.\n\n%2\n\nOdwenna Quillardec\n")
                .arg(kPlainAddress, closing);
        };
        for (const QString& closing : { QStringLiteral("Respectueusement,"), QStringLiteral("Best wishes,"), QStringLiteral("Bien amicalement,"),
                 QStringLiteral("With many thanks,"), QStringLiteral("All the best,") })
            QTest::addRow("closing_%s", qPrintable(foldForMatching(closing).replace(QLatin1Char(' '), QLatin1Char('_'))))
                << closedWith(closing) << QStringList { QStringLiteral("Odwenna Quillardec") } << QStringList() << none << none;
        QTest::addRow("job_title_ending_in_function") << englishLetter(kPlainAddress, QStringLiteral("Dear Ms Estienne,"),
                                                              QStringLiteral("Dmitri Vasylenko-Park\nCasework Manager\nChannel Rescue Legal Fund"))
                                                      << QStringList { QStringLiteral("Dmitri Vasylenko-Park") } << QStringList()
                                                      << QStringLiteral("Casework Manager") << QStringLiteral("Channel Rescue Legal Fund");
        const QString wide(70, QLatin1Char(' '));
        QTest::addRow("wide_columns") << fr(QStringLiteral("Gaëtane RIBEIRO") + wide + QStringLiteral("Bogdan IONESCU") + wide + QStringLiteral("Ousmane NDIAYE"))
                                      << QStringList { QStringLiteral("Gaëtane Ribeiro"), QStringLiteral("Bogdan Ionescu"), QStringLiteral("Ousmane Ndiaye") }
                                      << QStringList() << none << none;
    }

    void layouts()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, persons);
        QFETCH(QStringList, organizations);
        QFETCH(QString, title);
        QFETCH(QString, organization);
        const Extraction ex = DocumentExtractor::extract(text);
        const auto people = withRole(ex, ParticipantRole::Sender, CorrespondentKind::Person);
        QVERIFY2(foldedNames(people) == folded(persons), qPrintable(describe(ex)));
        QVERIFY2(foldedNames(withRole(ex, ParticipantRole::Sender, CorrespondentKind::Organization)) == folded(organizations), qPrintable(describe(ex)));
        if (!title.isEmpty())
            QVERIFY2(people.first().title == title, qPrintable(describe(ex)));
        if (!organization.isEmpty())
            QVERIFY2(people.first().organization == organization, qPrintable(describe(ex)));
        for (const Participant& p : ex.participants)
            QVERIFY2(p.evidence.offset < 0 || text.mid(p.evidence.offset, p.evidence.text.size()) == p.evidence.text, qPrintable(describe(ex)));
    }

    // A letterhead above a salutation that greets nobody by name is no addressee; a document's heading is no name.
    void letterhead_isNoAddressee_data()
    {
        QTest::addColumn<QString>("text");
        const QString body = QStringLiteral("\n\nNous vous écrivons au sujet de l'accueil de jour des personnes exilées, dont les horaires ont été "
                                            "réduits depuis le mois dernier.\n\nVeuillez agréer, Madame, Monsieur, nos salutations distinguées.\n\n"
                                            "Odwenna Quillardec\nCoordinatrice\n");
        QTest::addRow("letterhead_generic_salutation") << QStringLiteral("Kaleido Solidarités\n3 rue des Lilas\n59000 Lille\n\nLille, le 4 mars 2019\n\n"
                                                                         "Madame, Monsieur,") + body;
        QTest::addRow("open_letter_heading") << QStringLiteral("Lille, le 4 mars 2019\n\nLETTRE OUVERTE\n\nMadame, Monsieur,") + body;
        QTest::addRow("registered_letter_heading") << QStringLiteral("Lille, le 4 mars 2019\n\nLETTRE RECOMMANDÉE\n\nMadame, Monsieur,") + body;
    }

    void letterhead_isNoAddressee()
    {
        QFETCH(QString, text);
        const Extraction ex = DocumentExtractor::extract(text);
        QVERIFY2(withRole(ex, ParticipantRole::Recipient, CorrespondentKind::Person).isEmpty(), qPrintable(describe(ex)));
        QVERIFY2(foldedNames(withRole(ex, ParticipantRole::Sender)) == QStringList { QStringLiteral("odwenna quillardec") }, qPrintable(describe(ex)));
    }

    // Confidence says which cue decided: structure and lexicon > structure alone > lexicon alone.
    void confidence_saysWhichCueDecided()
    {
        const QString invented = QStringLiteral("Zorvane Keltipoulo");
        const Extraction shapeOnly = DocumentExtractor::extract(frenchLetter(kPlainAddress, QStringLiteral("Madame,"), invented));
        const auto senders = withRole(shapeOnly, ParticipantRole::Sender);
        QCOMPARE(senders.size(), 1);
        QCOMPARE(cueOf(senders.first().confidence), ParticipantCue::Structure);
        // The addressee has a courtesy title: structure and lexicon.
        const auto recipients = withRole(shapeOnly, ParticipantRole::Recipient);
        QCOMPARE(recipients.size(), 1);
        QCOMPARE(cueOf(recipients.first().confidence), ParticipantCue::StructureAndLexicon);

        const Extraction withTitle = DocumentExtractor::extract(
            frenchLetter(kPlainAddress, QStringLiteral("Madame,"), invented + QStringLiteral("\nDirectrice")));
        QCOMPARE(cueOf(withRole(withTitle, ParticipantRole::Sender).first().confidence), ParticipantCue::StructureAndLexicon);

        // A list of signatories is a place: a body's name confirms it only when a word in it names a body.
        const Extraction list = DocumentExtractor::extract(QStringLiteral(
            "Lille, le 4 mars 2019\n\nMonsieur le Préfet,\n\nNous vous écrivons au sujet des expulsions répétées des campements du littoral, "
            "qui laissent des familles sans abri.\n\nVeuillez agréer, Monsieur le Préfet, notre haute considération.\n\n"
            "Signataires :\n\nKaleido Accueil\nCollectif Kaleido\n"));
        const auto signatories = withRole(list, ParticipantRole::Sender);
        QCOMPARE(signatories.size(), 2);
        QCOMPARE(cueOf(signatories.at(0).confidence), ParticipantCue::Structure);
        QCOMPARE(cueOf(signatories.at(1).confidence), ParticipantCue::StructureAndLexicon);

        // Named in the text only, with a courtesy title: the lexicon alone.
        const QString mention = QStringLiteral(
            "Calais, le 3 février 2017\n\nMadame,\n\nNous avons rencontré Mme Odwenna Quillardec hier au sujet des maraudes du soir sur le quai "
            "et des familles qui dorment dehors depuis la fin du mois dernier.\n\n"
            "Veuillez agréer, Madame, l'expression de mes salutations distinguées.\n\nClaire Estienne\n");
        const Extraction mentioned = DocumentExtractor::extract(mention);
        const auto mentions = withRole(mentioned, ParticipantRole::Mentioned);
        QCOMPARE(mentions.size(), 1);
        QCOMPARE(cueOf(mentions.first().confidence), ParticipantCue::Lexicon);
    }
};

QTEST_GUILESS_MAIN(TestLetterStructure)
#include "tst_letterstructure.moc"
