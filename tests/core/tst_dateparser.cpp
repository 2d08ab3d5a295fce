// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/dateparser.h"

#include <QTest>

using namespace littoral::core;

namespace {

// The first date mention in a text, resolved against a document date ("" for none).
struct Resolved {
    QString edtf;
    QString precision;
    QString matched;
    int count = 0;
};

Resolved firstResolved(const QString& text, const QString& documentDate)
{
    const QList<DateMention> mentions = DateParser::findAll(text);
    Resolved r;
    r.count = int(mentions.size());
    if (mentions.isEmpty())
        return r;
    const DateMention& m = mentions.first();
    const PartialDate d = DateParser::resolve(m, PartialDate::fromEdtf(documentDate));
    r.edtf = d.toEdtf();
    r.precision = d.isValid() ? precisionName(d.precision()) : QString();
    r.matched = text.mid(m.start, m.length);
    return r;
}

} // namespace

class TestDateParser final : public QObject {
    Q_OBJECT
private slots:
    void findAll_absoluteForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("edtf");
        QTest::addColumn<QString>("precision");
        QTest::addColumn<QString>("matched"); // must be contained in the matched substring

        QTest::addRow("fr_le_dayMonthYear") << QStringLiteral("Le 7 février 2017") << QStringLiteral("2017-02-07")
                                            << QStringLiteral("day") << QStringLiteral("7 février 2017");
        QTest::addRow("fr_ordinal_1er") << QStringLiteral("Calais, le 1er octobre 2016") << QStringLiteral("2016-10-01")
                                        << QStringLiteral("day") << QStringLiteral("1er octobre 2016");
        QTest::addRow("fr_weekday") << QStringLiteral("Lundi 24 octobre 2016") << QStringLiteral("2016-10-24")
                                    << QStringLiteral("day") << QStringLiteral("Lundi 24 octobre 2016");
        QTest::addRow("fr_noAccent_fevrier") << QStringLiteral("le 3 fevrier 2015") << QStringLiteral("2015-02-03")
                                             << QStringLiteral("day") << QStringLiteral("3 fevrier 2015");
        QTest::addRow("fr_aout") << QStringLiteral("le 15 août 2015") << QStringLiteral("2015-08-15") << QStringLiteral("day")
                                 << QStringLiteral("15 août 2015");
        QTest::addRow("fr_capitals") << QStringLiteral("MARDI 1ER DÉCEMBRE 2015") << QStringLiteral("2015-12-01")
                                     << QStringLiteral("day") << QStringLiteral("1ER DÉCEMBRE 2015");
        QTest::addRow("fr_abbrev_sept") << QStringLiteral("le 3 sept. 2015") << QStringLiteral("2015-09-03")
                                        << QStringLiteral("day") << QStringLiteral("3 sept. 2015");
        QTest::addRow("fr_abbrev_janv") << QStringLiteral("12 janv. 2019") << QStringLiteral("2019-01-12")
                                        << QStringLiteral("day") << QStringLiteral("12 janv. 2019");
        QTest::addRow("numeric_slash") << QStringLiteral("24/10/2016") << QStringLiteral("2016-10-24") << QStringLiteral("day")
                                       << QStringLiteral("24/10/2016");
        QTest::addRow("numeric_dot") << QStringLiteral("24.10.2016") << QStringLiteral("2016-10-24") << QStringLiteral("day")
                                     << QStringLiteral("24.10.2016");
        QTest::addRow("numeric_dash") << QStringLiteral("le 24-10-2016") << QStringLiteral("2016-10-24") << QStringLiteral("day")
                                      << QStringLiteral("24-10-2016");
        QTest::addRow("numeric_twoDigitYear") << QStringLiteral("le 12/03/18") << QStringLiteral("2018-03-12")
                                              << QStringLiteral("day") << QStringLiteral("12/03/18");
        QTest::addRow("numeric_monthFirstWhenDayFirstImpossible")
            << QStringLiteral("10/24/2016") << QStringLiteral("2016-10-24") << QStringLiteral("day") << QStringLiteral("10/24/2016");
        QTest::addRow("numeric_dayFirstByDefault") << QStringLiteral("03/01/2020") << QStringLiteral("2020-01-03")
                                                   << QStringLiteral("day") << QStringLiteral("03/01/2020");
        QTest::addRow("iso") << QStringLiteral("2016-10-24") << QStringLiteral("2016-10-24") << QStringLiteral("day")
                             << QStringLiteral("2016-10-24");
        // The separator test that lets most texts skip the ISO and numeric scans: at the very start and end.
        QTest::addRow("iso_wholeText_hyphenatedWordsBefore") << QStringLiteral("Pas-de-Calais, Grande-Synthe 2016-10-24")
                                                             << QStringLiteral("2016-10-24") << QStringLiteral("day") << QStringLiteral("2016-10-24");
        QTest::addRow("numeric_atTextEnd_twoDigitYear") << QStringLiteral("Calais, le 1/2/16") << QStringLiteral("2016-02-01")
                                                        << QStringLiteral("day") << QStringLiteral("1/2/16");
        QTest::addRow("en_ordinal_of") << QStringLiteral("10th of July 2014") << QStringLiteral("2014-07-10")
                                       << QStringLiteral("day") << QStringLiteral("10th of July 2014");
        QTest::addRow("en_ordinal_brokenSuperscript") << QStringLiteral("2\nnd of July 2014") << QStringLiteral("2014-07-02")
                                                      << QStringLiteral("day") << QStringLiteral("July 2014");
        QTest::addRow("en_dayMonthYear") << QStringLiteral("London, 5 March 2018") << QStringLiteral("2018-03-05")
                                         << QStringLiteral("day") << QStringLiteral("5 March 2018");
        QTest::addRow("en_monthDayOrdinalYear") << QStringLiteral("October 24th, 2016") << QStringLiteral("2016-10-24")
                                                << QStringLiteral("day") << QStringLiteral("October 24th, 2016");
        QTest::addRow("en_abbrevMonthDayYear") << QStringLiteral("Oct. 24, 2016") << QStringLiteral("2016-10-24")
                                               << QStringLiteral("day") << QStringLiteral("Oct. 24, 2016");
        QTest::addRow("en_weekdayMonthDayYear") << QStringLiteral("Monday, October 24, 2016") << QStringLiteral("2016-10-24")
                                                << QStringLiteral("day") << QStringLiteral("October 24, 2016");
        QTest::addRow("fr_monthYear_capital") << QStringLiteral("Octobre 2016") << QStringLiteral("2016-10")
                                              << QStringLiteral("month") << QStringLiteral("Octobre 2016");
        QTest::addRow("fr_monthYear_en") << QStringLiteral("la fermeture de Sangatte en décembre 2002") << QStringLiteral("2002-12")
                                         << QStringLiteral("month") << QStringLiteral("décembre 2002");
        QTest::addRow("en_monthYear") << QStringLiteral("the presidential election in May 2012") << QStringLiteral("2012-05")
                                      << QStringLiteral("month") << QStringLiteral("May 2012");
        QTest::addRow("fr_monthDeYear") << QStringLiteral("en juin de 2015") << QStringLiteral("2015-06") << QStringLiteral("month")
                                        << QStringLiteral("juin de 2015");
        QTest::addRow("bareYear") << QStringLiteral("depuis 2014") << QStringLiteral("2014") << QStringLiteral("year")
                                  << QStringLiteral("2014");
        QTest::addRow("bareYear_anneeX") << QStringLiteral("depuis le début de l'année 2020") << QStringLiteral("2020")
                                         << QStringLiteral("year") << QStringLiteral("2020");
        QTest::addRow("fr_season_printemps") << QStringLiteral("au printemps 2020") << QStringLiteral("2020-21")
                                             << QStringLiteral("season") << QStringLiteral("printemps 2020");
        QTest::addRow("fr_season_ete") << QStringLiteral("pendant l'été 2019") << QStringLiteral("2019-22")
                                       << QStringLiteral("season") << QStringLiteral("été 2019");
        QTest::addRow("fr_season_hiverDe") << QStringLiteral("l'hiver de 2015") << QStringLiteral("2015-24")
                                           << QStringLiteral("season") << QStringLiteral("hiver de 2015");
        QTest::addRow("en_season_autumn") << QStringLiteral("in autumn 2016") << QStringLiteral("2016-23")
                                          << QStringLiteral("season") << QStringLiteral("autumn 2016");
        // Each pattern runs only around the words its form needs: whitespace of any length stays inside.
        QTest::addRow("fr_weekday_longWhitespace")
            << QStringLiteral("Lundi%1 24 octobre%1 2016").arg(QString(100, QLatin1Char(' '))) << QStringLiteral("2016-10-24")
            << QStringLiteral("day") << QStringLiteral("Lundi");
        QTest::addRow("fr_season_determinerTouching") << QStringLiteral("auprintemps 2020") << QStringLiteral("2020-21")
                                                      << QStringLiteral("season") << QStringLiteral("auprintemps 2020");
        QTest::addRow("en_season_summerOf") << QStringLiteral("during the summer of 2016") << QStringLiteral("2016-22")
                                            << QStringLiteral("season") << QStringLiteral("summer of 2016");
    }
    void findAll_absoluteForms()
    {
        QFETCH(QString, text);
        QFETCH(QString, edtf);
        QFETCH(QString, precision);
        QFETCH(QString, matched);
        const Resolved r = firstResolved(text, QString());
        QCOMPARE(r.edtf, edtf);
        QCOMPARE(r.precision, precision);
        QVERIFY2(r.matched.contains(matched), qPrintable(r.matched));
    }

    void resolve_relativeToDocumentDate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("documentDate");
        QTest::addColumn<QString>("edtf");

        QTest::addRow("fr_dayMonth_sameYear") << QStringLiteral("le communiqué publié le 14 juin") << QStringLiteral("2017-06-20")
                                              << QStringLiteral("2017-06-14");
        QTest::addRow("fr_dayMonth_previousYear") << QStringLiteral("la réunion du 14 décembre") << QStringLiteral("2017-06-20")
                                                  << QStringLiteral("2016-12-14");
        QTest::addRow("fr_dayMonth_sameDay") << QStringLiteral("ce 20 juin") << QStringLiteral("2017-06-20")
                                             << QStringLiteral("2017-06-20");
        QTest::addRow("en_dayMonth") << QStringLiteral("went to London on 10 October") << QStringLiteral("2016-10-11")
                                     << QStringLiteral("2016-10-10");
        QTest::addRow("fr_dayMonth_1er") << QStringLiteral("depuis le 1er mars") << QStringLiteral("2018-04-02")
                                         << QStringLiteral("2018-03-01");
        QTest::addRow("fr_automneDernier_inFebruary") << QStringLiteral("à l'automne dernier") << QStringLiteral("2017-02-07")
                                                      << QStringLiteral("2016-23");
        QTest::addRow("fr_automneDernier_inNovember") << QStringLiteral("à l'automne dernier") << QStringLiteral("2016-11-15")
                                                      << QStringLiteral("2015-23");
        QTest::addRow("fr_cetEte_inNovember") << QStringLiteral("inauguré cet été") << QStringLiteral("2020-11-09")
                                              << QStringLiteral("2020-22");
        QTest::addRow("en_lastSummer_inOctober") << QStringLiteral("since last summer") << QStringLiteral("2016-10-11")
                                                 << QStringLiteral("2016-22");
        QTest::addRow("fr_depuisLeMoisDeJuillet") << QStringLiteral("supplémentaires depuis le mois de juillet")
                                                  << QStringLiteral("2020-11-09") << QStringLiteral("2020-07");
        QTest::addRow("fr_depuisJuillet_previousYear") << QStringLiteral("depuis juillet") << QStringLiteral("2021-03-01")
                                                       << QStringLiteral("2020-07");
        QTest::addRow("fr_enMars") << QStringLiteral("en mars") << QStringLiteral("2016-05-02") << QStringLiteral("2016-03");
        QTest::addRow("en_sinceJuly") << QStringLiteral("since July") << QStringLiteral("2019-09-30") << QStringLiteral("2019-07");
        QTest::addRow("fr_anneeDerniere") << QStringLiteral("l'année dernière") << QStringLiteral("2017-02-07")
                                          << QStringLiteral("2016");
        QTest::addRow("fr_anDernier_apostropheTypographique") << QStringLiteral(u"l’an dernier") << QStringLiteral("2019-05-01")
                                                              << QStringLiteral("2018");
        QTest::addRow("en_lastYear") << QStringLiteral("last year") << QStringLiteral("2015-08-01") << QStringLiteral("2014");
        QTest::addRow("fr_cetteAnnee") << QStringLiteral("cette année") << QStringLiteral("2015-08-01") << QStringLiteral("2015");
        QTest::addRow("fr_hier") << QStringLiteral("hier") << QStringLiteral("2016-03-01") << QStringLiteral("2016-02-29");
        QTest::addRow("absolute_unaffected") << QStringLiteral("le 3 mars 2012") << QStringLiteral("2017-06-20")
                                             << QStringLiteral("2012-03-03");
        QTest::addRow("dayMonth_noDocumentDate_dropped") << QStringLiteral("le 14 juin") << QString() << QString();
        QTest::addRow("season_noDocumentDate_dropped") << QStringLiteral("l'automne dernier") << QString() << QString();
    }
    void resolve_relativeToDocumentDate()
    {
        QFETCH(QString, text);
        QFETCH(QString, documentDate);
        QFETCH(QString, edtf);
        const Resolved r = firstResolved(text, documentDate);
        QVERIFY2(r.count >= 1, "no date mention found");
        QCOMPARE(r.edtf, edtf);
    }

    // Numbers that are not dates: phone numbers, amounts, counts, postcodes, times, law numbers.
    void findAll_nonDates_areIgnored_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("phone_dotted") << QStringLiteral("Tél. : 03.21.46.62.32");
        QTest::addRow("phone_spaced") << QStringLiteral("Tél: 01 64 57 84 46");
        QTest::addRow("phone_plain") << QStringLiteral("Fax 0321462005");
        QTest::addRow("amount_millions") << QStringLiteral("l'État dépense 3,6 millions d'euros par an");
        QTest::addRow("count_thinSpace") << QStringLiteral("portant à 2 217 personnes le nombre");
        QTest::addRow("count_thousands") << QStringLiteral("1 450 repas par jour aux 750 migrants");
        QTest::addRow("count_commaThousands") << QStringLiteral("6,700 asylum applications");
        QTest::addRow("postcode") << QStringLiteral("91000 EVRY");
        QTest::addRow("postcode_cedex") << QStringLiteral("CS 30329 – 62107 CALAIS Cedex");
        QTest::addRow("ete_pastParticiple") << QStringLiteral("200 gendarmes ont été déployés");
        QTest::addRow("ete_aEte") << QStringLiteral("la demande a été rejetée");
        QTest::addRow("sept_number") << QStringLiteral("depuis sept ans, en sept mois");
        QTest::addRow("decade") << QStringLiteral("in the 1990s");
        QTest::addRow("time") << QStringLiteral("à 14:32");
        QTest::addRow("percentage") << QStringLiteral("60% of these centres");
        QTest::addRow("decimal") << QStringLiteral("un taux de 12.5");
    }
    void findAll_nonDates_areIgnored()
    {
        QFETCH(QString, text);
        const QList<DateMention> mentions = DateParser::findAll(text);
        QString found;
        for (const DateMention& m : mentions)
            found += text.mid(m.start, m.length) + QLatin1Char('|');
        QVERIFY2(mentions.isEmpty(), qPrintable(found));
    }

    // The patterns read stretches of the text around month names: one that ended inside "Marseille"
    // would find "12 Mar". Every distance from the month is tried.
    void findAll_wordAtAStretchesEdge_isReadWhole()
    {
        for (int filler = 0; filler < 80; ++filler) {
            const QString text = QStringLiteral("janvier %1 12 Marseille").arg(QString(filler, QLatin1Char('x')));
            QVERIFY2(DateParser::findAll(text).isEmpty(), qPrintable(text));
        }
    }

    void findAll_lawNumber_onlyTheDate()
    {
        const QString text = QStringLiteral("la loi n° 2016-274 du 7 mars 2016 relative au droit des étrangers");
        const QList<DateMention> mentions = DateParser::findAll(text);
        QCOMPARE(mentions.size(), 1);
        QCOMPARE(mentions.first().date.toEdtf(), QStringLiteral("2016-03-07"));
    }

    void findAll_severalMentions_inTextOrder()
    {
        const QString text = QStringLiteral("Le 2 juillet 2014, puis en décembre 2002 et au printemps 2020.");
        const QList<DateMention> mentions = DateParser::findAll(text);
        QCOMPARE(mentions.size(), 3);
        QCOMPARE(mentions.at(0).date.toEdtf(), QStringLiteral("2014-07-02"));
        QCOMPARE(mentions.at(1).date.toEdtf(), QStringLiteral("2002-12"));
        QCOMPARE(mentions.at(2).date.toEdtf(), QStringLiteral("2020-21"));
        for (const DateMention& m : mentions)
            QVERIFY(m.start >= 0 && m.start + m.length <= text.size());
    }

    void monthFromName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("month");
        QTest::addRow("fr_fevrier") << QStringLiteral("février") << 2;
        QTest::addRow("fr_fevr_abbrev") << QStringLiteral("févr.") << 2;
        QTest::addRow("fr_aout") << QStringLiteral("août") << 8;
        QTest::addRow("fr_juin") << QStringLiteral("juin") << 6;
        QTest::addRow("fr_juillet") << QStringLiteral("juillet") << 7;
        QTest::addRow("en_sept") << QStringLiteral("Sept") << 9;
        QTest::addRow("en_may") << QStringLiteral("May") << 5;
        QTest::addRow("notAMonth") << QStringLiteral("lundi") << 0;
        QTest::addRow("tooShort") << QStringLiteral("ju") << 0;
    }
    void monthFromName()
    {
        QFETCH(QString, name);
        QFETCH(int, month);
        QCOMPARE(DateParser::monthFromName(name), month);
    }
};

QTEST_GUILESS_MAIN(TestDateParser)
#include "tst_dateparser.moc"
