// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/change.h"

#include <QAbstractTableModel>
#include <QList>

namespace littoral::core {

// The corpus's change log as History shows it, newest first: time, user, what, before → after, and
// whether the change needs attention or was cancelled. GUI thread; fed whole snapshots of the log.
class HistoryModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)
public:
    enum Column { TimeColumn, UserColumn, WhatColumn, BeforeColumn, AfterColumn, StateColumn, ColumnCount };
    enum Role {
        ChangeIdRole = Qt::UserRole + 1,
        SortRole,           // a value that sorts right (the change's id for the time, lower-case text)
        ActiveRole,         // bool: still in force
        AttentionRole,      // QString: why it could not be re-applied as made; empty when fine
        DocumentPathRole,   // QString: the document's absolute path; empty for correspondent changes
        StateRole,          // State as int
    };
    enum class State { InForce, Cancelled, NeedsAttention };

    explicit HistoryModel(QObject* parent = nullptr);

    // The log oldest first, as CorpusSession::history() gives it.
    void setChanges(QList<Change> changes);
    const Change& change(int row) const { return m_changes.at(row); }
    int rowOfChange(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Date of letter-1.txt", "Merge of A, B into C": what a change did, without its values, worded
    // for the window (Edit ▸ Undo names it). With the origin: "Undo: Date of letter-1.txt".
    static QString describe(const Change& change, bool withOrigin = false);
    static State state(const Change& change);

private:
    QList<Change> m_changes; // newest first
};

} // namespace littoral::core
