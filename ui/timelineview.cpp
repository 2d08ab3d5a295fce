// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timelineview.h"

#include "core/models/documenttablemodel.h"
#include "core/models/selectionstate.h"
#include "core/models/timelinefit.h"
#include "ui/palette.h"
#include "ui/timelinedensity.h"

#include <QApplication>
#include <QComboBox>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLinearGradient>
#include <QLocale>
#include <QMap>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolButton>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace littoral::ui {

using core::DatePrecision;
using core::DocumentType;
using core::TimeScale;

namespace {

constexpr std::array<DocumentType, 4> s_types
    = { DocumentType::Letter, DocumentType::OpenLetter, DocumentType::PressRelease, DocumentType::Other };
constexpr int s_maxSenderLanes = 8;

// A span [left, right] in pixels, widened about its centre to `width` when narrower, so that a
// short span is still a mark one can see and point at.
std::pair<double, double> atLeast(double left, double right, double width)
{
    if (right - left >= width)
        return { left, right };
    const double centre = (left + right) / 2;
    return { centre - width / 2, centre + width / 2 };
}

QColor withAlpha(QColor colour, double alpha)
{
    colour.setAlphaF(float(std::clamp(alpha, 0.0, 1.0) * colour.alphaF()));
    return colour;
}

QString typeLaneName(DocumentType type)
{
    switch (type) {
    case DocumentType::Letter:
        return TimelineView::tr("Letters");
    case DocumentType::OpenLetter:
        return TimelineView::tr("Open letters");
    case DocumentType::PressRelease:
        return TimelineView::tr("Press releases");
    case DocumentType::Other:
        return TimelineView::tr("Other");
    }
    return {};
}

QString dateLabelOf(const core::PartialDate& date)
{
    core::DocumentSummary summary;
    summary.date = date;
    return core::DocumentTableModel::dateLabel(summary);
}

QString dayRange(double first, double last)
{
    const QLocale c; // the interface language's
    const QDate a = TimeScale::toDate(first);
    const QDate b = TimeScale::toDate(last - 1.0);
    if (a >= b)
        return c.toString(a, QStringLiteral("d MMM yyyy"));
    return c.toString(a, QStringLiteral("d MMM yyyy")) + QStringLiteral(" – ")
        + c.toString(b, QStringLiteral("d MMM yyyy"));
}

// A bar whose ends fade out: the date may lie anywhere in it, or (approximate) even beyond it.
QBrush fadingBrush(const QRectF& rect, const QColor& colour, double fade)
{
    QLinearGradient gradient(rect.left(), 0.0, rect.right(), 0.0);
    gradient.setColorAt(0.0, withAlpha(colour, 0.0));
    gradient.setColorAt(fade, colour);
    gradient.setColorAt(1.0 - fade, colour);
    gradient.setColorAt(1.0, withAlpha(colour, 0.0));
    return gradient;
}

// n overlapping copies of a colour of opacity `alpha` look like one of this opacity.
double stackedAlpha(double alpha, int n)
{
    return 1.0 - std::pow(1.0 - alpha, std::max(1, n));
}

QPolygonF diamond(const QRectF& r)
{
    return QPolygonF({ QPointF(r.center().x(), r.top()), QPointF(r.right(), r.center().y()),
        QPointF(r.center().x(), r.bottom()), QPointF(r.left(), r.center().y()) });
}

} // namespace

TimelineView::TimelineView(core::SelectionState* selection, QWidget* parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_density(new TimelineDensity(this))
    , m_laneCombo(new QComboBox(this))
    , m_fitButton(new QToolButton(this))
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    m_laneCombo->addItem(QString(), QVariant::fromValue(int(LaneMode::ByType)));
    m_laneCombo->addItem(QString(), QVariant::fromValue(int(LaneMode::BySender)));
    m_laneCombo->setFocusPolicy(Qt::TabFocus);
    m_laneCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_laneCombo, &QComboBox::activated, this,
        [this](int index) { setLaneMode(LaneMode(m_laneCombo->itemData(index).toInt())); });

    retranslate();
    m_fitButton->setFocusPolicy(Qt::TabFocus);
    connect(m_fitButton, &QToolButton::clicked, this, &TimelineView::fitToData);

    if (m_selection) {
        connect(m_selection, &core::SelectionState::corpusChanged, this, [this] {
            rebuildCorpus();
            fitToData();
        });
        connect(m_selection, &core::SelectionState::corpusCompleted, this, [this] { rebuildCorpus(); });
        connect(m_selection, &core::SelectionState::corpusReloaded, this, [this] { rebuildCorpus(); });
        connect(m_selection, &core::SelectionState::filterChanged, this, &TimelineView::rebuildFilter);
        connect(m_selection, &core::SelectionState::currentDocumentChanged, this, [this] { update(); });
        connect(m_selection, &core::SelectionState::hoveredCorrespondentChanged, this, [this] { update(); });
    }
    rebuildCorpus();
    fitToData();
}

TimelineView::~TimelineView() = default;

QSize TimelineView::sizeHint() const
{
    const int line = fontMetrics().height();
    return { line * 70, line * 20 };
}

QSize TimelineView::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return { line * 24, line * 12 };
}

void TimelineView::setLaneMode(LaneMode mode)
{
    if (mode == m_laneMode)
        return;
    m_laneMode = mode;
    m_laneCombo->setCurrentIndex(m_laneCombo->findData(QVariant::fromValue(int(mode))));
    rebuildLanes();
    emit laneModeChanged(mode);
}

void TimelineView::rebuildCorpus()
{
    m_docs.clear();
    m_docIndex.clear();
    m_events.clear();
    m_labelOrder.clear();
    m_undated = 0;
    m_typesPresent = {};
    m_hovered = 0;
    m_longestDoc = 1.0;
    m_longestEvent = 1.0;
    if (!m_selection) {
        m_eventTexts.clear();
        m_eventTextWidths.clear();
        m_eventTextEstimates.clear();
        rebuildLanes();
        return;
    }
    const core::CorpusIndex& corpus = m_selection->corpus();
    for (qsizetype row = 0; row < corpus.documents().size(); ++row) {
        const core::DocumentSummary& d = corpus.documents().at(row);
        if (!d.dateStart.isValid() || !d.dateEnd.isValid()) {
            ++m_undated;
            continue;
        }
        DocInfo info;
        info.id = d.id;
        info.row = row;
        info.start = TimeScale::toTime(d.dateStart);
        info.end = TimeScale::toTime(std::max(d.dateStart, d.dateEnd)) + 1.0;
        info.type = int(d.type);
        info.point = d.date.isValid() ? d.date.precision() == DatePrecision::Day : d.dateStart == d.dateEnd;
        info.approximate = d.date.approximate;
        m_typesPresent[std::size_t(info.type)] = true;
        m_longestDoc = std::max(m_longestDoc, info.end - info.start);
        m_docs.append(info);
    }
    std::stable_sort(
        m_docs.begin(), m_docs.end(), [](const DocInfo& a, const DocInfo& b) { return a.start < b.start; });
    m_docIndex.reserve(m_docs.size());
    for (qsizetype i = 0; i < m_docs.size(); ++i)
        m_docIndex.insert(m_docs.at(i).id, i);

    // The same event mentioned by many documents is one marker.
    QMap<std::tuple<double, double, QString>, qsizetype> seen;
    for (const core::DatedEvent& e : corpus.events()) {
        if (!e.start.isValid() || !e.end.isValid() || e.label.trimmed().isEmpty())
            continue;
        const double start = TimeScale::toTime(e.start);
        const double end = TimeScale::toTime(std::max(e.start, e.end)) + 1.0;
        const QString label = e.label.simplified();
        const auto key = std::make_tuple(start, end, label.toCaseFolded());
        const auto it = seen.constFind(key);
        if (it != seen.cend()) {
            m_events[*it].documents.append(e.documentId);
            continue;
        }
        EventInfo info;
        info.label = label;
        info.dateLabel = e.date.isValid() ? dateLabelOf(e.date) : dayRange(start, end);
        info.start = start;
        info.end = end;
        info.point = e.date.isValid() ? e.date.precision() == DatePrecision::Day : e.start == e.end;
        info.approximate = e.date.approximate;
        info.documents = { e.documentId };
        seen.insert(key, m_events.size());
        m_longestEvent = std::max(m_longestEvent, end - start);
        m_events.append(info);
    }
    std::stable_sort(m_events.begin(), m_events.end(),
        [](const EventInfo& a, const EventInfo& b) { return a.start < b.start; });
    for (EventInfo& e : m_events) {
        e.rows.reserve(e.documents.size());
        for (const qint64 id : std::as_const(e.documents))
            e.rows.append(corpus.rowOf(id));
    }
    // Labels go first to the events most documents mention, then left to right.
    QList<qsizetype> byMentions(m_events.size());
    std::iota(byMentions.begin(), byMentions.end(), qsizetype(0));
    std::stable_sort(byMentions.begin(), byMentions.end(), [this](qsizetype a, qsizetype b) {
        return m_events.at(a).documents.size() > m_events.at(b).documents.size();
    });
    // Compact, in that order, so that going through them all for every view stays in the cache.
    m_labelOrder.reserve(byMentions.size());
    for (const qsizetype i : std::as_const(byMentions)) {
        const EventInfo& e = m_events.at(i);
        m_labelOrder.append({ e.start, e.end, e.point ? e.start + 0.5 : e.start, i });
    }
    // Events on the same dates share one marker: group them once, so laying out the markers costs
    // one step per date rather than per event.
    m_eventGroups.clear();
    m_eventEnds.clear();
    QHash<std::pair<qint64, qint64>, qsizetype> groupOf;
    for (qsizetype i = 0; i < m_events.size(); ++i) {
        const EventInfo& e = m_events.at(i);
        m_eventEnds.append(e.end);
        const std::pair<qint64, qint64> key {
            qint64(e.start) * 4 + (e.point ? 2 : 0) + (e.approximate ? 1 : 0), qint64(e.end)
        };
        auto it = groupOf.constFind(key);
        if (it == groupOf.cend()) {
            it = groupOf.insert(key, m_eventGroups.size());
            m_eventGroups.append({ e.start, e.end, e.point, e.approximate, {}, 0 });
        }
        m_eventGroups[*it].events.append(i);
    }
    std::sort(m_eventEnds.begin(), m_eventEnds.end());
    // Zooming out reaches every dated document and event (with a margin), however far back an event
    // lies, up to TimeScale's sanity bound.
    double first = std::numeric_limits<double>::max(), last = std::numeric_limits<double>::lowest();
    if (!m_docs.isEmpty()) {
        first = m_docs.first().start;
        last = m_docs.first().start + m_longestDoc;
        for (const DocInfo& d : std::as_const(m_docs))
            last = std::max(last, d.end);
    }
    if (!m_events.isEmpty()) {
        first = std::min(first, m_events.first().start);
        last = std::max(last, m_eventEnds.last());
    }
    m_scale.setMaxSpan(last > first ? (last - first) * 1.1 : 0.0);
    m_eventTexts = QList<QString>(m_events.size());
    m_eventTextWidths = QList<double>(m_events.size(), -1.0);
    m_eventTextEstimates = QList<double>(m_events.size(), -1.0);
    rebuildLanes();
}

