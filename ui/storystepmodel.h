// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/story.h"

#include <QAbstractListModel>
#include <QList>

namespace littoral::ui {

// A story's steps as a list for the stories panel: "3. First line of the caption" over the period and
// filters in words, a marker for a step that goes to a chronology event. Steps are reordered by
// moveRows() (drag and drop inside the list, Alt+Up / Alt+Down); stepsMoved() tells the panel, which
// saves the story. GUI thread.
class StoryStepModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoryStepModel)
public:
    enum Role {
        CaptionRole = Qt::UserRole + 1, // the whole caption
        PeriodRole,                     // DocumentFilter::describe()
        ChronologyEventRole,            // the step's chronology event id (empty: none)
        DocumentRole,                   // the step's document source (empty: none)
    };

    explicit StoryStepModel(QObject* parent = nullptr);

    void setSteps(const QList<core::StoryStep>& steps);
    const QList<core::StoryStep>& steps() const { return m_steps; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool moveRows(const QModelIndex& sourceParent, int sourceRow, int count, const QModelIndex& destinationParent,
        int destinationChild) override;

    // Drag and drop inside the list: the rows travel by number under a type of our own.
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
        const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent) override;

    // The caption's first line, for the list.
    static QString firstLine(const QString& caption);

signals:
    // The user moved steps (not emitted by setSteps()).
    void stepsMoved();

private:
    QList<core::StoryStep> m_steps;
};

} // namespace littoral::ui
