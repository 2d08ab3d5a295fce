// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chronologydialog.h"

#include "core/chronology/chronologyfile.h"
#include "core/session/corpussession.h"
#include "ui/chronologyeventform.h"
#include "ui/retranslator.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace littoral::ui {

ChronologyDialog::ChronologyDialog(core::CorpusSession* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_restore(new QPushButton(this))
    , m_load(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_close(new QPushButton(this))
    , m_message(new QPlainTextEdit(this))
    , m_intro(new QLabel(this))
    , m_retranslator(new Retranslator(this))
{
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(SourceColumn, QHeaderView::Interactive);
    m_intro->setWordWrap(true);
    m_message->setReadOnly(true);
    m_message->setMaximumHeight(m_message->fontMetrics().height() * 6);
    m_message->hide();

    auto* buttons = new QVBoxLayout;
    for (QPushButton* b : { m_add, m_edit, m_delete, m_restore })
        buttons->addWidget(b);
    buttons->addSpacing(m_add->fontMetrics().height());
    buttons->addWidget(m_load);
    buttons->addWidget(m_save);
    buttons->addStretch();
    buttons->addWidget(m_close);
    auto* middle = new QHBoxLayout;
    middle->addWidget(m_table, 1);
    middle->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(middle, 1);
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, [this] { addEvent(); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const QStringList ids = selectedIds(); ids.size() == 1)
            editEvent(ids.first());
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (statusAt(row) != Status::Deleted)
            editEvent(idAt(row));
    });
    connect(m_delete, &QPushButton::clicked, this, &ChronologyDialog::deleteSelected);
    connect(m_restore, &QPushButton::clicked, this, &ChronologyDialog::restoreSelected);
    connect(m_load, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Load a Chronology"), QString(), tr("Chronologies (*.csv *.json);;All files (*)"));
        if (!path.isEmpty())
            loadFile(path);
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        QString filter;
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the Chronology"),
            QStringLiteral("chronology.csv"), tr("CSV (*.csv);;JSON (*.json)"), &filter);
        if (!path.isEmpty() && !saveFile(path))
            say(tr("Could not write %1.").arg(QFileInfo(path).fileName()));
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ChronologyDialog::updateButtons);
    if (m_session)
        connect(m_session, &core::CorpusSession::chronologyChanged, this, &ChronologyDialog::reload);
    m_retranslator->add([this] { retranslate(); });
    resize(m_table->fontMetrics().height() * 60, m_table->fontMetrics().height() * 32);
}

ChronologyDialog::~ChronologyDialog() = default;

void ChronologyDialog::retranslate()
{
    setWindowTitle(tr("Chronology"));
    m_intro->setText(tr("The events shown in the timeline’s chronology lane: the bundled Calais chronology, "
                        "with your own events and edits. Every change can be undone (Edit ▸ Undo)."));
    m_table->setHorizontalHeaderLabels({ tr("Date"), tr("Label"), tr("Source"), tr("Origin") });
    m_add->setText(tr("&Add…"));
    m_edit->setText(tr("&Edit…"));
    m_delete->setText(tr("&Delete"));
    m_restore->setText(tr("&Restore Bundled"));
    m_restore->setToolTip(tr("Undo your edits to a bundled event, or bring back a bundled event you deleted"));
    m_load->setText(tr("&Load File…"));
    m_load->setToolTip(tr("Add the events of a CSV or JSON file in the same columns as the bundled one"));
    m_save->setText(tr("&Save As…"));
    m_close->setText(tr("Close"));
    reload(); // the labels and the origins in the new language
}

