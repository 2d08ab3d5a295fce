// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/graphview.h"

#include "core/models/selectionstate.h"
#include "core/workpool.h"
#include "ui/hairlineraster.h"
#include "ui/palette.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPainterPathStroker>
#include <QToolTip>
#include <QWheelEvent>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>

namespace littoral::ui {

using core::CorrespondentKind;
using core::GraphLayout;
using core::ParticipantRole;

namespace {

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
        float(a.blueF() * (1 - t) + b.blueF() * t));
}

QColor withAlpha(QColor c, double alpha)
{
    c.setAlphaF(float(std::clamp(alpha, 0.0, 1.0)));
    return c;
}

QPointF unit(QPointF v)
{
    const double length = std::sqrt(v.x() * v.x() + v.y() * v.y());
    return length < 1e-9 ? QPointF(1, 0) : v / length;
}

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double length2 = QPointF::dotProduct(ab, ab);
    const double t = length2 < 1e-12 ? 0.0 : std::clamp(QPointF::dotProduct(p - a, ab) / length2, 0.0, 1.0);
    const QPointF q = a + ab * t - p;
    return std::hypot(q.x(), q.y());
}

// Counted nouns in English until translations exist ("1 letter", "3 letters").
QString counted(int n, const QString& one, const QString& many)
{
    return (n == 1 ? one : many).arg(n);
}

double cross(QPointF o, QPointF a, QPointF b)
{
    return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
}

// Convex hull (Andrew's monotone chain); two points give a segment.
QPolygonF convexHull(QList<QPointF> points)
{
    std::sort(points.begin(), points.end(), [](QPointF a, QPointF b) { return a.x() < b.x() || (a.x() == b.x() && a.y() < b.y()); });
    if (points.size() < 3)
        return QPolygonF(points);
    QList<QPointF> hull(2 * points.size());
    qsizetype k = 0;
    for (qsizetype i = 0; i < points.size(); ++i) {
        while (k >= 2 && cross(hull[k - 2], hull[k - 1], points[i]) <= 0)
            --k;
        hull[k++] = points[i];
    }
    for (qsizetype i = points.size() - 1, t = k + 1; i > 0; --i) {
        while (k >= t && cross(hull[k - 2], hull[k - 1], points[i - 1]) <= 0)
            --k;
        hull[k++] = points[i - 1];
    }
    hull.resize(k - 1);
    return QPolygonF(hull);
}

QPointF onQuad(const QPointF& a, const QPointF& c, const QPointF& b, double t)
{
    return a * ((1 - t) * (1 - t)) + c * (2 * (1 - t) * t) + b * (t * t);
}

// Occupied rectangles bucketed on a coarse grid: label placement stays linear in the label count.
class Occupancy final {
public:
    explicit Occupancy(double cell)
        : m_cell(cell)
    {
    }
    // Whether `r` meets an added rectangle other than those added with id `except`.
    bool intersects(const QRectF& r, int except = -1) const
    {
        bool hit = false;
        visit(r, [&](quint64 key) {
            const auto it = m_cells.constFind(key);
            if (it == m_cells.cend())
                return;
            for (const auto& [other, id] : *it)
                if ((except < 0 || id != except) && other.intersects(r))
                    hit = true;
        });
        return hit;
    }
    void add(const QRectF& r, int id = -1)
    {
        visit(r, [&](quint64 key) { m_cells[key].append({ r, id }); });
    }

private:
    template <typename F>
    void visit(const QRectF& r, F f) const
    {
        const int x0 = int(std::floor(r.left() / m_cell)), x1 = int(std::floor(r.right() / m_cell));
        const int y0 = int(std::floor(r.top() / m_cell)), y1 = int(std::floor(r.bottom() / m_cell));
        for (int x = x0; x <= x1; ++x)
            for (int y = y0; y <= y1; ++y)
                f((quint64(quint32(x)) << 32) | quint32(y));
    }
    double m_cell;
    QHash<quint64, QList<std::pair<QRectF, int>>> m_cells;
};

} // namespace

GraphView::GraphView(core::SelectionState* selection, QWidget* parent)
    : QWidget(parent)
    , m_selection(selection)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Correspondence graph"));
    m_em = QFontMetricsF(font()).height();
    connect(&m_watcher, &QFutureWatcher<Job>::finished, this, &GraphView::onLayoutFinished);
    connect(m_selection, &core::SelectionState::corpusChanged, this, &GraphView::onCorpusChanged);
    connect(m_selection, &core::SelectionState::corpusCompleted, this, &GraphView::onCorpusChanged);
    connect(m_selection, &core::SelectionState::filterChanged, this, &GraphView::onFilterChanged);
    connect(m_selection, &core::SelectionState::hoveredCorrespondentChanged, this, qOverload<>(&GraphView::update));
    connect(m_selection, &core::SelectionState::currentDocumentChanged, this, qOverload<>(&GraphView::update));
    onCorpusChanged();
}

GraphView::~GraphView()
{
    // The job holds its own copy of the corpus: nothing to wait for, only results to ignore.
    m_watcher.disconnect(this);
}

QPointF GraphView::nodePosition(qint64 id) const
{
    const auto it = m_row.constFind(id);
    return it == m_row.cend() ? QPointF() : toWidget(m_nodes.at(*it).position);
}

bool GraphView::hasEdge(qint64 from, qint64 to) const
{
    const int a = m_row.value(from, -1), b = m_row.value(to, -1);
    return std::any_of(m_edges.cbegin(), m_edges.cend(), [&](const Edge& e) { return e.from == a && e.to == b; });
}

