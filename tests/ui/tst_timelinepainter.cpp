// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline's painter apart from its widget: the widget's figure is the widget's own picture, pixel for
// pixel; a figure of a selection is vector shapes and text in an SVG, and its marks where its layout says.
#include "core/models/corpusindex.h"
#include "core/models/selectionstate.h"
#include "render/palette.h"
#include "render/timelinefigure.h"
#include "support/samplecorpus.h"
#include "ui/timelinedensity.h"
#include "ui/timelineview.h"

#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <functional>
#include <memory>

using namespace littoral;
using core::DocumentSummary;
using core::PartialDate;
using core::SelectionState;
using ui::TimelineView;

// What a row of the figure test does to the selection and the view before comparing.
using PrepareView = std::function<void(SelectionState&, TimelineView&)>;
Q_DECLARE_METATYPE(PrepareView)

namespace {

constexpr QSize s_size(1366, 420);

// A corpus of `documents` letters, open letters and press releases over 2013–2021, busier in 2016, with
// days, months, seasons and years, approximate dates, a few undated documents and mentioned events.
std::shared_ptr<const core::CorpusIndex> generatedCorpus(int documents)
{
    QRandomGenerator random(14);
    QList<core::CorrespondentSummary> correspondents;
    for (int i = 1; i <= 12; ++i)
        correspondents.append(
            { i, core::CorrespondentKind::Organization, QStringLiteral("Sender %1").arg(i), {}, 0, {} });
    QList<DocumentSummary> summaries;
    QList<core::Participation> participations;
    for (int i = 1; i <= documents; ++i) {
        DocumentSummary d;
        d.id = i;
        d.source = QStringLiteral("%1.txt").arg(i);
        const int year = random.bounded(10) < 3 ? 2016 : 2013 + random.bounded(9);
        const int month = 1 + random.bounded(12);
        const int roll = random.bounded(100);
        if (roll < 70)
            d.date = PartialDate::ofDay(year, month, 1 + random.bounded(28));
        else if (roll < 85)
            d.date = PartialDate::ofMonth(year, month);
        else if (roll < 92)
            d.date = PartialDate::ofSeason(year, 21 + random.bounded(4));
        else
            d.date = PartialDate::ofYear(year);
        d.date.approximate = random.bounded(10) == 0;
        if (random.bounded(60) == 0)
            d.date = {};
        d.dateStart = d.date.isValid() ? d.date.firstDay() : QDate();
        d.dateEnd = d.date.isValid() ? d.date.lastDay() : QDate();
        d.type = core::DocumentType(random.bounded(4));
        d.title = QStringLiteral("Document %1").arg(i);
        const qint64 sender = 1 + random.bounded(12);
        d.senders = { correspondents.at(sender - 1).name };
        participations.append({ i, sender, core::ParticipantRole::Sender });
        summaries.append(d);
    }
    QList<core::DatedEvent> events;
    for (int i = 0; i < 60; ++i) {
        const PartialDate date = i % 3 ? PartialDate::ofDay(2014 + i % 7, 1 + i % 12, 1 + i % 28)
                                       : PartialDate::ofMonth(2014 + i % 7, 1 + i % 12);
        events.append({ 1 + random.bounded(documents), QStringLiteral("Event %1").arg(i % 20), date,
            date.firstDay(), date.lastDay() });
    }
    std::sort(summaries.begin(), summaries.end(), [](const DocumentSummary& a, const DocumentSummary& b) {
        return a.dateStart.isValid() && (!b.dateStart.isValid() || a.dateStart < b.dateStart);
    });
    return std::make_shared<const core::CorpusIndex>(
        core::CorpusIndex::fromParts(summaries, correspondents, participations, events));
}

QImage figureImage(const render::Figure& figure, qreal ratio)
{
    QImage image(figure.size * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    figure.paint(painter);
    painter.end();
    return image;
}

QString svgOf(const render::Figure& figure)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(figure.size);
    svg.setViewBox(QRect(QPoint(0, 0), figure.size));
    QPainter painter(&svg);
    figure.paint(painter);
    painter.end();
    return QString::fromUtf8(buffer.data());
}

// The texts of an SVG's <text> elements, with their entities decoded.
QStringList svgTexts(const QString& svg)
{
    QStringList texts;
    static const QRegularExpression text(QStringLiteral("<text\\b[^>]*>([^<]*)</text>"));
    for (auto it = text.globalMatch(svg); it.hasNext();) {
        QString t = it.next().captured(1);
        t.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
            .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
            .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
            .replace(QStringLiteral("&apos;"), QStringLiteral("'"))
            .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        texts.append(t.trimmed());
    }
    return texts;
}

int svgShapes(const QString& svg)
{
    static const QRegularExpression shape(
        QStringLiteral("<(path|rect|circle|ellipse|polygon|polyline|line)\\b"));
    int n = 0;
    for (auto it = shape.globalMatch(svg); it.hasNext(); it.next())
        ++n;
    return n;
}

} // namespace

