// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/database.h"
#include "core/db/documentrepository.h"
#include "core/models/selectionstate.h"
#include "core/i18n/translationinstaller.h"
#include "ui/exportdataaction.h"
#include "ui/exportdatadialog.h"
#include "ui/mainwindow.h"

#include "support/richletter.h"
#include "support/samplecorpus.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenuBar>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace littoral::core;
using littoral::ui::ExportDataDialog;

namespace {

constexpr int kLargeCorpus = 2000;

// Letters spread over twenty years, each with its own text and date.
Result<void> writeLargeCorpus(const QString& path)
{
    auto database = Database::open(path);
    if (!database)
        return std::unexpected(database.error());
    DocumentRepository repository(*database);
    return database->transaction([&]() -> Result<void> {
        for (int i = 0; i < kLargeCorpus; ++i) {
            Document d = littoral::test::richLetter(QStringLiteral("/corpus/%1.txt").arg(i, 4, 10, QLatin1Char('0')));
            d.text += QStringLiteral("Lettre %1.\n").arg(i);
            d.sha256 = littoral::test::sha(d.text);
            d.extraction.date->date = PartialDate::ofDay(2000 + i % 20, 1 + i % 12, 1 + i % 28);
            if (auto written = repository.write(d, d.fileName); !written)
                return std::unexpected(written.error());
        }
        return {};
    });
}

std::shared_ptr<const CorpusIndex> loadIndex(const QString& path)
{
    auto database = Database::open(path);
    if (!database)
        return {};
    auto index = CorpusIndex::load(*database);
    return index ? std::make_shared<const CorpusIndex>(std::move(*index)) : nullptr;
}

// Marks every text of the export dialog, to see which texts follow a change of language.
class MarkingTranslator final : public QTranslator {
public:
    QString translate(const char* context, const char* source, const char*, int) const override
    {
        if (!QByteArray(context).startsWith("littoral::ui::ExportData"))
            return {};
        return QStringLiteral("[") + QString::fromUtf8(source) + QStringLiteral("]");
    }
    bool isEmpty() const override { return false; }
};

// Context, source and translation per line (the form translations are handed over in before they
// reach the .ts files), for looking at the dialog in a language whose catalogue lacks its words yet.
class TsvTranslator final : public QTranslator {
public:
    explicit TsvTranslator(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return;
        for (const QByteArray& line : file.readAll().split('\n')) {
            const QList<QByteArray> fields = line.split('\t');
            if (fields.size() == 3)
                m_texts.insert(fields[0] + '\x1f' + fields[1], QString::fromUtf8(fields[2]));
        }
    }
    QString translate(const char* context, const char* source, const char*, int n) const override
    {
        const QString text = m_texts.value(QByteArray(context) + '\x1f' + QByteArray(source));
        const QStringList forms = text.split(QStringLiteral("|||"));
        return forms.size() == 2 ? forms[n > 1 ? 1 : 0] : text;
    }
    bool isEmpty() const override { return m_texts.isEmpty(); }

private:
    QHash<QByteArray, QString> m_texts;
};

} // namespace

