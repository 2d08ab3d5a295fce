// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/presentationwindow.h"

#include "core/db/database.h"
#include "core/domain/chronologyevent.h"
#include "core/domain/partialdatewords.h"
#include "core/models/chronologyindex.h"
#include "core/models/selectionstate.h"
#include "core/models/storysteps.h"
#include "core/session/corpussession.h"
#include "ui/chronologycontroller.h"
#include "ui/graphview.h"
#include "ui/mainwindow.h"
#include "ui/retranslator.h"
#include "ui/timelineview.h"

#include <QBoxLayout>
#include <QCloseEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace littoral::ui {

namespace {

// Near-black on white rather than light on dark: in a lit classroom the room's light already greys
// the screen's "black", so a dark background loses most of its contrast, while dark text on the
// projector's full white keeps it. Not pure black: the ink stays easy on the eye up close.
const QColor kInk(0x14, 0x14, 0x14);
const QColor kPaper(Qt::white);
const QColor kQuiet(0x45, 0x45, 0x45); // still 9:1 on white: discreet, not faint

QFont sized(QFont font, int pixels, bool bold = false)
{
    font.setPixelSize(pixels);
    font.setBold(bold);
    return font;
}

QLabel* label(QWidget* parent, const QString& name)
{
    auto* l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    return l;
}

} // namespace

PresentationWindow::PresentationWindow(MainWindow* main, core::Story story, QWidget* parent)
    : QWidget(parent)
    , m_main(main)
    , m_story(std::move(story))
    , m_selection(new core::SelectionState(this))
{
    setAttribute(Qt::WA_DeleteOnClose, false);
    setObjectName(QStringLiteral("presentationWindow"));
    // Its own selection on the same corpus: nothing the presentation does reaches the main window.
    m_selection->setCorpus(main->selection()->corpusPointer());
    connect(main->selection(), &core::SelectionState::corpusCompleted, this,
        [this, main] { m_selection->completeCorpus(main->selection()->corpusPointer()); });
    connect(main->selection(), &core::SelectionState::corpusReloaded, this,
        [this, main] { m_selection->reloadCorpus(main->selection()->corpusPointer()); });

    applyTheme();
    m_caption = label(this, QStringLiteral("presentationCaption"));
    m_caption->setFont(sized(font(), 40, true));
    m_timeline = new TimelineView(m_selection, this);
    m_timeline->setControlsShown(false);
    m_timeline->setChronology(main->chronologyController()->index());
    connect(main->chronologyController(), &ChronologyController::indexChanged, m_timeline,
        [this] { m_timeline->setChronology(m_main->chronologyController()->index()); });
    m_graph = new GraphView(m_selection, this);
    m_facts = label(this, QStringLiteral("presentationFacts"));
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_facts->setFont(sized(font(), 30));
    m_counter = label(this, QStringLiteral("presentationCounter"));
    m_counter->setWordWrap(false);
    m_counter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_unknown = label(this, QStringLiteral("presentationUnknown"));
    QPalette quiet = palette();
    quiet.setColor(QPalette::WindowText, kQuiet);
    m_unknown->setPalette(quiet);
    m_counter->setPalette(quiet);

    m_views = new QWidget(this);
    m_viewsLayout = new QBoxLayout(QBoxLayout::LeftToRight, m_views);
    m_viewsLayout->setContentsMargins(0, 0, 0, 0);
    m_viewsLayout->setSpacing(24);
    m_viewsLayout->addWidget(m_timeline, 1);
    m_viewsLayout->addWidget(m_graph, 1);
    auto* middle = new QHBoxLayout;
    middle->setSpacing(32);
    middle->addWidget(m_views, 3);
    middle->addWidget(m_facts, 2);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_unknown, 1);
    bottom->addWidget(m_counter, 0);
    auto* page = new QVBoxLayout(this);
    page->setContentsMargins(32, 24, 32, 16);
    page->setSpacing(16);
    page->addWidget(m_caption, 0);
    page->addLayout(middle, 1);
    page->addLayout(bottom, 0);

    // The keys are the window's: the views must not take the arrows (a clicker sends them) for panning.
    setFocusPolicy(Qt::StrongFocus);
    for (QWidget* child : findChildren<QWidget*>())
        child->setFocusPolicy(Qt::NoFocus);

    connect(m_graph, &GraphView::layoutFinished, this, &PresentationWindow::frameGraph);
    connect(&m_searchWatcher, &QFutureWatcher<Hits>::finished, this, [this] {
        if (m_waiting)
            showStep();
    });
    m_retranslator = new Retranslator(this);
    m_retranslator->add([this] { updateTexts(); });
}

PresentationWindow::~PresentationWindow()
{
    // Searches are bounded (SearchQuery) and hold only values and a connection of their own.
    for (QFuture<Hits>& search : m_searches)
        search.waitForFinished();
}

