// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/presentation.h"

#include "core/models/selectionstate.h"
#include "ui/mainwindow.h"
#include "ui/presentationwindow.h"
#include "ui/retranslator.h"
#include "ui/storypanel.h"

#include <QAction>
#include <QScreen>

namespace littoral::ui {

Presentation::Presentation(MainWindow* window)
    : QObject(window)
    , m_main(window)
    , m_action(new QAction(window))
    , m_fromStepAction(new QAction(window))
{
    m_fromStepAction->setObjectName(QStringLiteral("presentFromStepAction"));
    m_fromStepAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    connect(m_fromStepAction, &QAction::triggered, this, [this] { presentFromWindow(true); });
    m_action->setObjectName(QStringLiteral("presentAction"));
    m_action->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_action, &QAction::triggered, this, [this] { presentFromWindow(false); });
    auto* texts = new Retranslator(window);
    texts->add([this] {
        m_action->setText(tr("&Present"));
        m_fromStepAction->setText(tr("Present from Current &Step"));
        m_action->setToolTip(tr("Show the story (or the current view) full screen for a projector; "
                                "arrows, Space and Page Up/Down go through its steps, Esc leaves (%1)")
                                 .arg(m_action->shortcut().toString(QKeySequence::NativeText)));
    });
}

Presentation::~Presentation()
{
    delete m_window.data(); // a top-level window of its own: it must not outlive the main window it reads
}

void Presentation::presentFromWindow(bool fromCurrentStep)
{
    StoryPanel* panel = m_main->storyPanel();
    const core::Story story = panel ? panel->currentStory() : core::Story {};
    if (!story.steps.isEmpty())
        present(story, fromCurrentStep ? std::max(0, panel->currentStep()) : 0);
    else
        presentCurrentView();
}

void Presentation::present(const core::Story& story, int step, bool fullScreen)
{
    if (story.steps.isEmpty() || !m_main->selection()->corpusPointer())
        return;
    leave();
    // A top-level window of its own: the main window's splitters, views and selection are never touched.
    m_window = new PresentationWindow(m_main, story);
    connect(m_window, &PresentationWindow::leaveRequested, this, &Presentation::leave);
    if (fullScreen) {
        if (QScreen* screen = m_main->screen()) {
            m_window->setScreen(screen);
            m_window->setGeometry(screen->geometry());
        }
        m_window->showFullScreen();
    } else {
        m_window->resize(m_main->size());
        m_window->show();
    }
    m_window->activateWindow();
    m_window->setFocus(Qt::OtherFocusReason);
    m_window->goToStep(step);
    Q_EMIT started();
}

void Presentation::presentCurrentView(bool fullScreen)
{
    present(core::Story { {}, {}, { m_main->currentViewAsStep() } }, 0, fullScreen);
}

void Presentation::leave()
{
    if (m_window.isNull())
        return;
    PresentationWindow* window = m_window;
    m_window.clear();
    window->disconnect(this);
    window->hide();
    window->deleteLater();
    // Back where the person was: the main window's focus widget was never moved.
    m_main->activateWindow();
    Q_EMIT finished();
}

} // namespace littoral::ui
