// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

namespace littoral::core {
class DocumentFilterProxy;
class SelectionState;
}

namespace littoral::ui {

// The status bar's account of what the list shows ("showing 7 of 5: …"), counted from the list's own
// rows and told again at every change of them: a filter of the selection, the list's quick filter,
// the review filter, a new corpus, a refresh after an edit. GUI thread.
class StatusCounts final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusCounts)
public:
    StatusCounts(core::SelectionState* selection, core::DocumentFilterProxy* proxy, QObject* parent = nullptr);

    // "showing 7 of 5,000: sent by Natacha Bouchart · “jungle” · list filter “préf”   (Ctrl+Backspace
    // clears)"; empty when nothing filters the list.
    QString filterSummary() const;

signals:
    void changed(); // the rows shown, or what filters them, changed

private:
    QStringList filters() const;

    QPointer<core::SelectionState> m_selection;
    QPointer<core::DocumentFilterProxy> m_proxy;
};

} // namespace littoral::ui