void PresentationWindow::applyTheme()
{
    QPalette p = palette();
    for (const QPalette::ColorGroup group : { QPalette::Active, QPalette::Inactive, QPalette::Disabled }) {
        p.setColor(group, QPalette::Window, kPaper);
        p.setColor(group, QPalette::Base, kPaper);
        p.setColor(group, QPalette::AlternateBase, QColor(0xf2, 0xf2, 0xf2));
        p.setColor(group, QPalette::Button, kPaper);
        p.setColor(group, QPalette::WindowText, kInk);
        p.setColor(group, QPalette::Text, kInk);
        p.setColor(group, QPalette::ButtonText, kInk);
        p.setColor(group, QPalette::ToolTipText, kInk);
        p.setColor(group, QPalette::ToolTipBase, kPaper);
        p.setColor(group, QPalette::Mid, QColor(0x60, 0x60, 0x60));
        p.setColor(group, QPalette::Dark, QColor(0x30, 0x30, 0x30));
    }
    setPalette(p);
    setAutoFillBackground(true);
    // Every view, axis, legend and label inherits this font: the views draw no text smaller than it.
    setFont(sized(font(), 28));
}

void PresentationWindow::goToStep(int step)
{
    if (m_story.steps.isEmpty())
        return;
    const int clamped = std::clamp(step, 0, int(m_story.steps.size()) - 1);
    if (clamped == m_step && (m_shown == m_step || m_waiting))
        return;
    m_step = clamped;
    Q_EMIT stepChanged(m_step);
    showStep();
}

QFuture<PresentationWindow::Hits> PresentationWindow::searchFor(const QString& query)
{
    if (const auto known = m_searches.constFind(query); known != m_searches.cend())
        return *known;
    core::CorpusSession* session = m_main->session();
    if (!session)
        return QtFuture::makeReadyFuture(Hits(std::unexpected(core::Error { core::ErrorCode::InvalidInput, tr("No corpus is open.") })));
    // A common word over 100,000 documents takes a few hundred milliseconds: on the pool, on a
    // connection of its own, as the main window's search does.
    QFuture<Hits> search = QtConcurrent::run(QThreadPool::globalInstance(), [path = session->path(), query]() -> Hits {
        auto reader = core::Database::openExisting(path);
        if (!reader)
            return std::unexpected(reader.error());
        return core::SearchRepository(*reader).searchAll(query, 1);
    });
    m_searches.insert(query, search);
    return search;
}

void PresentationWindow::showStep()
{
    const core::StoryStep& step = m_story.steps.at(m_step);
    m_unknownNames.clear();
    QHash<qint64, QString> snippets;
    if (!step.filter.query.trimmed().isEmpty()) {
        const QFuture<Hits> search = searchFor(step.filter.query);
        if (!search.isFinished()) {
            m_waiting = true;
            m_searchWatcher.setFuture(search);
            return;
        }
        const Hits hits = search.result();
        if (hits) {
            snippets.reserve(hits->matches.size());
            for (const qint64 id : hits->matches)
                snippets.insert(id, QString());
        } else {
            m_unknownNames.append(tr("the search “%1” (%2)").arg(step.filter.query, hits.error().detail));
        }
    }
    m_waiting = false;
    const bool animate = m_shown >= 0 && isVisible();
    m_shown = m_step;
    const core::AppliedStep applied = core::applyStep(*m_selection, step, std::move(snippets));
    m_unknownNames += applied.unknown;

    QDate first = step.zoomFrom;
    QDate last = step.zoomTo;
    const core::ChronologyEvent* event = nullptr;
    if (!step.chronologyEvent.isEmpty()) {
        if (const auto index = m_main->chronologyController()->index())
            event = index->event(step.chronologyEvent);
        if (!event)
            m_unknownNames.append(step.chronologyEvent);
    }
    if (event && (!first.isValid() || !last.isValid())) {
        // Around the event's days, with room on each side to see what came before and after.
        const qint64 days = event->firstDay().daysTo(event->lastDay()) + 1;
        const qint64 margin = std::max<qint64>(14, days / 2);
        first = event->firstDay().addDays(-margin);
        last = event->lastDay().addDays(margin);
    } else if (!first.isValid() || !last.isValid()) {
        first = step.filter.firstDay();
        last = step.filter.lastDay();
    }
    placeViews(step, step.showReader && applied.document != 0); // first: a hidden timeline does not glide
    m_timeline->showDays(first, last, animate ? GlideMs : 0);
    frameGraph();
    updateTexts();

    // The next step's search runs meanwhile, so that its key press shows it at once.
    if (m_step + 1 < m_story.steps.size()) {
        const QString next = m_story.steps.at(m_step + 1).filter.query.trimmed();
        if (!next.isEmpty())
            searchFor(m_story.steps.at(m_step + 1).filter.query);
    }
    Q_EMIT stepShown(m_step);
}

