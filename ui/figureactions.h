// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/figure.h"
#include "ui/exportfiguredialog.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QWidget;

namespace littoral::ui {

class GraphView;
class TimelineView;

// The views as figures: File ▸ Export Figure…, Edit ▸ Copy View as Image (Ctrl+Shift+C: the focused
// view, or the last one focused when the reader has the keys, at twice its size) and the same two in
// the timeline's and the graph's context menus. GUI thread.
class FigureActions final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FigureActions)
public:
    FigureActions(QMainWindow* window, TimelineView* timeline, GraphView* graph);

    QAction* exportAction() const { return m_export; }
    QAction* copyAction() const { return m_copy; }
    // The view that has the keyboard focus (or a widget inside it), else the last one that had it;
    // the timeline before either had it.
    FigureView currentView() const;
    render::Figure figure(FigureView view) const;
    // Puts the view on the clipboard as an image of twice its size; returns the image.
    QImage copyToClipboard(FigureView view);
    // Opens File ▸ Export Figure… on a view (modal to the window: the figure is the view as it stands).
    ExportFigureDialog* showExportDialog(FigureView view);
    ExportFigureDialog* exportDialog() const { return m_dialog; }

private:
    QWidget* widgetOf(FigureView view) const;
    void addViewActions(FigureView view);

    QMainWindow* m_window;
    // Guarded: focus moves while the window takes its views down.
    QPointer<TimelineView> m_timeline;
    QPointer<GraphView> m_graph;
    QAction* m_export;
    QAction* m_copy;
    FigureView m_last = FigureView::Timeline;
    QPointer<ExportFigureDialog> m_dialog;
};

} // namespace littoral::ui
