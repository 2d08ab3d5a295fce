// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The chronology's lane on the timeline, on the real sample corpus, offscreen: where it is drawn, the
// legend's toggle, the tooltip, the click, the context menu, ~80 events, and the figure.
// Set LITTORAL_TIMELINE_PNG_DIR to also write what it draws as PNG files, to look at.
#include "core/models/chronologyindex.h"
#include "core/models/corpusindex.h"
#include "core/models/selectionstate.h"
#include "render/palette.h"
#include "render/timelinefigure.h"
#include "support/samplecorpus.h"
#include "ui/timelineview.h"

#include <QAction>
#include <QCoreApplication>
#include <QImage>
#include <QMenu>
#include <QPainter>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace littoral;
using core::ChronologyEvent;
using core::ChronologyIndex;
using core::PartialDate;
using ui::TimelineView;

namespace {

ChronologyEvent chronologyEvent(const QString& id, const QString& edtf, const QString& fr, const QString& en,
    const QString& description = {}, const QString& url = {})
{
    ChronologyEvent e;
    e.id = id;
    e.setEdtf(edtf);
    e.labelFr = fr;
    e.labelEn = en;
    e.descriptionEn = description;
    e.sourceUrl = url.isEmpty() ? QStringLiteral("https://example.org/") + id : url;
    return e;
}

// Three events in the sample corpus's years: a day, a span of days, a month.
QList<ChronologyEvent> threeEvents()
{
    return { chronologyEvent(QStringLiteral("jungle-evacuation"), QStringLiteral("2016-10-24/2016-10-26"),
                 QStringLiteral("Évacuation de la « Jungle »"), QStringLiteral("Evacuation of the Jungle"),
                 QStringLiteral("The camp's residents are moved to reception centres across France."),
                 QStringLiteral("https://www.vie-publique.fr/jungle")),
        chronologyEvent(QStringLiteral("joint-declaration"), QStringLiteral("2015-08-20"),
            QStringLiteral("Déclaration conjointe franco-britannique"), QStringLiteral("UK–France joint declaration"),
            QStringLiteral("The two interior ministers sign a declaration in Calais."),
            QStringLiteral("https://www.gov.uk/joint-declaration")),
        chronologyEvent(QStringLiteral("sandhurst"), QStringLiteral("2018-01"), QStringLiteral("Traité de Sandhurst"),
            QStringLiteral("Sandhurst Treaty")) };
}

QImage grabImage(TimelineView& view)
{
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    view.render(&painter);
    painter.end();
    return image;
}

int pixelsNear(const QImage& image, const QRect& area, const QColor& colour, int tolerance = 24)
{
    const QRect r = area.intersected(image.rect());
    int count = 0;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x) {
            const QRgb p = image.pixel(x, y);
            count += std::abs(qRed(p) - colour.red()) <= tolerance && std::abs(qGreen(p) - colour.green()) <= tolerance
                    && std::abs(qBlue(p) - colour.blue()) <= tolerance
                ? 1
                : 0;
        }
    return count;
}

void savePng(const QImage& image, const QString& name)
{
    const QString dir = qEnvironmentVariable("LITTORAL_TIMELINE_PNG_DIR");
    if (!dir.isEmpty())
        image.save(dir + QLatin1Char('/') + name);
}

} // namespace

