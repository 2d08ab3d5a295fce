// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/graphview.h"

#include "core/analysis/communitygroups.h"
#include "core/analysis/egonetwork.h"
#include "core/analysis/organisationfold.h"
#include "core/logging.h"
#include "core/models/selectionstate.h"
#include "core/workpool.h"
#include "render/hairlineraster.h"
#include "ui/palette.h"

#include <QApplication>
#include <QActionGroup>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPainterPathStroker>
#include <QToolTip>
#include <QWheelEvent>
#include <QtConcurrent>

#include <algorithm>
#include <array>
#include <cmath>

namespace littoral::ui {

using core::CorrespondentKind;
using core::GraphLayout;
using core::ParticipantRole;
using render::HairlineRaster;

GraphView::GraphView(core::SelectionState* selection, QWidget* parent)
    : QWidget(parent)
    , m_selection(selection)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Correspondence graph"));
    m_graph.em = QFontMetricsF(font()).height();
    connect(&m_watcher, &QFutureWatcher<Job>::finished, this, &GraphView::onLayoutFinished);
    m_settleTimer.setSingleShot(true);
    m_settleTimer.setInterval(kSettleMs);
    connect(&m_settleTimer, &QTimer::timeout, this, &GraphView::startSettledFrame);
    connect(&m_frameWatcher, &QFutureWatcher<Frame>::finished, this, &GraphView::onSettledFrameFinished);
    connect(m_selection, &core::SelectionState::corpusChanged, this, &GraphView::onCorpusChanged);
    connect(m_selection, &core::SelectionState::corpusCompleted, this, &GraphView::onCorpusChanged);
    connect(m_selection, &core::SelectionState::corpusReloaded, this, &GraphView::onCorpusReloaded);
    connect(m_selection, &core::SelectionState::filterChanged, this, &GraphView::onFilterChanged);
    connect(m_selection, &core::SelectionState::hoveredCorrespondentChanged, this, qOverload<>(&GraphView::update));
    connect(m_selection, &core::SelectionState::currentDocumentChanged, this, qOverload<>(&GraphView::update));
    onCorpusChanged();
}

GraphView::~GraphView()
{
    // The job holds its own copy of the corpus: nothing to wait for, only results to ignore.
    m_watcher.disconnect(this);
    // A frame being painted uses the fonts, which must outlive it: wait for it (one frame at most).
    m_frameWatcher.disconnect(this);
    m_frameWatcher.waitForFinished();
}

QPointF GraphView::nodePosition(qint64 id) const
{
    const auto it = m_graph.rowOf.constFind(id);
    return it == m_graph.rowOf.cend() ? QPointF() : toWidget(m_graph.nodes.at(*it).position);
}

bool GraphView::hasEdge(qint64 from, qint64 to) const
{
    const int a = m_graph.rowOf.value(from, -1), b = m_graph.rowOf.value(to, -1);
    return std::any_of(m_graph.edges.cbegin(), m_graph.edges.cend(), [&](const Edge& e) { return e.from == a && e.to == b; });
}

qint64 GraphView::nodeAt(QPointF position) const
{
    const int row = rowAt(position);
    return row < 0 ? 0 : m_graph.nodes.at(row).id;
}

void GraphView::keepLayoutOnNextCorpus()
{
    m_keepLayout = true;
}

void GraphView::onCorpusChanged()
{
    if (m_keepLayout) {
        // The same corpus edited: what is shown stays up until the new layout replaces it. A corpus
        // read in two steps has no correspondents in its first: the layout waits for the second.
        if (m_selection->corpus().isComplete()) {
            m_keepLayout = false;
            m_holdKnown = true;
            requestLayout();
        }
        return;
    }
    m_remembered.clear();
    m_pinned.clear();
    m_ego.reset();
    m_shownEgo.reset();
    m_egoHistory.clear();
    m_expanded.clear();
    m_holders.clear();
    m_foldedMembers.clear();
    m_network.reset();
    m_graph.note.clear();
    m_graph.clearGraph();
    m_pressGroup = -1;
    m_hasLayout = false;
    m_userView = false;
    m_hovered = 0;
    ++m_geometryVersion;
    requestLayout();
}

void GraphView::onCorpusReloaded()
{
    // The same corpus after an edit: nodes that still exist stay put (pinned where they are shown), a
    // merged one vanishes and its edges go to the survivor, a new one settles near its neighbours.
    m_hovered = 0;
    m_holdKnown = m_hasLayout; // before the first layout there is nothing to hold
    requestLayout();
}

void GraphView::onFilterChanged()
{
    // Only the period and the document types reshape the graph; a picked node or edge, or a search, only highlights, so
    // clicking a node never collapses the graph under the pointer.
    if (m_selection->periodFrom() != m_layoutFrom || m_selection->periodTo() != m_layoutTo
        || m_selection->shownTypes() != m_layoutTypes || !(m_selection->graphFilter() == m_layoutFilter))
        requestLayout();
    updateSearchNodes();
    repaintInBackground();
}

void GraphView::repaintInBackground()
{
    // Only highlights changed, not where anything is: the last frame stays up while the new one is
    // painted on the pool (a full frame of a 100,000-document corpus takes over 100 ms).
    if (m_sceneKey) {
        m_moving = true;
        ++m_frameGeneration;
        m_settleTimer.stop();
        startSettledFrame();
    }
    update();
}

void GraphView::updateSearchNodes()
{
    m_graph.searchNodes.clear();
    ++m_searchVersion;
    if (!m_selection->hasSearch())
        return;
    // From the selection's per-row answers and the corpus's per-row participations: no look-up by id.
    const core::CorpusIndex& corpus = m_selection->corpus();
    m_graph.searchNodes.reserve(corpus.correspondents().size()); // no rehash as it grows
    for (qsizetype row = 0; row < corpus.documents().size(); ++row) {
        if (!m_selection->isSearchHitRow(row))
            continue;
        for (const core::Participation& p : corpus.participationsOfRow(row))
            if (p.role != ParticipantRole::Mentioned)
                m_graph.searchNodes.insert(p.correspondentId);
    }
}

