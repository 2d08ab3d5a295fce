// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/storypanel.h"

#include "core/db/database.h"
#include "core/db/searchrepository.h"
#include "core/import/corpuslocation.h"
#include "core/models/chronologyindex.h"
#include "core/models/selectionstate.h"
#include "core/models/storyimport.h"
#include "core/models/storysteps.h"
#include "core/session/corpussession.h"
#include "render/storyhandout.h"
#include "ui/chronologycontroller.h"
#include "ui/chronologyeventchooser.h"
#include "ui/mainwindow.h"
#include "ui/presentation.h"
#include "ui/retranslator.h"
#include "ui/storystepmodel.h"
#include "ui/timelineview.h"

#include <QAction>
#include <QComboBox>
#include <QCursor>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace littoral::ui {

using core::Result;

namespace {

// A caption is saved this long after the last key, or when the editor loses focus: one change per
// sentence typed, not one per key.
constexpr int kCaptionPauseMs = 1200;
// How long the timeline glides to a step's days when a step is shown in the window.
constexpr int kShowStepMs = 300;

// Unqualified in the definitions below: lupdate reads "core::Error f()" as a member of a class core.
using Error = core::Error;

Error noStory()
{
    return { core::ErrorCode::InvalidInput, StoryPanel::tr("No story is chosen: make one first.") };
}

Result<void> done(const Result<core::Change>& change)
{
    if (!change)
        return std::unexpected(change.error());
    return {};
}

} // namespace

StoryPanel::StoryPanel(MainWindow* window)
    : QDockWidget(window)
    , m_window(window)
    , m_retranslator(new Retranslator(this))
    , m_chooser(new QComboBox(this))
    , m_storyMenuButton(new QToolButton(this))
    , m_list(new QListView(this))
    , m_model(new StoryStepModel(this))
    , m_captionLabel(new QLabel(this))
    , m_caption(new QPlainTextEdit(this))
    , m_addViewButton(new QPushButton(this))
    , m_addEventButton(new QPushButton(this))
    , m_presentButton(new QPushButton(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("storyPanel"));
    setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);

    m_chooser->setObjectName(QStringLiteral("storyChooser"));
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_chooser->setMinimumContentsLength(8);
    m_storyMenuButton->setPopupMode(QToolButton::InstantPopup);
    m_storyMenuButton->setText(QStringLiteral("…"));

    m_list->setObjectName(QStringLiteral("storySteps"));
    m_list->setModel(m_model);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setDragEnabled(true);
    m_list->setAcceptDrops(true);
    m_list->setDropIndicatorShown(true);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setAlternatingRowColors(true);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->installEventFilter(this);

    m_caption->setObjectName(QStringLiteral("stepCaption"));
    m_caption->setTabChangesFocus(true);
    m_caption->setMaximumHeight(m_caption->fontMetrics().lineSpacing() * 5 + 12);
    m_caption->installEventFilter(this);
    m_captionLabel->setBuddy(m_caption);
    m_captionPause.setSingleShot(true);
    m_captionPause.setInterval(kCaptionPauseMs);
    connect(&m_captionPause, &QTimer::timeout, this, &StoryPanel::commitCaption);
    connect(m_caption, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_reloading)
            m_captionPause.start();
    });

    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    auto* top = new QHBoxLayout;
    top->addWidget(m_chooser, 1);
    top->addWidget(m_storyMenuButton);
    layout->addLayout(top);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
    // One above the other: the dock stays narrow beside the views on a 1366-pixel screen.
    layout->addWidget(m_addViewButton);
    layout->addWidget(m_addEventButton);
    layout->addWidget(m_captionLabel);
    layout->addWidget(m_caption);
    layout->addWidget(m_presentButton);
    setWidget(body);

    buildActions();

    connect(m_chooser, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_reloading)
            showStory(index);
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &StoryPanel::onCurrentStepChanged);
    connect(m_list, &QListView::doubleClicked, this, [this](const QModelIndex& index) { showStep(index.row()); });
    // A drag moved the model's rows: saved once the view is done with its drop.
    connect(m_model, &StoryStepModel::stepsMoved, this, [this] {
        if (m_reloading)
            return;
        QMetaObject::invokeMethod(this, [this] {
            core::Story story = currentStory();
            if (story.id.isEmpty() || story.steps == m_model->steps())
                return;
            story.steps = m_model->steps();
            report(tr("Cannot reorder the steps"), save(story, m_list->currentIndex().row()));
        }, Qt::QueuedConnection);
    });
    connect(window, &MainWindow::documentsShown, this, [this] {
        attachSession();
        reload();
    });
    connect(window, &MainWindow::corpusLoaded, this, [this] {
        attachSession();
        reload();
    });
    connect(window->timeline(), &TimelineView::chronologyEventActivated, this, &StoryPanel::offerChronologyEvent);
    connect(window->chronologyController(), &ChronologyController::indexChanged, this, &StoryPanel::updateEnabled);
    reload();
}

