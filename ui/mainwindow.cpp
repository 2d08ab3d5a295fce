// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "core/db/database.h"
#include "core/db/searchquery.h"
#include "core/db/searchrepository.h"
#include "core/domain/importproblem.h"
#include "core/import/corpuslocation.h"
#include "core/models/corpusindex.h"
#include "core/models/documentfilterproxy.h"
#include "core/models/documenttablemodel.h"
#include "core/models/factsmodel.h"
#include "core/models/matchfinder.h"
#include "core/models/selectionstate.h"
#include "core/session/corpussession.h"
#include "core/workpool.h"
#include "ui/corpusbanner.h"
#include "ui/corpusrefresher.h"
#include "ui/correspondentspane.h"
#include "ui/emptycorpushint.h"
#include "ui/exportdataaction.h"
#include "ui/factsdelegate.h"
#include "ui/figureactions.h"
#include "ui/briefingdialog.h"
#include "ui/chronologycontroller.h"
#include "ui/gotocorrespondent.h"
#include "ui/fullscreenaction.h"
#include "ui/graphfilterbar.h"
#include "ui/graphview.h"
#include "ui/helpmenu.h"
#include "ui/historydialog.h"
#include "ui/languagemenu.h"
#include "ui/palette.h"
#include "ui/presentation.h"
#include "core/models/storysteps.h"
#include "ui/readercuration.h"
#include "ui/documentlinksstrip.h"
#include "ui/originalpagecontroller.h"
#include "ui/passwordprompt.h"
#include "ui/retranslator.h"
#include "ui/readerfilterbar.h"
#include "ui/reviewcontroller.h"
#include "ui/rolefilterbox.h"
#include "ui/statuscounts.h"
#include "ui/storypanel.h"
#include "ui/timelineview.h"
#include "ui/undocontroller.h"
#include "ui/windowgeometry.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QShowEvent>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QtConcurrent>
#include <QVBoxLayout>

#include <cmath>

namespace littoral::ui {

using namespace littoral::core;

namespace {

// Snippet markers the database puts around a match: control characters no document text contains
// after cleaning, so the snippet can be escaped as plain text before the highlight is added.
const QString kMarkOpen = QStringLiteral("\x02");
const QString kMarkClose = QStringLiteral("\x03");
// The results pane lists the best-ranked page; the list, timeline and graph show every match.
constexpr int kResultsPage = 200;
constexpr qreal kZoomStep = 1.15;

QTextEdit::ExtraSelection highlight(QPlainTextEdit* editor, qsizetype offset, qsizetype length, QColor color, int alpha = 70)
{
    QTextEdit::ExtraSelection selection;
    selection.cursor = QTextCursor(editor->document());
    selection.cursor.setPosition(int(offset));
    selection.cursor.setPosition(int(offset + length), QTextCursor::KeepAnchor);
    color.setAlpha(alpha);
    selection.format.setBackground(color);
    return selection;
}

// A snippet as safe HTML: the text escaped, then the database's markers turned into highlights.
QString snippetHtml(const QString& snippet)
{
    QString html = snippet.simplified().toHtmlEscaped();
    html.replace(kMarkOpen, QStringLiteral("<span style=\"background-color:%1; color:black\">").arg(Palette::searchHit().name()));
    html.replace(kMarkClose, QStringLiteral("</span>"));
    return html;
}

// What the search found, beside the search field.
QString searchFeedback(int total)
{
    return total == 0 ? MainWindow::tr("No document matches") : MainWindow::tr("%Ln document(s) match", nullptr, total);
}

// Esc empties a filter field, as the timeline's Esc clears its period.
class ClearOnEscape final : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape)
            if (auto* edit = qobject_cast<QLineEdit*>(watched); edit && !edit->text().isEmpty()) {
                edit->clear();
                return true;
            }
        return QObject::eventFilter(watched, event);
    }
};