void GraphView::requestLayout()
{
    m_layoutFrom = m_selection->periodFrom();
    m_layoutTo = m_selection->periodTo();
    m_layoutTypes = m_selection->shownTypes();
    m_layoutFilter = m_selection->graphFilter();
    if (m_watcher.isRunning()) {
        m_pending = true;
        return;
    }
    startLayout();
}

void GraphView::startLayout()
{
    m_pending = false;
    m_running = true;
    const std::shared_ptr<const core::CorpusIndex> corpus = m_selection->corpusPointer();
    const QDate from = m_selection->hasPeriod() ? m_selection->periodFrom() : QDate();
    const QDate to = m_selection->hasPeriod() ? m_selection->periodTo() : QDate();
    std::array<bool, core::kDocumentTypeCount> typeShown {};
    for (const core::DocumentType type : m_selection->shownTypes())
        typeShown[std::size_t(type)] = true;
    QSet<qint64> pinned = m_pinned;
    const bool kept = std::exchange(m_holdKnown, false);
    if (kept)
        for (auto it = m_remembered.cbegin(); it != m_remembered.cend(); ++it)
            pinned.insert(it.key());
    const core::GraphFilter filter = m_selection->graphFilter();
    m_watcher.setFuture(QtConcurrent::run(core::workPool(), [corpus, from, to, typeShown, filter, ego = m_ego, organisations = m_organisationView,
                                                                expanded = m_expanded, previous = m_remembered, pinned, kept,
                                                                grouping = m_grouping, sizeBy = m_sizeBy] {
        Job job;
        job.kept = kept;
        job.filter = filter;
        job.ego = ego;
        job.organisations = organisations;
        job.expanded = expanded;
        if (kept)
            job.held = previous;
        // The period and type filters of SelectionState::accepts, without its correspondent, edge and
        // search filters: those highlight in the graph instead of removing nodes. Then the graph's own.
        const core::CorrespondenceGraph period = corpus->graph([&](qint64 id) {
            const core::DocumentSummary* d = corpus->document(id);
            return corpus->inPeriod(id, from, to) && (!d || typeShown[std::size_t(d->type)]);
        });
        // People folded into their organisations first, so that the filters judge what is drawn.
        core::CorrespondenceGraph drawn = period;
        std::optional<core::OrganisationFold> fold;
        if (organisations) {
            fold = core::OrganisationFold::fold(period, *corpus, expanded);
            drawn = fold->graph();
        }
        auto filtered = filter.apply(drawn);
        if (!filtered) {
            job.layout = std::unexpected(filtered.error());
            return job;
        }
        job.graph = std::move(*filtered);
        if (filter.isActive())
            job.linkDocuments = core::GraphFilter::linkDocuments(job.graph);
        if (fold) {
            for (const core::GraphNode& n : job.graph.nodes) {
                if (const QList<qint64> members = fold->members(n.id); !members.isEmpty())
                    job.foldedMembers.insert(n.id, members);
                if (fold->holdsPeople(n.id))
                    job.holders.insert(n.id);
            }
        }
        // An ego network's centre folded into its organisation is that organisation; one the filters
        // removed leaves the whole graph shown.
        if (ego && fold && fold->foldedInto(ego->id) != 0)
            job.ego->id = fold->foldedInto(ego->id);
        if (job.ego) {
            const auto centre = std::find_if(job.graph.nodes.cbegin(), job.graph.nodes.cend(), [&](const core::GraphNode& n) { return n.id == job.ego->id; });
            if (centre == job.graph.nodes.cend())
                job.ego.reset();
            else
                job.ego->name = centre->name;
        }
        if (job.ego) {
            // Around its centre, on rings: the analysis is of this neighbourhood.
            core::EgoNetwork around = core::EgoNetwork::around(job.graph, job.ego->id, job.ego->hops);
            job.graph = around.graph();
            job.network = core::CorrespondentNetwork::compute(job.graph);
            // The first ring by community: the links among the centre's correspondents stay short.
            if (job.network) {
                QHash<qint64, int> communityOf;
                for (const core::CorrespondentStanding& s : job.network->standings())
                    communityOf.insert(s.id, s.community);
                around.arrangeByGroup(communityOf);
            }
            job.layout = GraphLayout::fromPositions(around.positions());
            buildScene(job, sizeBy);
            return job;
        }
        job.network = core::CorrespondentNetwork::compute(job.graph);
        // A large graph is placed as its communities, each member inside its community's disc.
        if (grouping && job.graph.nodes.size() > GroupAbove && job.network) {
            auto groups = core::CommunityGroups::compute(job.graph, *job.network);
            if (groups) {
                job.layout = groups->layout();
                job.groups = std::move(*groups);
                buildScene(job, sizeBy);
                return job;
            }
            qCWarning(lcAnalysis) << "graph groups:" << groups.error().detail;
        }
        job.layout = GraphLayout::compute(job.graph, previous, pinned);
        buildScene(job, sizeBy);
        return job;
    }));
    update();
}

void GraphView::buildScene(Job& job, core::NetworkMeasure sizeBy)
{
    if (!job.layout)
        return;
    // After an edit the known nodes stay exactly where they were shown: the layout may have packed
    // its components anew (a merge can join two), which would move them all.
    const bool placed = job.ego || job.groups; // rings or groups: where the layout put them, always
    job.scene.setGraph(job.graph, [&job, placed](qint64 id) {
        return placed ? job.layout->position(id) : job.held.value(id, job.layout->position(id));
    });
    if (job.network)
        job.scene.applyNetwork(*job.network, sizeBy);
    if (job.groups)
        job.scene.setGroups(*job.groups);
}

