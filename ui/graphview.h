// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/communitygroups.h"
#include "core/analysis/graphfilter.h"
#include "core/models/corpusindex.h"
#include "core/models/graphlayout.h"
#include "render/figure.h"
#include "render/graphscene.h"
#include "ui/graphhitindex.h"

#include <QFutureWatcher>
#include <QHash>
#include <QImage>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <memory>

#include <optional>

class QMenu;
class QPainter;

namespace littoral::core {
class SelectionState;
}

namespace littoral::ui {

using render::GraphScene;

// The correspondence graph of the documents in the brushed period: correspondents as nodes, letters
// as directed edges. Laid out by GraphLayout on the thread pool (a newer request supersedes an older
// one), painted in one batched pass; observes and drives the shared SelectionState. GUI thread.
class GraphView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphView)
public:
    explicit GraphView(core::SelectionState* selection, QWidget* parent = nullptr);
    ~GraphView() override;

    int nodeCount() const { return int(m_graph.nodes.size()); }
    int edgeCount() const { return int(m_graph.edges.size()); }
    // Widget coordinates of a node's centre; a null point when the node is not shown.
    QPointF nodePosition(qint64 id) const;
    // Whether letters go from one correspondent to another (as recipient or cc) in the shown graph.
    bool hasEdge(qint64 from, qint64 to) const;
    // The node drawn at a widget position (0 = none).
    qint64 nodeAt(QPointF position) const;
    // From a request until its result is shown (or superseded and the latest one shown).
    bool isLayoutRunning() const { return m_running; }
    // The nodes named in the last painted frame, in the order their labels were placed.
    const QList<qint64>& labelledNodes() const { return m_labelled; }
    // Where the last painted frame put a node's label, in widget coordinates; empty when unnamed.
    QRectF labelRect(qint64 id) const;
    bool hasNode(qint64 id) const { return m_graph.rowOf.contains(id); }
    // Pans so that the node is in the middle of the view (zoomed in if the view is too far out to
    // tell it from its neighbours); a node not yet laid out is centred once its layout is shown.
    void centreOn(qint64 id);
    // Zooms and pans so that every node is in view.
    void fitToView();

    // The view as shown (zoom, layout, highlights), as a figure of its own size for export and copy.
    render::Figure figure() const;
    QSize sizeHint() const override { return { 640, 480 }; }
    QSize minimumSizeHint() const override { return { 200, 150 }; }

    // The next complete corpus is this one edited (a merge, a split, a correction): the nodes keep their
    // places (a merge's survivor stays where it was; the merged ones leave), only new nodes settle, and
    // the view does not refit. Call it before the edited corpus is set on the selection.
    void keepLayoutOnNextCorpus();

    // The ego network: a correspondent and those within `hops` links of it, laid out around it (also on a
    // double-click, which goes one step further when on the centre already). The graph shown before is
    // remembered: goBack() (Backspace) returns to it, step by step, to the whole graph.
    void showEgoNetwork(qint64 id, int hops = 1);
    bool goBack();
    bool isEgoNetwork() const { return m_ego.has_value(); }
    qint64 egoCentre() const { return m_ego ? m_ego->id : 0; }
    int egoHops() const { return m_ego ? m_ego->hops : 0; }

    // The organisation view: people folded into the organisation they speak for (OrganisationFold); a
    // double-click on such an organisation shows its people apart, another folds them back.
    void setOrganisationView(bool on);
    bool isOrganisationView() const { return m_organisationView; }
    void setExpanded(qint64 organisation, bool expanded);
    bool isExpanded(qint64 organisation) const { return m_expanded.contains(organisation); }
    // The people shown folded into an organisation (empty outside the organisation view).
    QList<qint64> foldedMembers(qint64 organisation) const { return m_foldedMembers.value(organisation); }

    // A graph of more than GroupAbove correspondents is drawn as its communities (CommunityGroups), each a
    // disc that shows its members as the view zooms in on it; on by default (not in ego networks).
    static constexpr int GroupAbove = core::CommunityGroups::GroupAbove;
    void setGrouping(bool on);
    bool isGrouping() const { return m_grouping; }
    // Whether the graph shown is drawn as groups, and how many.
    bool isGrouped() const { return !m_graph.groups.isEmpty(); }
    int groupCount() const { return int(m_graph.groups.size()); }
    // The group a correspondent is drawn in (-1: none, or not grouped).
    int groupOf(qint64 id) const;
    // A group's centre in widget coordinates, and how many of its members the view shows.
    QPointF groupPosition(int group) const { return toWidget(m_graph.groups.at(group).centre); }
    int shownMembers(int group) const { return graph().shownMembers(group); }
    int groupSize(int group) const { return int(m_graph.groups.at(group).rows.size()); }
    // The closed (or partly open) group under a widget position; -1 when none.
    int groupAt(QPointF position) const { return graph().groupAt(position); }
    // Zooms on a group until it shows all its members, or for a large group until it fills the view
    // with its busiest (also on a click on its disc).
    void openGroup(int group);
    // Whether a node is drawn at the current zoom (a grouped graph hides the members of closed groups).
    bool isNodeShown(qint64 id) const;

    // What the marks' sizes show (documents by default); the graph's analysis gives the others.
    void setSizeMeasure(core::NetworkMeasure measure);
    core::NetworkMeasure sizeMeasure() const { return m_sizeBy; }
    // The analysis of the shown graph (communities, centralities); nullptr before the first layout or
    // when igraph failed.
    const core::CorrespondentNetwork* network() const { return m_network.get(); }
    // The coloured communities' names, as the legend shows them.
    QStringList communityLabels() const { return m_graph.communityLabels; }
    // The colour index of a node's community (-1: neutral, or not shown).
    int communityOf(qint64 id) const;

    // Whether the shown frame is the last one moved, waiting for the full one.
    bool isShowingPreview() const { return m_moving; }
    // From the pause in a gesture until its full frame has been painted on the work pool.
    bool isPaintingFrame() const { return m_frameWatcher.isRunning(); }

