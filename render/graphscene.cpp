// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/graphscene.h"

#include "core/models/graphlayout.h"
#include "render/hairlineraster.h"
#include "render/palette.h"

#include <QMap>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPainterPathStroker>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <numeric>
#include <optional>

namespace littoral::render {

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

QColor groupColour(const GraphScene& scene, const GraphScene::Group& group)
{
    const QColor base = scene.palette.color(QPalette::Base);
    const QColor text = scene.palette.color(QPalette::Text);
    return group.community >= 0 && group.community < scene.communityLabels.size() ? Palette::community(group.community)
                                                                                    : mix(base, text, 0.45);
}

// A grouped graph's discs and the letters between them, under the members' marks: a closed disc is
// filled with its community's colour, one that shows some members paler, an open one only outlined.
void paintGroups(QPainter& p, const GraphScene& scene, const QList<bool>& open, bool focusing)
{
    const QColor base = scene.palette.color(QPalette::Base);
    const QColor text = scene.palette.color(QPalette::Text);
    const double em = scene.em;
    const QRectF view = QRectF(scene.rect()).adjusted(-em, -em, em, em);
    const double stroke = std::max(1.0, em / 20.0);
    // Links, batched by width: from rim to rim, thicker for more letters (by their share of the
    // heaviest link, so that a few strong ties stand out of the many weak ones).
    int heaviest = 1;
    for (const GraphScene::GroupLink& link : scene.groupLinks)
        heaviest = std::max(heaviest, link.documents);
    QMap<int, QList<QLineF>> links;
    for (const GraphScene::GroupLink& link : scene.groupLinks) {
        if (open.value(link.from) && open.value(link.to))
            continue; // drawn as the members' own links
        const GraphScene::Group& a = scene.groups.at(link.from);
        const GraphScene::Group& b = scene.groups.at(link.to);
        const QPointF ca = scene.toWidget(a.centre), cb = scene.toWidget(b.centre);
        const QPointF d = cb - ca;
        const double length = std::hypot(d.x(), d.y());
        const double ra = a.radius * scene.scale, rb = b.radius * scene.scale;
        if (length <= ra + rb + 1.0)
            continue;
        const QPointF u = d / length;
        const QLineF line(ca + u * ra, cb - u * rb);
        if (!QRectF(line.p1(), line.p2()).normalized().adjusted(-1, -1, 1, 1).intersects(view))
            continue;
        const double width = (0.7 + 7.0 * std::pow(double(link.documents) / heaviest, 0.7)) * stroke;
        links[int(std::lround(width * 4))].append(line);
    }
    const QColor linkColour = withAlpha(mix(base, text, 0.55), focusing ? 0.15 : 0.4);
    for (auto it = links.cbegin(); it != links.cend(); ++it) {
        p.setPen(QPen(linkColour, it.key() / 4.0, Qt::SolidLine, Qt::RoundCap));
        p.drawLines(it.value());
    }
    // Search hits hidden in a disc ring it in the search's colour.
    QSet<int> searched;
    for (const qint64 id : scene.searchNodes)
        if (const int row = scene.rowOf.value(id, -1); row >= 0 && row < scene.groupOfRow.size() && scene.groupOfRow.at(row) >= 0)
            searched.insert(scene.groupOfRow.at(row));
    p.setOpacity(focusing ? 0.4 : 1.0);
    for (int g = 0; g < scene.groups.size(); ++g) {
        const GraphScene::Group& group = scene.groups.at(g);
        const QPointF c = scene.toWidget(group.centre);
        const double r = std::max(group.radius * scene.scale, 2.5);
        if (!view.intersects(QRectF(c - QPointF(r, r), QSizeF(2 * r, 2 * r))))
            continue;
        const QColor colour = groupColour(scene, group);
        const int shown = scene.shownMembers(g);
        const bool closed = shown == 0;
        p.setBrush(mix(base, colour, closed ? 0.6 : open.value(g) ? 0.07 : 0.2));
        QPen rim(mix(base, colour, closed ? 1.0 : 0.7), closed ? 1.0 : 1.2 * stroke);
        if (open.value(g))
            rim.setStyle(Qt::DashLine);
        if (searched.contains(g) && !open.value(g))
            rim = QPen(Palette::searchHit(), std::max(3.0, 0.2 * em));
        p.setPen(rim);
        p.drawEllipse(c, r, r);
    }
    p.setOpacity(1.0);
}

// Each group's name and size, the largest groups first, where no earlier label is: inside a closed
// disc that can hold it, else above or below the disc.
void paintGroupLabels(QPainter& p, const GraphScene& scene, Occupancy& occupied, bool focusing)
{
    const QColor base = scene.palette.color(QPalette::Base);
    const QColor text = scene.palette.color(QPalette::Text);
    const double em = scene.em;
    QList<int> order(scene.groups.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return scene.groups.at(a).documents > scene.groups.at(b).documents; });
    QFont bold = scene.font;
    bold.setBold(true);
    const QFontMetricsF boldMetrics(bold);
    const QFontMetricsF plainMetrics(scene.font);
    const QRectF viewport = QRectF(scene.rect()).adjusted(2, 2, -2, -2);
    for (const int g : std::as_const(order)) {
        const GraphScene::Group& group = scene.groups.at(g);
        const QPointF c = scene.toWidget(group.centre);
        const double r = group.radius * scene.scale;
        if (!viewport.intersects(QRectF(c - QPointF(r, r), QSizeF(2 * r, 2 * r))))
            continue;
        const QString size = GraphScene::tr("%Ln correspondent(s)", nullptr, int(group.rows.size()));
        const auto labelBox = [&](double widest) {
            const QString name = boldMetrics.elidedText(scene.groupName(group), Qt::ElideRight, widest);
            const QSizeF box(std::max(boldMetrics.horizontalAdvance(name), plainMetrics.horizontalAdvance(size)) + 0.6 * em,
                boldMetrics.height() + plainMetrics.height() + 0.2 * em);
            return std::pair(name, box);
        };
        // A closed disc large enough holds its name (cut to its width); otherwise the name goes above or below.
        const bool closed = scene.shownMembers(g) == 0;
        QList<std::pair<QString, QRectF>> candidates;
        if (closed && r >= 2.5 * em) {
            const auto [name, box] = labelBox(std::min(16 * em, 1.75 * r - 0.6 * em));
            if (box.width() <= 1.9 * r && box.height() <= 1.3 * r)
                candidates.append({ name, QRectF(c - QPointF(box.width(), box.height()) / 2, box) });
        }
        const auto [outside, box] = labelBox(16 * em);
        candidates.append({ outside, QRectF(QPointF(c.x() - box.width() / 2, c.y() - r - 0.2 * em - box.height()), box) });
        candidates.append({ outside, QRectF(QPointF(c.x() - box.width() / 2, c.y() + r + 0.2 * em), box) });
        for (const auto& [name, place] : std::as_const(candidates)) {
            if (!viewport.contains(place) || occupied.intersects(place))
                continue;
            occupied.add(place);
            p.setPen(Qt::NoPen);
            p.setBrush(withAlpha(base, focusing ? 0.5 : 0.85));
            p.drawRoundedRect(place, 0.25 * em, 0.25 * em);
            p.setPen(focusing ? mix(base, text, 0.45) : text);
            p.setFont(bold);
            p.drawText(QRectF(place.left(), place.top() + 0.1 * em, place.width(), boldMetrics.height()), Qt::AlignCenter, name);
            p.setFont(scene.font);
            p.setPen(mix(base, text, focusing ? 0.35 : 0.65));
            p.drawText(QRectF(place.left(), place.top() + 0.1 * em + boldMetrics.height(), place.width(), plainMetrics.height()),
                Qt::AlignCenter, size);
            break;
        }
    }
    p.setFont(scene.font);
}

} // namespace