void clearOnEscape(QLineEdit* edit)
{
    edit->installEventFilter(new ClearOnEscape(edit));
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_selection(new SelectionState(this))
    , m_model(new DocumentTableModel(this))
    , m_proxy(new DocumentFilterProxy(m_selection, this))
    , m_facts(new FactsModel(this))
{
    m_retranslator = new Retranslator(this);
    setWindowTitle(tr("Littoral"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/littoral.svg")));
    setAcceptDrops(true);
    m_proxy->setSourceModel(m_model);
    m_baseFontSize = QApplication::font().pointSizeF();
    m_undo = new UndoController(this);
    m_refresher = new CorpusRefresher(this);
    connect(m_refresher, &CorpusRefresher::refreshed, this, &MainWindow::onRefreshed);

    m_timeline = new TimelineView(m_selection, this);
    m_graph = new GraphView(m_selection, this);
    m_goTo = new GoToCorrespondent(m_selection, m_graph, this);

    // The graph under its filters' row.
    auto* graphPane = new QWidget(this);
    m_graphFilters = new GraphFilterBar(m_selection, m_graph, graphPane);
    auto* graphLayout = new QVBoxLayout(graphPane);
    graphLayout->setContentsMargins(0, 0, 0, 0);
    graphLayout->setSpacing(0);
    graphLayout->addWidget(m_graphFilters);
    graphLayout->addWidget(m_graph, 1);

    m_horizontal = new QSplitter(Qt::Horizontal, this);
    m_horizontal->addWidget(graphPane);
    m_horizontal->addWidget(buildListPane());
    m_horizontal->addWidget(buildReaderPane());
    m_horizontal->setChildrenCollapsible(false);

    m_vertical = new QSplitter(Qt::Vertical, this);
    m_vertical->addWidget(m_timeline);
    m_vertical->addWidget(m_horizontal);
    m_vertical->setChildrenCollapsible(false);
    // The notice line above the views, and the note over them while there is nothing to show.
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_vertical, 1);
    setCentralWidget(central);

    m_status = new QLabel(this);
    statusBar()->addPermanentWidget(m_status, 1);
    m_counts = new StatusCounts(m_selection, m_proxy, this);
    connect(m_counts, &StatusCounts::changed, this, &MainWindow::updateStatus);
    statusBar()->addPermanentWidget(m_review->statusLabel());

    buildActions();
    // The summary and the filters' words were put together in the previous language.
    connect(m_retranslator, &Retranslator::languageChanged, this, [this] {
        m_summaryCorpus.reset();
        updateStatus();
        updateWindowTitle();
        if (m_selection->hasSearch() && m_resultsShown >= 0 && !m_searchWatcher.isRunning())
            m_searchFeedback->setText(searchFeedback(m_resultsShown));
        refreshTexts(m_model);
        refreshTexts(m_facts);
        if (const qint64 current = m_selection->currentDocument(); m_session && current != 0) {
            const int scrolled = m_reader->verticalScrollBar()->value();
            showDocument(current); // its title line names its type
            m_reader->verticalScrollBar()->setValue(scrolled);
        }
    });
    m_banner = new CorpusBanner(m_openFolder, central);
    centralLayout->insertWidget(0, m_banner);
    m_emptyHint = new EmptyCorpusHint(m_horizontal, central);
    m_emptyHint->setDocumentCount(0);
    // Files dropped on the reader are for the window to import: a read-only text view takes the drag
    // and then refuses it.
    m_reader->setAcceptDrops(false);
    m_reader->viewport()->setAcceptDrops(false);

    connect(m_selection, &SelectionState::currentDocumentChanged, this, [this](qint64 id) {
        showDocument(id);
        // Keep the list's current row on the document chosen elsewhere (timeline, results).
        const QModelIndex index = listIndexOf(id);
        if (index.isValid() && m_table->currentIndex().row() != index.row())
            m_table->setCurrentIndex(index);
    });
    connect(m_selection, &SelectionState::filterChanged, this, &MainWindow::updateStatus);
    connect(m_selection, &SelectionState::filterChanged, this, [this] {
        // No search any more (cleared, or another corpus): neither its count nor its tab title stays.
        if (m_selection->hasSearch())
            return;
        m_listTabs->setTabText(1, tr("Search results"));
        if (m_search->text().trimmed().isEmpty() && !m_searchWatcher.isRunning())
            m_searchFeedback->clear();
    });
    connect(&m_importWatcher, &QFutureWatcher<Result<ImportSummary>>::finished, this, &MainWindow::onImportFinished);
    connect(&m_corpusWatcher, &QFutureWatcher<Result<CorpusIndex>>::finished, this, &MainWindow::onCorpusRead);
    connect(&m_searchWatcher, &QFutureWatcher<Result<SearchResults>>::finished, this, &MainWindow::onSearchDone);
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(&m_searchDelay, &QTimer::timeout, this, &MainWindow::runSearch);

    QSettings settings;
    restoreWindowGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    emphasize(View::Reader);
    m_vertical->restoreState(settings.value(QStringLiteral("window/vertical")).toByteArray());
    m_horizontal->restoreState(settings.value(QStringLiteral("window/horizontal")).toByteArray());
    zoomText(settings.value(QStringLiteral("window/zoomSteps"), 0).toInt());
    updateStatus();
}

MainWindow::~MainWindow()
{
    // A cancelled import stops inside the file it is extracting (ExtractionLimits), so this wait is short.
    if (m_importWatcher.isRunning()) {
        m_importWatcher.cancel();
        m_importWatcher.waitForFinished();
    }
    m_corpusWatcher.waitForFinished();
    m_searchWatcher.waitForFinished(); // a search holds a connection of its own; queries are bounded (SearchQuery)
    // Graph layouts and paints hold only shared values and cannot be interrupted: they are given a
    // moment to finish, and are not waited for beyond it.
    constexpr int kPoolWaitMs = 1000;
    workPool()->waitForDone(kPoolWaitMs);
}

QWidget* MainWindow::buildListPane()
{
    m_listFilter = new QLineEdit(this);
    m_retranslator->add([this] { m_listFilter->setPlaceholderText(tr("Filter this list by date, type, sender, recipient or title  (Ctrl+L)")); });
    m_listFilter->setObjectName(QStringLiteral("listFilter"));
    m_listFilter->setClearButtonEnabled(true);
    clearOnEscape(m_listFilter);
    // Filtering 100,000 rows takes a moment: once typing pauses, not at every key.
    m_listFilterDelay.setSingleShot(true);
    m_listFilterDelay.setInterval(200);
    connect(m_listFilter, &QLineEdit::textChanged, &m_listFilterDelay, qOverload<>(&QTimer::start));
    connect(&m_listFilterDelay, &QTimer::timeout, this, [this] { m_proxy->setTextFilter(m_listFilter->text()); });

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DocumentTableModel::DateColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    // Column widths from the first rows, not the first thousand: fitting 100,000 rows took 200 ms.
    m_table->horizontalHeader()->setResizeContentsPrecision(100);
    m_table->setColumnHidden(DocumentTableModel::LanguageColumn, true);
    // The review mark first, narrow; it stays the last column of the model so the others keep their numbers.
    m_table->horizontalHeader()->moveSection(DocumentTableModel::ReviewedColumn, 0);
    m_review = new ReviewController(m_selection, m_model, m_proxy, m_table, this);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        if (current.isValid())
            m_selection->setCurrentDocument(current.data(DocumentTableModel::DocumentIdRole).toLongLong());
    });

    auto* documents = new QWidget(this);
    auto* layout = new QVBoxLayout(documents);
    layout->setContentsMargins(0, 4, 0, 0);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_listFilter, 1);
    filters->addWidget(new RoleFilterBox(m_selection, this));
    auto* review = new QToolButton(this);
    review->setDefaultAction(m_review->filterAction());
    review->setToolButtonStyle(Qt::ToolButtonTextOnly);
    filters->addWidget(review);
    layout->addLayout(filters);
    layout->addWidget(m_table);

    m_results = new QTextBrowser(this);
    m_results->setOpenLinks(false);
    connect(m_results, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == QLatin1String("doc"))
            m_selection->setCurrentDocument(url.path().toLongLong());
    });

    m_listTabs = new QTabWidget(this);
    m_listTabs->setObjectName(QStringLiteral("listTabs"));
    m_listTabs->setDocumentMode(true);
    m_listTabs->addTab(documents, QString());
    m_listTabs->addTab(m_results, QString());
    m_correspondents = new CorrespondentsPane(this);
    m_listTabs->addTab(m_correspondents, QString());
    m_retranslator->add([this] {
        m_listTabs->setTabText(0, tr("Documents"));
        m_listTabs->setTabText(1, m_resultsShown < 0 ? tr("Search results") : tr("Search results (%1)").arg(QLocale().toString(m_resultsShown)));
        m_listTabs->setTabText(2, tr("Correspondents"));
    });
    connect(m_correspondents, &CorrespondentsPane::correspondentActivated, m_selection, &SelectionState::setCorrespondent);
    // The graph's columns of the table come from the corpus the views show, once it is complete.
    for (const auto signal : { &SelectionState::corpusChanged, &SelectionState::corpusCompleted, &SelectionState::corpusReloaded })
        connect(m_selection, signal, m_correspondents, [this] { m_correspondents->setCorpus(m_selection->corpusPointer()); });
    // The graph asks; the pane carries it out through the session and tells what it refused.
    connect(m_graph, &GraphView::mergeRequested, m_correspondents, &CorrespondentsPane::mergeInto);
    connect(m_graph, &GraphView::renameRequested, m_correspondents, &CorrespondentsPane::renameCorrespondent);
    connect(m_graph, &GraphView::kindChangeRequested, m_correspondents,
        [this](qint64 id, core::CorrespondentKind kind) { m_correspondents->setKind({ id }, kind); });
    connect(m_graph, &GraphView::showInCorrespondentsRequested, m_correspondents, [this](qint64 id) {
        m_listTabs->setCurrentWidget(m_correspondents);
        m_correspondents->selectCorrespondent(id);
    });
    return m_listTabs;
}