StoryPanel::~StoryPanel() = default;

void StoryPanel::buildActions()
{
    QAction* toggle = toggleViewAction();
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    toggle->setObjectName(QStringLiteral("storiesAction"));

    auto* storyMenu = new QMenu(this);
    m_new = storyMenu->addAction(QString(), this, &StoryPanel::askNewStory);
    m_rename = storyMenu->addAction(QString(), this, &StoryPanel::askRenameStory);
    m_delete = storyMenu->addAction(QString(), this, &StoryPanel::askDeleteStory);
    storyMenu->addSeparator();
    m_import = storyMenu->addAction(QString(), this, &StoryPanel::askImport);
    m_export = storyMenu->addAction(QString(), this, &StoryPanel::askExport);
    m_print = storyMenu->addAction(QString(), this, &StoryPanel::askPrint);
    m_storyMenuButton->setMenu(storyMenu);

    m_addView = new QAction(this);
    connect(m_addView, &QAction::triggered, this, [this] {
        const auto added = addCurrentView();
        report(tr("Cannot add the step"), added);
        if (added)
            m_caption->setFocus(); // the person says what the step shows next
    });
    m_addEvent = new QAction(this);
    connect(m_addEvent, &QAction::triggered, this, &StoryPanel::askChronologyEvent);
    connect(m_addViewButton, &QPushButton::clicked, m_addView, &QAction::trigger);
    connect(m_addEventButton, &QPushButton::clicked, m_addEvent, &QAction::trigger);

    m_show = new QAction(this);
    connect(m_show, &QAction::triggered, this, [this] { showStep(currentStep()); });
    m_present = new QAction(this);
    connect(m_present, &QAction::triggered, this, [this] { presentFromStep(std::max(0, currentStep())); });
    connect(m_presentButton, &QPushButton::clicked, m_present, &QAction::trigger);
    // The list's own keys (handled in eventFilter(), so they work whatever window is active); the
    // actions show them in the context menu.
    m_moveUp = new QAction(this);
    m_moveUp->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_moveUp->setShortcutContext(Qt::WidgetShortcut);
    connect(m_moveUp, &QAction::triggered, this, [this] {
        const int row = currentStep();
        report(tr("Cannot move the step"), moveStep(row, row - 1));
    });
    m_moveDown = new QAction(this);
    m_moveDown->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    m_moveDown->setShortcutContext(Qt::WidgetShortcut);
    connect(m_moveDown, &QAction::triggered, this, [this] {
        const int row = currentStep();
        report(tr("Cannot move the step"), moveStep(row, row + 1));
    });
    m_deleteStep = new QAction(this);
    m_deleteStep->setShortcut(QKeySequence::Delete);
    m_deleteStep->setShortcutContext(Qt::WidgetShortcut);
    connect(m_deleteStep, &QAction::triggered, this, [this] { report(tr("Cannot delete the step"), deleteStep(currentStep())); });
    m_list->addActions({ m_show, m_present, m_moveUp, m_moveDown, m_deleteStep });

    m_retranslator->add([this, toggle] {
        setWindowTitle(tr("Stories"));
        toggle->setText(tr("&Stories"));
        toggle->setToolTip(tr("Show the stories: steps to present in class (%1)")
                               .arg(toggle->shortcut().toString(QKeySequence::NativeText)));
        m_storyMenuButton->setToolTip(tr("Make, rename, delete, import, export or print a story"));
        m_chooser->setToolTip(tr("The story the panel shows"));
        m_new->setText(tr("&New Story…"));
        m_rename->setText(tr("&Rename Story…"));
        m_delete->setText(tr("&Delete Story…"));
        m_import->setText(tr("&Import Story…"));
        m_export->setText(tr("&Export Story…"));
        m_print->setText(tr("&Print Handout…"));
        m_addView->setText(tr("Add Current View"));
        m_addView->setToolTip(tr("Add what the window shows now (period, filters, document, zoom) as the last step"));
        m_addEvent->setText(tr("Add Chronology Event…"));
        m_addEvent->setToolTip(tr("Add a step that goes to an event of the chronology"));
        m_addViewButton->setText(m_addView->text());
        m_addViewButton->setToolTip(m_addView->toolTip());
        m_addEventButton->setText(m_addEvent->text());
        m_addEventButton->setToolTip(m_addEvent->toolTip());
        m_show->setText(tr("Show in the Window"));
        m_present->setText(tr("Present from Here"));
        m_presentButton->setText(tr("Present from This Step"));
        m_presentButton->setToolTip(tr("Present the story full screen from the selected step (Esc leaves)"));
        m_moveUp->setText(tr("Move Up"));
        m_moveDown->setText(tr("Move Down"));
        m_deleteStep->setText(tr("Delete Step"));
        m_captionLabel->setText(tr("Text of the step:"));
        m_caption->setPlaceholderText(tr("A sentence or two, shown large when presenting"));
        m_list->setToolTip(tr("Double-click a step to show it in the window; drag or Alt+Up / Alt+Down to reorder; "
                              "Del deletes it"));
        m_empty->setText(m_window->session() ? tr("No story yet: “Add Current View” starts one.")
                                             : tr("Open a corpus to make stories."));
    });
    connect(m_retranslator, &Retranslator::languageChanged, this, [this] {
        // The steps' periods are said in the new language.
        refreshTexts(m_model);
        m_list->viewport()->update();
    });
}

