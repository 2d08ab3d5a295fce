// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/statuscounts.h"

#include "core/models/documentfilterproxy.h"
#include "core/models/documenttablemodel.h"
#include "core/models/selectionstate.h"

#include <QLocale>

namespace littoral::ui {

using core::ParticipantRole;

StatusCounts::StatusCounts(core::SelectionState* selection, core::DocumentFilterProxy* proxy, QObject* parent)
    : QObject(parent)
    , m_selection(selection)
    , m_proxy(proxy)
{
    // The list's rows are the count: whatever changed them (the proxy relays every filter) says so here.
    connect(proxy, &QAbstractItemModel::layoutChanged, this, &StatusCounts::changed);
    connect(proxy, &QAbstractItemModel::modelReset, this, &StatusCounts::changed);
    connect(proxy, &QAbstractItemModel::rowsInserted, this, &StatusCounts::changed);
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, &StatusCounts::changed);
    connect(selection, &core::SelectionState::filterChanged, this, &StatusCounts::changed);
}

QStringList StatusCounts::filters() const
{
    QStringList filters;
    const core::SelectionState& s = *m_selection;
    const core::CorpusIndex& corpus = s.corpus();
    const QLocale locale;
    if (s.hasPeriod())
        filters << QStringLiteral("%1 → %2").arg(locale.toString(s.periodFrom(), QStringLiteral("d MMM yyyy")),
            locale.toString(s.periodTo(), QStringLiteral("d MMM yyyy")));
    if (const core::CorrespondentSummary* c = corpus.correspondent(s.correspondent())) {
        if (!s.correspondentRole()) {
            filters << c->name;
        } else {
            switch (*s.correspondentRole()) {
            case ParticipantRole::Sender:
                filters << tr("sent by %1").arg(c->name);
                break;
            case ParticipantRole::Recipient:
                filters << tr("sent to %1").arg(c->name);
                break;
            case ParticipantRole::Cc:
                filters << tr("%1 in copy").arg(c->name);
                break;
            case ParticipantRole::Mentioned:
                filters << tr("mentioning %1").arg(c->name);
                break;
            }
        }
    }
    if (!s.edgeDocuments().isEmpty())
        filters << tr("%n letter(s) on the chosen link", nullptr, int(s.edgeDocuments().size()));
    if (s.hasSearch())
        filters << QStringLiteral("“%1”").arg(s.searchQuery());
    if (s.hasTypeFilter()) {
        QStringList types;
        for (const core::DocumentType type : s.shownTypes())
            types << core::DocumentTableModel::typeLabel(type);
        filters << (types.isEmpty() ? tr("no document type") : tr("types: %1").arg(types.join(QStringLiteral(", "))));
    }
    if (!m_proxy->textFilter().isEmpty())
        filters << tr("list filter “%1”").arg(m_proxy->textFilter());
    if (m_proxy->isUnreviewedOnly())
        filters << tr("not yet reviewed");
    return filters;
}

QString StatusCounts::filterSummary() const
{
    if (!m_selection || !m_proxy)
        return {};
    const QStringList shown = filters();
    if (shown.isEmpty())
        return {};
    const QLocale locale;
    const int documents = int(m_selection->corpus().documents().size());
    return tr("showing %1 of %2: %3   (Ctrl+Backspace clears)")
        .arg(locale.toString(m_proxy->rowCount()), locale.toString(documents), shown.join(QStringLiteral(" · ")));
}

} // namespace littoral::ui
