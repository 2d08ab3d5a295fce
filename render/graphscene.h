// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/communitygroups.h"
#include "core/analysis/correspondentnetwork.h"
#include "core/models/corpusindex.h"

#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QList>
#include <QPalette>
#include <QPointF>
#include <QRectF>
#include <QSet>
#include <QSize>
#include <QString>

#include <functional>

class QPainter;

namespace littoral::render {

// Everything one frame of the correspondence graph is drawn from, as a value: GraphView keeps the
// graph and the view in one, and hands a copy (cheap: the lists are shared until written) to a
// worker thread to paint there; graphFigure() fills one without a widget. Painting needs nothing
// else, so it is safe on any thread, and on any device: a raster one (the widget's frame, a PNG) gets
// the screen's stamped marks and counted hairlines, a vector one (SVG, PDF) paths and text only.
class GraphScene final {
    // The strings stay in GraphView's translation context.
    Q_DECLARE_TR_FUNCTIONS(littoral::ui::GraphView)
public:
    struct Node {
        qint64 id = 0;
        core::CorrespondentKind kind = core::CorrespondentKind::Person;
        QString name;
        int documents = 0;
        int degree = 0;
        QPointF position; // layout box coordinates
        int community = -1; // a coloured community (below Palette::communityCount()), else -1: neutral
        double weight = 0; // what the mark's size shows, from 0 (the smallest mark) to maxWeight
    };
    struct Edge {
        int from = 0; // rows in nodes
        int to = 0;
        core::ParticipantRole role = core::ParticipantRole::Recipient;
        QList<qint64> documents;
    };
    struct EdgeGeometry {
        QPointF start;
        QPointF control;
        QPointF end;
    };
    // A community (or the smaller ones together) drawn as one disc from afar (CommunityGroups).
    struct Group {
        QString label; // its busiest members; empty for the smaller communities together
        int communities = 1; // the communities of two or more it holds (for the rest: maybe none)
        int apart = 0; // members in no community of two or more
        int community = -1; // NetworkCommunity::id, -1 for the rest
        QPointF centre; // layout box coordinates
        double radius = 0.0;
        int documents = 0;
        QList<int> rows; // its members, the busiest first
    };
    struct GroupLink {
        int from = 0; // rows in groups
        int to = 0;
        int documents = 0;
    };
    // Room on screen for each member a group shows, in square ems: a disc shows as many of its busiest
    // members as it has room for, and all of them (its links too) once it has room for all.
    static constexpr double MemberRoom = 6.0;
    // A group's disc shows members once its radius on screen is at least this many ems.
    static constexpr double RevealRadius = 6.0;

    // The graph.
    QList<Node> nodes;
    QList<Edge> edges;
    QList<QList<int>> cosignatories; // node rows of distinct co-signing groups
    QHash<qint64, int> rowOf; // node id -> row in nodes
    // A large graph seen as its communities (empty: every node drawn as itself).
    QList<Group> groups;
    QList<GroupLink> groupLinks;
    QList<int> groupOfRow; // node row -> row in groups, when grouped
    int maxDocuments = 1;
    double maxWeight = 0;
    // Sizes by documents unless applyNetwork() chose another measure.
    core::NetworkMeasure sizeBy = core::NetworkMeasure::Documents;
    // The coloured communities' names (their busiest members), in colour order; empty: no colours.
    QStringList communityLabels;
    bool moreCommunities = false; // communities beyond the coloured ones, drawn neutral
    // The view: widget = world * scale + offset.
    double scale = 1.0;
    QPointF offset;
    QSize viewSize;
    double em = 1.0; // the font's line height, kept because nodeRadius is asked thousands of times a frame
    // A line after the counts, top left ("Ego network of …").
    QString note;
    // What stands out.
    qint64 focus = 0;
    qint64 picked = 0;
    qint64 hovered = 0;
    QHash<qint64, core::ParticipantRole> current; // the open document's correspondents, by role
    QSet<qint64> edgeDocuments;
    QSet<qint64> searchNodes;
    // The look.
    QPalette palette;
    QFont font;
    // Elided plain labels by row, with their widths: shaping text is the dear part of a label.
    QHash<int, std::pair<QString, double>> labelText;
    // Where paint() put each label, in widget coordinates, in the order of the rows it returns: a
    // label is drawn over the marks, so a click on it means the node it names.
    QList<QRectF> labelRects;
    // Which side of its mark each label took (node id → 0 right, 1 below, 2 left, 3 above): a label
    // that becomes forced (pointed at, picked) keeps its side, so it does not jump from under the pointer.
    QHash<qint64, int> labelSides;

