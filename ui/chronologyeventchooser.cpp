// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chronologyeventchooser.h"

#include "core/domain/correspondentkey.h"
#include "core/domain/partialdatewords.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace littoral::ui {
namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kSearchRole = Qt::UserRole + 2;

QString dateInWords(const core::ChronologyEvent& event)
{
    if (!event.isSpan())
        return core::PartialDateWords::say(event.start);
    return ChronologyEventChooser::tr("%1 – %2").arg(core::PartialDateWords::say(event.start), core::PartialDateWords::say(event.end));
}

} // namespace

ChronologyEventChooser::ChronologyEventChooser(std::shared_ptr<const core::ChronologyIndex> chronology, QWidget* parent)
    : QDialog(parent)
    , m_chronology(std::move(chronology))
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Add Chronology Event"));
    m_filter->setPlaceholderText(tr("Filter by words or date"));
    m_filter->setClearButtonEnabled(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add as Step"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(560, 480);

    QList<const core::ChronologyEvent*> events;
    if (m_chronology)
        for (const core::ChronologyEvent& event : m_chronology->events())
            events.append(&event);
    std::stable_sort(events.begin(), events.end(), [](const core::ChronologyEvent* a, const core::ChronologyEvent* b) {
        return a->firstDay() < b->firstDay();
    });
    for (const core::ChronologyEvent* event : std::as_const(events)) {
        const QString date = dateInWords(*event);
        auto* item = new QListWidgetItem(tr("%1 — %2").arg(date, event->label()), m_list);
        item->setData(kIdRole, event->id);
        item->setToolTip(event->description());
        // Either language's words find it, as the people of a class may say either.
        item->setData(kSearchRole,
            core::foldForMatching(QStringList { date, event->edtf(), event->labelFr, event->labelEn, event->descriptionFr,
                event->descriptionEn }
                                      .join(QLatin1Char(' '))));
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);

    connect(m_filter, &QLineEdit::textChanged, this, &ChronologyEventChooser::applyFilter);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString ChronologyEventChooser::chosenId() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(kIdRole).toString() : QString();
}

void ChronologyEventChooser::applyFilter()
{
    const QStringList words = core::foldForMatching(m_filter->text()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QListWidgetItem* first = nullptr;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        const QString text = item->data(kSearchRole).toString();
        const bool shown = std::all_of(words.cbegin(), words.cend(), [&text](const QString& w) { return text.contains(w); });
        item->setHidden(!shown);
        if (shown && !first)
            first = item;
    }
    if (!m_list->currentItem() || m_list->currentItem()->isHidden())
        m_list->setCurrentItem(first);
}

} // namespace littoral::ui