void GraphView::onLayoutFinished()
{
    Job job = m_watcher.result();
    if (!job.layout) {
        m_layoutError = job.layout.error().detail;
    } else {
        m_layoutError.clear();
        m_graph.takeGraph(std::move(job.scene));
        m_foldedMembers = job.foldedMembers;
        m_holders = job.holders;
        m_pressGroup = -1; // the groups pressed on are gone
        m_graph.note = job.ego ? tr("Ego network of %1, %n step(s) · Backspace: back", nullptr, job.ego->hops).arg(job.ego->name) : QString();
        // Without the analysis (igraph failed) the graph still shows, sized by documents, uncoloured.
        m_network = job.network ? std::make_shared<const core::CorrespondentNetwork>(*job.network) : nullptr;
        if (!job.network)
            qCWarning(lcAnalysis) << "graph analysis:" << job.network.error().detail;
        // The size measure changed while the layout ran.
        if (m_network && m_graph.sizeBy != m_sizeBy)
            m_graph.applyNetwork(*m_network, m_sizeBy);
        // Where the whole graph put each node: an ego network's rings are not remembered, nor a fold's,
        // nor the groups' discs (the next plain layout starts afresh).
        if (!job.ego && !job.organisations && !job.groups)
            for (const Node& n : std::as_const(m_graph.nodes))
                m_remembered.insert(n.id, n.position);
        if (!job.ego && !job.organisations && !job.groups)
            m_pinned.intersect(QSet<qint64>(m_graph.rowOf.keyBegin(), m_graph.rowOf.keyEnd()));
        m_graph.labelText.clear();
        m_hasLayout = true;
        ++m_geometryVersion;
        if ((!m_userView && !job.kept) || job.ego || job.ego != m_shownEgo)
            fitToView();
        m_shownEgo = job.ego;
        if (m_centreOn != 0 && m_graph.rowOf.contains(m_centreOn) && !m_pending)
            centreNow(m_graph.rowOf.value(m_centreOn));
    }
    // The other views keep the documents whose links survived the graph's filters: only from the
    // latest request (one superseded may be of another corpus or period).
    if (job.layout && !m_pending)
        m_selection->setGraphDocuments(job.filter, job.linkDocuments);
    updateSearchNodes();
    if (m_pending) {
        startLayout(); // superseded while running: show this one, lay out the latest
    } else {
        m_running = false;
        if (paintsInBackground()) {
            // The last frame stays up (or "Drawing…" before the first) while this one is painted on the pool.
            m_moving = true;
            ++m_frameGeneration;
            m_settleTimer.stop();
            startSettledFrame();
        }
        update();
        emit layoutFinished();
    }
}

GraphView::GeometryKey GraphView::geometryKey() const
{
    const bool grouped = !m_graph.groups.isEmpty();
    return { m_geometryVersion, grouped ? m_selection->correspondent() : 0, grouped ? m_selection->currentDocument() : 0,
        m_graph.scale, m_graph.offset, size(), m_graph.em };
}

void GraphView::ensureHitIndex() const
{
    const GeometryKey key = geometryKey();
    if (m_hitKey == key)
        return;
    m_hitKey = key;
    // Only what can be under the pointer: the widget and a margin for the reach and the tolerance.
    const QRectF bounds = QRectF(rect()).adjusted(-8, -8, 8, 8);
    m_hitIndex.reset(bounds, std::max(16.0, 2 * m_graph.em));
    // Grouped: only what is drawn whatever the pointer rests on can be pointed at.
    const auto [shown, drawnEdges] = snapshot().pointableRowsAndEdges();
    for (int i = 0; i < m_graph.nodes.size(); ++i) {
        if (!shown.at(i))
            continue;
        const QPointF c = toWidget(m_graph.nodes.at(i).position);
        const double reach = std::max(nodeRadius(m_graph.nodes.at(i)) + 2.0, 6.0);
        if (bounds.intersects(QRectF(c - QPointF(reach, reach), c + QPointF(reach, reach))))
            m_hitIndex.addDisc(i, c, reach);
    }
    for (int i = 0; i < m_graph.edges.size(); ++i) {
        const Edge& e = m_graph.edges.at(i);
        if (!drawnEdges.at(i))
            continue;
        const EdgeGeometry g = edgeGeometry(e);
        const QRectF box = QRectF(g.start, g.end).normalized().united(QRectF(g.control, QSizeF(1e-9, 1e-9)));
        if (!box.adjusted(-8, -8, 8, 8).intersects(bounds))
            continue; // a quadratic curve stays inside the box of its three points
        m_hitIndex.addCurve(i, g.start, g.control, g.end);
    }
}

QRectF GraphView::labelRect(qint64 id) const
{
    const qsizetype k = m_labelled.indexOf(id);
    return k < 0 || k >= m_labelRects.size() ? QRectF() : m_labelRects.at(k);
}

int GraphView::labelRowAt(QPointF position) const
{
    // Only while the frame on screen was drawn for the view as it is (a highlight being repainted
    // shows it unmoved): during a pan, zoom or drag its labels are elsewhere.
    if (!m_sceneKey || m_sceneKey->geometry != geometryKey())
        return -1;
    for (qsizetype k = std::min(m_labelRects.size(), m_labelled.size()) - 1; k >= 0; --k)
        if (m_labelRects.at(k).contains(position))
            return m_graph.rowOf.value(m_labelled.at(k), -1);
    return -1;
}

