// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/storystepmodel.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace littoral::ui {
namespace {

const QString kMimeType = QStringLiteral("application/x-littoral-story-steps");

} // namespace

StoryStepModel::StoryStepModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void StoryStepModel::setSteps(const QList<core::StoryStep>& steps)
{
    beginResetModel();
    m_steps = steps;
    endResetModel();
}

int StoryStepModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

QString StoryStepModel::firstLine(const QString& caption)
{
    const QString trimmed = caption.trimmed();
    return trimmed.left(trimmed.indexOf(QLatin1Char('\n'))).trimmed();
}

QVariant StoryStepModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::StoryStep& step = m_steps.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString caption = firstLine(step.caption);
        // A chronology event's step is marked, so it reads apart from a saved view in the list.
        const QString marker = step.chronologyEvent.isEmpty() ? QString() : QStringLiteral("◆ ");
        return tr("%1. %2%3\n%4")
            .arg(index.row() + 1)
            .arg(marker, caption.isEmpty() ? tr("(no text)") : caption, step.filter.describe());
    }
    case Qt::ToolTipRole:
        return step.chronologyEvent.isEmpty()
            ? tr("%1\n%2").arg(step.caption.trimmed(), step.filter.describe())
            : tr("%1\n%2\nGoes to the chronology event %3").arg(step.caption.trimmed(), step.filter.describe(), step.chronologyEvent);
    case CaptionRole:
        return step.caption;
    case PeriodRole:
        return step.filter.describe();
    case ChronologyEventRole:
        return step.chronologyEvent;
    case DocumentRole:
        return step.document;
    default:
        return {};
    }
}

Qt::ItemFlags StoryStepModel::flags(const QModelIndex& index) const
{
    // Drops land between steps (on the list itself), never onto one.
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

bool StoryStepModel::moveRows(
    const QModelIndex& sourceParent, int sourceRow, int count, const QModelIndex& destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count < 1 || sourceRow < 0
        || sourceRow + count > m_steps.size() || destinationChild < 0 || destinationChild > m_steps.size())
        return false;
    // Onto itself: nothing moves (and beginMoveRows() would refuse it).
    if (destinationChild >= sourceRow && destinationChild <= sourceRow + count)
        return false;
    if (!beginMoveRows(sourceParent, sourceRow, sourceRow + count - 1, destinationParent, destinationChild))
        return false;
    const QList<core::StoryStep> moved = m_steps.mid(sourceRow, count);
    m_steps.remove(sourceRow, count);
    const int to = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        m_steps.insert(to + i, moved.at(i));
    endMoveRows();
    emit stepsMoved();
    return true;
}

Qt::DropActions StoryStepModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList StoryStepModel::mimeTypes() const
{
    return { kMimeType };
}

QMimeData* StoryStepModel::mimeData(const QModelIndexList& indexes) const
{
    QList<int> rows;
    for (const QModelIndex& index : indexes)
        if (index.isValid() && !rows.contains(index.row()))
            rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << rows;
    auto* data = new QMimeData;
    data->setData(kMimeType, bytes);
    return data;
}

bool StoryStepModel::canDropMimeData(
    const QMimeData* data, Qt::DropAction action, int, int, const QModelIndex& parent) const
{
    return data && data->hasFormat(kMimeType) && action == Qt::MoveAction && !parent.isValid();
}

bool StoryStepModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QList<int> rows;
    QDataStream stream(data->data(kMimeType));
    stream >> rows;
    if (rows.isEmpty() || stream.status() != QDataStream::Ok)
        return false;
    // Dropped at the end (row -1) or before `row`. One contiguous block moves in one step; scattered rows
    // are moved one by one, keeping their order.
    int destination = row < 0 ? int(m_steps.size()) : row;
    bool moved = false;
    int shift = 0; // rows already moved from above the destination
    for (const int r : std::as_const(rows)) {
        const int source = r < destination ? r - shift : r;
        if (source < 0 || source >= m_steps.size())
            continue;
        if (moveRows({}, source, 1, {}, destination)) {
            moved = true;
            if (source < destination)
                ++shift;
            else
                ++destination;
        } else if (source >= destination) {
            ++destination; // already in place: the next one goes after it
        }
    }
    // The move is done here: the view must not remove the dragged rows afterwards (removeRows() is not
    // implemented, so it cannot).
    return moved;
}

} // namespace littoral::ui
