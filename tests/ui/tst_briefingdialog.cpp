// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Briefing…: the dialog's defaults, a build on the pool that writes the file, and a cancelled
// build that leaves none.
#include "ui/briefingdialog.h"

#include "core/models/selectionstate.h"
#include "support/samplecorpus.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace littoral;
using ui::BriefingDialog;

class TestBriefingDialog final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;
    std::shared_ptr<const core::CorpusIndex> m_corpus;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = m_dir.filePath(QStringLiteral("sample.db"));
        auto corpus = test::loadSampleCorpus(m_db);
        QVERIFY(corpus);
        m_corpus = *corpus;
    }

    void defaults_periodTitle_firstOfEachMonthTicked()
    {
        core::SelectionState selection;
        selection.setCorpus(m_corpus);
        core::DocumentFilter filter;
        filter.from = core::DocumentFilter::parseDate(QStringLiteral("2016"));
        filter.to = core::DocumentFilter::parseDate(QStringLiteral("2017"));
        selection.applyFilter(filter);
        BriefingDialog dialog(&selection, m_db);
        QVERIFY2(dialog.titleField()->text().startsWith(QStringLiteral("Briefing — ")), qPrintable(dialog.titleField()->text()));
        QVERIFY(dialog.titleField()->text().contains(QLatin1String("2016")));
        // 2016 and 2017 hold three documents of the sample, each in a month of its own.
        QCOMPARE(dialog.documentList()->count(), 3);
        QCOMPARE(dialog.tickedDocuments().size(), 3);
        dialog.tickAll(false);
        QCOMPARE(dialog.tickedDocuments().size(), 0);
        dialog.formatBox()->setCurrentIndex(1);
        QVERIFY(dialog.pathField()->text().endsWith(QLatin1String(".odt")));
    }

    void build_writesThePdfWithTheTypedTitle()
    {
        core::SelectionState selection;
        selection.setCorpus(m_corpus);
        BriefingDialog dialog(&selection, m_db);
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("pack.pdf"));
        dialog.pathField()->setText(path);
        dialog.titleField()->setText(QStringLiteral("Typed title for the board"));
        QSignalSpy built(&dialog, &BriefingDialog::built);
        dialog.build();
        QVERIFY(dialog.isBuilding());
        QVERIFY(built.wait(120000));
        QCOMPARE(built.first().first().toBool(), true);
        QVERIFY(dialog.statusLabel()->text().contains(QDir::toNativeSeparators(path)));
        // To look at it: LITTORAL_BRIEFING_SHOT=/tmp/briefing-dialog.png
        if (const QString shot = qEnvironmentVariable("LITTORAL_BRIEFING_SHOT"); !shot.isEmpty()) {
            dialog.resize(720, 560);
            dialog.show();
            QVERIFY(dialog.grab().save(shot));
        }
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), { path, QStringLiteral("-") });
        QVERIFY(pdftotext.waitForFinished(60000));
        QVERIFY(pdftotext.readAllStandardOutput().contains("Typed title for the board"));
    }

    void cancel_leavesNoFile()
    {
        core::SelectionState selection;
        selection.setCorpus(m_corpus);
        BriefingDialog dialog(&selection, m_db);
        QTemporaryDir out;
        dialog.pathField()->setText(out.filePath(QStringLiteral("pack.pdf")));
        QSignalSpy built(&dialog, &BriefingDialog::built);
        dialog.build();
        dialog.cancelBuild(); // before the pool has written a page
        QVERIFY(built.wait(120000));
        QCOMPARE(built.first().first().toBool(), false);
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }
};

QTEST_MAIN(TestBriefingDialog)
#include "tst_briefingdialog.moc"