int GraphView::rowAt(QPointF position) const
{
    // A label is drawn over the marks and links it crosses (the last placed on top): a click on it
    // means the node it names, never one its box hides.
    if (const int row = labelRowAt(position); row >= 0)
        return row;
    ensureHitIndex();
    if (m_hitIndex.covers(position))
        return m_hitIndex.discAt(position);
    // Outside the widget (never the pointer): the plain scan.
    int best = -1;
    double bestDistance = 0.0;
    for (int i = int(m_graph.nodes.size()) - 1; i >= 0; --i) {
        const QPointF d = toWidget(m_graph.nodes.at(i).position) - position;
        const double distance = std::hypot(d.x(), d.y());
        const double reach = std::max(nodeRadius(m_graph.nodes.at(i)) + 2.0, 6.0);
        if (distance <= reach && (best < 0 || distance < bestDistance)) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

int GraphView::edgeAt(QPointF position) const
{
    constexpr double Tolerance = 5.0;
    ensureHitIndex();
    if (m_hitIndex.covers(position))
        return m_hitIndex.curveAt(position, Tolerance);
    int best = -1;
    double bestDistance = Tolerance;
    for (int i = 0; i < m_graph.edges.size(); ++i) {
        const EdgeGeometry g = edgeGeometry(m_graph.edges.at(i));
        const double distance = GraphHitIndex::distanceToCurve(position, g.start, g.control, g.end);
        if (distance < bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

qint64 GraphView::focusedNode() const
{
    if (m_hovered != 0)
        return m_hovered;
    if (m_selection->hoveredCorrespondent() != 0 && m_graph.rowOf.contains(m_selection->hoveredCorrespondent()))
        return m_selection->hoveredCorrespondent();
    return m_graph.rowOf.contains(m_selection->correspondent()) ? m_selection->correspondent() : 0;
}

void GraphView::centreOn(qint64 id)
{
    const int row = m_graph.rowOf.value(id, -1);
    if (row < 0 || !m_hasLayout || m_running) {
        m_centreOn = id; // after the layout on its way
        return;
    }
    centreNow(row);
}

void GraphView::centreNow(int row)
{
    m_centreOn = 0;
    // Seen from so far that marks merge, a node found by name is zoomed to the scale of a view of a
    // few dozen correspondents; nearer views keep their zoom.
    const double fitted = std::min(width(), height()) / GraphLayout::BoxSize;
    double readable = fitted * std::clamp(std::sqrt(double(m_graph.nodes.size()) / 40.0), 1.0, 8.0);
    // Grouped: near enough for its group to show every member, so that its neighbours are there too.
    if (const int group = m_graph.groupOfRow.value(row, -1); group >= 0)
        readable = m_graph.openingScale(group) * 1.05;
    m_graph.scale = std::clamp(std::max(m_graph.scale, readable), 0.02, 200.0);
    m_graph.offset = QPointF(width(), height()) / 2 - m_graph.nodes.at(row).position * m_graph.scale;
    m_userView = true;
    gestureStepped();
    update();
}

void GraphView::fitToView()
{
    m_userView = false;
    m_graph.viewSize = size();
    m_graph.fitToView(fontMetrics().height());
    update();
}

void GraphView::zoomAround(QPointF anchor, double factor)
{
    const QPointF world = toWorld(anchor);
    m_graph.scale = std::clamp(m_graph.scale * factor, 0.02, 200.0);
    m_graph.offset = anchor - world * m_graph.scale;
    m_userView = true;
    update();
}

void GraphView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (!m_userView)
        fitToView();
}

QString GraphView::nodeToolTip(const Node& node) const
{
    const QString kind = node.kind == CorrespondentKind::Person ? tr("Person") : tr("Organisation");
    QString tip = QStringLiteral("<b>%1</b><br>%2 · %3").arg(node.name.toHtmlEscaped(), kind, tr("%Ln document(s)", nullptr, node.documents));
    // In the organisation view: who it holds, and how to see them.
    if (const QList<qint64> members = m_foldedMembers.value(node.id); !members.isEmpty()) {
        QStringList names;
        for (const qint64 id : members)
            if (const core::CorrespondentSummary* c = m_selection->corpus().correspondent(id))
                names.append(c->name.toHtmlEscaped());
        tip += QStringLiteral("<br>") + tr("Holds %1 · double-click to show them apart").arg(names.join(QStringLiteral(", ")));
    } else if (m_organisationView && m_expanded.contains(node.id)) {
        tip += QStringLiteral("<br>") + tr("Its people shown apart · double-click to fold them in");
    }
    return tip;
}

QString GraphView::edgeToolTip(const Edge& edge) const
{
    const QString role = edge.role == ParticipantRole::Cc ? tr("cc") : tr("to");
    return QStringLiteral("%1 → %2 (%3): %4")
        .arg(m_graph.nodes.at(edge.from).name.toHtmlEscaped(), m_graph.nodes.at(edge.to).name.toHtmlEscaped(), role,
            tr("%Ln letter(s)", nullptr, int(edge.documents.size())));
}

bool GraphView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int row = rowAt(help->pos());
        if (row >= 0) {
            QToolTip::showText(help->globalPos(), nodeToolTip(m_graph.nodes.at(row)), this);
        } else if (const int edge = edgeAt(help->pos()); edge >= 0) {
            QToolTip::showText(help->globalPos(), edgeToolTip(m_graph.edges.at(edge)), this);
        } else if (const int group = groupAt(help->pos()); group >= 0) {
            QToolTip::showText(help->globalPos(), groupToolTip(group), this);
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

void GraphView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressPosition = m_lastPosition = event->position();
    m_pressRow = rowAt(event->position());
    m_pressGroup = m_pressRow < 0 ? groupAt(event->position()) : -1;
    if (m_pressRow >= 0)
        m_dragOrigin = m_graph.nodes.at(m_pressRow).position;
    m_dragging = m_panning = false;
}

void GraphView::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF position = event->position();
    // The button still held after a double-click neither drags nor pans: its press was not seen.
    if ((event->buttons() & Qt::LeftButton) && !m_releaseAfterDoubleClick) {
        const QPointF moved = position - m_pressPosition;
        if (!m_dragging && !m_panning && std::hypot(moved.x(), moved.y()) >= QApplication::startDragDistance()) {
            m_dragging = m_pressRow >= 0;
            m_panning = m_pressRow < 0;
        }
        if (m_dragging && m_pressRow < m_graph.nodes.size()) {
            Node& node = m_graph.nodes[m_pressRow];
            node.position += (position - m_lastPosition) / m_graph.scale;
            // Only the whole graph's places are remembered: not an ego network's rings, nor a fold's,
            // nor a place inside a community's disc.
            if (!m_shownEgo && !m_organisationView && m_graph.groups.isEmpty()) {
                m_remembered.insert(node.id, node.position);
                m_pinned.insert(node.id);
            }
            ++m_geometryVersion;
            setCursor(Qt::ClosedHandCursor);
        } else if (m_panning) {
            m_graph.offset += position - m_lastPosition;
            m_userView = true;
            setCursor(Qt::ClosedHandCursor);
        }
        m_lastPosition = position;
        if (m_dragging || m_panning)
            gestureStepped();
        update();
        return;
    }
    // The hover highlight waits while the view moves: the hit buckets would be rebuilt for every step.
    if (m_moving)
        return;
    const int row = rowAt(position);
    const qint64 hovered = row < 0 ? 0 : m_graph.nodes.at(row).id;
    setCursor(row >= 0 || edgeAt(position) >= 0 || groupAt(position) >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    if (hovered != m_hovered) {
        m_hovered = hovered;
        m_selection->setHoveredCorrespondent(hovered);
        update();
    }
}

void GraphView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    const bool wasDrag = m_dragging || m_panning;
    const bool wasNodeDrag = m_dragging;
    m_dragging = m_panning = false;
    unsetCursor();
    if (wasNodeDrag && m_pressRow >= 0 && m_pressRow < m_graph.nodes.size())
        if (const int target = rowAtExcept(event->position(), m_pressRow); target >= 0)
            offerMerge(m_pressRow, target);
    const bool afterDoubleClick = std::exchange(m_releaseAfterDoubleClick, false);
    if (wasDrag || afterDoubleClick)
        return;
    const int row = rowAt(event->position());
    if (row >= 0) {
        const qint64 id = m_graph.nodes.at(row).id;
        m_selection->setCorrespondent(m_selection->correspondent() == id ? 0 : id);
    } else if (const int edge = edgeAt(event->position()); edge >= 0) {
        const GraphScene::Edge& e = m_graph.edges.at(edge);
        m_selection->setLink(m_graph.nodes.at(e.from).id, m_graph.nodes.at(e.to).id, e.role);
    } else if (m_pressGroup >= 0 && m_pressGroup == groupAt(event->position())) {
        openGroup(m_pressGroup);
    } else {
        m_selection->setCorrespondent(0);
    }
}

void GraphView::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseDoubleClickEvent(event);
    const int row = rowAt(event->position());
    if (row < 0)
        return;
    m_releaseAfterDoubleClick = true;
    // The second press of a double-click reaches this handler, not mousePressEvent: nothing is pressed
    // for a drag, and the graph about to be shown is another one.
    m_pressRow = -1;
    m_dragging = m_panning = false;
    const qint64 id = m_graph.nodes.at(row).id;
    // In the organisation view, an organisation holding people opens (or closes) on them.
    if (m_organisationView && m_holders.contains(id)) {
        setExpanded(id, !m_expanded.contains(id));
        return;
    }
    // On the centre already: one step further (up to three).
    showEgoNetwork(id, m_ego && m_ego->id == id ? std::min(3, m_ego->hops + 1) : 1);
}

void GraphView::setGrouping(bool on)
{
    if (m_grouping == on)
        return;
    m_grouping = on;
    emit groupingChanged(on);
    requestLayout();
}

int GraphView::groupOf(qint64 id) const
{
    const int row = m_graph.rowOf.value(id, -1);
    return row < 0 ? -1 : m_graph.groupOfRow.value(row, -1);
}

bool GraphView::isNodeShown(qint64 id) const
{
    const int row = m_graph.rowOf.value(id, -1);
    if (row < 0)
        return false;
    const qint64 picked = m_selection->correspondent();
    return graph().shownRows(picked != 0 ? QSet<qint64> { picked } : QSet<qint64> {}).at(row);
}

void GraphView::openGroup(int group)
{
    if (group < 0 || group >= m_graph.groups.size())
        return;
    m_graph.viewSize = size();
    // All its members when they fit; a large group fills the view with its busiest (zoom in for more).
    const double filling = 0.45 * std::min(width(), height()) / std::max(m_graph.groups.at(group).radius, 1e-6);
    const double revealing = (GraphScene::RevealRadius * m_graph.em + 1.0) / std::max(m_graph.groups.at(group).radius, 1e-6);
    const double wanted = std::max(std::min(m_graph.openingScale(group) * 1.05, filling), revealing);
    m_graph.scale = std::clamp(std::max(wanted, m_graph.scale), 0.02, 200.0);
    m_graph.offset = QPointF(width(), height()) / 2 - m_graph.groups.at(group).centre * m_graph.scale;
    m_userView = true;
    gestureStepped();
    update();
}

QString GraphView::groupToolTip(int group) const
{
    const GraphScene::Group& g = m_graph.groups.at(group);
    return QStringLiteral("<b>%1</b><br>%2 · %3<br>%4")
        .arg(m_graph.groupName(g).toHtmlEscaped(), tr("%Ln correspondent(s)", nullptr, int(g.rows.size())),
            tr("%Ln document(s)", nullptr, g.documents), tr("Click, or zoom in, to see its members"));
}

void GraphView::setOrganisationView(bool on)
{
    if (m_organisationView == on)
        return;
    m_organisationView = on;
    m_expanded.clear();
    emit organisationViewChanged(on);
    requestLayout();
}

void GraphView::setExpanded(qint64 organisation, bool expanded)
{
    if (m_expanded.contains(organisation) == expanded)
        return;
    if (expanded)
        m_expanded.insert(organisation);
    else
        m_expanded.remove(organisation);
    requestLayout();
}

void GraphView::showEgoNetwork(qint64 id, int hops)
{
    const core::CorrespondentSummary* who = m_selection->corpus().correspondent(id);
    if (!who)
        return;
    const Ego ego { id, std::clamp(hops, 1, 3), who->name };
    if (m_ego == ego)
        return;
    m_egoHistory.append(m_ego);
    m_ego = ego;
    m_selection->setCorrespondent(id);
    requestLayout();
}

bool GraphView::goBack()
{
    if (m_egoHistory.isEmpty())
        return false;
    m_ego = m_egoHistory.takeLast();
    requestLayout();
    return true;
}

void GraphView::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0.0)
        return QWidget::wheelEvent(event);
    zoomAround(event->position(), std::pow(1.2, steps));
    gestureStepped();
}

