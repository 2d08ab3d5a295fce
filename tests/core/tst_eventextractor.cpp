// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Mentioned events through the real extraction: which dates become events, their dates and labels.
#include "core/extract/documentextractor.h"

#include <QTest>

using namespace littoral::core;

class TestEventExtractor final : public QObject {
    Q_OBJECT
private slots:
    void extract_eventLabelsSayWhatHappened_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("edtf");
        QTest::addColumn<QString>("label");
        QTest::addRow("clause_before_date")
            << "Nous rappelons la fermeture du camp de Sangatte en décembre 2002, sans solution durable." << "2002-12"
            << "Nous rappelons la fermeture du camp de Sangatte";
        QTest::addRow("phrase_after_connective")
            << "These policies have been followed by successive governments since the closure of the Sangatte camp in December 2002."
            << "2002-12" << "Closure of the Sangatte camp";
        QTest::addRow("date_opens_sentence_quotes_inside")
            << "En septembre 2009, la « jungle » des Pachtounes a été évacuée par la police." << "2009-09"
            << "La « jungle » des Pachtounes a été évacuée";
        QTest::addRow("short_connective_keeps_subject")
            << "Une réunion s'est tenue à Dunkerque avec les associations à l'été 2016." << "2016-22"
            << "Une réunion s'est tenue à Dunkerque avec les associations";
        QTest::addRow("brackets_inside_clause")
            << "The container camp (CAP) opened in January 2016 beside the old site." << "2016-01" << "Container camp (CAP) opened";
        QTest::addRow("trailing_preposition_dropped")
            << "Quarante policiers supplémentaires sont déployés sur le mois de septembre pour sécuriser le port." << "2018-09"
            << "Quarante policiers supplémentaires sont déployés";
    }
    void extract_eventLabelsSayWhatHappened()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, edtf);
        QFETCH(QString, label);
        const QString text = QStringLiteral("Paris, le 3 décembre 2018\n\nMonsieur le Préfet,\n\n") + sentence
            + QStringLiteral("\n\nVeuillez agréer nos salutations.\n\nClaire Martin\nPrésidente\n");
        const Extraction e = DocumentExtractor::extract(text);
        QStringList found;
        for (const MentionedEvent& ev : e.events) {
            found << ev.date.toEdtf() + QStringLiteral(" ") + ev.label;
            // The evidence is the exact words at their offset.
            QCOMPARE(text.mid(ev.evidence.offset, ev.evidence.text.size()), ev.evidence.text);
        }
        QVERIFY2(found.contains(edtf + QLatin1Char(' ') + label), qPrintable(found.join(QStringLiteral(" | "))));
    }

    void extract_faxStampWithTime_isNotAnEvent()
    {
        const QString text = QStringLiteral("27/10/15 17:33 FAX 03 21 24 99 74    LA CIMADE    P.003/004\n\n"
                                            "Lille, le 26 octobre 2015\n\nMonsieur le Préfet,\n\n"
                                            "Nous avons appris l'évacuation du campement en septembre 2015.\n\n"
                                            "Veuillez agréer nos salutations.\n\nClaire Martin\nPrésidente\n");
        const Extraction e = DocumentExtractor::extract(text);
        QVERIFY(e.date);
        QCOMPARE(e.date->date.toEdtf(), QStringLiteral("2015-10-26"));
        QStringList dates;
        for (const MentionedEvent& ev : e.events)
            dates << ev.date.toEdtf();
        QVERIFY2(!dates.contains(QStringLiteral("2015-10-27")), qPrintable(dates.join(QLatin1Char(' '))));
        QVERIFY2(dates.contains(QStringLiteral("2015-09")), qPrintable(dates.join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestEventExtractor)
#include "tst_eventextractor.moc"