void StoryPanel::attachSession()
{
    core::CorpusSession* session = m_window->session();
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        connect(m_session, &core::CorpusSession::storiesChanged, this, &StoryPanel::reload);
}

core::Story StoryPanel::currentStory() const
{
    for (const core::Story& story : m_stories)
        if (story.id == m_storyId)
            return story;
    return {};
}

QMenu* StoryPanel::offerMenu() const
{
    return m_offerMenu;
}

int StoryPanel::currentStep() const
{
    const QModelIndex index = m_list->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void StoryPanel::setCurrentStep(int step)
{
    if (step < 0 || step >= m_model->rowCount()) {
        m_list->setCurrentIndex({});
        return;
    }
    m_list->setCurrentIndex(m_model->index(step));
}

bool StoryPanel::setCurrentStory(const QString& id)
{
    for (qsizetype i = 0; i < m_stories.size(); ++i) {
        if (m_stories.at(i).id == id) {
            commitCaption();
            m_chooser->setCurrentIndex(int(i)); // shows it
            return true;
        }
    }
    return false;
}

void StoryPanel::reload()
{
    attachSession();
    const int keepStep = currentStep();
    QList<core::Story> stories;
    if (m_session)
        if (auto read = m_session->stories())
            stories = *read;
    m_reloading = true;
    m_stories = stories;
    m_chooser->clear();
    int index = -1;
    for (qsizetype i = 0; i < m_stories.size(); ++i) {
        m_chooser->addItem(m_stories.at(i).title, m_stories.at(i).id);
        if (m_stories.at(i).id == m_storyId)
            index = int(i);
    }
    if (index < 0 && !m_stories.isEmpty())
        index = 0;
    m_chooser->setCurrentIndex(index);
    m_reloading = false;
    const QString before = m_storyId;
    showStory(index);
    if (m_storyId == before && keepStep >= 0)
        setCurrentStep(std::min(keepStep, m_model->rowCount() - 1));
    m_retranslator->retranslate(); // the note on an empty panel depends on the corpus
}

void StoryPanel::showStory(int index)
{
    m_reloading = true;
    const core::Story story = index >= 0 && index < m_stories.size() ? m_stories.at(index) : core::Story {};
    const bool same = story.id == m_storyId;
    const int keep = currentStep();
    m_storyId = story.id;
    m_model->setSteps(story.steps);
    m_reloading = false;
    setCurrentStep(same ? std::min(keep, m_model->rowCount() - 1) : (m_model->rowCount() > 0 ? 0 : -1));
    onCurrentStepChanged();
    updateEnabled();
    emit currentStoryChanged();
}

void StoryPanel::onCurrentStepChanged()
{
    // A caption being typed belongs to the step it was typed for.
    if (m_captionStep != currentStep() && m_captionPause.isActive())
        commitCaption();
    m_captionStep = currentStep();
    const QString text = m_captionStep >= 0 ? m_model->steps().at(m_captionStep).caption : QString();
    if (m_caption->toPlainText() != text) {
        m_reloading = true;
        m_caption->setPlainText(text);
        m_reloading = false;
    }
    m_captionPause.stop();
    updateEnabled();
}

void StoryPanel::commitCaption()
{
    m_captionPause.stop();
    const core::Story story = currentStory();
    if (m_captionStep < 0 || m_captionStep >= story.steps.size())
        return;
    const QString text = m_caption->toPlainText();
    if (story.steps.at(m_captionStep).caption == text)
        return;
    report(tr("Cannot save the text of the step"), setCaption(m_captionStep, text));
}

void StoryPanel::updateEnabled()
{
    const bool open = m_session && m_window->selection()->corpusPointer();
    const bool hasStory = !m_storyId.isEmpty();
    const bool hasStep = currentStep() >= 0;
    const bool writable = open && !m_session->isReadOnly();
    m_chooser->setEnabled(hasStory);
    m_new->setEnabled(writable);
    m_rename->setEnabled(writable && hasStory);
    m_delete->setEnabled(writable && hasStory);
    m_import->setEnabled(writable);
    m_export->setEnabled(hasStory);
    m_print->setEnabled(hasStory && m_model->rowCount() > 0);
    m_addView->setEnabled(writable);
    m_addEvent->setEnabled(writable && !m_window->chronologyController()->index()->isEmpty());
    m_addViewButton->setEnabled(m_addView->isEnabled());
    m_addEventButton->setEnabled(m_addEvent->isEnabled());
    m_show->setEnabled(hasStep);
    m_present->setEnabled(hasStep);
    m_presentButton->setEnabled(hasStep);
    m_moveUp->setEnabled(writable && currentStep() > 0);
    m_moveDown->setEnabled(writable && hasStep && currentStep() < m_model->rowCount() - 1);
    m_deleteStep->setEnabled(writable && hasStep);
    m_caption->setEnabled(writable && hasStep);
    m_empty->setVisible(!hasStory);
}

Result<void> StoryPanel::save(const core::Story& story, int selectStep)
{
    if (!m_session)
        return std::unexpected(core::Error { core::ErrorCode::InvalidInput, tr("No corpus is open.") });
    const QString before = m_storyId;
    m_storyId = story.id;
    auto saved = m_session->saveStory(story);
    if (!saved) {
        m_storyId = before;
        return std::unexpected(saved.error());
    }
    reload(); // also done by storiesChanged(), unless nothing changed
    setCurrentStep(std::min(selectStep, m_model->rowCount() - 1));
    return {};
}

Result<core::Story> StoryPanel::newStory(const QString& title)
{
    commitCaption();
    core::Story story;
    story.id = core::Story::newId();
    story.title = title.trimmed().isEmpty() ? tr("Untitled story") : title.trimmed();
    if (auto saved = save(story, -1); !saved)
        return std::unexpected(saved.error());
    return story;
}

Result<void> StoryPanel::renameStory(const QString& title)
{
    commitCaption();
    core::Story story = currentStory();
    if (story.id.isEmpty())
        return std::unexpected(noStory());
    if (title.trimmed().isEmpty() || title.trimmed() == story.title)
        return {};
    story.title = title.trimmed();
    return save(story, currentStep());
}

Result<void> StoryPanel::deleteStory()
{
    m_captionPause.stop();
    if (m_storyId.isEmpty() || !m_session)
        return std::unexpected(noStory());
    if (auto deleted = done(m_session->deleteStory(m_storyId)); !deleted)
        return deleted;
    m_storyId.clear();
    reload();
    return {};
}

Result<void> StoryPanel::addCurrentView(const QString& caption)
{
    commitCaption();
    core::Story story = currentStory();
    if (story.id.isEmpty()) {
        auto made = newStory({});
        if (!made)
            return std::unexpected(made.error());
        story = *made;
    }
    core::StoryStep step = m_window->currentViewAsStep();
    step.caption = caption;
    story.steps.append(step);
    return save(story, int(story.steps.size() - 1));
}

Result<void> StoryPanel::addChronologyEvent(const QString& id)
{
    commitCaption();
    const std::shared_ptr<const core::ChronologyIndex> chronology = m_window->chronologyController()->index();
    const core::ChronologyEvent* event = chronology ? chronology->event(id) : nullptr;
    if (!event)
        return std::unexpected(core::Error { core::ErrorCode::NotFound, tr("The chronology has no event %1.").arg(id) });
    core::Story story = currentStory();
    if (story.id.isEmpty()) {
        auto made = newStory({});
        if (!made)
            return std::unexpected(made.error());
        story = *made;
    }
    // The month before to the month after: the documents that prepare the event and answer it.
    const QDate before = event->firstDay().addMonths(-1);
    const QDate after = event->lastDay().addMonths(1);
    core::StoryStep step;
    step.chronologyEvent = event->id;
    step.caption = event->label();
    step.filter.from = core::PartialDate::ofMonth(before.year(), before.month());
    step.filter.to = core::PartialDate::ofMonth(after.year(), after.month());
    step.zoomFrom = step.filter.firstDay();
    step.zoomTo = step.filter.lastDay();
    story.steps.append(step);
    return save(story, int(story.steps.size() - 1));
}

Result<void> StoryPanel::setCaption(int step, const QString& caption)
{
    core::Story story = currentStory();
    if (step < 0 || step >= story.steps.size())
        return std::unexpected(noStory());
    if (story.steps.at(step).caption == caption)
        return {};
    story.steps[step].caption = caption;
    // The step chosen stays chosen (a caption is also saved when another step is chosen).
    return save(story, currentStep());
}

Result<void> StoryPanel::moveStep(int from, int to)
{
    commitCaption();
    core::Story story = currentStory();
    if (from < 0 || from >= story.steps.size() || to < 0 || to >= story.steps.size() || from == to)
        return {}; // at an end: nothing to do
    story.steps.move(from, to);
    return save(story, to);
}

Result<void> StoryPanel::deleteStep(int step)
{
    commitCaption();
    core::Story story = currentStory();
    if (step < 0 || step >= story.steps.size())
        return {};
    story.steps.removeAt(step);
    return save(story, std::min(step, int(story.steps.size()) - 1));
}

void StoryPanel::showStep(int index)
{
    const core::Story story = currentStory();
    if (index < 0 || index >= story.steps.size() || !m_window->selection()->corpusPointer())
        return;
    core::StoryStep step = story.steps.at(index);
    // The search runs through the window (on the pool), which fills the selection's hits when done.
    const QString query = step.filter.query;
    step.filter.query.clear();
    const core::AppliedStep applied = core::applyStep(*m_window->selection(), step);
    if (!query.isEmpty() && applied.document != 0) {
        // The window's search shows its best hit when done: the step's document is put back then.
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = connect(m_window, &MainWindow::searchFinished, this, [this, once, query, document = applied.document] {
            disconnect(*once);
            if (m_window->selection()->searchQuery() == query)
                m_window->selection()->setCurrentDocument(document);
        });
    }
    m_window->search(query);
    if (step.zoomFrom.isValid() && step.zoomTo.isValid())
        m_window->timeline()->showDays(step.zoomFrom, step.zoomTo, kShowStepMs);
    else if (step.filter.hasPeriod())
        m_window->timeline()->showDays(step.filter.firstDay(), step.filter.lastDay(), kShowStepMs);
}

void StoryPanel::presentFromStep(int step)
{
    commitCaption();
    const core::Story story = currentStory();
    if (story.steps.isEmpty())
        return;
    m_window->presentation()->present(story, std::clamp(step, 0, int(story.steps.size()) - 1));
}

Result<void> StoryPanel::exportStory(const QString& path) const
{
    const core::Story story = currentStory();
    if (story.id.isEmpty())
        return std::unexpected(noStory());
    QString corpusName;
    if (m_session)
        corpusName = core::CorpusLocation::displayName(m_session->path(), m_session->importFolder().value_or(QString()));
    QSaveFile file(path);
    const QByteArray bytes = story.toFile(corpusName);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return std::unexpected(core::Error { core::ErrorCode::Io,
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()) });
    return {};
}

