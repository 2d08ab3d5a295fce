// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The graph's filters (issue 17) driven from their controls on the sample corpus: what the graph keeps,
// and what the other views keep with it (a document stays while one of its links survives).
#include "support/samplecorpus.h"
#include "core/models/selectionstate.h"
#include "ui/graphfilterbar.h"
#include "ui/graphview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

using namespace littoral;
using core::CorrespondentKind;
using core::ParticipantRole;
using core::SelectionState;

namespace {

// The documents with a sender → recipient or copy link whose two ends pass `keep`, counted from the
// corpus's participations, apart from the filter's code.
QSet<qint64> documentsLinking(const core::CorpusIndex& corpus, const std::function<bool(const core::CorrespondentSummary&)>& keep)
{
    QSet<qint64> documents;
    for (const core::DocumentSummary& d : corpus.documents()) {
        bool sender = false, receiver = false;
        for (const core::Participation& p : corpus.participationsOf(d.id)) {
            const core::CorrespondentSummary* c = corpus.correspondent(p.correspondentId);
            if (!c || !keep(*c))
                continue;
            sender |= p.role == ParticipantRole::Sender;
            receiver |= p.role == ParticipantRole::Recipient || p.role == ParticipantRole::Cc;
        }
        if (sender && receiver)
            documents.insert(d.id);
    }
    return documents;
}

QSet<qint64> accepted(const SelectionState& selection)
{
    QSet<qint64> ids;
    for (const qsizetype row : selection.acceptedRows())
        ids.insert(selection.corpus().documents().at(row).id);
    return ids;
}

} // namespace

class TestGraphFilterBar final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::shared_ptr<const core::CorpusIndex> m_sample;
    std::unique_ptr<SelectionState> m_selection;
    std::unique_ptr<QWidget> m_window;
    ui::GraphView* m_graph = nullptr;
    ui::GraphFilterBar* m_bar = nullptr;

    bool waitForLayout()
    {
        if (!m_graph->isLayoutRunning())
            return true;
        QSignalSpy finished(m_graph, &ui::GraphView::layoutFinished);
        return finished.wait(30000);
    }
    bool hasKind(CorrespondentKind kind) const
    {
        for (const core::CorrespondentSummary& c : m_sample->correspondents())
            if (c.kind == kind && m_graph->hasNode(c.id))
                return true;
        return false;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto sample = test::loadSampleCorpus(m_dir.filePath(QStringLiteral("sample.db")));
        QVERIFY2(sample, qPrintable(sample ? QString() : sample.error().detail));
        m_sample = *sample;
    }

    void init()
    {
        m_selection = std::make_unique<SelectionState>();
        m_window = std::make_unique<QWidget>();
        m_graph = new ui::GraphView(m_selection.get(), m_window.get());
        m_bar = new ui::GraphFilterBar(m_selection.get(), m_graph, m_window.get());
        auto* layout = new QVBoxLayout(m_window.get());
        layout->addWidget(m_bar);
        layout->addWidget(m_graph, 1);
        m_window->resize(900, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_selection->setCorpus(m_sample);
        QVERIFY(waitForLayout());
        QVERIFY(!m_bar->resetButton()->isEnabled());
        QCOMPARE(accepted(*m_selection).size(), 5);
    }
    void cleanup()
    {
        m_window.reset();
        m_selection.reset();
    }

    void personsOnly_dropsOrganisations_andTheDocumentsWithoutAPersonToPersonLink()
    {
        QVERIFY(hasKind(CorrespondentKind::Organization));
        m_bar->kindsBox()->setCurrentIndex(int(core::GraphFilter::Kinds::Persons));
        QCOMPARE(m_selection->graphFilter().kinds, core::GraphFilter::Kinds::Persons);
        QVERIFY(waitForLayout());
        QVERIFY(!hasKind(CorrespondentKind::Organization));
        QVERIFY(hasKind(CorrespondentKind::Person));
        const QSet<qint64> expected = documentsLinking(*m_sample, [](const auto& c) { return c.kind == CorrespondentKind::Person; });
        QVERIFY(!expected.isEmpty() && expected.size() < 5);
        QCOMPARE(accepted(*m_selection), expected);
        QVERIFY(m_bar->resetButton()->isEnabled());
        QVERIFY(m_bar->filtersButton()->text().contains(QStringLiteral("(on)")));

        // Show All: every correspondent and document again.
        m_bar->resetButton()->click();
        QVERIFY(waitForLayout());
        QVERIFY(hasKind(CorrespondentKind::Organization));
        QCOMPARE(accepted(*m_selection).size(), 5);
        QCOMPARE(m_bar->kindsBox()->currentIndex(), 0);
    }

    void largestGroup_keepsTheOpenLettersComponent()
    {
        const int all = m_graph->nodeCount();
        m_bar->largestBox()->setChecked(true);
        QVERIFY(waitForLayout());
        QVERIFY(m_graph->nodeCount() < all);
        QVERIFY(m_graph->nodeCount() > 20); // the open letter's signatories and addressees
        const core::CorrespondentSummary* mayor = m_sample->correspondentNamed(QStringLiteral("Natacha Bouchart"));
        QVERIFY(mayor && !m_graph->hasNode(mayor->id));
        // Clear Filters resets the graph's too, and the box shows it.
        m_selection->clearFilters();
        QVERIFY(!m_bar->largestBox()->isChecked());
        QVERIFY(waitForLayout());
        QCOMPARE(m_graph->nodeCount(), all);
    }

    void slider_appliesOnceItRests()
    {
        // Every correspondent of the samples is in one or two documents: at two, few stay.
        m_bar->minDocumentsSlider()->setValue(2);
        QCOMPARE(m_selection->graphFilter().minDocuments, 1); // not yet: the slider may still move
        QTRY_COMPARE(m_selection->graphFilter().minDocuments, 2);
        QVERIFY(waitForLayout());
        for (const core::CorrespondentSummary& c : m_sample->correspondents())
            if (m_graph->hasNode(c.id))
                QVERIFY2(c.documentCount >= 2, qPrintable(c.name));
    }

    void sizeBox_andTheViewsMenu_agree()
    {
        m_bar->sizeBox()->setCurrentIndex(int(core::NetworkMeasure::Betweenness));
        QCOMPARE(m_graph->sizeMeasure(), core::NetworkMeasure::Betweenness);
        m_graph->setSizeMeasure(core::NetworkMeasure::PageRank);
        QCOMPARE(m_bar->sizeBox()->currentIndex(), int(core::NetworkMeasure::PageRank));
    }
};

QTEST_MAIN(TestGraphFilterBar)
#include "tst_graphfilterbar.moc"
