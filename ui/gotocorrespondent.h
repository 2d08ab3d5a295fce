// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QAction;
class QCompleter;
class QLabel;
class QLineEdit;

namespace littoral::core {
class CorrespondentCompletionModel;
class SelectionState;
} // namespace littoral::core

namespace littoral::ui {

class GraphView;
class Retranslator;

// Edit ▸ Go to Correspondent (Ctrl+K): a field whose completer lists the corpus's correspondents by
// any word of any of their spellings, accents and case aside, with their kind and document count.
// Choosing one does what a click on its node does (the views filter to it) and centres the graph
// on it. GUI thread; reads the corpus from the SelectionState.
class GoToCorrespondent final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GoToCorrespondent)
public:
    GoToCorrespondent(core::SelectionState* selection, GraphView* graph, QWidget* parent);
    ~GoToCorrespondent() override;

    // Ctrl+K: shows the field, empty and focused.
    QAction* action() const { return m_action; }
    QLineEdit* field() const { return m_field; }
    QCompleter* completer() const { return m_completer; }
    // Selects the correspondent and centres the graph on it. A brushed period in which it has no
    // document gives way, or the views would show nothing of it.
    void choose(qint64 id);
    void start();

signals:
    void chosen(qint64 id);

private:
    void refreshCorrespondents();
    void chooseTyped();

    core::SelectionState* m_selection = nullptr;
    GraphView* m_graph = nullptr;
    core::CorrespondentCompletionModel* m_model = nullptr;
    QAction* m_action = nullptr;
    QLineEdit* m_field = nullptr;
    QLabel* m_hint = nullptr;
    QCompleter* m_completer = nullptr;
    Retranslator* m_retranslator = nullptr;
    bool m_stale = true; // the corpus changed since the names were read
};

} // namespace littoral::ui