qint64 GraphView::nodeAt(QPointF position) const
{
    const int row = rowAt(position);
    return row < 0 ? 0 : m_nodes.at(row).id;
}

void GraphView::onCorpusChanged()
{
    m_remembered.clear();
    m_pinned.clear();
    m_nodes.clear();
    m_edges.clear();
    m_cosignatories.clear();
    m_row.clear();
    m_labelText.clear();
    m_hasLayout = false;
    m_userView = false;
    m_hovered = 0;
    ++m_geometryVersion;
    requestLayout();
}

void GraphView::onFilterChanged()
{
    // Only the period reshapes the graph; a picked node or edge, or a search, only highlights, so
    // clicking a node never collapses the graph under the pointer.
    if (m_selection->periodFrom() != m_layoutFrom || m_selection->periodTo() != m_layoutTo)
        requestLayout();
    updateSearchNodes();
    update();
}

void GraphView::updateSearchNodes()
{
    m_searchNodes.clear();
    ++m_searchVersion;
    if (!m_selection->hasSearch())
        return;
    const core::CorpusIndex& corpus = m_selection->corpus();
    for (const core::DocumentSummary& d : corpus.documents()) {
        if (!m_selection->isSearchHit(d.id))
            continue;
        for (const core::Participation& p : corpus.participationsOf(d.id))
            if (p.role != ParticipantRole::Mentioned)
                m_searchNodes.insert(p.correspondentId);
    }
}

void GraphView::requestLayout()
{
    m_layoutFrom = m_selection->periodFrom();
    m_layoutTo = m_selection->periodTo();
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
    m_watcher.setFuture(QtConcurrent::run(core::workPool(), [corpus, from, to, previous = m_remembered, pinned = m_pinned] {
        Job job;
        // The period filter of SelectionState::accepts, without its correspondent, edge and
        // search filters: those highlight in the graph instead of removing nodes.
        job.graph = corpus->graph([&](qint64 id) { return corpus->inPeriod(id, from, to); });
        job.layout = GraphLayout::compute(job.graph, previous, pinned);
        return job;
    }));
    update();
}

void GraphView::onLayoutFinished()
{
    const Job job = m_watcher.result();
    if (!job.layout) {
        m_layoutError = job.layout.error().detail;
    } else {
        m_layoutError.clear();
        m_nodes.clear();
        m_edges.clear();
        m_cosignatories.clear();
        m_row.clear();
        m_maxDocuments = 1;
        for (const core::GraphNode& n : job.graph.nodes) {
            m_row.insert(n.id, int(m_nodes.size()));
            m_nodes.append({ n.id, n.kind, n.name, n.documents, 0, job.layout->position(n.id) });
            m_maxDocuments = std::max(m_maxDocuments, n.documents);
            m_remembered.insert(n.id, job.layout->position(n.id));
        }
        for (const core::GraphEdge& e : job.graph.edges) {
            const int from = m_row.value(e.from, -1), to = m_row.value(e.to, -1);
            if (from < 0 || to < 0 || from == to)
                continue;
            m_edges.append({ from, to, e.role, e.documents });
            ++m_nodes[from].degree;
            ++m_nodes[to].degree;
        }
        QSet<QList<int>> seen;
        for (const QList<qint64>& group : job.graph.cosignatories) {
            QList<int> rows;
            for (const qint64 id : group)
                if (m_row.contains(id))
                    rows.append(m_row.value(id));
            std::sort(rows.begin(), rows.end());
            rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
            if (rows.size() > 1 && !seen.contains(rows)) {
                seen.insert(rows);
                m_cosignatories.append(rows);
            }
        }
        m_pinned.intersect(QSet<qint64>(m_row.keyBegin(), m_row.keyEnd()));
        m_labelText.clear();
        m_hasLayout = true;
        ++m_geometryVersion;
        if (!m_userView)
            fitToView();
    }
    updateSearchNodes();
    if (m_pending) {
        startLayout(); // superseded while running: show this one, lay out the latest
    } else {
        m_running = false;
        update();
        emit layoutFinished();
    }
}

double GraphView::nodeRadius(const Node& node) const
{
    const double em = m_em;
    // Crowded views get smaller marks for the many small correspondents; zooming in gives size back.
    const double room = std::sqrt(double(width()) * height() / std::max<qsizetype>(1, m_nodes.size()));
    const double crowding = std::clamp(room / (4.0 * em), 0.3, 1.0);
    const double zoom = std::clamp(std::sqrt(m_scale * GraphLayout::BoxSize / std::max(1, std::min(width(), height()))), 0.7, 2.5);
    const double share = m_maxDocuments > 1 ? std::sqrt(double(node.documents - 1) / double(m_maxDocuments - 1)) : 0.0;
    return std::max(2.5, (0.32 * em * crowding + 0.8 * em * share) * zoom);
}

GraphView::EdgeGeometry GraphView::edgeGeometry(const Edge& edge) const
{
    const Node& a = m_nodes.at(edge.from);
    const Node& b = m_nodes.at(edge.to);
    const QPointF pa = toWidget(a.position), pb = toWidget(b.position);
    const QPointF d = pb - pa;
    const QPointF normal(-d.y(), d.x());
    // Bent to the right of its direction: A→B and B→A stay apart; a copy bends further than a letter.
    const double bend = edge.role == ParticipantRole::Cc ? 0.22 : 0.10;
    const QPointF control = (pa + pb) / 2 + normal * bend;
    const QPointF start = pa + unit(control - pa) * nodeRadius(a);
    const QPointF end = pb - unit(pb - control) * (nodeRadius(b) + 1.5);
    return { start, control, end };
}