Result<StoryImportReport> StoryPanel::importStory(const QString& path)
{
    commitCaption();
    if (!m_session)
        return std::unexpected(core::Error { core::ErrorCode::InvalidInput, tr("No corpus is open.") });
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(core::Error { core::ErrorCode::Io,
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()) });
    // The rules (a new id on collision, a unique title, what the corpus lacks) are core's, shared with
    // littoral-cli story-import.
    auto imported = core::importStory(*m_session, file.readAll(), &m_window->selection()->corpus());
    if (!imported)
        return std::unexpected(imported.error());
    StoryImportReport result { imported->story, {} };
    for (const core::StoryImportGap& gap : std::as_const(imported->gaps))
        result.unknown << gap.message();
    m_storyId = imported->story.id;
    reload();
    setCurrentStep(0);
    return result;
}

Result<void> StoryPanel::printHandout(const QString& pdfPath, const std::function<bool(int, int)>& progress) const
{
    const core::Story story = currentStory();
    if (story.id.isEmpty() || !m_session || !m_window->selection()->corpusPointer())
        return std::unexpected(noStory());
    render::StoryHandoutInput input;
    input.story = story;
    input.corpus = m_window->selection()->corpusPointer();
    input.chronology = m_window->chronologyController()->index();
    input.corpusName = core::CorpusLocation::displayName(m_session->path(), m_session->importFolder().value_or(QString()));
    // The searches' hits, read on a connection of their own (as the window's search does).
    std::optional<core::Database> reader;
    for (const core::StoryStep& step : story.steps) {
        QHash<qint64, QString> snippets;
        if (!step.filter.query.isEmpty()) {
            if (!reader) {
                auto opened = core::Database::openExisting(m_session->path());
                if (!opened)
                    return std::unexpected(opened.error());
                reader.emplace(std::move(*opened));
            }
            auto found = core::SearchRepository(*reader).searchAll(step.filter.query, 0);
            if (found)
                for (const qint64 id : std::as_const(found->matches))
                    snippets.insert(id, QString());
        }
        input.snippets.append(snippets);
    }
    return render::writeStoryHandout(input, pdfPath, progress);
}

