// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/graphfilterbar.h"

#include "core/models/selectionstate.h"
#include "ui/graphview.h"
#include "ui/retranslator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QFormLayout>
#include <QLabel>
#include <QMenu>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>
#include <QWidgetAction>

namespace littoral::ui {

using core::GraphFilter;
using core::NetworkMeasure;

namespace {

// Past this, a threshold removes all but a corpus's few hubs: the sliders stop there.
constexpr int kMaxThreshold = 50;

QSlider* thresholdSlider(QWidget* parent)
{
    auto* slider = new QSlider(Qt::Horizontal, parent);
    slider->setRange(1, kMaxThreshold);
    slider->setPageStep(5);
    slider->setMinimumWidth(160);
    return slider;
}

} // namespace

GraphFilterBar::GraphFilterBar(core::SelectionState* selection, GraphView* graph, QWidget* parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_graph(graph)
{
    m_minDocumentsLabel = new QLabel(this);
    m_minDocuments = thresholdSlider(this);
    m_minDocumentsLabel->setBuddy(m_minDocuments);
    m_minLinkDocumentsLabel = new QLabel(this);
    m_minLinkDocuments = thresholdSlider(this);
    m_minLinkDocumentsLabel->setBuddy(m_minLinkDocuments);
    m_kinds = new QComboBox(this);
    m_kinds->addItems({ QString(), QString(), QString() }); // named by the retranslator
    m_coreLabel = new QLabel(this);
    m_core = new QSpinBox(this);
    m_core->setRange(0, 50);
    m_coreLabel->setBuddy(m_core);
    m_largest = new QCheckBox(this);
    m_sizeLabel = new QLabel(this);
    m_size = new QComboBox(this);
    for (int k = 0; k < 5; ++k)
        m_size->addItem(QString());
    m_sizeLabel->setBuddy(m_size);
    m_reset = new QToolButton(this);

    // The filters in a panel under the button: the row stays short in a narrow pane.
    m_filters = new QToolButton(this);
    m_filters->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_filters);
    auto* panel = new QWidget(menu);
    m_form = new QFormLayout(panel);
    m_form->addRow(m_minDocumentsLabel, m_minDocuments);
    m_form->addRow(m_minLinkDocumentsLabel, m_minLinkDocuments);
    m_form->addRow(m_kinds);
    m_form->addRow(m_coreLabel, m_core);
    m_form->addRow(m_largest);
    auto* panelAction = new QWidgetAction(menu);
    panelAction->setDefaultWidget(panel);
    menu->addAction(panelAction);
    m_filters->setMenu(menu);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(6);
    m_organisations = new QToolButton(this);
    m_organisations->setCheckable(true);
    connect(m_organisations, &QToolButton::toggled, m_graph, &GraphView::setOrganisationView);
    connect(m_graph, &GraphView::organisationViewChanged, m_organisations, [this](bool on) {
        const QSignalBlocker blocker(m_organisations);
        m_organisations->setChecked(on);
    });
    for (QWidget* w : std::initializer_list<QWidget*> { m_filters, m_organisations, m_sizeLabel, m_size, m_reset })
        layout->addWidget(w);
    layout->addStretch(1);

    m_apply.setSingleShot(true);
    m_apply.setInterval(150);
    connect(&m_apply, &QTimer::timeout, this, [this] {
        m_shown = filter();
        m_selection->setGraphFilter(m_shown);
    });
    for (QSlider* slider : { m_minDocuments, m_minLinkDocuments })
        connect(slider, &QSlider::valueChanged, this, [this] {
            updateLabels();
            m_apply.start();
        });
    connect(m_kinds, &QComboBox::currentIndexChanged, this, [this] { m_selection->setGraphFilter(filter()); });
    connect(m_core, &QSpinBox::valueChanged, this, [this] { m_apply.start(); });
    connect(m_largest, &QCheckBox::toggled, this, [this] { m_selection->setGraphFilter(filter()); });
    connect(m_size, &QComboBox::currentIndexChanged, this, [this](int index) { m_graph->setSizeMeasure(NetworkMeasure(index)); });
    connect(m_reset, &QToolButton::clicked, this, [this] {
        m_apply.stop();
        m_selection->setGraphFilter({});
    });
    // Clear Filters, a story step, another window: the controls show the selection's filter.
    connect(m_selection, &core::SelectionState::filterChanged, this, [this] {
        // A slider still moving has not set its filter yet: it keeps its place, unless the graph's
        // filter was changed from outside (Clear Filters), which wins.
        if (m_apply.isActive() && m_selection->graphFilter() == m_shown)
            return;
        m_apply.stop();
        showFilter(m_selection->graphFilter());
    });
    connect(m_graph, &GraphView::sizeMeasureChanged, this, [this](NetworkMeasure measure) {
        const QSignalBlocker blocker(m_size);
        m_size->setCurrentIndex(int(measure));
    });

    auto* retranslator = new Retranslator(this);
    retranslator->add([this] {
        m_minDocuments->setToolTip(tr("Hide the correspondents in fewer documents of the period than this"));
        m_minDocuments->setAccessibleName(tr("Minimum documents per correspondent"));
        m_minLinkDocuments->setToolTip(tr("Hide the links carried by fewer letters than this"));
        m_minLinkDocuments->setAccessibleName(tr("Minimum letters per link"));
        m_kinds->setItemText(0, tr("Persons and organisations"));
        m_kinds->setItemText(1, tr("Persons only"));
        m_kinds->setItemText(2, tr("Organisations only"));
        m_kinds->setToolTip(tr("Which correspondents the graph shows; a link needs both its ends"));
        m_coreLabel->setText(tr("&Core:"));
        m_core->setSpecialValueText(tr("off"));
        m_core->setToolTip(tr("Keep only the correspondents linked to at least this many others that stay (the k-core)"));
        m_largest->setText(tr("&Largest group"));
        m_largest->setToolTip(tr("Keep only the largest group of correspondents linked to each other"));
        m_sizeLabel->setText(tr("Si&ze:"));
        m_size->setItemText(int(NetworkMeasure::Documents), tr("Documents"));
        m_size->setItemText(int(NetworkMeasure::InDegree), tr("Letters in"));
        m_size->setItemText(int(NetworkMeasure::OutDegree), tr("Letters out"));
        m_size->setItemText(int(NetworkMeasure::Betweenness), tr("Betweenness"));
        m_size->setItemText(int(NetworkMeasure::PageRank), tr("PageRank"));
        m_size->setToolTip(tr("What the size of each mark shows"));
        m_filters->setToolTip(tr("Thin the graph out: fewer correspondents and links, its core, its largest group"));
        m_organisations->setText(tr("By &Organisation"));
        m_organisations->setToolTip(tr("Fold people into the organisation they speak for; double-click an organisation to show its people"));
        m_reset->setText(tr("Show All"));
        m_reset->setToolTip(tr("Clear the graph's filters: every correspondent and link of the period"));
        updateLabels();
    });
    showFilter(m_selection->graphFilter());
}

GraphFilter GraphFilterBar::filter() const
{
    GraphFilter filter;
    filter.minDocuments = m_minDocuments->value();
    filter.minLinkDocuments = m_minLinkDocuments->value();
    filter.kinds = GraphFilter::Kinds(m_kinds->currentIndex());
    filter.kCore = m_core->value();
    filter.largestComponentOnly = m_largest->isChecked();
    return filter;
}

void GraphFilterBar::showFilter(const GraphFilter& filter)
{
    m_shown = filter;
    const QSignalBlocker a(m_minDocuments), b(m_minLinkDocuments), c(m_kinds), d(m_core), e(m_largest);
    m_minDocuments->setValue(filter.minDocuments);
    m_minLinkDocuments->setValue(filter.minLinkDocuments);
    m_kinds->setCurrentIndex(int(filter.kinds));
    m_core->setValue(filter.kCore);
    m_largest->setChecked(filter.largestComponentOnly);
    m_reset->setEnabled(filter.isActive());
    updateLabels();
}

void GraphFilterBar::updateLabels()
{
    m_minDocumentsLabel->setText(tr("&Documents per correspondent ≥ %1").arg(m_minDocuments->value()));
    m_minLinkDocumentsLabel->setText(tr("L&etters per link ≥ %1").arg(m_minLinkDocuments->value()));
    // The button says when filters are on, so a thinner graph is never a mystery.
    const bool active = filter().isActive();
    m_filters->setText(active ? tr("&Filters (on)") : tr("&Filters"));
    QFont font = m_filters->font();
    font.setBold(active);
    m_filters->setFont(font);
}

} // namespace littoral::ui
