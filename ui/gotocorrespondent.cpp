// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/gotocorrespondent.h"

#include "core/models/correspondentcompletionmodel.h"
#include "core/models/selectionstate.h"
#include "ui/graphview.h"
#include "ui/retranslator.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace littoral::ui {

using core::CorrespondentCompletionModel;

namespace {

// The popup's lines say who each one is; the field still receives the bare name (EditRole).
class CompletionLines final : public QIdentityProxyModel {
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role != Qt::DisplayRole)
            return QIdentityProxyModel::data(index, role);
        const QString name = QIdentityProxyModel::data(index, Qt::EditRole).toString();
        const int documents = index.data(CorrespondentCompletionModel::DocumentCountRole).toInt();
        const QString kind = index.data(CorrespondentCompletionModel::KindRole).toInt() == int(core::CorrespondentKind::Person)
            ? GoToCorrespondent::tr("person")
            : GoToCorrespondent::tr("organisation");
        const QString count = GoToCorrespondent::tr("%Ln document(s)", nullptr, documents);
        const QString spelling = index.data(CorrespondentCompletionModel::MatchedSpellingRole).toString();
        if (spelling.isEmpty())
            return GoToCorrespondent::tr("%1 — %2, %3").arg(name, kind, count);
        return GoToCorrespondent::tr("%1 (also “%2”) — %3, %4").arg(name, spelling, kind, count);
    }
};

} // namespace

GoToCorrespondent::GoToCorrespondent(core::SelectionState* selection, GraphView* graph, QWidget* parent)
    : QDialog(parent)
    , m_selection(selection)
    , m_graph(graph)
    , m_model(new CorrespondentCompletionModel(this))
    , m_action(new QAction(this))
    , m_field(new QLineEdit(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("goToCorrespondent"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_action, &QAction::triggered, this, &GoToCorrespondent::start);

    m_field->setClearButtonEnabled(true);
    m_field->setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false); // greyed: a hint, not a message
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_field);
    layout->addWidget(m_hint);

    auto* lines = new CompletionLines(this);
    lines->setSourceModel(m_model);
    m_completer = new QCompleter(lines, this);
    // The model does the matching (accents, any word, any spelling); the completer only shows it.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(12);
    // Long names of organisations with their kind and count: wider than the field.
    m_completer->popup()->setMinimumWidth(fontMetrics().averageCharWidth() * 90);
    m_field->setCompleter(m_completer);
    // textEdited comes before the field asks its completer to show: the rows are ready by then.
    connect(m_field, &QLineEdit::textEdited, m_model, &CorrespondentCompletionModel::setQuery);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
        [this](const QModelIndex& index) { choose(index.data(CorrespondentCompletionModel::IdRole).toLongLong()); });
    connect(m_field, &QLineEdit::returnPressed, this, &GoToCorrespondent::chooseTyped);

    const auto stale = [this] { m_stale = true; };
    connect(m_selection, &core::SelectionState::corpusChanged, this, stale);
    connect(m_selection, &core::SelectionState::corpusCompleted, this, stale);
    connect(m_selection, &core::SelectionState::corpusReloaded, this, stale);

    m_retranslator = new Retranslator(this);
    m_retranslator->add([this] {
        setWindowTitle(tr("Go to Correspondent"));
        m_action->setText(tr("&Go to Correspondent…"));
        m_action->setToolTip(tr("Find a person or an organisation by any part of its name and show it in the graph (Ctrl+K)"));
        m_field->setPlaceholderText(tr("Name or other spelling — accents optional"));
        m_hint->setText(tr("Choosing one selects it in the graph and shows only its documents in the list and the timeline, as a click on its node does."));
    });
}

GoToCorrespondent::~GoToCorrespondent() = default;

void GoToCorrespondent::refreshCorrespondents()
{
    if (!m_stale)
        return;
    m_stale = false;
    m_model->setCorrespondents(m_selection->corpus().correspondents());
}

void GoToCorrespondent::start()
{
    refreshCorrespondents();
    m_field->clear();
    m_model->setQuery(QString());
    show();
    raise();
    activateWindow();
    m_field->setFocus(Qt::ShortcutFocusReason);
}

void GoToCorrespondent::chooseTyped()
{
    // Enter on a line of the popup reaches the field first; the completer's activated() follows.
    if (m_completer->popup()->isVisible() && m_completer->popup()->currentIndex().isValid())
        return;
    // Enter without picking a line: the suggestion named as typed, else the first one.
    if (m_model->rowCount() == 0)
        return;
    int row = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->index(r).data(Qt::EditRole).toString().compare(m_field->text(), Qt::CaseInsensitive) == 0)
            row = r;
    choose(m_model->index(row).data(CorrespondentCompletionModel::IdRole).toLongLong());
}

void GoToCorrespondent::choose(qint64 id)
{
    const core::CorpusIndex& corpus = m_selection->corpus();
    if (id == 0 || !corpus.correspondent(id))
        return;
    if (m_selection->hasPeriod()) {
        bool inPeriod = false;
        for (const core::DocumentSummary& d : corpus.documents()) {
            if (corpus.involves(d.id, id) && corpus.inPeriod(d.id, m_selection->periodFrom(), m_selection->periodTo())) {
                inPeriod = true;
                break;
            }
        }
        if (!inPeriod)
            m_selection->clearPeriod();
    }
    m_selection->setCorrespondent(id);
    if (m_graph)
        m_graph->centreOn(id);
    m_completer->popup()->hide();
    hide();
    emit chosen(id);
}

} // namespace littoral::ui