void GraphScene::clearGraph()
{
    nodes.clear();
    edges.clear();
    cosignatories.clear();
    rowOf.clear();
    labelText.clear();
    maxDocuments = 1;
    maxWeight = 0;
    sizeBy = core::NetworkMeasure::Documents;
    communityLabels.clear();
    moreCommunities = false;
    groups.clear();
    groupLinks.clear();
    groupOfRow.clear();
}

void GraphScene::takeGraph(GraphScene&& built)
{
    nodes = std::move(built.nodes);
    edges = std::move(built.edges);
    cosignatories = std::move(built.cosignatories);
    rowOf = std::move(built.rowOf);
    maxDocuments = built.maxDocuments;
    maxWeight = built.maxWeight;
    sizeBy = built.sizeBy;
    communityLabels = std::move(built.communityLabels);
    moreCommunities = built.moreCommunities;
    groups = std::move(built.groups);
    groupLinks = std::move(built.groupLinks);
    groupOfRow = std::move(built.groupOfRow);
    labelText.clear();
}

void GraphScene::setGraph(const core::CorrespondenceGraph& graph, const std::function<QPointF(qint64 id)>& position)
{
    clearGraph();
    for (const core::GraphNode& n : graph.nodes) {
        rowOf.insert(n.id, int(nodes.size()));
        nodes.append({ n.id, n.kind, n.name, n.documents, 0, position(n.id), -1, double(std::max(0, n.documents - 1)) });
        maxDocuments = std::max(maxDocuments, n.documents);
    }
    maxWeight = maxDocuments - 1;
    for (const core::GraphEdge& e : graph.edges) {
        const int from = rowOf.value(e.from, -1), to = rowOf.value(e.to, -1);
        if (from < 0 || to < 0 || from == to)
            continue;
        edges.append({ from, to, e.role, e.documents });
        ++nodes[from].degree;
        ++nodes[to].degree;
    }
    QSet<QList<int>> seen;
    for (const QList<qint64>& group : graph.cosignatories) {
        QList<int> rows;
        for (const qint64 id : group)
            if (rowOf.contains(id))
                rows.append(rowOf.value(id));
        std::sort(rows.begin(), rows.end());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
        if (rows.size() > 1 && !seen.contains(rows)) {
            seen.insert(rows);
            cosignatories.append(rows);
        }
    }
}