bool StoryPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_caption && event->type() == QEvent::FocusOut) {
        commitCaption();
    } else if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const int row = currentStep();
        if (key->modifiers() == Qt::AltModifier && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            report(tr("Cannot move the step"), moveStep(row, key->key() == Qt::Key_Up ? row - 1 : row + 1));
            return true;
        }
        if (key->matches(QKeySequence::Delete) || (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier)) {
            report(tr("Cannot delete the step"), deleteStep(row));
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
            showStep(row);
            return true;
        }
    }
    return QDockWidget::eventFilter(watched, event);
}

void StoryPanel::report(const QString& title, const Result<void>& result)
{
    if (!result && result.error().code != core::ErrorCode::Cancelled)
        QMessageBox::warning(this, title, result.error().detail);
}

void StoryPanel::offerChronologyEvent(const QString& id)
{
    // Only while the panel is open: browsing the chronology is not making a story.
    if (!isVisible() || !m_addEvent->isEnabled())
        return;
    const core::ChronologyEvent* event = m_window->chronologyController()->index()->event(id);
    if (!event)
        return;
    if (m_offerMenu)
        m_offerMenu->deleteLater();
    m_offerMenu = new QMenu(this);
    m_offerMenu->setAttribute(Qt::WA_DeleteOnClose);
    const QString title = currentStory().title;
    QAction* add = m_offerMenu->addAction(title.isEmpty() ? tr("Add “%1” to a New Story").arg(event->label())
                                                          : tr("Add “%1” to the Story “%2”").arg(event->label(), title));
    add->setObjectName(QStringLiteral("addChronologyEventToStory"));
    connect(add, &QAction::triggered, this, [this, id] { report(tr("Cannot add the step"), addChronologyEvent(id)); });
    m_offerMenu->popup(QCursor::pos());
}

