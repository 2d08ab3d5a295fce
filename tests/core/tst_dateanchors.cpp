// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/dateanchors.h"

#include <QTest>

using namespace littoral::core;
using Family = DateAnchors::Family;

Q_DECLARE_METATYPE(DateAnchors::Family)

namespace {

// The stretches of one family, each as the text it covers, joined by '|'.
QString stretchesOf(const QString& text, Family family, qsizetype reach)
{
    const DateAnchors anchors(text, reach);
    QStringList pieces;
    for (const DateAnchors::Stretch& s : anchors.stretches(family))
        pieces << text.mid(s.begin, s.end - s.begin);
    return pieces.join(QLatin1Char('|'));
}

} // namespace

class TestDateAnchors final : public QObject {
    Q_OBJECT
private slots:
    void stretches_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Family>("family");
        QTest::addColumn<int>("reach");
        QTest::addColumn<QString>("stretches");

        QTest::addRow("month_wholeWord") << QStringLiteral("a b MARS c d") << Family::Month << 1 << QStringLiteral("b MARS c");
        QTest::addRow("month_abbreviationWithDot") << QStringLiteral("x 3 sept. 2015") << Family::Month << 2
                                                   << QStringLiteral("x 3 sept. 2015");
        QTest::addRow("month_notInsideAWord") << QStringLiteral("12 Marseille, marché, mardi") << Family::Month << 4 << QString();
        QTest::addRow("month_caseFoldedLongS") << QStringLiteral("le \u017Fept.") << Family::Month << 1 << QStringLiteral("e \u017Fept.");
        // Whitespace costs nothing: the patterns repeat only whitespace without bound.
        QTest::addRow("whitespaceIsFree") << QStringLiteral("Lundi%1 24\n\n\n juin").arg(QString(80, QLatin1Char(' ')))
                                          << Family::Month << 7 << QStringLiteral("Lundi%1 24\n\n\n juin").arg(QString(80, QLatin1Char(' ')));
        // Never ends inside a word: its piece could match where the whole does not.
        QTest::addRow("endsAtAWordsEnd") << QStringLiteral("juin 12 Marseille et") << Family::Month << 4
                                         << QStringLiteral("juin 12 Marseille");
        QTest::addRow("nearbyWordsMerge") << QStringLiteral("mai x juin y z w v u juillet") << Family::Month << 2
                                          << QStringLiteral("mai x juin y z|v u juillet");
        QTest::addRow("season_word") << QStringLiteral("x a été y") << Family::Season << 1 << QStringLiteral("a été y");
        QTest::addRow("season_determinerTouching") << QStringLiteral("x auprintemps y") << Family::Season << 1
                                                   << QStringLiteral("x auprintemps y");
        QTest::addRow("season_notAnyWordEnding") << QStringLiteral("la société, nightfall") << Family::Season << 3 << QString();
        QTest::addRow("relative_aujourdhui") << QStringLiteral("dès aujourd’hui") << Family::Relative << 4
                                             << QStringLiteral("dès aujourd’hui");
        QTest::addRow("relative_lastYear") << QStringLiteral("last YEAR.") << Family::Relative << 0 << QStringLiteral("YEAR.");
        QTest::addRow("digits_anyScript") << QStringLiteral("n\u00B0 \u0661\u0662 x") << Family::Digits << 0
                                          << QStringLiteral("\u0661\u0662");
        QTest::addRow("digits_beyondTheBmp") << QStringLiteral("a \U0001D7D0\U0001D7CE b") << Family::Digits << 0
                                             << QStringLiteral("\U0001D7D0\U0001D7CE");
        QTest::addRow("none") << QStringLiteral("Monsieur le Maire,") << Family::Month << 32 << QString();
    }
    void stretches()
    {
        QFETCH(QString, text);
        QFETCH(Family, family);
        QFETCH(int, reach);
        QFETCH(QString, stretches);
        QCOMPARE(stretchesOf(text, family, reach), stretches);
    }
};

QTEST_GUILESS_MAIN(TestDateAnchors)
#include "tst_dateanchors.moc"
