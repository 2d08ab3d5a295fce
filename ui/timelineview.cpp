// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timelineview.h"

#include "core/models/chronologyindex.h"
#include "core/models/documentfilter.h"
#include "core/models/documenttablemodel.h"
#include "core/models/selectionstate.h"
#include "core/models/timelinefit.h"
#include "ui/timelinedensity.h"

#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QSet>
#include <QSettings>
#include <QToolButton>
#include <QToolTip>
#include <QVariantAnimation>
#include <QUrl>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <limits>

namespace littoral::ui {

using core::DocumentType;
using core::TimeScale;
using render::TimelineData;
using DocInfo = render::TimelineData::DocInfo;
using EventInfo = render::TimelineData::EventInfo;
using Mark = render::TimelineContent::Mark;

TimelineView::TimelineView(core::SelectionState* selection, QWidget* parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_density(new TimelineDensity(this))
    , m_laneCombo(new QComboBox(this))
    , m_fitButton(new QToolButton(this))
    , m_data(std::make_shared<const TimelineData>())
    , m_chronologyShown(QSettings().value(QStringLiteral("timeline/chronologyShown"), true).toBool())
    , m_openUrl([](const QUrl& url) { QDesktopServices::openUrl(url); })
{
    m_layouter.setFont(font());
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
    m_hovered = 0;
    auto next = std::make_shared<TimelineData>();
    next->setCorpus(m_selection ? &m_selection->corpus() : nullptr);
    next->setChronology(m_chronology.get(), m_chronologyShown);
    // Zooming out reaches every dated document and event (with a margin), however far back an event
    // lies, up to TimeScale's sanity bound.
    const auto [first, last] = next->span();
    m_scale.setMaxSpan(last > first ? (last - first) * 1.1 : 0.0);
    m_data = std::move(next);
    m_layouter.setData(m_data, true);
    rebuildLanes();
}

void TimelineView::rebuildLanes()
{
    auto next = std::make_shared<TimelineData>(*m_data);
    next->setLanes(
        m_laneMode == LaneMode::ByType ? TimelineData::Lanes::ByType : TimelineData::Lanes::BySender,
        m_selection ? &m_selection->corpus() : nullptr);
    m_data = std::move(next);
    rebuildFilter(); // the running sums are per lane
    placeChildren(); // the gutter and the lane heights depend on the lanes
}

void TimelineView::rebuildFilter()
{
    const core::SelectionState* selection = m_selection;
    auto next = std::make_shared<TimelineData>(*m_data);
    next->setFilter(selection);
    m_data = std::move(next);
    m_layouter.setData(m_data, false);
    if (selection) {
        // The band shows every filter but the period, so the brushed period is seen in its context.
        m_density->setDocuments(selection->corpus().documents(),
            [selection](qsizetype row) { return selection->acceptsRowIgnoringPeriod(row); });
    }
    invalidate();
}

void TimelineView::invalidate()
{
    m_layouter.invalidate();
    update();
}

void TimelineView::setScale(const TimeScale& scale)
{
    if (scale == m_scale)
        return;
    m_scale = scale;
    syncDensity();
}

void TimelineView::placeChildren()
{
    const QFontMetricsF fm(font());
    const double pad = std::round(fm.height() * 0.5);
    const QSize fit = m_fitButton->sizeHint();
    const QSize combo = m_laneCombo->sizeHint();
    const int fitX = int(width() - pad - fit.width());
    const int comboX = int(fitX - pad * 0.5 - combo.width());
    m_layouter.setSize(QSizeF(size()));
    if (m_controlsShown)
        m_layouter.setControls(std::max(combo.height(), fit.height()), comboX);
    else // as in a figure: the legend may run to the right margin
        m_layouter.setControls(0.0, width() + pad);
    m_layouter.invalidateGeometry();
    const render::TimelineGeometry& l = m_layouter.geometry();
    m_scale.setRange(l.plotLeft, l.plotRight);
    const int y = int(l.header.center().y());
    m_fitButton->setGeometry(fitX, y - fit.height() / 2, fit.width(), fit.height());
    m_laneCombo->setGeometry(comboX, y - combo.height() / 2, combo.width(), combo.height());
    m_density->setGeometry(l.density.toRect());
    syncDensity();
    invalidate();
}

void TimelineView::syncDensity()
{
    m_density->setScale(m_scale, m_density->x());
    update();
}

render::TimelineViewState TimelineView::viewState() const
{
    render::TimelineViewState view;
    view.hints = m_controlsShown; // in presentation mode Esc leaves: no "Esc clears"
    if (m_brushing)
        view.brush
            = std::make_pair(snapTime(std::min(m_brushA, m_brushB)), snapTime(std::max(m_brushA, m_brushB)));
    if (m_selection) {
        if (m_selection->hasPeriod())
            view.period = std::make_pair(m_selection->periodFrom(), m_selection->periodTo());
        for (const DocumentType type : TimelineData::types)
            view.typeShown[std::size_t(type)] = m_selection->isTypeShown(type);
    }
    return view;
}

render::TimelineLayout TimelineView::layout() const
{
    return m_layouter.layout(m_scale, viewState(), m_density->bins());
}

render::TimelineHighlights TimelineView::highlights() const
{
    render::TimelineHighlights h;
    h.hovered = m_hovered;
    h.chronology = m_selectedChronology;
    if (!m_selection)
        return h;
    h.current = m_selection->currentDocument();
    if (const qint64 person = m_selection->hoveredCorrespondent()) {
        h.involved = [selection = m_selection.data(), person](
                         qint64 id) { return selection->corpus().involves(id, person); };
    }
    return h;
}

render::FigureStyle TimelineView::style() const
{
    return { palette(), font() };
}

void TimelineView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    placeChildren();
}

QStringList TimelineView::axisLabels() const
{
    QStringList labels;
    for (const core::TimeTick& tick : m_scale.ticks(render::TimelineLayout::tickLabelSpacing(font())))
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
        rebuildCorpus();
        placeChildren();
    } else if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange
        || event->type() == QEvent::PaletteChange) {
        // Measured labels and pre-drawn markers belong to the old font and colours.
        m_layouter.setFont(font());
        m_painter.setStyle(style());
        m_density->setFont(font());
        m_density->applyPalette();
        placeChildren();
    } else if (event->type() == QEvent::ActivationChange || event->type() == QEvent::EnabledChange) {
        update(); // another colour group: the kept layer is painted again
    }
}

