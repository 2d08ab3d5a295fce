// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline on the bundled sample corpus and on a large synthetic one, rendered offscreen.
// Set LITTORAL_TIMELINE_PNG_DIR to also write what it draws as PNG files, to look at.
#include "core/db/database.h"
#include "support/samplecorpus.h"
#include "core/import/importjob.h"
#include "core/models/corpusindex.h"
#include "core/models/selectionstate.h"
#include "core/models/timelinecounts.h"
#include "ui/palette.h"
#include "ui/timelinedensity.h"
#include "ui/timelineview.h"

#include <QImage>
#include <QMap>
#include <QPainter>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <memory>

using namespace littoral;
using core::DocumentSummary;
using core::PartialDate;
using core::SelectionState;
using core::TimeScale;
using ui::TimelineView;

namespace {

constexpr QSize s_size(1400, 300);

QImage renderImage(TimelineView& view)
{
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    view.render(&painter);
    painter.end();
    return image;
}

// Whether a pixel is within `tolerance` of a colour on each channel.
bool isNear(QRgb pixel, const QColor& colour, int tolerance)
{
    return std::abs(qRed(pixel) - colour.red()) <= tolerance && std::abs(qGreen(pixel) - colour.green()) <= tolerance
        && std::abs(qBlue(pixel) - colour.blue()) <= tolerance;
}

// How many pixels of `area` (clipped to the image) are within `tolerance` of `colour`.
int pixelsNear(const QImage& image, const QRect& area, const QColor& colour, int tolerance = 12)
{
    const QRect r = area.intersected(image.rect());
    int count = 0;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            count += isNear(image.pixel(x, y), colour, tolerance) ? 1 : 0;
    return count;
}

constexpr std::array<core::DocumentType, core::kDocumentTypeCount> s_types { core::DocumentType::Letter, core::DocumentType::OpenLetter,
    core::DocumentType::PressRelease, core::DocumentType::Email, core::DocumentType::Other };

// What is drawn for single marks: each mark on show in its type's full colour where the filter keeps
// it and nowhere in full colour where it is dimmed; across the rows of the marks, no type's colour
// outside them. Marks that overlap another are left out (the one on top hides the other).
void checkMarks(const TimelineView& view, const QImage& image, const core::CorpusIndex& corpus,
    const SelectionState& selection, int* shown = nullptr)
{
    QList<std::pair<const DocumentSummary*, QRect>> marks;
    for (const DocumentSummary& d : corpus.documents()) {
        const QRectF rect = view.markRect(d.id);
        if (!rect.isEmpty() && QRectF(view.rect()).contains(rect.center()))
            marks.append({ &d, rect.toAlignedRect() });
    }
    QVERIFY(!marks.isEmpty());
    int top = image.height(), bottom = 0, checked = 0;
    for (const auto& mark : std::as_const(marks)) {
        const DocumentSummary* d = mark.first;
        const QRect rect = mark.second;
        top = std::min(top, rect.top());
        bottom = std::max(bottom, rect.bottom());
        const bool alone = std::none_of(marks.cbegin(), marks.cend(), [&](const auto& other) {
            return other.first != d && other.second.adjusted(-2, -2, 2, 2).intersects(rect);
        });
        if (!alone)
            continue;
        const int full = pixelsNear(image, rect, ui::Palette::type(d->type));
        const QString what = QStringLiteral("%1 (%2): %3 pixels of its colour").arg(d->source, d->date.toEdtf()).arg(full);
        const bool exactDay = d->date.precision() == core::DatePrecision::Day && !d->date.approximate;
        if (selection.accepts(d->id))
            QVERIFY2(full > 0 || !exactDay, qPrintable(what)); // spans are outlined: their fill is lighter
        else
            QVERIFY2(full == 0, qPrintable(what));
        ++checked;
    }
    QVERIFY(checked > 0);
    // Across the plot (the gutter holds the lanes' colour keys); grey, the "other" type's colour, is
    // also the colour of grid lines, so only the three vivid colours are looked for.
    const int left = int(std::ceil(view.timeScale().x0())), right = int(std::floor(view.timeScale().x1()));
    for (int y = top; y <= bottom; ++y) {
        for (int x = left; x < right; ++x) {
            if (std::any_of(marks.cbegin(), marks.cend(), [&](const auto& m) { return m.second.adjusted(-6, -6, 6, 6).contains(x, y); }))
                continue;
            for (const core::DocumentType type : { core::DocumentType::Letter, core::DocumentType::OpenLetter, core::DocumentType::PressRelease })
                QVERIFY2(!isNear(image.pixel(x, y), ui::Palette::type(type), 12),
                    qPrintable(QStringLiteral("a mark's colour at (%1, %2), away from every mark").arg(x).arg(y)));
        }
    }
    if (shown)
        *shown = checked;
}

// Aggregated columns as drawn, sampled across the plot: a column shows a type's full colour where a
// lane keeps a good share of the tallest bar's documents of that type (when lanes are tall enough for
// such a share to cover whole pixels), no type's full colour where it keeps none (dimmed bars are
// pale), and the search colour exactly where it holds hits.
void checkColumns(const TimelineView& view, const QImage& image, const core::CorpusIndex& corpus, bool tallBarsVisible = true)
{
    const TimeScale& scale = view.timeScale();
    int top = image.height(), bottom = 0;
    for (const DocumentSummary& d : corpus.documents()) {
        const QRectF r = view.markRect(d.id);
        if (!r.isEmpty()) {
            top = std::min(top, int(std::floor(r.top())));
            bottom = std::max(bottom, int(std::ceil(r.bottom())));
        }
    }
    QVERIFY(top < bottom);
    const int lanes = int(view.laneNames().size());
    double tallest = 0.0;
    for (double x = scale.x0() + 0.5; x < scale.x1(); x += 1.0)
        for (int lane = 0; lane < lanes; ++lane)
            for (const double w : view.columnAt(lane, x).accepted)
                tallest = std::max(tallest, w);
    QVERIFY(tallest > 0.0);
    int tall = 0, empty = 0;
    for (double x = scale.x0() + 4.5; x < scale.x1() - 4.0; x += 9.0) {
        const auto [from, to] = view.columnTimes(x);
        const int px = int(std::floor((scale.timeToX(from) + scale.timeToX(to)) / 2));
        const QRect column(px, top, 1, bottom - top + 1);
        std::array<double, core::kDocumentTypeCount> kept {};
        std::array<bool, core::kDocumentTypeCount> isTall {};
        int hitCount = 0;
        for (int lane = 0; lane < lanes; ++lane) {
            const core::TimelineCounts::Range r = view.columnAt(lane, x);
            for (std::size_t t = 0; t < 4; ++t) {
                kept[t] += r.accepted[t];
                isTall[t] = isTall[t] || r.accepted[t] >= 0.25 * tallest;
            }
            hitCount += r.hits;
        }
        for (std::size_t t = 0; t < 4; ++t) {
            const int full = pixelsNear(image, column, ui::Palette::type(s_types[t]));
            const QString what = QStringLiteral("x %1, type %2: %3 kept, %4 pixels").arg(px).arg(t).arg(kept[t]).arg(full);
            if (isTall[t] && tallBarsVisible) {
                QVERIFY2(full > 0, qPrintable(what));
                ++tall;
            } else if (kept[t] == 0.0) {
                QVERIFY2(full == 0, qPrintable(what));
                ++empty;
            }
        }
        const int yellow = pixelsNear(image, column, ui::Palette::searchHit());
        QVERIFY2(hitCount > 0 ? yellow > 0 : yellow == 0, qPrintable(QStringLiteral("x %1: %2 hits, %3 pixels").arg(px).arg(hitCount).arg(yellow)));
    }
    QVERIFY(tall > 0 || !tallBarsVisible);
    QVERIFY(empty > 0);
}

void savePng(TimelineView& view, const QString& name)
{
    const QString dir = qEnvironmentVariable("LITTORAL_TIMELINE_PNG_DIR");
    if (!dir.isEmpty())
        QVERIFY(view.grab().save(dir + QLatin1Char('/') + name));
}

// 5,000 documents between 2013 and 2021 with every date precision, 40 senders, a few events.
core::CorpusIndex syntheticCorpus(int documents)
{
    QRandomGenerator random(20161024);
    QList<core::CorrespondentSummary> correspondents;
    for (int i = 1; i <= 40; ++i) {
        const bool organisation = i <= 25;
        correspondents.append(
            { i, organisation ? core::CorrespondentKind::Organization : core::CorrespondentKind::Person,
                organisation ? QStringLiteral("Association n°%1 pour les exilés").arg(i)
                             : QStringLiteral("Person %1").arg(i),
                {}, 0, {} });
    }
    correspondents.append(
        { 100, core::CorrespondentKind::Organization, QStringLiteral("Préfecture du Pas-de-Calais"), {}, 0, {} });
    QList<DocumentSummary> summaries;
    QList<core::Participation> participations;
    for (int i = 1; i <= documents; ++i) {
        DocumentSummary d;
        d.id = i;
        d.source = QStringLiteral("%1.txt").arg(i);
        // Busier around the 2016 dismantling, as real corpora are.
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
        if (random.bounded(50) == 0)
            d.date = {}; // undated
        d.dateStart = d.date.isValid() ? d.date.firstDay() : QDate();
        d.dateEnd = d.date.isValid() ? d.date.lastDay() : QDate();
        d.type = core::DocumentType(random.bounded(100) < 55 ? 0 : random.bounded(4));
        d.title = QStringLiteral("Document %1 sur la situation à Calais").arg(i);
        // A few senders write most: a long-tailed distribution like real corpora.
        const qint64 sender
            = 1 + qint64(std::min(39.0, std::floor(std::pow(random.generateDouble(), 2.5) * 40)));
        d.senders = { correspondents.at(sender - 1).name };
        d.recipients = { QStringLiteral("Préfecture du Pas-de-Calais") };
        participations.append({ i, sender, core::ParticipantRole::Sender });
        participations.append({ i, 100, core::ParticipantRole::Recipient });
        summaries.append(d);
    }
    const QList<std::pair<QString, PartialDate>> pool = {
        { QStringLiteral("Fermeture du centre de Sangatte"), PartialDate::ofDay(2002, 11, 5) },
        { QStringLiteral("Ouverture du centre Jules Ferry"), PartialDate::ofDay(2015, 1, 12) },
        { QStringLiteral("Démantèlement de la zone sud de la Jungle"), PartialDate::ofMonth(2016, 3) },
        { QStringLiteral("Démantèlement de la Jungle de Calais"), PartialDate::ofSeason(2016, 23) },
        { QStringLiteral("Third national meeting with voluntary organisations"),
            PartialDate::ofDay(2016, 10, 11) },
        { QStringLiteral("Évacuation du campement"), PartialDate::ofDay(2016, 10, 24) },
        { QStringLiteral("Décision du Conseil d'État sur les points d'eau"),
            PartialDate::ofDay(2017, 7, 31) },
        { QStringLiteral("Hausse des traversées maritimes"), PartialDate { 2020, 0, 0, 21, true } },
        { QStringLiteral("Affectation de 200 policiers supplémentaires"), PartialDate::ofMonth(2020, 7) },
        { QStringLiteral("Naufrage dans la Manche"), PartialDate::ofDay(2021, 11, 24) },
    };
    QList<core::DatedEvent> events;
    for (int i = 0; i < 200; ++i) {
        const auto& [label, date] = pool.at(random.bounded(int(pool.size())));
        events.append({ 1 + random.bounded(documents), label, date, date.firstDay(), date.lastDay() });
    }
    std::sort(summaries.begin(), summaries.end(), [](const DocumentSummary& a, const DocumentSummary& b) {
        return a.dateStart.isValid() && (!b.dateStart.isValid() || a.dateStart < b.dateStart);
    });
    return core::CorpusIndex::fromParts(summaries, correspondents, participations, events);
}

// What a time range of one lane holds, counted document by document: a day where its middle falls, a
// month or a year by the share of its days in the range.
core::TimelineCounts::Range countDirectly(const core::CorpusIndex& corpus, const SelectionState& selection,
    core::DocumentType type, double from, double to)
{
    core::TimelineCounts::Range r;
    for (const DocumentSummary& d : corpus.documents()) {
        if (!d.dateStart.isValid() || d.type != type)
            continue;
        const double start = TimeScale::toTime(d.dateStart);
        const double end = TimeScale::toTime(d.dateEnd) + 1.0;
        const bool point = d.date.precision() == core::DatePrecision::Day;
        double weight = 0.0;
        bool touches = false;
        if (point) {
            touches = start + 0.5 >= from && start + 0.5 < to;
            weight = touches ? 1.0 : 0.0;
        } else {
            touches = start < to && end > from;
            weight = std::max(0.0, std::min(end, to) - std::max(start, from)) / (end - start);
        }
        (selection.accepts(d.id) ? r.accepted : r.dimmed)[int(type)] += weight;
        r.documents += touches ? 1 : 0;
        r.hits += touches && selection.isSearchHit(d.id) ? 1 : 0;
    }
    return r;
}

} // namespace

