// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timelineview.h"

#include "core/models/documenttablemodel.h"
#include "core/models/selectionstate.h"
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

namespace littoral::ui {

using core::DatePrecision;
using core::DocumentType;
using core::TimeScale;

namespace {

constexpr std::array<DocumentType, 4> s_types
    = { DocumentType::Letter, DocumentType::OpenLetter, DocumentType::PressRelease, DocumentType::Other };
constexpr int s_maxSenderLanes = 8;

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

// English plurals that read right with or without a loaded translation.
QString counted(int n, const QString& one, const QString& many)
{
    return (n == 1 ? one : many).arg(n);
}

QString dateLabelOf(const core::PartialDate& date)
{
    core::DocumentSummary summary;
    summary.date = date;
    return core::DocumentTableModel::dateLabel(summary);
}

QString dayRange(double first, double last)
{
    const QLocale c = QLocale::c();
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
    setAccessibleName(tr("Timeline"));

    m_laneCombo->addItem(tr("Lanes: by type"), QVariant::fromValue(int(LaneMode::ByType)));
    m_laneCombo->addItem(tr("Lanes: by sender"), QVariant::fromValue(int(LaneMode::BySender)));
    m_laneCombo->setToolTip(tr("Group the documents by type or by the organisation that sent them"));
    m_laneCombo->setFocusPolicy(Qt::TabFocus);
    m_laneCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_laneCombo, &QComboBox::activated, this,
        [this](int index) { setLaneMode(LaneMode(m_laneCombo->itemData(index).toInt())); });

    m_fitButton->setText(tr("Fit"));
    m_fitButton->setToolTip(tr("Show the whole corpus (F)"));
    m_fitButton->setFocusPolicy(Qt::TabFocus);
    connect(m_fitButton, &QToolButton::clicked, this, &TimelineView::fitToData);

    if (m_selection) {
        connect(m_selection, &core::SelectionState::corpusChanged, this, [this] {
            rebuildCorpus();
            fitToData();
        });
        connect(m_selection, &core::SelectionState::corpusCompleted, this, [this] { rebuildCorpus(); });
        connect(m_selection, &core::SelectionState::filterChanged, this, [this] {
            updateDensity();
            invalidate();
        });
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
    m_undated = 0;
    m_typesPresent = {};
    m_hovered = 0;
    if (!m_selection) {
        rebuildLanes();
        return;
    }
    const core::CorpusIndex& corpus = m_selection->corpus();
    for (const core::DocumentSummary& d : corpus.documents()) {
        if (!d.dateStart.isValid() || !d.dateEnd.isValid()) {
            ++m_undated;
            continue;
        }
        DocInfo info;
        info.id = d.id;
        info.start = TimeScale::toTime(d.dateStart);
        info.end = TimeScale::toTime(std::max(d.dateStart, d.dateEnd)) + 1.0;
        info.type = int(d.type);
        info.point = d.date.isValid() ? d.date.precision() == DatePrecision::Day : d.dateStart == d.dateEnd;
        info.approximate = d.date.approximate;
        m_typesPresent[std::size_t(info.type)] = true;
        m_docs.append(info);
    }
    std::stable_sort(
        m_docs.begin(), m_docs.end(), [](const DocInfo& a, const DocInfo& b) { return a.start < b.start; });
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
        m_events.append(info);
    }
    std::stable_sort(m_events.begin(), m_events.end(),
        [](const EventInfo& a, const EventInfo& b) { return a.start < b.start; });
    rebuildLanes();
    updateDensity();
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
                { counted(int(ranked.size() - named), tr("%1 other sender"), tr("%1 other senders")), -1,
                    0 });
        for (DocInfo& d : m_docs) {
            d.lane = laneOfName.value(laneName.value(d.id), int(m_lanes.size()) - 1);
            ++m_lanes[d.lane].documents;
        }
    }
    placeChildren(); // the gutter and the lane heights depend on the lanes
}

void TimelineView::updateDensity()
{
    if (!m_selection)
        return;
    const core::SelectionState* selection = m_selection;
    // The band shows every filter but the period, so the brushed period is seen in its context.
    m_density->setDocuments(selection->corpus().documents(),
        [selection](qint64 id) { return selection->acceptsIgnoringPeriod(id); });
}

