// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/chronologyindex.h"

#include <QDialog>

#include <memory>

class QLineEdit;
class QListWidget;

namespace littoral::ui {

// "Add Chronology Event…": the chronology's events by date, "24 October 2016 — Evacuation of the
// camp", narrowed by what is typed in the filter field (label, description, date; accents aside).
// GUI thread.
class ChronologyEventChooser final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChronologyEventChooser)
public:
    ChronologyEventChooser(std::shared_ptr<const core::ChronologyIndex> chronology, QWidget* parent = nullptr);

    // The chosen event's id (empty: none).
    QString chosenId() const;
    QLineEdit* filterField() const { return m_filter; }
    QListWidget* list() const { return m_list; }

private:
    void applyFilter();

    std::shared_ptr<const core::ChronologyIndex> m_chronology;
    QLineEdit* m_filter;
    QListWidget* m_list;
};

} // namespace littoral::ui