class TestExportDataDialog final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_samplePath;
    QString m_largePath;
    std::shared_ptr<const CorpusIndex> m_sample;
    std::shared_ptr<const CorpusIndex> m_large;

    static bool runToEnd(ExportDataDialog& dialog)
    {
        QSignalSpy finished(&dialog, &ExportDataDialog::exportFinished);
        dialog.exportButton()->click();
        if (!finished.wait(120000))
            return false;
        return finished.first().first().toBool();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // "2,000"
        QVERIFY(m_dir.isValid());
        m_samplePath = m_dir.filePath(QStringLiteral("sample.db"));
        auto sample = littoral::test::loadSampleCorpus(m_samplePath);
        QVERIFY2(sample, qPrintable(sample ? QString() : sample.error().detail));
        m_sample = *sample;
        m_largePath = m_dir.filePath(QStringLiteral("large.db"));
        auto written = writeLargeCorpus(m_largePath);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().detail));
        m_large = loadIndex(m_largePath);
        QVERIFY(m_large);
        QCOMPARE(m_large->documents().size(), kLargeCorpus);
    }

    void periodFilter_exportsExactlyTheAcceptedDocuments()
    {
        SelectionState selection;
        selection.setCorpus(m_sample);
        // The period of the earliest dated document: fewer than all, more than none.
        const DocumentSummary& first = m_sample->documents().first();
        QVERIFY(first.dateStart.isValid());
        selection.setPeriod(first.dateStart, first.dateEnd);
        const QList<qsizetype> accepted = selection.acceptedRows();
        QVERIFY(!accepted.isEmpty());
        QVERIFY(accepted.size() < m_sample->documents().size());

        ExportDataDialog dialog(&selection, m_samplePath);
        QVERIFY(dialog.isSelectionOnly());
        QVERIFY(dialog.selectionLabel()->text().contains(QString::number(first.dateStart.year())));
        dialog.setFormat(ExportFormat::Json);
        const QString target = m_dir.filePath(QStringLiteral("period.json"));
        dialog.setDestination(target);
        QVERIFY(runToEnd(dialog));

        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray documents = QJsonDocument::fromJson(file.readAll())[QStringLiteral("documents")].toArray();
        QStringList written;
        for (const QJsonValue& d : documents)
            written << d[QStringLiteral("source")].toString();
        QStringList expected;
        for (const qsizetype row : accepted)
            expected << m_sample->documents().at(row).source;
        QCOMPARE(written, expected);
        // "(s)" until the English catalogue gives the plural its words.
        QVERIFY2(dialog.reportLabel()->text().contains(QStringLiteral("<li>%1 document").arg(accepted.size())),
            qPrintable(dialog.reportLabel()->text()));

        // The whole corpus, from the same dialog.
        dialog.setSelectionOnly(false);
        const QString all = m_dir.filePath(QStringLiteral("all.json"));
        dialog.setDestination(all);
        QVERIFY(runToEnd(dialog));
        QFile allFile(all);
        QVERIFY(allFile.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(allFile.readAll())[QStringLiteral("documents")].toArray().size(), m_sample->documents().size());
    }

    void cancel_duringLargeExport_leavesNothing_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::addRow("json") << ExportFormat::Json;
        QTest::addRow("cmif") << ExportFormat::Cmif;
    }
    void cancel_duringLargeExport_leavesNothing()
    {
        QFETCH(ExportFormat, format);
        SelectionState selection;
        selection.setCorpus(m_large);
        ExportDataDialog dialog(&selection, m_largePath);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setFormat(format);
        const QString folder = m_dir.filePath(QStringLiteral("cancel-%1").arg(exportFormatName(format)));
        QVERIFY(QDir().mkpath(folder));
        const QString target = QDir(folder).filePath(QStringLiteral("large.out"));
        dialog.setDestination(target);
        // Cancel as soon as the first documents are written, as a person clicking Cancel would.
        int cancelledAt = -1;
        connect(dialog.progressBar(), &QProgressBar::valueChanged, &dialog, [&](int value) {
            if (value > 0 && cancelledAt < 0) {
                cancelledAt = value;
                if (dialog.cancelButton()->isVisible())
                    dialog.cancelButton()->click();
            }
        });
        QSignalSpy finished(&dialog, &ExportDataDialog::exportFinished);
        dialog.exportButton()->click();
        QVERIFY(dialog.isRunning());
        QVERIFY(finished.wait(120000));
        QVERIFY(cancelledAt > 0 && cancelledAt < kLargeCorpus);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(dialog.reportLabel()->text().contains(QStringLiteral("cancelled")), qPrintable(dialog.reportLabel()->text()));
        // Nothing at the destination and no temporary beside it.
        QVERIFY(!QFileInfo::exists(target));
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
        QVERIFY(dialog.exportButton()->isEnabled());
    }

    void report_showsTheCounts()
    {
        SelectionState selection;
        selection.setCorpus(m_large);
        ExportDataDialog dialog(&selection, m_largePath);
        dialog.setSelectionOnly(false);
        dialog.setFormat(ExportFormat::Cmif);
        const QString target = m_dir.filePath(QStringLiteral("large-cmif.xml"));
        dialog.setDestination(target);
        QVERIFY(runToEnd(dialog));
        QVERIFY(QFileInfo::exists(target));
        const QString report = dialog.reportLabel()->text();
        // 2,000 letters, three correspondents (sender, addressee, copy), two links each.
        QVERIFY2(report.contains(QStringLiteral("<li>2,000 document")), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("<li>3 correspondent")), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("<li>4,000 link")), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("large-cmif.xml")), qPrintable(report));
        QVERIFY(dialog.reportLabel()->isVisibleTo(&dialog));
    }

    void failure_isReported()
    {
        SelectionState selection;
        selection.setCorpus(m_sample);
        ExportDataDialog dialog(&selection, m_samplePath);
        dialog.setFormat(ExportFormat::Cmif);
        const QString target = m_dir.filePath(QStringLiteral("no-such-folder/out.xml"));
        dialog.setDestination(target);
        QVERIFY(!runToEnd(dialog));
        QVERIFY2(dialog.reportLabel()->text().startsWith(QStringLiteral("Nothing was written")), qPrintable(dialog.reportLabel()->text()));
        QVERIFY(!QFileInfo::exists(target));
    }

    void timelineJsWarning_aboveThreeHundredSlides()
    {
        SelectionState selection;
        selection.setCorpus(m_large);
        ExportDataDialog dialog(&selection, m_largePath);
        dialog.setFormat(ExportFormat::Json);
        QVERIFY(!dialog.warningLabel()->isVisibleTo(&dialog));
        dialog.setFormat(ExportFormat::TimelineJs);
        QVERIFY(dialog.warningLabel()->isVisibleTo(&dialog));
        QVERIFY(dialog.warningLabel()->text().startsWith(QStringLiteral("TimelineJS is made for tens of slides")));
        // 2,000 letters and the one dated event they all mention.
        QVERIFY2(dialog.warningLabel()->text().contains(QStringLiteral("2,001 slides")), qPrintable(dialog.warningLabel()->text()));
        // One year of it: 100 letters and the event, under the limit.
        selection.setPeriod(QDate(2003, 1, 1), QDate(2003, 12, 31));
        QCOMPARE(selection.acceptedRows().size(), kLargeCorpus / 20);
        QVERIFY(!dialog.warningLabel()->isVisibleTo(&dialog));
        // The whole corpus again.
        dialog.setSelectionOnly(false);
        QVERIFY(dialog.warningLabel()->isVisibleTo(&dialog));

        SelectionState small;
        small.setCorpus(m_sample);
        ExportDataDialog sampleDialog(&small, m_samplePath);
        sampleDialog.setFormat(ExportFormat::TimelineJs);
        QVERIFY(!sampleDialog.warningLabel()->isVisibleTo(&sampleDialog));
    }

    void languageChange_retranslatesEveryText()
    {
        SelectionState selection;
        selection.setCorpus(m_large);
        ExportDataDialog dialog(&selection, m_largePath);
        dialog.setFormat(ExportFormat::TimelineJs);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Export Data"));
        MarkingTranslator marking;
        QVERIFY(QCoreApplication::installTranslator(&marking));
        QCoreApplication::processEvents();
        QCOMPARE(dialog.windowTitle(), QStringLiteral("[Export Data]"));
        QCOMPARE(dialog.exportButton()->text(), QStringLiteral("[&Export]"));
        QVERIFY(dialog.warningLabel()->text().startsWith(QStringLiteral("[TimelineJS is made")));
        QVERIFY(dialog.findChild<QComboBox*>()->currentText().startsWith(QLatin1Char('[')));
        // The report too is said again.
        dialog.setDestination(m_dir.filePath(QStringLiteral("no-such-folder/x.json")));
        QVERIFY(!runToEnd(dialog));
        QVERIFY(dialog.reportLabel()->text().startsWith(QStringLiteral("[Nothing was written")));
        QCoreApplication::removeTranslator(&marking);
        QCoreApplication::processEvents();
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Export Data"));
        QVERIFY(dialog.reportLabel()->text().startsWith(QStringLiteral("Nothing was written")));
    }

    // Not a check: LITTORAL_GRAB_DIR=/tmp/x saves the dialog in English and French to look at
    // (LITTORAL_GRAB_TSV adds translations not yet in the catalogue).
    void look_grabbedWhenAsked()
    {
        const QString folder = qEnvironmentVariable("LITTORAL_GRAB_DIR");
        if (folder.isEmpty())
            QSKIP("LITTORAL_GRAB_DIR not set");
        SelectionState selection;
        selection.setCorpus(m_large);
        selection.setPeriod(QDate(2003, 1, 1), QDate(2004, 12, 31));
        ExportDataDialog dialog(&selection, m_largePath);
        dialog.setFormat(ExportFormat::TimelineJs);
        dialog.setSelectionOnly(false);
        dialog.resize(dialog.sizeHint());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.grab().save(QDir(folder).filePath(QStringLiteral("exportdata-en.png")));
        littoral::core::TranslationInstaller installer;
        installer.install(littoral::core::InterfaceLanguage::French);
        TsvTranslator extra(qEnvironmentVariable("LITTORAL_GRAB_TSV"));
        if (!extra.isEmpty())
            QCoreApplication::installTranslator(&extra);
        QCoreApplication::processEvents();
        dialog.setSelectionOnly(true);
        dialog.setFormat(ExportFormat::Cmif);
        dialog.setDestination(m_dir.filePath(QStringLiteral("large-cmif.xml")));
        QVERIFY(runToEnd(dialog));
        dialog.resize(dialog.sizeHint());
        QCoreApplication::processEvents();
        dialog.grab().save(QDir(folder).filePath(QStringLiteral("exportdata-fr.png")));
        QCoreApplication::removeTranslator(&extra);
        installer.install(littoral::core::InterfaceLanguage::English);
    }

    void mainWindow_fileMenuOpensTheDialogOnTheCorpusShown()
    {
        littoral::ui::MainWindow window;
        QSignalSpy shown(&window, &littoral::ui::MainWindow::corpusLoaded);
        QVERIFY(window.openDatabase(m_samplePath));
        QVERIFY(shown.wait(30000));
        QAction* action = window.findChild<QAction*>(QStringLiteral("exportDataAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+E")));
        QVERIFY(window.menuBar()->actions().first()->menu()->actions().contains(action));
        QTRY_VERIFY(action->isEnabled());
        action->trigger();
        auto* dialog = window.findChild<ExportDataDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->selectionLabel()->text().size() > 0);
        dialog->setFormat(ExportFormat::Cmif);
        const QString target = m_dir.filePath(QStringLiteral("window-cmif.xml"));
        dialog->setDestination(target);
        QVERIFY(runToEnd(*dialog));
        QVERIFY(QFileInfo(target).size() > 0);
        // The sample's press releases are not letters: the report says how many were left out.
        int notLetters = 0;
        for (const DocumentSummary& d : m_sample->documents())
            notLetters += d.type != DocumentType::Letter && d.type != DocumentType::OpenLetter;
        QVERIFY(notLetters > 0);
        QVERIFY2(dialog->reportLabel()->text().contains(QStringLiteral("%1 document(s) left out: not letters").arg(notLetters)),
            qPrintable(dialog->reportLabel()->text()));
        dialog->close();
    }

    void formatAndFolder_areRemembered()
    {
        SelectionState selection;
        selection.setCorpus(m_sample);
        const QString folder = m_dir.filePath(QStringLiteral("remembered"));
        QVERIFY(QDir().mkpath(folder));
        {
            ExportDataDialog dialog(&selection, m_samplePath);
            dialog.setFormat(ExportFormat::TimelineJs);
            dialog.setDestination(QDir(folder).filePath(QStringLiteral("story.json")));
            QVERIFY(runToEnd(dialog));
        }
        ExportDataDialog again(&selection, m_samplePath);
        QCOMPARE(again.format(), ExportFormat::TimelineJs);
        QCOMPARE(QFileInfo(again.destination()).absolutePath(), QFileInfo(folder).absoluteFilePath());
        QCOMPARE(QFileInfo(again.destination()).fileName(), QStringLiteral("sample-timeline.json"));
        // Another format changes the suffix, not the folder.
        again.setFormat(ExportFormat::Cmif);
        QCOMPARE(QFileInfo(again.destination()).fileName(), QStringLiteral("sample-cmif.xml"));
        QCOMPARE(QFileInfo(again.destination()).absolutePath(), QFileInfo(folder).absoluteFilePath());
    }
};

QTEST_MAIN(TestExportDataDialog)
#include "tst_exportdatadialog.moc"