signals:
    // Curation asked for from a node's context menu or by dropping a node on another (confirmed by the
    // user); whoever owns the corpus session carries it out. The view owns no session.
    void mergeRequested(const QList<qint64>& ids, qint64 intoId);
    void renameRequested(qint64 id, const QString& name);
    void kindChangeRequested(qint64 id, littoral::core::CorrespondentKind kind);
    void showInCorrespondentsRequested(qint64 id);

    void layoutFinished();
    void sizeMeasureChanged(littoral::core::NetworkMeasure measure);
    void organisationViewChanged(bool on);
    void groupingChanged(bool on);
    // The full frame is back after a pan, zoom or drag.
    void frameSettled();

protected:
    bool event(QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    using Node = GraphScene::Node;
    using Edge = GraphScene::Edge;
    using EdgeGeometry = GraphScene::EdgeGeometry;
    struct Ego {
        qint64 id = 0;
        int hops = 1;
        QString name;
        bool operator==(const Ego&) const = default;
    };
    struct Job {
        core::CorrespondenceGraph graph;
        std::optional<Ego> ego; // laid out around it, when set
        bool organisations = false; // people folded into their organisations
        QSet<qint64> expanded; // organisations whose people stay apart
        QHash<qint64, QList<qint64>> foldedMembers; // by organisation
        QSet<qint64> holders; // organisations people can be folded into
        core::Result<core::GraphLayout> layout;
        core::Result<core::CorrespondentNetwork> network; // communities and centralities of `graph`
        std::optional<core::CommunityGroups> groups; // a large graph's communities, which placed it
        GraphScene scene; // the graph laid out, coloured, sized and grouped, for the view to take
        core::GraphFilter filter; // what `graph` was filtered by
        QSet<qint64> linkDocuments; // of the filtered graph, when the filter is active
        bool kept = false; // laid out after an edit, known nodes held: the view is not refitted
        QHash<qint64, QPointF> held; // when kept: where the known nodes were, which they keep exactly
    };
    // What the drawn geometry depends on: when it changes, the hit buckets are stale.
    struct GeometryKey {
        quint64 version = 0; // bumped whenever a node moves or the graph is replaced
        qint64 picked = 0; // grouped: shown wherever it is, even inside a closed group, with its neighbours
        qint64 currentDocument = 0; // grouped: its correspondents are shown wherever they are
        double scale = 0.0;
        QPointF offset;
        QSize size;
        double em = 0.0;
        bool operator==(const GeometryKey&) const = default;
    };
    // What a painted frame depends on: while it holds, the last frame is shown again as it was.
    struct SceneKey {
        GeometryKey geometry;
        qreal pixelRatio = 1.0;
        qint64 focus = 0;
        qint64 picked = 0;
        qint64 hovered = 0;
        qint64 currentDocument = 0;
        QSet<qint64> edgeDocuments;
        quint64 searchVersion = 0;
        QString error;
        qint64 palette = 0;
        QString font;
        bool operator==(const SceneKey&) const = default;
    };
    // A frame painted off the GUI thread, and what it was painted for.
    struct Frame {
        quint64 generation = 0;
        QImage image;
        QList<qint64> labelled;
        QList<QRectF> labelRects;
        QHash<int, std::pair<QString, double>> labelText;
        QHash<qint64, int> labelSides;
    };

    void onCorpusChanged();
    void onCorpusReloaded();
    void onFilterChanged();
    void requestLayout();
    void startLayout();
    void onLayoutFinished();
    // On the work pool, once laid out: the scene's graph built from the job (at 100,000 documents, on
    // the GUI thread, it stalled it for about 100 ms).
    static void buildScene(Job& job, core::NetworkMeasure sizeBy);
    void updateSearchNodes();

    QPointF toWidget(QPointF world) const { return m_graph.toWidget(world); }
    QPointF toWorld(QPointF widget) const { return m_graph.toWorld(widget); }
    // The scene with the widget's current size (a hidden widget is resized without an event).
    const GraphScene& graph() const;
    double nodeRadius(const Node& node) const { return graph().nodeRadius(node); }
    EdgeGeometry edgeGeometry(const Edge& edge) const { return graph().edgeGeometry(edge); }
    // The graph, the view and what stands out, as one value to paint anywhere.
    GraphScene snapshot() const;
    SceneKey sceneKey(qreal pixelRatio) const;
    static Frame paintFrame(GraphScene scene, QSize pixels, qreal pixelRatio, quint64 generation);
    void paintMessage(QPainter& p);
    // What is shown instead of a graph: "Laying out…", "No correspondents in this period", an error.
    QString message() const;
    void paintPreview(QPainter& p);
    // A pan, zoom or drag step: frames show the last one moved until the gesture pauses.
    void repaintInBackground();
    void gestureStepped();
    void startSettledFrame();
    void onSettledFrameFinished();
    GeometryKey geometryKey() const;
    void ensureHitIndex() const;
    int rowAt(QPointF position) const;
    // The node whose label, in the frame on screen, lies under a position (the last drawn on top); -1 when none.
    int labelRowAt(QPointF position) const;
    void centreNow(int row);
    int edgeAt(QPointF position) const;
    qint64 focusedNode() const;
    void zoomAround(QPointF anchor, double factor);
    QString nodeToolTip(const Node& node) const;
    // The node under a position other than `except` (a dragged node is under the pointer itself).
    int rowAtExcept(QPointF position, int except) const;
    // Asks whether to merge the dropped node into the one it was dropped on.
    void offerMerge(int droppedRow, int targetRow);
    // "Show letters sent by X", … : the role filter, from the node's menu.
    void addRoleActions(QMenu& menu, qint64 id, QString name);
    // "Size marks by ▸ documents, letters in, …".
    void addSizeMenu(QMenu& menu);
    void askMergeInto(qint64 id);
    void askRename(qint64 id);
    QString edgeToolTip(const Edge& edge) const;
    QString groupToolTip(int group) const;

    core::SelectionState* m_selection = nullptr;
    QFutureWatcher<Job> m_watcher;
    std::shared_ptr<const core::CorrespondentNetwork> m_network;
    core::NetworkMeasure m_sizeBy = core::NetworkMeasure::Documents;
    bool m_pending = false;
    bool m_running = false;
    bool m_hasLayout = false;
    QString m_layoutError;
    QDate m_layoutFrom; // the period the shown (or running) layout was asked for
    QDate m_layoutTo;
    QList<core::DocumentType> m_layoutTypes; // the document types it was asked for
    core::GraphFilter m_layoutFilter; // the graph filter it was asked for
    std::optional<Ego> m_ego; // the ego network asked for, none for the whole graph
    std::optional<Ego> m_shownEgo; // the one on screen
    QList<std::optional<Ego>> m_egoHistory; // what goBack() returns to, the latest last
    bool m_releaseAfterDoubleClick = false; // the release that ends a double-click picks nothing
    bool m_organisationView = false;
    bool m_grouping = true;
    int m_pressGroup = -1;
    QSet<qint64> m_expanded;
    QHash<qint64, QList<qint64>> m_foldedMembers; // of the graph shown
    QSet<qint64> m_holders; // of the graph shown

    // The graph and the view (scale, offset), plus the search hits and the label cache.
    mutable GraphScene m_graph;
    QHash<qint64, QPointF> m_remembered; // every position ever shown, so returning nodes go home
    QSet<qint64> m_pinned;
    quint64 m_geometryVersion = 0;
    quint64 m_searchVersion = 0;
    mutable GraphHitIndex m_hitIndex;
    mutable std::optional<GeometryKey> m_hitKey;
    QList<qint64> m_labelled;
    QList<QRectF> m_labelRects; // of m_labelled, in the frame m_sceneKey describes
    qint64 m_centreOn = 0; // centreOn() a node whose layout is still to come
    QImage m_scene;
    std::optional<SceneKey> m_sceneKey;
    // Progressive frames: while the view moves, the last frame is shown moved (one image draw);
    // once it rests for kSettleMs the full frame is painted on the work pool and swapped in.
    static constexpr int kSettleMs = 100;
    // Above this many nodes and links a full frame is felt (over 100 ms at 100,000 documents): the
    // frame after a new layout, and the first one, are then painted on the work pool too.
    static constexpr qsizetype kBackgroundItems = 2000;
    bool paintsInBackground() const { return m_graph.nodes.size() + m_graph.edges.size() > kBackgroundItems; }
    bool m_moving = false;
    QTimer m_settleTimer;
    QFutureWatcher<Frame> m_frameWatcher;
    quint64 m_frameGeneration = 0; // bumped by every gesture step: a frame painted before is dropped
    bool m_frameAgain = false; // asked for while one was painting
    std::optional<SceneKey> m_frameKey; // what the frame on its way was painted for

    bool m_userView = false; // zoomed or panned by hand: a new layout keeps the view

    bool m_keepLayout = false; // keepLayoutOnNextCorpus() until the complete corpus comes
    bool m_holdKnown = false; // the next layout holds every known node where it is

    QPointF m_pressPosition;
    QPointF m_dragOrigin; // world position of a dragged node before the drag
    QPointF m_lastPosition;
    int m_pressRow = -1;
    bool m_dragging = false;
    bool m_panning = false;
    qint64 m_hovered = 0;
};

} // namespace littoral::ui
