// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/graphfilter.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QSlider;
class QSpinBox;
class QToolButton;

namespace littoral::core {
class SelectionState;
}

namespace littoral::ui {

class GraphView;

// The graph's filters and sizing, in one short row above it: a Filters button opening the panel of
// filters (minimum documents per correspondent and per link as sliders, persons / organisations /
// both, the k-core, the largest group only), what the marks' sizes show, and Show All. The filters go to the SelectionState (every view follows); the sizing to the
// view. Follows the selection, so Clear Filters resets it. GUI thread.
class GraphFilterBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphFilterBar)
public:
    GraphFilterBar(core::SelectionState* selection, GraphView* graph, QWidget* parent = nullptr);

    QSlider* minDocumentsSlider() const { return m_minDocuments; }
    QSlider* minLinkDocumentsSlider() const { return m_minLinkDocuments; }
    QComboBox* kindsBox() const { return m_kinds; }
    QSpinBox* coreBox() const { return m_core; }
    QCheckBox* largestBox() const { return m_largest; }
    QComboBox* sizeBox() const { return m_size; }
    QToolButton* resetButton() const { return m_reset; }
    QToolButton* filtersButton() const { return m_filters; }
    QToolButton* organisationsButton() const { return m_organisations; }
    // The filter the controls show.
    core::GraphFilter filter() const;

private:
    void showFilter(const core::GraphFilter& filter);
    void updateLabels();
    QFormLayout* m_form = nullptr;

    core::SelectionState* m_selection = nullptr;
    GraphView* m_graph = nullptr;
    QLabel* m_minDocumentsLabel = nullptr;
    QSlider* m_minDocuments = nullptr;
    QLabel* m_minLinkDocumentsLabel = nullptr;
    QSlider* m_minLinkDocuments = nullptr;
    QComboBox* m_kinds = nullptr;
    QLabel* m_coreLabel = nullptr;
    QSpinBox* m_core = nullptr;
    QCheckBox* m_largest = nullptr;
    QLabel* m_sizeLabel = nullptr;
    QComboBox* m_size = nullptr;
    QToolButton* m_reset = nullptr;
    QToolButton* m_filters = nullptr;
    QToolButton* m_organisations = nullptr;
    // A slider dragged sends its filter once it rests, not at every step (each one lays the graph out).
    QTimer m_apply;
    core::GraphFilter m_shown; // the selection's graph filter as the controls last showed or sent it
};

} // namespace littoral::ui