void GraphView::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_F:
    case Qt::Key_Home:
        fitToView();
        return;
    case Qt::Key_Escape:
        m_selection->setCorrespondent(0);
        return;
    case Qt::Key_Backspace:
        if (!goBack())
            QWidget::keyPressEvent(event);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

int GraphView::rowAtExcept(QPointF position, int except) const
{
    // A plain scan, once per drop: the hit index holds only the topmost node at a point.
    const GraphScene& scene = graph();
    int best = -1;
    double bestDistance = 0.0;
    for (qsizetype row = 0; row < scene.nodes.size(); ++row) {
        if (row == except)
            continue;
        const Node& node = scene.nodes.at(row);
        const QPointF d = toWidget(node.position) - position;
        const double distance = std::hypot(d.x(), d.y());
        if (distance <= nodeRadius(node) + 2.0 && (best < 0 || distance < bestDistance)) {
            best = int(row);
            bestDistance = distance;
        }
    }
    return best;
}

void GraphView::offerMerge(int droppedRow, int targetRow)
{
    const Node dropped = m_graph.nodes.at(droppedRow);
    const Node target = m_graph.nodes.at(targetRow);
    QMessageBox box(QMessageBox::Question, tr("Merge correspondents"),
        tr("Merge “%1” into “%2”?\n\nEvery spelling and document of %1 moves to %2. History can undo it.")
            .arg(dropped.name, target.name),
        QMessageBox::Cancel, this);
    QPushButton* merge = box.addButton(tr("Merge"), QMessageBox::AcceptRole);
    box.setDefaultButton(merge);
    box.exec();
    if (box.clickedButton() == merge) {
        emit mergeRequested({ dropped.id }, target.id);
        return;
    }
    // Declined: the node goes back to where it was picked up.
    const auto row = m_graph.rowOf.constFind(dropped.id);
    if (row == m_graph.rowOf.cend())
        return;
    m_graph.nodes[*row].position = m_dragOrigin;
    m_remembered.insert(dropped.id, m_dragOrigin);
    ++m_geometryVersion;
    repaintInBackground();
}

