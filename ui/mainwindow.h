// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/searchrepository.h"
#include "core/domain/story.h"
#include "core/import/importjob.h"
#include "core/models/corpusindex.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QTimer>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QProgressDialog;
class QSplitter;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace littoral::core {
class CorpusSession;
class DocumentFilterProxy;
class FactsModel;
class DocumentTableModel;
class SelectionState;
}

namespace littoral::ui {

class ChronologyController;
class CorpusBanner;
class CorpusRefresher;
struct CorpusRefresh;
class CorrespondentsPane;
class DocumentLinksStrip;
class GoToCorrespondent;
class OriginalPageController;
class EmptyCorpusHint;
class FullScreenAction;
class GraphFilterBar;
class GraphView;
class HelpMenu;
class HistoryDialog;
class LanguageMenu;
class Presentation;
class StoryPanel;
class Retranslator;
class ReaderCuration;
class ReaderFilterBar;
class ReviewController;
class StatusCounts;
class TimelineView;
class UndoController;

// The main window: the timeline across the top; the correspondence graph, the document list (and
// search results) and the reader below. Every view observes one SelectionState; none calls another.
// GUI thread; imports run on the pool through ImportJob with a progress dialog and Cancel.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    enum class View { Timeline, Graph, Reader };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a corpus database (false, with the error shown, when it cannot); its index is read on the
    // pool and corpusLoaded() follows when every view is filled. A file that does not exist is created
    // only when the person says so; a corpus that cannot be written is opened read-only.
    bool openDatabase(const QString& path);
    // Whether the open corpus was opened read-only (its file or folder cannot be written): nothing is
    // imported into it.
    bool isReadOnly() const;
    // The open corpus's session (null when none is open): every write of the window goes through it.
    core::CorpusSession* session() const { return m_session.get(); }
    // Non-interactive (--screenshot): never a dialog; errors and notices go to stderr, a missing
    // database is an error, and loadFailed() tells the caller to give up.
    void setInteractive(bool interactive) { m_interactive = interactive; }
    // Imports files/folders into the database (created if needed), then shows it.
    void importInto(const QString& databasePath, const QStringList& paths, const core::ImportOptions& options = {});
    // What the progress dialog's Cancel and closing the window do: the import stops inside the file it is
    // extracting, keeping the whole documents of the batches written before.
    void cancelImport();
    bool isImporting() const { return m_importWatcher.isRunning(); }
    void selectDocumentRow(int row);
    // Gives one view the room (used by --view and by the View menu).
    void emphasize(View view);
    // Runs a search as if typed in the search field. It runs on the pool; searchFinished() says when
    // the views show it (a query that cannot be understood is answered at once).
    void search(const QString& query);
    bool isSearching() const { return m_searchWatcher.isRunning(); }

    core::SelectionState* selection() const { return m_selection; }
    core::DocumentTableModel* documentModel() const { return m_model; }
    core::DocumentFilterProxy* documentProxy() const { return m_proxy; }
    TimelineView* timeline() const { return m_timeline; }
    GraphView* graph() const { return m_graph; }
    GraphFilterBar* graphFilters() const { return m_graphFilters; }
    CorrespondentsPane* correspondentsPane() const { return m_correspondents; }
    // Edit ▸ Go to Correspondent (Ctrl+K).
    GoToCorrespondent* goToCorrespondent() const { return m_goTo; }
    QString readerText() const;
    core::FactsModel* factsModel() const { return m_facts; }
    // Correcting the shown document (facts table editing, "Use as" on the reader's selection).
    ReaderCuration* readerCuration() const { return m_curation; }
    QTableView* factsTable() const { return m_factsTable; }
    QPlainTextEdit* reader() const { return m_reader; }
    // The reader's highlighted ranges that come from the search (offset, length).
    QList<std::pair<int, int>> readerSearchHighlights() const { return m_searchHighlights; }
    QString searchMessage() const;
    // Curation: Edit ▸ Undo / Redo, Edit ▸ History (created when first shown), the review flow.
    UndoController* undoController() const { return m_undo; }
    ReviewController* reviewController() const { return m_review; }
    HistoryDialog* showHistory();
    // View ▸ Language.
    LanguageMenu* languageMenu() const { return m_language; }
    QString statusText() const;
    // The bar above the reader saying the document on show is not in the filter.
    ReaderFilterBar* readerFilterBar() const { return m_readerFilterBar; }
    // Edit ▸ Clear Filters: the search, the list's quick filter and every filter of the selection.
    void clearFilters();
    // First steps: Help menu, the notice above the views, the note over empty views, full screen.
    HelpMenu* helpMenu() const { return m_help; }
    CorpusBanner* banner() const { return m_banner; }
    EmptyCorpusHint* emptyCorpusHint() const { return m_emptyHint; }
    QAction* openFolderAction() const { return m_openFolder; }
    QAction* fullScreenAction() const;
    // A folder asked for (--corpus) does not exist: the window says so and offers to open another.
    void reportMissingFolder(const QString& folder);
    // Issue 15: the chronology, presentation mode and the stories panel.
    ChronologyController* chronologyController() const { return m_chronology; }
    Presentation* presentation() const { return m_presentation; }
    StoryPanel* storyPanel() const { return m_storyPanel; }
    // What the window shows now as a story step (filter, document, zoom, views; no caption).
    core::StoryStep currentViewAsStep() const;
    // Issue 16: View ▸ Original Page and the reader's strip of linked documents (attachments, replies).
    OriginalPageController* originalPage() const { return m_originalPage; }
    DocumentLinksStrip* linksStrip() const { return m_links; }

signals:
    void documentsShown(); // a database is open, its documents in the list and the timeline
    void corpusLoaded();   // … and every view filled: correspondents, graph, events
    void importFinished(bool ok);
    void searchFinished();
    // Opening, reading or importing the corpus failed; the message was shown (or printed).
    void loadFailed(const QString& message);
    // The views show the corpus as read again after an edit (here or by another process).
    void corpusRefreshed();

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QWidget* buildListPane();
    QWidget* buildReaderPane();
    void buildActions();
    void onCorpusRead();
    void showDocument(qint64 id);
    void runSearch();
    void onSearchDone();
    void showSearchResults(const core::SearchResults& results);
    void updateStatus();
    void updateWindowTitle();
    void chooseFolder();
    void chooseDatabase();
    void onImportFinished();
    bool confirmRemoveGone(const core::ImportSummary& summary); // the user's answer; lists the files
    void askForPasswords(const core::ImportSummary& summary);
    QWidget* buildOriginalBeside();
    void zoomText(int steps);
    void showError(const QString& title, const QString& message);
    bool asksBeforeCreating(const QString& path);
    bool refusesReadOnlyImport(const QString& databasePath);
    void rememberRecent(const QString& databasePath, const QString& importFolder);
    void fillRecentMenu(QMenu* menu);
    // Views follow every edit: the session's signals ask the refresher for a new reading.
    void attachSession();
    void onRefreshed(const CorpusRefresh& refresh);
    void showDocumentAt(const QString& sourcePath);
    // The saved geometry, or the first-run one, fitted to the screen's available area.
    void restoreWindowGeometry(const QByteArray& saved);
    // A document's row in the filtered list (invalid when the filters leave it out).
    QModelIndex listIndexOf(qint64 id) const;