class TestTimelineView final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::shared_ptr<const core::CorpusIndex> m_sample;

    qint64 documentOn(QDate date) const
    {
        for (const DocumentSummary& d : m_sample->documents()) {
            if (d.dateStart == date)
                return d.id;
        }
        return 0;
    }

    static void showAndWait(TimelineView& view)
    {
        view.resize(s_size);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("sample.db"));
        auto sample = littoral::test::loadSampleCorpus(path);
        QVERIFY2(sample, qPrintable(sample ? QString() : sample.error().detail));
        m_sample = *sample;
        QCOMPARE(m_sample->documents().size(), 5);
    }

    void sampleCorpus_drawsFiveMarksInTheMonthsOfTheirDates()
    {
        SelectionState selection;
        TimelineView view(&selection);
        showAndWait(view);
        selection.setCorpus(m_sample);
        QCOMPARE(view.markCount(), 5);
        QVERIFY(!view.isAggregated());
        for (const DocumentSummary& d : m_sample->documents()) {
            const QRectF rect = view.markRect(d.id);
            QVERIFY2(!rect.isEmpty(), qPrintable(d.source));
            QVERIFY(rect.right() <= view.width() && rect.bottom() <= view.height() && rect.top() >= 0);
            const QDate drawn = view.timeScale().xToDate(rect.center().x());
            QCOMPARE(drawn.year(), d.dateStart.year());
            QCOMPARE(drawn.month(), d.dateStart.month());
        }
        QCOMPARE(view.laneNames(),
            (QStringList { QStringLiteral("Letters"), QStringLiteral("Open letters"),
                QStringLiteral("Press releases") }));
        savePng(view, QStringLiteral("timeline-sample.png"));
    }

    void sampleCorpus_showsTheWhole2014to2020Band()
    {
        SelectionState selection;
        TimelineView view(&selection);
        showAndWait(view);
        selection.setCorpus(m_sample);
        QVERIFY(view.timeScale().startDate() <= QDate(2014, 1, 1));
        QVERIFY(view.timeScale().endDate() >= QDate(2020, 12, 31));
        // Zoomed in and fitted again: back to the band.
        view.zoomIn();
        view.zoomIn();
        QVERIFY(view.timeScale().startDate() > QDate(2014, 1, 1));
        QTest::keyClick(&view, Qt::Key_F);
        QVERIFY(view.timeScale().startDate() <= QDate(2014, 1, 1));
        QVERIFY(view.timeScale().endDate() >= QDate(2020, 12, 31));
    }

    // One document dated far off (a typo's 6017, a misread 1905) never chooses the default view: the
    // five others stay on show where they were, and Fit keeps to them too.
    void oneStrayDate_doesNotChooseTheDefaultView_data()
    {
        QTest::addColumn<QDate>("stray");
        QTest::addRow("year_6017") << QDate(6017, 2, 7);
        QTest::addRow("year_1905") << QDate(1905, 3, 1);
        QTest::addRow("year_2090") << QDate(2090, 1, 1);
    }
    void oneStrayDate_doesNotChooseTheDefaultView()
    {
        QFETCH(QDate, stray);
        QList<DocumentSummary> documents = m_sample->documents();
        DocumentSummary odd = documents.first();
        odd.id = 1000000;
        odd.source = QStringLiteral("stray.txt");
        odd.date = PartialDate::ofDay(stray.year(), stray.month(), stray.day());
        odd.dateStart = odd.dateEnd = stray;
        documents.append(odd);
        const auto corpus = std::make_shared<const core::CorpusIndex>(core::CorpusIndex::fromParts(
            documents, m_sample->correspondents(), m_sample->participations(), m_sample->events()));
        SelectionState selection;
        TimelineView view(&selection);
        showAndWait(view);
        selection.setCorpus(corpus);
        for (int fit = 0; fit < 2; ++fit) {
            const TimeScale& scale = view.timeScale();
            QVERIFY2(scale.startDate() >= QDate(2013, 6, 1) && scale.startDate() <= QDate(2014, 1, 1),
                qPrintable(scale.startDate().toString(Qt::ISODate)));
            QVERIFY2(scale.endDate() >= QDate(2020, 12, 31) && scale.endDate() <= QDate(2021, 6, 30),
                qPrintable(scale.endDate().toString(Qt::ISODate)));
            for (const DocumentSummary& d : m_sample->documents())
                QVERIFY2(QRectF(view.rect()).contains(view.markRect(d.id).center()), qPrintable(d.source));
            QVERIFY(view.markRect(odd.id).isEmpty());
            view.zoomIn();
            QTest::keyClick(&view, Qt::Key_F); // Fit: the same period
        }
    }

    void brushOnTheAxis_2016to2017_keepsTheThreeDocumentsOfThosYears()
    {
        SelectionState selection;
        TimelineView view(&selection);
        showAndWait(view);
        selection.setCorpus(m_sample);
        QSignalSpy filterChanged(&selection, &SelectionState::filterChanged);
        const double y = view.axisRect().center().y();
        const TimeScale& scale = view.timeScale();
        const QPoint from(qRound(scale.dateToX(QDate(2016, 1, 1))), qRound(y));
        const QPoint to(qRound(scale.dateToX(QDate(2018, 1, 1))), qRound(y));
        QTest::mousePress(&view, Qt::LeftButton, {}, from);
        QTest::mouseMove(&view, from + QPoint(40, 0));
        QTest::mouseMove(&view, to);
        QTest::mouseRelease(&view, Qt::LeftButton, {}, to);

        QVERIFY(selection.hasPeriod());
        QCOMPARE(selection.periodFrom(), QDate(2016, 1, 1)); // snapped to months at this zoom
        QCOMPARE(selection.periodTo(), QDate(2017, 12, 31));
        QCOMPARE(filterChanged.count(), 1);
        QList<QDate> accepted;
        for (const DocumentSummary& d : m_sample->documents()) {
            if (selection.accepts(d.id))
                accepted.append(d.dateStart);
        }
        std::sort(accepted.begin(), accepted.end());
        QCOMPARE(accepted, (QList<QDate> { QDate(2016, 10, 11), QDate(2017, 2, 7), QDate(2017, 6, 20) }));
        QCOMPARE(view.markCount(), 5); // the others stay on show, dimmed
        checkMarks(view, renderImage(view), *m_sample, selection);
        savePng(view, QStringLiteral("timeline-sample-brushed.png"));

        // A click on the axis without a drag clears the period; so does Escape.
        QTest::mouseClick(&view, Qt::LeftButton, {}, from + QPoint(100, 0));
        QVERIFY(!selection.hasPeriod());
        selection.setPeriod(QDate(2016, 1, 1), QDate(2016, 12, 31));
        QTest::keyClick(&view, Qt::Key_Escape);
        QVERIFY(!selection.hasPeriod());
    }

    void shiftDragAnywhere_brushesToo()
    {
        SelectionState selection;
        TimelineView view(&selection);
        showAndWait(view);
        selection.setCorpus(m_sample);
        const TimeScale& scale = view.timeScale();
        const int y = view.height() / 2;
        const QPoint from(qRound(scale.dateToX(QDate(2017, 1, 1))), y);
        const QPoint to(qRound(scale.dateToX(QDate(2017, 3, 1))), y);
        QTest::mousePress(&view, Qt::LeftButton, Qt::ShiftModifier, from);
        QTest::mouseMove(&view, to);
        QTest::mouseRelease(&view, Qt::LeftButton, Qt::ShiftModifier, to);
        QCOMPARE(selection.periodFrom(), QDate(2017, 1, 1));
        QCOMPARE(selection.periodTo(), QDate(2017, 2, 28));
        QVERIFY(selection.accepts(documentOn(QDate(2017, 2, 7))));
        QVERIFY(!selection.accepts(documentOn(QDate(2017, 6, 20))));
    }

    void dragInTheLanes_pansWithoutBrushing()
    {
        SelectionState selection;
        TimelineView view(&selection);
        showAndWait(view);
        selection.setCorpus(m_sample);
        const double before = view.timeScale().start();
        const QPoint from(700, view.height() - qRound(view.axisRect().height()) - 10);
        QTest::mousePress(&view, Qt::LeftButton, {}, from);
        QTest::mouseMove(&view, from + QPoint(50, 0));
        QTest::mouseMove(&view, from + QPoint(200, 0));
        QTest::mouseRelease(&view, Qt::LeftButton, {}, from + QPoint(200, 0));
        QVERIFY(!selection.hasPeriod());
        const double days = 200 / view.timeScale().pixelsPerDay();
        QVERIFY(std::abs(view.timeScale().start() - (before - days)) < 0.5);
    }

    void wheel_zoomsAroundTheCursor()
    {
        SelectionState selection;
        TimelineView view(&selection);
        showAndWait(view);
        selection.setCorpus(m_sample);
        const double span = view.timeScale().span();
        const QPointF pos(view.timeScale().dateToX(QDate(2016, 10, 11)), view.height() / 2.0);
        const double anchor = view.timeScale().xToTime(pos.x());
        QWheelEvent in(
            pos, view.mapToGlobal(pos), {}, { 0, 240 }, Qt::NoButton, {}, Qt::NoScrollPhase, false);
        QApplication::sendEvent(&view, &in);
        QVERIFY(view.timeScale().span() < span * 0.8);
        QVERIFY(std::abs(view.timeScale().xToTime(pos.x()) - anchor) < 1e-6);
        QVERIFY(view.markRect(documentOn(QDate(2016, 10, 11)))
                    .contains(pos.x(), view.markRect(documentOn(QDate(2016, 10, 11))).center().y()));
        QWheelEvent out(
            pos, view.mapToGlobal(pos), {}, { 0, -240 }, Qt::NoButton, {}, Qt::NoScrollPhase, false);
        QApplication::sendEvent(&view, &out);
        QVERIFY(std::abs(view.timeScale().span() - span) < 1e-6);
        // Zoomed far in, the axis speaks in days.
        for (int i = 0; i < 40; ++i)
            QApplication::sendEvent(&view, &in);
        QCOMPARE(view.timeScale().span(), TimeScale::MinSpanDays);
        QVERIFY(view.timeScale().ticks(60).constFirst().label.contains(QStringLiteral("Oct 2016")));
        // The one letter of that week is drawn, and nothing else in its row.
        int shown = 0;
        checkMarks(view, renderImage(view), *m_sample, selection, &shown);
        QCOMPARE(shown, 1);
    }

    // Documents of 2014–2020 mentioning events of 2005 and one of 1951: the note of the events
    // before the view can be pointed at and clicked, and the wheel zooms out as far as the data goes.
    void earlierEventsNote_clickWidensTheView_andTheWheelReachesTheData()
    {
        QList<DocumentSummary> documents;
        for (int i = 1; i <= 28; ++i) {
            DocumentSummary d;
            d.id = i;
            d.source = QStringLiteral("%1.txt").arg(i);
            d.date = PartialDate::ofDay(2014 + (i % 7), 1 + (i % 12), 1 + (i % 28));
            d.dateStart = d.dateEnd = d.date.firstDay();
            d.type = core::DocumentType::Letter;
            documents.append(d);
        }
        QList<core::DatedEvent> events;
        const auto event = [&](qint64 document, const QString& label, PartialDate date) {
            events.append({ document, label, date, date.firstDay(), date.lastDay() });
        };
        event(1, QStringLiteral("Convention relative au statut des réfugiés"), PartialDate::ofDay(1951, 7, 28));
        event(2, QStringLiteral("Accord"), PartialDate::ofMonth(2005, 3));
        event(3, QStringLiteral("Rapport"), PartialDate::ofDay(2005, 9, 14));
        event(4, QStringLiteral("Évacuation du campement"), PartialDate::ofDay(2016, 10, 24));
        SelectionState selection;
        TimelineView view(&selection);
        showAndWait(view);
        selection.setCorpus(std::make_shared<const core::CorpusIndex>(core::CorpusIndex::fromParts(documents, {}, {}, events)));
        QVERIFY(view.timeScale().startDate() > QDate(2005, 12, 31));

        const QRectF note = view.earlierEventsRect();
        QVERIFY(!note.isEmpty());
        QVERIFY(view.laterEventsRect().isEmpty());
        QVERIFY(QRectF(view.rect()).contains(note));
        // Pointed at: a pointing hand and a tooltip saying what a click does.
        QTest::mouseMove(&view, note.center().toPoint());
        QCOMPARE(view.cursor().shape(), Qt::PointingHandCursor);
        const QString tip = view.toolTipAt(note.center());
        QVERIFY2(tip.contains(QStringLiteral("1951")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("3")), qPrintable(tip));
        // Clicked: every earlier event is in view, and the note is gone.
        QTest::mouseClick(&view, Qt::LeftButton, {}, note.center().toPoint());
        QVERIFY2(view.timeScale().startDate() <= QDate(1951, 7, 28), qPrintable(view.timeScale().startDate().toString(Qt::ISODate)));
        QVERIFY(view.timeScale().endDate() >= QDate(2020, 12, 31));
        QVERIFY(view.earlierEventsRect().isEmpty());
        QVERIFY(view.toolTipAt(note.center()).isEmpty() || !view.toolTipAt(note.center()).contains(QStringLiteral("1951")));

        // The wheel: from the fitted view, out until it stops; the whole data range fits, and no more
        // than a tenth beyond it.
        view.fitToData();
        const double dataSpan = TimeScale::toTime(QDate(2021, 1, 1)) - TimeScale::toTime(QDate(1951, 7, 28));
        const QPointF pos(view.timeScale().dateToX(QDate(2017, 6, 1)), view.height() / 2.0);
        QWheelEvent out(pos, view.mapToGlobal(pos), {}, { 0, -120 }, Qt::NoButton, {}, Qt::NoScrollPhase, false);
        for (int i = 0; i < 200; ++i)
            QApplication::sendEvent(&view, &out);
        QVERIFY2(view.timeScale().span() >= dataSpan, qPrintable(QString::number(view.timeScale().span() / 365.25)));
        QVERIFY(view.timeScale().span() <= dataSpan * 1.15);
        // A corpus of its own design period keeps the forty years any corpus gets.
        selection.setCorpus(m_sample);
        for (int i = 0; i < 200; ++i)
            QApplication::sendEvent(&view, &out);
        QCOMPARE(view.timeScale().span(), TimeScale::MaxSpanDays);
    }

    void laterEventsNote_clickWidensTheViewForward()
    {
        QList<DocumentSummary> documents;
        for (int i = 1; i <= 10; ++i) {
            DocumentSummary d;
            d.id = i;
            d.source = QStringLiteral("%1.txt").arg(i);
            d.date = PartialDate::ofDay(2015 + (i % 4), 1 + i, 10);
            d.dateStart = d.dateEnd = d.date.firstDay();
            d.type = core::DocumentType::Letter;
            documents.append(d);
        }
        const PartialDate later = PartialDate::ofMonth(2023, 5);
        SelectionState selection;
        TimelineView view(&selection);
        showAndWait(view);
        selection.setCorpus(std::make_shared<const core::CorpusIndex>(core::CorpusIndex::fromParts(
            documents, {}, {}, { { 1, QStringLiteral("Nouvelle loi"), later, later.firstDay(), later.lastDay() } })));
        QVERIFY(view.timeScale().endDate() < QDate(2023, 5, 1));
        const QRectF note = view.laterEventsRect();
        QVERIFY(!note.isEmpty());
        QTest::mouseClick(&view, Qt::LeftButton, {}, note.center().toPoint());
        QVERIFY(view.timeScale().endDate() >= QDate(2023, 5, 31));
        QVERIFY(view.laterEventsRect().isEmpty());
    }

    void keyboard_zoomsAndPans()
    {
        SelectionState selection;
        TimelineView view(&selection);
        showAndWait(view);
        selection.setCorpus(m_sample);
        const double span = view.timeScale().span();
        QTest::keyClick(&view, Qt::Key_Plus);
        QVERIFY(view.timeScale().span() < span);
        QTest::keyClick(&view, Qt::Key_Minus);
        QVERIFY(std::abs(view.timeScale().span() - span) < 1e-6);
        const double start = view.timeScale().start();
        QTest::keyClick(&view, Qt::Key_Right);
        QVERIFY(view.timeScale().start() > start);
        QTest::keyClick(&view, Qt::Key_Home);
        QVERIFY(std::abs(view.timeScale().start() - start) < 1e-6);
    }

    void clickOnAMark_makesItTheCurrentDocument()
    {
        SelectionState selection;
        TimelineView view(&selection);
        showAndWait(view);
        selection.setCorpus(m_sample);
        const qint64 id = documentOn(QDate(2017, 2, 7));
        QSignalSpy current(&selection, &SelectionState::currentDocumentChanged);
        QTest::mouseClick(&view, Qt::LeftButton, {}, view.markRect(id).center().toPoint());
        QCOMPARE(selection.currentDocument(), id);
        QCOMPARE(current.count(), 1);
        // Outlined in black around it; the other marks are not.
        const QImage image = renderImage(view);
        checkMarks(view, image, *m_sample, selection);
        for (const DocumentSummary& d : m_sample->documents()) {
            const QRect ring = view.markRect(d.id).toAlignedRect().adjusted(-5, -5, 5, 5);
            const int outline = pixelsNear(image, ring, QColor(Qt::black), 60);
            QVERIFY2(d.id == id ? outline > 0 : outline == 0, qPrintable(QStringLiteral("%1: %2").arg(d.source).arg(outline)));
        }
    }

    void tooltip_givesTheDateAsWrittenTitleAndCorrespondents()
    {
        SelectionState selection;
        TimelineView view(&selection);
        showAndWait(view);
        selection.setCorpus(m_sample);
        const qint64 id = documentOn(QDate(2017, 2, 7));
        const QString tip = view.toolTipAt(view.markRect(id).center());
        QVERIFY2(tip.contains(QStringLiteral("7 Feb 2017")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Natacha Bouchart")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("→ Nathanaël Caillaux")), qPrintable(tip));
        QHelpEvent help(QEvent::ToolTip, view.markRect(id).center().toPoint(),
            view.mapToGlobal(view.markRect(id).center().toPoint()));
        QApplication::sendEvent(&view, &help);
        QVERIFY(view.toolTipAt(QPointF(1, 1)).isEmpty());
        // The axis and the density band explain themselves too.
        QVERIFY(!view.toolTipAt(view.axisRect().center()).isEmpty());
    }

    void searchHitsFiltersAndLaneModes_render()
    {
        SelectionState selection;
        TimelineView view(&selection);
        showAndWait(view);
        selection.setCorpus(m_sample);
        const qint64 hit = documentOn(QDate(2016, 10, 11));
        selection.setSearch(QStringLiteral("jungle"), { { hit, QStringLiteral("…la <b>Jungle</b>…") } });
        selection.setCurrentDocument(documentOn(QDate(2020, 11, 9)));
        QCOMPARE(view.markCount(), 5);
        QVERIFY(view.toolTipAt(view.markRect(hit).center()).contains(QStringLiteral("&lt;b&gt;Jungle")));
        QSignalSpy modeChanged(&view, &TimelineView::laneModeChanged);
        view.setLaneMode(TimelineView::LaneMode::BySender);
        QCOMPARE(modeChanged.count(), 1);
        QCOMPARE(view.markCount(), 5);
        QVERIFY(view.laneNames().size() >= 3);
        // The search hit has a yellow halo, the current document a black outline; the others neither.
        const QImage image = renderImage(view);
        checkMarks(view, image, *m_sample, selection);
        const qint64 current = documentOn(QDate(2020, 11, 9));
        for (const DocumentSummary& d : m_sample->documents()) {
            const QRect around = view.markRect(d.id).toAlignedRect().adjusted(-5, -5, 5, 5);
            const int halo = pixelsNear(image, around, ui::Palette::searchHit(), 12);
            const int outline = pixelsNear(image, around, QColor(Qt::black), 60);
            QVERIFY2(d.id == hit ? halo > 0 : halo == 0, qPrintable(QStringLiteral("%1: halo %2").arg(d.source).arg(halo)));
            QVERIFY2(d.id == current ? outline > 0 : outline == 0,
                qPrintable(QStringLiteral("%1: outline %2").arg(d.source).arg(outline)));
        }
        savePng(view, QStringLiteral("timeline-sample-senders.png"));
    }

    void largerFont_scalesTheText()
    {
        SelectionState selection;
        TimelineView view(&selection);
        showAndWait(view);
        selection.setCorpus(m_sample);
        const double axisBefore = view.axisRect().height();
        QFont big = view.font();
        big.setPointSizeF(big.pointSizeF() * 1.6);
        view.setFont(big);
        QVERIFY(view.axisRect().height() > axisBefore * 1.3);
        QCOMPARE(view.markCount(), 5);
        int shown = 0;
        checkMarks(view, renderImage(view), *m_sample, selection, &shown);
        QCOMPARE(shown, 5);
    }

    void emptyCorpus_rendersTheDesignBand()
    {
        SelectionState selection;
        TimelineView view(&selection);
        showAndWait(view);
        QCOMPARE(view.markCount(), 0);
        QVERIFY(view.timeScale().startDate() <= QDate(2014, 1, 1));
        // Just above the axis, 2014–2020 is shaded a little darker than the margin before it, and no
        // mark's colour is anywhere in the lanes.
        const QImage image = renderImage(view);
        const TimeScale& scale = view.timeScale();
        const int y = qRound(view.axisRect().top()) - 3;
        const auto commonGray = [&](double fromX, double toX) {
            QMap<int, int> counts;
            for (int x = qRound(fromX); x < qRound(toX); ++x)
                ++counts[qGray(image.pixel(x, y))];
            return std::max_element(counts.cbegin(), counts.cend()).key();
        };
        const double bandStart = scale.dateToX(QDate(2014, 1, 1));
        QVERIFY(bandStart - scale.x0() >= 6);
        const int margin = commonGray(scale.x0() + 1, bandStart - 1);
        const int band = commonGray(scale.dateToX(QDate(2015, 1, 1)), scale.dateToX(QDate(2020, 1, 1)));
        QVERIFY2(margin - band >= 5 && margin - band <= 25, qPrintable(QStringLiteral("margin %1, band %2").arg(margin).arg(band)));
        const QRect lanes(qRound(scale.x0()), y - 40, qRound(scale.width()), 40);
        for (const core::DocumentType type : s_types)
            QCOMPARE(pixelsNear(image, lanes, ui::Palette::type(type)), 0);
    }

    void fiveThousandDocuments_renderAggregatedAndLegible()
    {
        SelectionState selection;
        TimelineView view(&selection);
        showAndWait(view);
        const auto corpus = std::make_shared<const core::CorpusIndex>(syntheticCorpus(5000));
        selection.setCorpus(corpus);
        QVERIFY(view.isAggregated());
        QVERIFY(view.markCount() > 4500);
        QVERIFY(view.density()->pointCount() < 5000); // aggregated per month, not per document
        QVERIFY(view.timeScale().startDate() <= QDate(2013, 1, 1));
        checkColumns(view, renderImage(view), *corpus);
        savePng(view, QStringLiteral("timeline-5000.png"));

        selection.setSearch(QStringLiteral("calais"), { { 10, {} }, { 20, {} }, { 30, {} } });
        selection.setPeriod(QDate(2016, 1, 1), QDate(2016, 12, 31));
        view.setLaneMode(TimelineView::LaneMode::BySender);
        QCOMPARE(view.laneNames().size(), 9); // the top eight senders and "other"
        // Full colours in 2016 only; the hits' columns marked. Nine thin lanes: a kept share may be under a pixel.
        checkColumns(view, renderImage(view), *corpus, false);
        savePng(view, QStringLiteral("timeline-5000-senders.png"));

        // Zoomed in to a few weeks, the documents are single marks again.
        for (int i = 0; i < 12; ++i)
            view.zoomIn();
        QVERIFY(!view.isAggregated());
        QVERIFY(view.markCount() > 0);
        for (int x = 0; x < view.width(); x += 7)
            view.toolTipAt(QPointF(x, view.height() / 2.0)); // never crashes, wherever it is asked
        checkMarks(view, renderImage(view), *corpus, selection);
        savePng(view, QStringLiteral("timeline-5000-zoomed.png"));
    }

    void layout_isReusedUntilTheScaleDataFilterSizeOrLanesChange()
    {
        SelectionState selection;
        TimelineView view(&selection);
        showAndWait(view);
        selection.setCorpus(std::make_shared<const core::CorpusIndex>(syntheticCorpus(5000)));
        QVERIFY(view.isAggregated());
        renderImage(view);
        int builds = view.layoutBuilds();
        const int renders = view.density()->renders();

        // Nothing changed: the same layout, the same rendered band.
        renderImage(view);
        view.fitToData();
        renderImage(view);
        selection.setCurrentDocument(42);
        renderImage(view);
        QCOMPARE(view.layoutBuilds(), builds);
        QCOMPARE(view.density()->renders(), renders);

        // A pan within the laid-out window moves the marks without laying them out again.
        qint64 id = 1; // one in the middle, far from the edges that cut columns
        while (id < 5000 && !(view.markRect(id).center().x() > 500 && view.markRect(id).center().x() < 900))
            ++id;
        const QRectF before = view.markRect(id);
        QVERIFY(!before.isEmpty());
        const QPoint grip(700, qRound(view.axisRect().top()) - 12);
        QTest::mousePress(&view, Qt::LeftButton, {}, grip);
        QTest::mouseMove(&view, grip + QPoint(10, 0));
        QTest::mouseMove(&view, grip + QPoint(34, 0));
        QTest::mouseRelease(&view, Qt::LeftButton, {}, grip + QPoint(34, 0));
        renderImage(view);
        QCOMPARE(view.layoutBuilds(), builds);
        const QRectF after = view.markRect(id);
        QVERIFY2(std::abs(after.center().x() - before.center().x() - 34) < 1.0,
            qPrintable(QStringLiteral("%1 -> %2").arg(before.center().x()).arg(after.center().x())));
        QVERIFY(view.density()->renders() > renders); // the band follows the pan

        auto rebuiltBy = [&](const char* what, const std::function<void()>& change) {
            change();
            renderImage(view);
            QVERIFY2(view.layoutBuilds() > builds, what);
            builds = view.layoutBuilds();
        };
        rebuiltBy("zoom", [&] { view.zoomIn(); });
        rebuiltBy("search", [&] {
            selection.setSearch(QStringLiteral("calais"), { { 10, {} }, { 20, {} } });
        });
        rebuiltBy("period", [&] { selection.setPeriod(QDate(2016, 1, 1), QDate(2016, 6, 30)); });
        rebuiltBy("size", [&] { view.resize(s_size + QSize(100, 40)); });
        rebuiltBy("lanes", [&] { view.setLaneMode(TimelineView::LaneMode::BySender); });
        rebuiltBy("corpus",
            [&] { selection.setCorpus(std::make_shared<const core::CorpusIndex>(syntheticCorpus(3000))); });
        // A pan beyond the half view laid out on either side lays out again.
        renderImage(view);
        builds = view.layoutBuilds();
        QTest::keyClick(&view, Qt::Key_Right); // a fifth of the view
        renderImage(view);
        QCOMPARE(view.layoutBuilds(), builds);
        rebuiltBy("long pan", [&] {
            for (int i = 0; i < 3; ++i)
                QTest::keyClick(&view, Qt::Key_Right);
        });
    }

    void aggregatedColumns_holdWhatTheirDocumentsWeigh()
    {
        const auto corpus = std::make_shared<const core::CorpusIndex>(syntheticCorpus(5000));
        SelectionState selection;
        TimelineView view(&selection);
        showAndWait(view);
        selection.setCorpus(corpus);
        QVERIFY(view.isAggregated());
        QCOMPARE(view.laneNames().size(), 4); // by type, in DocumentType order
        auto checkColumns = [&](const char* when) {
            const TimeScale& scale = view.timeScale();
            for (double x = scale.x0() + 0.5; x < scale.x1(); x += 17.0) {
                const auto [from, to] = view.columnTimes(x);
                QVERIFY(to > from && from <= scale.xToTime(x) && scale.xToTime(x) < to);
                for (int lane = 0; lane < 4; ++lane) {
                    const core::TimelineCounts::Range got = view.columnAt(lane, x);
                    const core::TimelineCounts::Range expected
                        = countDirectly(*corpus, selection, core::DocumentType(lane), from, to);
                    QVERIFY2(got.documents == expected.documents && got.hits == expected.hits,
                        qPrintable(QStringLiteral("%1: lane %2 at %3: %4 documents, expected %5")
                                       .arg(QLatin1String(when))
                                       .arg(lane)
                                       .arg(x)
                                       .arg(got.documents)
                                       .arg(expected.documents)));
                    QVERIFY(std::abs(got.accepted[lane] - expected.accepted[lane]) < 1e-6);
                    QVERIFY(std::abs(got.dimmed[lane] - expected.dimmed[lane]) < 1e-6);
                }
            }
        };
        checkColumns("fitted");
        // The filter splits each column into what is kept and what is dimmed, and marks the search hits.
        selection.setSearch(QStringLiteral("calais"), { { 10, {} }, { 20, {} }, { 300, {} }, { 4000, {} } });
        selection.setPeriod(QDate(2016, 1, 1), QDate(2017, 6, 30));
        checkColumns("filtered");
        for (int i = 0; i < 3; ++i)
            view.zoomIn();
        QVERIFY(view.isAggregated());
        checkColumns("zoomed");
    }

    void densityBand_bucketsWeighTheDocumentsOncePerChange()
    {
        const auto corpus = std::make_shared<const core::CorpusIndex>(syntheticCorpus(5000));
        SelectionState selection;
        TimelineView view(&selection);
        showAndWait(view);
        selection.setCorpus(corpus);
        ui::TimelineDensity* band = view.density();
        QCOMPARE(band->bucketName(), QStringLiteral("month"));
        // The tallest month, counted document by document (a season or a year spread over its months).
        QMap<QDate, double> months;
        for (const DocumentSummary& d : corpus->documents()) {
            if (!d.dateStart.isValid())
                continue;
            const double length = double(d.dateStart.daysTo(d.dateEnd) + 1);
            for (QDate m(d.dateStart.year(), d.dateStart.month(), 1); m <= d.dateEnd; m = m.addMonths(1)) {
                const QDate a = std::max(m, d.dateStart);
                const QDate b = std::min(m.addMonths(1).addDays(-1), d.dateEnd);
                months[m] += double(a.daysTo(b) + 1) / length;
            }
        }
        const double tallest = *std::max_element(months.cbegin(), months.cend());
        QVERIFY2(std::abs(band->maximum() - tallest) < 1e-6,
            qPrintable(QStringLiteral("%1 != %2").arg(band->maximum()).arg(tallest)));

        // Panning keeps the buckets: the series are not refilled.
        const int builds = band->seriesBuilds();
        QTest::keyClick(&view, Qt::Key_Left);
        QTest::keyClick(&view, Qt::Key_Right);
        QCOMPARE(band->seriesBuilds(), builds);
        // A filter refills them with what it keeps.
        selection.setSearch(QStringLiteral("x"), { { 10, {} } });
        QVERIFY(band->seriesBuilds() > builds);
        QVERIFY(band->maximum() <= 1.0 + 1e-9);
    }

    void keptLayer_showsEveryChangeOfHighlightFilterAndPalette()
    {
        SelectionState selection;
        TimelineView view(&selection);
        showAndWait(view);
        selection.setCorpus(m_sample);
        const qint64 id = documentOn(QDate(2017, 2, 7));
        const QImage plain = renderImage(view);
        QCOMPARE(renderImage(view), plain); // repainted from the kept layer, the same

        // The current document's outline is drawn over the kept layer, and goes with it.
        selection.setCurrentDocument(id);
        const QImage current = renderImage(view);
        QVERIFY(current != plain);
        const QRect outline = view.markRect(id).adjusted(-4, -4, 4, 4).toAlignedRect();
        QVERIFY(current.copy(outline) != plain.copy(outline));
        selection.setCurrentDocument(0);
        QCOMPARE(renderImage(view), plain);

        // A filter dims the others: the layer is painted again.
        selection.setPeriod(QDate(2017, 1, 1), QDate(2017, 12, 31));
        QVERIFY(renderImage(view) != plain);
        selection.clearPeriod();
        QCOMPARE(renderImage(view), plain);

        // So does another palette.
        QPalette dark = view.palette();
        dark.setColor(QPalette::Base, QColor(20, 20, 24));
        dark.setColor(QPalette::Text, QColor(230, 230, 230));
        view.setPalette(dark);
        QVERIFY(renderImage(view) != plain);
    }
};

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