void TimelineView::invalidate()
{
    m_layoutValid = false;
    update();
}

const TimelineView::Layout& TimelineView::layout() const
{
    if (!m_layoutValid) {
        Layout l;
        computeGeometry(l);
        computeMarks(l);
        computeEvents(l);
        m_layout = std::move(l);
        m_layoutValid = true;
    }
    return m_layout;
}

void TimelineView::computeGeometry(Layout& l) const
{
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
}

void TimelineView::placeChildren()
{
    Layout l;
    computeGeometry(l);
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
    invalidate();
}

void TimelineView::computeMarks(Layout& l) const
{
    const QFontMetricsF fm(font());
    const double line = fm.height();
    const double x0 = m_scale.x0();
    const double x1 = m_scale.x1();
    const double plotWidth = x1 - x0;
    l.markSize = std::clamp(l.laneHeight * 0.55, 5.0, line * 0.9);
    const double s = l.markSize;
    l.columnWidth = std::max(2.0, std::round(s * 0.5));

    const int laneCount = int(m_lanes.size());
    if (laneCount == 0)
        return;
    QList<QList<qsizetype>> visible(laneCount);
    for (qsizetype i = 0; i < m_docs.size(); ++i) {
        const DocInfo& d = m_docs.at(i);
        if (m_scale.timeToX(d.end) < x0 || m_scale.timeToX(d.start) > x1)
            continue;
        visible[d.lane].append(i);
    }
    qsizetype busiest = 0;
    for (const auto& lane : std::as_const(visible))
        busiest = std::max(busiest, lane.size());
    l.aggregated = double(busiest) > plotWidth / l.columnWidth;

    const bool haveSelection = !m_selection.isNull();
    auto accepted = [&](qint64 id) { return !haveSelection || m_selection->accepts(id); };
    auto isHit = [&](qint64 id) { return haveSelection && m_selection->isSearchHit(id); };

    if (!l.aggregated) {
        for (int lane = 0; lane < laneCount; ++lane) {
            const QRectF laneRect = l.laneRects.at(lane);
            const int rows = std::max(1, int((laneRect.height() - 4) / (s + 2)));
            QList<double> rowEnds(rows, -std::numeric_limits<double>::infinity());
            QList<std::pair<Mark, int>> placed;
            int rowsUsed = 1;
            for (const qsizetype i : std::as_const(visible[lane])) {
                const DocInfo& d = m_docs.at(i);
                QRectF rect;
                if (d.point) {
                    const double cx = m_scale.timeToX(d.start + 0.5);
                    rect = QRectF(cx - s / 2, 0, s, s);
                } else {
                    double left = m_scale.timeToX(d.start);
                    double right = m_scale.timeToX(d.end);
                    if (right - left < s) {
                        const double cx = (left + right) / 2;
                        left = cx - s / 2;
                        right = cx + s / 2;
                    }
                    // Cut at the plot's edges so a long span does not run into the gutter.
                    left = std::max(left, x0 - 1);
                    right = std::min(right, x1 + 1);
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
                placed.append({ Mark { i, rect, accepted(d.id), isHit(d.id) }, row });
            }
            const double pitch = s + 2;
            const double firstCentre = laneRect.center().y() - (rowsUsed - 1) * pitch / 2;
            for (auto& [mark, row] : placed) {
                const double cy = firstCentre + row * pitch;
                mark.rect.moveTop(cy - mark.rect.height() / 2);
                l.rects.insert(m_docs.at(mark.doc).id, mark.rect);
                l.marks.append(mark);
            }
        }
        return;
    }

    const double cw = l.columnWidth;
    const int columns = std::max(1, int(std::ceil(plotWidth / cw)));
    QList<int> columnIndex(qsizetype(laneCount) * columns, -1);
    for (int lane = 0; lane < laneCount; ++lane) {
        const QRectF laneRect = l.laneRects.at(lane);
        for (const qsizetype i : std::as_const(visible[lane])) {
            const DocInfo& d = m_docs.at(i);
            int c0;
            int c1;
            if (d.point) {
                c0 = c1 = int(std::floor((m_scale.timeToX(d.start + 0.5) - x0) / cw));
            } else {
                c0 = int(std::floor((m_scale.timeToX(d.start) - x0) / cw));
                c1 = int(std::floor((m_scale.timeToX(d.end) - x0 - 1e-6) / cw));
            }
            c0 = std::clamp(c0, 0, columns - 1);
            c1 = std::clamp(c1, c0, columns - 1);
            // A document known only to the month or year is spread over the columns it may fall in.
            const double weight = 1.0 / (c1 - c0 + 1);
            const bool ok = accepted(d.id);
            const bool hit = isHit(d.id);
            for (int c = c0; c <= c1; ++c) {
                int& index = columnIndex[qsizetype(lane) * columns + c];
                if (index < 0) {
                    index = int(l.columns.size());
                    Column column;
                    column.lane = lane;
                    column.x = x0 + c * cw;
                    column.firstDay = d.start;
                    column.lastDay = d.end;
                    l.columns.append(column);
                }
                Column& column = l.columns[index];
                (ok ? column.accepted : column.dimmed)[std::size_t(d.type)] += weight;
                ++column.documents;
                column.hit = column.hit || hit;
                column.firstDay = std::min(column.firstDay, d.start);
                column.lastDay = std::max(column.lastDay, d.end);
            }
            l.rects.insert(
                d.id, QRectF(x0 + c0 * cw, laneRect.top() + 2, (c1 - c0 + 1) * cw, laneRect.height() - 4));
        }
    }
    l.columnMaximum = 0.0;
    for (const Column& column : std::as_const(l.columns)) {
        double total = 0.0;
        for (std::size_t k = 0; k < 4; ++k)
            total += column.accepted[k] + column.dimmed[k];
        l.columnMaximum = std::max(l.columnMaximum, total);
    }
    l.columnMaximum = std::max(l.columnMaximum, 1.0);
}

void TimelineView::computeEvents(Layout& l) const
{
    const QFontMetricsF fm(font());
    const double line = fm.height();
    const double x0 = m_scale.x0();
    const double x1 = m_scale.x1();
    const double ms = std::round(line * 0.7);
    const double markerCentre = l.eventLane.bottom() - ms / 2 - 3;
    const int rows = std::max(1, int((l.eventLane.height() - ms - 4) / (line + 2)));
    const double maxLabel = line * 14;

    QList<qsizetype> order;
    for (qsizetype i = 0; i < m_events.size(); ++i) {
        const EventInfo& e = m_events.at(i);
        const double left = m_scale.timeToX(e.start);
        const double right = m_scale.timeToX(e.end);
        if (right < x0) {
            ++l.eventsBefore;
            continue;
        }
        if (left > x1) {
            ++l.eventsAfter;
            continue;
        }
        EventMark mark;
        mark.event = i;
        if (e.point) {
            const double cx = m_scale.timeToX(e.start + 0.5);
            mark.marker = QRectF(cx - ms / 2, markerCentre - ms / 2, ms, ms);
        } else {
            double a = left;
            double b = right;
            if (b - a < ms) {
                const double cx = (a + b) / 2;
                a = cx - ms / 2;
                b = cx + ms / 2;
            }
            const double bar = std::round(ms * 0.5);
            mark.marker = QRectF(a, markerCentre - bar / 2, b - a, bar);
        }
        mark.accepted = !m_selection
            || std::any_of(e.documents.cbegin(), e.documents.cend(),
                [this](qint64 id) { return m_selection->accepts(id); });
        order.append(l.events.size());
        l.events.append(mark);
    }
    // Labels go first to the events most documents mention, then left to right; one that fits in no
    // row stays hidden (its marker keeps a tooltip).
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return m_events.at(l.events.at(a).event).documents.size()
            > m_events.at(l.events.at(b).event).documents.size();
    });
    QList<QList<std::pair<double, double>>> taken(rows);
    const double gap = line * 0.6;
    // Keep the top row clear where paintGutter announces the events beyond the edges.
    if (l.eventsBefore > 0)
        taken[rows - 1].append(
            { x0, x0 + fm.horizontalAdvance(tr("◂ %1 earlier events").arg(l.eventsBefore)) + 6 });
    if (l.eventsAfter > 0)
        taken[rows - 1].append(
            { x1 - fm.horizontalAdvance(tr("%1 later events ▸").arg(l.eventsAfter)) - 6, x1 });
    for (const qsizetype index : std::as_const(order)) {
        EventMark& mark = l.events[index];
        const EventInfo& e = m_events.at(mark.event);
        const QString text = fm.elidedText(e.label, Qt::ElideRight, maxLabel);
        const double textWidth = fm.horizontalAdvance(text) + 4;
        double left = std::max(x0, e.point ? mark.marker.center().x() : mark.marker.left());
        if (left + textWidth > x1)
            left = std::max(x0, x1 - textWidth);
        const double right = left + textWidth;
        for (int r = 0; r < rows; ++r) {
            const bool clash = std::any_of(taken[r].cbegin(), taken[r].cend(),
                [&](const auto& span) { return left < span.second + gap && right + gap > span.first; });
            if (clash)
                continue;
            taken[r].append({ left, right });
            const double bottom = mark.marker.top() - 2 - r * (line + 2);
            mark.label = QRectF(left, bottom - line, textWidth, line);
            mark.text = text;
            break;
        }
    }
}

