// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/matchfinder.h"

#include <QTest>

using namespace littoral::core;

class TestMatchFinder final : public QObject {
    Q_OBJECT
private slots:
    void terms_readWhatAPersonTyped_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("terms");
        QTest::addRow("one_word") << "prefet" << QStringList { QStringLiteral("prefet") };
        QTest::addRow("phrase") << "\"jungle de Calais\" maire" << QStringList { QStringLiteral("jungle de Calais"), QStringLiteral("maire") };
        QTest::addRow("operators_and_exclusion") << "prefet OR maire -calais" << QStringList { QStringLiteral("prefet"), QStringLiteral("maire") };
        QTest::addRow("prefix") << "migra*" << QStringList { QStringLiteral("migra*") };
        QTest::addRow("unbalanced_quote") << "\"jungle" << QStringList { QStringLiteral("jungle") };
        QTest::addRow("empty") << "   " << QStringList {};
    }
    void terms_readWhatAPersonTyped()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, terms);
        QCOMPARE(MatchFinder::terms(query), terms);
    }

    void find_ignoresCaseAndAccents_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("found"); // the matched substrings of the original text
        QTest::addRow("plain_finds_accented") << "présidé par le Préfet de Zone" << "prefet" << QStringList { QStringLiteral("Préfet") };
        QTest::addRow("accented_finds_plain") << "le PREFET du Nord" << "Préfet" << QStringList { QStringLiteral("PREFET") };
        QTest::addRow("whole_words_only") << "préfecture et préfet" << "prefet" << QStringList { QStringLiteral("préfet") };
        QTest::addRow("prefix_covers_word") << "les migrants et la migration" << "migra*"
                                            << QStringList { QStringLiteral("migrants"), QStringLiteral("migration") };
        QTest::addRow("phrase_across_apostrophe") << "l’État s’est engagé" << "\"l'etat\"" << QStringList { QStringLiteral("l’État") };
        QTest::addRow("phrase_across_line_break") << "la Jungle de\nCalais" << "\"jungle de calais\""
                                                  << QStringList { QStringLiteral("Jungle de\nCalais") };
        QTest::addRow("ligature_free_offsets") << "Œuvre et œuvre" << "oeuvre" << QStringList {};
        QTest::addRow("two_terms_sorted") << "Calais, le maire de Calais" << "maire calais"
                                          << QStringList { QStringLiteral("Calais"), QStringLiteral("maire"), QStringLiteral("Calais") };
        QTest::addRow("nothing") << "Paris" << "calais" << QStringList {};
    }
    void find_ignoresCaseAndAccents()
    {
        QFETCH(QString, text);
        QFETCH(QString, query);
        QFETCH(QStringList, found);
        QStringList actual;
        for (const MatchFinder::Match& m : MatchFinder::find(text, MatchFinder::terms(query)))
            actual.append(text.mid(m.offset, m.length));
        QCOMPARE(actual, found);
    }
};

QTEST_GUILESS_MAIN(TestMatchFinder)
#include "tst_matchfinder.moc"
