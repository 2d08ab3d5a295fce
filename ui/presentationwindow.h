// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/searchrepository.h"
#include "core/domain/story.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QHash>
#include <QStringList>
#include <QWidget>

class QLabel;
class QBoxLayout;

namespace littoral::core {
class SelectionState;
}

namespace littoral::ui {

class GraphView;
class MainWindow;
class Retranslator;
class TimelineView;

// The presentation's window: the projector theme, the step's views side by side (or one alone), the
// reader's facts when a document is the step's subject, and the caption in large type. Its own
// SelectionState on the main window's corpus. Right / Space / PageDown: next step; Left / PageUp /
// Backspace: back; Home / End: the ends; Esc: leave. GUI thread.
class PresentationWindow final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresentationWindow)
public:
    PresentationWindow(MainWindow* main, core::Story story, QWidget* parent = nullptr);
    ~PresentationWindow() override;

    const core::Story& story() const { return m_story; }
    int currentStep() const { return m_step; }
    // Goes to a step (clamped), animating the timeline's period and the graph's highlight.
    void goToStep(int step);

    // The smallest type the projector theme allows: 20 pt at 96 dpi, read from the back of a classroom.
    static constexpr int MinimumPixelSize = 27;
    // How long the timeline glides from one step's period to the next.
    static constexpr int GlideMs = 400;

    // What the window shows, for tests and the README's screenshots.
    core::SelectionState* selection() const { return m_selection; }
    TimelineView* timeline() const { return m_timeline; }
    GraphView* graph() const { return m_graph; }
    QLabel* captionLabel() const { return m_caption; }
    QLabel* counterLabel() const { return m_counter; }
    QLabel* unknownLabel() const { return m_unknown; }
    QLabel* factsLabel() const { return m_facts; }
    // The current step waits for its search's hits (run off the GUI thread) before it is shown.
    bool isWaitingForSearch() const { return m_waiting; }

signals:
    void stepChanged(int step);
    // The step is on show (its search's hits applied); the timeline may still be gliding.
    void stepShown(int step);
    void leaveRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    using Hits = core::Result<core::SearchResults>;
    void applyTheme();
    void showStep();
    // Starts the step's search unless it ran or runs already (prefetch and current step alike).
    QFuture<Hits> searchFor(const QString& query);
    void frameGraph();
    void placeViews(const core::StoryStep& step, bool reader);
    void updateTexts();
    QString factsText(qint64 document) const;

    MainWindow* m_main;
    core::Story m_story;
    int m_step = -1;
    int m_shown = -1; // the step last shown (-1 before the first)
    core::SelectionState* m_selection;
    TimelineView* m_timeline;
    GraphView* m_graph;
    QWidget* m_views;
    QBoxLayout* m_viewsLayout;
    QLabel* m_caption;
    QLabel* m_facts;
    QLabel* m_counter;
    QLabel* m_unknown;
    Retranslator* m_retranslator;
    QHash<QString, QFuture<Hits>> m_searches; // by query: each story's searches run once
    QFutureWatcher<Hits> m_searchWatcher;
    bool m_waiting = false;
    QStringList m_unknownNames;
};

} // namespace littoral::ui
