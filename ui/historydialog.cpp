// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/historydialog.h"

#include "core/models/historymodel.h"
#include "core/session/corpussession.h"
#include "ui/retranslator.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace littoral::ui {

using namespace littoral::core;

namespace {

// The text filter over every column, and optionally only the changes that need attention.
class HistoryFilter final : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setAttentionOnly(bool only)
    {
        m_attentionOnly = only;
        invalidateFilter();
    }

    // Cancelled changes greyed, those needing attention in bold: colours and fonts are the window's.
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role == Qt::ForegroundRole || role == Qt::FontRole) {
            const auto state = HistoryModel::State(index.data(HistoryModel::StateRole).toInt());
            if (role == Qt::ForegroundRole && state == HistoryModel::State::Cancelled)
                return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
            if (role == Qt::FontRole && state == HistoryModel::State::NeedsAttention) {
                QFont bold = QApplication::font();
                bold.setBold(true);
                return bold;
            }
        }
        return QSortFilterProxyModel::data(index, role);
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        const QModelIndex first = sourceModel()->index(row, 0, parent);
        if (m_attentionOnly && first.data(HistoryModel::AttentionRole).toString().isEmpty())
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    bool m_attentionOnly = false;
};

} // namespace

HistoryDialog::HistoryDialog(QWidget* parent)
    : QDialog(parent)
    , m_model(new HistoryModel(this))
    , m_proxy(new HistoryFilter(this))
    , m_table(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_attentionOnly(new QCheckBox(this))
    , m_revert(new QPushButton(this))
    , m_message(new QLabel(this))
{
    auto* retranslator = new Retranslator(this);
    retranslator->add([this] {
        setWindowTitle(tr("History"));
        m_attentionOnly->setText(tr("Only changes that need attention"));
        m_revert->setText(tr("&Revert"));
        m_revert->setToolTip(tr("Record a change that cancels the selected one (history is never rewritten)"));
        m_filter->setPlaceholderText(tr("Filter by user, document, correspondent or value"));
    });
    // Headers, descriptions and timestamps are said with tr() and QLocale() when read.
    connect(retranslator, &Retranslator::languageChanged, this, [this] { refreshTexts(m_model); });
    setObjectName(QStringLiteral("historyDialog"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(HistoryModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_attentionOnly, &QCheckBox::toggled, this,
        [this](bool only) { static_cast<HistoryFilter*>(m_proxy)->setAttentionOnly(only); });

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(HistoryModel::TimeColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_message->clear(); // it spoke of the row chosen before
        updateButtons();
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const QString path = index.data(HistoryModel::DocumentPathRole).toString();
        if (!path.isEmpty())
            emit documentRequested(path);
    });

    connect(m_revert, &QPushButton::clicked, this, [this] { revertRow(m_table->currentIndex().row()); });
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    auto* top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_attentionOnly);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_revert, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(960, 480);
    updateButtons();
}

void HistoryDialog::setSession(CorpusSession* session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (session) {
        connect(session, &CorpusSession::historyChanged, this, &HistoryDialog::refresh);
        connect(session, &CorpusSession::changedOutside, this, &HistoryDialog::refresh);
    }
    refresh();
}

void HistoryDialog::refresh()
{
    const qint64 selected = m_table->currentIndex().data(HistoryModel::ChangeIdRole).toLongLong();
    QList<Change> changes;
    if (m_session) {
        auto history = m_session->history();
        if (history)
            changes = std::move(*history);
        else
            showMessage(history.error().detail);
    }
    m_model->setChanges(std::move(changes));
    for (int column : { int(HistoryModel::TimeColumn), int(HistoryModel::UserColumn), int(HistoryModel::WhatColumn) })
        m_table->resizeColumnToContents(column);
    if (selected != 0)
        selectChange(selected);
    updateButtons();
}

void HistoryDialog::selectChange(qint64 changeId)
{
    const int row = m_model->rowOfChange(changeId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid())
        m_table->setCurrentIndex(index);
}

QString HistoryDialog::message() const
{
    return m_message->text();
}

void HistoryDialog::showMessage(const QString& text)
{
    m_message->setText(text);
}

void HistoryDialog::updateButtons()
{
    const QModelIndex current = m_table->currentIndex();
    m_revert->setEnabled(current.isValid() && m_session && !m_session->isReadOnly());
}

void HistoryDialog::revertRow(int row)
{
    const QModelIndex index = m_proxy->index(row, 0);
    if (!m_session || !index.isValid())
        return;
    const Change& change = m_model->change(m_proxy->mapToSource(index).row());
    // Refused here with a sentence of the window's own; the session refuses it too.
    if (!change.active) {
        showMessage(tr("“%1” is already cancelled: there is nothing to revert.").arg(HistoryModel::describe(change, true)));
        return;
    }
    const qint64 id = change.id;
    const QString what = HistoryModel::describe(change, true);
    const Result<Change> done = m_session->revert(id);
    if (!done) {
        showMessage(done.error().detail);
        return;
    }
    showMessage(tr("Reverted “%1”.").arg(what));
}

} // namespace littoral::ui
