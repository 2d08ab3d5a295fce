// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/correspondentspane.h"

#include "core/logging.h"
#include "core/models/corpusindex.h"
#include "core/models/correspondentfilterproxy.h"
#include "core/models/correspondentsmodel.h"
#include "core/session/corpussession.h"
#include "core/workpool.h"
#include "ui/retranslator.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QTableView>
#include <QtConcurrent>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace littoral::ui {

using core::CorrespondentKind;
using core::CorrespondentsModel;

CorrespondentsPane::CorrespondentsPane(QWidget* parent)
    : QWidget(parent)
    , m_model(new CorrespondentsModel(this))
    , m_proxy(new core::CorrespondentFilterProxy(this))
{
    m_proxy->setSourceModel(m_model);

    m_filter = new QLineEdit(this);
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterText(text);
        updateActions();
    });
    m_count = new QLabel(this);

    m_merge = new QAction(this);
    connect(m_merge, &QAction::triggered, this, &CorrespondentsPane::askMerge);
    m_split = new QAction(this);
    connect(m_split, &QAction::triggered, this, &CorrespondentsPane::askSplit);
    m_rename = new QAction(this);
    connect(m_rename, &QAction::triggered, this, &CorrespondentsPane::askRename);
    m_kindMenu = new QMenu(this);
    m_person = m_kindMenu->addAction(QString(), this, [this] { setKind(selectedIds(), CorrespondentKind::Person); });
    m_organisation = m_kindMenu->addAction(QString(), this,
        [this] { setKind(selectedIds(), CorrespondentKind::Organization); });

    auto* tools = new QToolBar(this);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addAction(m_merge);
    tools->addAction(m_split);
    tools->addAction(m_rename);
    auto* kind = new QToolButton(tools);
    kind->setMenu(m_kindMenu);
    kind->setPopupMode(QToolButton::InstantPopup);
    tools->addWidget(kind);

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CorrespondentsModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QTableView::customContextMenuRequested, this, &CorrespondentsPane::showMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CorrespondentsPane::updateActions);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        emit correspondentActivated(index.data(CorrespondentsModel::IdRole).toLongLong());
    });

    auto* top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(tools);
    layout->addWidget(m_table, 1);

    // Several notifications in a row (an undo that moved many documents) read the corpus once.
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    auto* retranslator = new Retranslator(this);
    retranslator->add([this, kind] {
        setAccessibleName(tr("Correspondents"));
        m_filter->setPlaceholderText(tr("Filter by name, spelling or organisation"));
        m_filter->setAccessibleName(tr("Filter correspondents"));
        m_merge->setText(tr("&Merge into…"));
        m_merge->setToolTip(tr("Merge the selected correspondents into one of them: every spelling and document moves to it"));
        m_split->setText(tr("&Split spelling…"));
        m_split->setToolTip(tr("Give the documents that spell the selected correspondent one way their own correspondent"));
        m_rename->setText(tr("&Rename…"));
        m_rename->setToolTip(tr("Choose the name shown for the selected correspondent; later imports keep it"));
        m_kindMenu->setTitle(tr("&Kind"));
        m_person->setText(tr("&Person"));
        m_organisation->setText(tr("&Organisation"));
        kind->setText(tr("Kind"));
        kind->setToolTip(tr("Make the selected correspondents persons or organisations"));
        m_table->setAccessibleName(tr("Correspondents"));
    });
    // The count and the table's headers and kinds, in the new language.
    connect(retranslator, &Retranslator::languageChanged, this, [this] {
        refreshTexts(m_model);
        updateActions();
    });
    connect(&m_analysis, &QFutureWatcher<core::Result<core::CorrespondentNetwork>>::finished, this, [this] {
        // The corpus changed meanwhile: this result is of another one (ids may mean others there).
        if (m_analysisPending || m_analysing != m_corpus) {
            startAnalysis();
            return;
        }
        auto network = m_analysis.result();
        if (!network) {
            qCWarning(lcAnalysis) << "correspondent network:" << network.error().detail;
            m_model->setNetwork(nullptr);
        } else {
            m_model->setNetwork(std::make_shared<const core::CorrespondentNetwork>(std::move(*network)));
        }
        resizeColumns();
        emit analysed();
    });
    updateActions();
}