void GraphView::setSizeMeasure(core::NetworkMeasure measure)
{
    if (m_sizeBy == measure)
        return;
    m_sizeBy = measure;
    emit sizeMeasureChanged(measure);
    if (m_network)
        m_graph.applyNetwork(*m_network, m_sizeBy);
    m_graph.labelText.clear();
    ++m_geometryVersion; // marks change size: the hit buckets and the frame are stale
    if (paintsInBackground()) {
        m_moving = true;
        ++m_frameGeneration;
        startSettledFrame();
    }
    update();
}

int GraphView::communityOf(qint64 id) const
{
    const auto row = m_graph.rowOf.constFind(id);
    return row == m_graph.rowOf.cend() ? -1 : m_graph.nodes.at(*row).community;
}

void GraphView::addSizeMenu(QMenu& menu)
{
    QMenu* sizes = menu.addMenu(tr("&Size marks by"));
    auto* group = new QActionGroup(sizes);
    const std::pair<core::NetworkMeasure, QString> measures[] = {
        { core::NetworkMeasure::Documents, tr("&Documents") },
        { core::NetworkMeasure::InDegree, tr("Letters &in") },
        { core::NetworkMeasure::OutDegree, tr("Letters &out") },
        { core::NetworkMeasure::Betweenness, tr("&Betweenness (brokers between groups)") },
        { core::NetworkMeasure::PageRank, tr("&PageRank") },
    };
    for (const auto& [measure, label] : measures) {
        QAction* action = sizes->addAction(label, this, [this, m = measure] { setSizeMeasure(m); });
        action->setCheckable(true);
        action->setChecked(m_sizeBy == measure);
        action->setActionGroup(group);
        action->setEnabled(measure == core::NetworkMeasure::Documents || m_network);
    }
}

void GraphView::contextMenuEvent(QContextMenuEvent* event)
{
    const int row = rowAt(event->pos());
    if (row < 0) {
        // Off the nodes: how marks are sized, and what the window added (Export Figure…, Copy as Image).
        QMenu menu(this);
        if (!m_egoHistory.isEmpty()) {
            menu.addAction(tr("&Back"), this, [this] { goBack(); })->setShortcut(QKeySequence(Qt::Key_Backspace));
            menu.addAction(tr("&Whole Graph"), this, [this] {
                m_egoHistory.clear();
                m_ego.reset();
                requestLayout();
            });
            menu.addSeparator();
        }
        if (const int group = groupAt(event->pos()); group >= 0)
            menu.addAction(tr("&Open This Group"), this, [this, group] { openGroup(group); });
        addSizeMenu(menu);
        QAction* grouping = menu.addAction(tr("&Group Large Graphs by Community"), this, [this](bool on) { setGrouping(on); });
        grouping->setCheckable(true);
        grouping->setChecked(m_grouping);
        if (!actions().isEmpty()) {
            menu.addSeparator();
            menu.addActions(actions());
        }
        menu.exec(event->globalPos());
        return;
    }
    const Node node = m_graph.nodes.at(row);
    QMenu menu(this);
    menu.setTitle(node.name);
    menu.addAction(tr("&Merge into…"), this, [this, id = node.id] { askMergeInto(id); });
    menu.addAction(tr("&Rename…"), this, [this, id = node.id] { askRename(id); });
    QMenu* kind = menu.addMenu(tr("&Kind"));
    QAction* person = kind->addAction(tr("&Person"), this, [this, id = node.id] { emit kindChangeRequested(id, CorrespondentKind::Person); });
    QAction* organisation = kind->addAction(tr("&Organisation"), this,
        [this, id = node.id] { emit kindChangeRequested(id, CorrespondentKind::Organization); });
    person->setCheckable(true);
    organisation->setCheckable(true);
    person->setChecked(node.kind == CorrespondentKind::Person);
    organisation->setChecked(node.kind == CorrespondentKind::Organization);
    menu.addSeparator();
    menu.addAction(tr("&Ego Network"), this, [this, id = node.id] { showEgoNetwork(id, 1); });
    menu.addAction(tr("Ego Network, &Two Steps"), this, [this, id = node.id] { showEgoNetwork(id, 2); });
    if (!m_egoHistory.isEmpty())
        menu.addAction(tr("&Back"), this, [this] { goBack(); })->setShortcut(QKeySequence(Qt::Key_Backspace));
    menu.addAction(tr("Show in &Correspondents"), this, [this, id = node.id] { emit showInCorrespondentsRequested(id); });
    addRoleActions(menu, node.id, node.name);
    if (!actions().isEmpty()) {
        menu.addSeparator();
        menu.addActions(actions());
    }
    menu.exec(event->globalPos());
}