void TimelineView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    placeChildren();
}

void TimelineView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange
        || event->type() == QEvent::PaletteChange) {
        m_density->setFont(font());
        m_density->applyPalette();
        placeChildren();
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
    return fm.horizontalAdvance(QStringLiteral("28 Sep 2016")) + fm.height() * 1.2;
}

void TimelineView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(font());
    const Layout& l = layout();
    paintBackground(p, l);
    paintPeriod(p, l);
    p.save();
    p.setClipRect(QRectF(m_scale.x0() - l.markSize, l.eventLane.top(), m_scale.width() + 2 * l.markSize,
        l.lanes.bottom() - l.eventLane.top()));
    paintEvents(p, l);
    paintMarks(p, l);
    p.restore();
    paintAxis(p, l);
    paintGutter(p, l);
    paintHeader(p, l);
}

void TimelineView::paintBackground(QPainter& p, const Layout& l) const
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

void TimelineView::paintPeriod(QPainter& p, const Layout& l) const
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

void TimelineView::paintEvents(QPainter& p, const Layout& l) const
{
    const QColor colour = Palette::event();
    for (const EventMark& mark : l.events) {
        const EventInfo& e = m_events.at(mark.event);
        const double alpha = mark.accepted ? 1.0 : 0.3;
        const QColor c = withAlpha(colour, alpha);
        if (!mark.label.isEmpty()) {
            const double x = mark.label.left();
            p.setPen(QPen(withAlpha(colour, 0.6 * alpha), 1.0));
            p.drawLine(QPointF(x + 0.5, mark.label.center().y()), QPointF(x + 0.5, mark.marker.top()));
            p.setPen(textColour(mark.accepted ? 0.9 : 0.4));
            p.drawText(mark.label.adjusted(4, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, mark.text);
        }
        if (e.point) {
            p.setPen(QPen(palette().color(QPalette::Base), 1.0));
            p.setBrush(c);
            p.drawPolygon(diamond(mark.marker));
        } else {
            p.setPen(Qt::NoPen);
            p.setBrush(e.approximate ? fadingBrush(mark.marker, c, 0.3) : QBrush(withAlpha(c, 0.7)));
            p.drawRoundedRect(mark.marker, mark.marker.height() / 2, mark.marker.height() / 2);
        }
    }
}

void TimelineView::paintMarks(QPainter& p, const Layout& l) const
{
    const qint64 current = m_selection ? m_selection->currentDocument() : 0;
    const qint64 person = m_selection ? m_selection->hoveredCorrespondent() : 0;
    const QColor base = palette().color(QPalette::Base);
    const QColor ink = outlineColour();
    const QColor hitColour = Palette::searchHit();

    if (l.aggregated) {
        const double cw = l.columnWidth;
        const double barWidth = cw >= 3 ? cw - 1 : cw;
        for (const Column& column : l.columns) {
            const QRectF lane = l.laneRects.at(column.lane);
            double total = 0.0;
            for (std::size_t k = 0; k < 4; ++k)
                total += column.accepted[k] + column.dimmed[k];
            // Square-root heights keep a lone document visible beside a busy week.
            const double height = std::max(2.0, (lane.height() - 6) * std::sqrt(total / l.columnMaximum));
            double y = lane.center().y() - height / 2;
            if (column.hit)
                p.fillRect(QRectF(column.x - 1, y - 3, barWidth + 2, height + 6), hitColour);
            const double unit = height / total;
            for (int pass = 0; pass < 2; ++pass) {
                for (std::size_t k = 0; k < 4; ++k) {
                    const double n = pass == 0 ? column.accepted[k] : column.dimmed[k];
                    if (n <= 0.0)
                        continue;
                    const QColor c = Palette::type(s_types[k]);
                    p.fillRect(QRectF(column.x, y, barWidth, n * unit), pass == 0 ? c : withAlpha(c, 0.22));
                    y += n * unit;
                }
            }
        }
        if (current) {
            const QRectF r = l.rects.value(current);
            if (!r.isEmpty()) {
                p.setPen(QPen(ink, 2.0));
                p.setBrush(Qt::NoBrush);
                p.drawRect(r.adjusted(-2, -1, 2, 1));
            }
        }
        return;
    }

    // Spans first: a long month- or year-wide bar must not hide the exact dates drawn over it.
    QList<const Mark*> order;
    order.reserve(l.marks.size());
    for (const Mark& mark : l.marks)
        if (!m_docs.at(mark.doc).point)
            order.append(&mark);
    for (const Mark& mark : l.marks)
        if (m_docs.at(mark.doc).point)
            order.append(&mark);
    for (const Mark* markPointer : std::as_const(order)) {
        const Mark& mark = *markPointer;
        const DocInfo& d = m_docs.at(mark.doc);
        const QRectF& r = mark.rect;
        const QColor c = Palette::type(DocumentType(d.type));
        const double alpha = mark.accepted ? 1.0 : 0.25;
        if (mark.hit) {
            p.setPen(Qt::NoPen);
            p.setBrush(withAlpha(hitColour, mark.accepted ? 1.0 : 0.5));
            if (d.point)
                p.drawEllipse(r.adjusted(-4, -4, 4, 4));
            else
                p.drawRoundedRect(r.adjusted(-4, -4, 4, 4), r.height() / 2 + 4, r.height() / 2 + 4);
        }
        if (d.point) {
            if (d.approximate) {
                p.setPen(QPen(withAlpha(c, alpha), 1.5, Qt::DotLine));
                p.setBrush(withAlpha(c, 0.35 * alpha));
            } else {
                p.setPen(QPen(withAlpha(base, alpha), 1.0));
                p.setBrush(withAlpha(c, alpha));
            }
            p.drawEllipse(r);
        } else {
            const double radius = r.height() / 2;
            if (d.approximate) {
                p.setPen(Qt::NoPen);
                p.setBrush(fadingBrush(r, withAlpha(c, 0.75 * alpha), 0.35));
            } else {
                p.setPen(QPen(withAlpha(c, alpha), 1.0));
                p.setBrush(withAlpha(c, 0.45 * alpha));
            }
            p.drawRoundedRect(r, radius, radius);
        }
        const bool involved = person && m_selection->corpus().involves(d.id, person);
        if (d.id == current || d.id == m_hovered || involved) {
            const double width = d.id == current ? 2.5 : 1.5;
            p.setPen(QPen(ink, width));
            p.setBrush(Qt::NoBrush);
            const QRectF o = r.adjusted(-3, -3, 3, 3);
            if (d.point)
                p.drawEllipse(o);
            else
                p.drawRoundedRect(o, o.height() / 2, o.height() / 2);
        }
    }
}

void TimelineView::paintAxis(QPainter& p, const Layout& l) const
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

void TimelineView::paintGutter(QPainter& p, const Layout& l) const
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
    const QString peak = tr("peak %1").arg(qRound(m_density->maximum()));
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
            fm.elidedText(counted(m_undated, tr("%1 undated"), tr("%1 undated")), Qt::ElideRight, textWidth));
    }
    // Events off screen are announced at the edge they lie beyond.
    const double noteTop = l.eventLane.top() + 2;
    if (l.eventsBefore > 0) {
        const QString before = counted(l.eventsBefore, tr("◂ %1 earlier event"), tr("◂ %1 earlier events"));
        p.drawText(QRectF(m_scale.x0() + 3, noteTop, fm.horizontalAdvance(before) + 2, line),
            Qt::AlignLeft | Qt::AlignVCenter, before);
    }
    if (l.eventsAfter > 0) {
        const QString after = counted(l.eventsAfter, tr("%1 later event ▸"), tr("%1 later events ▸"));
        p.drawText(QRectF(m_scale.x1() - fm.horizontalAdvance(after) - 3, noteTop,
                       fm.horizontalAdvance(after) + 2, line),
            Qt::AlignRight | Qt::AlignVCenter, after);
    }
}