GraphView::GeometryKey GraphView::geometryKey() const
{
    return { m_geometryVersion, m_scale, m_offset, size(), m_em };
}

void GraphView::ensureHitIndex() const
{
    const GeometryKey key = geometryKey();
    if (m_hitKey == key)
        return;
    m_hitKey = key;
    // Only what can be under the pointer: the widget and a margin for the reach and the tolerance.
    const QRectF bounds = QRectF(rect()).adjusted(-8, -8, 8, 8);
    m_hitIndex.reset(bounds, std::max(16.0, 2 * m_em));
    for (int i = 0; i < m_nodes.size(); ++i) {
        const QPointF c = toWidget(m_nodes.at(i).position);
        const double reach = std::max(nodeRadius(m_nodes.at(i)) + 2.0, 6.0);
        if (bounds.intersects(QRectF(c - QPointF(reach, reach), c + QPointF(reach, reach))))
            m_hitIndex.addDisc(i, c, reach);
    }
    QPolygonF points(13);
    for (int i = 0; i < m_edges.size(); ++i) {
        const EdgeGeometry g = edgeGeometry(m_edges.at(i));
        const QRectF box = QRectF(g.start, g.end).normalized().united(QRectF(g.control, QSizeF(1e-9, 1e-9)));
        if (!box.adjusted(-8, -8, 8, 8).intersects(bounds))
            continue; // a quadratic curve stays inside the box of its three points
        points[0] = g.start;
        for (int k = 1; k <= 12; ++k)
            points[k] = onQuad(g.start, g.control, g.end, k / 12.0);
        m_hitIndex.addPolyline(i, points);
    }
}

int GraphView::rowAt(QPointF position) const
{
    ensureHitIndex();
    if (m_hitIndex.covers(position))
        return m_hitIndex.discAt(position);
    // Outside the widget (never the pointer): the plain scan.
    int best = -1;
    double bestDistance = 0.0;
    for (int i = int(m_nodes.size()) - 1; i >= 0; --i) {
        const QPointF d = toWidget(m_nodes.at(i).position) - position;
        const double distance = std::hypot(d.x(), d.y());
        const double reach = std::max(nodeRadius(m_nodes.at(i)) + 2.0, 6.0);
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
        return m_hitIndex.polylineAt(position, Tolerance);
    int best = -1;
    double bestDistance = Tolerance;
    for (int i = 0; i < m_edges.size(); ++i) {
        const EdgeGeometry g = edgeGeometry(m_edges.at(i));
        QPointF previous = g.start;
        for (int k = 1; k <= 12; ++k) {
            const QPointF next = onQuad(g.start, g.control, g.end, k / 12.0);
            const double distance = distanceToSegment(position, previous, next);
            if (distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
            previous = next;
        }
    }
    return best;
}

qint64 GraphView::focusedNode() const
{
    if (m_hovered != 0)
        return m_hovered;
    if (m_selection->hoveredCorrespondent() != 0 && m_row.contains(m_selection->hoveredCorrespondent()))
        return m_selection->hoveredCorrespondent();
    return m_row.contains(m_selection->correspondent()) ? m_selection->correspondent() : 0;
}

void GraphView::fitToView()
{
    m_userView = false;
    if (m_nodes.isEmpty() || width() <= 0 || height() <= 0) {
        m_scale = std::min(width(), height()) / GraphLayout::BoxSize;
        m_offset = QPointF(width(), height()) / 2 - GraphLayout::box().center() * m_scale;
        update();
        return;
    }
    QRectF extent(m_nodes.first().position, QSizeF(0, 0));
    for (const Node& n : std::as_const(m_nodes))
        extent = extent.united(QRectF(n.position, QSizeF(1e-9, 1e-9)));
    const double em = fontMetrics().height();
    // Room for the largest marks and their labels at the sides, and for the legend below.
    const QRectF room = QRectF(rect()).adjusted(3.5 * em, 2.0 * em, -3.5 * em, -3.2 * em);
    const double span = std::max(extent.width(), extent.height());
    if (span < 1e-6) {
        m_scale = std::min(width(), height()) / GraphLayout::BoxSize;
    } else {
        m_scale = std::min(room.width() / std::max(extent.width(), span * 0.05),
            room.height() / std::max(extent.height(), span * 0.05));
    }
    m_offset = room.center() - extent.center() * m_scale;
    update();
}

void GraphView::zoomAround(QPointF anchor, double factor)
{
    const QPointF world = toWorld(anchor);
    m_scale = std::clamp(m_scale * factor, 0.02, 200.0);
    m_offset = anchor - world * m_scale;
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
    return QStringLiteral("<b>%1</b><br>%2 · %3")
        .arg(node.name.toHtmlEscaped(), kind, counted(node.documents, tr("%1 document"), tr("%1 documents")));
}

QString GraphView::edgeToolTip(const Edge& edge) const
{
    const QString role = edge.role == ParticipantRole::Cc ? tr("cc") : tr("to");
    return QStringLiteral("%1 → %2 (%3): %4")
        .arg(m_nodes.at(edge.from).name.toHtmlEscaped(), m_nodes.at(edge.to).name.toHtmlEscaped(), role,
            counted(int(edge.documents.size()), tr("%1 letter"), tr("%1 letters")));
}

bool GraphView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int row = rowAt(help->pos());
        if (row >= 0) {
            QToolTip::showText(help->globalPos(), nodeToolTip(m_nodes.at(row)), this);
        } else if (const int edge = edgeAt(help->pos()); edge >= 0) {
            QToolTip::showText(help->globalPos(), edgeToolTip(m_edges.at(edge)), this);
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
    m_dragging = m_panning = false;
}

void GraphView::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF position = event->position();
    if (event->buttons() & Qt::LeftButton) {
        const QPointF moved = position - m_pressPosition;
        if (!m_dragging && !m_panning && std::hypot(moved.x(), moved.y()) >= QApplication::startDragDistance()) {
            m_dragging = m_pressRow >= 0;
            m_panning = m_pressRow < 0;
        }
        if (m_dragging) {
            Node& node = m_nodes[m_pressRow];
            node.position += (position - m_lastPosition) / m_scale;
            m_remembered.insert(node.id, node.position);
            m_pinned.insert(node.id);
            ++m_geometryVersion;
            setCursor(Qt::ClosedHandCursor);
        } else if (m_panning) {
            m_offset += position - m_lastPosition;
            m_userView = true;
            setCursor(Qt::ClosedHandCursor);
        }
        m_lastPosition = position;
        update();
        return;
    }
    const int row = rowAt(position);
    const qint64 hovered = row < 0 ? 0 : m_nodes.at(row).id;
    setCursor(row >= 0 || edgeAt(position) >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
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
    m_dragging = m_panning = false;
    unsetCursor();
    if (wasDrag)
        return;
    const int row = rowAt(event->position());
    if (row >= 0) {
        const qint64 id = m_nodes.at(row).id;
        m_selection->setCorrespondent(m_selection->correspondent() == id ? 0 : id);
    } else if (const int edge = edgeAt(event->position()); edge >= 0) {
        const QList<qint64>& documents = m_edges.at(edge).documents;
        m_selection->setEdgeDocuments(QSet<qint64>(documents.cbegin(), documents.cend()));
    } else {
        m_selection->setCorrespondent(0);
    }
}

void GraphView::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0.0)
        return QWidget::wheelEvent(event);
    zoomAround(event->position(), std::pow(1.2, steps));
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
    default:
        QWidget::keyPressEvent(event);
    }
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
        m_em = QFontMetricsF(font()).height();
        m_labelText.clear();
        update();
    } else if (event->type() == QEvent::PaletteChange) {
        update();
    }
}