void TimelineView::rebuildLanes()
{
    m_lanes.clear();
    if (m_laneMode == LaneMode::ByType) {
        std::array<int, 4> laneOfType {};
        for (const DocumentType type : s_types) {
            if (!m_typesPresent[std::size_t(type)])
                continue;
            laneOfType[std::size_t(type)] = int(m_lanes.size());
            m_lanes.append({ typeLaneName(type), int(type), 0 });
        }
        for (DocInfo& d : m_docs) {
            d.lane = laneOfType[std::size_t(d.type)];
            ++m_lanes[d.lane].documents;
        }
    } else {
        static const core::CorpusIndex empty;
        const core::CorpusIndex& corpus = m_selection ? m_selection->corpus() : empty;
        QHash<QString, int> counts;
        QHash<qint64, QString> laneName;
        for (const DocInfo& d : std::as_const(m_docs)) {
            QString name = corpus.senderLane(d.id);
            if (name.isEmpty())
                name = tr("Unknown sender");
            ++counts[name];
            laneName.insert(d.id, name);
        }
        QList<std::pair<QString, int>> ranked;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            ranked.append({ it.key(), it.value() });
        std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
            return a.second != b.second ? a.second > b.second
                                        : QString::localeAwareCompare(a.first, b.first) < 0;
        });
        // With more senders than lanes, the smallest share one "other" lane.
        const qsizetype named = ranked.size() > s_maxSenderLanes + 1 ? s_maxSenderLanes : ranked.size();
        QHash<QString, int> laneOfName;
        for (qsizetype i = 0; i < named; ++i) {
            laneOfName.insert(ranked.at(i).first, int(i));
            m_lanes.append({ ranked.at(i).first, -1, 0 });
        }
        if (named < ranked.size())
            m_lanes.append(
                { tr("%Ln other sender(s)", nullptr, int(ranked.size() - named)), -1,
                    0 });
        for (DocInfo& d : m_docs) {
            d.lane = laneOfName.value(laneName.value(d.id), int(m_lanes.size()) - 1);
            ++m_lanes[d.lane].documents;
        }
    }
    rebuildFilter(); // the running sums are per lane
    placeChildren(); // the gutter and the lane heights depend on the lanes
}

void TimelineView::rebuildFilter()
{
    const core::SelectionState* selection = m_selection;
    const bool filtering = selection && selection->isFiltering();
    const bool searching = selection && selection->hasSearch();
    m_docAccepted = QList<bool>(m_docs.size(), true);
    m_docHit = QList<bool>(m_docs.size(), false);
    QList<core::TimelineCounts::Entry> entries;
    entries.reserve(m_docs.size());
    for (qsizetype i = 0; i < m_docs.size(); ++i) {
        const DocInfo& d = m_docs.at(i);
        if (filtering)
            m_docAccepted[i] = selection->acceptsRow(d.row);
        if (searching)
            m_docHit[i] = selection->isSearchHitRow(d.row);
        entries.append(
            { int(d.start), int(d.end), d.lane, d.type, d.point, m_docAccepted.at(i), m_docHit.at(i) });
    }
    m_counts = core::TimelineCounts(entries, int(m_lanes.size()));

    m_eventAccepted = QList<bool>(m_events.size(), true);
    if (filtering) {
        for (qsizetype i = 0; i < m_events.size(); ++i) {
            const QList<qsizetype>& rows = m_events.at(i).rows;
            m_eventAccepted[i] = std::any_of(rows.cbegin(), rows.cend(),
                [selection](qsizetype row) { return row >= 0 && selection->acceptsRow(row); });
        }
    }
    for (EventGroup& group : m_eventGroups)
        group.accepted = int(std::count_if(group.events.cbegin(), group.events.cend(),
            [this](qsizetype i) { return m_eventAccepted.at(i); }));

    if (selection) {
        // The band shows every filter but the period, so the brushed period is seen in its context.
        m_density->setDocuments(selection->corpus().documents(),
            [selection](qsizetype row) { return selection->acceptsRowIgnoringPeriod(row); });
    }
    invalidate();
}

void TimelineView::invalidate()
{
    ++m_generation;
    update();
}

void TimelineView::setScale(const TimeScale& scale)
{
    if (scale == m_scale)
        return;
    m_scale = scale;
    syncDensity();
}

const TimelineView::Geometry& TimelineView::geometry() const
{
    if (!m_geometryValid) {
        m_geometry = computeGeometry();
        m_geometryValid = true;
    }
    return m_geometry;
}

TimelineView::Geometry TimelineView::computeGeometry() const
{
    Geometry l;
    const QFontMetricsF fm(font());
    const double line = fm.height();
    const double pad = std::round(line * 0.5);
    const double w = width();
    const double h = height();

    const double controls = std::max(m_laneCombo->sizeHint().height(), m_fitButton->sizeHint().height());
    l.header = QRectF(0, 0, w, std::max(line * 1.6, controls) + pad);
    const double axisHeight = std::round(6 + 3 + line + pad);
    l.axis = QRectF(0, h - axisHeight, w, axisHeight);
    const int labelRows = h >= line * 18 ? 2 : 1;
    const double eventsHeight = std::round(line * 0.9 + labelRows * (line + 2) + pad * 0.5);

    const double available = std::max(0.0, l.axis.top() - l.header.bottom() - eventsHeight);
    const double lanes = std::max<qsizetype>(1, m_lanes.size());
    const double laneMax = line * 2.6;
    double densityHeight = std::clamp(available * 0.3, line * 2.5, line * 6);
    double laneHeight = std::clamp((available - densityHeight) / lanes, 4.0, laneMax);
    const double rest = available - densityHeight - laneHeight * lanes;
    if (rest > 0) {
        const double extraDensity = std::clamp(available * 0.45 - densityHeight, 0.0, rest);
        densityHeight += extraDensity;
        laneHeight += (rest - extraDensity) / lanes;
    } else {
        densityHeight = std::max(line, available - laneHeight * lanes);
    }
    l.laneHeight = laneHeight;
    l.density = QRectF(0, l.header.bottom(), w, std::round(densityHeight));
    l.eventLane = QRectF(0, l.density.bottom(), w, eventsHeight);
    l.lanes = QRectF(0, l.eventLane.bottom(), w, std::max(0.0, l.axis.top() - l.eventLane.bottom()));
    for (qsizetype i = 0; i < m_lanes.size(); ++i)
        l.laneRects.append(QRectF(0, l.lanes.top() + double(i) * laneHeight, w, laneHeight));

    double gutter = std::max(
        fm.horizontalAdvance(tr("Mentioned events")), fm.horizontalAdvance(tr("Documents / month")));
    const double chip = line * 0.7;
    for (const Lane& lane : m_lanes)
        gutter = std::max(gutter, chip + pad * 0.5 + std::min(fm.horizontalAdvance(lane.name), line * 11));
    gutter = std::clamp(gutter + pad * 2.5, line * 6, std::max(line * 6, w * 0.25));
    l.plotLeft = std::round(gutter);
    l.plotRight = std::max(l.plotLeft + 10, w - pad * 2);
    l.markSize = std::clamp(l.laneHeight * 0.55, 5.0, line * 0.9);
    l.columnWidth = std::max(2.0, std::round(l.markSize * 0.5));
    l.eventMarkerSize = std::round(line * 0.7);
    l.eventMarkerCentre = l.eventLane.bottom() - l.eventMarkerSize / 2 - 3;
    return l;
}

void TimelineView::placeChildren()
{
    m_geometryValid = false;
    const Geometry& l = geometry();
    m_scale.setRange(l.plotLeft, l.plotRight);
    const QFontMetricsF fm(font());
    const double pad = std::round(fm.height() * 0.5);
    const QSize fit = m_fitButton->sizeHint();
    const QSize combo = m_laneCombo->sizeHint();
    const int y = int(l.header.center().y());
    m_fitButton->setGeometry(
        int(width() - pad - fit.width()), y - fit.height() / 2, fit.width(), fit.height());
    m_laneCombo->setGeometry(int(m_fitButton->x() - pad * 0.5 - combo.width()), y - combo.height() / 2,
        combo.width(), combo.height());
    m_density->setGeometry(l.density.toRect());
    syncDensity();
    invalidate();
}

void TimelineView::syncDensity()
{
    m_density->setScale(m_scale, m_density->x());
    update();
}

bool TimelineView::wantsAggregation(const Geometry& g) const
{
    // Aggregate when the busiest lane has more documents on show than there are columns for them.
    const core::TimelineCounts::Position from = m_counts.locate(m_scale.start());
    const core::TimelineCounts::Position to = m_counts.locate(m_scale.end());
    int busiest = 0;
    for (int lane = 0; lane < m_counts.laneCount(); ++lane)
        busiest = std::max(busiest, m_counts.between(lane, from, to).documents);
    return double(busiest) > m_scale.width() / g.columnWidth;
}

const TimelineView::Content& TimelineView::content() const
{
    const Geometry& g = geometry();
    const bool aggregated = wantsAggregation(g);
    Content& c = m_content;
    const double ppd = m_scale.pixelsPerDay();
    // A pan keeps the zoom (up to rounding) and, within the window, only moves what is laid out.
    const bool reusable = c.valid && c.generation == m_generation && c.aggregated == aggregated
        && std::abs(c.scale.pixelsPerDay() - ppd) <= ppd * 1e-9 && c.scale.x0() == m_scale.x0()
        && c.scale.x1() == m_scale.x1() && m_scale.start() >= c.windowStart && m_scale.end() <= c.windowEnd;
    if (reusable)
        return c;
    c = Content();
    c.scale = m_scale;
    c.generation = m_generation;
    c.aggregated = aggregated;
    // Half a view's width either side: that much panning costs no layout.
    c.windowStart = m_scale.start() - m_scale.span() / 2;
    c.windowEnd = m_scale.end() + m_scale.span() / 2;
    if (aggregated)
        computeColumns(c, g);
    else
        computeMarks(c, g);
    computeEventGlyphs(c, g);
    c.valid = true;
    ++m_layoutBuilds;
    return c;
}

double TimelineView::contentOffset() const
{
    const Content& c = content();
    return m_scale.timeToX(c.scale.start()) - c.scale.x0();
}