void StoryPanel::askNewStory()
{
    bool ok = false;
    const QString title = QInputDialog::getText(this, tr("New Story"), tr("Title of the story:"), QLineEdit::Normal,
        tr("Untitled story"), &ok);
    if (ok)
        if (const auto made = newStory(title); !made)
            QMessageBox::warning(this, tr("Cannot make the story"), made.error().detail);
}

void StoryPanel::askRenameStory()
{
    const core::Story story = currentStory();
    if (story.id.isEmpty())
        return;
    bool ok = false;
    const QString title
        = QInputDialog::getText(this, tr("Rename Story"), tr("Title of the story:"), QLineEdit::Normal, story.title, &ok);
    if (ok)
        report(tr("Cannot rename the story"), renameStory(title));
}

void StoryPanel::askDeleteStory()
{
    const core::Story story = currentStory();
    if (story.id.isEmpty())
        return;
    const auto answer = QMessageBox::question(this, tr("Delete Story"),
        tr("Delete the story “%1” and its %n step(s)? Edit ▸ Undo brings it back.", nullptr, int(story.steps.size()))
            .arg(story.title),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        report(tr("Cannot delete the story"), deleteStory());
}

void StoryPanel::askChronologyEvent()
{
    ChronologyEventChooser chooser(m_window->chronologyController()->index(), this);
    if (chooser.exec() == QDialog::Accepted && !chooser.chosenId().isEmpty())
        report(tr("Cannot add the step"), addChronologyEvent(chooser.chosenId()));
}

namespace {

// Where a story's file is first offered: the Documents folder, named after the story.
QString suggestedPath(QString title, const QString& suffix)
{
    title.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("-"));
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(title + suffix);
}

} // namespace