void GraphView::paintEvent(QPaintEvent*)
{
    QPainter out(this);
    if (!m_hasLayout || m_nodes.isEmpty()) {
        paintScene(out);
        return;
    }
    // A frame is drawn once into an image and shown again until something it depends on changes:
    // a repaint for another widget's sake, a tooltip or an expose then costs one blit.
    const qreal ratio = out.device()->devicePixelRatioF();
    SceneKey key { geometryKey(), ratio, focusedNode(), m_selection->correspondent(), m_hovered,
        m_selection->currentDocument(), m_selection->edgeDocuments(), m_searchVersion, m_running, m_layoutError,
        qint64(palette().cacheKey()), font().key() };
    const QSize pixels = (QSizeF(size()) * ratio).toSize();
    if (m_sceneKey != key || m_scene.size() != pixels) {
        if (m_scene.size() != pixels)
            m_scene = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
        m_scene.setDevicePixelRatio(ratio);
        QPainter p(&m_scene);
        paintScene(p);
        m_sceneKey = std::move(key);
    }
    out.drawImage(QPointF(0, 0), m_scene);
}

void GraphView::paintScene(QPainter& p)
{
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const bool dark = base.lightnessF() < 0.5;
    const QColor selectionColour = dark ? QColor(Qt::white) : Palette::selection();
    p.fillRect(rect(), base);
    const QFontMetricsF fm(font());
    const double em = fm.height();

    if (!m_hasLayout || m_nodes.isEmpty()) {
        p.setPen(mix(text, base, 0.4));
        QString message = m_layoutError;
        if (message.isEmpty())
            message = !m_hasLayout ? tr("Laying out…")
                : m_selection->hasPeriod() ? tr("No correspondents in this period")
                                           : tr("No correspondents to show");
        p.drawText(rect(), Qt::AlignCenter, message);
        return;
    }

    // What is in focus: a hovered or picked node and its neighbours, or the picked edge's letters.
    const qint64 focus = focusedNode();
    QSet<int> focusRows;
    QList<bool> focusEdge(m_edges.size(), false);
    if (focus != 0) {
        const int row = m_row.value(focus);
        focusRows.insert(row);
        for (int i = 0; i < m_edges.size(); ++i) {
            if (m_edges.at(i).from == row || m_edges.at(i).to == row) {
                focusEdge[i] = true;
                focusRows.insert(m_edges.at(i).from);
                focusRows.insert(m_edges.at(i).to);
            }
        }
    } else if (!m_selection->edgeDocuments().isEmpty()) {
        for (int i = 0; i < m_edges.size(); ++i) {
            const QList<qint64>& documents = m_edges.at(i).documents;
            if (std::all_of(documents.cbegin(), documents.cend(), [&](qint64 d) { return m_selection->edgeDocuments().contains(d); })) {
                focusEdge[i] = true;
                focusRows.insert(m_edges.at(i).from);
                focusRows.insert(m_edges.at(i).to);
            }
        }
    }
    const bool focusing = !focusRows.isEmpty();
    // Participants of the document open in the reader, by their role in it.
    QHash<qint64, ParticipantRole> current;
    if (m_selection->currentDocument() != 0) {
        for (const core::Participation& part : m_selection->corpus().participationsOf(m_selection->currentDocument()))
            if (part.role != ParticipantRole::Mentioned && !current.contains(part.correspondentId))
                current.insert(part.correspondentId, part.role);
    }

    // Level of detail: many nodes seen from afar get thinner, fainter edges and fewer labels.
    const double zoomedIn = m_scale * GraphLayout::BoxSize / std::max(1, std::min(width(), height()));
    const double crowd = std::clamp(std::sqrt(120.0 / std::max<qsizetype>(1, m_edges.size())) * std::sqrt(zoomedIn), 0.15, 1.0);
    const QColor edgeColour = withAlpha(mix(base, text, 0.6), 0.12 + 0.6 * crowd);
    const QColor fadedEdge = withAlpha(mix(base, text, 0.55), 0.07);
    const auto edgeWidth = [&](const Edge& e) {
        return std::min(1.0 + 1.4 * std::log2(double(e.documents.size())), 7.0) * (0.55 + 0.45 * crowd);
    };

    // Co-signatories: a soft shared halo around the names that signed one letter together. In a
    // crowded view only the groups around the focus, or the halos would cover everything.
    const bool crowded = m_nodes.size() > 150;
    if (!m_cosignatories.isEmpty()) {
        QPainterPath halos;
        halos.setFillRule(Qt::WindingFill);
        QList<QLineF> threads;
        for (const QList<int>& group : std::as_const(m_cosignatories)) {
            if (crowded && !std::any_of(group.cbegin(), group.cend(), [&](int row) { return focusRows.contains(row); }))
                continue;
            QList<QPointF> points;
            double widest = 0.0;
            for (const int row : group) {
                points.append(toWidget(m_nodes.at(row).position));
                widest = std::max(widest, nodeRadius(m_nodes.at(row)));
            }
            const QPolygonF hull = convexHull(points);
            // A hull that would take in someone who did not sign says the wrong thing: then each
            // signer gets a halo of its own.
            bool honest = true;
            if (hull.size() > 2) {
                const QRectF box = hull.boundingRect();
                for (int row = 0; row < m_nodes.size() && honest; ++row) {
                    const QPointF c = toWidget(m_nodes.at(row).position);
                    honest = group.contains(row) || !box.contains(c) || !hull.containsPoint(c, Qt::OddEvenFill);
                }
            }
            // Likewise a pair far apart: a long band across the picture would read as a path.
            if (hull.size() == 2) {
                const QPointF d = hull.at(1) - hull.at(0);
                honest = std::hypot(d.x(), d.y()) < 8 * em;
            }
            if (!honest) {
                for (qsizetype k = 0; k < points.size(); ++k) {
                    const double r = nodeRadius(m_nodes.at(group.at(k))) + 0.35 * em;
                    halos.addEllipse(points.at(k), r, r);
                }
                // A few signers far apart are still tied, by a dotted thread.
                if (points.size() <= 3)
                    for (qsizetype k = 1; k < points.size(); ++k)
                        threads.append(QLineF(points.at(k - 1), points.at(k)));
                continue;
            }
            QPainterPath outline;
            outline.addPolygon(hull);
            if (hull.size() > 2)
                outline.closeSubpath();
            QPainterPathStroker stroker;
            stroker.setWidth(2 * widest + 0.7 * em);
            stroker.setCapStyle(Qt::RoundCap);
            stroker.setJoinStyle(Qt::RoundJoin);
            halos.addPath(stroker.createStroke(outline));
            if (hull.size() > 2)
                halos.addPolygon(hull);
        }
        p.setPen(Qt::NoPen);
        // Opaque, blended with the background: overlapping halos do not stack into darker blots.
        p.setBrush(mix(base, Palette::role(ParticipantRole::Sender), dark ? 0.30 : 0.16));
        p.drawPath(halos);
        if (!threads.isEmpty()) {
            QPen thread(mix(base, Palette::role(ParticipantRole::Sender), 0.6), 1.5, Qt::DotLine, Qt::RoundCap);
            p.setPen(thread);
            p.drawLines(threads);
        }
    }

    // Edges, batched by look; the focused ones drawn last, in their role colour.
    struct Batch {
        QPainterPath lines;
        QPainterPath heads;
    };
    QHash<int, Batch> batches; // by width in tenths of a pixel × 4 + cc × 2 + faded
    QList<int> highlighted;
    const double headSize = std::max(0.28 * em * std::sqrt(crowd), 4.0);
    const auto addEdge = [&](QPainterPath& lines, QPainterPath& heads, const Edge& e, double width) {
        const EdgeGeometry g = edgeGeometry(e);
        const QPointF direction = unit(g.end - g.control);
        const QPointF normal(-direction.y(), direction.x());
        const double size = headSize + width;
        const QPointF tip = g.end;
        const QPointF back = tip - direction * size;
        lines.moveTo(g.start);
        lines.quadTo(g.control, back + direction * (0.3 * size));
        heads.moveTo(tip);
        heads.lineTo(back + normal * (0.5 * size));
        heads.lineTo(back - normal * (0.5 * size));
        heads.closeSubpath();
    };
    // Level of detail: edges outside the view are skipped, and in a crowded view (thousands of links,
    // where single curves cannot be told apart) the rest are drawn as one batch of plain hairlines:
    // stroking 20,000 antialiased dashed curves takes a second a frame. Highlighted links keep full detail.
    constexpr qsizetype kDetailedEdgeLimit = 1500;
    const QRectF viewRect = QRectF(rect()).adjusted(-2 * em, -2 * em, 2 * em, 2 * em);
    int onScreen = 0;
    QList<bool> visible(m_edges.size(), false);
    QList<EdgeGeometry> geometry(m_edges.size());
    for (int i = 0; i < m_edges.size(); ++i) {
        const EdgeGeometry& g = geometry[i] = edgeGeometry(m_edges.at(i));
        const QRectF box = QRectF(g.start, g.end).normalized().united(QRectF(g.control, QSizeF(1, 1)));
        visible[i] = box.intersects(viewRect);
        onScreen += visible[i];
    }
    const bool coarse = onScreen > kDetailedEdgeLimit;
    QList<QLineF> hairlines[2]; // [faded]
    for (int i = 0; i < m_edges.size(); ++i) {
        const Edge& e = m_edges.at(i);
        if (focusEdge[i]) {
            highlighted.append(i);
            continue;
        }
        if (!visible[i])
            continue;
        if (coarse) {
            hairlines[focusing ? 1 : 0].append(QLineF(geometry.at(i).start, geometry.at(i).end));
            continue;
        }
        const double width = edgeWidth(e);
        Batch& batch = batches[int(std::lround(width * 10)) * 4 + (e.role == ParticipantRole::Cc ? 2 : 0) + (focusing ? 1 : 0)];
        addEdge(batch.lines, batch.heads, e, width);
    }
    if (coarse) {
        // One pixel wide at any zoom, counted per pixel rather than stroked one by one.
        const qreal ratio = p.device()->devicePixelRatioF();
        for (const int faded : { 0, 1 })
            if (!hairlines[faded].isEmpty())
                p.drawImage(QPointF(0, 0), HairlineRaster::render(hairlines[faded], size(), ratio, faded ? fadedEdge : edgeColour));
    }
    for (auto it = batches.cbegin(); it != batches.cend(); ++it) {
        const bool cc = it.key() & 2, faded = it.key() & 1;
        const double tenths = it.key() / 4;
        const QColor colour = faded ? fadedEdge : edgeColour;
        QPen pen(colour, tenths / 10.0, cc ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap);
        if (cc)
            pen.setDashPattern({ 4.0, 3.0 });
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawPath(it->lines);
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawPath(it->heads);
    }
    for (const int i : std::as_const(highlighted)) {
        const Edge& e = m_edges.at(i);
        const double width = edgeWidth(e) / (0.55 + 0.45 * crowd) + 1.0;
        QPainterPath lines, heads;
        addEdge(lines, heads, e, width);
        const QColor colour = Palette::role(e.role);
        QPen pen(colour, width, e.role == ParticipantRole::Cc ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap);
        if (e.role == ParticipantRole::Cc)
            pen.setDashPattern({ 4.0, 3.0 });
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawPath(lines);
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawPath(heads);
    }

    // Nodes: persons round, organisations square; fill by kind in neutral greys.
    const QColor personFill = mix(base, text, dark ? 0.45 : 0.30);
    const QColor organisationFill = mix(base, text, dark ? 0.70 : 0.55);
    const QColor rim = mix(base, text, 0.85);
    const qint64 picked = m_selection->correspondent();
    const auto shape = [&](const Node& n, double r) {
        QPainterPath path;
        const QPointF c = toWidget(n.position);
        if (n.kind == CorrespondentKind::Person)
            path.addEllipse(c, r, r);
        else
            path.addRoundedRect(QRectF(c - QPointF(r, r) * 0.9, c + QPointF(r, r) * 0.9), r * 0.3, r * 0.3);
        return path;
    };
    // Level of detail for nodes: those out of view are skipped, and the plain small ones (no ring,
    // no search hit, not picked) are drawn first in a few batches of one pen and one brush each;
    // the rest smallest first, so that the busiest correspondents stay on top.
    QList<double> radius(m_nodes.size());
    QList<QPointF> centre(m_nodes.size());
    QList<bool> onScreenNode(m_nodes.size());
    const QRectF nodeView = QRectF(rect()).adjusted(-em, -em, em, em);
    for (int i = 0; i < m_nodes.size(); ++i) {
        radius[i] = nodeRadius(m_nodes.at(i));
        centre[i] = toWidget(m_nodes.at(i).position);
        const double reach = radius[i] + std::max(3.0, 0.2 * em);
        onScreenNode[i] = nodeView.intersects(QRectF(centre[i] - QPointF(reach, reach), centre[i] + QPointF(reach, reach)));
    }
    const double smallMark = 0.45 * em;
    QList<int> batched[2][2]; // [organisation][faded]
    QList<int> order;
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (!onScreenNode[i])
            continue;
        const Node& n = m_nodes.at(i);
        const bool plain = radius[i] < smallMark && n.id != picked && !current.contains(n.id) && !m_searchNodes.contains(n.id);
        if (plain)
            batched[n.kind == CorrespondentKind::Person ? 0 : 1][focusing && !focusRows.contains(i) ? 1 : 0].append(i);
        else
            order.append(i);
    }
    // Each small mark is stamped from a sprite drawn once per shape and size (to a quarter pixel).
    const qreal pixelRatio = p.device()->devicePixelRatioF();
    QHash<int, QImage> sprites;
    const auto sprite = [&](int organisation, double r) -> const QImage& {
        const int quarters = int(std::lround(r * 4));
        const int key = quarters * 2 + organisation;
        auto it = sprites.find(key);
        if (it != sprites.end())
            return *it;
        const double q = quarters / 4.0;
        const int side = int(std::ceil(2 * q + 3));
        QImage image(QSize(side, side) * pixelRatio, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(pixelRatio);
        image.fill(Qt::transparent);
        QPainter stamp(&image);
        stamp.setRenderHint(QPainter::Antialiasing);
        stamp.setPen(QPen(withAlpha(rim, 0.9), 1.0));
        stamp.setBrush(organisation ? organisationFill : personFill);
        const QPointF middle(side / 2.0, side / 2.0);
        if (organisation)
            stamp.drawRect(QRectF(middle - QPointF(q, q) * 0.9, middle + QPointF(q, q) * 0.9));
        else
            stamp.drawEllipse(middle, q, q);
        stamp.end();
        return *sprites.insert(key, image);
    };
    for (const int faded : { 1, 0 }) {
        p.setOpacity(faded ? 0.25 : 1.0);
        for (const int organisation : { 0, 1 }) {
            for (const int i : std::as_const(batched[organisation][faded])) {
                const QImage& image = sprite(organisation, radius[i]);
                const double half = image.width() / pixelRatio / 2.0;
                p.drawImage(QPointF(std::round(centre[i].x() - half), std::round(centre[i].y() - half)), image);
            }
        }
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return m_nodes.at(a).documents < m_nodes.at(b).documents; });
    for (const int i : std::as_const(order)) {
        const Node& n = m_nodes.at(i);
        const double r = radius[i];
        const bool faded = focusing && !focusRows.contains(i);
        p.setOpacity(faded ? 0.25 : 1.0);
        const QPainterPath path = shape(n, r);
        if (const auto role = current.constFind(n.id); role != current.cend()) {
            p.setPen(QPen(Palette::role(*role), std::max(3.0, 0.2 * em)));
            p.setBrush(Qt::NoBrush);
            p.drawPath(shape(n, r + std::max(3.0, 0.2 * em)));
        }
        const bool hit = m_searchNodes.contains(n.id);
        p.setBrush(hit ? Palette::searchHit() : n.kind == CorrespondentKind::Person ? personFill : organisationFill);
        if (n.id == picked)
            p.setPen(QPen(selectionColour, std::max(2.5, 0.16 * em)));
        else
            p.setPen(QPen(hit ? mix(Palette::searchHit(), text, 0.6) : withAlpha(rim, 0.9), 1.0));
        p.drawPath(path);
    }
    p.setOpacity(1.0);

    // Labels: the busiest first; one that would overlap an earlier label is skipped, except for the
    // hovered, picked and current ones, which always show.
    // Only the node a person points at or picked forces its label; the current document's correspondents
    // (26 co-signatories for one open letter) come first but still give way where labels would collide.
    const auto forced = [&](const Node& n) { return n.id == focus || n.id == picked || n.id == m_hovered; };
    // A label sits beside its mark, inside the view: nodes farther out than the widest label cannot get
    // one (a forced one is drawn anyway). The order's keys are worked out once, not in every comparison.
    const double maxLabel = 14 * em;
    const QRectF labelReach = QRectF(rect()).adjusted(-2 * maxLabel, -2 * em, 2 * maxLabel, 2 * em);
    struct LabelRank {
        int row;
        int flags; // forced, current, in focus, search hit: higher first
        int busy;
    };
    QList<LabelRank> ranks;
    for (int i = 0; i < m_nodes.size(); ++i) {
        const Node& n = m_nodes.at(i);
        const bool must = forced(n);
        if (!must && !labelReach.contains(centre[i]))
            continue;
        const int flags = (must ? 8 : 0) + (current.contains(n.id) ? 4 : 0) + (focusing && focusRows.contains(i) ? 2 : 0)
            + (m_searchNodes.contains(n.id) ? 1 : 0);
        ranks.append({ i, flags, n.documents + n.degree });
    }
    std::stable_sort(ranks.begin(), ranks.end(),
        [](const LabelRank& a, const LabelRank& b) { return a.flags != b.flags ? a.flags > b.flags : a.busy > b.busy; });
    // Seen from afar a crowded graph names only its busiest correspondents; zooming in names more.
    const int budget = crowded ? std::max(12, int(18 * zoomedIn * zoomedIn))
                               : std::max(8, int(width() * height() / (em * em * 30.0)));
    Occupancy occupied(4 * em);
    const QRectF viewport = QRectF(rect()).adjusted(2, 2, -2, -2);
    // Marks are obstacles too: a label never covers a node it does not name.
    QList<QRectF> markRects(m_nodes.size());
    for (int i = 0; i < m_nodes.size(); ++i) {
        const double r = radius[i];
        markRects[i] = QRectF(centre[i] - QPointF(r, r), QSizeF(2 * r, 2 * r));
    }
    // In a crowded view only the big marks (the busiest correspondents) keep labels off.
    const auto obstacle = [&](int row) { return !crowded || markRects.at(row).width() > 0.9 * em; };
    Occupancy marks(4 * em);
    for (int i = 0; i < m_nodes.size(); ++i)
        if (onScreenNode[i] && obstacle(i))
            marks.add(markRects.at(i).adjusted(1, 1, -1, -1), i);
    int drawn = 0;
    // Past the busiest few hundred candidates that found no room, the rest would not either.
    int attempts = 0;
    const int maxAttempts = 30 * budget + 300;
    m_labelled.clear();
    QFont bold = font();
    bold.setBold(true);
    for (const LabelRank& rank : std::as_const(ranks)) {
        const int i = rank.row;
        const Node& n = m_nodes.at(i);
        const bool must = forced(n);
        if (!must && (drawn >= budget || attempts >= maxAttempts || (focusing && !focusRows.contains(i))))
            continue;
        ++attempts;
        const QFont& labelFont = must ? bold : font();
        const QFontMetricsF lfm(labelFont);
        // Elided in the middle: "Association d’aide … de Calais" keeps what tells two names apart.
        // Shaping text is the dear part of a label: the plain ones are kept from frame to frame.
        QString label;
        double advance = 0.0;
        if (must) {
            label = lfm.elidedText(n.name, Qt::ElideMiddle, 2 * maxLabel);
            advance = lfm.horizontalAdvance(label);
        } else {
            auto cached = m_labelText.constFind(i);
            if (cached == m_labelText.cend()) {
                const QString elided = lfm.elidedText(n.name, Qt::ElideMiddle, maxLabel);
                cached = m_labelText.insert(i, { elided, lfm.horizontalAdvance(elided) });
            }
            label = cached->first;
            advance = cached->second;
        }
        const QSizeF size(advance + 0.5 * em, lfm.height() + 0.1 * em);
        const QPointF c = centre[i];
        const double r = radius[i];
        const QRectF candidates[] = {
            QRectF(QPointF(c.x() + r + 0.15 * em, c.y() - size.height() / 2), size),
            QRectF(QPointF(c.x() - size.width() / 2, c.y() + r + 0.1 * em), size),
            QRectF(QPointF(c.x() - r - 0.15 * em - size.width(), c.y() - size.height() / 2), size),
            QRectF(QPointF(c.x() - size.width() / 2, c.y() - r - 0.1 * em - size.height()), size),
        };
        std::optional<QRectF> place;
        for (const QRectF& candidate : candidates) {
            if (!viewport.contains(candidate))
                continue;
            if (occupied.intersects(candidate))
                continue;
            // Its own mark is not in the way; any other is.
            const QRectF own = markRects.at(i);
            if (!must && !own.intersects(candidate) && marks.intersects(candidate, i))
                continue;
            place = candidate;
            break;
        }
        if (!place && must)
            place = candidates[0];
        if (!place)
            continue;
        occupied.add(*place);
        ++drawn;
        m_labelled.append(n.id);
        const bool faded = focusing && !focusRows.contains(i);
        p.setPen(Qt::NoPen);
        p.setBrush(withAlpha(base, faded ? 0.5 : 0.82));
        p.drawRoundedRect(*place, 0.25 * em, 0.25 * em);
        p.setFont(labelFont);
        p.setPen(faded ? mix(base, text, 0.4) : text);
        p.drawText(*place, Qt::AlignCenter, label);
    }
    p.setFont(font());

    // Legend, bottom left: the four marks a reader must decode.
    const double pad = 0.5 * em;
    const double sw = 1.6 * em;
    const QString items[] = { tr("person"), tr("organisation"), tr("to"), tr("cc"), tr("co-signed") };
    double legendWidth = pad;
    for (const QString& item : items)
        legendWidth += sw + 0.3 * em + fm.horizontalAdvance(item) + 0.9 * em;
    const QRectF legend(pad, height() - pad - 1.5 * em, legendWidth, 1.5 * em);
    p.setPen(QPen(mix(base, text, 0.2), 1.0));
    p.setBrush(withAlpha(base, 0.9));
    p.drawRoundedRect(legend, 0.3 * em, 0.3 * em);
    double x = legend.left() + pad;
    const double cy = legend.center().y();
    const double r = 0.3 * em;
    for (int k = 0; k < 5; ++k) {
        const QRectF swatch(x, legend.top(), sw, legend.height());
        p.setPen(QPen(rim, 1.0));
        switch (k) {
        case 0:
            p.setBrush(personFill);
            p.drawEllipse(QPointF(swatch.center().x(), cy), r, r);
            break;
        case 1:
            p.setBrush(organisationFill);
            p.drawRoundedRect(QRectF(swatch.center() - QPointF(r, r) * 0.9, swatch.center() + QPointF(r, r) * 0.9), r * 0.3, r * 0.3);
            break;
        case 2:
        case 3: {
            const bool cc = k == 3;
            QPen pen(mix(base, text, 0.6), 1.6, cc ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap);
            if (cc)
                pen.setDashPattern({ 4.0, 3.0 });
            p.setPen(pen);
            p.drawLine(QPointF(swatch.left(), cy), QPointF(swatch.right() - 0.35 * em, cy));
            p.setPen(Qt::NoPen);
            p.setBrush(mix(base, text, 0.6));
            QPainterPath head;
            head.moveTo(swatch.right(), cy);
            head.lineTo(swatch.right() - 0.45 * em, cy - 0.22 * em);
            head.lineTo(swatch.right() - 0.45 * em, cy + 0.22 * em);
            head.closeSubpath();
            p.drawPath(head);
            break;
        }
        default:
            p.setPen(Qt::NoPen);
            p.setBrush(mix(base, Palette::role(ParticipantRole::Sender), dark ? 0.30 : 0.16));
            p.drawRoundedRect(swatch.adjusted(0, 0.2 * em, 0, -0.2 * em), 0.5 * em, 0.5 * em);
        }
        x += sw + 0.3 * em;
        p.setPen(text);
        p.drawText(QRectF(x, legend.top(), fm.horizontalAdvance(items[k]) + 2, legend.height()), Qt::AlignVCenter | Qt::AlignLeft, items[k]);
        x += fm.horizontalAdvance(items[k]) + 0.9 * em;
    }

    // Counts, top left; "updating" while a newer layout is on its way.
    QString counts = counted(int(m_nodes.size()), tr("%1 correspondent"), tr("%1 correspondents")) + QStringLiteral(" · ")
        + counted(int(m_edges.size()), tr("%1 link"), tr("%1 links"));
    if (m_running)
        counts += QStringLiteral(" · ") + tr("updating…");
    p.setPen(mix(base, text, 0.6));
    p.drawText(QRectF(pad, pad * 0.5, width() - 2 * pad, 1.4 * em), Qt::AlignLeft | Qt::AlignVCenter, counts);
}

} // namespace littoral::ui
