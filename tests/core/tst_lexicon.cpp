// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/lexicon.h"

#include "core/domain/correspondentkey.h"
#include "core/extract/personname.h"

#include <QFile>
#include <QTest>
#include <QtConcurrent>

using namespace littoral::core;

// The first-name lexicon as embedded in littoral_core (resources/extract/firstnames.txt).
class TestLexicon final : public QObject {
    Q_OBJECT
private slots:
    // Given names of many origins, written as their bearers write them, are known.
    void isFirstName_manyOrigins_isKnown_data()
    {
        QTest::addColumn<QString>("fullName");
        QTest::addRow("fr_chloe") << QStringLiteral("Chloé Martin");
        QTest::addRow("fr_helene") << QStringLiteral("Hélène Roussel");
        QTest::addRow("fr_compound_anneSophie") << QStringLiteral("Anne-Sophie Delcourt");
        QTest::addRow("breton_loic") << QStringLiteral("Loïc Tanguy");
        QTest::addRow("breton_gwenael") << QStringLiteral("Gwenaël Le Goff");
        QTest::addRow("breton_mael") << QStringLiteral("Maël Kerhervé");
        QTest::addRow("breton_soizic") << QStringLiteral("Soizic Cadiou");
        QTest::addRow("breton_yannick") << QStringLiteral("Yannick Quéré");
        QTest::addRow("en_siobhan") << QStringLiteral("Siobhan Carter");
        QTest::addRow("en_gareth") << QStringLiteral("Gareth Evans");
        QTest::addRow("irish_niamh") << QStringLiteral("Niamh Byrne");
        QTest::addRow("irish_aoife") << QStringLiteral("Aoife Gallagher");
        QTest::addRow("irish_padraig") << QStringLiteral("Pádraig Walsh");
        QTest::addRow("ro_radu") << QStringLiteral("Radu Munteanu");
        QTest::addRow("ro_bogdan") << QStringLiteral("Bogdan Ionescu");
        QTest::addRow("pl_ewa") << QStringLiteral("Ewa Majewska");
        QTest::addRow("pl_lukasz_stroke") << QStringLiteral("Łukasz Nowak");
        QTest::addRow("pl_wojciech") << QStringLiteral("Wojciech Kowalski");
        QTest::addRow("cz_jiri") << QStringLiteral("Jiří Novák");
        QTest::addRow("hu_istvan") << QStringLiteral("István Szabó");
        QTest::addRow("uk_oksana_romanised") << QStringLiteral("Oksana Kovalenko");
        QTest::addRow("uk_dmytro_romanised") << QStringLiteral("Dmytro Shevchenko");
        QTest::addRow("ru_sergey_romanised") << QStringLiteral("Sergey Ivanov");
        QTest::addRow("bg_stoyan_romanised") << QStringLiteral("Stoyan Petrov");
        QTest::addRow("ng_zainab") << QStringLiteral("Zainab Yusuf");
        QTest::addRow("ng_ngozi") << QStringLiteral("Ngozi Okafor");
        QTest::addRow("ng_chinedu") << QStringLiteral("Chinedu Eze");
        QTest::addRow("gh_kwame") << QStringLiteral("Kwame Mensah");
        QTest::addRow("sn_ousmane") << QStringLiteral("Ousmane Ndiaye");
        QTest::addRow("sn_aminata") << QStringLiteral("Aminata Diallo");
        QTest::addRow("ml_mamadou") << QStringLiteral("Mamadou Traoré");
        QTest::addRow("sn_aissatou_diaeresis") << QStringLiteral("Aïssatou Sow");
        QTest::addRow("er_dawit") << QStringLiteral("Dawit Tesfamariam");
        QTest::addRow("er_yonas") << QStringLiteral("Yonas Haile");
        QTest::addRow("dz_youssef") << QStringLiteral("Youssef Benali");
        QTest::addRow("dz_rachid") << QStringLiteral("Rachid Mekki");
        QTest::addRow("ar_hamza") << QStringLiteral("Hamza Haddad");
        QTest::addRow("af_ahmad") << QStringLiteral("Ahmad Rahimi");
        QTest::addRow("tr_mehmet") << QStringLiteral("Mehmet Yılmaz");
        QTest::addRow("tr_ayse_cedilla") << QStringLiteral("Ayşe Demir");
        QTest::addRow("vi_quang") << QStringLiteral("Quang Huy Tran");
        QTest::addRow("vi_thanh") << QStringLiteral("Thanh Nguyen");
        QTest::addRow("vi_minh") << QStringLiteral("Minh Pham");
        QTest::addRow("es_joao") << QStringLiteral("João Pereira");
        QTest::addRow("de_jurgen") << QStringLiteral("Jürgen Schmidt");
    }
    void isFirstName_manyOrigins_isKnown()
    {
        QFETCH(QString, fullName);
        const QString firstWord = fullName.section(QLatin1Char(' '), 0, 0);
        QVERIFY2(Lexicon::instance().isFirstName(foldForMatching(firstWord)), qPrintable(foldForMatching(firstWord)));
        // And so through the reader the extractor uses.
        const auto parsed = PersonName::parse(fullName);
        QVERIFY2(parsed.has_value(), qPrintable(fullName));
        QVERIFY2(parsed->knownFirstName, qPrintable(fullName));
    }