class TestChronologyLane final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::shared_ptr<const core::CorpusIndex> m_corpus;

    std::shared_ptr<const ChronologyIndex> index(QList<ChronologyEvent> events) const
    {
        return std::make_shared<const ChronologyIndex>(ChronologyIndex::build(std::move(events), m_corpus.get()));
    }

    // A view of the sample corpus from 2014 to 2019 at a laptop's width.
    static void showYears(TimelineView& view)
    {
        view.resize(1366, 420);
        view.show();
        view.showDays(QDate(2014, 6, 1), QDate(2019, 6, 1));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        auto corpus = test::loadSampleCorpus(m_dir.filePath(QStringLiteral("sample.db")));
        QVERIFY2(corpus, corpus ? "" : qPrintable(corpus.error().detail));
        m_corpus = *corpus;
    }

    void init()
    {
        QSettings().remove(QStringLiteral("timeline/chronologyShown"));
    }

    void lane_isDrawnWhereTheRectSays_andNotWithoutAChronology()
    {
        core::SelectionState selection;
        selection.setCorpus(m_corpus);
        TimelineView view(&selection);
        showYears(view);
        const QColor slate = render::Palette::chronology();
        // No chronology: no lane, no legend entry, no slate anywhere.
        QVERIFY(view.chronologyEventRect(QStringLiteral("joint-declaration")).isEmpty());
        QVERIFY(view.chronologyLegendRect().isEmpty());
        const QImage before = grabImage(view);
        QCOMPARE(pixelsNear(before, before.rect(), slate, 6), 0);

        view.setChronology(index(threeEvents()));
        const QImage image = grabImage(view);
        savePng(image, QStringLiteral("chronology-lane.png"));
        for (const QString& id : { QStringLiteral("jungle-evacuation"), QStringLiteral("joint-declaration"),
                 QStringLiteral("sandhurst") }) {
            const QRectF rect = view.chronologyEventRect(id);
            QVERIFY2(!rect.isEmpty(), qPrintable(id));
            QVERIFY2(pixelsNear(image, rect.toAlignedRect(), slate) >= 4, qPrintable(id));
        }
        // Its own lane: above the mentioned events', below the density band, apart from documents.
        const QRectF flag = view.chronologyEventRect(QStringLiteral("joint-declaration"));
        QVERIFY(flag.bottom() < view.rect().height() / 2.0 + 60);
        QVERIFY(!view.chronologyLegendRect().isEmpty());
        QVERIFY(pixelsNear(image, view.chronologyLegendRect().toAlignedRect(), slate) >= 4);
        // An empty chronology is no lane either.
        view.setChronology(index({}));
        QVERIFY(view.chronologyEventRect(QStringLiteral("joint-declaration")).isEmpty());
        QVERIFY(view.chronologyLegendRect().isEmpty());
    }

    void legendClick_hidesTheLane_andTheSettingIsSaved()
    {
        core::SelectionState selection;
        selection.setCorpus(m_corpus);
        TimelineView view(&selection);
        showYears(view);
        view.setChronology(index(threeEvents()));
        QSignalSpy shown(&view, &TimelineView::chronologyShownChanged);
        const QString id = QStringLiteral("joint-declaration");
        QVERIFY(view.isChronologyShown());
        QVERIFY(!view.chronologyEventRect(id).isEmpty());

        QTest::mouseClick(&view, Qt::LeftButton, {}, view.chronologyLegendRect().center().toPoint());
        QVERIFY(!view.isChronologyShown());
        QCOMPARE(shown.count(), 1);
        QCOMPARE(shown.first().first().toBool(), false);
        QVERIFY(view.chronologyEventRect(id).isEmpty());
        QCOMPARE(QSettings().value(QStringLiteral("timeline/chronologyShown")).toBool(), false);
        // The entry stays, struck out, to bring it back; nothing slate is left where the flag was.
        QVERIFY(!view.chronologyLegendRect().isEmpty());
        // A new view starts as the user left it.
        {
            TimelineView other(&selection);
            QVERIFY(!other.isChronologyShown());
        }
        QTest::mouseClick(&view, Qt::LeftButton, {}, view.chronologyLegendRect().center().toPoint());
        QVERIFY(view.isChronologyShown());
        QCOMPARE(shown.count(), 2);
        QVERIFY(!view.chronologyEventRect(id).isEmpty());
        QCOMPARE(QSettings().value(QStringLiteral("timeline/chronologyShown")).toBool(), true);
    }

    void toolTip_saysLabelDateDescriptionCountAndSource()
    {
        core::SelectionState selection;
        selection.setCorpus(m_corpus);
        TimelineView view(&selection);
        showYears(view);
        const auto chronology = index(threeEvents());
        view.setChronology(chronology);
        const QString id = QStringLiteral("joint-declaration");
        const QString tip = view.toolTipAt(view.chronologyEventRect(id).center());
        QVERIFY2(tip.contains(QStringLiteral("UK–France joint declaration")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("The two interior ministers sign a declaration in Calais.")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("https://www.gov.uk/joint-declaration")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("20 Aug 2015")) || tip.contains(QStringLiteral("August 20, 2015"))
                || tip.contains(QStringLiteral("2015")),
            qPrintable(tip));
        const int mentions = int(chronology->documentsMentioning(chronology->indexOf(id)).size());
        // The count as the interface says it ("Mentioned in 1 document", "Mentionné dans 2 documents").
        QVERIFY2(tip.contains(QCoreApplication::translate(
                     "littoral::ui::TimelineView", "Mentioned in %Ln document(s)", nullptr, mentions)),
            qPrintable(tip));
        // A span's tooltip names both ends.
        const QString span = view.toolTipAt(view.chronologyEventRect(QStringLiteral("jungle-evacuation")).center());
        QVERIFY2(span.contains(QStringLiteral("Evacuation of the Jungle")) && span.contains(QStringLiteral("–")),
            qPrintable(span));
    }

    void click_opensTheSource_andSaysWhichEvent()
    {
        core::SelectionState selection;
        selection.setCorpus(m_corpus);
        TimelineView view(&selection);
        showYears(view);
        view.setChronology(index(threeEvents()));
        QList<QUrl> opened;
        view.setUrlOpener([&opened](const QUrl& url) { opened.append(url); });
        QSignalSpy activated(&view, &TimelineView::chronologyEventActivated);
        const qint64 current = selection.currentDocument();
        QTest::mouseClick(&view, Qt::LeftButton, {}, view.chronologyEventRect(QStringLiteral("joint-declaration")).center().toPoint());
        QCOMPARE(opened, QList<QUrl> { QUrl(QStringLiteral("https://www.gov.uk/joint-declaration")) });
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toString(), QStringLiteral("joint-declaration"));
        QCOMPARE(selection.currentDocument(), current); // not a document's click
        // Elsewhere nothing opens.
        QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(5, view.height() - 5));
        QCOMPARE(opened.size(), 1);
    }

    void contextMenu_showDocuments_setsThePeriod_editAsks()
    {
        core::SelectionState selection;
        selection.setCorpus(m_corpus);
        TimelineView view(&selection);
        showYears(view);
        const auto chronology = index(threeEvents());
        view.setChronology(chronology);
        const QString id = QStringLiteral("jungle-evacuation");
        std::unique_ptr<QMenu> menu(view.chronologyMenu(id, nullptr));
        QVERIFY(menu);
        QCOMPARE(menu->actions().size(), 3);
        QSignalSpy edit(&view, &TimelineView::chronologyEditRequested);
        menu->actions().at(2)->trigger();
        QCOMPARE(edit.count(), 1);
        QCOMPARE(edit.first().first().toString(), id);
        menu->actions().at(1)->trigger();
        if (chronology->documentsMentioning(chronology->indexOf(id)).isEmpty()) {
            QCOMPARE(selection.periodFrom(), QDate(2016, 10, 24));
            QCOMPARE(selection.periodTo(), QDate(2016, 10, 26));
        } else {
            QCOMPARE(selection.edgeDocuments().size(), chronology->documentsMentioning(chronology->indexOf(id)).size());
        }
        QList<QUrl> opened;
        view.setUrlOpener([&opened](const QUrl& url) { opened.append(url); });
        menu->actions().at(0)->trigger();
        QCOMPARE(opened, QList<QUrl> { QUrl(QStringLiteral("https://www.vie-publique.fr/jungle")) });
        QVERIFY(!view.chronologyMenu(QStringLiteral("no-such-event"), nullptr));
    }

    void selectChronologyEvent_centresIt()
    {
        core::SelectionState selection;
        selection.setCorpus(m_corpus);
        TimelineView view(&selection);
        view.resize(1366, 420);
        view.show();
        view.showDays(QDate(2014, 1, 1), QDate(2014, 12, 31)); // the event is beyond the view
        view.setChronology(index(threeEvents()));
        const QString id = QStringLiteral("sandhurst");
        QVERIFY(view.chronologyEventRect(id).isEmpty());
        view.selectChronologyEvent(id);
        QCOMPARE(view.selectedChronologyEvent(), id);
        const QRectF rect = view.chronologyEventRect(id);
        QVERIFY(!rect.isEmpty());
        const double middle = (view.timeScale().x0() + view.timeScale().x1()) / 2;
        QVERIFY2(std::abs(rect.center().x() - middle) < 4, qPrintable(QString::number(rect.center().x() - middle)));
    }

    void eightyEvents_labelsNeverOverlap_andFigureShowsTheLane()
    {
        core::SelectionState selection;
        selection.setCorpus(m_corpus);
        QList<ChronologyEvent> events;
        for (int i = 0; i < 80; ++i) {
            const QDate day = QDate(2002, 1, 1).addDays(i * 83);
            events.append(chronologyEvent(QStringLiteral("e%1").arg(i), day.toString(Qt::ISODate),
                QStringLiteral("Événement numéro %1 de la chronologie").arg(i),
                QStringLiteral("Chronology event number %1").arg(i)));
        }
        const auto chronology = index(events);
        TimelineView view(&selection);
        view.resize(1366, 420);
        view.show();
        view.setChronology(chronology);
        view.showDays(QDate(2002, 1, 1), QDate(2021, 1, 1));
        int onShow = 0;
        for (const ChronologyEvent& e : std::as_const(events))
            onShow += view.chronologyEventRect(e.id).isEmpty() ? 0 : 1;
        QCOMPARE(onShow, 80);

        // The figure without a widget lays the same lane out; its labels do not overlap.
        const render::FigureStyle style { view.palette(), view.font() };
        const render::TimelineLayout layout
            = render::timelineFigureLayout(selection, QSize(1366, 420), style, {}, chronology.get());
        QVERIFY(!layout.overlay->chronology.isEmpty());
        int labelled = 0;
        for (const auto& a : layout.overlay->chronology) {
            if (a.label.isEmpty())
                continue;
            ++labelled;
            for (const auto& b : layout.overlay->chronology)
                QVERIFY(&a == &b || b.label.isEmpty() || !a.label.intersects(b.label));
        }
        QVERIFY(labelled > 1);

        // The widget's figure paints the lane as the widget does.
        const render::Figure figure = view.figure();
        QImage image(figure.size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter p(&image);
        figure.paint(p);
        p.end();
        savePng(image, QStringLiteral("chronology-80.png"));
        const QRectF flag = view.chronologyEventRect(QStringLiteral("e40"));
        QVERIFY(pixelsNear(image, flag.toAlignedRect(), render::Palette::chronology()) >= 4);
    }
};

QTEST_MAIN(TestChronologyLane)
#include "tst_chronologylane.moc"