void GraphScene::applyNetwork(const core::CorrespondentNetwork& network, core::NetworkMeasure measure)
{
    sizeBy = measure;
    communityLabels.clear();
    moreCommunities = false;
    // Only communities of two or more get a colour: a correspondent alone is not a group.
    const QList<core::NetworkCommunity>& communities = network.communities();
    for (const core::NetworkCommunity& c : communities) {
        if (c.members.size() < 2)
            continue;
        if (communityLabels.size() < Palette::communityCount())
            communityLabels.append(c.label());
        else
            moreCommunities = true;
    }
    maxWeight = 0;
    for (Node& n : nodes) {
        const core::CorrespondentStanding* standing = network.standing(n.id);
        const int c = standing ? standing->community : -1;
        n.community = c >= 0 && c < communityLabels.size() && communities.at(c).members.size() >= 2 ? c : -1;
        n.weight = measure == core::NetworkMeasure::Documents ? std::max(0, n.documents - 1) : standing ? standing->measure(measure) : 0.0;
        maxWeight = std::max(maxWeight, n.weight);
    }
}

void GraphScene::setGroups(const core::CommunityGroups& grouped)
{
    groups.clear();
    groupLinks.clear();
    groupOfRow = QList<int>(nodes.size(), -1);
    for (const core::CommunityGroup& g : grouped.groups()) {
        Group group { g.label, g.communities, g.apart, g.community, g.centre, g.radius, g.documents, {} };
        for (const qint64 id : g.members)
            if (const int row = rowOf.value(id, -1); row >= 0) {
                group.rows.append(row);
                groupOfRow[row] = int(groups.size());
            }
        groups.append(group);
    }
    for (const core::CommunityLink& link : grouped.links())
        groupLinks.append({ link.from, link.to, link.documents });
    if (groups.isEmpty())
        groupOfRow.clear();
}

int GraphScene::shownMembers(int group) const
{
    if (group < 0 || group >= groups.size())
        return 0;
    const Group& g = groups.at(group);
    // A disc first shows itself and its name; members come once it is larger than that.
    const double r = g.radius * scale;
    if (r < RevealRadius * em)
        return 0;
    const double room = MemberRoom * em * em;
    return int(std::min(double(g.rows.size()), std::floor(std::numbers::pi * r * r / room)));
}

QList<bool> GraphScene::openGroups() const
{
    QList<bool> open(groups.size());
    for (int g = 0; g < groups.size(); ++g)
        open[g] = isOpen(g);
    return open;
}

QList<bool> GraphScene::shownRows(const QSet<qint64>& alsoShown) const
{
    QList<bool> shown(nodes.size(), groups.isEmpty());
    if (groups.isEmpty())
        return shown;
    for (int g = 0; g < groups.size(); ++g) {
        const QList<int>& rows = groups.at(g).rows;
        for (int k = 0, n = shownMembers(g); k < n; ++k)
            if (rows.at(k) < shown.size())
                shown[rows.at(k)] = true;
    }
    for (const qint64 id : alsoShown)
        if (const int row = rowOf.value(id, -1); row >= 0 && row < shown.size())
            shown[row] = true;
    return shown;
}

std::pair<QList<bool>, QList<bool>> GraphScene::pointableRowsAndEdges() const
{
    if (groups.isEmpty())
        return { QList<bool>(nodes.size(), true), QList<bool>(edges.size(), true) };
    QSet<qint64> always;
    if (picked != 0)
        always.insert(picked);
    for (auto it = current.cbegin(); it != current.cend(); ++it)
        always.insert(it.key());
    QList<bool> rows = shownRows(always);
    const int pickedRow = rowOf.value(picked, -1);
    const QList<bool> open = openGroups();
    QList<bool> links(edges.size(), false);
    for (int i = 0; i < edges.size(); ++i) {
        const Edge& e = edges.at(i);
        if (pickedRow >= 0 && (e.from == pickedRow || e.to == pickedRow)) {
            links[i] = rows[e.from] = rows[e.to] = true;
            continue;
        }
        links[i] = isEdgeDrawn(e, open) && rows.at(e.from) && rows.at(e.to);
    }
    return { rows, links };
}

bool GraphScene::isEdgeDrawn(const Edge& edge, const QList<bool>& openGroups) const
{
    if (groups.isEmpty())
        return true;
    const int a = groupOfRow.value(edge.from, -1), b = groupOfRow.value(edge.to, -1);
    return (a < 0 || openGroups.value(a)) && (b < 0 || openGroups.value(b));
}

int GraphScene::groupAt(QPointF widget) const
{
    int best = -1;
    for (int g = 0; g < groups.size(); ++g) {
        const QPointF d = toWidget(groups.at(g).centre) - widget;
        const double reach = std::max(groups.at(g).radius * scale, 4.0);
        if (std::hypot(d.x(), d.y()) <= reach && !isOpen(g) && (best < 0 || groups.at(g).radius < groups.at(best).radius))
            best = g;
    }
    return best;
}

double GraphScene::openingScale(int group) const
{
    const Group& g = groups.at(group);
    const double needed = std::sqrt(g.rows.size() * MemberRoom * em * em / std::numbers::pi) + 1.0;
    return std::max(needed, RevealRadius * em + 1.0) / std::max(g.radius, 1e-6);
}

QString GraphScene::groupName(const Group& group) const
{
    if (!group.label.isEmpty())
        return group.label;
    if (group.communities == 0)
        return tr("Not in a group");
    if (group.apart == 0)
        return tr("%Ln smaller group(s)", nullptr, group.communities);
    return tr("%Ln smaller group(s) and others", nullptr, group.communities);
}