void TimelineView::computeColumns(Content& c, const Geometry& g) const
{
    const double cw = g.columnWidth;
    c.columnDays = cw / c.scale.pixelsPerDay();
    const double cd = c.columnDays;
    const qint64 first = qint64(std::floor(c.windowStart / cd));
    const qint64 last = qint64(std::ceil(c.windowEnd / cd));
    // Each boundary is located once for every lane and for both columns it bounds.
    QList<core::TimelineCounts::Position> at;
    at.reserve(last - first + 1);
    for (qint64 k = first; k <= last; ++k)
        at.append(m_counts.locate(double(k) * cd));

    struct Filled {
        int lane = 0;
        double x = 0.0;
        core::TimelineCounts::Range range;
    };
    QList<Filled> filled;
    double maximum = 1.0;
    for (int lane = 0; lane < m_counts.laneCount() && lane < g.laneRects.size(); ++lane) {
        for (qsizetype i = 0; i + 1 < at.size(); ++i) {
            core::TimelineCounts::Range range = m_counts.between(lane, at.at(i), at.at(i + 1));
            if (range.documents == 0)
                continue;
            maximum = std::max(maximum, range.total());
            // Whole pixels keep the bars crisp; the grid is cw apart, so every bar shifts alike.
            filled.append({ lane, std::round(c.scale.timeToX(at.at(i).time)), range });
        }
    }
    c.columnMaximum = maximum;
    const double barWidth = cw >= 3 ? cw - 1 : cw;
    for (const Filled& f : std::as_const(filled)) {
        const QRectF lane = g.laneRects.at(f.lane);
        const double total = f.range.total();
        // Square-root heights keep a lone document visible beside a busy week.
        const double height = std::max(2.0, (lane.height() - 6) * std::sqrt(total / maximum));
        double y = lane.center().y() - height / 2;
        if (f.range.hits > 0)
            c.hitBars.append(QRectF(f.x - 1, y - 3, barWidth + 2, height + 6));
        const double unit = total > 0.0 ? height / total : 0.0;
        for (int pass = 0; pass < 2; ++pass) {
            for (std::size_t k = 0; k < 4; ++k) {
                const double n = pass == 0 ? f.range.accepted[k] : f.range.dimmed[k];
                if (n <= 0.0)
                    continue;
                c.bars[std::size_t(pass) * 4 + k].append(QRectF(f.x, y, barWidth, n * unit));
                y += n * unit;
            }
        }
    }
}

std::pair<qsizetype, qsizetype> TimelineView::docsAround(double from, double to) const
{
    // Sorted by start: a document touching `from` started at most m_longestDoc days before it.
    auto byStart = [](const DocInfo& d, double t) { return d.start < t; };
    const auto first = std::lower_bound(m_docs.cbegin(), m_docs.cend(), from - m_longestDoc, byStart);
    const auto last
        = std::upper_bound(first, m_docs.cend(), to, [](double t, const DocInfo& d) { return t < d.start; });
    return { first - m_docs.cbegin(), last - m_docs.cbegin() };
}

void TimelineView::computeMarks(Content& c, const Geometry& g) const
{
    const double s = g.markSize;
    const TimeScale& scale = c.scale;
    const double left0 = scale.timeToX(c.windowStart);
    const double right0 = scale.timeToX(c.windowEnd);
    const int laneCount = int(m_lanes.size());
    if (laneCount == 0)
        return;
    QList<QList<qsizetype>> inWindow(laneCount);
    const auto [first, last] = docsAround(c.windowStart, c.windowEnd);
    for (qsizetype i = first; i < last; ++i) {
        const DocInfo& d = m_docs.at(i);
        if (d.end < c.windowStart)
            continue;
        inWindow[d.lane].append(i);
    }
    QList<Mark> points;
    for (int lane = 0; lane < laneCount && lane < g.laneRects.size(); ++lane) {
        const QRectF laneRect = g.laneRects.at(lane);
        const int rows = std::max(1, int((laneRect.height() - 4) / (s + 2)));
        QList<double> rowEnds(rows, -std::numeric_limits<double>::infinity());
        QList<std::pair<Mark, int>> placed;
        int rowsUsed = 1;
        for (const qsizetype i : std::as_const(inWindow[lane])) {
            const DocInfo& d = m_docs.at(i);
            QRectF rect;
            if (d.point) {
                const double cx = scale.timeToX(d.start + 0.5);
                rect = QRectF(cx - s / 2, 0, s, s);
            } else {
                auto [left, right] = atLeast(scale.timeToX(d.start), scale.timeToX(d.end), s);
                // Cut at the window's edges so a long span stays a reasonable shape to paint.
                left = std::max(left, left0 - 1);
                right = std::min(right, right0 + 1);
                rect = QRectF(left, 0, std::max(1.0, right - left), std::round(s * 0.7));
            }
            int row = -1;
            for (int r = 0; r < rows && row < 0; ++r) {
                if (rowEnds[r] + 2 <= rect.left())
                    row = r;
            }
            if (row < 0) // no free row: overlap the row that frees up first
                row = int(std::min_element(rowEnds.begin(), rowEnds.end()) - rowEnds.begin());
            rowEnds[row] = std::max(rowEnds[row], rect.right());
            rowsUsed = std::max(rowsUsed, row + 1);
            placed.append({ Mark { i, rect, m_docAccepted.value(i, true), m_docHit.value(i, false) }, row });
        }
        const double pitch = s + 2;
        const double firstCentre = laneRect.center().y() - (rowsUsed - 1) * pitch / 2;
        for (auto& [mark, row] : placed) {
            const double cy = firstCentre + row * pitch;
            mark.rect.moveTop(cy - mark.rect.height() / 2);
            // Spans first: a long month- or year-wide bar must not hide the exact dates drawn over it.
            (m_docs.at(mark.doc).point ? points : c.marks).append(mark);
        }
    }
    c.marks.append(points);
}

QRectF TimelineView::eventMarker(const EventInfo& e, const Geometry& g) const
{
    const double ms = g.eventMarkerSize;
    const double cy = g.eventMarkerCentre;
    if (e.point) {
        const double cx = m_scale.timeToX(e.start + 0.5);
        return QRectF(cx - ms / 2, cy - ms / 2, ms, ms);
    }
    const auto [a, b] = atLeast(m_scale.timeToX(e.start), m_scale.timeToX(e.end), ms);
    const double bar = std::round(ms * 0.5);
    return QRectF(a, cy - bar / 2, b - a, bar);
}

void TimelineView::computeEventGlyphs(Content& c, const Geometry& g) const
{
    const TimeScale& scale = c.scale;
    const double ms = g.eventMarkerSize;
    const double cy = g.eventMarkerCentre;
    const double bar = std::round(ms * 0.5);
    // Many dates share a pixel: each place is drawn once, as dark as its events stacked.
    qint64 lastPointX = std::numeric_limits<qint64>::min();
    qsizetype lastPoint = -1;
    QHash<std::pair<qint64, qint64>, qsizetype> spans;
    auto byStart = [](const EventGroup& e, double t) { return e.start < t; };
    const qsizetype first = std::lower_bound(m_eventGroups.cbegin(), m_eventGroups.cend(),
                                c.windowStart - m_longestEvent, byStart)
        - m_eventGroups.cbegin();
    for (qsizetype i = first; i < m_eventGroups.size(); ++i) {
        const EventGroup& e = m_eventGroups.at(i);
        if (e.start > c.windowEnd)
            break;
        if (e.end < c.windowStart)
            continue;
        qsizetype glyph = -1;
        if (e.point) {
            const qint64 x = qint64(std::round(scale.timeToX(e.start + 0.5) - ms / 2));
            if (x == lastPointX) {
                glyph = lastPoint;
            } else {
                glyph = c.eventGlyphs.size();
                c.eventGlyphs.append(
                    { QRectF(double(x), std::round(cy - ms / 2), ms, ms), true, false, 0, 0 });
                lastPointX = x;
                lastPoint = glyph;
            }
        } else {
            const auto [a, b] = atLeast(scale.timeToX(e.start), scale.timeToX(e.end), ms);
            const std::pair<qint64, qint64> key { qint64(std::round(a)) * 2 + (e.approximate ? 1 : 0),
                qint64(std::round(b)) };
            const auto it = spans.constFind(key);
            if (it != spans.cend()) {
                glyph = *it;
            } else {
                glyph = c.eventGlyphs.size();
                spans.insert(key, glyph);
                c.eventGlyphs.append({ QRectF(a, cy - bar / 2, b - a, bar), false, e.approximate, 0, 0 });
            }
        }
        c.eventGlyphs[glyph].accepted += e.accepted;
        c.eventGlyphs[glyph].dimmed += int(e.events.size()) - e.accepted;
    }
}

const TimelineView::Overlay& TimelineView::overlay() const
{
    Overlay& o = m_overlay;
    if (o.valid && o.generation == m_generation && o.scale == m_scale)
        return o;
    o = Overlay();
    o.scale = m_scale;
    o.generation = m_generation;
    computeOverlay(o, geometry());
    o.valid = true;
    return o;
}

const QString& TimelineView::eventText(qsizetype event, double* width) const
{
    if (m_eventTextWidths.value(event, -1.0) < 0.0) {
        const QFontMetricsF fm(font());
        m_eventTexts[event] = fm.elidedText(m_events.at(event).label, Qt::ElideRight, fm.height() * 14);
        m_eventTextWidths[event] = fm.horizontalAdvance(m_eventTexts.at(event)) + 4;
    }
    *width = m_eventTextWidths.at(event);
    return m_eventTexts.at(event);
}

double TimelineView::estimatedLabelWidth(qsizetype event) const
{
    double& cached = m_eventTextEstimates[event];
    if (cached < 0.0) {
        // Shaping every label of a large corpus would take seconds: add up cached advances of its
        // characters instead, which is close enough to decide where a label fits; only the labels
        // placed are shaped (eventText).
        const QFontMetricsF fm(font());
        double sum = 0.0;
        for (const QChar ch : m_events.at(event).label) {
            auto it = m_charAdvances.constFind(ch.unicode());
            if (it == m_charAdvances.cend())
                it = m_charAdvances.insert(ch.unicode(), fm.horizontalAdvance(ch));
            sum += *it;
        }
        cached = std::min(sum, fm.height() * 14) + 4;
    }
    return cached;
}

