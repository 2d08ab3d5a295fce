// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Figures written as PNG, SVG and PDF: the graph of the imported sample corpus, drawn without a widget
// by render::graphFigure, read back as an image, as XML and through pdftotext.
// Set LITTORAL_FIGURE_DIR to keep the files written, to look at.
#include "core/models/corpusindex.h"
#include "core/models/selectionstate.h"
#include "render/figureexporter.h"
#include "render/graphfigure.h"
#include "support/processrun.h"
#include "support/samplecorpus.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>

using namespace littoral;
using render::FigureExporter;
using render::FigureFormat;

namespace {

constexpr QSize s_size(900, 600);

render::FigureStyle style()
{
    return { QApplication::palette(), QApplication::font() };
}

// Pixels that differ from the top-left corner's colour (the background), in thousandths.
int inkPerMille(const QImage& image)
{
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    const QRgb background = argb.pixel(0, 0);
    qint64 ink = 0;
    for (int y = 0; y < argb.height(); ++y)
        for (int x = 0; x < argb.width(); ++x)
            ink += argb.pixel(x, y) != background;
    return int(ink * 1000 / (qint64(argb.width()) * argb.height()));
}

// The mean difference of two images of one size, over the three channels (0–255).
double meanDifference(const QImage& a, const QImage& b)
{
    double total = 0.0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            total += std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q)) + std::abs(qBlue(p) - qBlue(q));
        }
    return total / (3.0 * a.width() * a.height());
}

struct SvgContent {
    QString error;
    QString title;
    QString description;
    QStringList texts;
    QString viewBox;
    int paths = 0;
    int images = 0;
};

SvgContent readSvg(const QByteArray& svg)
{
    SvgContent content;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (name == QLatin1String("svg"))
            content.viewBox = xml.attributes().value(QStringLiteral("viewBox")).toString();
        else if (name == QLatin1String("title"))
            content.title = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        else if (name == QLatin1String("desc"))
            content.description = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        else if (name == QLatin1String("text"))
            content.texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified());
        else if (name == QLatin1String("path") || name == QLatin1String("polygon") || name == QLatin1String("polyline"))
            ++content.paths;
        else if (name == QLatin1String("image"))
            ++content.images;
    }
    if (xml.hasError())
        content.error = xml.errorString();
    return content;
}

// The correspondents' names among the texts (a label may be elided in the middle: those are left out).
QStringList namesAmong(const QStringList& texts, const core::CorpusIndex& corpus)
{
    QStringList names;
    for (const core::CorrespondentSummary& c : corpus.correspondents())
        if (texts.contains(c.name))
            names.append(c.name);
    return names;
}

// `circles` circles of `size` correspondents who each wrote one letter to the next in their circle
// and one to its first member, and each circle's first member one letter to the next circle's.
core::CorpusIndex circlesCorpus(int circles, int size)
{
    QList<core::CorrespondentSummary> correspondents;
    QList<core::DocumentSummary> documents;
    QList<core::Participation> participations;
    const auto letter = [&](qint64 from, qint64 to) {
        core::DocumentSummary d;
        d.id = qint64(documents.size()) + 1;
        d.source = QStringLiteral("%1.txt").arg(d.id);
        d.date = core::PartialDate::ofDay(2016, 1 + int(d.id % 12), 1 + int(d.id % 28));
        d.dateStart = d.dateEnd = d.date.firstDay();
        d.type = core::DocumentType::Letter;
        documents.append(d);
        participations.append({ d.id, from, core::ParticipantRole::Sender });
        participations.append({ d.id, to, core::ParticipantRole::Recipient });
    };
    for (int c = 0; c < circles; ++c) {
        const qint64 first = 1 + qint64(c) * size;
        for (qint64 k = 0; k < size; ++k) {
            correspondents.append({ first + k, core::CorrespondentKind::Person, QStringLiteral("Circle %1 member %2").arg(c).arg(k), {}, 0, {} });
            letter(first + k, first + (k + 1) % size);
            if (k > 1)
                letter(first + k, first);
        }
        if (c + 1 < circles)
            letter(first, first + size);
    }
    return core::CorpusIndex::fromParts(documents, correspondents, participations, {});
}

} // namespace

