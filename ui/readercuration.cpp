// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/readercuration.h"

#include "core/domain/correspondentkey.h"
#include "core/extract/dateparser.h"
#include "core/session/corpussession.h"
#include "ui/retranslator.h"

#include <QAction>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTextCursor>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <tuple>

namespace littoral::ui {

using core::FactsModel;

ReaderCuration::ReaderCuration(QTableView* facts, FactsModel* model, QPlainTextEdit* reader, std::function<void(qint64)> reshow,
    QObject* parent)
    : QObject(parent)
    , m_factsView(facts)
    , m_model(model)
    , m_reader(reader)
    , m_reshow(std::move(reshow))
{
    m_factsView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_factsView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_factsView, &QWidget::customContextMenuRequested, this, &ReaderCuration::showFactsMenu);
    m_reader->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_reader, &QWidget::customContextMenuRequested, this, &ReaderCuration::showReaderMenu);
    connect(m_model, &FactsModel::editRefused, this, &ReaderCuration::messageShown);
    // An add whose editor closes without a commit leaves no empty row behind.
    connect(m_factsView->itemDelegate(), &QAbstractItemDelegate::closeEditor, this, [this] {
        QTimer::singleShot(0, m_model, &FactsModel::cancelPending);
    });

    m_remove = new QAction(this);
    (new Retranslator(m_factsView))->add([this] { m_remove->setText(tr("Remove")); });
    m_remove->setObjectName(QStringLiteral("removeFact"));
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetShortcut);
    m_factsView->addAction(m_remove);
    connect(m_remove, &QAction::triggered, this, &ReaderCuration::removeCurrentFact);
}

void ReaderCuration::setSession(core::CorpusSession* session)
{
    if (m_session == session)
        return;
    disconnect(m_documentsChanged);
    m_session = session;
    m_model->setSession(writable() ? session : nullptr);
    if (!session)
        return;
    // Queued: the change may have been made from inside the facts table's editor, which must finish
    // its commit before the model under it is reset.
    m_documentsChanged = connect(session, &core::CorpusSession::documentsChanged, this, [this](const QList<qint64>& ids) {
        if (ids.contains(m_model->documentId()))
            refresh(m_model->documentId());
    }, Qt::QueuedConnection);
}

bool ReaderCuration::writable() const
{
    return m_session && !m_session->isReadOnly();
}

void ReaderCuration::refresh(qint64 documentId)
{
    const int row = m_factsView->currentIndex().row();
    const int column = std::max(0, m_factsView->currentIndex().column());
    const int factsScroll = m_factsView->verticalScrollBar()->value();
    const int readerScroll = m_reader->verticalScrollBar()->value();
    m_reshow(documentId);
    if (row >= 0 && row < m_model->rowCount())
        m_factsView->setCurrentIndex(m_model->index(row, column));
    m_factsView->verticalScrollBar()->setValue(factsScroll);
    m_reader->verticalScrollBar()->setValue(readerScroll);
}

void ReaderCuration::startAdding(FactsModel::Kind kind, core::ParticipantRole role)
{
    const QModelIndex cell = m_model->beginAdd(kind, role);
    if (!cell.isValid())
        return;
    m_factsView->scrollTo(cell);
    m_factsView->setCurrentIndex(cell);
    m_factsView->edit(cell);
}

bool ReaderCuration::removeCurrentFact()
{
    const int row = m_factsView->currentIndex().row();
    return m_model->canRemove(row) && m_model->removeFact(row);
}

void ReaderCuration::showFactsMenu(const QPoint& pos)
{
    if (!writable() || m_model->documentId() == 0)
        return;
    const QModelIndex at = m_factsView->indexAt(pos);
    if (at.isValid())
        m_factsView->setCurrentIndex(at);
    QMenu menu(m_factsView);
    if (at.isValid() && (at.flags() & Qt::ItemIsEditable)) {
        menu.addAction(tr("Edit"), m_factsView, [this, at] { m_factsView->edit(at); });
    } else if (at.isValid() && (m_model->index(at.row(), FactsModel::ValueColumn).flags() & Qt::ItemIsEditable)) {
        const QModelIndex value = m_model->index(at.row(), FactsModel::ValueColumn);
        menu.addAction(tr("Edit"), m_factsView, [this, value] { m_factsView->edit(value); });
    }
    if (const auto participant = at.isValid() ? m_model->participantAt(at.row()) : std::nullopt) {
        const bool person = participant->kind == core::CorrespondentKind::Person;
        menu.addAction(person ? tr("Make it an organisation") : tr("Make it a person"), this, [this, row = at.row(), person] {
            m_model->setParticipantKind(row, person ? core::CorrespondentKind::Organization : core::CorrespondentKind::Person);
        });
    }
    m_remove->setEnabled(at.isValid() && m_model->canRemove(at.row()));
    menu.addAction(m_remove);
    menu.addSeparator();
    using Role = core::ParticipantRole;
    for (const auto& [label, role] : { std::pair { tr("Add sender"), Role::Sender }, std::pair { tr("Add recipient"), Role::Recipient },
             std::pair { tr("Add copy"), Role::Cc }, std::pair { tr("Add mentioned person"), Role::Mentioned } })
        menu.addAction(label, this, [this, role = role] { startAdding(FactsModel::Kind::Participant, role); });
    menu.addAction(tr("Add event"), this, [this] { startAdding(FactsModel::Kind::Event); });
    menu.exec(m_factsView->viewport()->mapToGlobal(pos));
}

void ReaderCuration::showReaderMenu(const QPoint& pos)
{
    std::unique_ptr<QMenu> menu(m_reader->createStandardContextMenu(pos));
    if (writable() && m_reader->textCursor().hasSelection() && m_model->documentId() != 0) {
        menu->addSeparator();
        menu->addMenu(useAsMenu(menu.get()));
    }
    menu->exec(m_reader->viewport()->mapToGlobal(pos));
}