void ChronologyDialog::reload()
{
    const QStringList selected = selectedIds();
    m_events.clear();
    m_statuses.clear();
    if (m_session) {
        auto read = m_session->chronology();
        if (!read) {
            say(read.error().detail);
        } else {
            QSet<QString> bundledIds;
            for (const core::ChronologyEvent& b : core::chronologyfile::bundled())
                bundledIds.insert(b.id);
            QSet<QString> shown;
            for (const core::ChronologyEvent& e : std::as_const(*read)) {
                shown.insert(e.id);
                m_events.append(e);
                m_statuses.append(e.bundled ? Status::Bundled : bundledIds.contains(e.id) ? Status::Edited : Status::Yours);
            }
            // Deleted bundled events stay listed, greyed, so that they can be restored.
            for (const core::ChronologyEvent& b : core::chronologyfile::bundled()) {
                if (!shown.contains(b.id)) {
                    m_events.append(b);
                    m_statuses.append(Status::Deleted);
                }
            }
        }
    }
    QList<qsizetype> order(m_events.size());
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(), [this](qsizetype a, qsizetype b) {
        const core::ChronologyEvent& x = m_events.at(a);
        const core::ChronologyEvent& y = m_events.at(b);
        return std::pair(x.firstDay(), x.id) < std::pair(y.firstDay(), y.id);
    });
    QList<core::ChronologyEvent> events;
    QList<Status> statuses;
    for (const qsizetype i : std::as_const(order)) {
        events.append(m_events.at(i));
        statuses.append(m_statuses.at(i));
    }
    m_events = std::move(events);
    m_statuses = std::move(statuses);

    const QSignalBlocker blocker(m_table);
    m_table->clearContents();
    m_table->setRowCount(int(m_events.size()));
    const QColor grey = palette().color(QPalette::Disabled, QPalette::Text);
    for (int row = 0; row < m_events.size(); ++row) {
        const core::ChronologyEvent& e = m_events.at(row);
        QString status;
        switch (m_statuses.at(row)) {
        case Status::Bundled:
            status = tr("bundled");
            break;
        case Status::Yours:
            status = tr("yours");
            break;
        case Status::Edited:
            status = tr("edited");
            break;
        case Status::Deleted:
            status = tr("deleted");
            break;
        }
        const QStringList cells { e.edtf(), e.label(), e.sourceUrl, status };
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column == LabelColumn && !e.description().isEmpty())
                item->setToolTip(e.description());
            if (m_statuses.at(row) == Status::Deleted)
                item->setForeground(grey);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnToContents(DateColumn);
    m_table->resizeColumnToContents(StatusColumn);
    m_table->setColumnWidth(SourceColumn, m_table->fontMetrics().height() * 14);
    for (const QString& id : selected) {
        if (const int row = rowOf(id); row >= 0)
            m_table->selectionModel()->select(m_table->model()->index(row, 0),
                QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    updateButtons();
}

int ChronologyDialog::rowOf(const QString& id) const
{
    for (int row = 0; row < m_events.size(); ++row)
        if (m_events.at(row).id == id)
            return row;
    return -1;
}

QString ChronologyDialog::idAt(int row) const
{
    return row >= 0 && row < m_events.size() ? m_events.at(row).id : QString();
}

ChronologyDialog::Status ChronologyDialog::statusAt(int row) const
{
    return row >= 0 && row < m_statuses.size() ? m_statuses.at(row) : Status::Yours;
}

void ChronologyDialog::selectEvent(const QString& id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_table->clearSelection();
    m_table->selectRow(row);
    m_table->scrollToItem(m_table->item(row, 0));
}

QStringList ChronologyDialog::selectedIds() const
{
    QStringList ids;
    if (!m_table->selectionModel())
        return ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        ids.append(idAt(index.row()));
    return ids;
}

QStringList ChronologyDialog::takenIds() const
{
    QStringList ids;
    for (const core::ChronologyEvent& e : m_events)
        ids.append(e.id);
    return ids;
}

void ChronologyDialog::updateButtons()
{
    const QStringList ids = selectedIds();
    bool anyShown = false;
    bool anyRestorable = false;
    for (const QString& id : ids) {
        const Status status = statusAt(rowOf(id));
        anyShown = anyShown || status != Status::Deleted;
        anyRestorable = anyRestorable || status == Status::Edited || status == Status::Deleted;
    }
    const bool open = m_session != nullptr;
    m_add->setEnabled(open);
    m_edit->setEnabled(open && ids.size() == 1 && anyShown);
    m_delete->setEnabled(open && anyShown);
    m_restore->setEnabled(open && anyRestorable);
    m_load->setEnabled(open);
}

void ChronologyDialog::say(const QString& text)
{
    m_message->setPlainText(text);
    m_message->setVisible(!text.isEmpty());
}

QString ChronologyDialog::messageText() const
{
    return m_message->toPlainText();
}

bool ChronologyDialog::apply(const core::ChronologyEvent& event)
{
    if (!m_session)
        return false;
    auto change = m_session->editChronology({ event });
    if (!change) {
        say(change.error().detail);
        return false;
    }
    say({});
    selectEvent(event.id);
    return true;
}

ChronologyEventForm* ChronologyDialog::form() const
{
    return m_form;
}

ChronologyEventForm* ChronologyDialog::addEvent()
{
    if (!m_session)
        return nullptr;
    auto* form = new ChronologyEventForm(core::ChronologyEvent(), takenIds(), this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &QDialog::accepted, this, [this, form] { apply(form->event()); });
    m_form = form;
    form->open();
    return form;
}

ChronologyEventForm* ChronologyDialog::editEvent(const QString& id)
{
    const int row = rowOf(id);
    if (!m_session || row < 0 || statusAt(row) == Status::Deleted)
        return nullptr;
    auto* form = new ChronologyEventForm(m_events.at(row), takenIds(), this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &QDialog::accepted, this, [this, form] { apply(form->event()); });
    m_form = form;
    form->open();
    return form;
}

bool ChronologyDialog::deleteSelected()
{
    QStringList ids;
    for (const QString& id : selectedIds())
        if (statusAt(rowOf(id)) != Status::Deleted)
            ids.append(id);
    if (!m_session || ids.isEmpty())
        return false;
    auto change = m_session->editChronology({}, ids);
    if (!change) {
        say(change.error().detail);
        return false;
    }
    say({});
    return true;
}

bool ChronologyDialog::restoreSelected()
{
    QStringList ids;
    for (const QString& id : selectedIds()) {
        const Status status = statusAt(rowOf(id));
        if (status == Status::Edited || status == Status::Deleted)
            ids.append(id);
    }
    if (!m_session || ids.isEmpty())
        return false;
    auto change = m_session->restoreBundledChronology(ids);
    if (!change) {
        say(change.error().detail);
        return false;
    }
    say({});
    return true;
}

bool ChronologyDialog::loadFile(const QString& path)
{
    if (!m_session)
        return false;
    const QString name = QFileInfo(path).fileName();
    auto reading = core::chronologyfile::readFile(path);
    if (!reading) {
        say(tr("%1 could not be read: %2").arg(name, reading.error().detail));
        return false;
    }
    QStringList lines;
    if (!reading->events.isEmpty()) {
        // The whole file is one change: one Undo takes it back.
        auto change = m_session->editChronology(reading->events);
        if (!change) {
            say(tr("%1 could not be added: %2").arg(name, change.error().detail));
            return false;
        }
    }
    lines << tr("%1: %Ln event(s) added or updated", nullptr, int(reading->events.size())).arg(name);
    if (!reading->problems.isEmpty()) {
        lines << tr("%Ln row(s) left out:", nullptr, int(reading->problems.size()));
        for (const core::ChronologyProblem& problem : std::as_const(reading->problems))
            lines << tr("Row %1: %2").arg(QLocale().toString(problem.row), problem.message);
    }
    say(lines.join(QLatin1Char('\n')));
    return !reading->events.isEmpty();
}

bool ChronologyDialog::saveFile(const QString& path) const
{
    QList<core::ChronologyEvent> events;
    for (qsizetype i = 0; i < m_events.size(); ++i)
        if (m_statuses.at(i) != Status::Deleted)
            events.append(m_events.at(i));
    const bool json = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    const QByteArray bytes
        = json ? core::chronologyfile::toJson(events) : core::chronologyfile::toCsv(events);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(bytes);
    return file.commit();
}

} // namespace littoral::ui
