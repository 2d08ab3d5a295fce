// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/figureactions.h"

#include "render/figureexporter.h"
#include "ui/graphview.h"
#include "ui/retranslator.h"
#include "ui/timelineview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QLocale>
#include <QMainWindow>
#include <QStatusBar>

namespace littoral::ui {

FigureActions::FigureActions(QMainWindow* window, TimelineView* timeline, GraphView* graph)
    : QObject(window)
    , m_window(window)
    , m_timeline(timeline)
    , m_graph(graph)
    , m_export(new QAction(window))
    , m_copy(new QAction(window))
{
    setObjectName(QStringLiteral("figureActions"));
    m_export->setObjectName(QStringLiteral("exportFigureAction"));
    m_copy->setObjectName(QStringLiteral("copyFigureAction"));
    // The window's own: it answers wherever the focus is in the window, the reader included.
    m_copy->setShortcutContext(Qt::WindowShortcut);
    connect(m_export, &QAction::triggered, this, [this] { showExportDialog(currentView()); });
    connect(m_copy, &QAction::triggered, this, [this] { copyToClipboard(currentView()); });
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (!now || !m_timeline || !m_graph)
            return;
        if (now == m_timeline || m_timeline->isAncestorOf(now))
            m_last = FigureView::Timeline;
        else if (now == m_graph || m_graph->isAncestorOf(now))
            m_last = FigureView::Graph;
    });
    auto* texts = new Retranslator(window);
    texts->add([this] {
        m_export->setText(tr("Export &Figure…"));
        m_export->setToolTip(tr("Write the timeline or the graph as it is shown to a PNG image, an SVG drawing or a PDF page"));
        m_copy->setText(tr("Copy View as &Image"));
        m_copy->setToolTip(tr("Copy the focused view, timeline or graph, to the clipboard as an image (%1)")
                               .arg(QKeySequence(tr("Ctrl+Shift+C")).toString(QKeySequence::NativeText)));
        m_copy->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    });
    addViewActions(FigureView::Timeline);
    addViewActions(FigureView::Graph);
}

void FigureActions::addViewActions(FigureView view)
{
    // A right click on the view offers it, whatever has the focus.
    QWidget* widget = widgetOf(view);
    auto* exportHere = new QAction(widget);
    auto* copyHere = new QAction(widget);
    exportHere->setObjectName(QStringLiteral("exportFigureHere"));
    copyHere->setObjectName(QStringLiteral("copyFigureHere"));
    connect(exportHere, &QAction::triggered, this, [this, view] { showExportDialog(view); });
    connect(copyHere, &QAction::triggered, this, [this, view] { copyToClipboard(view); });
    widget->addAction(exportHere);
    widget->addAction(copyHere);
    // The timeline has no menu of its own: its actions are its menu. The graph shows them itself,
    // below a node's own actions or alone.
    if (view == FigureView::Timeline)
        widget->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* texts = new Retranslator(widget);
    texts->add([exportHere, copyHere] {
        exportHere->setText(tr("Export Figure…"));
        copyHere->setText(tr("Copy as Image"));
    });
}

QWidget* FigureActions::widgetOf(FigureView view) const
{
    return view == FigureView::Timeline ? static_cast<QWidget*>(m_timeline.data()) : static_cast<QWidget*>(m_graph.data());
}

FigureView FigureActions::currentView() const
{
    if (const QWidget* focus = QApplication::focusWidget(); focus && m_timeline && m_graph) {
        if (focus == m_timeline || m_timeline->isAncestorOf(focus))
            return FigureView::Timeline;
        if (focus == m_graph || m_graph->isAncestorOf(focus))
            return FigureView::Graph;
    }
    return m_last;
}

render::Figure FigureActions::figure(FigureView view) const
{
    if (view == FigureView::Timeline)
        return m_timeline ? m_timeline->figure() : render::Figure();
    return m_graph ? m_graph->figure() : render::Figure();
}

QImage FigureActions::copyToClipboard(FigureView view)
{
    const QImage image = render::FigureExporter::image(figure(view), 0, 2);
    if (image.isNull()) {
        m_window->statusBar()->showMessage(tr("Nothing to copy: the view is empty or too large"), 5000);
        return image;
    }
    QApplication::clipboard()->setImage(image);
    const QLocale locale;
    m_window->statusBar()->showMessage(
        (view == FigureView::Timeline ? tr("Timeline copied as an image of %1 × %2 pixels")
                                      : tr("Graph copied as an image of %1 × %2 pixels"))
            .arg(locale.toString(image.width()), locale.toString(image.height())),
        5000);
    return image;
}

ExportFigureDialog* FigureActions::showExportDialog(FigureView view)
{
    // One at a time: asking again brings it back on the view asked for.
    if (m_dialog) {
        if (m_dialog->view() == view)
            m_dialog->refresh();
        else
            m_dialog->setView(view);
    } else {
        m_dialog = new ExportFigureDialog([this](FigureView v) { return figure(v); }, view, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &QDialog::accepted, this, [this, dialog = m_dialog] {
            m_window->statusBar()->showMessage(tr("Figure saved to %1").arg(QDir::toNativeSeparators(dialog->writtenPath())), 8000);
        });
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

} // namespace littoral::ui