QMenu* ReaderCuration::useAsMenu(QWidget* parent)
{
    auto* useAs = new QMenu(tr("Use as"), parent);
    useAs->setObjectName(QStringLiteral("useAsMenu"));
    auto add = [&](QMenu* menu, const QString& label, const QString& name, UseAs what, core::CorrespondentKind kind) {
        QAction* action = menu->addAction(label, this, [this, what, kind] { useSelectionAs(what, kind); });
        action->setObjectName(name);
    };
    using Kind = core::CorrespondentKind;
    for (const auto& [label, name, what] : { std::tuple { tr("Sender"), QStringLiteral("useAsSender"), UseAs::Sender },
             std::tuple { tr("Recipient"), QStringLiteral("useAsRecipient"), UseAs::Recipient },
             std::tuple { tr("Copy"), QStringLiteral("useAsCopy"), UseAs::Copy } }) {
        QMenu* sub = useAs->addMenu(label);
        add(sub, tr("Person"), name, what, Kind::Person);
        add(sub, tr("Organisation"), name + QStringLiteral("Org"), what, Kind::Organization);
    }
    add(useAs, tr("Date"), QStringLiteral("useAsDate"), UseAs::Date, Kind::Person);
    add(useAs, tr("Place"), QStringLiteral("useAsPlace"), UseAs::Place, Kind::Person);
    add(useAs, tr("Event"), QStringLiteral("useAsEvent"), UseAs::Event, Kind::Person);
    return useAs;
}

bool ReaderCuration::useSelectionAs(UseAs what, core::CorrespondentKind kind)
{
    const qint64 id = m_model->documentId();
    if (!writable() || id == 0)
        return false;
    const QTextCursor cursor = m_reader->textCursor();
    if (!cursor.hasSelection())
        return false;
    auto document = m_session->document(id);
    if (!document) {
        Q_EMIT messageShown(document.error().detail);
        return false;
    }
    // The stored text, not the cursor's selectedText() (which turns line breaks into U+2029): the
    // evidence must be exactly the words at that offset.
    const int start = cursor.selectionStart();
    core::Evidence evidence { document->text.mid(start, cursor.selectionEnd() - start), start };
    // Spaces around a selection are not part of the words.
    while (!evidence.text.isEmpty() && evidence.text.front().isSpace()) {
        evidence.text.remove(0, 1);
        ++evidence.offset;
    }
    while (!evidence.text.isEmpty() && evidence.text.back().isSpace())
        evidence.text.chop(1);
    if (evidence.text.isEmpty())
        return false;

    auto report = [this](const auto& result) {
        if (!result) {
            Q_EMIT messageShown(result.error().detail);
            return false;
        }
        return true;
    };
    const core::Extraction& e = document->extraction;
    switch (what) {
    case UseAs::Date:
        return report(m_session->setFieldFromText(id, core::DocumentField::Date, evidence));
    case UseAs::Place:
        return report(m_session->setFieldFromText(id, core::DocumentField::Place, evidence));
    case UseAs::Sender:
    case UseAs::Recipient:
    case UseAs::Copy: {
        const core::ParticipantRole role = what == UseAs::Sender ? core::ParticipantRole::Sender
            : what == UseAs::Recipient                           ? core::ParticipantRole::Recipient
                                                                 : core::ParticipantRole::Cc;
        core::Participant made;
        made.role = role;
        made.kind = kind;
        made.name = evidence.text.simplified();
        made.evidence = evidence;
        // The fact this corrects: the same name read elsewhere (a wrong role or evidence), or else a
        // letter's one sender, replaced. Otherwise the selection adds a participant.
        const QString key = core::foldForMatching(made.name);
        const core::Participant* replaced = nullptr;
        for (const core::Participant& p : e.participants)
            if (core::foldForMatching(p.name) == key) {
                replaced = &p;
                break;
            }
        if (!replaced && role == core::ParticipantRole::Sender) {
            const auto senders = std::count_if(e.participants.cbegin(), e.participants.cend(),
                [](const core::Participant& p) { return p.role == core::ParticipantRole::Sender; });
            if (senders == 1)
                replaced = &*std::find_if(e.participants.cbegin(), e.participants.cend(),
                    [](const core::Participant& p) { return p.role == core::ParticipantRole::Sender; });
        }
        if (!replaced)
            return report(m_session->addParticipant(id, made));
        if (core::foldForMatching(replaced->name) == key) {
            // Same person: keep what was known of them, move the role and the evidence.
            made.title = replaced->title;
            made.organization = replaced->organization;
        }
        return report(m_session->updateParticipant(id, *replaced, made));
    }
    case UseAs::Event: {
        core::MentionedEvent event;
        event.label = evidence.text.simplified();
        event.evidence = evidence;
        // Its date read from the words themselves, else the document's own.
        const core::PartialDate documentDate = e.date ? e.date->date : core::PartialDate {};
        for (const core::DateMention& m : core::DateParser::findAll(evidence.text)) {
            const core::PartialDate date = m.yearMissing || m.form == core::DateMention::Form::Relative
                ? core::DateParser::resolve(m, documentDate)
                : m.date;
            if (date.isValid()) {
                event.date = date;
                break;
            }
        }
        if (!event.date.isValid())
            event.date = documentDate;
        if (!event.date.isValid()) {
            Q_EMIT messageShown(tr("No date in the selected words and none for the document: date the document first."));
            return false;
        }
        return report(m_session->addEvent(id, event));
    }
    }
    return false;
}

} // namespace littoral::ui
