// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/correspondentkey.h"

#include <QTest>

using namespace littoral::core;

namespace {

// The definition foldForMatching implements: the whole text decomposed, marks dropped, letters and
// digits case-folded, every other run turned into one space.
QString foldWholeText(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            if (pendingSpace && !out.isEmpty())
                out += QLatin1Char(' ');
            pendingSpace = false;
            out += c.toCaseFolded();
        } else {
            pendingSpace = true;
        }
    }
    return out;
}

} // namespace

class TestCorrespondentKey final : public QObject {
    Q_OBJECT
private slots:
    void foldForMatching_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::addRow("accentsAndApostrophe") << QStringLiteral("Préfète  d'Île") << QStringLiteral("prefete d ile");
        QTest::addRow("capitals") << QStringLiteral("Natacha BOUCHART") << QStringLiteral("natacha bouchart");
        QTest::addRow("punctuationRuns") << QStringLiteral("  « Calais », 2016 — Jungle !") << QStringLiteral("calais 2016 jungle");
        QTest::addRow("combiningAcuteAfterAscii") << QStringLiteral("Cafe\u0301 de\u0301ja\u0300") << QStringLiteral("cafe deja");
        QTest::addRow("ligatureFi") << QStringLiteral("\uFB01nancement") << QStringLiteral("financement");
        QTest::addRow("superscriptOrdinal") << QStringLiteral("1\u1D49\u02B3 mars") << QStringLiteral("1er mars");
        QTest::addRow("fullwidth") << QStringLiteral("\uFF23\uFF21\uFF2C\uFF21\uFF29\uFF33") << QStringLiteral("calais");
        QTest::addRow("greek") << QStringLiteral("Ελλάδα") << QStringLiteral("ελλαδα");
        QTest::addRow("curlyApostrophe") << QStringLiteral("l’Intérieur") << QStringLiteral("l interieur");
        QTest::addRow("noBreakSpace") << QStringLiteral("M.\u00A0Dupont") << QStringLiteral("m dupont");
        QTest::addRow("empty") << QString() << QString();
    }
    void foldForMatching()
    {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QCOMPARE(littoral::core::foldForMatching(text), folded);
        QCOMPARE(littoral::core::foldForMatching(text), foldWholeText(text));
    }

    // Folding ASCII directly and normalising only the runs between must give what normalising the
    // whole text gives, whatever mixes of scripts, marks and compatibility characters come in.
    void foldForMatching_isWholeTextNormalization_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("frenchLetter") << QStringLiteral(
            "Calais, le 3 mars 2016\n\nMonsieur le Préfet,\n\nNous vous écrivons au sujet de la lande. "
            "Veuillez agréer, Monsieur le Préfet, l’expression de nos salutations distinguées.\n\nJean-Édouard Dupont\n");
        QTest::addRow("markAfterNonAscii") << QStringLiteral("Å\u030A ǅ ﬀ ½ № ㎑ ℃ Ⅻ");
        QTest::addRow("hangulAndCjk") << QStringLiteral("서울 2016 東京 Calais");
        QTest::addRow("surrogatePairs") << QStringLiteral("𝐂𝐚𝐥𝐚𝐢𝐬 😀 calais");
        QTest::addRow("reorderedMarks") << QStringLiteral("a\u0323\u0302 o\u0302\u0323 x\u0301\u0316");
        QTest::addRow("germanAndTurkish") << QStringLiteral("Straße İstanbul ıi ǈ");
    }
    void foldForMatching_isWholeTextNormalization()
    {
        QFETCH(QString, text);
        QCOMPARE(littoral::core::foldForMatching(text), foldWholeText(text));
    }

    void correspondentKey_data()
    {
        QTest::addColumn<bool>("person");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("key");
        QTest::addRow("person_courtesyAndOrder") << true << QStringLiteral("M. Jean DUPONT") << QStringLiteral("p:dupont jean");
        QTest::addRow("person_surnameFirst") << true << QStringLiteral("Dupont Jean") << QStringLiteral("p:dupont jean");
        QTest::addRow("organization_article") << false << QStringLiteral("La Cimade") << QStringLiteral("o:cimade");
        QTest::addRow("organization_accents") << false << QStringLiteral("Préfecture du Pas-de-Calais")
                                              << QStringLiteral("o:prefecture du pas de calais");
    }
    void correspondentKey()
    {
        QFETCH(bool, person);
        QFETCH(QString, name);
        QFETCH(QString, key);
        QCOMPARE(littoral::core::correspondentKey(person ? CorrespondentKind::Person : CorrespondentKind::Organization, name), key);
    }
};

QTEST_GUILESS_MAIN(TestCorrespondentKey)
#include "tst_correspondentkey.moc"