void TimelineView::computeOverlay(Overlay& o, const Geometry& g) const
{
    const QFontMetricsF fm(font());
    const double line = fm.height();
    const double x0 = m_scale.x0();
    const double x1 = m_scale.x1();
    const double from = m_scale.start();
    const double to = m_scale.end();
    const int rows = std::max(1, int((g.eventLane.height() - g.eventMarkerSize - 4) / (line + 2)));
    const double maxLabel = line * 14 + 4;

    std::tie(o.eventsBefore, o.eventsAfter) = eventsBeyondEdges();
    // A label that fits in no row stays hidden (its marker keeps a tooltip).
    QList<QList<std::pair<double, double>>> taken(rows);
    // The same, per pixel, to turn away at once an event whose label would start on a taken place.
    const int pixels = int(std::ceil(x1 - x0)) + 2;
    QList<QList<bool>> covered(rows, QList<bool>(pixels, false));
    const double gap = line * 0.6;
    auto take = [&](int r, double left, double right) {
        taken[r].append({ left, right });
        // Strictly inside the gaps only, so a pixel marked covered always clashes.
        const int a = std::max(0, int(std::floor(left - gap - x0)) + 1);
        const int b = std::min(pixels - 1, int(std::ceil(right + gap - x0)) - 1);
        for (int x = a; x <= b; ++x)
            covered[r][x] = true;
    };
    // Keep the top row clear where paintGutter announces the events beyond the edges.
    if (o.eventsBefore > 0)
        take(rows - 1, x0, x0 + fm.horizontalAdvance(edgeNoteText(false, o.eventsBefore)) + 6);
    if (o.eventsAfter > 0)
        take(rows - 1, x1 - fm.horizontalAdvance(edgeNoteText(true, o.eventsAfter)) - 6, x1);
    auto clashes = [&](int r, double left, double right) {
        return std::any_of(taken[r].cbegin(), taken[r].cend(),
            [&](const auto& span) { return left < span.second + gap && right + gap > span.first; });
    };
    for (const LabelCandidate& candidate : std::as_const(m_labelOrder)) {
        if (candidate.end < from || candidate.start > to)
            continue;
        const qsizetype i = candidate.event;
        const EventInfo& e = m_events.at(i);
        double left = std::max(x0, m_scale.timeToX(candidate.anchor));
        // Most events find every row taken where their label would start: skip them before looking at
        // their text (unless the right edge could still push the label left into a free place).
        if (left + maxLabel <= x1) {
            const int px = std::clamp(int(std::floor(left - x0)), 0, pixels - 1);
            const int px2 = std::min(pixels - 1, px + 1);
            bool free = false;
            for (int r = 0; r < rows && !free; ++r)
                free = !(covered[r][px] && covered[r][px2]);
            if (!free)
                continue;
        }
        const double estimate = estimatedLabelWidth(i);
        if (left + estimate > x1)
            left = std::max(x0, x1 - estimate);
        for (int r = 0; r < rows; ++r) {
            if (clashes(r, left, left + estimate))
                continue;
            double textWidth = 0.0;
            const QString& text = eventText(i, &textWidth);
            if (left + textWidth > x1)
                left = std::max(x0, x1 - textWidth);
            take(r, left, left + textWidth);
            const QRectF marker = eventMarker(e, g);
            const double bottom = marker.top() - 2 - r * (line + 2);
            o.labels.append({ i, marker, QRectF(left, bottom - line, textWidth, line), text,
                m_eventAccepted.value(i, true) });
            break;
        }
    }
}

void TimelineView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    placeChildren();
}

QStringList TimelineView::axisLabels() const
{
    QStringList labels;
    for (const core::TimeTick& tick : m_scale.ticks(tickLabelSpacing()))
        labels << tick.label;
    return labels;
}

void TimelineView::retranslate()
{
    setAccessibleName(tr("Timeline"));
    m_laneCombo->setItemText(0, tr("Lanes: by type"));
    m_laneCombo->setItemText(1, tr("Lanes: by sender"));
    m_laneCombo->setToolTip(tr("Group the documents by type or by the organisation that sent them"));
    m_fitButton->setText(tr("Fit"));
    m_fitButton->setToolTip(tr("Show the whole corpus (F)"));
}

void TimelineView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        // Lane names, event dates, axis labels and tooltips were said in the previous language.
        retranslate();
        m_geometryValid = false;
        m_eventTexts = QList<QString>(m_events.size());
        m_eventTextWidths = QList<double>(m_events.size(), -1.0);
        m_eventTextEstimates = QList<double>(m_events.size(), -1.0);
        rebuildCorpus();
        placeChildren();
    } else if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange
        || event->type() == QEvent::PaletteChange) {
        // Measured labels and pre-drawn markers belong to the old font and colours.
        m_eventTexts = QList<QString>(m_events.size());
        m_eventTextWidths = QList<double>(m_events.size(), -1.0);
        m_eventTextEstimates = QList<double>(m_events.size(), -1.0);
        m_charAdvances.clear();
        m_diamonds.clear();
        m_density->setFont(font());
        m_density->applyPalette();
        placeChildren();
    } else if (event->type() == QEvent::ActivationChange || event->type() == QEvent::EnabledChange) {
        update(); // another colour group: the kept layer is painted again
    }
}

QColor TimelineView::textColour(double alpha) const
{
    return withAlpha(palette().color(QPalette::Text), alpha);
}

QColor TimelineView::outlineColour() const
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    return dark ? QColor(Qt::white) : Palette::selection();
}

double TimelineView::tickLabelSpacing() const
{
    const QFontMetricsF fm(font());
    // The widest label any unit writes, plus breathing room.
    return fm.horizontalAdvance(QLocale().toString(QDate(2016, 9, 28), QStringLiteral("d MMM yyyy"))) + fm.height() * 1.2;
}

void TimelineView::paintEvent(QPaintEvent*)
{
    const Geometry& g = geometry();
    const Content& c = content();
    const Overlay& o = overlay();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    if (m_brushing) {
        paintLayer(p, g, c, o); // changes with every move: not worth keeping
    } else {
        // Everything but the highlights is kept as painted until the view, the data or the colours change:
        // a hover or a new current document repaints one image and a few outlines.
        const qreal ratio = devicePixelRatioF();
        const QSize pixels = size() * ratio;
        Layer& layer = m_layer;
        if (layer.pixmap.size() != pixels || layer.generation != m_generation || !(layer.scale == m_scale)
            || layer.colourGroup != palette().currentColorGroup()) {
            if (layer.pixmap.size() != pixels) {
                layer.pixmap = QPixmap(pixels);
                layer.pixmap.setDevicePixelRatio(ratio);
            }
            layer.pixmap.fill(Qt::transparent);
            QPainter lp(&layer.pixmap);
            lp.setRenderHint(QPainter::Antialiasing);
            paintLayer(lp, g, c, o);
            lp.end();
            layer.generation = m_generation;
            layer.scale = m_scale;
            layer.colourGroup = palette().currentColorGroup();
        }
        p.drawPixmap(0, 0, layer.pixmap);
    }
    paintHighlights(p, g, c);
    // Over the kept layer, like the other highlights: the pointed-at edge note is underlined.
    if (m_hoveredNote != EdgeNote::None) {
        const QRectF note = m_hoveredNote == EdgeNote::Earlier ? earlierEventsRect() : laterEventsRect();
        const double y = note.center().y() + QFontMetricsF(font()).ascent() / 2 + 1.5;
        p.setPen(QPen(palette().color(QPalette::Link), 1.0));
        p.drawLine(QPointF(note.left() + 1, y), QPointF(note.right() - 1, y));
    }
}

void TimelineView::paintLayer(QPainter& p, const Geometry& g, const Content& c, const Overlay& o) const
{
    p.setFont(font());
    paintBackground(p, g);
    paintPeriod(p, g);
    p.save();
    p.setClipRect(QRectF(m_scale.x0() - g.markSize, g.eventLane.top(), m_scale.width() + 2 * g.markSize,
        g.lanes.bottom() - g.eventLane.top()));
    paintEvents(p, g, c, o);
    paintMarks(p, g, c);
    p.restore();
    paintAxis(p, g);
    paintGutter(p, g, o);
    // The legend changes with the size, the font, the colours and the period, not with the view.
    const qreal ratio = p.device()->devicePixelRatioF();
    const QSize pixels = g.header.size().toSize() * ratio;
    Layer& header = m_headerLayer;
    if (header.pixmap.size() != pixels || header.generation != m_generation
        || header.colourGroup != palette().currentColorGroup()) {
        header.pixmap = QPixmap(pixels);
        header.pixmap.setDevicePixelRatio(ratio);
        header.pixmap.fill(Qt::transparent);
        QPainter hp(&header.pixmap);
        hp.setRenderHint(QPainter::Antialiasing);
        hp.setFont(font());
        hp.translate(-g.header.topLeft());
        paintHeader(hp, g);
        hp.end();
        header.generation = m_generation;
        header.colourGroup = palette().currentColorGroup();
    }
    p.drawPixmap(g.header.topLeft(), header.pixmap);
}

void TimelineView::paintBackground(QPainter& p, const Geometry& l) const
{
    const double top = l.density.top();
    const double bottom = l.lanes.bottom();
    const double x0 = m_scale.x0();
    const double x1 = m_scale.x1();

    for (qsizetype i = 0; i < l.laneRects.size(); ++i) {
        if (i % 2 == 0)
            p.fillRect(
                QRectF(0, l.laneRects.at(i).top(), width(), l.laneRects.at(i).height()), textColour(0.035));
    }

    // The design's 2014–2020 band, faint: context, not content.
    const double a = std::max(x0, m_scale.dateToX(QDate(2014, 1, 1)));
    const double b = std::min(x1, m_scale.dateToX(QDate(2021, 1, 1)));
    if (b > a)
        p.fillRect(QRectF(a, top, b - a, l.axis.top() - top), textColour(0.045));

    for (const core::TimeTick& tick : m_scale.ticks(tickLabelSpacing())) {
        const double x = std::round(m_scale.timeToX(tick.time)) + 0.5;
        p.setPen(QPen(textColour(tick.major ? 0.22 : 0.1), 1.0));
        p.drawLine(QPointF(x, top), QPointF(x, bottom));
    }
    p.setPen(QPen(textColour(0.25), 1.0));
    p.drawLine(QPointF(0, l.density.bottom() - 0.5), QPointF(width(), l.density.bottom() - 0.5));
    p.setPen(QPen(textColour(0.12), 1.0));
    p.drawLine(QPointF(0, l.eventLane.bottom() - 0.5), QPointF(width(), l.eventLane.bottom() - 0.5));
}