CorrespondentsPane::~CorrespondentsPane()
{
    m_analysis.disconnect(this);
    m_analysis.waitForFinished();
}

void CorrespondentsPane::setCorpus(std::shared_ptr<const core::CorpusIndex> corpus)
{
    m_corpus = std::move(corpus);
    m_analysisPending = m_corpus && m_corpus->isComplete();
    if (!m_analysisPending)
        m_model->setNetwork(nullptr);
    if (isVisible())
        startAnalysis();
}

void CorrespondentsPane::startAnalysis()
{
    // One analysis at a time: a newer corpus waits for the running one and then starts.
    if (!m_analysisPending || m_analysis.isRunning())
        return;
    m_analysisPending = false;
    m_analysing = m_corpus;
    m_analysis.setFuture(QtConcurrent::run(core::workPool(), [corpus = m_corpus] { return core::CorrespondentNetwork::compute(corpus->graph()); }));
}

void CorrespondentsPane::setSession(core::CorpusSession* session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (m_session) {
        connect(m_session, &core::CorpusSession::correspondentsChanged, this, &CorrespondentsPane::markStale);
        connect(m_session, &core::CorpusSession::documentsChanged, this, &CorrespondentsPane::markStale);
        connect(m_session, &core::CorpusSession::changedOutside, this, &CorrespondentsPane::markStale);
    }
    // Read when shown: the table costs a query over every participation (seconds at 100,000
    // documents), which opening a corpus must not wait for while the Documents tab is in front.
    m_stale = true;
    if (isVisible()) {
        refresh();
    } else {
        m_model->setCorrespondents({});
        updateActions();
    }
}

void CorrespondentsPane::markStale()
{
    m_stale = true;
    m_refreshTimer.start();
}

void CorrespondentsPane::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
    startAnalysis();
}

void CorrespondentsPane::refresh()
{
    const QList<qint64> selected = selectedIds();
    m_stale = false;
    if (!m_session) {
        m_model->setCorrespondents({});
    } else if (auto loaded = m_model->reload(m_session->database()); !loaded) {
        report(tr("Cannot read the correspondents"), loaded.error().detail);
    }
    // The same correspondents stay selected (a merge's survivor among them).
    QItemSelection selection;
    for (qint64 id : selected) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid())
            selection.select(index, index);
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    resizeColumns();
    updateActions();
}

void CorrespondentsPane::resizeColumns()
{
    m_table->resizeColumnsToContents();
    // A body's full name can run to a line: the table stays readable, the tooltip has the rest.
    const int widest = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 22;
    for (int column : { int(CorrespondentsModel::NameColumn), int(CorrespondentsModel::AliasesColumn) })
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), widest));
}

QList<qint64> CorrespondentsPane::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        ids.append(index.data(CorrespondentsModel::IdRole).toLongLong());
    return ids;
}

bool CorrespondentsPane::selectCorrespondent(qint64 id)
{
    if (m_stale)
        refresh();
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_filter->clear();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

void CorrespondentsPane::updateActions()
{
    const QList<qint64> ids = selectedIds();
    const bool writable = m_session && !m_session->isReadOnly();
    m_merge->setEnabled(writable && ids.size() >= 2);
    bool splittable = false;
    if (ids.size() == 1)
        if (const int row = m_model->rowOf(ids.first()); row >= 0)
            splittable = m_model->correspondents().at(row).aliases.size() >= 2;
    m_split->setEnabled(writable && splittable);
    m_rename->setEnabled(writable && ids.size() == 1);
    m_kindMenu->setEnabled(writable && !ids.isEmpty());
    m_person->setEnabled(writable && !ids.isEmpty());
    m_organisation->setEnabled(writable && !ids.isEmpty());
    m_count->setText(m_proxy->rowCount() == m_model->rowCount()
            ? tr("%Ln correspondent(s)", nullptr, m_model->rowCount())
            : tr("%1 of %2").arg(QLocale().toString(m_proxy->rowCount()), QLocale().toString(m_model->rowCount())));
}

QString CorrespondentsPane::describe(int sourceRow) const
{
    const core::CorrespondentDetails& c = m_model->correspondents().at(sourceRow);
    return tr("%1 (%2, %Ln document(s))", nullptr, c.documentCount)
        .arg(c.name, c.kind == CorrespondentKind::Person ? tr("person") : tr("organisation"));
}

void CorrespondentsPane::askMerge()
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() < 2)
        return;
    // The one in most documents is offered first: usually the spelling to keep.
    QList<int> rows;
    for (qint64 id : ids)
        if (const int row = m_model->rowOf(id); row >= 0)
            rows.append(row);
    std::stable_sort(rows.begin(), rows.end(), [this](int a, int b) {
        return m_model->correspondents().at(a).documentCount > m_model->correspondents().at(b).documentCount;
    });
    QStringList choices;
    QList<qint64> order;
    for (int row : rows) {
        choices.append(describe(row));
        order.append(m_model->correspondents().at(row).id);
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Merge correspondents"),
        tr("Merge %n correspondent(s) into:", nullptr, int(order.size())), choices, 0, false, &ok);
    const qsizetype index = choices.indexOf(chosen);
    if (!ok || index < 0)
        return;
    mergeInto(order, order.at(index));
}