void GraphScene::fitToView(int lineHeight)
{
    if (nodes.isEmpty() || width() <= 0 || height() <= 0) {
        scale = std::min(width(), height()) / GraphLayout::BoxSize;
        offset = QPointF(width(), height()) / 2 - GraphLayout::box().center() * scale;
        return;
    }
    QRectF extent(nodes.first().position, QSizeF(0, 0));
    for (const Node& n : std::as_const(nodes))
        extent = extent.united(QRectF(n.position, QSizeF(1e-9, 1e-9)));
    for (const Group& g : std::as_const(groups))
        extent = extent.united(QRectF(g.centre - QPointF(g.radius, g.radius), QSizeF(2 * g.radius, 2 * g.radius)));
    const double line = lineHeight;
    // Room for the largest marks and their labels at the sides, and for the legend below.
    // The legend's rows (more than one at presentation sizes) keep the marks above them.
    const int legendRows = legendLayout(legendItems() + communityLegendItems()).rows;
    const QRectF room = QRectF(rect()).adjusted(3.5 * line, 2.0 * line, -3.5 * line, -(1.7 + 1.5 * legendRows) * line);
    const double span = std::max(extent.width(), extent.height());
    if (span < 1e-6) {
        scale = std::min(width(), height()) / GraphLayout::BoxSize;
    } else {
        scale = std::min(room.width() / std::max(extent.width(), span * 0.05), room.height() / std::max(extent.height(), span * 0.05));
    }
    offset = room.center() - extent.center() * scale;
}

void GraphScene::paintMessage(QPainter& p, const QString& message) const
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    p.fillRect(rect(), base);
    p.setFont(font);
    p.setPen(mix(base, text, 0.6));
    p.drawText(rect(), Qt::AlignCenter, message);
}

QString GraphScene::caption(const QString& filterWords)
{
    return tr("Correspondence graph · %1").arg(filterWords);
}

double GraphScene::nodeRadius(const Node& node) const
{
    // Crowded views get smaller marks for the many small correspondents; zooming in gives size back.
    // Grouped, members are only drawn when they have their room.
    const double room = groups.isEmpty() ? std::sqrt(double(width()) * height() / std::max<qsizetype>(1, nodes.size()))
                                         : std::sqrt(MemberRoom) * em;
    const double crowding = std::clamp(room / (4.0 * em), 0.3, 1.0);
    const double zoom = std::clamp(std::sqrt(scale * GraphLayout::BoxSize / std::max(1, std::min(width(), height()))), 0.7, 2.5);
    const double share = maxWeight > 0 ? std::sqrt(std::max(0.0, node.weight) / maxWeight) : 0.0;
    return std::max(2.5, (0.32 * em * crowding + 0.8 * em * share) * zoom);
}

