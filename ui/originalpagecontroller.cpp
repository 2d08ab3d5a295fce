// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/originalpagecontroller.h"

#include "core/models/factsmodel.h"
#include "ui/palette.h"
#include "ui/passwordprompt.h"
#include "ui/retranslator.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLocale>
#include <QSettings>
#include <QTableView>

#include <cmath>

namespace littoral::ui {
namespace {

const QString kSettingsKey = QStringLiteral("reader/originalPage");

bool hasPages(const core::Document& document)
{
    return !document.pages.isEmpty()
        && (document.format == core::SourceFormat::Pdf || document.format == core::SourceFormat::Image);
}

// Whether the page holding `offset` was read by OCR.
bool readByOcr(const core::Document& document, qsizetype offset)
{
    for (const core::DocumentPage& page : document.pages)
        if (offset >= page.textStart && offset < page.textEnd)
            return page.ocr;
    return false;
}

QString roleWord(core::ParticipantRole role)
{
    switch (role) {
    case core::ParticipantRole::Sender:
        return OriginalPageController::tr("Sender");
    case core::ParticipantRole::Recipient:
        return OriginalPageController::tr("Recipient");
    case core::ParticipantRole::Cc:
        return OriginalPageController::tr("In copy");
    case core::ParticipantRole::Mentioned:
        return OriginalPageController::tr("Mentioned");
    }
    return {};
}

} // namespace

OriginalPageController::OriginalPageController(QTableView* factsTable, core::FactsModel* facts, QWidget* viewParent, QObject* parent)
    : QObject(parent)
    , m_factsTable(factsTable)
    , m_facts(facts)
    , m_view(new PageView(viewParent))
    , m_action(new QAction(this))
    , m_retranslator(new Retranslator(m_view))
{
    m_action->setObjectName(QStringLiteral("originalPageAction"));
    m_action->setCheckable(true);
    m_action->setChecked(QSettings().value(kSettingsKey, false).toBool());
    m_action->setEnabled(false);
    m_retranslator->add([this] {
        m_action->setText(tr("Original &Page"));
        m_action->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
        update();
    });
    connect(m_action, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(kSettingsKey, on);
        update();
    });
    m_view->hide();

    // A fact chosen on either side is shown on the other.
    connect(m_factsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, m_view, [this](const QModelIndex& current) {
        if (current.isValid() && m_view->isVisible())
            m_view->showFact(current.row());
    });
    connect(m_view, &PageView::factClicked, m_factsTable, [this](int row) {
        const QModelIndex index = m_facts->index(row, core::FactsModel::FactColumn);
        if (index.isValid())
            m_factsTable->setCurrentIndex(index);
    });
    // Queued: the prompt is modal, and must not run inside the load's own signal.
    connect(m_view, &PageView::passwordNeeded, this, &OriginalPageController::unlockOriginal, Qt::QueuedConnection);
    // The descriptions follow the facts (an edit, the language).
    connect(m_facts, &QAbstractItemModel::modelReset, this, &OriginalPageController::refreshFacts);
    connect(m_facts, &QAbstractItemModel::dataChanged, this, &OriginalPageController::refreshFacts);
    connect(m_facts, &QAbstractItemModel::rowsInserted, this, &OriginalPageController::refreshFacts);
    connect(m_facts, &QAbstractItemModel::rowsRemoved, this, &OriginalPageController::refreshFacts);
}

void OriginalPageController::setDocument(const core::Document& document)
{
    m_document = document;
    update();
}

void OriginalPageController::rememberPasswords(const QHash<QString, QString>& passwords)
{
    m_passwords.insert(passwords);
}

void OriginalPageController::unlockOriginal()
{
    if (m_view->state() != PageView::State::Locked)
        return;
    const QString path = m_view->sourcePath();
    const auto known = m_passwords.constFind(path);
    if (known != m_passwords.cend() && m_view->unlock(*known))
        return;
    PasswordPrompt prompt(m_view->window());
    bool retry = known != m_passwords.cend();
    for (;;) {
        prompt.setFile(path, retry);
        prompt.exec();
        if (m_view->state() != PageView::State::Locked || m_view->sourcePath() != path)
            return; // another document was shown meanwhile
        if (prompt.answer() != PasswordPrompt::Answer::Open || prompt.password().isEmpty())
            return; // the view goes on saying the original is protected, and asks again when clicked
        if (m_view->unlock(prompt.password())) {
            m_passwords.insert(path, prompt.password());
            return;
        }
        retry = true;
    }
}

void OriginalPageController::update()
{
    const bool available = hasPages(m_document);
    m_action->setEnabled(available);
    const QString keys = m_action->shortcut().toString(QKeySequence::NativeText);
    m_action->setToolTip(available
            ? tr("Show the original page beside the text, each fact's evidence boxed in its colour (%1)").arg(keys)
            : tr("Only documents read from a PDF or an image have a page to show; text and e-mail documents do not"));
    const bool shown = available && m_action->isChecked();
    if (shown) {
        m_view->setDocument(m_document);
        refreshFacts();
        if (const QModelIndex current = m_factsTable->currentIndex(); current.isValid())
            m_view->showFact(current.row());
    }
    m_view->setVisible(shown);
}

void OriginalPageController::refreshFacts()
{
    if (m_view->documentId() != m_document.id || m_facts->documentId() != m_document.id)
        return;
    m_view->setFacts(pageFacts(*m_facts, m_document));
}

QList<PageFact> OriginalPageController::pageFacts(const core::FactsModel& facts, const core::Document& document)
{
    using Kind = core::FactsModel::Kind;
    QList<PageFact> out;
    for (int row = 0; row < facts.rowCount(); ++row) {
        const QModelIndex index = facts.index(row, core::FactsModel::FactColumn);
        const auto kind = Kind(index.data(core::FactsModel::KindRole).toInt());
        PageFact fact;
        fact.id = row;
        fact.offset = index.data(core::FactsModel::EvidenceOffsetRole).toInt();
        fact.length = index.data(core::FactsModel::EvidenceLengthRole).toInt();
        if (fact.offset < 0 || fact.length <= 0)
            continue;
        // The reader's colours: a date, a participant in its role's, an event.
        switch (kind) {
        case Kind::Date:
            fact.color = Palette::date();
            break;
        case Kind::Participant:
            fact.color = Palette::role(core::ParticipantRole(index.data(core::FactsModel::ParticipantRoleRole).toInt()));
            break;
        case Kind::Event:
            fact.color = Palette::event();
            break;
        default:
            continue;
        }
        QString what = index.data(Qt::DisplayRole).toString();
        if (kind == Kind::Participant) // the role in full: the table's "From" needs its column to read
            what = roleWord(core::ParticipantRole(index.data(core::FactsModel::ParticipantRoleRole).toInt()));
        const QString value = facts.index(row, core::FactsModel::ValueColumn).data(Qt::DisplayRole).toString();
        const QVariant confidence = index.data(core::FactsModel::ConfidenceRole);
        const bool ocr = readByOcr(document, fact.offset);
        if (confidence.isValid()) {
            const QString percent = QLocale().toString(int(std::lround(confidence.toDouble() * 100)));
            fact.description = ocr ? tr("%1: %2 — %3 % sure (OCR)").arg(what, value, percent)
                                   : tr("%1: %2 — %3 % sure").arg(what, value, percent);
        } else {
            fact.description = ocr ? tr("%1: %2 (OCR)").arg(what, value) : tr("%1: %2").arg(what, value);
        }
        out.append(fact);
    }
    return out;
}

} // namespace littoral::ui
