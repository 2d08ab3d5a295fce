// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/story.h"
#include "core/result.h"

#include <QDockWidget>
#include <QPointer>
#include <QTimer>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QListView;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace littoral::core {
class CorpusSession;
}

namespace littoral::ui {

class MainWindow;
class Retranslator;
class StoryStepModel;

// What importing a story file did: the story as saved, and the steps naming documents or
// correspondents this corpus does not know ("Step 3: the document letter-12.txt is not in this corpus").
struct StoryImportReport {
    core::Story story;
    QStringList unknown;
};

// View ▸ Stories: the corpus's stories and their steps, beside the views. "Add current view as step",
// drag to reorder, edit a caption, delete, present from a step, export / import a story as JSON, print
// it as a handout. Every edit goes through the session (one undoable change). GUI thread.
class StoryPanel final : public QDockWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoryPanel)
public:
    explicit StoryPanel(MainWindow* window);
    ~StoryPanel() override;

    // The story the panel shows (empty id: none).
    core::Story currentStory() const;
    // The step selected in the list (-1: none).
    int currentStep() const;
    void setCurrentStep(int step);
    // Shows the story with this id (false when the corpus has none).
    bool setCurrentStory(const QString& id);

    // What the panel's buttons and menus do, without their dialogs (the tests, and the dialogs' ends).
    // Each edit is one session->saveStory() (or deleteStory()); an error is returned, not shown.
    [[nodiscard]] core::Result<core::Story> newStory(const QString& title);
    [[nodiscard]] core::Result<void> renameStory(const QString& title);
    [[nodiscard]] core::Result<void> deleteStory();
    // Appends the main window's current view (MainWindow::currentViewAsStep()) and selects it.
    [[nodiscard]] core::Result<void> addCurrentView(const QString& caption = {});
    // Appends a step that goes to a chronology event: its days with a month on each side, the event's label.
    [[nodiscard]] core::Result<void> addChronologyEvent(const QString& id);
    [[nodiscard]] core::Result<void> setCaption(int step, const QString& caption);
    [[nodiscard]] core::Result<void> moveStep(int from, int to);
    [[nodiscard]] core::Result<void> deleteStep(int step);
    // Makes the main window show a step: its filters on the main selection (the search run again), its
    // document, the timeline at its days.
    void showStep(int step);
    // F5 from here.
    void presentFromStep(int step);
    [[nodiscard]] core::Result<void> exportStory(const QString& path) const;
    // Reads a story file into the corpus (a new id when the corpus has that one, " (2)" after a title it
    // has); imports it even when some of its steps name what this corpus does not know (listed).
    [[nodiscard]] core::Result<StoryImportReport> importStory(const QString& path);
    // The handout of the current story; `progress(done, total)` false cancels.
    [[nodiscard]] core::Result<void> printHandout(
        const QString& pdfPath, const std::function<bool(int, int)>& progress = {}) const;

    // For the tests and the presentation.
    QComboBox* storyChooser() const { return m_chooser; }
    QListView* stepList() const { return m_list; }
    StoryStepModel* stepModel() const { return m_model; }
    QPlainTextEdit* captionEditor() const { return m_caption; }
    // The menu a chronology event's activation on the timeline offers ("Add … to the story"), if shown.
    QMenu* offerMenu() const;
    QAction* addViewAction() const { return m_addView; }

signals:
    // The panel shows another story, or the same one changed (after a save, an undo, a reload).
    void currentStoryChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildActions();
    // Follows the window's session (a new corpus gives a new one): its storiesChanged() reloads.
    void attachSession();
    // Reads the stories again from the session, keeping the story and step on show when still there.
    void reload();
    void showStory(int index);
    void onCurrentStepChanged();
    // Saves `story` as one change; the panel shows it (reload() follows storiesChanged()).
    [[nodiscard]] core::Result<void> save(const core::Story& story, int selectStep);
    // Saves the caption editor's text into its step when it differs (pause, focus out, switching steps).
    void commitCaption();
    void updateEnabled();
    void report(const QString& title, const core::Result<void>& result);
    void offerChronologyEvent(const QString& id);
    // Dialogs around the commands.
    void askNewStory();
    void askRenameStory();
    void askDeleteStory();
    void askChronologyEvent();
    void askExport();
    void askImport();
    void askPrint();

    MainWindow* m_window;
    QPointer<core::CorpusSession> m_session;
    Retranslator* m_retranslator;
    QList<core::Story> m_stories;
    QString m_storyId; // the story on show
    QComboBox* m_chooser;
    QToolButton* m_storyMenuButton;
    QListView* m_list;
    StoryStepModel* m_model;
    QLabel* m_captionLabel;
    QPlainTextEdit* m_caption;
    QPushButton* m_addViewButton;
    QPushButton* m_addEventButton;
    QPushButton* m_presentButton;
    QLabel* m_empty;
    QAction* m_new = nullptr;
    QAction* m_rename = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_export = nullptr;
    QAction* m_import = nullptr;
    QAction* m_print = nullptr;
    QAction* m_addView = nullptr;
    QAction* m_addEvent = nullptr;
    QAction* m_moveUp = nullptr;
    QAction* m_moveDown = nullptr;
    QAction* m_deleteStep = nullptr;
    QAction* m_present = nullptr;
    QAction* m_show = nullptr;
    QTimer m_captionPause;
    int m_captionStep = -1; // the step the caption editor edits
    bool m_reloading = false;
    QPointer<QMenu> m_offerMenu;
};

} // namespace littoral::ui