    core::SelectionState* m_selection = nullptr;
    std::unique_ptr<core::CorpusSession> m_session;
    // The corpus an import writes into while another one is on screen; it becomes m_session when done.
    std::unique_ptr<core::CorpusSession> m_importSession;
    core::DocumentTableModel* m_model = nullptr;
    core::DocumentFilterProxy* m_proxy = nullptr;
    TimelineView* m_timeline = nullptr;
    GraphView* m_graph = nullptr;
    GraphFilterBar* m_graphFilters = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_listFilter = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_searchFeedback = nullptr;
    QTextBrowser* m_results = nullptr;
    QTabWidget* m_listTabs = nullptr;
    CorrespondentsPane* m_correspondents = nullptr;
    GoToCorrespondent* m_goTo = nullptr;
    QRect m_placedGeometry; // where restoreWindowGeometry() put the window, until it is first shown
    QLabel* m_title = nullptr;
    core::FactsModel* m_facts = nullptr;
    QTableView* m_factsTable = nullptr;
    QPlainTextEdit* m_reader = nullptr;
    ReaderCuration* m_curation = nullptr;
    QSplitter* m_vertical = nullptr;
    QSplitter* m_horizontal = nullptr;
    QLabel* m_status = nullptr;
    std::shared_ptr<const core::CorpusIndex> m_summaryCorpus; // what m_corpusSummary describes
    QString m_corpusSummary; // "N documents · N correspondents · 2014–2020"
    QTimer m_searchDelay;
    QTimer m_listFilterDelay;
    QList<std::pair<int, int>> m_searchHighlights;
    qreal m_baseFontSize = 0;
    int m_zoomSteps = 0;
    quint64 m_resultsGeneration = 0; // grows with each new results list, so stale pieces are dropped
    QFutureWatcher<core::Result<core::ImportSummary>> m_importWatcher;
    QFutureWatcher<core::Result<core::CorpusIndex>> m_corpusWatcher;
    QFutureWatcher<core::Result<core::SearchResults>> m_searchWatcher;
    std::optional<bool> m_importOutcome; // reported once the imported corpus is on screen
    QProgressDialog* m_progress = nullptr;
    QString m_importDatabase;
    bool m_interactive = true;
    UndoController* m_undo = nullptr;
    ReviewController* m_review = nullptr;
    CorpusRefresher* m_refresher = nullptr;
    HistoryDialog* m_history = nullptr;
    StatusCounts* m_counts = nullptr;
    ReaderFilterBar* m_readerFilterBar = nullptr;
    bool m_quietSearch = false; // a search run again after an edit keeps the tab and the document
    Retranslator* m_retranslator = nullptr; // the window's words, set again when the language changes
    LanguageMenu* m_language = nullptr;
    int m_resultsShown = -1; // the count in the results tab's title (none before a search)
    HelpMenu* m_help = nullptr;
    CorpusBanner* m_banner = nullptr;
    EmptyCorpusHint* m_emptyHint = nullptr;
    QAction* m_openFolder = nullptr;
    FullScreenAction* m_fullScreen = nullptr;
    QString m_corpusName; // the open corpus's folder name, for the title
    ChronologyController* m_chronology = nullptr;
    Presentation* m_presentation = nullptr;
    StoryPanel* m_storyPanel = nullptr;
    OriginalPageController* m_originalPage = nullptr;
    DocumentLinksStrip* m_links = nullptr;
    // The running import's options, to import the password-protected PDFs again once unlocked.
    core::ImportOptions m_importOptions;
};

} // namespace littoral::ui