void TimelineView::paintPeriod(QPainter& p, const Geometry& l) const
{
    double a = 0.0;
    double b = 0.0;
    if (m_brushing) {
        a = m_scale.timeToX(snapTime(std::min(m_brushA, m_brushB)));
        b = m_scale.timeToX(snapTime(std::max(m_brushA, m_brushB)));
    } else if (m_selection && m_selection->hasPeriod()) {
        a = m_scale.dateToX(m_selection->periodFrom());
        b = m_scale.dateToX(m_selection->periodTo().addDays(1));
    } else {
        return;
    }
    a = std::clamp(a, m_scale.x0(), m_scale.x1());
    b = std::clamp(b, m_scale.x0(), m_scale.x1());
    if (b <= a)
        return;
    const QColor ink = outlineColour();
    const QRectF band(a, l.density.top(), b - a, l.axis.top() - l.density.top());
    p.fillRect(band, withAlpha(ink, 0.09));
    p.fillRect(QRectF(a, l.axis.top(), b - a, 5), withAlpha(ink, 0.6));
    p.setPen(QPen(withAlpha(ink, 0.55), 1.5));
    p.drawLine(QPointF(a, band.top()), QPointF(a, l.axis.top()));
    p.drawLine(QPointF(b, band.top()), QPointF(b, l.axis.top()));
}

const QPixmap& TimelineView::diamondSprite(double alpha) const
{
    // alpha < 0: the ring of the base colour under a diamond.
    const int key = alpha < 0.0 ? -1 : int(std::lround(alpha * 100));
    auto it = m_diamonds.find(key);
    if (it == m_diamonds.end()) {
        // One diamond drawn once and copied to every place that has one: thousands of events cost
        // thousands of blits, not thousands of antialiased polygons.
        const double ms = geometry().eventMarkerSize;
        const qreal ratio = devicePixelRatioF();
        const int side = int(std::ceil(ms)) + 2;
        QPixmap sprite(QSize(side, side) * ratio);
        sprite.setDevicePixelRatio(ratio);
        sprite.fill(Qt::transparent);
        QPainter sp(&sprite);
        sp.setRenderHint(QPainter::Antialiasing);
        const QRectF r(1, 1, ms, ms);
        if (key < 0) {
            sp.setPen(QPen(palette().color(QPalette::Base), 1.0));
            sp.setBrush(palette().color(QPalette::Base));
            sp.drawPolygon(diamond(r));
        } else {
            sp.setPen(Qt::NoPen);
            sp.setBrush(withAlpha(Palette::event(), alpha));
            sp.drawPolygon(diamond(r.adjusted(0.5, 0.5, -0.5, -0.5)));
        }
        sp.end();
        it = m_diamonds.insert(key, sprite);
    }
    return *it;
}

