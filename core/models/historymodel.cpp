// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/historymodel.h"

#include "core/domain/curation.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace littoral::core {
namespace {

QString text(const QJsonObject& object, const char* key) { return object.value(QLatin1String(key)).toString(); }

} // namespace

HistoryModel::HistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void HistoryModel::setChanges(QList<Change> changes)
{
    beginResetModel();
    std::reverse(changes.begin(), changes.end());
    m_changes = std::move(changes);
    endResetModel();
}

int HistoryModel::rowOfChange(qint64 id) const
{
    for (int row = 0; row < m_changes.size(); ++row)
        if (m_changes.at(row).id == id)
            return row;
    return -1;
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

HistoryModel::State HistoryModel::state(const Change& change)
{
    if (!change.active)
        return State::Cancelled;
    return change.attention.isEmpty() ? State::InForce : State::NeedsAttention;
}

QString HistoryModel::describe(const Change& change, bool withOrigin)
{
    QString what;
    switch (change.kind) {
    case ChangeKind::SetField: {
        const QString field = text(change.after, "field").isEmpty() ? text(change.before, "field") : text(change.after, "field");
        const auto known = documentFieldFromName(field);
        QString label = field;
        if (known) {
            switch (*known) {
            case DocumentField::Type:
                label = tr("Type");
                break;
            case DocumentField::Language:
                label = tr("Language");
                break;
            case DocumentField::Title:
                label = tr("Title");
                break;
            case DocumentField::Date:
                label = tr("Date");
                break;
            case DocumentField::Place:
                label = tr("Place");
                break;
            }
        }
        what = tr("%1 of %2").arg(label, change.source);
        break;
    }
    case ChangeKind::AddParticipant:
        what = tr("Participant added to %1").arg(change.source);
        break;
    case ChangeKind::RemoveParticipant:
        what = tr("Participant removed from %1").arg(change.source);
        break;
    case ChangeKind::UpdateParticipant:
        what = tr("Participant of %1").arg(change.source);
        break;
    case ChangeKind::AddEvent:
        what = tr("Event added to %1").arg(change.source);
        break;
    case ChangeKind::RemoveEvent:
        what = tr("Event removed from %1").arg(change.source);
        break;
    case ChangeKind::UpdateEvent:
        what = tr("Event of %1").arg(change.source);
        break;
    case ChangeKind::Review:
        what = tr("Review of %1").arg(change.source);
        break;
    case ChangeKind::Merge: {
        // Undo and redo copy the sides, so the merged names and the survivor are on one side or the other.
        const QJsonObject merged = change.before.contains(QLatin1String("merged")) ? change.before : change.after;
        const QJsonObject into = change.after.contains(QLatin1String("into")) ? change.after : change.before;
        QStringList names;
        for (const QJsonValue& m : merged.value(QLatin1String("merged")).toArray())
            names.append(text(m.toObject(), "name"));
        what = tr("Merge of %1 into %2").arg(names.join(QStringLiteral(", ")), text(into.value(QLatin1String("into")).toObject(), "name"));
        break;
    }
    case ChangeKind::Split: {
        const QJsonObject side = change.before.contains(QLatin1String("alias")) ? change.before : change.after;
        what = tr("Split of %1").arg(text(side, "alias"));
        break;
    }
    case ChangeKind::Rename:
        what = tr("Rename of %1").arg(text(change.before.contains(QLatin1String("id")) ? change.before : change.after, "name"));
        break;
    case ChangeKind::SetKind:
        what = tr("Kind of %1").arg(text(change.before.contains(QLatin1String("id")) ? change.before : change.after, "name"));
        break;
    case ChangeKind::SetStory: {
        const bool existed = change.before.contains(QLatin1String("story"));
        const bool exists = change.after.contains(QLatin1String("story"));
        const QString title = text((exists ? change.after : change.before).value(QLatin1String("story")).toObject(), "title");
        what = !existed ? tr("Story “%1” created").arg(title)
            : !exists   ? tr("Story “%1” deleted").arg(title)
                        : tr("Story “%1” edited").arg(title);
        break;
    }
    case ChangeKind::SetChronology: {
        const int events = int(change.after.value(QLatin1String("events")).toArray().size());
        what = tr("Chronology: %n event(s) changed", nullptr, events);
        break;
    }
    }
    if (!withOrigin)
        return what;
    switch (change.origin) {
    case ChangeOrigin::Edit:
        return what;
    case ChangeOrigin::Undo:
        return tr("Undo: %1").arg(what);
    case ChangeOrigin::Redo:
        return tr("Redo: %1").arg(what);
    case ChangeOrigin::Revert:
        return tr("Revert: %1").arg(what);
    }
    return what;
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_changes.size())
        return {};
    const Change& c = m_changes.at(index.row());
    switch (role) {
    case ChangeIdRole:
        return c.id;
    case ActiveRole:
        return c.active;
    case AttentionRole:
        return c.attention;
    case DocumentPathRole:
        return isDocumentChange(c.kind) ? c.sourcePath : QString();
    case StateRole:
        return int(state(c));
    case SortRole:
        if (index.column() == TimeColumn || index.column() == StateColumn)
            return index.column() == TimeColumn ? QVariant(c.id) : QVariant(int(state(c)));
        return data(index, Qt::DisplayRole).toString().toLower();
    case Qt::ToolTipRole:
        if (!c.attention.isEmpty())
            return tr("Needs attention: %1").arg(attentionText(c.attention));
        if (index.column() == WhatColumn && isDocumentChange(c.kind))
            return c.sourcePath;
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case TimeColumn:
        return QLocale().toString(c.at.toLocalTime(), QLocale::ShortFormat);
    case UserColumn:
        return c.user;
    case WhatColumn:
        return describe(c, true);
    case BeforeColumn:
        return c.beforeText();
    case AfterColumn:
        return c.afterText();
    case StateColumn:
        switch (state(c)) {
        case State::InForce:
            return QString();
        case State::Cancelled:
            return tr("Cancelled");
        case State::NeedsAttention:
            return tr("Needs attention: %1").arg(attentionText(c.attention));
        }
        return {};
    case ColumnCount:
        break;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case WhatColumn:
        return tr("What");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    case StateColumn:
        return tr("State");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace littoral::core