void GraphView::addRoleActions(QMenu& menu, qint64 id, QString name)
{
    // The role filter of the window's combo box, named after the node: "letters sent to the Ministry".
    name.replace(QLatin1Char('&'), QStringLiteral("&&"));
    const std::pair<std::optional<ParticipantRole>, QString> roles[] = {
        { std::nullopt, tr("Show all documents of %1").arg(name) },
        { ParticipantRole::Sender, tr("Show letters sent by %1").arg(name) },
        { ParticipantRole::Recipient, tr("Show letters sent to %1").arg(name) },
        { ParticipantRole::Cc, tr("Show letters with %1 in copy").arg(name) },
        { ParticipantRole::Mentioned, tr("Show documents mentioning %1").arg(name) },
    };
    menu.addSeparator();
    auto* group = new QActionGroup(&menu);
    for (const auto& [role, label] : roles) {
        QAction* action = menu.addAction(label, this, [this, id, role] { m_selection->setCorrespondentAndRole(id, role); });
        action->setCheckable(true);
        action->setChecked(m_selection->correspondent() == id && m_selection->correspondentRole() == role);
        action->setActionGroup(group);
    }
}

void GraphView::askMergeInto(qint64 id)
{
    const auto row = m_graph.rowOf.constFind(id);
    if (row == m_graph.rowOf.cend())
        return;
    const QString name = m_graph.nodes.at(*row).name;
    // The other correspondents on show, the busiest first: the likely twin is among the top ones.
    QList<int> rows;
    for (qsizetype r = 0; r < m_graph.nodes.size(); ++r)
        if (r != *row)
            rows.append(int(r));
    std::stable_sort(rows.begin(), rows.end(),
        [this](int a, int b) { return m_graph.nodes.at(a).documents > m_graph.nodes.at(b).documents; });
    QStringList choices;
    for (int r : rows)
        choices.append(tr("%1 (%Ln letter(s))", nullptr, m_graph.nodes.at(r).documents).arg(m_graph.nodes.at(r).name));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Merge correspondents"),
        tr("Merge “%1” into:").arg(name), choices, 0, false, &ok);
    const qsizetype index = choices.indexOf(chosen);
    if (ok && index >= 0)
        emit mergeRequested({ id }, m_graph.nodes.at(rows.at(index)).id);
}

void GraphView::askRename(qint64 id)
{
    const auto row = m_graph.rowOf.constFind(id);
    if (row == m_graph.rowOf.cend())
        return;
    const QString current = m_graph.nodes.at(*row).name;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename"), tr("Name of %1:").arg(current), QLineEdit::Normal, current, &ok);
    if (ok && name != current)
        emit renameRequested(id, name);
}

void GraphView::leaveEvent(QEvent* event)
{
    QWidget::leaveEvent(event);
    if (m_hovered != 0) {
        m_hovered = 0;
        m_selection->setHoveredCorrespondent(0);
        update();
    }
}

void GraphView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        m_graph.em = QFontMetricsF(font()).height();
        m_graph.labelText.clear();
        update();
    } else if (event->type() == QEvent::PaletteChange) {
        update();
    } else if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Correspondence graph"));
        update(); // the legend, the counts and the empty-graph message are said when painted
    }
}

const GraphScene& GraphView::graph() const
{
    m_graph.viewSize = size();
    return m_graph;
}

GraphScene GraphView::snapshot() const
{
    GraphScene scene = graph();
    scene.focus = focusedNode();
    scene.picked = m_selection->correspondent();
    scene.hovered = m_hovered;
    scene.current.clear();
    if (m_selection->currentDocument() != 0) {
        for (const core::Participation& part : m_selection->corpus().participationsOf(m_selection->currentDocument()))
            if (part.role != ParticipantRole::Mentioned && !scene.current.contains(part.correspondentId))
                scene.current.insert(part.correspondentId, part.role);
    }
    scene.edgeDocuments = m_selection->edgeDocuments();
    scene.palette = palette();
    scene.font = font();
    return scene;
}

GraphView::SceneKey GraphView::sceneKey(qreal pixelRatio) const
{
    return { geometryKey(), pixelRatio, focusedNode(), m_selection->correspondent(), m_hovered, m_selection->currentDocument(),
        m_selection->edgeDocuments(), m_searchVersion, m_layoutError, qint64(palette().cacheKey()), font().key() };
}

GraphView::Frame GraphView::paintFrame(GraphScene scene, QSize pixels, qreal pixelRatio, quint64 generation)
{
    Frame frame;
    frame.generation = generation;
    frame.image = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
    frame.image.setDevicePixelRatio(pixelRatio);
    QPainter p(&frame.image);
    frame.labelled = scene.paint(p);
    p.end();
    frame.labelRects = std::move(scene.labelRects);
    frame.labelText = std::move(scene.labelText);
    frame.labelSides = std::move(scene.labelSides);
    return frame;
}

QString GraphView::message() const
{
    if (!m_layoutError.isEmpty())
        return m_layoutError;
    return !m_hasLayout ? tr("Laying out…")
        : !m_graph.nodes.isEmpty() ? tr("Drawing…")
        : m_selection->hasPeriod() ? tr("No correspondents in this period")
                                   : tr("No correspondents to show");
}

void GraphView::paintMessage(QPainter& p)
{
    const QColor base = palette().color(QPalette::Base);
    const QColor text = palette().color(QPalette::Text);
    p.fillRect(rect(), base);
    p.setPen(QColor::fromRgbF(float(text.redF() * 0.6 + base.redF() * 0.4), float(text.greenF() * 0.6 + base.greenF() * 0.4),
        float(text.blueF() * 0.6 + base.blueF() * 0.4)));
    p.drawText(rect(), Qt::AlignCenter, message());
}