void TimelineView::paintEvents(QPainter& p, const Geometry& g, const Content& c, const Overlay& o) const
{
    Q_UNUSED(g);
    const QColor colour = Palette::event();
    for (const EventLabel& label : o.labels) {
        const double alpha = label.accepted ? 1.0 : 0.3;
        const double x = label.label.left();
        p.setPen(QPen(withAlpha(colour, 0.6 * alpha), 1.0));
        p.drawLine(QPointF(x + 0.5, label.label.center().y()), QPointF(x + 0.5, label.marker.top()));
        p.setPen(textColour(label.accepted ? 0.9 : 0.4));
        p.drawText(label.label.adjusted(4, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, label.text);
    }

    p.save();
    p.translate(contentOffset(), 0.0);
    // Spans under diamonds. Events drawn at one place stack their opacity as overlapping copies would.
    p.setPen(Qt::NoPen);
    for (const EventGlyph& glyph : c.eventGlyphs) {
        if (glyph.point)
            continue;
        const double alpha
            = glyph.accepted > 0 ? stackedAlpha(0.7, glyph.accepted) : stackedAlpha(0.21, glyph.dimmed);
        const double peak = glyph.accepted > 0 ? 1.0 : stackedAlpha(0.3, glyph.dimmed);
        const QRectF& r = glyph.marker;
        p.setBrush(glyph.approximate ? fadingBrush(r, withAlpha(colour, peak), 0.3)
                                     : QBrush(withAlpha(colour, alpha)));
        p.drawRoundedRect(r, r.height() / 2, r.height() / 2);
    }
    // Every ring first, then every diamond: a run of events a pixel apart reads as one orange ribbon
    // instead of rings painting over the diamonds before them.
    const QPointF spriteOffset(-1, -1);
    const QPixmap& ring = diamondSprite(-1.0);
    for (const EventGlyph& glyph : c.eventGlyphs) {
        if (glyph.point)
            p.drawPixmap(glyph.marker.topLeft() + spriteOffset, ring);
    }
    for (const EventGlyph& glyph : c.eventGlyphs) {
        if (!glyph.point)
            continue;
        const double alpha = glyph.accepted > 0 ? 1.0 : stackedAlpha(0.3, std::min(glyph.dimmed, 6));
        p.drawPixmap(glyph.marker.topLeft() + spriteOffset, diamondSprite(alpha));
    }
    p.restore();
}

void TimelineView::paintMarks(QPainter& p, const Geometry& g, const Content& c) const
{
    const QColor hitColour = Palette::searchHit();
    const double offset = contentOffset();

    if (c.aggregated) {
        p.save();
        // The columns sit on a grid anchored in time: the ones cut by the plot's edges are cut here.
        p.setClipRect(
            QRectF(m_scale.x0(), g.lanes.top(), m_scale.width(), g.lanes.height()), Qt::IntersectClip);
        p.translate(offset, 0.0);
        p.setPen(Qt::NoPen);
        p.setBrush(hitColour);
        p.drawRects(c.hitBars.constData(), int(c.hitBars.size()));
        for (std::size_t i = 0; i < c.bars.size(); ++i) {
            if (c.bars[i].isEmpty())
                continue;
            const QColor colour = Palette::type(s_types[i % 4]);
            p.setBrush(i < 4 ? colour : withAlpha(colour, 0.22));
            p.drawRects(c.bars[i].constData(), int(c.bars[i].size()));
        }
        p.restore();
        return;
    }

    p.save();
    p.translate(offset, 0.0);
    const double left = m_scale.x0() - g.markSize - offset;
    const double right = m_scale.x1() + g.markSize - offset;
    auto visible = [&](const QRectF& r) { return r.right() >= left && r.left() <= right; };
    // Halos of search hits under everything.
    p.setPen(Qt::NoPen);
    for (const Mark& mark : c.marks) {
        if (!mark.hit || !visible(mark.rect))
            continue;
        const QRectF r = mark.rect;
        p.setBrush(withAlpha(hitColour, mark.accepted ? 1.0 : 0.5));
        if (m_docs.at(mark.doc).point)
            p.drawEllipse(r.adjusted(-4, -4, 4, 4));
        else
            p.drawRoundedRect(r.adjusted(-4, -4, 4, 4), r.height() / 2 + 4, r.height() / 2 + 4);
    }
    // Exact days of one colour go in one batch: round points as wide as the dot, on a ring of the base
    // colour that keeps neighbours apart.
    std::array<QList<QPointF>, 8> dots;
    QList<const Mark*> roughDays; // approximate days: dotted, one by one (few)
    // A span that goes on beyond the view is cut square at the plot's edge, never into the gutter.
    p.save();
    p.setClipRect(QRectF(m_scale.x0() - 1 - offset, g.lanes.top(), m_scale.width() + 2, g.lanes.height()),
        Qt::IntersectClip);
    for (const Mark& mark : c.marks) {
        if (!visible(mark.rect))
            continue;
        const DocInfo& d = m_docs.at(mark.doc);
        const QRectF& r = mark.rect;
        const QColor colour = Palette::type(DocumentType(d.type));
        const double alpha = mark.accepted ? 1.0 : 0.25;
        if (d.point && !d.approximate) {
            dots[std::size_t(d.type) + (mark.accepted ? 0 : 4)].append(r.center());
        } else if (d.point) {
            roughDays.append(&mark);
        } else {
            const double radius = r.height() / 2;
            if (d.approximate) {
                p.setPen(Qt::NoPen);
                p.setBrush(fadingBrush(r, withAlpha(colour, 0.75 * alpha), 0.35)); // fades at its true ends
            } else {
                p.setPen(QPen(withAlpha(colour, alpha), 1.0));
                p.setBrush(withAlpha(colour, 0.45 * alpha));
            }
            // Only what can show: a year-long bar at a zoom of weeks is mostly beyond the clip.
            const QRectF shown = r.intersected(
                QRectF(left - radius - 2, r.top() - 1, right - left + 2 * radius + 4, r.height() + 2));
            p.drawRoundedRect(shown.left() > r.left() || shown.right() < r.right()
                    ? QRectF(shown.left(), r.top(), shown.width(), r.height())
                    : r,
                radius, radius);
        }
    }
    p.restore();
    for (const Mark* mark : std::as_const(roughDays)) {
        const QColor colour = Palette::type(DocumentType(m_docs.at(mark->doc).type));
        const double alpha = mark->accepted ? 1.0 : 0.25;
        p.setPen(QPen(withAlpha(colour, alpha), 1.5, Qt::DotLine));
        p.setBrush(withAlpha(colour, 0.35 * alpha));
        p.drawEllipse(mark->rect);
    }
    // Every ring, then every dot, each a copy of one pre-drawn sprite per colour.
    const double spriteSide = std::ceil(g.markSize) + 2;
    const QPointF centre(spriteSide / 2, spriteSide / 2);
    for (std::size_t i = 0; i < dots.size(); ++i) {
        const QPixmap& ring = dotSprite(i < 4 ? -1 : -2, g.markSize);
        for (const QPointF& at : std::as_const(dots[i]))
            p.drawPixmap(QPointF(std::round(at.x()), std::round(at.y())) - centre, ring);
    }
    for (std::size_t i = 0; i < dots.size(); ++i) {
        const QPixmap& dot = dotSprite(int(i), g.markSize);
        for (const QPointF& at : std::as_const(dots[i]))
            p.drawPixmap(QPointF(std::round(at.x()), std::round(at.y())) - centre, dot);
    }
    p.restore();
}

const QPixmap& TimelineView::dotSprite(int kind, double size) const
{
    // kind 0..3: a type's colour, 4..7: the same dimmed; -1 / -2: the base-coloured ring, plain / dimmed.
    // Keyed by size too: the dots follow the lane height.
    const int key = (int(std::lround(size * 8)) << 8) + kind + 16;
    auto it = m_diamonds.find(key);
    if (it == m_diamonds.end()) {
        const qreal ratio = devicePixelRatioF();
        const double side = std::ceil(size) + 2;
        QPixmap sprite(QSize { int(side), int(side) } * ratio);
        sprite.setDevicePixelRatio(ratio);
        sprite.fill(Qt::transparent);
        QPainter sp(&sprite);
        sp.setRenderHint(QPainter::Antialiasing);
        sp.setPen(Qt::NoPen);
        const QPointF centre(side / 2, side / 2);
        if (kind < 0) {
            sp.setBrush(withAlpha(palette().color(QPalette::Base), kind == -1 ? 1.0 : 0.25));
            sp.drawEllipse(centre, (size + 1) / 2, (size + 1) / 2);
        } else {
            sp.setBrush(withAlpha(Palette::type(s_types[std::size_t(kind % 4)]), kind < 4 ? 1.0 : 0.25));
            sp.drawEllipse(centre, (size - 1) / 2, (size - 1) / 2);
        }
        sp.end();
        it = m_diamonds.insert(key, sprite);
    }
    return *it;
}

void TimelineView::paintHighlights(QPainter& p, const Geometry& g, const Content& c) const
{
    const qint64 current = m_selection ? m_selection->currentDocument() : 0;
    const qint64 person = m_selection ? m_selection->hoveredCorrespondent() : 0;
    const QColor ink = outlineColour();
    if (c.aggregated) {
        if (current) {
            const QRectF r = markRect(current);
            if (!r.isEmpty()) {
                p.setPen(QPen(ink, 2.0));
                p.setBrush(Qt::NoBrush);
                p.drawRect(r.adjusted(-2, -1, 2, 1));
            }
        }
        return;
    }
    if (!current && !m_hovered && !person)
        return;
    const double offset = contentOffset();
    p.save();
    p.setClipRect(QRectF(m_scale.x0() - g.markSize, g.eventLane.top(), m_scale.width() + 2 * g.markSize,
        g.lanes.bottom() - g.eventLane.top()));
    p.translate(offset, 0.0);
    const double left = m_scale.x0() - g.markSize - offset;
    const double right = m_scale.x1() + g.markSize - offset;
    // Outlines of the current document, the hovered one and the hovered correspondent's.
    for (const Mark& mark : c.marks) {
        const DocInfo& d = m_docs.at(mark.doc);
        const bool involved = person && m_selection->corpus().involves(d.id, person);
        if ((d.id != current && d.id != m_hovered && !involved) || mark.rect.right() < left
            || mark.rect.left() > right)
            continue;
        const QRectF& r = mark.rect;
        p.setPen(QPen(ink, d.id == current ? 2.5 : 1.5));
        p.setBrush(Qt::NoBrush);
        const QRectF o = r.adjusted(-3, -3, 3, 3);
        if (d.point)
            p.drawEllipse(o);
        else
            p.drawRoundedRect(o, o.height() / 2, o.height() / 2);
    }
    p.restore();
}

void TimelineView::paintAxis(QPainter& p, const Geometry& l) const
{
    const QRectF axis = l.axis;
    p.setPen(QPen(textColour(0.55), 1.0));
    p.drawLine(QPointF(m_scale.x0(), axis.top() + 0.5), QPointF(m_scale.x1(), axis.top() + 0.5));
    const QFontMetricsF fm(font());
    QFont bold = font();
    bold.setBold(true);
    p.save();
    p.setClipRect(QRectF(m_scale.x0(), axis.top(), width() - m_scale.x0(), axis.height()));
    for (const core::TimeTick& tick : m_scale.ticks(tickLabelSpacing())) {
        const double x = std::round(m_scale.timeToX(tick.time)) + 0.5;
        p.setPen(QPen(textColour(tick.major ? 0.8 : 0.5), 1.0));
        p.drawLine(QPointF(x, axis.top()), QPointF(x, axis.top() + (tick.major ? 8 : 5)));
        const QFontMetricsF tfm(tick.major ? bold : font());
        const double labelWidth = tfm.horizontalAdvance(tick.label) + 2;
        if (x + 3 + labelWidth > width() - 2)
            continue; // a half-cut label reads as a different date
        p.setFont(tick.major ? bold : font());
        p.setPen(textColour(tick.major ? 0.95 : 0.75));
        p.drawText(QRectF(x + 3, axis.top() + 6, labelWidth, fm.height() + 3),
            Qt::AlignLeft | Qt::AlignVCenter, tick.label);
    }
    p.restore();
    p.setFont(font());
}

void TimelineView::paintGutter(QPainter& p, const Geometry& l, const Overlay& o) const
{
    const QFontMetricsF fm(font());
    const double line = fm.height();
    const double pad = std::round(line * 0.5);
    const double chip = std::round(line * 0.6);
    const double textLeft = pad;
    const double textWidth = m_scale.x0() - pad * 2;

    p.setPen(textColour(0.75));
    const QRectF densityLabel(textLeft, l.density.top() + 2, textWidth, line);
    p.drawText(densityLabel, Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(tr("Documents / %1").arg(m_density->bucketName()), Qt::ElideRight, textWidth));
    // Month- and year-dated documents are spread over their buckets, so the peak can be fractional;
    // people count documents in whole numbers.
    const QString peak = tr("peak %1").arg(QLocale().toString(qRound(m_density->maximum())));
    if (l.density.height() >= line * 2.2)
        p.drawText(
            QRectF(textLeft, densityLabel.bottom(), textWidth, line), Qt::AlignLeft | Qt::AlignVCenter, peak);

    const QRectF eventsLabel(textLeft, l.eventLane.bottom() - line - 3, textWidth, line);
    p.setPen(textColour(0.75));
    p.drawText(eventsLabel, Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(tr("Mentioned events"), Qt::ElideRight, textWidth));
    p.setFont(font());

    for (qsizetype i = 0; i < m_lanes.size() && i < l.laneRects.size(); ++i) {
        const Lane& lane = m_lanes.at(i);
        const QRectF r = l.laneRects.at(i);
        if (r.height() < line * 0.8 && i % 2 == 1)
            continue; // too thin for every label: name every other lane
        double x = textLeft;
        if (lane.type >= 0) {
            p.setPen(Qt::NoPen);
            p.setBrush(Palette::type(DocumentType(lane.type)));
            p.drawEllipse(QRectF(x, r.center().y() - chip / 2, chip, chip));
            x += chip + pad * 0.6;
        }
        p.setPen(textColour(0.9));
        p.drawText(QRectF(x, r.top(), m_scale.x0() - pad - x, r.height()), Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(lane.name, Qt::ElideRight, m_scale.x0() - pad - x));
    }

    p.setPen(textColour(0.6));
    if (m_undated > 0) {
        p.drawText(QRectF(textLeft, l.axis.top() + 6, textWidth, line + 3), Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(tr("%Ln undated", nullptr, m_undated), Qt::ElideRight, textWidth));
    }
    // Events off screen are announced at the edge they lie beyond.
    // They can be clicked (edgeNoteRect): drawn as links (underlined while pointed at, by paintEvent).
    for (const bool later : { false, true }) {
        const int n = later ? o.eventsAfter : o.eventsBefore;
        if (n <= 0)
            continue;
        p.setPen(palette().color(QPalette::Link));
        p.drawText(edgeNoteRect(later, n, l), later ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter,
            edgeNoteText(later, n));
    }
}

QString TimelineView::edgeNoteText(bool later, int events) const
{
    return later ? tr("%Ln later event(s) ▸", nullptr, events) : tr("◂ %Ln earlier event(s)", nullptr, events);
}

std::pair<int, int> TimelineView::eventsBeyondEdges() const
{
    // Sorted starts and ends count the events beyond each edge without visiting them.
    const double from = m_scale.start();
    const double to = m_scale.end();
    const int before = int(std::lower_bound(m_eventEnds.cbegin(), m_eventEnds.cend(), from) - m_eventEnds.cbegin());
    const int after = int(m_events.cend()
        - std::upper_bound(m_events.cbegin(), m_events.cend(), to, [](double t, const EventInfo& e) { return t < e.start; }));
    return { before, after };
}

QRectF TimelineView::edgeNoteRect(bool later, int events, const Geometry& g) const
{
    if (events <= 0)
        return {};
    const QFontMetricsF fm(font());
    const double width = fm.horizontalAdvance(edgeNoteText(later, events)) + 2;
    const double top = g.eventLane.top() + 2;
    return later ? QRectF(m_scale.x1() - width - 1, top, width, fm.height()) : QRectF(m_scale.x0() + 3, top, width, fm.height());
}

QRectF TimelineView::earlierEventsRect() const
{
    return edgeNoteRect(false, eventsBeyondEdges().first, geometry());
}

QRectF TimelineView::laterEventsRect() const
{
    return edgeNoteRect(true, eventsBeyondEdges().second, geometry());
}

TimelineView::EdgeNote TimelineView::edgeNoteAt(QPointF pos) const
{
    // A few pixels of slack: the note is one line of small text.
    const auto near = [&pos](const QRectF& note) { return !note.isEmpty() && note.adjusted(-3, -3, 3, 3).contains(pos); };
    if (near(earlierEventsRect()))
        return EdgeNote::Earlier;
    if (near(laterEventsRect()))
        return EdgeNote::Later;
    return EdgeNote::None;
}

void TimelineView::showEventsBeyond(bool later)
{
    // The view widens to take in every event beyond that edge (and keeps its other edge), within
    // the scale's longest span.
    const auto [before, after] = eventsBeyondEdges();
    if ((later ? after : before) == 0)
        return;
    double start = m_scale.start(), end = m_scale.end();
    if (later) {
        end = std::max(end, m_eventEnds.last());
    } else {
        start = std::min(start, m_events.first().start);
    }
    const double margin = (end - start) * 0.02;
    TimeScale scale = m_scale;
    if (later)
        scale.setDomain(start, end + margin);
    else
        scale.setDomain(start - margin, end);
    setScale(scale);
}

void TimelineView::showEarlierEvents()
{
    showEventsBeyond(false);
}

void TimelineView::showLaterEvents()
{
    showEventsBeyond(true);
}

void TimelineView::paintHeader(QPainter& p, const Geometry& l) const
{
    const QFontMetricsF fm(font());
    const double line = fm.height();
    const double pad = std::round(line * 0.5);
    const double chip = std::round(line * 0.65);
    const double cy = l.header.center().y();
    const double limit = m_laneCombo->x() - pad * 2;
    double x = pad;
    m_typeLegendRects = {};
    bool struck = false; // a hidden document type: greyed and struck out

    // Draws one legend entry if it fits; the less essential ones go first on a narrow window.
    auto entry
        = [&](const QString& text, const std::function<void(const QRectF&)>& swatch, double swatchWidth) {
              const double w = swatchWidth + pad * 0.5 + fm.horizontalAdvance(text);
              if (x + w > limit)
                  return false;
              swatch(QRectF(x, cy - chip / 2, swatchWidth, chip));
              p.setPen(textColour(struck ? 0.45 : 0.9));
              QFont f = font();
              f.setStrikeOut(struck);
              p.setFont(f);
              p.drawText(QRectF(x + swatchWidth + pad * 0.5, cy - line / 2, w, line),
                  Qt::AlignLeft | Qt::AlignVCenter, text);
              p.setFont(font());
              x += w + pad * 1.6;
              return true;
          };

    if (m_selection && m_selection->hasPeriod()) {
        const QLocale c; // the interface language's
        QFont bold = font();
        bold.setBold(true);
        const QFontMetricsF bfm(bold);
        const QString text = tr("Period %1 – %2")
                                 .arg(c.toString(m_selection->periodFrom(), QStringLiteral("d MMM yyyy")),
                                     c.toString(m_selection->periodTo(), QStringLiteral("d MMM yyyy")));
        const QString hint = tr("Esc clears");
        const double bar = std::round(chip * 0.4);
        p.fillRect(QRectF(x, cy - chip / 2, bar, chip), withAlpha(outlineColour(), 0.6));
        x += bar + pad * 0.5;
        p.setFont(bold);
        p.setPen(textColour(1.0));
        const QString shown = bfm.elidedText(text, Qt::ElideRight, std::max(0.0, limit - x));
        p.drawText(QRectF(x, cy - line / 2, bfm.horizontalAdvance(shown) + 2, line),
            Qt::AlignLeft | Qt::AlignVCenter, shown);
        x += bfm.horizontalAdvance(shown) + pad;
        p.setFont(font());
        if (x + fm.horizontalAdvance(hint) < limit) {
            p.setPen(textColour(0.55));
            p.drawText(QRectF(x, cy - line / 2, fm.horizontalAdvance(hint) + 2, line),
                Qt::AlignLeft | Qt::AlignVCenter, hint);
            x += fm.horizontalAdvance(hint);
        }
        x += pad * 3;
    }

    for (const DocumentType type : s_types) {
        if (!m_typesPresent[std::size_t(type)])
            continue;
        struck = m_selection && !m_selection->isTypeShown(type);
        const double left = x;
        const bool drawn = entry(
            core::DocumentTableModel::typeLabel(type),
            [&](const QRectF& r) {
                p.setPen(Qt::NoPen);
                p.setBrush(struck ? withAlpha(Palette::type(type), 0.3) : Palette::type(type));
                p.drawEllipse(r);
            },
            chip);
        if (drawn) // the whole entry is the button, with the gap's first half on each side
            m_typeLegendRects[std::size_t(type)] = QRectF(left - pad * 0.4, l.header.top(), x - left - pad * 0.8, l.header.height());
    }
    struck = false;
    x += pad;
    const QColor neutral = textColour(0.6);
    entry(
        tr("exact day"),
        [&](const QRectF& r) {
            p.setPen(Qt::NoPen);
            p.setBrush(neutral);
            p.drawEllipse(r);
        },
        chip)
        && entry(
            tr("month / season / year"),
            [&](const QRectF& r) {
                const QRectF bar = r.adjusted(0, r.height() * 0.15, 0, -r.height() * 0.15);
                p.setPen(QPen(neutral, 1.0));
                p.setBrush(withAlpha(neutral, 0.45));
                p.drawRoundedRect(bar, bar.height() / 2, bar.height() / 2);
            },
            chip * 2.6)
        && entry(
            tr("approximate"),
            [&](const QRectF& r) {
                const QRectF bar = r.adjusted(0, r.height() * 0.15, 0, -r.height() * 0.15);
                p.setPen(Qt::NoPen);
                p.setBrush(fadingBrush(bar, withAlpha(neutral, 0.75), 0.35));
                p.drawRoundedRect(bar, bar.height() / 2, bar.height() / 2);
            },
            chip * 2.6)
        && entry(
            tr("mentioned event"),
            [&](const QRectF& r) {
                p.setPen(Qt::NoPen);
                p.setBrush(Palette::event());
                p.drawPolygon(diamond(r));
            },
            chip)
        && entry(
            tr("2014–2020"), [&](const QRectF& r) { p.fillRect(r.adjusted(0, -2, 0, 2), textColour(0.1)); },
            chip * 2);
}

bool TimelineView::isOnShow(const DocInfo& d) const
{
    return m_scale.timeToX(d.end) >= m_scale.x0() && m_scale.timeToX(d.start) <= m_scale.x1();
}

QRectF TimelineView::columnRect(const DocInfo& d, const Geometry& g) const
{
    const Content& c = content();
    const double cd = c.columnDays;
    qint64 k0;
    qint64 k1;
    if (d.point) {
        k0 = k1 = qint64(std::floor((d.start + 0.5) / cd));
    } else {
        k0 = qint64(std::floor(d.start / cd));
        k1 = std::max(k0, qint64(std::ceil(d.end / cd)) - 1);
    }
    // Only the columns on show, as it is drawn.
    k0 = std::max(k0, qint64(std::floor(m_scale.start() / cd)));
    k1 = std::min(k1, qint64(std::ceil(m_scale.end() / cd)) - 1);
    if (k1 < k0)
        return {};
    const QRectF lane = g.laneRects.value(d.lane);
    const double x = std::round(c.scale.timeToX(double(k0) * cd)) + contentOffset();
    return QRectF(x, lane.top() + 2, double(k1 - k0 + 1) * g.columnWidth, lane.height() - 4);
}

std::pair<double, double> TimelineView::columnTimes(double x) const
{
    const Content& c = content();
    if (!c.aggregated)
        return {};
    const double k = std::floor(m_scale.xToTime(x) / c.columnDays);
    return { k * c.columnDays, (k + 1) * c.columnDays };
}

core::TimelineCounts::Range TimelineView::columnAt(int lane, double x) const
{
    const auto [from, to] = columnTimes(x);
    return m_counts.range(lane, from, to);
}

qint64 TimelineView::documentAt(QPointF pos) const
{
    const Geometry& g = geometry();
    const Content& c = content();
    if (pos.x() < m_scale.x0() - g.markSize || pos.x() > m_scale.x1() + g.markSize)
        return 0;
    qint64 best = 0;
    double bestDistance = std::numeric_limits<double>::max();
    if (c.aggregated) {
        // Only the documents of the lane under the pointer, near its time, can be drawn there.
        const double from = m_scale.xToTime(pos.x() - 1 - g.columnWidth);
        const double to = m_scale.xToTime(pos.x() + 1 + g.columnWidth);
        const auto [first, last] = docsAround(from, to);
        for (qsizetype i = first; i < last; ++i) {
            const DocInfo& d = m_docs.at(i);
            if (d.end < from || !g.laneRects.value(d.lane).contains(pos))
                continue;
            const QRectF r = columnRect(d, g);
            if (!r.adjusted(-1, 0, 1, 0).contains(pos))
                continue;
            const double distance = std::abs(r.center().x() - pos.x()) + r.width();
            if (distance < bestDistance) {
                bestDistance = distance;
                best = d.id;
            }
        }
        return best;
    }
    // Marks are small: accept a near miss, and prefer the closest (later marks on top).
    const QPointF at = pos - QPointF(contentOffset(), 0.0);
    for (const Mark& mark : c.marks) {
        const QRectF hit = mark.rect.adjusted(-3, -3, 3, 3);
        if (!hit.contains(at) || !isOnShow(m_docs.at(mark.doc)))
            continue;
        const double distance
            = QLineF(mark.rect.center(), at).length() * (m_docs.at(mark.doc).point ? 0.5 : 1.0);
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = m_docs.at(mark.doc).id;
        }
    }
    return best;
}

