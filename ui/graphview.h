// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/corpusindex.h"
#include "core/models/graphlayout.h"
#include "ui/graphhitindex.h"

#include <QFutureWatcher>
#include <QHash>
#include <QImage>
#include <QSet>
#include <QWidget>

#include <optional>

class QPainter;

namespace littoral::core {
class SelectionState;
}

namespace littoral::ui {

// The correspondence graph of the documents in the brushed period: correspondents as nodes, letters
// as directed edges. Laid out by GraphLayout on the thread pool (a newer request supersedes an older
// one), painted in one batched pass; observes and drives the shared SelectionState. GUI thread.
class GraphView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphView)
public:
    explicit GraphView(core::SelectionState* selection, QWidget* parent = nullptr);
    ~GraphView() override;

    int nodeCount() const { return int(m_nodes.size()); }
    int edgeCount() const { return int(m_edges.size()); }
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
    // Zooms and pans so that every node is in view.
    void fitToView();

    QSize sizeHint() const override { return { 640, 480 }; }
    QSize minimumSizeHint() const override { return { 200, 150 }; }

signals:
    void layoutFinished();

protected:
    bool event(QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    struct Node {
        qint64 id = 0;
        core::CorrespondentKind kind = core::CorrespondentKind::Person;
        QString name;
        int documents = 0;
        int degree = 0;
        QPointF position; // layout box coordinates
    };
    struct Edge {
        int from = 0; // rows in m_nodes
        int to = 0;
        core::ParticipantRole role = core::ParticipantRole::Recipient;
        QList<qint64> documents;
    };
    struct Job {
        core::CorrespondenceGraph graph;
        core::Result<core::GraphLayout> layout;
    };
    struct EdgeGeometry {
        QPointF start;
        QPointF control;
        QPointF end;
    };
    // What the drawn geometry depends on: when it changes, the hit buckets are stale.
    struct GeometryKey {
        quint64 version = 0; // bumped whenever a node moves or the graph is replaced
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
        bool running = false;
        QString error;
        qint64 palette = 0;
        QString font;
        bool operator==(const SceneKey&) const = default;
    };

    void onCorpusChanged();
    void onFilterChanged();
    void requestLayout();
    void startLayout();
    void onLayoutFinished();
    void updateSearchNodes();

    QPointF toWidget(QPointF world) const { return world * m_scale + m_offset; }
    QPointF toWorld(QPointF widget) const { return (widget - m_offset) / m_scale; }
    double nodeRadius(const Node& node) const;
    void paintScene(QPainter& p);
    GeometryKey geometryKey() const;
    void ensureHitIndex() const;
    EdgeGeometry edgeGeometry(const Edge& edge) const;
    int rowAt(QPointF position) const;
    int edgeAt(QPointF position) const;
    qint64 focusedNode() const;
    void zoomAround(QPointF anchor, double factor);
    QString nodeToolTip(const Node& node) const;
    QString edgeToolTip(const Edge& edge) const;

    core::SelectionState* m_selection = nullptr;
    QFutureWatcher<Job> m_watcher;
    bool m_pending = false;
    bool m_running = false;
    bool m_hasLayout = false;
    QString m_layoutError;
    QDate m_layoutFrom; // the period the shown (or running) layout was asked for
    QDate m_layoutTo;

    QList<Node> m_nodes;
    QList<Edge> m_edges;
    QList<QList<int>> m_cosignatories; // node rows of distinct co-signing groups
    QHash<qint64, int> m_row;
    QHash<qint64, QPointF> m_remembered; // every position ever shown, so returning nodes go home
    QSet<qint64> m_pinned;
    QSet<qint64> m_searchNodes;
    int m_maxDocuments = 1;
    double m_em = 1.0; // the font's line height, kept because nodeRadius is asked thousands of times a frame
    quint64 m_geometryVersion = 0;
    quint64 m_searchVersion = 0;
    mutable GraphHitIndex m_hitIndex;
    mutable std::optional<GeometryKey> m_hitKey;
    QList<qint64> m_labelled;
    QHash<int, std::pair<QString, double>> m_labelText; // row -> elided name and its width, in the view's font
    QImage m_scene;
    std::optional<SceneKey> m_sceneKey;

    double m_scale = 1.0;
    QPointF m_offset;
    bool m_userView = false; // zoomed or panned by hand: a new layout keeps the view

    QPointF m_pressPosition;
    QPointF m_lastPosition;
    int m_pressRow = -1;
    bool m_dragging = false;
    bool m_panning = false;
    qint64 m_hovered = 0;
};

} // namespace littoral::ui