void GraphView::paintPreview(QPainter& p)
{
    // The last frame moved and scaled as the view was: world w sat at o0 + w s0 and is now at o1 + w s1.
    const QColor base = palette().color(QPalette::Base);
    p.fillRect(rect(), base);
    const double factor = m_graph.scale / m_sceneKey->geometry.scale;
    p.save();
    p.translate(m_graph.offset - m_sceneKey->geometry.offset * factor);
    p.scale(factor, factor);
    p.drawImage(QPointF(0, 0), m_scene);
    p.restore();
    // A dragged node follows the pointer at once, with its links as plain lines.
    if (m_dragging && m_pressRow >= 0 && m_pressRow < m_graph.nodes.size()) {
        p.setRenderHint(QPainter::Antialiasing);
        const QColor text = palette().color(QPalette::Text);
        QColor line = text;
        line.setAlphaF(0.45f);
        QList<QLineF> lines;
        for (const Edge& e : std::as_const(m_graph.edges))
            if (e.from == m_pressRow || e.to == m_pressRow)
                lines.append(QLineF(toWidget(m_graph.nodes.at(e.from).position), toWidget(m_graph.nodes.at(e.to).position)));
        // A hub's thousands of links stroked one by one would cost a frame; counted per pixel instead.
        if (lines.size() > 200) {
            p.drawImage(QPointF(0, 0), HairlineRaster::render(lines, size(), devicePixelRatioF(), line));
        } else {
            p.setPen(QPen(line, 1.0));
            p.drawLines(lines);
        }
        const Node& n = m_graph.nodes.at(m_pressRow);
        const double r = nodeRadius(n);
        p.setPen(QPen(text, 1.0));
        p.setBrush(palette().color(QPalette::Mid));
        if (n.kind == CorrespondentKind::Person)
            p.drawEllipse(toWidget(n.position), r, r);
        else
            p.drawRect(QRectF(toWidget(n.position) - QPointF(r, r) * 0.9, toWidget(n.position) + QPointF(r, r) * 0.9));
    }
}

void GraphView::gestureStepped()
{
    if (!m_sceneKey)
        return; // nothing painted yet to move: the next frame is painted in full
    m_moving = true;
    ++m_frameGeneration;
    m_settleTimer.start();
}

void GraphView::startSettledFrame()
{
    if (!m_moving)
        return;
    if (m_frameWatcher.isRunning()) {
        m_frameAgain = true; // one painting at a time: two cores are shared with the layout
        return;
    }
    m_frameAgain = false;
    const qreal ratio = devicePixelRatioF();
    m_frameKey = sceneKey(ratio);
    m_frameWatcher.setFuture(QtConcurrent::run(core::workPool(), &GraphView::paintFrame, snapshot(),
        (QSizeF(size()) * ratio).toSize(), ratio, m_frameGeneration));
}

void GraphView::onSettledFrameFinished()
{
    Frame frame = m_frameWatcher.result();
    const bool again = m_frameAgain;
    m_frameAgain = false;
    if (!m_moving)
        return; // already painted in full on the GUI thread
    // Painted for a view that has moved on since: dropped. The settle timer, if running, asks again.
    if (frame.generation != m_frameGeneration || m_frameKey != sceneKey(devicePixelRatioF())) {
        if (again || !m_settleTimer.isActive())
            startSettledFrame();
        return;
    }
    m_scene = std::move(frame.image);
    m_sceneKey = m_frameKey;
    m_labelled = std::move(frame.labelled);
    m_labelRects = std::move(frame.labelRects);
    m_graph.labelText = std::move(frame.labelText);
    m_graph.labelSides = std::move(frame.labelSides);
    m_moving = false;
    update();
    emit frameSettled();
}

void GraphView::paintEvent(QPaintEvent*)
{
    QPainter out(this);
    // The overlay is painted from the kept scene: its words in the view's font (larger when
    // presenting) and colours, as in the frame under it, not the application's.
    m_graph.palette = palette();
    m_graph.font = font();
    if (!m_hasLayout || m_graph.nodes.isEmpty()) {
        paintMessage(out);
        return;
    }
    // A frame is drawn once into an image and shown again until something it depends on changes:
    // a repaint for another widget's sake, a tooltip or an expose then costs one blit.
    const qreal ratio = out.device()->devicePixelRatioF();
    const QSize pixels = (QSizeF(size()) * ratio).toSize();
    SceneKey key = sceneKey(ratio);
    if (!m_sceneKey && paintsInBackground()) {
        // Nothing painted yet, and a large graph: its first frame comes from the pool.
        if (!m_moving || !m_frameWatcher.isRunning()) {
            m_moving = true;
            ++m_frameGeneration;
            startSettledFrame();
        }
        paintMessage(out);
        return;
    }
    if (m_sceneKey != key) {
        if (m_moving && m_sceneKey && m_scene.size() == pixels && m_sceneKey->pixelRatio == ratio) {
            paintPreview(out);
            graph().paintOverlay(out, m_running);
            return;
        }
        Frame frame = paintFrame(snapshot(), pixels, ratio, m_frameGeneration);
        m_scene = std::move(frame.image);
        m_labelled = std::move(frame.labelled);
        m_labelRects = std::move(frame.labelRects);
        m_graph.labelText = std::move(frame.labelText);
        m_graph.labelSides = std::move(frame.labelSides);
        m_sceneKey = std::move(key);
        if (m_moving) {
            m_moving = false;
            ++m_frameGeneration;
            m_settleTimer.stop();
            emit frameSettled();
        }
    }
    out.drawImage(QPointF(0, 0), m_scene);
    graph().paintOverlay(out, m_running);
}

} // namespace littoral::ui

namespace littoral::ui {

render::Figure GraphView::figure() const
{
    render::Figure figure;
    figure.caption = GraphScene::caption(m_selection->filter().describe());
    figure.size = size();
    GraphScene scene = snapshot();
    // The view as it stands, without what the pointer happens to rest on: the picked correspondent
    // stays in focus, a hovered one does not.
    scene.hovered = 0;
    scene.focus = m_graph.rowOf.contains(m_selection->correspondent()) ? m_selection->correspondent() : 0;
    if (!m_hasLayout || m_graph.nodes.isEmpty()) {
        figure.paint = [scene, text = message()](QPainter& p) { scene.paintMessage(p, text); };
        return figure;
    }
    figure.paint = [scene](QPainter& p) { scene.paintFigure(p); };
    return figure;
}

} // namespace littoral::ui