void PresentationWindow::frameGraph()
{
    // The step's correspondent in the middle (highlighted by the selection), else the whole graph.
    if (const qint64 who = m_selection->correspondent())
        m_graph->centreOn(who);
    else
        m_graph->fitToView();
}

void PresentationWindow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // Once the layouts have given the graph its new size.
    QTimer::singleShot(0, this, [this] { frameGraph(); });
}

void PresentationWindow::placeViews(const core::StoryStep& step, bool reader)
{
    const bool graph = step.showGraph;
    const bool timeline = step.showTimeline || (!graph && !reader); // a step shows at least one view
    m_timeline->setVisible(timeline);
    m_graph->setVisible(graph);
    m_views->setVisible(timeline || graph);
    m_facts->setVisible(reader);
    // Side by side alone; one over the other beside the facts, which need the width of a line.
    m_viewsLayout->setDirection(reader ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
}

void PresentationWindow::updateTexts()
{
    setWindowTitle(m_story.title.isEmpty() ? tr("Presentation") : tr("Presentation: %1").arg(m_story.title));
    if (m_step < 0 || m_step >= m_story.steps.size())
        return;
    const core::StoryStep& step = m_story.steps.at(m_step);
    QString caption = step.caption;
    if (caption.isEmpty() && !step.chronologyEvent.isEmpty()) {
        if (const auto index = m_main->chronologyController()->index()) {
            if (const core::ChronologyEvent* event = index->event(step.chronologyEvent)) {
                caption = event->description().isEmpty()
                    ? event->label()
                    : tr("%1 — %2", "chronology event as a caption: label — description").arg(event->label(), event->description());
            }
        }
    }
    m_caption->setText(caption);
    m_caption->setVisible(!caption.isEmpty());
    const int count = int(m_story.steps.size());
    m_counter->setText(tr("%1 / %2", "step counter").arg(QLocale().toString(m_step + 1), QLocale().toString(count)));
    m_counter->setVisible(count > 1);
    m_unknown->setText(m_unknownNames.isEmpty()
            ? QString()
            : tr("Not found in this corpus: %1").arg(QLocale().createSeparatedList(m_unknownNames)));
    if (m_facts->isVisibleTo(this))
        m_facts->setText(factsText(m_selection->currentDocument()));
}

QString PresentationWindow::factsText(qint64 document) const
{
    const core::CorpusIndex& corpus = m_selection->corpus();
    const core::DocumentSummary* d = corpus.document(document);
    if (!d)
        return {};
    // What a slide can hold: the first few, and how many more (the reader in the main window has them all).
    const auto escaped = [](QStringList items, qsizetype shown = 3) {
        if (items.size() > shown + 1) {
            const qsizetype more = items.size() - shown;
            items = items.first(shown);
            items << tr("%n more", "the last item of a shortened list: A, B, C and 5 more", int(more));
        }
        return QLocale().createSeparatedList(items).toHtmlEscaped();
    };
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg((d->title.isEmpty() ? d->source : d->title).toHtmlEscaped());
    if (d->date.isValid())
        lines << core::PartialDateWords::say(d->date).toHtmlEscaped();
    if (!d->senders.isEmpty() || !d->recipients.isEmpty()) {
        const QString unknown = tr("unknown", "no sender or recipient was found");
        lines << tr("%1 → %2", "sender → recipients")
                     .arg(d->senders.isEmpty() ? unknown : escaped(d->senders), d->recipients.isEmpty() ? unknown : escaped(d->recipients));
    }
    QStringList copies;
    for (const core::Participation& p : corpus.participationsOf(d->id))
        if (p.role == core::ParticipantRole::Cc)
            if (const core::CorrespondentSummary* c = corpus.correspondent(p.correspondentId))
                copies << c->name;
    if (!copies.isEmpty())
        lines << tr("In copy: %1").arg(escaped(copies));
    QStringList events;
    for (const core::DatedEvent& e : corpus.events())
        if (e.documentId == d->id)
            events << tr("%1 (%2)", "a mentioned event: label (date)").arg(e.label, core::PartialDateWords::say(e.date));
    if (!events.isEmpty())
        lines << tr("Mentions: %1").arg(escaped(events, 2)); // event labels run long
    return lines.join(QStringLiteral("<br>"));
}

void PresentationWindow::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Space:
    case Qt::Key_PageDown:
        goToStep(m_step + 1);
        break;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        goToStep(m_step - 1);
        break;
    case Qt::Key_Home:
        goToStep(0);
        break;
    case Qt::Key_End:
        goToStep(int(m_story.steps.size()) - 1);
        break;
    case Qt::Key_Escape:
        Q_EMIT leaveRequested();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void PresentationWindow::closeEvent(QCloseEvent* event)
{
    event->accept();
    Q_EMIT leaveRequested();
}

} // namespace littoral::ui