void TimelineView::paintHeader(QPainter& p, const Layout& l) const
{
    const QFontMetricsF fm(font());
    const double line = fm.height();
    const double pad = std::round(line * 0.5);
    const double chip = std::round(line * 0.65);
    const double cy = l.header.center().y();
    const double limit = m_laneCombo->x() - pad * 2;
    double x = pad;

    // Draws one legend entry if it fits; the less essential ones go first on a narrow window.
    auto entry
        = [&](const QString& text, const std::function<void(const QRectF&)>& swatch, double swatchWidth) {
              const double w = swatchWidth + pad * 0.5 + fm.horizontalAdvance(text);
              if (x + w > limit)
                  return false;
              swatch(QRectF(x, cy - chip / 2, swatchWidth, chip));
              p.setPen(textColour(0.9));
              p.drawText(QRectF(x + swatchWidth + pad * 0.5, cy - line / 2, w, line),
                  Qt::AlignLeft | Qt::AlignVCenter, text);
              x += w + pad * 1.6;
              return true;
          };

    if (m_selection && m_selection->hasPeriod()) {
        const QLocale c = QLocale::c();
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
        entry(
            core::DocumentTableModel::typeLabel(type),
            [&](const QRectF& r) {
                p.setPen(Qt::NoPen);
                p.setBrush(Palette::type(type));
                p.drawEllipse(r);
            },
            chip);
    }
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

qint64 TimelineView::documentAt(QPointF pos) const
{
    const Layout& l = layout();
    if (pos.x() < m_scale.x0() - l.markSize || pos.x() > m_scale.x1() + l.markSize)
        return 0;
    qint64 best = 0;
    double bestDistance = std::numeric_limits<double>::max();
    if (l.aggregated) {
        for (auto it = l.rects.cbegin(); it != l.rects.cend(); ++it) {
            if (!it.value().adjusted(-1, 0, 1, 0).contains(pos))
                continue;
            const double distance = std::abs(it.value().center().x() - pos.x()) + it.value().width();
            if (distance < bestDistance) {
                bestDistance = distance;
                best = it.key();
            }
        }
        return best;
    }
    // Marks are small: accept a near miss, and prefer the closest (later marks on top).
    for (const Mark& mark : l.marks) {
        const QRectF hit = mark.rect.adjusted(-3, -3, 3, 3);
        if (!hit.contains(pos))
            continue;
        const double distance
            = QLineF(mark.rect.center(), pos).length() * (m_docs.at(mark.doc).point ? 0.5 : 1.0);
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = m_docs.at(mark.doc).id;
        }
    }
    return best;
}