GraphScene::EdgeGeometry GraphScene::edgeGeometry(const Edge& edge) const
{
    const Node& a = nodes.at(edge.from);
    const Node& b = nodes.at(edge.to);
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

QList<qint64> GraphScene::paint(QPainter& p)
{
    QList<qint64> labelled;
    labelRects.clear();
    p.setRenderHint(QPainter::Antialiasing);
    // Images stamped or counted per pixel are the screen's shortcuts; an SVG or a PDF gets paths.
    const bool raster = p.paintEngine() && p.paintEngine()->type() == QPaintEngine::Raster;
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const bool dark = base.lightnessF() < 0.5;
    const QColor selectionColour = dark ? QColor(Qt::white) : Palette::selection();
    p.fillRect(rect(), base);
    if (nodes.isEmpty())
        return labelled;

    // What is in focus: a hovered or picked node and its neighbours, or the picked edge's letters.
    QSet<int> focusRows;
    QList<bool> focusEdge(edges.size(), false);
    if (focus != 0) {
        const int row = rowOf.value(focus);
        focusRows.insert(row);
        for (int i = 0; i < edges.size(); ++i) {
            if (edges.at(i).from == row || edges.at(i).to == row) {
                focusEdge[i] = true;
                focusRows.insert(edges.at(i).from);
                focusRows.insert(edges.at(i).to);
            }
        }
    } else if (!edgeDocuments.isEmpty()) {
        for (int i = 0; i < edges.size(); ++i) {
            const QList<qint64>& documents = edges.at(i).documents;
            if (std::all_of(documents.cbegin(), documents.cend(), [&](qint64 d) { return edgeDocuments.contains(d); })) {
                focusEdge[i] = true;
                focusRows.insert(edges.at(i).from);
                focusRows.insert(edges.at(i).to);
            }
        }
    }
    const bool focusing = !focusRows.isEmpty();

    // Grouped: the members the zoom makes room for, and those that must show wherever they are.
    const bool grouped = !groups.isEmpty();
    QSet<qint64> alsoShown;
    for (const qint64 id : { focus, picked, hovered })
        if (id != 0)
            alsoShown.insert(id);
    for (auto it = current.cbegin(); it != current.cend(); ++it)
        alsoShown.insert(it.key());
    QList<bool> shown = shownRows(alsoShown);
    for (const int row : std::as_const(focusRows))
        shown[row] = true;
    const QList<bool> open = openGroups();
    const qsizetype shownCount = std::count(shown.cbegin(), shown.cend(), true);
    QList<bool> edgeDrawn(edges.size(), true);
    qsizetype drawnEdges = edges.size();
    if (grouped) {
        drawnEdges = 0;
        for (int i = 0; i < edges.size(); ++i) {
            const Edge& e = edges.at(i);
            edgeDrawn[i] = focusEdge[i] || (isEdgeDrawn(e, open) && shown[e.from] && shown[e.to]);
            drawnEdges += edgeDrawn[i];
        }
        paintGroups(p, *this, open, focusing);
    }

    // Level of detail: many nodes seen from afar get thinner, fainter edges and fewer labels.
    const double zoomedIn = scale * GraphLayout::BoxSize / std::max(1, std::min(width(), height()));
    const double crowd = std::clamp(std::sqrt(120.0 / std::max<qsizetype>(1, drawnEdges)) * std::sqrt(zoomedIn), 0.15, 1.0);
    const QColor edgeColour = withAlpha(mix(base, text, 0.6), 0.12 + 0.6 * crowd);
    const QColor fadedEdge = withAlpha(mix(base, text, 0.55), 0.07);
    // Edges thicken with the type beyond the usual sizes (a projector's 20 pt), as the nodes already do.
    const double stroke = std::max(1.0, em / 20.0);
    const auto edgeWidth = [&](const Edge& e) {
        return std::min(1.0 + 1.4 * std::log2(double(e.documents.size())), 7.0) * (0.55 + 0.45 * crowd) * stroke;
    };

    // Co-signatories: a soft shared halo around the names that signed one letter together. In a
    // crowded view only the groups around the focus, or the halos would cover everything.
    const bool crowded = shownCount > 150;
    if (!cosignatories.isEmpty()) {
        QPainterPath halos;
        halos.setFillRule(Qt::WindingFill);
        QList<QLineF> threads;
        for (const QList<int>& group : std::as_const(cosignatories)) {
            if (crowded && !std::any_of(group.cbegin(), group.cend(), [&](int row) { return focusRows.contains(row); }))
                continue;
            if (grouped && !std::all_of(group.cbegin(), group.cend(), [&](int row) { return shown.at(row); }))
                continue;
            QList<QPointF> points;
            double widest = 0.0;
            for (const int row : group) {
                points.append(toWidget(nodes.at(row).position));
                widest = std::max(widest, nodeRadius(nodes.at(row)));
            }
            const QPolygonF hull = convexHull(points);
            // A hull that would take in someone who did not sign says the wrong thing: then each
            // signer gets a halo of its own.
            bool honest = true;
            if (hull.size() > 2) {
                const QRectF box = hull.boundingRect();
                for (int row = 0; row < nodes.size() && honest; ++row) {
                    const QPointF c = toWidget(nodes.at(row).position);
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
                    const double r = nodeRadius(nodes.at(group.at(k))) + 0.35 * em;
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
    QList<bool> visible(edges.size(), false);
    QList<EdgeGeometry> geometry(edges.size());
    for (int i = 0; i < edges.size(); ++i) {
        if (!edgeDrawn[i])
            continue;
        const EdgeGeometry& g = geometry[i] = edgeGeometry(edges.at(i));
        const QRectF box = QRectF(g.start, g.end).normalized().united(QRectF(g.control, QSizeF(1, 1)));
        visible[i] = box.intersects(viewRect);
        onScreen += visible[i];
    }
    const bool coarse = raster && onScreen > kDetailedEdgeLimit;
    QList<QLineF> hairlines[2]; // [faded]
    for (int i = 0; i < edges.size(); ++i) {
        const Edge& e = edges.at(i);
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
                p.drawImage(QPointF(0, 0), HairlineRaster::render(hairlines[faded], viewSize, ratio, faded ? fadedEdge : edgeColour));
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
    // A hub's hundreds of links in focus (a ministry pointed at, the centre of a large ego network)
    // are drawn as thin lines in their role's colour: thick curves would cover the picture.
    constexpr qsizetype kHighlightedDetailLimit = 300;
    if (highlighted.size() > kHighlightedDetailLimit) {
        QHash<int, QList<QLineF>> byRole;
        for (const int i : std::as_const(highlighted))
            byRole[int(edges.at(i).role)].append(QLineF(geometry.at(i).start, geometry.at(i).end));
        for (auto it = byRole.cbegin(); it != byRole.cend(); ++it) {
            p.setPen(QPen(withAlpha(Palette::role(ParticipantRole(it.key())), 0.45), 1.0));
            p.drawLines(it.value());
        }
        highlighted.clear();
    }
    for (const int i : std::as_const(highlighted)) {
        const Edge& e = edges.at(i);
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

    // Nodes: persons round, organisations square; filled with their community's colour, or by kind
    // in neutral greys when it has none.
    const QColor personFill = mix(base, text, dark ? 0.45 : 0.30);
    const QColor organisationFill = mix(base, text, dark ? 0.70 : 0.55);
    const QColor rim = mix(base, text, 0.85);
    const auto fill = [&](int community, bool organisation) {
        if (community < 0)
            return organisation ? organisationFill : personFill;
        return mix(base, Palette::community(community), organisation ? 1.0 : 0.8);
    };
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
    // no search hit, not picked) are drawn first in a few batches of one sprite each (by shape,
    // colour and fading); the rest smallest first, so that the biggest marks stay on top.
    QList<double> radius(nodes.size());
    QList<QPointF> centre(nodes.size());
    QList<bool> onScreenNode(nodes.size());
    const QRectF nodeView = QRectF(rect()).adjusted(-em, -em, em, em);
    for (int i = 0; i < nodes.size(); ++i) {
        radius[i] = nodeRadius(nodes.at(i));
        centre[i] = toWidget(nodes.at(i).position);
        const double reach = radius[i] + std::max(3.0, 0.2 * em);
        onScreenNode[i] = shown[i] && nodeView.intersects(QRectF(centre[i] - QPointF(reach, reach), centre[i] + QPointF(reach, reach)));
    }
    const double smallMark = 0.45 * em;
    // Batch key: ((community + 1) * 2 + organisation) * 2 + faded.
    QMap<int, QList<int>> batched;
    QList<int> order;
    for (int i = 0; i < nodes.size(); ++i) {
        if (!onScreenNode[i])
            continue;
        const Node& n = nodes.at(i);
        const bool plain = raster && radius[i] < smallMark && n.id != picked && !current.contains(n.id) && !searchNodes.contains(n.id);
        const int organisation = n.kind == CorrespondentKind::Person ? 0 : 1;
        const int faded = focusing && !focusRows.contains(i) ? 1 : 0;
        if (plain)
            batched[((n.community + 1) * 2 + organisation) * 2 + faded].append(i);
        else
            order.append(i);
    }
    // Each small mark is stamped from a sprite drawn once per shape, colour and size (to a quarter pixel).
    const qreal pixelRatio = p.device()->devicePixelRatioF();
    QHash<int, QImage> sprites;
    const auto sprite = [&](int community, int organisation, double r) -> const QImage& {
        const int quarters = int(std::lround(r * 4));
        const int key = (quarters * 2 + organisation) * 16 + community + 1;
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
        stamp.setBrush(fill(community, organisation));
        const QPointF middle(side / 2.0, side / 2.0);
        if (organisation)
            stamp.drawRect(QRectF(middle - QPointF(q, q) * 0.9, middle + QPointF(q, q) * 0.9));
        else
            stamp.drawEllipse(middle, q, q);
        stamp.end();
        return *sprites.insert(key, image);
    };
    // The faded first, under the rest.
    for (const int faded : { 1, 0 }) {
        p.setOpacity(faded ? 0.25 : 1.0);
        for (auto batch = batched.cbegin(); batch != batched.cend(); ++batch) {
            if ((batch.key() & 1) != faded)
                continue;
            const int organisation = (batch.key() >> 1) & 1;
            const int community = (batch.key() >> 2) - 1;
            for (const int i : batch.value()) {
                const QImage& image = sprite(community, organisation, radius[i]);
                const double half = image.width() / pixelRatio / 2.0;
                p.drawImage(QPointF(std::round(centre[i].x() - half), std::round(centre[i].y() - half)), image);
            }
        }
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return nodes.at(a).weight < nodes.at(b).weight; });
    for (const int i : std::as_const(order)) {
        const Node& n = nodes.at(i);
        const double r = radius[i];
        const bool faded = focusing && !focusRows.contains(i);
        p.setOpacity(faded ? 0.25 : 1.0);
        const QPainterPath path = shape(n, r);
        if (const auto role = current.constFind(n.id); role != current.cend()) {
            p.setPen(QPen(Palette::role(*role), std::max(3.0, 0.2 * em)));
            p.setBrush(Qt::NoBrush);
            p.drawPath(shape(n, r + std::max(3.0, 0.2 * em)));
        }
        const bool hit = searchNodes.contains(n.id);
        p.setBrush(hit ? Palette::searchHit() : fill(n.community, n.kind == CorrespondentKind::Organization));
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
    const auto forced = [&](const Node& n) { return n.id == focus || n.id == picked || n.id == hovered; };
    // A label sits beside its mark, inside the view: nodes farther out than the widest label cannot get
    // one (a forced one is drawn anyway). The order's keys are worked out once, not in every comparison.
    const double maxLabel = 14 * em;
    const QRectF labelReach = QRectF(rect()).adjusted(-2 * maxLabel, -2 * em, 2 * maxLabel, 2 * em);
    struct LabelRank {
        int row;
        int flags; // forced, current, in focus, search hit: higher first
        double busy;
    };
    QList<LabelRank> ranks;
    for (int i = 0; i < nodes.size(); ++i) {
        const Node& n = nodes.at(i);
        const bool must = forced(n);
        if (!shown[i] || (!must && !labelReach.contains(centre[i])))
            continue;
        const int flags = (must ? 8 : 0) + (current.contains(n.id) ? 4 : 0) + (focusing && focusRows.contains(i) ? 2 : 0)
            + (searchNodes.contains(n.id) ? 1 : 0);
        // The biggest marks are named first: the busiest, or the highest by the measure they show.
        ranks.append({ i, flags, sizeBy == core::NetworkMeasure::Documents ? double(n.documents + n.degree) : n.weight });
    }
    std::stable_sort(ranks.begin(), ranks.end(),
        [](const LabelRank& a, const LabelRank& b) { return a.flags != b.flags ? a.flags > b.flags : a.busy > b.busy; });
    // Seen from afar a crowded graph names only its busiest correspondents; zooming in names more.
    const int budget = crowded && !grouped ? std::max(12, int(18 * zoomedIn * zoomedIn))
                               : std::max(8, int(width() * height() / (em * em * 30.0)));
    Occupancy occupied(4 * em);
    const QRectF viewport = QRectF(rect()).adjusted(2, 2, -2, -2);
    // The legend and the counts line are drawn over the picture: no label goes under them.
    occupied.add(legendRect(legendLayout(legendItems() + communityLegendItems())));
    occupied.add(QRectF(0, 0, width(), 0.5 * em + 1.4 * em));
    // The groups are named before their members, the largest first.
    if (grouped)
        paintGroupLabels(p, *this, occupied, focusing);
    // Marks are obstacles too: a label never covers a node it does not name.
    QList<QRectF> markRects(nodes.size());
    for (int i = 0; i < nodes.size(); ++i) {
        const double r = radius[i];
        markRects[i] = QRectF(centre[i] - QPointF(r, r), QSizeF(2 * r, 2 * r));
    }
    // In a crowded view only the big marks (the busiest correspondents) keep labels off.
    const auto obstacle = [&](int row) { return !crowded || markRects.at(row).width() > 0.9 * em; };
    Occupancy marks(4 * em);
    for (int i = 0; i < nodes.size(); ++i)
        if (onScreenNode[i] && obstacle(i))
            marks.add(markRects.at(i).adjusted(1, 1, -1, -1), i);
    int drawn = 0;
    // Past the busiest few hundred candidates that found no room, the rest would not either.
    int attempts = 0;
    const int maxAttempts = 30 * budget + 300;
    labelled.clear();
    const QHash<qint64, int> previousSides = std::exchange(labelSides, {});
    QFont bold = font;
    bold.setBold(true);
    for (const LabelRank& rank : std::as_const(ranks)) {
        const int i = rank.row;
        const Node& n = nodes.at(i);
        const bool must = forced(n);
        if (!must && (drawn >= budget || attempts >= maxAttempts || (focusing && !focusRows.contains(i))))
            continue;
        ++attempts;
        const QFont& labelFont = must ? bold : font;
        const QFontMetricsF lfm(labelFont);
        // Elided in the middle: "Association d’aide … de Calais" keeps what tells two names apart.
        // Shaping text is the dear part of a label: the plain ones are kept from frame to frame.
        QString label;
        double advance = 0.0;
        if (must) {
            label = lfm.elidedText(n.name, Qt::ElideMiddle, 2 * maxLabel);
            advance = lfm.horizontalAdvance(label);
        } else {
            auto cached = labelText.constFind(i);
            if (cached == labelText.cend()) {
                const QString elided = lfm.elidedText(n.name, Qt::ElideMiddle, maxLabel);
                cached = labelText.insert(i, { elided, lfm.horizontalAdvance(elided) });
            }
            label = cached->first;
            advance = cached->second;
        }
        const QSizeF labelSize(advance + 0.5 * em, lfm.height() + 0.1 * em);
        const QPointF c = centre[i];
        const double r = radius[i];
        const QRectF candidates[] = {
            QRectF(QPointF(c.x() + r + 0.15 * em, c.y() - labelSize.height() / 2), labelSize),
            QRectF(QPointF(c.x() - labelSize.width() / 2, c.y() + r + 0.1 * em), labelSize),
            QRectF(QPointF(c.x() - r - 0.15 * em - labelSize.width(), c.y() - labelSize.height() / 2), labelSize),
            QRectF(QPointF(c.x() - labelSize.width() / 2, c.y() - r - 0.1 * em - labelSize.height()), labelSize),
        };
        std::optional<QRectF> place;
        int side = 0;
        // A forced label tries first the side it had when it was not.
        int sides[] = { 0, 1, 2, 3 };
        if (const int previous = previousSides.value(n.id, -1); must && previous > 0)
            std::rotate(std::begin(sides), std::begin(sides) + previous, std::end(sides));
        for (const int k : sides) {
            const QRectF& candidate = candidates[k];
            if (!viewport.contains(candidate))
                continue;
            if (occupied.intersects(candidate))
                continue;
            // Its own mark is not in the way; any other is.
            const QRectF own = markRects.at(i);
            if (!must && !own.intersects(candidate) && marks.intersects(candidate, i))
                continue;
            place = candidate;
            side = k;
            break;
        }
        if (!place && must) {
            side = sides[0];
            place = candidates[side];
        }
        if (!place)
            continue;
        labelSides.insert(n.id, side);
        occupied.add(*place);
        ++drawn;
        labelled.append(n.id);
        labelRects.append(*place);
        const bool faded = focusing && !focusRows.contains(i);
        p.setPen(Qt::NoPen);
        p.setBrush(withAlpha(base, faded ? 0.5 : 0.82));
        p.drawRoundedRect(*place, 0.25 * em, 0.25 * em);
        p.setFont(labelFont);
        p.setPen(faded ? mix(base, text, 0.4) : text);
        p.drawText(*place, Qt::AlignCenter, label);
    }
    p.setFont(font);

    p.setFont(font);
    return labelled;
}

void GraphScene::paintOverlay(QPainter& p, bool running) const
{
    p.setRenderHint(QPainter::Antialiasing);
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const bool dark = base.lightnessF() < 0.5;
    const QColor personFill = mix(base, text, dark ? 0.45 : 0.30);
    const QColor organisationFill = mix(base, text, dark ? 0.70 : 0.55);
    const QColor rim = mix(base, text, 0.85);
    const QFontMetricsF fm(font);
    p.setFont(font);
    // Legend, bottom left: the marks a reader must decode, then the communities' colours, each named
    // by its busiest members.
    const double pad = 0.5 * em;
    const double sw = 1.6 * em;
    const QStringList items = legendItems() + communityLegendItems();
    const LegendLayout placed = legendLayout(items);
    const QList<QPointF>& at = placed.at;
    const QRectF legend = legendRect(placed);
    p.setPen(QPen(mix(base, text, 0.2), 1.0));
    p.setBrush(withAlpha(base, 0.9));
    p.drawRoundedRect(legend, 0.3 * em, 0.3 * em);
    const double r = 0.3 * em;
    for (int k = 0; k < items.size(); ++k) {
        double x = legend.left() + at[k].x();
        const double top = legend.top() + at[k].y();
        const double cy = top + 0.75 * em;
        const QRectF swatch(x, top, sw, 1.5 * em);
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
        case 4:
            p.setPen(Qt::NoPen);
            p.setBrush(mix(base, Palette::role(ParticipantRole::Sender), dark ? 0.30 : 0.16));
            p.drawRoundedRect(swatch.adjusted(0, 0.2 * em, 0, -0.2 * em), 0.5 * em, 0.5 * em);
            break;
        default: {
            // A community: its colour (neutral for "other communities"), as big as a middling mark.
            const int community = k - 5 < communityLabels.size() ? k - 5 : -1;
            p.setBrush(mix(base, Palette::community(community), 0.8));
            p.drawEllipse(QPointF(swatch.center().x(), cy), 1.4 * r, 1.4 * r);
        }
        }
        x += sw + 0.3 * em;
        p.setPen(text);
        p.drawText(QRectF(x, top, fm.horizontalAdvance(items[k]) + 2, 1.5 * em), Qt::AlignVCenter | Qt::AlignLeft, items[k]);
    }

    // Counts, top left; "updating" while a newer layout is on its way.
    QString counts = tr("%Ln correspondent(s)", nullptr, int(nodes.size())) + QStringLiteral(" · ")
        + tr("%Ln link(s)", nullptr, int(edges.size()));
    if (!groups.isEmpty())
        // What they are, not what to do (a figure shows this line too): a disc's tooltip says that.
        counts += QStringLiteral(" · ") + tr("%Ln group(s) by community", nullptr, int(groups.size()));
    if (!note.isEmpty())
        counts += QStringLiteral(" · ") + note;
    if (running)
        counts += QStringLiteral(" · ") + tr("updating…");
    p.setPen(mix(base, text, 0.6));
    p.drawText(QRectF(pad, pad * 0.5, width() - 2 * pad, 1.4 * em), Qt::AlignLeft | Qt::AlignVCenter, counts);
}

QStringList GraphScene::legendItems()
{
    return { tr("person"), tr("organisation"), tr("to"), tr("cc"), tr("co-signed") };
}

QRectF GraphScene::legendRect(const LegendLayout& layout) const
{
    const double pad = 0.5 * em;
    return { pad, height() - pad - layout.rows * 1.5 * em, layout.width, layout.rows * 1.5 * em };
}

QStringList GraphScene::communityLegendItems() const
{
    // A long list is cut at its end: the busiest members come first. Grouped, each disc bears its name.
    const QFontMetricsF fm(font);
    QStringList items;
    if (!groups.isEmpty())
        return items;
    for (const QString& label : communityLabels)
        items.append(fm.elidedText(label, Qt::ElideRight, 13 * em));
    if (moreCommunities)
        items.append(tr("other communities"));
    return items;
}

GraphScene::LegendLayout GraphScene::legendLayout(const QStringList& items) const
{
    // One row when it fits, else as many as it takes (presentation type in half a projector's width).
    const QFontMetricsF fm(font);
    const double pad = 0.5 * em;
    const double sw = 1.6 * em;
    const auto itemWidth = [&](const QString& item) { return sw + 0.3 * em + fm.horizontalAdvance(item) + 0.9 * em; };
    const double maxWidth = std::max(width() - 2 * pad, 1.0);
    LegendLayout layout;
    double rowWidth = pad;
    layout.width = pad;
    for (const QString& item : items) {
        if (rowWidth > pad && rowWidth + itemWidth(item) > maxWidth) {
            ++layout.rows;
            rowWidth = pad;
        }
        layout.at.append(QPointF(rowWidth, (layout.rows - 1) * 1.5 * em));
        rowWidth += itemWidth(item);
        layout.width = std::max(layout.width, rowWidth);
    }
    return layout;
}

void GraphScene::paintFigure(QPainter& p) const
{
    GraphScene frame = *this;
    p.save();
    frame.paint(p);
    p.restore();
    frame.paintOverlay(p, false);
}

} // namespace littoral::render
