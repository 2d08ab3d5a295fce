// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

#include <functional>

class QAbstractItemModel;
class QLabel;
class QPushButton;

namespace littoral::core {
class SelectionState;
}

namespace littoral::ui {

class Retranslator;

// The bar above the reader that says when the document on show is not among those the filters keep
// (a click in the graph filtered it out of the list): the reader keeps it, so the person does not lose
// their place, and offers to clear the filters. GUI thread.
class ReaderFilterBar final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderFilterBar)
public:
    // `isShown` answers whether a document is among the rows of `shownRows` (the filtered list),
    // whose changes make the bar look again.
    ReaderFilterBar(core::SelectionState* selection, QAbstractItemModel* shownRows, std::function<bool(qint64)> isShown,
        QWidget* parent = nullptr);

    QPushButton* showAnywayButton() const { return m_showAnyway; }
    QPushButton* clearButton() const { return m_clear; }
    QString message() const;

signals:
    void clearFiltersRequested();

private:
    void refresh();

    core::SelectionState* m_selection = nullptr;
    std::function<bool(qint64)> m_isShown;
    qint64 m_dismissed = 0; // "Show it anyway" for this document, until the filters change
    QLabel* m_label = nullptr;
    QPushButton* m_showAnyway = nullptr;
    QPushButton* m_clear = nullptr;
    Retranslator* m_retranslator = nullptr;
};

} // namespace littoral::ui