qsizetype TimelineView::eventAt(QPointF pos) const
{
    const Layout& l = layout();
    for (qsizetype i = l.events.size() - 1; i >= 0; --i) {
        const EventMark& mark = l.events.at(i);
        if (mark.marker.adjusted(-3, -3, 3, 3).contains(pos) || mark.label.contains(pos))
            return i;
    }
    return -1;
}

QString TimelineView::toolTipAt(QPointF pos) const
{
    const Layout& l = layout();
    auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
    if (const qint64 id = documentAt(pos); id != 0 && m_selection) {
        const core::CorpusIndex& corpus = m_selection->corpus();
        if (l.aggregated) {
            // Several documents share the column: say how many rather than pick one arbitrarily.
            for (const Column& column : l.columns) {
                const QRectF r(column.x, l.laneRects.at(column.lane).top(), l.columnWidth,
                    l.laneRects.at(column.lane).height());
                if (!r.adjusted(-1, 0, 1, 0).contains(pos) || column.documents <= 1)
                    continue;
                return QStringLiteral("<b>%1</b><br/>%2<br/><i>%3</i>")
                    .arg(esc(dayRange(column.firstDay, column.lastDay)),
                        esc(counted(column.documents, tr("%1 document"), tr("%1 documents"))
                            + QStringLiteral(" · ") + m_lanes.at(column.lane).name),
                        esc(tr("Zoom in to see them one by one")));
            }
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
        const EventInfo& e = m_events.at(l.events.at(i).event);
        return QStringLiteral("<b>%1</b> · %2<br/>%3<br/><i>%4</i>")
            .arg(esc(e.dateLabel), esc(tr("mentioned event")), esc(e.label),
                esc(counted(int(e.documents.size()), tr("mentioned in %1 document"),
                    tr("mentioned in %1 documents"))));
    }
    if (l.density.contains(pos) && pos.x() >= m_scale.x0() && pos.x() <= m_scale.x1()) {
        const QString text = m_density->describeAt(m_scale.xToTime(pos.x()));
        return text.isEmpty() ? QString() : esc(text);
    }
    if (l.axis.contains(pos))
        return esc(tr("Drag along the axis to filter a period; click it or press Esc to clear"));
    return {};
}

QRectF TimelineView::axisRect() const
{
    return layout().axis;
}

int TimelineView::markCount() const
{
    return int(layout().rects.size());
}

QRectF TimelineView::markRect(qint64 documentId) const
{
    return layout().rects.value(documentId);
}

bool TimelineView::isAggregated() const
{
    return layout().aggregated;
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
    QDate from(2014, 1, 1);
    QDate to(2020, 12, 31);
    // Fit the data, but never hide the design's 2014–2020 band.
    for (const DocInfo& d : std::as_const(m_docs)) {
        from = std::min(from, TimeScale::toDate(d.start));
        to = std::max(to, TimeScale::toDate(d.end - 1.0));
    }
    m_scale.fit(from, to, 0.02);
    syncDensity();
}

void TimelineView::zoomBy(double x, double factor)
{
    m_scale.zoomAround(x, factor);
    syncDensity();
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
    m_pressPos = m_lastPos = pos;
    m_moved = false;
    const bool onAxis = layout().axis.contains(pos) && pos.x() >= m_scale.x0() - 4;
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
            m_scale.panBy(pos.x() - m_lastPos.x());
            syncDensity();
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
    if (id != 0 || eventAt(pos) >= 0)
        setCursor(Qt::PointingHandCursor);
    else if (layout().axis.contains(pos))
        setCursor(Qt::SplitHCursor);
    else
        unsetCursor();
}

void TimelineView::mouseReleaseEvent(QMouseEvent* event)
{
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
        } else if (m_selection && layout().axis.contains(pos)) {
            m_selection->clearPeriod();
        }
        update();
        return;
    }
    if (!m_moved && m_selection) {
        if (const qint64 id = documentAt(pos)) {
            m_selection->setCurrentDocument(id);
        } else if (const qsizetype i = eventAt(pos); i >= 0) {
            const EventInfo& e = m_events.at(layout().events.at(i).event);
            if (!e.documents.isEmpty())
                m_selection->setCurrentDocument(e.documents.first());
        }
    }
}

void TimelineView::leaveEvent(QEvent* event)
{
    QWidget::leaveEvent(event);
    if (m_hovered != 0) {
        m_hovered = 0;
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
        m_scale.panBy(delta.x() / 2.0);
        syncDensity();
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
        m_scale.panBy(m_scale.width() * 0.2);
        syncDensity();
        break;
    case Qt::Key_Right:
        m_scale.panBy(-m_scale.width() * 0.2);
        syncDensity();
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