class TestTimelinePainter final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::shared_ptr<const core::CorpusIndex> m_sample;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto sample = littoral::test::loadSampleCorpus(m_dir.filePath(QStringLiteral("sample.db")));
        QVERIFY2(sample, qPrintable(sample ? QString() : sample.error().detail));
        m_sample = *sample;
    }

    void figure_equalsTheWidgetsOwnPicture_data()
    {
        QTest::addColumn<bool>("generated");
        QTest::addColumn<bool>("aggregated");
        QTest::addColumn<PrepareView>("prepare");
        using Prepare = PrepareView;
        QTest::addRow("sample_fitted") << false << false << Prepare([](SelectionState&, TimelineView&) {});
        QTest::addRow("sample_period_search_current")
            << false << false << Prepare([](SelectionState& s, TimelineView&) {
                   const qint64 first = s.corpus().documents().first().id;
                   s.setSearch(QStringLiteral("calais"), { { first, {} } });
                   s.setPeriod(QDate(2016, 1, 1), QDate(2017, 12, 31));
                   s.setCurrentDocument(first);
               });
        QTest::addRow("sample_by_sender_zoomed")
            << false << false << Prepare([](SelectionState&, TimelineView& v) {
                   v.setLaneMode(TimelineView::LaneMode::BySender);
                   v.zoomIn();
               });
        QTest::addRow("generated_aggregated")
            << true << true << Prepare([](SelectionState&, TimelineView&) {});
        QTest::addRow("generated_aggregated_filtered")
            << true << true << Prepare([](SelectionState& s, TimelineView&) {
                   s.setSearch(QStringLiteral("x"), { { 10, {} }, { 20, {} }, { 300, {} } });
                   s.setPeriod(QDate(2016, 1, 1), QDate(2016, 12, 31));
                   s.setTypeShown(core::DocumentType::PressRelease, false);
                   s.setCurrentDocument(10);
               });
        QTest::addRow("generated_zoomed_to_single_marks")
            << true << false << Prepare([](SelectionState& s, TimelineView& v) {
                   s.setSearch(QStringLiteral("x"), { { 10, {} }, { 20, {} } });
                   for (int i = 0; i < 9; ++i)
                       v.zoomIn();
               });
    }

    void figure_equalsTheWidgetsOwnPicture()
    {
        QFETCH(bool, generated);
        QFETCH(bool, aggregated);
        QFETCH(PrepareView, prepare);
        SelectionState selection;
        TimelineView view(&selection);
        view.resize(s_size);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        selection.setCorpus(generated ? generatedCorpus(2000) : m_sample);
        prepare(selection, view);
        QCOMPARE(view.isAggregated(), aggregated);
        QVERIFY(view.markCount() > 0);

        const QImage widget = view.grab().toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
        const render::Figure figure = view.figure();
        QCOMPARE(figure.size, view.size());
        QVERIFY(figure.caption.startsWith(QStringLiteral("Timeline · ")));
        const QImage painted = figureImage(figure, widget.devicePixelRatio());
        QCOMPARE(painted.size(), widget.size());

        // The lane menu and the Fit button are controls of the widget, not part of the picture.
        QList<QRect> controls;
        for (const QWidget* child : view.findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) {
            if (qobject_cast<const QComboBox*>(child) || qobject_cast<const QToolButton*>(child))
                controls.append(QRect(child->geometry().topLeft() * widget.devicePixelRatio(),
                    child->geometry().size() * widget.devicePixelRatio()));
        }
        QCOMPARE(controls.size(), 2);
        int differing = 0;
        QString first;
        for (int y = 0; y < widget.height(); ++y) {
            for (int x = 0; x < widget.width(); ++x) {
                if (std::any_of(
                        controls.cbegin(), controls.cend(), [&](const QRect& r) { return r.contains(x, y); }))
                    continue;
                if (widget.pixel(x, y) != painted.pixel(x, y)) {
                    if (differing++ == 0)
                        first = QStringLiteral("(%1, %2): widget %3, figure %4")
                                    .arg(x)
                                    .arg(y)
                                    .arg(widget.pixel(x, y), 8, 16)
                                    .arg(painted.pixel(x, y), 8, 16);
                }
            }
        }
        const QString pngDir = qEnvironmentVariable("LITTORAL_TIMELINE_PNG_DIR");
        if (!pngDir.isEmpty())
            painted.save(QDir(pngDir).filePath(
                QStringLiteral("figure-%1.png").arg(QLatin1String(QTest::currentDataTag()))));
        // The density band is in the comparison: drawn, in the types' colours, on both.
        int coloured = 0;
        const int bandTop = int(view.density()->geometry().top()),
                  bandBottom = int(view.density()->geometry().bottom());
        for (int y = bandTop; y <= bandBottom; ++y)
            for (int x = 0; x < painted.width(); ++x)
                coloured += QColor(painted.pixel(x, y)).hsvSaturation() > 60 ? 1 : 0;
        QVERIFY2(coloured > 100, qPrintable(QStringLiteral("%1 coloured pixels in the band").arg(coloured)));
        QVERIFY2(differing == 0,
            qPrintable(QStringLiteral("%1 pixels differ, first at %2").arg(differing).arg(first)));
    }

    void figure_ofTheWidget_isVectorInAnSvg()
    {
        SelectionState selection;
        TimelineView view(&selection);
        view.resize(s_size);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        selection.setCorpus(m_sample);
        const QString svg = svgOf(view.figure());
        QVERIFY2(!svg.contains(QStringLiteral("<image")), "the figure is drawn, not an embedded picture");
        const QStringList texts = svgTexts(svg);
        // All but the last, which is not drawn when the right edge would cut it.
        const QStringList labels = view.axisLabels().mid(0, view.axisLabels().size() - 1);
        QVERIFY(labels.size() >= 3);
        for (const QString& label : labels)
            QVERIFY2(texts.contains(label), qPrintable(label));
        for (const QString& lane : view.laneNames())
            QVERIFY2(texts.contains(lane), qPrintable(lane));
        QVERIFY(svgShapes(svg) > 20);
    }

    void timelineFigure_svgHoldsTheAxisLabelsAsTextAndTheMarksAsShapes()
    {
        SelectionState selection;
        selection.setCorpus(generatedCorpus(2000));
        selection.setPeriod(QDate(2016, 3, 1), QDate(2016, 5, 31)); // three months: marks one by one
        const render::FigureStyle style { QPalette(), QFont() };
        const render::Figure figure = render::timelineFigure(selection, s_size, style);
        QVERIFY(figure.caption.startsWith(QStringLiteral("Timeline · ")));
        const render::TimelineLayout layout = render::timelineFigureLayout(selection, s_size, style);
        QVERIFY(!layout.content->aggregated);
        QVERIFY(
            layout.scale.startDate() <= QDate(2016, 3, 1) && layout.scale.endDate() >= QDate(2016, 5, 31));
        QVERIFY(layout.scale.startDate() >= QDate(2016, 2, 1) && layout.scale.endDate() <= QDate(2016, 7, 1));

        const QString svg = svgOf(figure);
        const QString pngDir = qEnvironmentVariable("LITTORAL_TIMELINE_PNG_DIR");
        if (!pngDir.isEmpty()) {
            QFile file(QDir(pngDir).filePath(QStringLiteral("timeline-figure.svg")));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(svg.toUtf8());
        }
        QVERIFY2(!svg.contains(QStringLiteral("<image")), "the figure is drawn, not an embedded picture");
        const QStringList texts = svgTexts(svg);
        QList<core::TimeTick> ticks = layout.ticks();
        QVERIFY(ticks.size() >= 3);
        int labels = 0;
        for (const core::TimeTick& tick : std::as_const(ticks)) {
            if (layout.scale.timeToX(tick.time) > layout.size.width() - 80)
                continue; // a label cut by the right edge is not drawn
            QVERIFY2(texts.contains(tick.label), qPrintable(tick.label));
            ++labels;
        }
        QVERIFY(labels >= 3);
        QVERIFY(texts.contains(render::TimelineData::typeLaneName(core::DocumentType::Letter)));
        QVERIFY2(std::any_of(texts.cbegin(), texts.cend(), [](const QString& t) { return t.startsWith(QStringLiteral("Period ")); }),
            "the period is said");
        QVERIFY2(!texts.contains(QStringLiteral("Esc clears")), "a figure says nothing of the keys");
        if (!pngDir.isEmpty())
            figureImage(figure, 1.0).save(QDir(pngDir).filePath(QStringLiteral("timeline-figure.png")));
        int marks = 0;
        for (const render::TimelineContent::Mark& mark : layout.content->marks)
            marks += layout.isOnShow(layout.data->docs.at(mark.doc)) ? 1 : 0;
        QVERIFY(marks > 100);
        QVERIFY2(svgShapes(svg) > marks,
            qPrintable(QStringLiteral("%1 shapes for %2 marks").arg(svgShapes(svg)).arg(marks)));
    }

    void timelineFigure_imageHasTheMarksColoursWhereTheLayoutPutsThem()
    {
        SelectionState selection;
        selection.setCorpus(m_sample);
        const render::FigureStyle style { QPalette(), QFont() };
        const QImage image = figureImage(render::timelineFigure(selection, s_size, style), 1.0);
        const render::TimelineLayout layout = render::timelineFigureLayout(selection, s_size, style);
        int checked = 0;
        for (const DocumentSummary& d : m_sample->documents()) {
            const QRectF rect = layout.markRect(d.id);
            if (rect.isEmpty())
                continue;
            const QColor colour = render::Palette::type(d.type);
            int near = 0;
            const QRect r = rect.toAlignedRect().intersected(image.rect());
            for (int y = r.top(); y <= r.bottom(); ++y) {
                for (int x = r.left(); x <= r.right(); ++x) {
                    const QRgb p = image.pixel(x, y);
                    near += std::abs(qRed(p) - colour.red()) <= 12
                            && std::abs(qGreen(p) - colour.green()) <= 12
                            && std::abs(qBlue(p) - colour.blue()) <= 12
                        ? 1
                        : 0;
                }
            }
            const bool exactDay = d.date.precision() == core::DatePrecision::Day && !d.date.approximate;
            if (exactDay) {
                QVERIFY2(near > 0, qPrintable(d.source));
                ++checked;
            }
        }
        QVERIFY(checked >= 3);
        // Where there is no mark, none of the marks' colours: a blank lane stays the lane's background.
        const QRectF lanes = layout.geometry.lanes;
        const QRgb blank = image.pixel(int(layout.scale.x1()) - 2, int(lanes.bottom()) - 2);
        QVERIFY(qAlpha(blank) == 255);
    }
};

QTEST_MAIN(TestTimelinePainter)
#include "tst_timelinepainter.moc"
