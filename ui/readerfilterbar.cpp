// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/readerfilterbar.h"

#include "core/models/selectionstate.h"
#include "ui/retranslator.h"

#include <QAbstractItemModel>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace littoral::ui {

ReaderFilterBar::ReaderFilterBar(core::SelectionState* selection, QAbstractItemModel* shownRows,
    std::function<bool(qint64)> isShown, QWidget* parent)
    : QFrame(parent)
    , m_selection(selection)
    , m_isShown(std::move(isShown))
    , m_label(new QLabel(this))
    , m_showAnyway(new QPushButton(this))
    , m_clear(new QPushButton(this))
    , m_retranslator(new Retranslator(this))
{
    setObjectName(QStringLiteral("readerFilterBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, p.color(QPalette::ToolTipBase));
    p.setColor(QPalette::WindowText, p.color(QPalette::ToolTipText));
    setPalette(p);
    m_label->setWordWrap(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_showAnyway);
    layout->addWidget(m_clear);
    m_retranslator->add([this] {
        m_label->setText(tr("This document is not in the current filter."));
        m_showAnyway->setText(tr("Show it anyway"));
        m_showAnyway->setToolTip(tr("Keep reading it; the list and the timeline keep their filters"));
        m_clear->setText(tr("Clear filters"));
        m_clear->setToolTip(tr("Show every document again, this one selected in the list"));
    });
    connect(m_showAnyway, &QPushButton::clicked, this, [this] {
        m_dismissed = m_selection->currentDocument();
        refresh();
    });
    connect(m_clear, &QPushButton::clicked, this, &ReaderFilterBar::clearFiltersRequested);
    connect(selection, &core::SelectionState::currentDocumentChanged, this, &ReaderFilterBar::refresh);
    connect(selection, &core::SelectionState::filterChanged, this, [this] {
        m_dismissed = 0; // the filters changed: say it again if it is still outside them
        refresh();
    });
    // After the list is filtered again (the selection's filters, its quick filter, a new corpus).
    connect(shownRows, &QAbstractItemModel::layoutChanged, this, &ReaderFilterBar::refresh);
    connect(shownRows, &QAbstractItemModel::modelReset, this, &ReaderFilterBar::refresh);
    connect(shownRows, &QAbstractItemModel::rowsInserted, this, &ReaderFilterBar::refresh);
    connect(shownRows, &QAbstractItemModel::rowsRemoved, this, &ReaderFilterBar::refresh);
    setVisible(false);
}

QString ReaderFilterBar::message() const
{
    return m_label->text();
}

void ReaderFilterBar::refresh()
{
    const qint64 current = m_selection->currentDocument();
    setVisible(current != 0 && current != m_dismissed && !m_isShown(current));
}

} // namespace littoral::ui