QWidget* MainWindow::buildReaderPane()
{
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText); // extracted text is data, never markup
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setMargin(6);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_factsTable = new QTableView(this);
    m_factsTable->setModel(m_facts);
    m_factsTable->setItemDelegate(new FactsDelegate(m_factsTable));
    m_factsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_factsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_factsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_factsTable->setWordWrap(false);
    m_factsTable->verticalHeader()->hide();
    m_factsTable->horizontalHeader()->setSectionResizeMode(FactsModel::ValueColumn, QHeaderView::Stretch);
    m_factsTable->horizontalHeader()->setSectionResizeMode(FactsModel::SourceColumn, QHeaderView::Stretch);
    // A fact clicked shows where it was read.
    connect(m_factsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        const int offset = current.data(FactsModel::EvidenceOffsetRole).toInt();
        const int length = current.data(FactsModel::EvidenceLengthRole).toInt();
        if (!current.isValid() || offset < 0 || length <= 0)
            return;
        QTextCursor cursor(m_reader->document());
        cursor.setPosition(offset);
        cursor.setPosition(offset + length, QTextCursor::KeepAnchor);
        m_reader->setTextCursor(cursor);
        m_reader->centerCursor();
    });

    m_readerFilterBar = new ReaderFilterBar(m_selection, m_proxy, [this](qint64 id) { return listIndexOf(id).isValid(); }, this);
    connect(m_readerFilterBar, &ReaderFilterBar::clearFiltersRequested, this, [this] {
        clearFilters();
        if (const QModelIndex index = listIndexOf(m_selection->currentDocument()); index.isValid())
            m_table->setCurrentIndex(index);
    });
    m_reader = new QPlainTextEdit(this);
    m_reader->setReadOnly(true);
    m_reader->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_curation = new ReaderCuration(m_factsTable, m_facts, m_reader, [this](qint64 id) { showDocument(id); }, this);
    // The bar as context: an editor committing while the window closes still finds it.
    connect(m_curation, &ReaderCuration::messageShown, statusBar(), [bar = statusBar()](const QString& message) {
        bar->showMessage(message, 15000);
    });
    auto* facts = new QWidget(this);
    auto* factsLayout = new QVBoxLayout(facts);
    factsLayout->setContentsMargins(0, 0, 0, 0);
    factsLayout->setSpacing(0);
    factsLayout->addWidget(m_readerFilterBar);
    factsLayout->addWidget(m_title);
    factsLayout->addWidget(m_factsTable);
    auto* pane = new QSplitter(Qt::Vertical, this);
    pane->addWidget(facts);
    pane->addWidget(buildOriginalBeside());
    pane->setStretchFactor(0, 2);
    pane->setStretchFactor(1, 3);
    return pane;
}

// Issue 16: the thread strip above the text, and the original page beside it (View ▸ Original Page).
QWidget* MainWindow::buildOriginalBeside()
{
    auto* text = new QWidget(this);
    auto* layout = new QVBoxLayout(text);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_links = new DocumentLinksStrip(text);
    connect(m_links, &DocumentLinksStrip::documentActivated, m_selection, &SelectionState::setCurrentDocument);
    layout->addWidget(m_links);
    layout->addWidget(m_reader, 1);
    auto* beside = new QSplitter(Qt::Horizontal, this);
    beside->addWidget(text);
    m_originalPage = new OriginalPageController(m_factsTable, m_facts, beside, this);
    beside->addWidget(m_originalPage->view());
    beside->setChildrenCollapsible(false);
    return beside;
}

