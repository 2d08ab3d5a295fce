// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// littoral-cli briefing, run as a process: the pack it writes (read back with pdftotext / unzip), the
// filters it shares with export, and what it refuses without writing anything.
#include "support/processrun.h"
#include "support/testpaths.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

using littoral::test::runCli;
using littoral::test::runProcess;
using Run = littoral::test::ProcessRun;

} // namespace

class TestCliBriefing final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("sample.db"));
        QCOMPARE(runCli({ QStringLiteral("import"), QStringLiteral(LITTORAL_SAMPLE_CORPUS_DIR), QStringLiteral("--db"), m_db }).exitCode, 0);
    }

    void briefing_pdf_hasTheTitleAndTheFigures()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("pack.pdf"));
        const Run run = runCli({ QStringLiteral("briefing"), QStringLiteral("--db"), m_db, QStringLiteral("--title"),
            QStringLiteral("Calais, seven years of letters"), QStringLiteral("-o"), pdf });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.contains("5 document"), run.err.constData());
        // NFKC: the PDF keeps the fonts' ligatures ("ﬁ").
        const QString text = QString::fromUtf8(runProcess(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") }).out)
                                 .normalized(QString::NormalizationForm_KC);
        QVERIFY2(text.contains(QLatin1String("Calais, seven years of letters")), qPrintable(text.left(1000)));
        QVERIFY(text.contains(QStringLiteral("Figure 1 — ")));
        QVERIFY(text.contains(QStringLiteral("Figure 2 — ")));
    }

    void briefing_filtered_odt_holdsOnlyThePeriod()
    {
        const QString odt = m_dir.filePath(QStringLiteral("2017.odt"));
        const Run run = runCli({ QStringLiteral("--db"), m_db, QStringLiteral("briefing"), QStringLiteral("--from"), QStringLiteral("2017-01"),
            QStringLiteral("--to"), QStringLiteral("2017-12"), QStringLiteral("-o"), odt });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.contains("2 document"), run.err.constData());
        const QString content = QString::fromUtf8(runProcess(QStringLiteral("unzip"), { QStringLiteral("-p"), odt, QStringLiteral("content.xml") }).out);
        QVERIFY2(content.contains(QStringLiteral("Briefing — ")), qPrintable(content.left(1000)));
        // Each document's source is in the table exactly when its date is in 2017 (as export says).
        const Run exported = runCli({ QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--format"), QStringLiteral("json") });
        const QJsonArray documents = QJsonDocument::fromJson(exported.out).object().value(QStringLiteral("documents")).toArray();
        QCOMPARE(documents.size(), 5);
        int in2017 = 0;
        for (const QJsonValue& d : documents) {
            const QString source = d[QStringLiteral("source")].toString();
            const bool inPeriod = d[QStringLiteral("date")][QStringLiteral("edtf")].toString().startsWith(QLatin1String("2017"));
            in2017 += inPeriod;
            QVERIFY2(content.contains(source) == inPeriod, qPrintable(source));
        }
        QCOMPARE(in2017, 2);
    }

    // The filter flags choose the same documents as the window's filters (one DocumentFilter).
    void briefing_filterFlags_chooseTheirDocuments_data()
    {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QByteArray>("said");
        QTest::addRow("query") << QStringList { QStringLiteral("--query"), QStringLiteral("cazeneuve") } << QByteArray("of 2 document");
        QTest::addRow("correspondent_as_sender")
            << QStringList { QStringLiteral("--correspondent"), QStringLiteral("natacha bouchart"), QStringLiteral("--role"), QStringLiteral("sender") }
            << QByteArray("of 1 document");
        QTest::addRow("correspondent_as_recipient_none")
            << QStringList { QStringLiteral("--correspondent"), QStringLiteral("Natacha Bouchart"), QStringLiteral("--role"), QStringLiteral("recipient") }
            << QByteArray("of 0 document");
        QTest::addRow("link") << QStringList { QStringLiteral("--link"), QStringLiteral("Natacha Bouchart -> Nathanaël Caillaux") } << QByteArray("of 1 document");
        QTest::addRow("types") << QStringList { QStringLiteral("--type"), QStringLiteral("letter,open_letter") } << QByteArray("of 3 document");
        QTest::addRow("open_end") << QStringList { QStringLiteral("--from"), QStringLiteral("2017-06") } << QByteArray("of 2 document");
    }

    void briefing_filterFlags_chooseTheirDocuments()
    {
        QFETCH(QStringList, flags);
        QFETCH(QByteArray, said);
        QTemporaryDir out;
        const QString pdf = out.filePath(QStringLiteral("pack.pdf"));
        const Run run = runCli(QStringList { QStringLiteral("briefing"), QStringLiteral("--db"), m_db, QStringLiteral("-o"), pdf } + flags);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.contains(said), run.err.constData());
        QVERIFY(QFileInfo::exists(pdf));
    }

    void briefing_refused_writesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("said");
        QTest::addRow("no_output") << QStringList() << QByteArray("-o FILE.pdf");
        QTest::addRow("txt_output") << QStringList { QStringLiteral("-o"), QStringLiteral("OUT.txt") } << QByteArray("-o FILE.pdf");
        QTest::addRow("bad_date") << QStringList { QStringLiteral("--from"), QStringLiteral("soon"), QStringLiteral("-o"), QStringLiteral("OUT.pdf") }
                                  << QByteArray("not a date");
        QTest::addRow("unknown_correspondent")
            << QStringList { QStringLiteral("--correspondent"), QStringLiteral("Nobody Atall"), QStringLiteral("-o"), QStringLiteral("OUT.pdf") }
            << QByteArray("Nobody Atall");
        QTest::addRow("bad_role") << QStringList { QStringLiteral("--correspondent"), QStringLiteral("x"), QStringLiteral("--role"),
            QStringLiteral("author"), QStringLiteral("-o"), QStringLiteral("OUT.pdf") } << QByteArray("author");
    }

    void briefing_refused_writesNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, said);
        QTemporaryDir out;
        args.replaceInStrings(QStringLiteral("OUT"), out.filePath(QStringLiteral("pack")));
        const Run run = runCli(QStringList { QStringLiteral("briefing"), QStringLiteral("--db"), m_db } + args);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(said), run.err.constData());
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestCliBriefing)
#include "tst_clibriefing.moc"