qsizetype TimelineView::eventAt(QPointF pos) const
{
    const Geometry& g = geometry();
    const Overlay& o = overlay();
    for (qsizetype i = o.labels.size() - 1; i >= 0; --i) {
        if (o.labels.at(i).label.contains(pos))
            return o.labels.at(i).event;
    }
    if (!g.eventLane.contains(pos))
        return -1;
    for (qsizetype i = m_events.size() - 1; i >= 0; --i) {
        const EventInfo& e = m_events.at(i);
        if (m_scale.timeToX(e.end) < m_scale.x0() || m_scale.timeToX(e.start) > m_scale.x1())
            continue;
        if (eventMarker(e, g).adjusted(-3, -3, 3, 3).contains(pos))
            return i;
    }
    return -1;
}

std::optional<DocumentType> TimelineView::legendTypeAt(QPointF pos) const
{
    for (const DocumentType type : s_types)
        if (m_typeLegendRects.at(std::size_t(type)).contains(pos))
            return type;
    return std::nullopt;
}

QString TimelineView::toolTipAt(QPointF pos) const
{
    const Geometry& g = geometry();
    auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
    if (const EdgeNote note = edgeNoteAt(pos); note != EdgeNote::None) {
        const auto [before, after] = eventsBeyondEdges();
        const QLocale locale;
        if (note == EdgeNote::Earlier)
            return esc(tr("%Ln mentioned event(s) before %1, the earliest in %2. Click to widen the timeline to them.", nullptr, before)
                           .arg(locale.toString(m_scale.startDate(), QLocale::ShortFormat),
                               QString::number(TimeScale::toDate(m_events.first().start).year())));
        return esc(tr("%Ln mentioned event(s) after %1, the latest in %2. Click to widen the timeline to them.", nullptr, after)
                       .arg(locale.toString(m_scale.endDate(), QLocale::ShortFormat),
                           QString::number(TimeScale::toDate(m_eventEnds.last() - 1.0).year())));
    }
    if (const std::optional<DocumentType> type = legendTypeAt(pos); type && m_selection) {
        const bool shown = m_selection->isTypeShown(*type);
        switch (*type) {
        case DocumentType::Letter:
            return shown ? tr("Click to hide letters") : tr("Click to show letters");
        case DocumentType::OpenLetter:
            return shown ? tr("Click to hide open letters") : tr("Click to show open letters");
        case DocumentType::PressRelease:
            return shown ? tr("Click to hide press releases") : tr("Click to show press releases");
        case DocumentType::Other:
            return shown ? tr("Click to hide other documents") : tr("Click to show other documents");
        }
    }
    if (const qint64 id = documentAt(pos); id != 0 && m_selection) {
        const core::CorpusIndex& corpus = m_selection->corpus();
        const qsizetype lane = m_docs.at(m_docIndex.value(id)).lane;
        const auto [from, to] = columnTimes(pos.x());
        const core::TimelineCounts::Range column = m_counts.range(int(lane), from, to);
        if (content().aggregated && column.documents > 1) {
            // Several documents share the column: say how many rather than pick one arbitrarily.
            double firstDay = std::numeric_limits<double>::max();
            double lastDay = std::numeric_limits<double>::lowest();
            const auto [first, last] = docsAround(from, to);
            for (qsizetype i = first; i < last; ++i) {
                const DocInfo& d = m_docs.at(i);
                const bool touches = d.lane == lane
                    && (d.point ? d.start + 0.5 >= from && d.start + 0.5 < to : d.end > from);
                if (!touches)
                    continue;
                firstDay = std::min(firstDay, d.start);
                lastDay = std::max(lastDay, d.end);
            }
            return QStringLiteral("<b>%1</b><br/>%2<br/><i>%3</i>")
                .arg(esc(dayRange(firstDay, lastDay)),
                    esc(tr("%Ln document(s)", nullptr, column.documents)
                        + QStringLiteral(" · ") + m_lanes.at(lane).name),
                    esc(tr("Zoom in to see them one by one")));
        }
        const core::DocumentSummary* d = corpus.document(id);
        if (!d)
            return {};
        QString text = QStringLiteral("<b>%1</b> · %2")
                           .arg(esc(core::DocumentTableModel::dateLabel(*d)),
                               esc(core::DocumentTableModel::typeLabel(d->type)));
        if (!d->title.isEmpty())
            text += QStringLiteral("<br/>") + esc(d->title);
        const QString senders
            = d->senders.isEmpty() ? tr("unknown sender") : d->senders.join(QStringLiteral(", "));
        text += QStringLiteral("<br/>") + esc(senders);
        if (!d->recipients.isEmpty())
            text += QStringLiteral(" → ") + esc(d->recipients.join(QStringLiteral(", ")));
        if (m_selection->isSearchHit(id) && !m_selection->snippet(id).isEmpty())
            text += QStringLiteral("<br/><i>") + esc(m_selection->snippet(id)) + QStringLiteral("</i>");
        return text;
    }
    if (const qsizetype i = eventAt(pos); i >= 0) {
        const EventInfo& e = m_events.at(i);
        return QStringLiteral("<b>%1</b> · %2<br/>%3<br/><i>%4</i>")
            .arg(esc(e.dateLabel), esc(tr("mentioned event")), esc(e.label),
                esc(tr("mentioned in %Ln document(s)", nullptr, int(e.documents.size()))));
    }
    if (g.density.contains(pos) && pos.x() >= m_scale.x0() && pos.x() <= m_scale.x1()) {
        const QString text = m_density->describeAt(m_scale.xToTime(pos.x()));
        return text.isEmpty() ? QString() : esc(text);
    }
    if (g.axis.contains(pos))
        return esc(tr("Drag along the axis to filter a period; click it or press Esc to clear"));
    return {};
}