void TimelineView::paintEvent(QPaintEvent*)
{
    const render::TimelineLayout l = layout();
    m_painter.setStyle(style());
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    if (m_brushing) {
        m_painter.paintLayer(p, l, true); // changes with every move: not worth keeping
    } else {
        // Everything but the highlights is kept as painted until the view, the data or the colours change:
        // a hover or a new current document repaints one image and a few outlines. Kept opaque, on the
        // base colour, so that it holds exactly what the painter paints on a figure's image.
        const qreal ratio = devicePixelRatioF();
        const QSize pixels = size() * ratio;
        const quint64 generation = m_layouter.generation();
        const QPalette::ColorGroup group = palette().currentColorGroup();
        Layer& layer = m_layer;
        if (layer.pixmap.size() != pixels || layer.generation != generation || !(layer.scale == m_scale)
            || layer.colourGroup != group) {
            if (layer.pixmap.size() != pixels) {
                layer.pixmap = QPixmap(pixels);
                layer.pixmap.setDevicePixelRatio(ratio);
            }
            // The legend changes with the size, the font, the colours and the period, not with the view.
            // Whole rows only, drawn first: what the layer draws at the header's (fractional) bottom
            // goes over it, as on a figure.
            const QSize header(width(), int(std::floor(l.geometry.header.height())));
            Layer& kept = m_headerLayer;
            if (kept.pixmap.size() != header * ratio || kept.generation != generation
                || kept.colourGroup != group) {
                kept.pixmap = QPixmap(header * ratio);
                kept.pixmap.setDevicePixelRatio(ratio);
                QPainter hp(&kept.pixmap);
                hp.fillRect(QRect(QPoint(0, 0), header), palette().brush(QPalette::Base));
                hp.setRenderHint(QPainter::Antialiasing);
                hp.setFont(font());
                m_painter.paintHeader(hp, l);
                hp.end();
                kept.generation = generation;
                kept.colourGroup = group;
            }
            QPainter lp(&layer.pixmap);
            lp.fillRect(rect(), palette().brush(QPalette::Base));
            lp.drawPixmap(0, 0, kept.pixmap);
            lp.setRenderHint(QPainter::Antialiasing);
            m_painter.paintLayer(lp, l, false);
            lp.end();
            layer.generation = generation;
            layer.scale = m_scale;
            layer.colourGroup = group;
        }
        p.drawPixmap(0, 0, layer.pixmap);
    }
    m_painter.paintHighlights(p, l, highlights());
    // Over the kept layer, like the other highlights: the pointed-at edge note is underlined.
    if (m_hoveredNote != EdgeNote::None) {
        const QRectF note = l.edgeNoteRect(m_hoveredNote == EdgeNote::Later);
        const double y = note.center().y() + QFontMetricsF(font()).ascent() / 2 + 1.5;
        p.setPen(QPen(palette().color(QPalette::Link), 1.0));
        p.drawLine(QPointF(note.left() + 1, y), QPointF(note.right() - 1, y));
    }
}