class TestFigureExporter final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::shared_ptr<const core::CorpusIndex> m_sample;

    QString keep(const QString& name) const
    {
        const QString dir = qEnvironmentVariable("LITTORAL_FIGURE_DIR");
        return QDir(dir.isEmpty() ? m_dir.path() : dir).filePath(name);
    }

    render::Figure sampleGraph(core::SelectionState& selection) const
    {
        selection.setCorpus(m_sample);
        return render::graphFigure(selection, s_size, style());
    }

    static QByteArray readAll(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto sample = littoral::test::loadSampleCorpus(m_dir.filePath(QStringLiteral("sample.db")));
        QVERIFY2(sample, qPrintable(sample ? QString() : sample.error().detail));
        m_sample = *sample;
        QCOMPARE(m_sample->documents().size(), 5);
    }

    void png_hasTheChosenWidthAndScale_andIsNotBlank_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("scale");
        QTest::addColumn<QSize>("pixels");
        QTest::addRow("own_width_1x") << 0 << 1 << QSize(900, 600);
        QTest::addRow("own_width_2x") << 0 << 2 << QSize(1800, 1200);
        QTest::addRow("1200_1x") << 1200 << 1 << QSize(1200, 800);
        QTest::addRow("1200_2x") << 1200 << 2 << QSize(2400, 1600);
        QTest::addRow("450_2x") << 450 << 2 << QSize(900, 600);
        QTest::addRow("301_1x_rounded") << 301 << 1 << QSize(301, 201);
    }

    void png_hasTheChosenWidthAndScale_andIsNotBlank()
    {
        QFETCH(int, width);
        QFETCH(int, scale);
        QFETCH(QSize, pixels);
        core::SelectionState selection;
        const render::Figure figure = sampleGraph(selection);
        QVERIFY(!figure.isNull());
        const QString path = keep(QStringLiteral("graph-%1-%2x.png").arg(width).arg(scale));
        const auto written = FigureExporter::write(figure, { FigureFormat::Png, width, scale }, path);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().detail));
        QImageReader reader(path);
        QCOMPARE(reader.format(), QByteArray("png"));
        const QImage image = reader.read();
        QCOMPARE(image.size(), pixels);
        // Marks, links, labels and the legend: measured about 6% of the picture.
        const int ink = inkPerMille(image);
        QVERIFY2(ink > 20, qPrintable(QString::number(ink)));
        // The whole figure at any size, not a corner of it: close to the figure at its own size, scaled.
        const QImage whole = FigureExporter::image(figure).convertToFormat(QImage::Format_RGB32).scaled(
            pixels, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        const double apart = meanDifference(image.convertToFormat(QImage::Format_RGB32), whole);
        qInfo("%s: %.1f apart from the whole figure scaled", QTest::currentDataTag(), apart);
        // 3 to 4.6 measured; a corner of the figure instead of all of it: 15.
        QVERIFY2(apart < 8.0, qPrintable(QString::number(apart)));
    }

    void svg_isXmlWithTheLabelsAsTextAndTheMarksAsPaths()
    {
        core::SelectionState selection;
        const render::Figure figure = sampleGraph(selection);
        const QString path = keep(QStringLiteral("graph.svg"));
        const auto written = FigureExporter::write(figure, { FigureFormat::Svg, 0, 1 }, path);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().detail));
        const QByteArray svg = readAll(path);
        QVERIFY(svg.contains("<text"));
        const SvgContent content = readSvg(svg);
        QVERIFY2(content.error.isEmpty(), qPrintable(content.error));
        QCOMPARE(content.viewBox, QStringLiteral("0 0 900 600"));
        QCOMPARE(content.title, figure.caption);
        QCOMPARE(content.description, figure.caption);
        QVERIFY2(figure.caption.startsWith(QStringLiteral("Correspondence graph · ")), qPrintable(figure.caption));
        // Node labels are text, not pixels: several correspondents are named in full.
        const QStringList named = namesAmong(content.texts, *m_sample);
        QVERIFY2(named.size() >= 5, qPrintable(content.texts.join(QLatin1String(" | "))));
        // The legend too.
        QVERIFY(content.texts.contains(QStringLiteral("person")));
        QVERIFY(content.texts.contains(QStringLiteral("organisation")));
        // Every mark and link is a shape: no picture stamped in (the screen's shortcut for small marks).
        const int nodes = int(m_sample->graph().nodes.size());
        QVERIFY2(content.paths >= nodes, qPrintable(QStringLiteral("%1 paths, %2 nodes").arg(content.paths).arg(nodes)));
        QCOMPARE(content.images, 0);
        // And it draws: Qt's own SVG renderer paints about as much ink as the PNG of the same figure.
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QImage drawn(s_size, QImage::Format_ARGB32_Premultiplied);
        drawn.fill(Qt::white);
        QPainter painter(&drawn);
        renderer.render(&painter);
        painter.end();
        drawn.save(keep(QStringLiteral("graph-svg-rendered.png")));
        const int fromSvg = inkPerMille(drawn), fromPng = inkPerMille(FigureExporter::image(figure));
        QVERIFY2(std::abs(fromSvg - fromPng) * 4 < fromPng, qPrintable(QStringLiteral("%1‰ vs %2‰").arg(fromSvg).arg(fromPng)));
    }

    void pdf_isAVectorPageWithTheLabelsAsText()
    {
        core::SelectionState selection;
        const render::Figure figure = sampleGraph(selection);
        const QString path = keep(QStringLiteral("graph.pdf"));
        const auto written = FigureExporter::write(figure, { FigureFormat::Pdf, 0, 1 }, path);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().detail));
        QVERIFY(readAll(path).startsWith("%PDF"));
        const auto text = littoral::test::runProcess(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") });
        QCOMPARE(text.exitCode, 0);
        const QString words = QString::fromUtf8(text.out).simplified();
        // The names the SVG of the same figure carries as text are text in the PDF too.
        QByteArray svg;
        {
            QBuffer buffer(&svg);
            QVERIFY(buffer.open(QIODevice::WriteOnly));
            QVERIFY(FigureExporter::write(figure, { FigureFormat::Svg, 0, 1 }, buffer));
        }
        const QStringList named = namesAmong(readSvg(svg).texts, *m_sample);
        QVERIFY(!named.isEmpty());
        int found = 0;
        for (const QString& name : named)
            found += words.contains(name);
        QVERIFY2(found >= named.size() - 1, qPrintable(words));
        // One page of the figure's proportions, its fonts embedded.
        const auto info = littoral::test::runProcess(QStringLiteral("pdfinfo"), { path });
        QCOMPARE(info.exitCode, 0);
        const QRegularExpressionMatch page
            = QRegularExpression(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+) pts")).match(QString::fromUtf8(info.out));
        QVERIFY2(page.hasMatch(), info.out.constData());
        QVERIFY(std::abs(page.captured(1).toDouble() / page.captured(2).toDouble() - 1.5) < 0.01);
        QVERIFY(QString::fromUtf8(info.out).contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\b"))));
        const auto fonts = littoral::test::runProcess(QStringLiteral("pdffonts"), { path });
        QCOMPARE(fonts.exitCode, 0);
        const QStringList lines = QString::fromUtf8(fonts.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY(!lines.isEmpty());
        for (const QString& line : lines) // name type encoding emb sub uni object ID
            QVERIFY2(line.split(QLatin1Char(' '), Qt::SkipEmptyParts).value(line.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() - 5)
                    == QLatin1String("yes"),
                qPrintable(line));
    }

    void graphFigure_isDeterministic()
    {
        core::SelectionState a, b;
        const QImage first = FigureExporter::image(sampleGraph(a));
        const QImage second = FigureExporter::image(sampleGraph(b));
        QVERIFY(!first.isNull());
        QCOMPARE(first, second);
    }

    // Above CommunityGroups::GroupAbove correspondents a figure draws the graph as the window does
    // fitted: one disc per community, named, with its number of correspondents.
    void graphFigure_ofALargeGraph_drawsItsCommunities()
    {
        core::SelectionState selection;
        selection.setCorpus(std::make_shared<const core::CorpusIndex>(circlesCorpus(60, 10)));
        QCOMPARE(selection.corpus().correspondents().size(), 600);
        const render::Figure figure = render::graphFigure(selection, s_size, style());
        QByteArray svg;
        QBuffer buffer(&svg);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(FigureExporter::write(figure, { FigureFormat::Svg, 0, 1 }, buffer));
        const SvgContent content = readSvg(svg);
        QVERIFY2(content.error.isEmpty(), qPrintable(content.error));
        // Leiden joins some neighbouring circles: discs of ten or twenty ("20 correspondent(s)" untranslated).
        static const QRegularExpression discSize(QStringLiteral("^(10|20) correspondent"));
        const qsizetype sizes = std::count_if(content.texts.cbegin(), content.texts.cend(),
            [](const QString& t) { return discSize.match(t).hasMatch(); });
        QVERIFY2(sizes >= 5, qPrintable(content.texts.join(QLatin1String(" | "))));
        QVERIFY(std::any_of(content.texts.cbegin(), content.texts.cend(),
            [](const QString& t) { return t.contains(QLatin1String("group(s) by community")); }));
        // Fitted from afar, no member is named: the discs are.
        QVERIFY(std::none_of(content.texts.cbegin(), content.texts.cend(),
            [](const QString& t) { return t.startsWith(QLatin1String("Circle ")) && !t.contains(QLatin1Char(',')); }));
    }

    void graphFigure_showsOnlyTheSelectionsDocuments()
    {
        // A period without letters: said in words, in the figure and its caption.
        core::SelectionState selection;
        selection.setCorpus(m_sample);
        selection.setPeriod(QDate(1990, 1, 1), QDate(1990, 12, 31));
        const render::Figure empty = render::graphFigure(selection, s_size, style());
        QVERIFY(empty.caption.contains(QLatin1String("1990")));
        QByteArray svg;
        QBuffer buffer(&svg);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(FigureExporter::write(empty, { FigureFormat::Svg, 0, 1 }, buffer));
        QCOMPARE(readSvg(svg).texts, QStringList { QStringLiteral("No correspondents in this period") });

        // One correspondent: only those who wrote with it are named.
        const core::CorpusIndex& corpus = *m_sample;
        const core::CorrespondentSummary* bouchart = corpus.correspondentNamed(QStringLiteral("Natacha Bouchart"));
        QVERIFY(bouchart);
        selection.clearPeriod();
        selection.setCorrespondent(bouchart->id);
        QSet<QString> around;
        for (const qsizetype row : selection.acceptedRows())
            for (const core::Participation& p : corpus.participationsOfRow(row))
                if (p.role != core::ParticipantRole::Mentioned)
                    around.insert(corpus.correspondent(p.correspondentId)->name);
        QVERIFY(around.size() >= 2);
        QVERIFY(around.size() < corpus.graph().nodes.size());
        svg.clear();
        buffer.seek(0);
        QVERIFY(FigureExporter::write(render::graphFigure(selection, s_size, style()), { FigureFormat::Svg, 0, 1 }, buffer));
        const QStringList named = namesAmong(readSvg(svg).texts, corpus);
        QVERIFY(named.contains(bouchart->name));
        for (const QString& name : named)
            QVERIFY2(around.contains(name), qPrintable(name));
    }

    void write_failure_leavesWhatWasThere_andSaysWhy()
    {
        core::SelectionState selection;
        const render::Figure figure = sampleGraph(selection);
        // A folder that does not exist: nothing written, the path named.
        const QString missing = m_dir.filePath(QStringLiteral("no/such/folder/graph.png"));
        const auto refused = FigureExporter::write(figure, { FigureFormat::Png, 0, 1 }, missing);
        QVERIFY(!refused);
        QVERIFY2(refused.error().detail.contains(QDir::toNativeSeparators(missing)), qPrintable(refused.error().detail));
        QVERIFY(!QFile::exists(missing));
        // Too large an image: refused before anything is written; the earlier file is untouched.
        const QString path = m_dir.filePath(QStringLiteral("kept.png"));
        QVERIFY(FigureExporter::write(figure, { FigureFormat::Png, 300, 1 }, path));
        const QByteArray before = readAll(path);
        const auto tooLarge = FigureExporter::write(figure, { FigureFormat::Png, 12000, 2 }, path);
        QVERIFY(!tooLarge);
        QCOMPARE(tooLarge.error().code, core::ErrorCode::InvalidInput);
        QVERIFY2(tooLarge.error().detail.contains(QLatin1String("too large")), qPrintable(tooLarge.error().detail));
        QCOMPARE(readAll(path), before);
        QCOMPARE(QDir(m_dir.path()).entryList({ QStringLiteral("kept.png*") }, QDir::Files | QDir::Hidden).size(), 1);
        // No figure at all.
        QVERIFY(!FigureExporter::write(render::Figure {}, { FigureFormat::Svg, 0, 1 }, m_dir.filePath(QStringLiteral("none.svg"))));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.svg"))));
    }

    void formatOf_readsTheSuffix_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("format"); // -1: none
        QTest::addRow("png") << QStringLiteral("/tmp/a.png") << int(FigureFormat::Png);
        QTest::addRow("upper_svg") << QStringLiteral("A.SVG") << int(FigureFormat::Svg);
        QTest::addRow("pdf") << QStringLiteral("figure.v2.pdf") << int(FigureFormat::Pdf);
        QTest::addRow("jpeg") << QStringLiteral("a.jpg") << -1;
        QTest::addRow("none") << QStringLiteral("graph") << -1;
    }

    void formatOf_readsTheSuffix()
    {
        QFETCH(QString, name);
        QFETCH(int, format);
        const auto found = FigureExporter::formatOf(name);
        QCOMPARE(found ? int(*found) : -1, format);
    }
};

QTEST_MAIN(TestFigureExporter)
#include "tst_figureexporter.moc"
