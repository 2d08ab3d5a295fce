// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/textcleaner.h"

#include "core/extract/textdecoder.h"

#include "support/cputime.h"
#include "support/testpaths.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace littoral::core;

namespace {

QString withNul(const QString& before, const QString& after)
{
    return before + QChar(0) + after;
}

QStringList sampleCorpus()
{
    const QDir dir(QStringLiteral(LITTORAL_SAMPLE_CORPUS_DIR));
    QStringList texts;
    const QStringList names = dir.entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            texts.append(QString::fromUtf8(file.readAll()));
    }
    return texts;
}

bool hasLetter(QStringView line)
{
    return std::any_of(line.begin(), line.end(), [](QChar c) { return c.isLetter(); });
}

} // namespace

class TestTextCleaner final : public QObject {
    Q_OBJECT
private slots:
    void clean_characters_areNormalised_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::addRow("crlf_toLf") << QStringLiteral("a\r\nb\r\n") << QStringLiteral("a\nb\n");
        QTest::addRow("loneCr_toLf") << QStringLiteral("a\rb\r") << QStringLiteral("a\nb\n");
        QTest::addRow("crCrLf_twoLines") << QStringLiteral("a\r\r\nb") << QStringLiteral("a\n\nb");
        QTest::addRow("nul_removed") << withNul(QStringLiteral("Bon"), QStringLiteral("jour"))
                                     << QStringLiteral("Bonjour");
        QTest::addRow("formFeed_pageBreak")
            << QStringLiteral("page one\fpage two") << QStringLiteral("page one\n\npage two");
        QTest::addRow("c0Controls_removed") << QStringLiteral("a\x01"
                                                              "b\x1B"
                                                              "c\x7F"
                                                              "d")
                                            << QStringLiteral("abcd");
        QTest::addRow("c1Controls_removed") << QStringLiteral(u"a\u0080b\u009Fc") << QStringLiteral("abc");
        QTest::addRow("tab_kept") << QStringLiteral("Nom\tPrénom\n") << QStringLiteral("Nom\tPrénom\n");
        QTest::addRow("verticalTab_lineBreak")
            << QStringLiteral("Jean Dupont\vMaire") << QStringLiteral("Jean Dupont\nMaire");
        QTest::addRow("nbsp_toSpace")
            << QStringLiteral(u"Gérald\u00A0Darmanin") << QStringLiteral(u"Gérald Darmanin");
        QTest::addRow("narrowNbsp_toSpace")
            << QStringLiteral(u"« jungle\u202F»") << QStringLiteral(u"« jungle »");
        QTest::addRow("zeroWidthSpace_removed")
            << QStringLiteral(u"Cal\u200Bais") << QStringLiteral("Calais");
        QTest::addRow("bomInsideText_removed")
            << QStringLiteral(u"\uFEFFLettre\uFEFF ouverte") << QStringLiteral("Lettre ouverte");
        QTest::addRow("zwj_kept") << QStringLiteral(u"می\u200Cخواهم") << QStringLiteral(u"می\u200Cخواهم");
        QTest::addRow("nfc_composes") << QStringLiteral(u"Pre\u0301fet") << QStringLiteral(u"Préfet");
        QTest::addRow("nfc_composesAfterRemovedZeroWidth")
            << QStringLiteral(u"e\u200B\u0301") << QStringLiteral(u"é");
        QTest::addRow("ligature_ff") << QStringLiteral(u"e\uFB00ort") << QStringLiteral("effort");
        QTest::addRow("ligature_fi") << QStringLiteral(u"\uFB01nancement") << QStringLiteral("financement");
        QTest::addRow("ligature_fl") << QStringLiteral(u"\uFB02ux") << QStringLiteral("flux");
        QTest::addRow("ligature_ffi") << QStringLiteral(u"o\uFB03ce") << QStringLiteral("office");
        QTest::addRow("ligature_ffl") << QStringLiteral(u"a\uFB04ux") << QStringLiteral("afflux");
        QTest::addRow("ligature_longSt") << QStringLiteral(u"ju\uFB05e") << QStringLiteral("juste");
        QTest::addRow("ligature_st") << QStringLiteral(u"ju\uFB06ice") << QStringLiteral("justice");
        QTest::addRow("oe_isALetterNotALigature")
            << QStringLiteral(u"cœur, Œuvre, sœur") << QStringLiteral(u"cœur, Œuvre, sœur");
        QTest::addRow("markdown_andTrailingSpaces_kept")
            << QStringLiteral("**Camille BLANC,  \nPrésidente**  \n*Calais*")
            << QStringLiteral("**Camille BLANC,  \nPrésidente**  \n*Calais*");
        QTest::addRow("blankLines_andIndent_kept")
            << QStringLiteral("\n\n\n   Monsieur,\n\n\n\n  - point\n \n")
            << QStringLiteral("\n\n\n   Monsieur,\n\n\n\n  - point\n \n");
    }
    void clean_characters_areNormalised()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(TextCleaner::clean(input), expected);
    }

    void clean_lineEndHyphen_isJoinedWhenSafe_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::addRow("lowercase_dropsHyphen") << QStringLiteral("une dimension interna-\ntionale.")
                                               << QStringLiteral("une dimension internationale.");
        QTest::addRow("capitalisedFragment_dropsHyphen")
            << QStringLiteral("Interna-\ntional law") << QStringLiteral("International law");
        QTest::addRow("accentedFragment_dropsHyphen")
            << QStringLiteral(u"les réfu-\ngiés") << QStringLiteral(u"les réfugiés");
        QTest::addRow("afterApostrophe_dropsHyphen")
            << QStringLiteral(u"l'interna-\ntionale") << QStringLiteral(u"l'internationale");
        QTest::addRow("uppercaseContinuation_keepsHyphen")
            << QStringLiteral("le Pas-de-\nCalais") << QStringLiteral("le Pas-de-Calais");
        QTest::addRow("firstName_keepsHyphen")
            << QStringLiteral("Jean-\nMarie Le Pen") << QStringLiteral("Jean-Marie Le Pen");
        QTest::addRow("compoundLowercase_keepsHyphen")
            << QStringLiteral(u"c'est-à-\ndire") << QStringLiteral(u"c'est-à-dire");
        QTest::addRow("continuationHyphenated_keepsHyphen")
            << QStringLiteral(u"vis-\nà-vis") << QStringLiteral(u"vis-à-vis");
        QTest::addRow("knownPrefix_keepsHyphen")
            << QStringLiteral(u"le sous-\npréfet") << QStringLiteral(u"le sous-préfet");
        QTest::addRow("sansPapiers_keepsHyphen")
            << QStringLiteral("les sans-\npapiers") << QStringLiteral("les sans-papiers");
        QTest::addRow("enclitic_keepsHyphen")
            << QStringLiteral("a-t-il dit-\nil") << QStringLiteral("a-t-il dit-il");
        QTest::addRow("enclitic_ci") << QStringLiteral("celui-\nci") << QStringLiteral("celui-ci");
        QTest::addRow("allCaps_keepsHyphen")
            << QStringLiteral(u"FRAN-\nÇAISE") << QStringLiteral(u"FRAN-ÇAISE");
        QTest::addRow("softHyphen_removed")
            << QStringLiteral(u"interna\u00AD\ntional") << QStringLiteral("international");
        QTest::addRow("unicodeHyphen_dropped")
            << QStringLiteral(u"interna\u2010\ntional") << QStringLiteral("international");
        QTest::addRow("crlf_joinedToo")
            << QStringLiteral("interna-\r\ntional") << QStringLiteral("international");
        QTest::addRow("chain") << QStringLiteral("anti-consti-\ntution-\nnellement")
                               << QStringLiteral("anti-consti-tution-nellement");
        QTest::addRow("blankLine_neverJoined") << QStringLiteral("the President and Vice-\n\nPresidents")
                                               << QStringLiteral("the President and Vice-\n\nPresidents");
        QTest::addRow("lowercaseAcrossBlankLine_neverJoined")
            << QStringLiteral("interna-\n\ntional") << QStringLiteral("interna-\n\ntional");
        QTest::addRow("pageBreak_neverJoined")
            << QStringLiteral("interna-\ftional") << QStringLiteral("interna-\n\ntional");
        QTest::addRow("digits_notJoined") << QStringLiteral("2014-\n2020") << QStringLiteral("2014-\n2020");
        QTest::addRow("spacedDash_notJoined")
            << QStringLiteral("Calais -\nDunkerque") << QStringLiteral("Calais -\nDunkerque");
        QTest::addRow("listItem_notJoined")
            << QStringLiteral("Signataires :-\n- Amnesty") << QStringLiteral("Signataires :-\n- Amnesty");
        QTest::addRow("indentedContinuation_notJoined")
            << QStringLiteral("interna-\n  tional") << QStringLiteral("interna-\n  tional");
        QTest::addRow("trailingSpace_notJoined")
            << QStringLiteral("interna- \ntional") << QStringLiteral("interna- \ntional");
        QTest::addRow("emDash_notJoined")
            << QStringLiteral(u"Calais—\nla jungle") << QStringLiteral(u"Calais—\nla jungle");
    }
    void clean_lineEndHyphen_isJoinedWhenSafe()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(TextCleaner::clean(input), expected);
    }

    void clean_pageNumbersAtPageBoundary_areRemoved_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::addRow("bare") << QStringLiteral("fin de page\n12\n\fsuite")
                              << QStringLiteral("fin de page\n\n\nsuite");
        QTest::addRow("dashed") << QStringLiteral("fin de page\n- 12 -\n\fsuite")
                                << QStringLiteral("fin de page\n\n\nsuite");
        QTest::addRow("enDashed") << QStringLiteral(u"fin de page\n– 12 –\n\fsuite")
                                  << QStringLiteral("fin de page\n\n\nsuite");
        QTest::addRow("page") << QStringLiteral("fin de page\nPage 12\n\fsuite")
                              << QStringLiteral("fin de page\n\n\nsuite");
        QTest::addRow("pageSur") << QStringLiteral("fin de page\nPage 12 sur 30\n\fsuite")
                                 << QStringLiteral("fin de page\n\n\nsuite");
        QTest::addRow("pageOf") << QStringLiteral("end of page\npage 12 of 30\n\fnext")
                                << QStringLiteral("end of page\n\n\nnext");
        QTest::addRow("slash") << QStringLiteral("fin de page\n12/30\n\fsuite")
                               << QStringLiteral("fin de page\n\n\nsuite");
        QTest::addRow("pDot") << QStringLiteral("fin de page\np. 12\n\fsuite")
                              << QStringLiteral("fin de page\n\n\nsuite");
        QTest::addRow("indentedWithBlankLines") << QStringLiteral("fin de page\n\n        12\n\n\fsuite")
                                                << QStringLiteral("fin de page\n\n\n\n\nsuite");
        QTest::addRow("afterFormFeed")
            << QStringLiteral("fin de page\f12\nsuite") << QStringLiteral("fin de page\n\nsuite");
        QTest::addRow("bothSides") << QStringLiteral("un\n1\f2\ndeux\n") << QStringLiteral("un\n\ndeux\n");
        QTest::addRow("pdftotextStyle_lastPageToo") << QStringLiteral("un\n1\n\fdeux\n2\n\ftrois\n3\n\f")
                                                    << QStringLiteral("un\n\n\ndeux\n\n\ntrois\n\n\n");
        QTest::addRow("numberedDocument_firstAndLastToo") << QStringLiteral(
            "1\nun\n\f2\ndeux\n\f3\ntrois\n4\n") << QStringLiteral("un\n\n\ndeux\n\n\ntrois\n");
        // "Page N sur M" names itself: the last of two pages, and the one page of a one-page PDF.
        QTest::addRow("twoPages_lastSaysItsNumber") << QStringLiteral("un\nPage 1 sur 2\fdeux\nPage 2 sur 2")
                                                    << QStringLiteral("un\n\ndeux");
        QTest::addRow("onePage_noFormFeed") << QStringLiteral("Lettre\nSignature\n\n      Page 1 sur 1\n")
                                            << QStringLiteral("Lettre\nSignature\n\n");
        QTest::addRow("onePage_of") << QStringLiteral("Letter\nPage 1 of 1") << QStringLiteral("Letter");
    }
    void clean_pageNumbersAtPageBoundary_areRemoved()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(TextCleaner::clean(input), expected);
    }

    void clean_numbersInsideText_areKept_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::addRow("yearLine_noPageBreak")
            << QStringLiteral("Depuis\n2002\nla situation") << QStringLiteral("Depuis\n2002\nla situation");
        QTest::addRow("yearLine_midPage") << QStringLiteral("un\nDepuis\n2002\nla situation\fdeux")
                                          << QStringLiteral("un\nDepuis\n2002\nla situation\n\ndeux");
        QTest::addRow("numberAtDocumentEnd_noPageBreak")
            << QStringLiteral("Fait à Calais\n12\n") << QStringLiteral(u"Fait à Calais\n12\n");
        // Only "1 of 1" numbers a lone page: "Page 2 sur 3" ending a text is an excerpt's, kept.
        QTest::addRow("pageTwoOfThree_noPageBreak")
            << QStringLiteral("Lettre\nPage 2 sur 3") << QStringLiteral("Lettre\nPage 2 sur 3");
        QTest::addRow("wrongCount_atLastPage")
            << QStringLiteral("un\fdeux\nPage 2 sur 3") << QStringLiteral("un\n\ndeux\nPage 2 sur 3");
        QTest::addRow("numberAtDocumentStart_singleBreak")
            << QStringLiteral("12\nLettre\fsuite\n") << QStringLiteral("12\nLettre\n\nsuite\n");
        QTest::addRow("dateAtBoundary_isNotAPageNumber")
            << QStringLiteral("un\n12/03/2016\n\fdeux") << QStringLiteral("un\n12/03/2016\n\n\ndeux");
        QTest::addRow("numberedListAtBoundary") << QStringLiteral("un\n12. Proposition\n\fdeux")
                                                << QStringLiteral("un\n12. Proposition\n\n\ndeux");
        QTest::addRow("yearRightAfterPageNumber")
            << QStringLiteral("un\f12\n2002\nfut une année") << QStringLiteral(u"un\n\n2002\nfut une année");
        QTest::addRow("longNumber") << QStringLiteral("un\n123456\n\fdeux")
                                    << QStringLiteral("un\n123456\n\n\ndeux");
    }
    void clean_numbersInsideText_areKept()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(TextCleaner::clean(input), expected);
    }

    void clean_repeatedHeaderOnThreePages_isKeptOnlyAsTheFirstPageLetterhead()
    {
        const QString input = QStringLiteral(u"Ministère de l'Intérieur\nPremière page.\n\f"
                                             u"  Ministère de l'Intérieur  \nDeuxième page.\n\f"
                                             u"Ministère de l'Intérieur\nTroisième page.\n");
        QCOMPARE(TextCleaner::clean(input),
            QStringLiteral(u"Ministère de l'Intérieur\nPremière page.\n\n\nDeuxième page.\n\n\nTroisième page.\n"));
    }

    void clean_repeatedFooterWithPageNumber_isRemovedFromEachPage()
    {
        const QString input = QStringLiteral(u"Texte un.\nRapport 2016 — page 1\f"
                                             u"Texte deux.\nRapport 2016 — page 2\f"
                                             u"Texte trois.\nRapport 2016 — page 3\f");
        QCOMPARE(TextCleaner::clean(input), QStringLiteral(u"Texte un.\n\nTexte deux.\n\nTexte trois.\n\n"));
    }

    void clean_twoLineHeaderAndPageNumbers_stayOnlyAsFirstPageLetterhead()
    {
        const QString input = QStringLiteral(u"PRÉFECTURE DU PAS-DE-CALAIS\nCabinet\n1\nUn.\n\f"
                                             u"PRÉFECTURE DU PAS-DE-CALAIS\nCabinet\n2\nDeux.\n\f"
                                             u"PRÉFECTURE DU PAS-DE-CALAIS\nCabinet\n3\nTrois.\n");
        QCOMPARE(TextCleaner::clean(input), QStringLiteral(u"PRÉFECTURE DU PAS-DE-CALAIS\nCabinet\nUn.\n\n\nDeux.\n\n\nTrois.\n"));
    }

    void clean_headerOnOnlyTwoPages_isKept()
    {
        const QString input = QStringLiteral(u"Ministère\nUn.\n\fMinistère\nDeux.\n\fAutre\nTrois.\n");
        QCOMPARE(TextCleaner::clean(input),
            QStringLiteral(u"Ministère\nUn.\n\n\nMinistère\nDeux.\n\n\nAutre\nTrois.\n"));
    }

    void clean_repeatedLineWithoutPageBreaks_isKept()
    {
        const QString input = QStringLiteral("Calais\nUn.\n\nCalais\nDeux.\n\nCalais\nTrois.\n");
        QCOMPARE(TextCleaner::clean(input), input);
    }

    void clean_rareRepeatedFirstLineInLongDocument_isKept()
    {
        // "Article N" opens 3 of 20 pages: a recurring heading, not a running header.
        QString input;
        for (int page = 1; page <= 20; ++page) {
            if (page > 1)
                input += QLatin1Char('\f');
            input += (page % 6 == 0 ? QStringLiteral("Article %1\n").arg(page)
                                    : QStringLiteral("Texte %1 ").arg(QChar(u'a' + page)))
                + QStringLiteral("corps de la page.\n");
        }
        const QString cleaned = TextCleaner::clean(input);
        QVERIFY(cleaned.contains(QStringLiteral("Article 6\n")));
        QVERIFY(cleaned.contains(QStringLiteral("Article 12\n")));
        QVERIFY(cleaned.contains(QStringLiteral("Article 18\n")));
    }

    void clean_isIdempotent_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addRow("messy") << QStringLiteral(
            u"\uFEFFMinistère\r\nPage 1 sur 3\r\n\fMinistère\r\nun interna-\r\ntional "
            u"\uFB01nancement\u00A0!\r\n\fMinistère\r\nle Pas-de-\nCalais\n2\n\f"
            u"e\u0301\u200B-\nvite\x01\n\n\n");
        QTest::addRow("hyphenChain") << QStringLiteral("a-\nb-\nc-\nD-\ne\n-\nf");
        QTest::addRow("pageNumbersEverywhere") << QStringLiteral("1\n\f2\n\f3\n\f4\n\f5");
        QTest::addRow("softHyphenLines") << QStringLiteral(u"a\u00AD\n\u00AD\nb");
        for (const QString& sample : sampleCorpus())
            QTest::addRow("corpus_%d", int(sample.size())) << sample;
    }
    void clean_isIdempotent()
    {
        QFETCH(QString, input);
        const QString once = TextCleaner::clean(input);
        QCOMPARE(TextCleaner::clean(once), once);
    }

    void clean_randomMixturesOfTrickyPieces_areIdempotent()
    {
        const QStringList pieces = { QStringLiteral("a"), QStringLiteral(u"é"), QStringLiteral("Z"),
            QStringLiteral("-"), QStringLiteral(u"\u00AD"), QStringLiteral("\n"), QStringLiteral("\n"),
            QStringLiteral("\r"), QStringLiteral("\f"), QStringLiteral(" "), QStringLiteral("\t"),
            QStringLiteral("12"), QStringLiteral("Page 4"), QStringLiteral("- 5 -"), QStringLiteral("2002"),
            QStringLiteral("Header"), QStringLiteral(u"\u00A0"), QStringLiteral(u"\u200B"),
            QStringLiteral(u"\uFB01"), QStringLiteral(u"e\u0301"), QStringLiteral(u"\u0301"),
            QStringLiteral("ci"), QStringLiteral("sous"), QStringLiteral("\x01"), QString(QChar(0)),
            QStringLiteral(u"\u2029"), QStringLiteral(u"Ça"), QStringLiteral("/"), QStringLiteral("sur") };
        QRandomGenerator random(20161024);
        for (int round = 0; round < 5000; ++round) {
            QString input;
            const int count = random.bounded(1, 40);
            for (int i = 0; i < count; ++i)
                input += pieces[random.bounded(pieces.size())];
            const QString once = TextCleaner::clean(input);
            QCOMPARE(TextCleaner::clean(once), once);
            QVERIFY(!once.contains(QLatin1Char('\r')));
            QVERIFY(!once.contains(QLatin1Char('\f')));
            QVERIFY(!once.contains(QChar(0)));
        }
    }

    void clean_sampleCorpus_keepsEveryLineWithLetters()
    {
        const QStringList samples = sampleCorpus();
        QCOMPARE(samples.size(), 5);
        for (const QString& sample : samples) {
            const QString cleaned = TextCleaner::clean(sample);
            const QStringList before = sample.split(QLatin1Char('\n'));
            const QStringList after = cleaned.split(QLatin1Char('\n'));
            QCOMPARE(after.size(), before.size());
            for (qsizetype i = 0; i < before.size(); ++i) {
                if (!hasLetter(before[i]))
                    continue;
                QString expected = before[i];
                expected.replace(QChar(0x00A0), QLatin1Char(' '));
                QCOMPARE(after[i], expected);
            }
            QVERIFY(cleaned.size() == sample.size());
        }
    }

    void clean_decodedCp1252Letter_endToEnd()
    {
        const auto decoded
            = TextDecoder::decode(QByteArrayLiteral("Monsieur le Pr\xE9"
                                                    "fet,\r\n\r\nNous d\xE9"
                                                    "non\xE7ons l\x92in-\r\nacceptable\x85\r\n"));
        QVERIFY(decoded);
        QCOMPARE(decoded->encoding, QStringLiteral("windows-1252"));
        QCOMPARE(TextCleaner::clean(decoded->text),
            QStringLiteral(u"Monsieur le Préfet,\n\nNous dénonçons l’inacceptable…\n"));
    }

    // Linear in the size: four times the text costs about four times the CPU, not sixteen. Timed
    // against itself, not against a limit (the bench times cleaning on real corpora).
    void clean_fourTimesTheText_costsAboutFourTimesAsMuch()
    {
        const QString letter = QStringLiteral(u"Monsieur le Préfet,\r\nJe vous écris au sujet de la « jungle » "
                                              u"de Calais et de son déman-\r\ntèlement.\r\n");
        const QString small = letter.repeated(4000); // about 400 KB, beyond the caches as the larger one is
        const QString large = small.repeated(4);
        QString cleaned;
        const qint64 once = littoral::test::threadCpuNanoseconds([&] { cleaned = TextCleaner::clean(small); });
        const QString one = TextCleaner::clean(letter);
        QVERIFY(one.contains(QStringLiteral(u"démantèlement")));
        QCOMPARE(cleaned.count(QStringLiteral(u"démantèlement")), 4000);
        const qint64 fourfold = littoral::test::threadCpuNanoseconds([&] { cleaned = TextCleaner::clean(large); });
        QCOMPARE(cleaned.count(QStringLiteral(u"démantèlement")), 16000);
        qInfo("clean: %lld us for 400 KB, %lld us for 1.6 MB", once / 1000, fourfold / 1000);
        QVERIFY2(fourfold < 8 * std::max<qint64>(once, 1), qPrintable(QStringLiteral("%1 ns, then %2 ns").arg(once).arg(fourfold)));
    }
};

QTEST_GUILESS_MAIN(TestTextCleaner)
#include "tst_textcleaner.moc"