QRectF TimelineView::axisRect() const
{
    return geometry().axis;
}

int TimelineView::markCount() const
{
    const auto [first, last] = docsAround(m_scale.xToTime(m_scale.x0()), m_scale.xToTime(m_scale.x1()));
    int n = 0;
    for (qsizetype i = first; i < last; ++i)
        n += isOnShow(m_docs.at(i)) ? 1 : 0;
    return n;
}

QRectF TimelineView::markRect(qint64 documentId) const
{
    const auto it = m_docIndex.constFind(documentId);
    if (it == m_docIndex.cend() || !isOnShow(m_docs.at(*it)))
        return {};
    const Content& c = content();
    if (c.aggregated)
        return columnRect(m_docs.at(*it), geometry());
    for (const Mark& mark : c.marks) {
        if (mark.doc == *it)
            return mark.rect.translated(contentOffset(), 0.0);
    }
    return {};
}

bool TimelineView::isAggregated() const
{
    return content().aggregated;
}

QStringList TimelineView::laneNames() const
{
    QStringList names;
    for (const Lane& lane : m_lanes)
        names.append(lane.name);
    return names;
}

void TimelineView::fitToData()
{
    QList<QDate> firstDays, lastDays;
    firstDays.reserve(m_docs.size());
    lastDays.reserve(m_docs.size());
    for (const DocInfo& d : std::as_const(m_docs)) {
        firstDays.append(TimeScale::toDate(d.start));
        lastDays.append(TimeScale::toDate(d.end - 1.0));
    }
    const core::TimelineFit::Period period = core::TimelineFit::defaultPeriod(std::move(firstDays), std::move(lastDays));
    TimeScale scale = m_scale;
    scale.fit(period.from, period.to, 0.02);
    setScale(scale);
}

void TimelineView::zoomBy(double x, double factor)
{
    TimeScale scale = m_scale;
    scale.zoomAround(x, factor);
    setScale(scale);
}

void TimelineView::panBy(double dx)
{
    TimeScale scale = m_scale;
    scale.panBy(dx);
    setScale(scale);
}

void TimelineView::zoomIn()
{
    zoomBy((m_scale.x0() + m_scale.x1()) / 2, 1.5);
}

void TimelineView::zoomOut()
{
    zoomBy((m_scale.x0() + m_scale.x1()) / 2, 1 / 1.5);
}

double TimelineView::snapTime(double time) const
{
    const double ppd = m_scale.pixelsPerDay();
    if (ppd >= 3.0)
        return std::round(time);
    const QDate d = TimeScale::toDate(time);
    // Too small to aim at a day: snap to the nearest month, or year, boundary.
    const QDate a = ppd * 30 >= 3.0 ? QDate(d.year(), d.month(), 1) : QDate(d.year(), 1, 1);
    const QDate b = ppd * 30 >= 3.0 ? a.addMonths(1) : a.addYears(1);
    return time - TimeScale::toTime(a) < TimeScale::toTime(b) - time ? TimeScale::toTime(a)
                                                                     : TimeScale::toTime(b);
}

void TimelineView::commitBrush(double a, double b)
{
    if (!m_selection)
        return;
    const double start = snapTime(std::min(a, b));
    double end = snapTime(std::max(a, b));
    if (end <= start)
        end = start + 1.0;
    m_selection->setPeriod(TimeScale::toDate(start), TimeScale::toDate(end - 1.0));
}

bool TimelineView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}

void TimelineView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const QPointF pos = event->position();
    if (const std::optional<DocumentType> type = legendTypeAt(pos); type && m_selection) {
        m_selection->setTypeShown(*type, !m_selection->isTypeShown(*type));
        event->accept();
        return;
    }
    m_pressPos = m_lastPos = pos;
    m_moved = false;
    m_pressedNote = edgeNoteAt(pos);
    if (m_pressedNote != EdgeNote::None) {
        m_drag = Drag::None;
        event->accept();
        return;
    }
    const bool onAxis = geometry().axis.contains(pos) && pos.x() >= m_scale.x0() - 4;
    if (onAxis || event->modifiers().testFlag(Qt::ShiftModifier)) {
        m_drag = Drag::Brush;
        m_brushA = m_brushB = m_scale.xToTime(std::clamp(pos.x(), m_scale.x0(), m_scale.x1()));
    } else {
        m_drag = Drag::Pan;
    }
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF pos = event->position();
    if (m_drag != Drag::None) {
        if (!m_moved && (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance())
            m_moved = true;
        if (m_moved && m_drag == Drag::Pan) {
            setCursor(Qt::ClosedHandCursor);
            panBy(pos.x() - m_lastPos.x());
        } else if (m_moved && m_drag == Drag::Brush) {
            m_brushing = true;
            m_brushB = m_scale.xToTime(std::clamp(pos.x(), m_scale.x0(), m_scale.x1()));
            update();
        }
        m_lastPos = pos;
        return;
    }
    const qint64 id = documentAt(pos);
    if (id != m_hovered) {
        m_hovered = id;
        update();
    }
    if (const EdgeNote note = edgeNoteAt(pos); note != m_hoveredNote) {
        m_hoveredNote = note;
        update();
    }
    if (id != 0 || eventAt(pos) >= 0 || m_hoveredNote != EdgeNote::None || legendTypeAt(pos))
        setCursor(Qt::PointingHandCursor);
    else if (geometry().axis.contains(pos))
        setCursor(Qt::SplitHCursor);
    else
        unsetCursor();
}

void TimelineView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && m_pressedNote != EdgeNote::None) {
        const EdgeNote pressed = std::exchange(m_pressedNote, EdgeNote::None);
        if (edgeNoteAt(event->position()) == pressed)
            showEventsBeyond(pressed == EdgeNote::Later);
        event->accept();
        return;
    }
    if (event->button() != Qt::LeftButton || m_drag == Drag::None) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const Drag drag = std::exchange(m_drag, Drag::None);
    const QPointF pos = event->position();
    unsetCursor();
    if (drag == Drag::Brush) {
        m_brushing = false;
        if (m_moved) {
            m_brushB = m_scale.xToTime(std::clamp(pos.x(), m_scale.x0(), m_scale.x1()));
            commitBrush(m_brushA, m_brushB);
        } else if (m_selection && geometry().axis.contains(pos)) {
            m_selection->clearPeriod();
        }
        update();
        return;
    }
    if (!m_moved && m_selection) {
        if (const qint64 id = documentAt(pos)) {
            m_selection->setCurrentDocument(id);
        } else if (const qsizetype i = eventAt(pos); i >= 0) {
            const EventInfo& e = m_events.at(i);
            if (!e.documents.isEmpty())
                m_selection->setCurrentDocument(e.documents.first());
        }
    }
}

void TimelineView::leaveEvent(QEvent* event)
{
    QWidget::leaveEvent(event);
    if (m_hovered != 0 || m_hoveredNote != EdgeNote::None) {
        m_hovered = 0;
        m_hoveredNote = EdgeNote::None;
        update();
    }
}

void TimelineView::wheelEvent(QWheelEvent* event)
{
    const QPoint delta = event->angleDelta();
    if (delta.y() != 0) {
        // One notch (120) zooms by about a fifth, around the time under the cursor.
        zoomBy(event->position().x(), std::pow(2.0, delta.y() / 120.0 / 4.0));
    } else if (delta.x() != 0) {
        panBy(delta.x() / 2.0);
    }
    event->accept();
}

void TimelineView::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_Left:
        panBy(m_scale.width() * 0.2);
        break;
    case Qt::Key_Right:
        panBy(-m_scale.width() * 0.2);
        break;
    case Qt::Key_F:
    case Qt::Key_Home:
        fitToData();
        break;
    case Qt::Key_Escape:
        if (m_drag == Drag::Brush && m_brushing) {
            m_drag = Drag::None;
            m_brushing = false;
            update();
        } else if (m_selection && m_selection->hasPeriod()) {
            m_selection->clearPeriod();
        } else {
            QWidget::keyPressEvent(event);
            return;
        }
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace littoral::ui

namespace littoral::ui {

// PLACEHOLDER (issue 14 groundwork): the widget's pixels; replaced by its painter before merge.
render::Figure TimelineView::figure() const
{
    render::Figure figure;
    figure.caption = tr("Timeline");
    figure.size = size();
    figure.paint = [pixmap = const_cast<TimelineView*>(this)->grab()](QPainter& p) { p.drawPixmap(0, 0, pixmap); };
    return figure;
}

} // namespace littoral::ui