    // Words a letter capitalises at the start of a line (particles, titles, months, streets, places,
    // offices, closings) are not first names, even where some locale lists them.
    void isFirstName_everydayWord_isNotKnown_data()
    {
        QTest::addColumn<QString>("word");
        for (const char* w : { "de", "du", "le", "la", "les", "the", "of", "van", "al", "el", "ben", "madame",
                 "monsieur", "sir", "lady", "dear", "cher", "yours", "cordialement", "rue", "avenue", "place", "street",
                 "calais", "paris", "france", "préfecture", "mairie", "association", "collectif", "objet", "page",
                 "mission", "copie", "mai", "juin", "avril", "june", "august", "hope", "love", "will", "may", "bien",
                 "merci", "union", "justice", "police", "ministre", "président", "saint", "grande", "nord" })
            QTest::addRow("%s", w) << QString::fromUtf8(w);
    }
    void isFirstName_everydayWord_isNotKnown()
    {
        QFETCH(QString, word);
        QVERIFY2(!Lexicon::instance().isFirstName(foldForMatching(word)), qPrintable(word));
        QVERIFY(!Lexicon::instance().firstNames().contains(foldForMatching(word)));
    }

    // A hyphenated or spaced compound is known by its first part, as PersonName looks it up.
    void isFirstName_compound_looksAtFirstPart_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<bool>("known");
        QTest::addRow("jeanPierre") << QStringLiteral("Jean-Pierre") << true;
        QTest::addRow("marieClaire_capitals") << QStringLiteral("MARIE-CLAIRE") << true;
        QTest::addRow("spaced") << QStringLiteral("Quang Huy") << true;
        QTest::addRow("particleFirst") << QStringLiteral("de Jean") << false;
        QTest::addRow("streetFirst") << QStringLiteral("Rue Pierre") << false;
        QTest::addRow("empty") << QString() << false;
    }
    void isFirstName_compound_looksAtFirstPart()
    {
        QFETCH(QString, written);
        QFETCH(bool, known);
        QCOMPARE(Lexicon::instance().isFirstName(foldForMatching(written)), known);
    }

    // The generator folds as the app does: every entry is its own foldForMatching(), one word.
    void firstNames_everyEntry_isFoldedOneWord()
    {
        const QSet<QString>& names = Lexicon::instance().firstNames();
        QVERIFY2(names.size() > 10000, qPrintable(QString::number(names.size())));
        for (const QString& n : names) {
            QVERIFY2(n.size() >= 2, qPrintable(n));
            QCOMPARE(foldForMatching(n), n);
        }
    }

    // The embedded file is read once: every thread, every call, gets the same set.
    void firstNames_concurrentFirstUse_readOnce()
    {
        const QList<int> calls(64, 0);
        const QList<quintptr> seen = QtConcurrent::blockingMapped(calls, [](int) {
            const bool known = Lexicon::instance().isFirstName(QStringLiteral("ousmane"));
            return known ? reinterpret_cast<quintptr>(&Lexicon::instance().firstNames()) : quintptr(0);
        });
        const auto* const set = &Lexicon::instance().firstNames();
        for (const quintptr p : seen)
            QCOMPARE(p, reinterpret_cast<quintptr>(set));
        QCOMPARE(&Lexicon::instance().firstNames(), set);
    }

    // The list ships with its source's licence, and says where it came from.
    void firstNames_file_namesSourceAndLicence()
    {
        QFile file(QStringLiteral(":/littoral/extract/firstnames.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray head = file.read(2000);
        QVERIFY(head.contains("github.com/joke2k/faker"));
        QVERIFY(head.contains("Licence: MIT"));
        QVERIFY(head.contains("tools/make-firstnames.py"));
        QCOMPARE(file.readAll().count('\n') + head.count('\n') - head.count("\n#") - 1,
                 Lexicon::instance().firstNames().size());
    }
};

QTEST_GUILESS_MAIN(TestLexicon)
#include "tst_lexicon.moc"