    // Fills the graph (nodes, links, co-signing groups) from a laid-out CorrespondenceGraph; links
    // between unknown or identical nodes are left out. The view and what stands out are kept.
    void setGraph(const core::CorrespondenceGraph& graph, const std::function<QPointF(qint64 id)>& position);
    // No graph (nor its groups, colours and label cache); the view and what stands out are kept.
    void clearGraph();
    // The graph of `built` (filled by setGraph(), applyNetwork() and setGroups() elsewhere, say on a
    // worker thread), with this scene's view and highlights kept.
    void takeGraph(GraphScene&& built);
    // Colours the nodes by their community (the largest communities of two or more, one colour each;
    // the rest neutral) and sizes them by `sizeBy`, from the analysis of the same graph.
    void applyNetwork(const core::CorrespondentNetwork& network, core::NetworkMeasure sizeBy);
    // Draws the graph (setGraph() first, positioned by `grouped`'s layout) as its groups: each a disc
    // that shows more of its members as the view zooms in on it (semantic zoom). Empty: no groups.
    void setGroups(const core::CommunityGroups& grouped);
    // How many of a group's members are drawn at the view's scale, the busiest first; all of them when
    // it is open (its members' links drawn as themselves, not as the groups' links).
    int shownMembers(int group) const;
    bool isOpen(int group) const { return shownMembers(group) >= groups.at(group).rows.size(); }
    // Which nodes are drawn: every one when not grouped; else the members the groups show, and
    // `alsoShown` (the picked, pointed-at and current ones, wherever they are).
    QList<bool> shownRows(const QSet<qint64>& alsoShown = {}) const;
    // What can be pointed at in a grouped graph: the rows shownRows() gives with the picked node, the
    // open document's correspondents and the picked node's neighbours (all drawn whatever the zoom),
    // and the links drawn: those of open groups, and the picked node's. Not grouped: everything.
    std::pair<QList<bool>, QList<bool>> pointableRowsAndEdges() const;
    // Whether a link is drawn as itself: not grouped, or both its ends in open groups.
    bool isEdgeDrawn(const Edge& edge, const QList<bool>& openGroups) const;
    QList<bool> openGroups() const;
    // The group whose disc is under a widget position while it is not open (-1: none); the smallest
    // disc when they nest.
    int groupAt(QPointF widget) const;
    // The scale at which a group shows every member (and its centre in the view's middle).
    double openingScale(int group) const;
    // "Préfecture, Ministère, Secours"; for the rest "12 smaller groups and others", or "Not in a group".
    QString groupName(const Group& group) const;
    // Scales and centres the view so that every node, the largest marks' labels and the legend fit
    // viewSize, with margins of `lineHeight` units (QFontMetrics::height(), as the widget has always measured).
    void fitToView(int lineHeight);

    QPointF toWidget(QPointF world) const { return world * scale + offset; }
    QPointF toWorld(QPointF widget) const { return (widget - offset) / scale; }
    QRect rect() const { return QRect(QPoint(0, 0), viewSize); }
    int width() const { return viewSize.width(); }
    int height() const { return viewSize.height(); }
    double nodeRadius(const Node& node) const;
    EdgeGeometry edgeGeometry(const Edge& edge) const;

    // Halos, links, marks and labels over the background; the rows named, in the order placed.
    // Fills labelText and labelRects as it goes.
    QList<qint64> paint(QPainter& p);
    // What stays put while the picture moves: the legend and the counts.
    void paintOverlay(QPainter& p, bool running) const;
    // A still figure of this frame: picture and overlay, on a copy (labels are placed anew, the same
    // way every time), so the value can be painted again and again.
    void paintFigure(QPainter& p) const;
    // Instead of a graph: the background and a sentence in the middle ("No correspondents to show").
    void paintMessage(QPainter& p, const QString& message) const;

    // What a figure of the graph is called, with the filter in words: "Correspondence graph · 2016".
    static QString caption(const QString& filterWords);

    // The legend's items placed in rows that fit the view's width (several at presentation sizes).
    struct LegendLayout {
        QList<QPointF> at; // each item's top left, relative to the legend's
        int rows = 1;
        double width = 0.0;
    };
    LegendLayout legendLayout(const QStringList& items) const;
    // Where the legend of that layout is drawn, bottom left.
    QRectF legendRect(const LegendLayout& layout) const;
    static QStringList legendItems();
    // The communities' items of the legend, after legendItems(): their names (elided), then "other
    // communities" when some are left neutral.
    QStringList communityLegendItems() const;
};

} // namespace littoral::render