void MainWindow::buildActions()
{
    QMenu* file = menuBar()->addMenu(QString());
    m_retranslator->add([file] { file->setTitle(tr("&File")); });
    QAction* openFolder = file->addAction(QString(), this, &MainWindow::chooseFolder);
    m_retranslator->add([openFolder] { openFolder->setText(tr("Open Corpus &Folder…")); });
    openFolder->setShortcut(QKeySequence::Open);
    QAction* openDb = file->addAction(QString(), this, &MainWindow::chooseDatabase);
    m_retranslator->add([openDb] { openDb->setText(tr("Open &Database…")); });
    m_openFolder = openFolder;
    openDb->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    QAction* sample = file->addAction(QString(), this, [this] {
        importInto(CorpusLocation::databaseFor(CorpusLocation::sampleCorpus()), { CorpusLocation::sampleCorpus() });
    });
    m_retranslator->add([sample] { sample->setText(tr("Open &Sample Corpus")); });
    QMenu* recent = file->addMenu(QString());
    m_retranslator->add([recent] { recent->setTitle(tr("Open &Recent")); });
    recent->setToolTipsVisible(true); // each entry's folder, in full
    connect(recent, &QMenu::aboutToShow, this, [this, recent] { fillRecentMenu(recent); });
    file->addSeparator();
    const auto* exportData = new ExportDataAction(m_selection, [this] { return m_session ? m_session->path() : QString(); }, this);
    file->addAction(exportData->action());
    auto* figures = new FigureActions(this, m_timeline, m_graph);
    file->addAction(figures->exportAction());
    QAction* briefing = file->addAction(QString(), this, [this] {
        if (!m_session || !m_selection->corpusPointer())
            return;
        auto* dialog = new BriefingDialog(m_selection, m_session->path(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    briefing->setObjectName(QStringLiteral("briefingAction"));
    m_retranslator->add([briefing] { briefing->setText(tr("&Briefing…")); });
    file->addSeparator();
    QAction* quit = file->addAction(QString(), this, &QWidget::close);
    m_retranslator->add([quit] { quit->setText(tr("&Quit")); });
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(QString());
    m_retranslator->add([edit] { edit->setTitle(tr("&Edit")); });
    edit->addAction(m_undo->undoAction());
    edit->addAction(m_undo->redoAction());
    QAction* history = edit->addAction(QString(), this, &MainWindow::showHistory);
    m_retranslator->add([history] { history->setText(tr("&History…")); });
    history->setShortcut(QKeySequence(tr("Ctrl+Shift+H")));
    edit->addSeparator();
    QAction* find = edit->addAction(QString(), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    m_retranslator->add([find] { find->setText(tr("&Search Documents")); });
    find->setShortcut(QKeySequence::Find);
    QAction* filterList = edit->addAction(QString(), this, [this] {
        m_listTabs->setCurrentIndex(0);
        m_listFilter->setFocus();
        m_listFilter->selectAll();
    });
    m_retranslator->add([filterList] { filterList->setText(tr("&Filter the List")); });
    filterList->setShortcut(QKeySequence(tr("Ctrl+L")));
    QAction* clear = edit->addAction(QString(), this, &MainWindow::clearFilters);
    m_retranslator->add([clear] { clear->setText(tr("&Clear Filters")); });
    clear->setShortcut(QKeySequence(tr("Ctrl+Backspace")));
    edit->addSeparator();
    edit->addAction(m_goTo->action());
    edit->addAction(figures->copyAction());

    QMenu* reviewMenu = menuBar()->addMenu(QString());
    m_retranslator->add([reviewMenu] { reviewMenu->setTitle(tr("&Review")); });
    reviewMenu->addAction(m_review->filterAction());
    reviewMenu->addAction(m_review->nextAction());
    reviewMenu->addAction(m_review->markReviewedAction());
    reviewMenu->addAction(m_review->markUnreviewedAction());

    QMenu* view = menuBar()->addMenu(QString());
    m_retranslator->add([view] { view->setTitle(tr("&View")); });
    const std::pair<View, const char*> views[] = { { View::Timeline, QT_TR_NOOP("&Timeline") },
        { View::Graph, QT_TR_NOOP("&Graph") }, { View::Reader, QT_TR_NOOP("&Reader") } };
    int key = Qt::Key_1;
    for (const auto& [which, label] : views) {
        QAction* a = view->addAction(QString(), this, [this, which] { emphasize(which); });
        m_retranslator->add([a, label] { a->setText(tr(label)); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(key++)));
    }
    QAction* fit = view->addAction(QString(), m_timeline, &TimelineView::fitToData);
    m_retranslator->add([fit] { fit->setText(tr("&Fit Timeline to Data")); });
    fit->setShortcut(QKeySequence(tr("Ctrl+Shift+F")));
    view->addAction(m_originalPage->action());
    view->addSeparator();
    QAction* bigger = view->addAction(QString(), this, [this] { zoomText(+1); });
    m_retranslator->add([bigger] { bigger->setText(tr("&Larger Text (presentation)")); });
    bigger->setShortcuts({ QKeySequence::ZoomIn, QKeySequence(tr("Ctrl+=")) });
    QAction* smaller = view->addAction(QString(), this, [this] { zoomText(-1); });
    m_retranslator->add([smaller] { smaller->setText(tr("&Smaller Text")); });
    smaller->setShortcut(QKeySequence::ZoomOut);
    QAction* normal = view->addAction(QString(), this, [this] { zoomText(-m_zoomSteps); });
    m_retranslator->add([normal] { normal->setText(tr("&Normal Text Size")); });
    normal->setShortcut(QKeySequence(tr("Ctrl+0")));
    view->addSeparator();
    m_language = new LanguageMenu(this);
    view->addMenu(m_language->menu());
    m_fullScreen = new FullScreenAction(this);
    view->addAction(m_fullScreen);
    // Issue 15: presenting, stories and the chronology (each wires its own actions and menus).
    m_chronology = new ChronologyController(this);
    file->insertAction(file->actions().value(file->actions().indexOf(quit) - 1), m_chronology->dialogAction()); // above Quit's separator
    m_presentation = new Presentation(this);
    view->addAction(m_presentation->action());
    view->addAction(m_presentation->fromStepAction());
    m_storyPanel = new StoryPanel(this);
    addDockWidget(Qt::RightDockWidgetArea, m_storyPanel);
    m_storyPanel->hide();
    view->addAction(m_storyPanel->toggleViewAction()); // View ▸ Stories (Ctrl+Shift+S)

    auto* bar = addToolBar(QString());
    m_retranslator->add([bar] { bar->setWindowTitle(tr("Search")); });
    bar->setObjectName(QStringLiteral("searchToolBar"));
    bar->setMovable(false);
    m_search = new QLineEdit(this);
    m_retranslator->add([this] {
        m_search->setPlaceholderText(tr("Search the texts — accents optional, \"exact phrase\", prefix*, OR, -exclude  (Ctrl+F)"));
    });
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setClearButtonEnabled(true);
    clearOnEscape(m_search);
    m_search->setMinimumWidth(420);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &MainWindow::runSearch);
    bar->addWidget(m_search);
    m_searchFeedback = new QLabel(this);
    m_searchFeedback->setContentsMargins(12, 0, 12, 0);
    bar->addWidget(m_searchFeedback);
    bar->addSeparator();
    // The timeline's own Fit button already fits it: the bar keeps only what acts on every view.
    bar->addAction(clear);
    auto* texts = new Retranslator(this);
    texts->add([this, clear] {
        const auto keys = [](const QAction* a) { return a->shortcut().toString(QKeySequence::NativeText); };
        m_search->setToolTip(tr("Search the texts of every document (%1): accents and case do not matter; "
                                "\"exact phrase\", prefix*, OR and -exclude work")
                                 .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
        m_searchFeedback->setToolTip(tr("How many documents the search matches"));
        clear->setToolTip(tr("Show every document again: clears the period, the correspondent, the search and the "
                             "list filter (%1)")
                              .arg(keys(clear)));
    });
    m_help = new HelpMenu(this);
}

QAction* MainWindow::fullScreenAction() const
{
    return m_fullScreen;
}

void MainWindow::reportMissingFolder(const QString& folder)
{
    m_banner->folderMissing(folder);
}

void MainWindow::emphasize(View view)
{
    const int h = std::max(height(), 600);
    const int w = std::max(width(), 900);
    switch (view) {
    case View::Timeline:
        m_vertical->setSizes({ h * 55 / 100, h * 45 / 100 });
        m_horizontal->setSizes({ w * 34 / 100, w * 33 / 100, w * 33 / 100 });
        break;
    case View::Graph:
        m_vertical->setSizes({ h * 30 / 100, h * 70 / 100 });
        m_horizontal->setSizes({ w * 52 / 100, w * 22 / 100, w * 26 / 100 });
        break;
    case View::Reader:
        m_vertical->setSizes({ h * 32 / 100, h * 68 / 100 });
        m_horizontal->setSizes({ w * 28 / 100, w * 32 / 100, w * 40 / 100 });
        break;
    }
}

bool MainWindow::openDatabase(const QString& path)
{
    if (!QFileInfo::exists(path) && !asksBeforeCreating(path))
        return false;
    // A corpus on a read-only medium (or a file this user may only read) is still worth reading,
    // searching and exporting: opened read-only, with nothing migrated and its journal left alone.
    if (m_importSession && m_importSession->path() == path) {
        m_session = std::move(m_importSession);
    } else {
        auto session = CorpusSession::open(path);
        if (!session) {
            showError(tr("Cannot open the corpus"), session.error().detail);
            emit loadFailed(session.error().detail);
            return false;
        }
        m_session = std::move(*session);
    }
    m_importSession.reset();
    m_correspondents->setSession(m_session.get());
    attachSession();
    // Named by the folder it was imported from, not by its database's internal name.
    const QString folder = m_session->importFolder().value_or(QString());
    rememberRecent(path, folder);
    m_corpusName = CorpusLocation::displayName(path, folder);
    updateWindowTitle();
    if (m_session->isReadOnly()) {
        const QString notice = tr("%1 is read-only: it can be read, searched and exported; nothing can be imported into it.")
                                   .arg(QDir::toNativeSeparators(path));
        if (!m_interactive)
            qInfo("littoral: %s", qUtf8Printable(notice));
    }
    statusBar()->showMessage(tr("Reading the corpus…"));
    // A large corpus takes a moment to index: read it on the pool, the documents first so that the
    // list and the timeline show them at once; onCorpusRead() then asks for the correspondents and events.
    m_corpusWatcher.setFuture(QtConcurrent::run(workPool(), [path] { return CorpusIndex::loadDocuments(path); }));
    return true;
}

// `littoral --db typo.db` must not quietly leave an empty corpus behind.
bool MainWindow::asksBeforeCreating(const QString& path)
{
    const QString native = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (!m_interactive) {
        const QString message = tr("The corpus database %1 does not exist.").arg(native);
        showError(tr("Cannot open the corpus"), message);
        emit loadFailed(message);
        return false;
    }
    QMessageBox box(QMessageBox::Question, tr("Create a new corpus?"),
        tr("There is no corpus database at %1.\n\nCreate a new, empty corpus there?").arg(native), QMessageBox::Cancel, this);
    QPushButton* create = box.addButton(tr("Create"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == create;
}

void MainWindow::updateWindowTitle()
{
    if (!m_session) {
        setWindowTitle(tr("Littoral"));
        return;
    }
    const QString name = m_corpusName;
    setWindowTitle(m_session->isReadOnly() ? tr("%1 (read-only) — Littoral").arg(name) : tr("%1 — Littoral").arg(name));
}

bool MainWindow::isReadOnly() const
{
    return m_session && m_session->isReadOnly();
}

bool MainWindow::refusesReadOnlyImport(const QString& databasePath)
{
    if (!isReadOnly() || databasePath != m_session->path())
        return false;
    const QString message = tr("%1 is read-only (its file or its folder cannot be written): files cannot be added to it. "
                               "Copy it to a folder you can write to, or open a corpus folder instead.")
                                .arg(QDir::toNativeSeparators(databasePath));
    showError(tr("The corpus is read-only"), message);
    emit importFinished(false);
    return true;
}

void MainWindow::onCorpusRead()
{
    Result<CorpusIndex> index = m_corpusWatcher.result();
    if (!index) {
        statusBar()->clearMessage();
        showError(tr("Cannot read the corpus"), index.error().detail);
        emit loadFailed(index.error().detail);
        if (m_importOutcome)
            emit importFinished(false);
        m_importOutcome.reset();
        return;
    }
    auto corpus = std::make_shared<const CorpusIndex>(std::move(*index));
    if (corpus->isComplete()) {
        statusBar()->clearMessage();
        m_model->updateDocuments(corpus->documents());
        m_selection->completeCorpus(corpus);
        updateStatus();
        m_refresher->scheduleReview();
        emit corpusLoaded();
        if (const std::optional<bool> outcome = std::exchange(m_importOutcome, std::nullopt))
            emit importFinished(*outcome);
        return;
    }
    statusBar()->showMessage(tr("Reading correspondents and events…"));
    // The selection first: its reset re-filters the list while it still holds the previous corpus
    // (nothing, when opening), and the new rows are then filtered and sorted once.
    m_selection->setCorpus(corpus);
    m_model->setDocuments(corpus->documents());
    m_search->clear();
    runSearch(); // now, not after the typing delay: nothing of the previous corpus's search stays
    ++m_resultsGeneration;
    m_results->clear();
    m_table->resizeColumnsToContents();
    for (int column : { int(DocumentTableModel::SendersColumn), int(DocumentTableModel::RecipientsColumn) })
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 180));
    updateStatus();
    if (m_proxy->rowCount() > 0)
        selectDocumentRow(0);
    m_banner->corpusShown(m_session->path(), int(corpus->documents().size()));
    m_emptyHint->setDocumentCount(int(corpus->documents().size()));
    emit documentsShown();
    m_corpusWatcher.setFuture(QtConcurrent::run(workPool(), [corpus, path = m_session->path()] { return corpus->completed(path); }));
}

void MainWindow::selectDocumentRow(int row)
{
    const QModelIndex index = m_proxy->index(row, 0);
    if (index.isValid())
        m_table->setCurrentIndex(index);
}

QString MainWindow::readerText() const
{
    return m_reader->toPlainText();
}

QString MainWindow::searchMessage() const
{
    return m_searchFeedback->text();
}

void MainWindow::search(const QString& query)
{
    m_search->setText(query);
    runSearch();
}

void MainWindow::runSearch()
{
    m_searchDelay.stop();
    const QString query = m_search->text().trimmed();
    if (m_searchWatcher.isRunning())
        return; // onSearchDone() runs the newest query once this one is back
    if (query == m_selection->searchQuery() && !query.isEmpty()) {
        emit searchFinished();
        return;
    }
    if (query.isEmpty() || !m_session) {
        m_searchFeedback->clear();
        m_listTabs->setTabText(1, tr("Search results"));
        ++m_resultsGeneration;
        m_results->clear();
        m_selection->clearSearch();
        showDocument(m_selection->currentDocument());
        emit searchFinished();
        return;
    }
    if (const auto expression = SearchQuery::toFts5(query); !expression) {
        // A half-typed query (an open quote, a lone OR) is normal while typing: say so gently, keep the last results.
        m_searchFeedback->setText(expression.error().detail);
        emit searchFinished();
        return;
    }
    m_searchFeedback->setText(tr("Searching…"));
    m_quietSearch = false; // the person's own query: its results are shown
    // Ranking a common word over 100,000 documents takes a few hundred milliseconds: not on this thread.
    m_searchWatcher.setFuture(QtConcurrent::run(workPool(), [path = m_session->path(), query]() -> Result<SearchResults> {
        auto reader = Database::openExisting(path);
        if (!reader)
            return std::unexpected(reader.error());
        return SearchRepository(*reader).searchAll(query, kResultsPage, kMarkOpen, kMarkClose);
    }));
}

void MainWindow::onSearchDone()
{
    const Result<SearchResults> results = m_searchWatcher.result();
    if (!results) {
        m_searchFeedback->setText(tr("Search failed: %1").arg(results.error().detail));
        emit searchFinished();
        return;
    }
    if (results->query != m_search->text().trimmed()) {
        runSearch(); // typed on meanwhile: the newest query wins
        return;
    }
    showSearchResults(*results);
    emit searchFinished();
}

void MainWindow::showSearchResults(const SearchResults& results)
{
    QHash<qint64, QString> snippets;
    snippets.reserve(results.matches.size());
    for (const qint64 id : results.matches)
        snippets.insert(id, QString());
    for (const SearchHit& hit : results.best)
        snippets.insert(hit.documentId, hit.snippet);
    const int total = int(results.matches.size());
    m_searchFeedback->setText(searchFeedback(total));
    m_selection->setSearch(results.query, snippets);

    QString html;
    if (total > results.best.size())
        html += tr("<p style=\"color:gray\">The %1 most relevant of %2; the list, the timeline and the graph show them all.</p>")
                    .arg(QLocale().toString(results.best.size()), QLocale().toString(total));
    QStringList entries;
    for (const SearchHit& hit : results.best) {
        const DocumentSummary* d = m_selection->corpus().document(hit.documentId);
        const QString meta = d ? DocumentTableModel::dateLabel(*d) + QStringLiteral(" · ") + DocumentTableModel::typeLabel(d->type) : QString();
        entries += QStringLiteral("<p><a href=\"doc:%1\"><b>%2</b></a> <span style=\"color:gray\">%3</span><br/>%4</p>")
                       .arg(hit.documentId)
                       .arg(hit.title.toHtmlEscaped(), meta.toHtmlEscaped(), snippetHtml(hit.snippet));
    }
    // The first hits at once, the rest in later turns of the event loop: parsing 200 snippets in one
    // go held a 100,000-document window for 20-40 ms on top of applying the filters.
    constexpr qsizetype kResultsChunk = 40;
    const quint64 generation = ++m_resultsGeneration;
    m_results->setHtml(html + entries.mid(0, kResultsChunk).join(QString()));
    for (qsizetype from = kResultsChunk; from < entries.size(); from += kResultsChunk)
        QTimer::singleShot(0, this, [this, generation, chunk = entries.mid(from, kResultsChunk).join(QString())] {
            if (generation == m_resultsGeneration) // not replaced by a newer search meanwhile
                m_results->append(chunk);
        });
    m_resultsShown = total;
    m_listTabs->setTabText(1, tr("Search results (%1)").arg(QLocale().toString(total)));
    if (std::exchange(m_quietSearch, false))
        return; // run again after an edit: the person stays where they were
    m_listTabs->setCurrentIndex(1);
    const qint64 shown = m_selection->currentDocument();
    if (!results.best.isEmpty())
        m_selection->setCurrentDocument(results.best.first().documentId); // shows it, with the new highlights
    if (m_selection->currentDocument() == shown)
        showDocument(shown); // the same document: refresh the reader's highlights for the new query
}

void MainWindow::attachSession()
{
    m_undo->setSession(m_session.get());
    m_review->setSession(m_session.get());
    m_refresher->setPath(m_session ? m_session->path() : QString());
    if (m_history)
        m_history->setSession(m_session.get());
    if (!m_session)
        return;
    connect(m_session.get(), &CorpusSession::documentsChanged, m_refresher, &CorpusRefresher::scheduleCorpus);
    connect(m_session.get(), &CorpusSession::correspondentsChanged, m_refresher, &CorpusRefresher::scheduleCorpus);
    // The window's own import writes through a connection of its own, and reloads when it is done.
    connect(m_session.get(), &CorpusSession::changedOutside, this, [this] {
        if (!isImporting())
            m_refresher->scheduleCorpus();
    });
}

void MainWindow::onRefreshed(const CorpusRefresh& refresh)
{
    if (refresh.unreviewed)
        m_review->setReviewState(*refresh.unreviewed, refresh.counts);
    if (!refresh.corpus || !m_selection->corpus().isComplete() || m_corpusWatcher.isRunning())
        return; // only the review state, or the corpus is still being opened
    m_selection->reloadCorpus(refresh.corpus);
    m_emptyHint->setDocumentCount(int(refresh.corpus->documents().size()));
    m_model->replaceDocuments(refresh.corpus->documents());
    const qint64 current = m_selection->currentDocument();
    if (current != 0) {
        // The reader shows what the document says now, where it was scrolled to.
        const int scrolled = m_reader->verticalScrollBar()->value();
        const QModelIndex fact = m_factsTable->currentIndex();
        const int factsScrolled = m_factsTable->verticalScrollBar()->value();
        showDocument(current);
        m_reader->verticalScrollBar()->setValue(scrolled);
        if (fact.isValid() && !m_factsTable->isPersistentEditorOpen(fact))
            m_factsTable->setCurrentIndex(m_facts->index(std::min(fact.row(), m_facts->rowCount() - 1), fact.column()));
        m_factsTable->verticalScrollBar()->setValue(factsScrolled);
        const int sourceRow = m_model->rowOfDocument(current);
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
        if (index.isValid() && m_table->currentIndex().row() != index.row())
            m_table->setCurrentIndex(index);
    }
    updateStatus();
    if (m_selection->hasSearch() && !m_searchWatcher.isRunning()) {
        // Titles and names in the results may have changed: the same query again, quietly.
        m_quietSearch = true;
        const QString query = m_selection->searchQuery();
        m_searchWatcher.setFuture(QtConcurrent::run(workPool(), [path = m_session->path(), query]() -> Result<SearchResults> {
            auto reader = Database::openExisting(path);
            if (!reader)
                return std::unexpected(reader.error());
            return SearchRepository(*reader).searchAll(query, kResultsPage, kMarkOpen, kMarkClose);
        }));
    }
    emit corpusRefreshed();
}

HistoryDialog* MainWindow::showHistory()
{
    if (!m_history) {
        m_history = new HistoryDialog(this);
        connect(m_history, &HistoryDialog::documentRequested, this, &MainWindow::showDocumentAt);
        m_history->setSession(m_session.get());
    }
    m_history->show();
    m_history->raise();
    m_history->activateWindow();
    return m_history;
}

void MainWindow::showDocumentAt(const QString& sourcePath)
{
    if (!m_session)
        return;
    const auto found = m_session->findDocuments(sourcePath);
    if (!found || found->isEmpty()) {
        statusBar()->showMessage(tr("%1 is no longer in the corpus.").arg(QDir::toNativeSeparators(sourcePath)), 10000);
        return;
    }
    m_selection->setCurrentDocument(found->first().id);
    emphasize(View::Reader);
}

QModelIndex MainWindow::listIndexOf(qint64 id) const
{
    // The list holds the corpus's documents in its order: its row is the corpus's, found in the
    // corpus's index rather than in a second one built over 100,000 rows at the first search.
    int sourceRow = int(m_selection->corpus().rowOf(id));
    if (sourceRow < 0 || sourceRow >= m_model->rowCount() || m_model->document(sourceRow).id != id)
        sourceRow = m_model->rowOfDocument(id);
    return m_proxy->mapFromSource(m_model->index(sourceRow, 0));
}

void MainWindow::clearFilters()
{
    m_search->clear();
    runSearch(); // at once, not after the typing delay: no search label outlives the search
    m_listFilter->clear();
    m_listFilterDelay.stop();
    m_proxy->setTextFilter(QString());
    m_selection->clearFilters();
}

QString MainWindow::statusText() const
{
    return m_status->text() + QStringLiteral(" · ") + m_review->statusLabel()->text();
}

void MainWindow::showDocument(qint64 id)
{
    if (!m_session || id == 0)
        return;
    const auto document = m_session->document(id);
    if (!document) {
        showError(tr("Cannot read the document"), document.error().detail);
        return;
    }
    const Extraction& e = document->extraction;
    m_reader->setPlainText(document->text);

    m_title->setText(QStringLiteral("%1\n%2 · %3 · %4").arg(e.title, document->fileName, document->encoding,
        DocumentTableModel::typeLabel(e.type)));
    if (document->isOcr())
        m_title->setText(tr("%1\nOCR — read by character recognition: facts are less sure").arg(m_title->text()));
    m_curation->setSession(m_session.get());
    const auto provenance = m_session->provenance(id); // marks the corrected facts; without it none is
    m_facts->setDocument(*document, provenance ? &*provenance : nullptr);
    m_factsTable->resizeColumnToContents(FactsModel::FactColumn);
    m_factsTable->resizeColumnToContents(FactsModel::ConfidenceColumn);
    m_links->setLinks(m_session->linkedDocuments(id).value_or(QList<LinkedDocument>()));
    m_originalPage->setDocument(*document);

    // Every fact highlighted where it was read, in its role's colour; search matches over them.
    QList<QTextEdit::ExtraSelection> selections;
    const qsizetype size = document->text.size();
    auto add = [&](const Evidence& evidence, const QColor& color) {
        if (evidence.offset >= 0 && evidence.offset + evidence.text.size() <= size)
            selections.append(highlight(m_reader, evidence.offset, evidence.text.size(), color));
    };
    if (e.date)
        add(e.date->evidence, Palette::date());
    for (const Participant& p : e.participants)
        add(p.evidence, Palette::role(p.role));
    for (const MentionedEvent& ev : e.events)
        add(ev.evidence, Palette::event());
    m_searchHighlights.clear();
    const QList<MatchFinder::Match> matches = MatchFinder::find(document->text, MatchFinder::terms(m_selection->searchQuery()));
    for (const MatchFinder::Match& m : matches) {
        QTextEdit::ExtraSelection s = highlight(m_reader, m.offset, m.length, Palette::searchHit(), 255);
        s.format.setForeground(Qt::black);
        s.format.setFontWeight(QFont::Bold);
        selections.append(s);
        m_searchHighlights.append({ int(m.offset), int(m.length) });
    }
    m_reader->setExtraSelections(selections);
    if (!matches.isEmpty()) {
        QTextCursor cursor(m_reader->document());
        cursor.setPosition(int(matches.first().offset));
        m_reader->setTextCursor(cursor);
        m_reader->centerCursor();
    }
}

void MainWindow::updateStatus()
{
    if (!m_session) {
        m_status->setText(tr("No corpus open — File ▸ Open Corpus Folder (Ctrl+O), or drop a folder here"));
        return;
    }
    const CorpusIndex& corpus = m_selection->corpus();
    const int documents = int(corpus.documents().size());
    if (m_summaryCorpus != m_selection->corpusPointer()) {
        // Once per corpus, not at every filter change: it goes through every participation.
        m_summaryCorpus = m_selection->corpusPointer();
        // Correspondents as merged in the database (spellings of one person count once).
        QSet<qint64> correspondents;
        for (const Participation& p : corpus.participations())
            if (p.role != ParticipantRole::Mentioned)
                correspondents.insert(p.correspondentId);
        QDate first, last;
        for (const DocumentSummary& d : corpus.documents())
            if (d.dateStart.isValid()) {
                first = first.isValid() ? std::min(first, d.dateStart) : d.dateStart;
                last = last.isValid() ? std::max(last, d.dateEnd) : d.dateEnd;
            }
        const int people = int(correspondents.size());
        m_corpusSummary = tr("%Ln document(s)", nullptr, documents) + QStringLiteral(" · ") + tr("%Ln correspondent(s)", nullptr, people);
        if (first.isValid())
            m_corpusSummary += QStringLiteral(" · %1–%2").arg(first.year()).arg(last.year());
    }
    QString text = m_corpusSummary;
    if (isReadOnly())
        text = tr("Read-only — nothing can be imported") + QStringLiteral(" · ") + text;

    if (const QString shown = m_counts->filterSummary(); !shown.isEmpty())
        text += QStringLiteral("   —   ") + shown;
    m_status->setText(text);
}

void MainWindow::zoomText(int steps)
{
    m_zoomSteps = std::clamp(m_zoomSteps + steps, -3, 8);
    QFont font = QApplication::font();
    font.setPointSizeF(m_baseFontSize * std::pow(kZoomStep, m_zoomSteps));
    QApplication::setFont(font);
}

void MainWindow::importInto(const QString& databasePath, const QStringList& paths, const ImportOptions& options)
{
    if (m_importWatcher.isRunning() || refusesReadOnlyImport(databasePath))
        return;
    m_importDatabase = databasePath;
    m_importOptions = options;
    if (!m_progress) {
        m_progress = new QProgressDialog(this);
        m_progress->setWindowTitle(tr("Importing"));
        m_progress->setMinimumDuration(400);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        connect(m_progress, &QProgressDialog::canceled, this, &MainWindow::cancelImport);
        connect(&m_importWatcher, &QFutureWatcher<Result<ImportSummary>>::progressRangeChanged, m_progress, &QProgressDialog::setRange);
        connect(&m_importWatcher, &QFutureWatcher<Result<ImportSummary>>::progressValueChanged, m_progress, &QProgressDialog::setValue);
        connect(&m_importWatcher, &QFutureWatcher<Result<ImportSummary>>::progressTextChanged, m_progress, &QProgressDialog::setLabelText);
    }
    m_progress->setLabelText(tr("Reading %1…").arg(paths.join(QStringLiteral(", "))));
    m_progress->setValue(0);
    m_progress->show();
    statusBar()->showMessage(tr("Importing…"));
    // Into the open corpus, or into another one (created if needed) that replaces it when done.
    CorpusSession* target = m_session && m_session->path() == databasePath ? m_session.get() : nullptr;
    if (!target) {
        auto session = CorpusSession::open(databasePath);
        if (!session) {
            m_progress->hide();
            statusBar()->clearMessage();
            showError(tr("Import failed"), session.error().detail);
            emit loadFailed(session.error().detail);
            emit importFinished(false);
            return;
        }
        m_importSession = std::move(*session);
        target = m_importSession.get();
    }
    m_importWatcher.setFuture(target->startImport(paths, options));
}

void MainWindow::cancelImport()
{
    m_importWatcher.cancel();
}

void MainWindow::onImportFinished()
{
    m_progress->hide();
    statusBar()->clearMessage();
    ImportJob::releaseFreedMemory(); // before the corpus is read again, not on top of it

    const QFuture<Result<ImportSummary>> future = m_importWatcher.future();
    if (future.resultCount() == 0) {
        // Cancelled before the job could report: what was written is whole batches only (maybe none).
        if (QFileInfo::exists(m_importDatabase) && openDatabase(m_importDatabase))
            m_importOutcome = false;
        else
            emit importFinished(false);
        statusBar()->showMessage(tr("Import cancelled; the documents read so far are kept."), 15000);
        return;
    }
    const Result<ImportSummary> result = future.result();
    if (!result) {
        showError(tr("Import failed"), result.error().detail);
        emit loadFailed(result.error().detail);
        emit importFinished(false);
        return;
    }
    const bool interactive = isVisible() && m_interactive;
    // Documents of files that are gone stay until the user agrees to remove them: a disk that is not
    // mounted or a folder being reorganised must not cost the documents and their reading.
    QString removedNote;
    if (result->gone > 0 && interactive && confirmRemoveGone(*result)) {
        CorpusSession* target = m_importSession ? m_importSession.get() : m_session.get();
        const Result<GoneRemoval> removal = target->removeGone(result->gonePaths());
        if (!removal)
            showError(tr("Could not remove the documents"), removal.error().detail);
        else
            removedNote = tr(", %Ln document(s) of gone files removed", nullptr, removal->removed);
    }
    if (!openDatabase(m_importDatabase)) {
        emit importFinished(false);
        return;
    }
    QStringList problems;
    for (const ImportOutcome& o : result->problems) {
        switch (o.status) {
        case ImportOutcome::Status::Duplicate:
            problems << tr("%1: duplicate of %2").arg(o.source, o.duplicateOf);
            break;
        case ImportOutcome::Status::Kept:
            problems << tr("%1: %2; its document from the last import is kept").arg(o.source, core::ImportProblem::fromEnglish(o.reason).displayText());
            break;
        case ImportOutcome::Status::Gone:
            break; // asked about above
        default:
            problems << tr("%1: %2").arg(o.source, core::ImportProblem::fromEnglish(o.reason).displayText());
            break;
        }
    }
    const QLocale locale;
    statusBar()->showMessage(tr("Imported %1, updated %2, unchanged %3, skipped %4%5%6")
                                 .arg(locale.toString(result->imported))
                                 .arg(locale.toString(result->updated))
                                 .arg(locale.toString(result->unchanged))
                                 .arg(locale.toString(result->rejected + result->duplicates + result->kept + result->skipped))
                                 .arg(removedNote)
                                 .arg(result->cancelled ? tr(" — cancelled") : QString()),
        15000);
    if (!problems.isEmpty() && interactive) {
        QMessageBox box(QMessageBox::Information, tr("Some files were skipped"),
            tr("%Ln file(s) or folder(s) could not be imported; everything else was.", nullptr, int(problems.size())), QMessageBox::Ok, this);
        box.setDetailedText(problems.join(QLatin1Char('\n')));
        box.exec();
    }
    m_importOutcome = true; // reported when the corpus is on screen
    if (interactive)
        askForPasswords(*result);
}

// The PDFs the import could not open without a password: asked for one at a time, then imported again.
void MainWindow::askForPasswords(const ImportSummary& summary)
{
    const QStringList locked = PasswordPrompt::protectedFiles(summary);
    if (locked.isEmpty())
        return;
    QSet<QString> retried;
    for (const QString& file : locked)
        if (m_importOptions.passwords.contains(file))
            retried.insert(file);
    const QHash<QString, QString> passwords = PasswordPrompt::ask(this, locked, retried);
    if (passwords.isEmpty())
        return;
    m_originalPage->rememberPasswords(passwords); // the page view opens the same files
    ImportOptions options = m_importOptions;
    options.passwords.insert(passwords);
    const QString database = m_importDatabase;
    if (!m_importOutcome) { // the corpus came on screen while the prompt was open
        importInto(database, PasswordPrompt::filesHolding(passwords.keys()), options);
        return;
    }
    // Once the corpus is on screen: a second import cannot start while this one's reading goes on.
    auto* context = new QObject(this);
    connect(this, &MainWindow::importFinished, context,
        [this, context, database, files = PasswordPrompt::filesHolding(passwords.keys()), options] {
        context->deleteLater();
        importInto(database, files, options);
    });
}

bool MainWindow::confirmRemoveGone(const ImportSummary& summary)
{
    QStringList gone;
    for (const ImportOutcome& o : summary.problems)
        if (o.status == ImportOutcome::Status::Gone)
            gone << o.path;
    QMessageBox box(QMessageBox::Question, tr("Files no longer there"),
        tr("%Ln file(s) imported before no longer exist. Remove their documents from the corpus?\n\n"
           "Your corrections to them are kept and come back if the files are imported again.",
            nullptr, int(gone.size())),
        QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("confirmRemoveGone"));
    box.setDetailedText(gone.join(QLatin1Char('\n')));
    QPushButton* remove = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box.setDefaultButton(box.addButton(tr("Keep"), QMessageBox::RejectRole));
    box.exec();
    return box.clickedButton() == remove;
}

void MainWindow::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open a corpus folder"));
    if (!folder.isEmpty())
        importInto(CorpusLocation::databaseFor(folder), { folder });
}

void MainWindow::chooseDatabase()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open a corpus database"), QString(),
        tr("Littoral corpus (*.db *.sqlite);;All files (*)"));
    if (!file.isEmpty())
        openDatabase(file);
}

void MainWindow::rememberRecent(const QString& databasePath, const QString& importFolder)
{
    constexpr int kRecentCount = 8;
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("corpus/recent")).toStringList();
    recent.removeAll(databasePath);
    recent.prepend(databasePath);
    recent = recent.mid(0, kRecentCount);
    settings.setValue(QStringLiteral("corpus/recent"), recent);
    // The folder each one came from, so the menu names them without opening every database.
    const QVariantMap known = settings.value(QStringLiteral("corpus/recentFolders")).toMap();
    QVariantMap folders;
    for (const QString& path : recent)
        if (known.contains(path))
            folders.insert(path, known.value(path));
    folders.insert(databasePath, importFolder);
    settings.setValue(QStringLiteral("corpus/recentFolders"), folders);
}

void MainWindow::fillRecentMenu(QMenu* menu)
{
    menu->clear();
    QSettings settings;
    const QStringList recent = settings.value(QStringLiteral("corpus/recent")).toStringList();
    const QVariantMap folders = settings.value(QStringLiteral("corpus/recentFolders")).toMap();
    for (const QString& path : recent) {
        const QString folder = folders.value(path).toString();
        QAction* open = menu->addAction(CorpusLocation::displayName(path, folder), this, [this, path] { openDatabase(path); });
        const QString where = folder.isEmpty() ? path : folder;
        const QString shown = where == CorpusLocation::sampleCorpus() ? tr("The sample documents bundled with Littoral")
                                                                       : QDir::toNativeSeparators(where);
        open->setToolTip(shown);
        open->setStatusTip(shown);
        open->setEnabled(QFileInfo::exists(path));
    }
    if (recent.isEmpty())
        menu->addAction(tr("No recent corpus"))->setEnabled(false);
}

void MainWindow::showError(const QString& title, const QString& message)
{
    if (!m_interactive || !isVisible()) {
        qWarning("%s: %s", qUtf8Printable(title), qUtf8Printable(message));
        return;
    }
    QMessageBox::warning(this, title, message);
}

void MainWindow::restoreWindowGeometry(const QByteArray& saved)
{
    // Within the screen the window opens on: a 1366×768 laptop, or a geometry saved on a larger or a
    // second monitor, must show the whole window, its toolbar's end and its status bar included.
    const QRect available = screen() ? screen()->availableGeometry() : QRect();
    if (!restoreGeometry(saved))
        setGeometry(defaultWindowRect(available));
    else if (!isMaximized() && !isFullScreen())
        setGeometry(fitWindow(geometry(), available));
    m_placedGeometry = geometry();
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    // The frame is known once shown: a window that fits only without its title bar and borders is
    // fitted again, frame included.
    // Only the place chosen here: a size given by the caller (a test, a script) is left alone.
    const QRect placed = std::exchange(m_placedGeometry, QRect());
    if (event->spontaneous() || placed.isNull() || geometry() != placed || isMaximized() || isFullScreen() || !screen())
        return;
    const QRect available = screen()->availableGeometry();
    const QRect frame = frameGeometry();
    if (available.contains(frame))
        return;
    const QRect fitted = fitWindow(frame, available);
    setGeometry(fitted.adjusted(geometry().left() - frame.left(), geometry().top() - frame.top(),
        geometry().right() - frame.right(), geometry().bottom() - frame.bottom()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/vertical"), m_vertical->saveState());
    settings.setValue(QStringLiteral("window/horizontal"), m_horizontal->saveState());
    settings.setValue(QStringLiteral("window/zoomSteps"), m_zoomSteps);
    if (m_session)
        settings.setValue(QStringLiteral("corpus/lastDatabase"), m_session->path());
    // Closing the window is quitting: the import stops now (within one piece of extraction work),
    // not when the window object is destroyed after the event loop has ended.
    if (m_importWatcher.isRunning())
        cancelImport();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (paths.isEmpty())
        return;
    // Dropped files join the open corpus; a dropped folder on an empty window becomes the corpus.
    const QString database = m_session ? m_session->path() : CorpusLocation::databaseFor(paths.first());
    importInto(database, paths);
    event->acceptProposedAction();
}

core::StoryStep MainWindow::currentViewAsStep() const
{
    core::StoryStep step = core::stepFromSelection(*m_selection);
    const auto [first, last] = m_timeline->visibleDays();
    step.zoomFrom = first;
    step.zoomTo = last;
    step.showTimeline = true;
    step.showGraph = true;
    step.showReader = m_selection->currentDocument() != 0;
    return step;
}

} // namespace littoral::ui