std::pair<int, int> TimelineView::eventsBeyondEdges() const
{
    return m_data->eventsBeyond(m_scale.start(), m_scale.end());
}

QRectF TimelineView::earlierEventsRect() const
{
    return layout().edgeNoteRect(false);
}

QRectF TimelineView::laterEventsRect() const
{
    return layout().edgeNoteRect(true);
}

QRectF TimelineView::typeLegendRect(DocumentType type) const
{
    return m_layouter.legend(viewState()).typeRects.at(std::size_t(type));
}

TimelineView::EdgeNote TimelineView::edgeNoteAt(QPointF pos) const
{
    // A few pixels of slack: the note is one line of small text.
    const auto near
        = [&pos](const QRectF& note) { return !note.isEmpty() && note.adjusted(-3, -3, 3, 3).contains(pos); };
    const render::TimelineLayout l = layout();
    if (near(l.edgeNoteRect(false)))
        return EdgeNote::Earlier;
    if (near(l.edgeNoteRect(true)))
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
        end = std::max(end, m_data->eventEnds.last());
    } else {
        start = std::min(start, m_data->events.first().start);
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

qint64 TimelineView::documentAt(QPointF pos) const
{
    const render::TimelineLayout l = layout();
    const render::TimelineGeometry& g = l.geometry;
    const render::TimelineContent& c = *l.content;
    if (pos.x() < m_scale.x0() - g.markSize || pos.x() > m_scale.x1() + g.markSize)
        return 0;
    qint64 best = 0;
    double bestDistance = std::numeric_limits<double>::max();
    if (c.aggregated) {
        // Only the documents of the lane under the pointer, near its time, can be drawn there.
        const double from = m_scale.xToTime(pos.x() - 1 - g.columnWidth);
        const double to = m_scale.xToTime(pos.x() + 1 + g.columnWidth);
        const auto [first, last] = m_data->docsAround(from, to);
        for (qsizetype i = first; i < last; ++i) {
            const DocInfo& d = m_data->docs.at(i);
            if (d.end < from || !g.laneRects.value(d.lane).contains(pos))
                continue;
            const QRectF r = l.columnRect(d);
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
    const QPointF at = pos - QPointF(l.contentOffset(), 0.0);
    for (const Mark& mark : c.marks) {
        const QRectF hit = mark.rect.adjusted(-3, -3, 3, 3);
        if (!hit.contains(at) || !l.isOnShow(m_data->docs.at(mark.doc)))
            continue;
        const double distance
            = QLineF(mark.rect.center(), at).length() * (m_data->docs.at(mark.doc).point ? 0.5 : 1.0);
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = m_data->docs.at(mark.doc).id;
        }
    }
    return best;
}

qsizetype TimelineView::eventAt(QPointF pos) const
{
    const render::TimelineLayout l = layout();
    const render::TimelineGeometry& g = l.geometry;
    const render::TimelineOverlay& o = *l.overlay;
    for (qsizetype i = o.labels.size() - 1; i >= 0; --i) {
        if (o.labels.at(i).label.contains(pos))
            return o.labels.at(i).event;
    }
    if (!g.eventLane.contains(pos))
        return -1;
    for (qsizetype i = m_data->events.size() - 1; i >= 0; --i) {
        const EventInfo& e = m_data->events.at(i);
        if (m_scale.timeToX(e.end) < m_scale.x0() || m_scale.timeToX(e.start) > m_scale.x1())
            continue;
        if (l.eventMarker(e).adjusted(-3, -3, 3, 3).contains(pos))
            return i;
    }
    return -1;
}

std::optional<DocumentType> TimelineView::legendTypeAt(QPointF pos) const
{
    const render::TimelineLegend& legend = m_layouter.legend(viewState());
    for (const DocumentType type : TimelineData::types)
        if (legend.typeRects.at(std::size_t(type)).contains(pos))
            return type;
    return std::nullopt;
}

QString TimelineView::toolTipAt(QPointF pos) const
{
    const render::TimelineGeometry& g = m_layouter.geometry();
    auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
    if (const EdgeNote note = edgeNoteAt(pos); note != EdgeNote::None) {
        const auto [before, after] = eventsBeyondEdges();
        const QLocale locale;
        if (note == EdgeNote::Earlier)
            return esc(tr(
                "%Ln mentioned event(s) before %1, the earliest in %2. Click to widen the timeline to them.",
                nullptr, before)
                           .arg(locale.toString(m_scale.startDate(), QLocale::ShortFormat),
                               QString::number(TimeScale::toDate(m_data->events.first().start).year())));
        return esc(
            tr("%Ln mentioned event(s) after %1, the latest in %2. Click to widen the timeline to them.",
                nullptr, after)
                .arg(locale.toString(m_scale.endDate(), QLocale::ShortFormat),
                    QString::number(TimeScale::toDate(m_data->eventEnds.last() - 1.0).year())));
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
        case DocumentType::Email:
            return shown ? tr("Click to hide e-mails") : tr("Click to show e-mails");
        case DocumentType::Other:
            return shown ? tr("Click to hide other documents") : tr("Click to show other documents");
        }
    }
    if (chronologyLegendRect().contains(pos))
        return esc(m_chronologyShown ? tr("Click to hide the chronology") : tr("Click to show the chronology"));
    if (const qsizetype i = chronologyAt(pos); i >= 0)
        return chronologyToolTip(i);
    if (const qint64 id = documentAt(pos); id != 0 && m_selection) {
        const core::CorpusIndex& corpus = m_selection->corpus();
        const qsizetype lane = m_data->docs.at(m_data->docIndex.value(id)).lane;
        const auto [from, to] = columnTimes(pos.x());
        const core::TimelineCounts::Range column = m_data->counts.range(int(lane), from, to);
        if (isAggregated() && column.documents > 1) {
            // Several documents share the column: say how many rather than pick one arbitrarily.
            double firstDay = std::numeric_limits<double>::max();
            double lastDay = std::numeric_limits<double>::lowest();
            const auto [first, last] = m_data->docsAround(from, to);
            for (qsizetype i = first; i < last; ++i) {
                const DocInfo& d = m_data->docs.at(i);
                const bool touches = d.lane == lane
                    && (d.point ? d.start + 0.5 >= from && d.start + 0.5 < to : d.end > from);
                if (!touches)
                    continue;
                firstDay = std::min(firstDay, d.start);
                lastDay = std::max(lastDay, d.end);
            }
            return QStringLiteral("<b>%1</b><br/>%2<br/><i>%3</i>")
                .arg(esc(render::TimelineData::dayRange(firstDay, lastDay)),
                    esc(tr("%Ln document(s)", nullptr, column.documents) + QStringLiteral(" · ")
                        + m_data->lanes.at(lane).name),
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
        const EventInfo& e = m_data->events.at(i);
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
    return m_layouter.geometry().axis;
}

int TimelineView::markCount() const
{
    const auto [first, last]
        = m_data->docsAround(m_scale.xToTime(m_scale.x0()), m_scale.xToTime(m_scale.x1()));
    render::TimelineLayout view; // only to tell what is on show
    view.scale = m_scale;
    int n = 0;
    for (qsizetype i = first; i < last; ++i)
        n += view.isOnShow(m_data->docs.at(i)) ? 1 : 0;
    return n;
}

QRectF TimelineView::markRect(qint64 documentId) const
{
    if (!m_data->docIndex.contains(documentId))
        return {};
    return layout().markRect(documentId);
}

bool TimelineView::isAggregated() const
{
    return m_layouter.content(m_scale)->aggregated;
}

std::pair<double, double> TimelineView::columnTimes(double x) const
{
    const std::shared_ptr<const render::TimelineContent> c = m_layouter.content(m_scale);
    if (!c->aggregated)
        return {};
    const double k = std::floor(m_scale.xToTime(x) / c->columnDays);
    return { k * c->columnDays, (k + 1) * c->columnDays };
}

core::TimelineCounts::Range TimelineView::columnAt(int lane, double x) const
{
    const auto [from, to] = columnTimes(x);
    return m_data->counts.range(lane, from, to);
}

QStringList TimelineView::laneNames() const
{
    QStringList names;
    for (const TimelineData::Lane& lane : m_data->lanes)
        names.append(lane.name);
    return names;
}

void TimelineView::showDays(QDate first, QDate last, int animationMs)
{
    TimeScale target = m_scale;
    if (first.isValid() && last.isValid() && first <= last) {
        target.setDomain(first, last);
    } else {
        // The fitted domain, worked out on the view and put back: nothing is painted in between.
        const TimeScale before = m_scale;
        fitToData();
        target = m_scale;
        m_scale = before;
        syncDensity();
        if (first.isValid() || last.isValid()) {
            target.setDomain(first.isValid() ? TimeScale::toTime(first) : target.start(),
                last.isValid() ? TimeScale::toTime(last) + 1.0 : target.end());
        }
    }
    if (m_glide)
        m_glide->stop();
    if (animationMs <= 0 || !isVisible() || target == m_scale) {
        setScale(target);
        return;
    }
    if (!m_glide) {
        m_glide = new QVariantAnimation(this);
        m_glide->setStartValue(0.0);
        m_glide->setEndValue(1.0);
        m_glide->setEasingCurve(QEasingCurve::InOutCubic);
    }
    // The span eases geometrically and the middle linearly, so a zoom from years to a week neither
    // rushes through the wide end nor crawls at the narrow one. Each frame only sets the domain: the
    // layouter reuses what it laid out for the size, font and filter.
    const double fromMid = (m_scale.start() + m_scale.end()) / 2, toMid = (target.start() + target.end()) / 2;
    const double fromSpan = m_scale.span(), toSpan = target.span();
    m_glide->disconnect(this);
    connect(m_glide, &QVariantAnimation::valueChanged, this, [this, fromMid, toMid, fromSpan, toSpan](const QVariant& value) {
        const double t = value.toDouble();
        const double mid = fromMid + (toMid - fromMid) * t;
        const double span = fromSpan * std::pow(toSpan / fromSpan, t);
        TimeScale scale = m_scale; // the pixel range as it is now: the view may be resized meanwhile
        scale.setDomain(mid - span / 2, mid + span / 2);
        setScale(scale);
    });
    connect(m_glide, &QVariantAnimation::finished, this, [this, start = target.start(), end = target.end()] {
        TimeScale scale = m_scale;
        scale.setDomain(start, end);
        setScale(scale);
    });
    m_glide->setDuration(animationMs);
    m_glide->start();
}

bool TimelineView::isAnimating() const
{
    return m_glide && m_glide->state() == QAbstractAnimation::Running;
}

void TimelineView::setChronology(std::shared_ptr<const core::ChronologyIndex> chronology)
{
    m_chronology = std::move(chronology);
    if (m_chronology && !m_selectedChronology.isEmpty() && m_chronology->indexOf(m_selectedChronology) < 0)
        m_selectedChronology.clear();
    rebuildChronology();
}

void TimelineView::setChronologyShown(bool shown)
{
    if (shown == m_chronologyShown)
        return;
    m_chronologyShown = shown;
    QSettings().setValue(QStringLiteral("timeline/chronologyShown"), shown);
    rebuildChronology();
    Q_EMIT chronologyShownChanged(shown);
}

void TimelineView::rebuildChronology()
{
    // The lane takes its height from the others: the geometry and every label are laid out again.
    auto next = std::make_shared<TimelineData>(*m_data);
    next->setChronology(m_chronology.get(), m_chronologyShown);
    // Zooming out reaches the chronology's events too (Sangatte's years are before the corpus's).
    const auto [first, last] = next->span();
    m_scale.setMaxSpan(last > first ? (last - first) * 1.1 : 0.0);
    m_data = std::move(next);
    m_layouter.setData(m_data, false);
    placeChildren();
}

QRectF TimelineView::chronologyEventRect(const QString& id) const
{
    return layout().chronologyMarker(id);
}

QRectF TimelineView::chronologyLegendRect() const
{
    return m_layouter.legend(viewState()).chronologyRect;
}

qsizetype TimelineView::chronologyAt(QPointF pos) const
{
    return layout().chronologyAt(pos);
}

QString TimelineView::chronologyToolTip(qsizetype i) const
{
    const TimelineData::ChronologyInfo& e = m_data->chronology.at(i);
    auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
    QString text = QStringLiteral("<b>%1</b> · %2<br/>%3").arg(esc(e.dateLabel), esc(tr("chronology")), esc(e.label));
    if (!e.description.isEmpty())
        text += QStringLiteral("<br/>") + esc(e.description);
    text += QStringLiteral("<br/><i>") + esc(tr("Mentioned in %Ln document(s)", nullptr, e.documents))
        + QStringLiteral("</i>");
    // The address itself, not only a link: readable without a network, and where a click goes.
    if (!e.sourceUrl.isEmpty())
        text += QStringLiteral("<br/>") + esc(tr("Source: %1").arg(e.sourceUrl));
    return text;
}

void TimelineView::activateChronology(qsizetype i)
{
    const TimelineData::ChronologyInfo& e = m_data->chronology.at(i);
    const QString id = e.id; // the data may be replaced by a slot
    const QUrl url(e.sourceUrl);
    if (url.isValid() && !url.isEmpty() && m_openUrl)
        m_openUrl(url);
    Q_EMIT chronologyEventActivated(id);
}

void TimelineView::selectChronologyEvent(const QString& id)
{
    m_selectedChronology = id;
    if (!id.isEmpty() && m_chronology) {
        if (const core::ChronologyEvent* e = m_chronology->event(id)) {
            if (!m_chronologyShown)
                setChronologyShown(true);
            // Centred, at the present zoom unless the event is wider than the view.
            const double first = TimeScale::toTime(e->firstDay());
            const double last = TimeScale::toTime(e->lastDay()) + 1.0;
            const double span = std::max(m_scale.span(), (last - first) * 1.2);
            const double centre = (first + last) / 2;
            TimeScale scale = m_scale;
            scale.setDomain(centre - span / 2, centre + span / 2);
            setScale(scale);
        }
    }
    update();
}

QMenu* TimelineView::chronologyMenu(const QString& id, QWidget* parent)
{
    const core::ChronologyEvent* e = m_chronology ? m_chronology->event(id) : nullptr;
    if (!e)
        return nullptr;
    auto* menu = new QMenu(parent);
    QAction* open = menu->addAction(tr("Open source"));
    open->setEnabled(!e->sourceUrl.isEmpty());
    connect(open, &QAction::triggered, this, [this, id] {
        for (qsizetype k = 0; k < m_data->chronology.size(); ++k) {
            if (m_data->chronology.at(k).id == id)
                return activateChronology(k);
        }
    });
    QAction* show = menu->addAction(tr("Show documents that mention it"));
    connect(show, &QAction::triggered, this, [this, id] {
        const qsizetype i = m_chronology ? m_chronology->indexOf(id) : -1;
        if (i < 0 || !m_selection)
            return;
        const QList<qint64> documents = m_chronology->documentsMentioning(i);
        if (!documents.isEmpty()) {
            // Those documents, whatever their own dates: the period would hide a later reference.
            m_selection->clearPeriod();
            m_selection->setEdgeDocuments(QSet<qint64>(documents.cbegin(), documents.cend()));
        } else {
            const core::ChronologyEvent& shown = m_chronology->events().at(i);
            m_selection->setPeriod(shown.firstDay(), shown.lastDay());
        }
    });
    QAction* edit = menu->addAction(tr("Edit…"));
    connect(edit, &QAction::triggered, this, [this, id] { Q_EMIT chronologyEditRequested(id); });
    return menu;
}

void TimelineView::contextMenuEvent(QContextMenuEvent* event)
{
    const qsizetype i = chronologyAt(event->pos());
    if (i < 0) {
        QWidget::contextMenuEvent(event);
        return;
    }
    QMenu* menu = chronologyMenu(m_data->chronology.at(i).id, this);
    if (!menu)
        return;
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
    event->accept();
}

void TimelineView::setControlsShown(bool shown)
{
    m_controlsShown = shown;
    m_laneCombo->setVisible(shown);
    m_fitButton->setVisible(shown);
    placeChildren();
}

void TimelineView::fitToData()
{
    QList<QDate> firstDays, lastDays;
    firstDays.reserve(m_data->docs.size());
    lastDays.reserve(m_data->docs.size());
    for (const DocInfo& d : std::as_const(m_data->docs)) {
        firstDays.append(TimeScale::toDate(d.start));
        lastDays.append(TimeScale::toDate(d.end - 1.0));
    }
    const core::TimelineFit::Period period
        = core::TimelineFit::defaultPeriod(std::move(firstDays), std::move(lastDays));
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
    if (m_glide)
        m_glide->stop(); // the person takes over
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
    if (chronologyLegendRect().contains(pos)) {
        setChronologyShown(!m_chronologyShown);
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
    const bool onAxis = axisRect().contains(pos) && pos.x() >= m_scale.x0() - 4;
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
    if (id != 0 || eventAt(pos) >= 0 || m_hoveredNote != EdgeNote::None || legendTypeAt(pos)
        || chronologyAt(pos) >= 0 || chronologyLegendRect().contains(pos))
        setCursor(Qt::PointingHandCursor);
    else if (axisRect().contains(pos))
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
        } else if (m_selection && axisRect().contains(pos)) {
            m_selection->clearPeriod();
        }
        update();
        return;
    }
    if (!m_moved) {
        if (const qsizetype i = chronologyAt(pos); i >= 0) {
            activateChronology(i);
            return;
        }
    }
    if (!m_moved && m_selection) {
        if (const qint64 id = documentAt(pos)) {
            m_selection->setCurrentDocument(id);
        } else if (const qsizetype i = eventAt(pos); i >= 0) {
            const EventInfo& e = m_data->events.at(i);
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
    if (m_glide)
        m_glide->stop(); // the person takes over
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

render::Figure TimelineView::figure() const
{
    render::Figure figure;
    figure.caption
        = tr("Timeline · %1")
              .arg(m_selection ? m_selection->filter().describe() : core::DocumentFilter().describe());
    figure.size = size();
    // Copies of what is on show: the painting function outlives the view and may run on another thread.
    const render::TimelineLayout shown = layout();
    render::TimelineHighlights marked = highlights();
    if (marked.involved) {
        QSet<qint64> involved;
        if (!shown.content->aggregated) {
            for (const Mark& mark : shown.content->marks) {
                const qint64 id = shown.data->docs.at(mark.doc).id;
                if (marked.involved(id))
                    involved.insert(id);
            }
        }
        marked.involved = [involved](qint64 id) { return involved.contains(id); };
    }
    figure.paint = [shown, marked, style = style()](QPainter& p) {
        render::TimelinePainter painter(style);
        painter.paint(p, shown, marked);
    };
    return figure;
}

} // namespace littoral::ui