void CorrespondentsPane::askSplit()
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 1)
        return;
    const int row = m_model->rowOf(ids.first());
    if (row < 0)
        return;
    const core::CorrespondentDetails& c = m_model->correspondents().at(row);
    bool ok = false;
    const QString alias = QInputDialog::getItem(this, tr("Split a spelling"),
        tr("The documents spelling %1 this way get their own correspondent:").arg(c.name), c.aliases, 0, false, &ok);
    if (ok && !alias.isEmpty())
        splitAlias(c.id, alias);
}

void CorrespondentsPane::askRename()
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 1)
        return;
    const int row = m_model->rowOf(ids.first());
    if (row < 0)
        return;
    const core::CorrespondentDetails& c = m_model->correspondents().at(row);
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename"), tr("Name of %1:").arg(c.name), QLineEdit::Normal, c.name, &ok);
    if (ok)
        renameCorrespondent(c.id, name);
}

void CorrespondentsPane::showMenu(const QPoint& position)
{
    if (selectedIds().isEmpty())
        return;
    QMenu menu(this);
    menu.addAction(m_merge);
    menu.addAction(m_split);
    menu.addAction(m_rename);
    menu.addMenu(m_kindMenu);
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

bool CorrespondentsPane::report(const QString& title, const QString& message)
{
    m_lastError = message;
    emit failed(message);
    // Also when asked from the graph while the pane's tab is hidden: the window is what must show it.
    if (window()->isVisible()) {
        // Not modal: the pane stays usable, and nothing waits on the box.
        auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    return false;
}

bool CorrespondentsPane::mergeInto(const QList<qint64>& ids, qint64 survivorId)
{
    if (!m_session)
        return report(tr("Cannot merge"), tr("No corpus is open."));
    auto change = m_session->merge(ids, survivorId);
    if (!change)
        return report(tr("Cannot merge"), change.error().detail);
    succeeded();
    refresh(); // now, so the survivor is selected at once
    selectCorrespondent(survivorId);
    return true;
}

bool CorrespondentsPane::splitAlias(qint64 id, const QString& alias)
{
    if (!m_session)
        return report(tr("Cannot split"), tr("No corpus is open."));
    auto change = m_session->split(id, alias);
    if (!change)
        return report(tr("Cannot split"), change.error().detail);
    succeeded();
    refresh();
    selectCorrespondent(change->after.value(QLatin1String("id")).toInteger());
    return true;
}

bool CorrespondentsPane::renameCorrespondent(qint64 id, const QString& name)
{
    if (!m_session)
        return report(tr("Cannot rename"), tr("No corpus is open."));
    auto change = m_session->rename(id, name);
    if (!change)
        return report(tr("Cannot rename"), change.error().detail);
    succeeded();
    refresh();
    return true;
}

bool CorrespondentsPane::setKind(const QList<qint64>& ids, CorrespondentKind kind)
{
    if (!m_session)
        return report(tr("Cannot change the kind"), tr("No corpus is open."));
    bool changed = false;
    for (qint64 id : ids) {
        const int row = m_model->rowOf(id);
        if (row >= 0 && m_model->correspondents().at(row).kind == kind)
            continue; // already so: nothing to record
        auto change = m_session->setKind(id, kind);
        if (!change)
            return report(tr("Cannot change the kind"), change.error().detail);
        changed = true;
    }
    succeeded();
    if (changed)
        refresh();
    return true;
}

} // namespace littoral::ui