void StoryPanel::askExport()
{
    const core::Story story = currentStory();
    if (story.id.isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Story"), suggestedPath(story.title, QStringLiteral(".json")), tr("Story files (*.json)"));
    if (!path.isEmpty())
        report(tr("Cannot export the story"), exportStory(path));
}

void StoryPanel::askImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Story"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), tr("Story files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const auto imported = importStory(path);
    if (!imported) {
        QMessageBox::warning(this, tr("Cannot import the story"), imported.error().detail);
        return;
    }
    if (!imported->unknown.isEmpty()) {
        QMessageBox box(QMessageBox::Information, tr("Story imported"),
            tr("The story “%1” is imported. This corpus lacks %n of the documents, correspondents or events it "
               "names: those steps show what the corpus has.",
                nullptr, int(imported->unknown.size()))
                .arg(imported->story.title),
            QMessageBox::Ok, this);
        box.setDetailedText(imported->unknown.join(QLatin1Char('\n')));
        box.exec();
    }
}

void StoryPanel::askPrint()
{
    const core::Story story = currentStory();
    if (story.id.isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Print Handout"), suggestedPath(story.title, QStringLiteral(".pdf")), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QProgressDialog progress(tr("Printing the handout…"), tr("Cancel"), 0, int(story.steps.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500); // a short story prints before it would show
    const auto printed = printHandout(path, [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    progress.reset();
    report(tr("Cannot print the handout"), printed);
}

} // namespace littoral::ui
