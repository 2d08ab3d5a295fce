// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The briefing pack of the sample corpus, read back the way a person's tools read it: pdftotext,
// pdfinfo and pdffonts for the PDF, the ODT's content.xml through unzip.
#include "render/briefingpack.h"

#include "core/models/selectionstate.h"
#include "support/samplecorpus.h"

#include <QDir>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace littoral;
using render::BriefingPack;

namespace {

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QStringLiteral("<%1 failed: %2>").arg(program, QString::fromUtf8(process.readAllStandardError()));
    // The PDF keeps the fonts' ligatures ("ﬁ"): read as a person's search does.
    return QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

// Table cells wrap anywhere: compare without whitespace.
QString squeezed(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("\\s+")));
}

} // namespace

class TestBriefingPack final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;
    std::shared_ptr<const core::CorpusIndex> m_corpus;

    render::BriefingInput input(const core::DocumentFilter& filter, const QString& title)
    {
        core::SelectionState selection;
        selection.setCorpus(m_corpus);
        selection.applyFilter(filter);
        render::BriefingInput in = BriefingPack::fromSelection(selection, m_db, title);
        in.madeOn = QDate(2026, 12, 5);
        return in;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("sample.db"));
        auto corpus = test::loadSampleCorpus(m_db);
        QVERIFY2(corpus, qPrintable(corpus ? QString() : corpus.error().detail));
        m_corpus = *corpus;
        QCOMPARE(m_corpus->documents().size(), 5);
    }

    void pdf_ofSampleCorpus_saysTitleFiltersCaptionsEveryDocumentAndPageNumbers()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("all.pdf"));
        const auto written = BriefingPack::write(input({}, QStringLiteral("Calais briefing for the board")), pdf, BriefingPack::Format::Pdf);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().detail));
        const QString text = run(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
        QVERIFY2(text.contains(QLatin1String("Calais briefing for the board")), qPrintable(text.left(2000)));
        QVERIFY(text.contains(QLatin1String("All documents")));
        QVERIFY(text.contains(QLatin1String("December 2026")));
        QVERIFY(text.contains(QStringLiteral("Figure 1 — ")));
        QVERIFY(text.contains(QStringLiteral("Figure 2 — ")));
        QVERIFY(text.contains(QLatin1String("page 1 of ")));
        QVERIFY(text.contains(QLatin1String("5 document")));
        const QString flat = squeezed(text);
        for (const core::DocumentSummary& d : m_corpus->documents()) {
            QVERIFY2(flat.contains(squeezed(d.source)), qPrintable(d.source));
            QVERIFY2(flat.contains(squeezed(d.title)), qPrintable(d.title));
        }
        // Five months, five documents: every document is quoted, cut with an ellipsis (NFKC: "..."),
        // once: a paragraph across a page break is not drawn again at the top of the next page.
        QCOMPARE(BriefingPack::defaultExtracts(*m_corpus, input({}, {}).rows).size(), 5);
        QCOMPARE(squeezed(text).count(QStringLiteral("...»")), 5);

        const QString info = run(QStringLiteral("pdfinfo"), { pdf });
        const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
        QVERIFY2(pages.hasMatch(), qPrintable(info));
        QVERIFY(pages.captured(1).toInt() > 1);
        QVERIFY(text.contains(QStringLiteral("page %1 of %1").arg(pages.captured(1))));
        QVERIFY(info.contains(QLatin1String("A4")));
    }

    void pdf_embedsEveryFont()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("fonts.pdf"));
        QVERIFY(BriefingPack::write(input({}, QStringLiteral("Fonts")), pdf, BriefingPack::Format::Pdf));
        const QStringList lines = run(QStringLiteral("pdffonts"), { pdf }).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() > 2, qPrintable(lines.join(QLatin1Char('\n')))); // header, rule, at least one font
        for (const QString& line : lines.mid(2)) {
            // name type encoding emb sub uni object-id generation: "emb" is the fifth token from the end.
            const QStringList tokens = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QVERIFY2(tokens.size() >= 5 && tokens.at(tokens.size() - 5) == QLatin1String("yes"), qPrintable(line));
        }
    }

    void odt_holdsTitleCaptionsTableRowsAndFigureImages()
    {
        const QString odt = m_dir.filePath(QStringLiteral("all.odt"));
        const auto written = BriefingPack::write(input({}, QStringLiteral("Calais briefing in ODT")), odt, BriefingPack::Format::Odt);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().detail));
        const QString content = run(QStringLiteral("unzip"), { QStringLiteral("-p"), odt, QStringLiteral("content.xml") });
        QVERIFY2(content.contains(QLatin1String("Calais briefing in ODT")), qPrintable(content.left(1000)));
        QVERIFY(content.contains(QStringLiteral("Figure 1 — ")));
        QVERIFY(content.contains(QStringLiteral("Figure 2 — ")));
        QVERIFY(content.contains(QLatin1String("<table:table-row")));
        for (const core::DocumentSummary& d : m_corpus->documents())
            QVERIFY2(content.contains(d.source), qPrintable(d.source));
        // The month chart and the two figures, as PNG pictures in the package.
        const QString manifest = run(QStringLiteral("unzip"), { QStringLiteral("-p"), odt, QStringLiteral("META-INF/manifest.xml") });
        QCOMPARE(manifest.count(QRegularExpression(QStringLiteral("media-type=\"image/png\" manifest:full-path=\"Pictures/"))), 3);
        QCOMPARE(content.count(QLatin1String("<draw:image xlink:href=\"Pictures/")), 3);
    }

    void pdf_ofAPeriod_listsOnlyThatPeriodsDocuments()
    {
        core::DocumentFilter filter;
        filter.from = core::DocumentFilter::parseDate(QStringLiteral("2017"));
        filter.to = core::DocumentFilter::parseDate(QStringLiteral("2017"));
        const QString pdf = m_dir.filePath(QStringLiteral("2017.pdf"));
        const render::BriefingInput in = input(filter, {});
        QVERIFY(in.title.contains(QLatin1String("2017")));
        QVERIFY(BriefingPack::write(in, pdf, BriefingPack::Format::Pdf));
        const QString flat = squeezed(run(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") }));
        int inside = 0;
        int outside = 0;
        for (const core::DocumentSummary& d : m_corpus->documents()) {
            const bool in2017 = d.dateStart.year() == 2017;
            (in2017 ? inside : outside) += 1;
            QVERIFY2(flat.contains(squeezed(d.source)) == in2017, qPrintable(d.source));
        }
        QCOMPARE(inside, 2);
        QCOMPARE(outside, 3);
        QVERIFY(flat.contains(squeezed(QStringLiteral("2 document"))));
    }

    // A recorded figure covers the same logical area on a 300 dpi page as on a 96 dpi screen (a
    // QPicture alone plays 3.125 times too large there).
    void recorded_playsAtItsLogicalSizeWhateverTheResolution_data()
    {
        QTest::addColumn<int>("dpi");
        QTest::addRow("screen_96") << 96;
        QTest::addRow("page_300") << 300;
        QTest::addRow("print_600") << 600;
    }

    void recorded_playsAtItsLogicalSizeWhateverTheResolution()
    {
        QFETCH(int, dpi);
        render::Figure square;
        square.size = QSize(200, 100);
        square.paint = [](QPainter& p) { p.fillRect(QRect(0, 0, 100, 50), Qt::black); }; // its top-left quarter
        const render::Figure recorded = BriefingPack::recorded(square);
        QImage image(200, 100, QImage::Format_RGB32);
        image.fill(Qt::white);
        image.setDotsPerMeterX(qRound(dpi / 0.0254));
        image.setDotsPerMeterY(qRound(dpi / 0.0254));
        {
            QPainter p(&image);
            recorded.paint(p);
        }
        QCOMPARE(image.pixelColor(50, 25), QColor(Qt::black));
        QCOMPARE(image.pixelColor(98, 48), QColor(Qt::black));
        QCOMPARE(image.pixelColor(102, 25), QColor(Qt::white));
        QCOMPARE(image.pixelColor(50, 52), QColor(Qt::white));
        QCOMPARE(image.pixelColor(150, 75), QColor(Qt::white));
    }

    void write_cancelled_leavesNoFile_data()
    {
        QTest::addColumn<BriefingPack::Format>("format");
        QTest::addColumn<int>("cancelAt");
        QTest::addRow("pdf_at_start") << BriefingPack::Format::Pdf << 1;
        QTest::addRow("pdf_while_painting_pages") << BriefingPack::Format::Pdf << 20;
        QTest::addRow("odt_in_the_table") << BriefingPack::Format::Odt << 8;
    }

    void write_cancelled_leavesNoFile()
    {
        QFETCH(BriefingPack::Format, format);
        QFETCH(int, cancelAt);
        QTemporaryDir dir;
        const QString path = dir.filePath(format == BriefingPack::Format::Pdf ? QStringLiteral("b.pdf") : QStringLiteral("b.odt"));
        int calls = 0;
        const auto written = BriefingPack::write(input({}, {}), path, format, [&](int, int) { return ++calls < cancelAt; });
        QVERIFY(!written);
        QCOMPARE(written.error().code, core::ErrorCode::Cancelled);
        QCOMPARE(calls, cancelAt);
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }
};

QTEST_MAIN(TestBriefingPack)
#include "tst_briefingpack.moc"
