// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The correspondence graph on the bundled sample corpus and on a large synthetic one, offscreen.
// Set LITTORAL_GRAPH_PNG_DIR to also write what it draws as PNG files, to look at.
#include "core/analysis/communitygroups.h"
#include "core/db/database.h"
#include "support/samplecorpus.h"
#include "support/sqlprobe.h"
#include "core/import/importjob.h"
#include "core/models/corpusindex.h"
#include "core/models/selectionstate.h"
#include "core/models/graphlayout.h"
#include "ui/graphhitindex.h"
#include "core/workpool.h"
#include "ui/graphview.h"
#include "render/palette.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTest>
#include <QWheelEvent>

#include <array>
#include <cmath>
#include <memory>

using namespace littoral;
using core::CorrespondentKind;
using core::ParticipantRole;
using core::SelectionState;
using ui::GraphView;

namespace {

constexpr QSize s_size(900, 700);

QImage renderOf(GraphView& view)
{
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    view.render(&image);
    return image;
}

// The same view painted from scratch: a size change throws the kept frame away, and back.
QImage freshRenderOf(GraphView& view)
{
    const QSize size = view.size();
    view.resize(size + QSize(1, 1));
    renderOf(view);
    view.resize(size);
    return renderOf(view);
}

void wheel(GraphView& view, QPointF at, int notches)
{
    QWheelEvent event(at, view.mapToGlobal(at), QPoint(), QPoint(0, 120 * notches), Qt::NoButton, Qt::NoModifier,
        Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(&view, &event);
}

// Whether a pixel is within `tolerance` of a colour on each channel.
bool isNear(QRgb pixel, const QColor& colour, int tolerance)
{
    return std::abs(qRed(pixel) - colour.red()) <= tolerance && std::abs(qGreen(pixel) - colour.green()) <= tolerance
        && std::abs(qBlue(pixel) - colour.blue()) <= tolerance;
}

// The share of `ids` on show, and clear of other nodes, whose centre (or a pixel next to it) is a node's fill at
// full strength (its community's colour, else a person's or an organisation's grey, mixed from the palette as the
// view paints them);
// `counted` is how many were looked at. In the crowded middle nodes cover each other, and labels cover
// some: those are left out.
double shareFilled(const GraphView& view, const QImage& image, const QSet<qint64>& ids, const QSet<qint64>& clear, int* counted)
{
    const auto mix = [&](double t) {
        const QColor a = view.palette().color(QPalette::Base), b = view.palette().color(QPalette::Text);
        return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
            float(a.blueF() * (1 - t) + b.blueF() * t));
    };
    const QColor person = mix(0.30), organisation = mix(0.55);
    // A node of a coloured community is filled with its colour: a person's lighter than an organisation's.
    const auto communityFill = [&](int community, double t) {
        const QColor a = view.palette().color(QPalette::Base), b = littoral::render::Palette::community(community);
        return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
            float(a.blueF() * (1 - t) + b.blueF() * t));
    };
    int shown = 0, filled = 0;
    for (const qint64 id : ids) {
        const QPointF centre = view.nodePosition(id);
        const QPoint at = centre.toPoint();
        if (!image.rect().adjusted(2, 2, -2, -2).contains(at) || !clear.contains(id))
            continue;
        // A label drawn over the mark hides it: those are left out too.
        if (std::any_of(view.labelledNodes().cbegin(), view.labelledNodes().cend(),
                [&](qint64 labelled) { return view.labelRect(labelled).adjusted(-1, -1, 1, 1).contains(centre); }))
            continue;
        ++shown;
        // The centre or a pixel next to it: a neighbour's rim may cross the very centre.
        bool found = false;
        for (int dy = -1; dy <= 1 && !found; ++dy)
            for (int dx = -1; dx <= 1 && !found; ++dx) {
                const QRgb pixel = image.pixel(at + QPoint(dx, dy));
                const int community = view.communityOf(id);
                found = community < 0 ? isNear(pixel, person, 10) || isNear(pixel, organisation, 10)
                                      : isNear(pixel, communityFill(community, 0.8), 10) || isNear(pixel, communityFill(community, 1.0), 10);
            }
        filled += found ? 1 : 0;
    }
    *counted = shown;
    return shown ? double(filled) / shown : 0.0;
}

void savePng(GraphView& view, const QString& name)
{
    const QString dir = qEnvironmentVariable("LITTORAL_GRAPH_PNG_DIR");
    if (!dir.isEmpty())
        QVERIFY(view.grab().save(dir + QLatin1Char('/') + name));
}

// The correspondents (not the merely mentioned) of the documents that `accept` keeps.
QSet<qint64> correspondentsOf(const core::CorpusIndex& corpus, const std::function<bool(const core::DocumentSummary&)>& accept)
{
    QSet<qint64> ids;
    for (const core::DocumentSummary& d : corpus.documents()) {
        if (!accept(d))
            continue;
        for (const core::Participation& p : corpus.participationsOf(d.id))
            if (p.role != ParticipantRole::Mentioned)
                ids.insert(p.correspondentId);
    }
    return ids;
}

qint64 idOf(const core::CorpusIndex& corpus, const QString& name)
{
    for (const core::CorrespondentSummary& c : corpus.correspondents())
        if (c.name == name)
            return c.id;
    return 0;
}

// 3,000 letters among 1,500 correspondents with Zipf-like activity: a few prefectures, ministries
// and associations write and receive most; co-signed letters and copies as in real corpora.
core::CorpusIndex syntheticCorpus(int documents, int people)
{
    QRandomGenerator random(20161024);
    const QStringList first = { QStringLiteral("Marie"), QStringLiteral("Jean"), QStringLiteral("Fatima"), QStringLiteral("Pierre"),
        QStringLiteral("Amina"), QStringLiteral("Luc"), QStringLiteral("Claire"), QStringLiteral("Youssef"), QStringLiteral("Sophie"),
        QStringLiteral("Thomas"), QStringLiteral("Nadia"), QStringLiteral("François") };
    const QStringList last = { QStringLiteral("Martin"), QStringLiteral("Bernard"), QStringLiteral("Dubois"), QStringLiteral("Lefebvre"),
        QStringLiteral("Haddad"), QStringLiteral("Moreau"), QStringLiteral("Laurent"), QStringLiteral("Benali"), QStringLiteral("Garnier"),
        QStringLiteral("Roux"), QStringLiteral("Fournier"), QStringLiteral("Caron"), QStringLiteral("Vasseur") };
    const QStringList organisations = { QStringLiteral("Préfecture du Pas-de-Calais"), QStringLiteral("Ministère de l'Intérieur"),
        QStringLiteral("Mairie de Calais"), QStringLiteral("Secours Catholique – Caritas France, délégation du Pas-de-Calais"),
        QStringLiteral("Médecins du Monde"), QStringLiteral("L'Auberge des Migrants"), QStringLiteral("Défenseur des droits"),
        QStringLiteral("Utopia 56"), QStringLiteral("Home Office"), QStringLiteral("Conseil départemental du Pas-de-Calais"),
        QStringLiteral("Cimade"), QStringLiteral("Salam Nord/Pas-de-Calais") };
    QList<core::CorrespondentSummary> correspondents;
    for (int i = 1; i <= people; ++i) {
        const bool organisation = i <= 300;
        QString name = organisation
            ? (i <= organisations.size() ? organisations.at(i - 1) : QStringLiteral("Association d'aide aux exilés n°%1").arg(i))
            : QStringLiteral("%1 %2 %3").arg(first.at(i % first.size()), last.at((i / first.size()) % last.size())).arg(i);
        correspondents.append({ i, organisation ? CorrespondentKind::Organization : CorrespondentKind::Person, name, {}, 0, {} });
    }
    QList<double> cumulative;
    double total = 0.0;
    for (int k = 1; k <= people; ++k)
        cumulative.append(total += 1.0 / std::pow(double(k), 1.05));
    const auto zipf = [&](int limit) {
        const double target = random.generateDouble() * cumulative.at(limit - 1);
        return qint64(std::lower_bound(cumulative.cbegin(), cumulative.cbegin() + limit, target) - cumulative.cbegin()) + 1;
    };
    // Senders are spread over everyone; the busiest are shuffled so that writers and addressees differ.
    QList<qint64> senderRank(people);
    std::iota(senderRank.begin(), senderRank.end(), 1);
    std::shuffle(senderRank.begin() + 20, senderRank.end(), std::mt19937(7));
    QList<core::DocumentSummary> summaries;
    QList<core::Participation> participations;
    for (int i = 1; i <= documents; ++i) {
        core::DocumentSummary d;
        d.id = i;
        d.source = QStringLiteral("%1.txt").arg(i);
        d.date = core::PartialDate::ofDay(2014 + random.bounded(7), 1 + random.bounded(12), 1 + random.bounded(28));
        d.dateStart = d.dateEnd = d.date.firstDay();
        d.type = core::DocumentType::Letter;
        QSet<qint64> used;
        const auto add = [&](qint64 id, ParticipantRole role) {
            if (!used.contains(id)) {
                used.insert(id);
                participations.append({ i, id, role });
            }
        };
        // A third of the letters come from the long tail: someone who writes once or twice.
        add(random.bounded(100) < 35 ? qint64(1 + random.bounded(people)) : senderRank.at(zipf(people) - 1), ParticipantRole::Sender);
        if (random.bounded(100) < 12)
            for (int k = 0, n = 1 + random.bounded(3); k < n; ++k)
                add(senderRank.at(zipf(people) - 1), ParticipantRole::Sender);
        for (int k = 0, n = random.bounded(100) < 80 ? 1 : 2; k < n; ++k)
            add(zipf(random.bounded(100) < 70 ? 40 : people), ParticipantRole::Recipient);
        if (random.bounded(100) < 25)
            add(zipf(60), ParticipantRole::Cc);
        summaries.append(d);
    }
    return core::CorpusIndex::fromParts(summaries, correspondents, participations, {});
}

} // namespace

class TestGraphView final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::shared_ptr<const core::CorpusIndex> m_sample;

    static bool waitForLayout(GraphView& view)
    {
        if (view.isLayoutRunning()) {
            QSignalSpy finished(&view, &GraphView::layoutFinished);
            if (!finished.wait(60000))
                return false;
        }
        // A large graph's frame after a layout is painted on the pool: wait for it too.
        if (view.isShowingPreview()) {
            QSignalSpy settled(&view, &GraphView::frameSettled);
            return settled.wait(60000);
        }
        return true;
    }

    static void show(GraphView& view)
    {
        view.resize(s_size);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
    }

    // The view shown, given the corpus, and laid out with its first frame painted.
    static bool showLaidOut(GraphView& view, SelectionState& selection, const std::shared_ptr<const core::CorpusIndex>& corpus)
    {
        show(view);
        selection.setCorpus(corpus);
        return waitForLayout(view);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("sample.db"));
        auto sample = littoral::test::loadSampleCorpus(path);
        QVERIFY2(sample, qPrintable(sample ? QString() : sample.error().detail));
        m_sample = *sample;
        QCOMPARE(m_sample->documents().size(), 5);
    }

    void sampleCorpus_showsEverySenderRecipientAndCopy()
    {
        SelectionState selection;
        GraphView view(&selection);
        QVERIFY(showLaidOut(view, selection, m_sample));
        const QSet<qint64> expected = correspondentsOf(*m_sample, [](const auto&) { return true; });
        QCOMPARE(view.nodeCount(), expected.size());
        // Counted apart from CorpusIndex, in what the database holds: every correspondent who sent,
        // received or was copied a letter (whatever today's extraction finds in the sample).
        auto db = core::Database::open(m_dir.filePath(QStringLiteral("sample.db")));
        QVERIFY(db);
        const int inDatabase = littoral::test::queryInt(db->connection(),
            QStringLiteral("SELECT count(DISTINCT correspondent_id) FROM participants WHERE role <> 'mentioned'"));
        QVERIFY(inDatabase > 0);
        QCOMPARE(view.nodeCount(), inDatabase);
        for (const qint64 id : expected) {
            const QPointF p = view.nodePosition(id);
            QVERIFY(QRectF(view.rect()).contains(p));
            QCOMPARE(view.nodeAt(p), id);
        }
        const qint64 bouchart = idOf(*m_sample, QStringLiteral("Natacha Bouchart"));
        const qint64 caillaux = idOf(*m_sample, QStringLiteral("Nathanaël Caillaux"));
        QVERIFY(bouchart != 0 && caillaux != 0);
        QVERIFY(view.hasEdge(bouchart, caillaux));
        QVERIFY(!view.hasEdge(caillaux, bouchart));
        savePng(view, QStringLiteral("graph-sample.png"));
    }

    // Issue 17: the communities coloured and named in the legend; marks sized and named by a measure.
    void sampleCorpus_communitiesColoured_andMarksSizedByAMeasure()
    {
        SelectionState selection;
        GraphView view(&selection);
        QVERIFY(showLaidOut(view, selection, m_sample));
        QVERIFY(view.network());
        const qint64 bouchart = idOf(*m_sample, QStringLiteral("Natacha Bouchart"));
        const qint64 caillaux = idOf(*m_sample, QStringLiteral("Nathanaël Caillaux"));
        // The mayor's letter is a pair of its own: one community of two, coloured, named after them.
        const int community = view.communityOf(bouchart);
        QVERIFY(community >= 0);
        QCOMPARE(view.communityOf(caillaux), community);
        QVERIFY(view.communityLabels().size() >= 2);
        QVERIFY(view.communityLabels().at(community).contains(QStringLiteral("Natacha Bouchart")));
        // A correspondent alone (a press release without addressee) is in no coloured community.
        for (const core::CorrespondentStanding& s : view.network()->standings())
            if (view.network()->communities().at(s.community).members.size() == 1)
                QCOMPARE(view.communityOf(s.id), -1);

        // Painted in its community's colour (a person: the colour lightened by a fifth).
        const QImage image = renderOf(view);
        const QColor base = view.palette().color(QPalette::Base), hue = render::Palette::community(community);
        const QColor fill = QColor::fromRgbF(float(base.redF() * 0.2 + hue.redF() * 0.8), float(base.greenF() * 0.2 + hue.greenF() * 0.8),
            float(base.blueF() * 0.2 + hue.blueF() * 0.8));
        QVERIFY(isNear(image.pixel(view.nodePosition(bouchart).toPoint()), fill, 10));

        // Sized by betweenness, the broker's mark is the biggest and named first.
        for (const core::NetworkMeasure measure : { core::NetworkMeasure::Betweenness, core::NetworkMeasure::PageRank }) {
            view.setSizeMeasure(measure);
            QCOMPARE(view.sizeMeasure(), measure);
            renderOf(view);
            const auto& standings = view.network()->standings();
            const auto top = std::max_element(standings.cbegin(), standings.cend(),
                [&](const auto& a, const auto& b) { return a.measure(measure) < b.measure(measure); });
            QVERIFY(!view.labelledNodes().isEmpty());
            const auto& first = *std::find_if(standings.cbegin(), standings.cend(),
                [&](const auto& s) { return s.id == view.labelledNodes().first(); });
            QCOMPARE(first.measure(measure), top->measure(measure));
        }
        savePng(view, QStringLiteral("graph-sample-communities.png"));
    }

    // Issue 17: a double-click shows a correspondent's ego network, again goes a step further;
    // Backspace goes back, step by step, to the whole graph.
    void doubleClick_showsTheEgoNetwork_andBackspaceGoesBack()
    {
        SelectionState selection;
        GraphView view(&selection);
        QVERIFY(showLaidOut(view, selection, m_sample));
        const int all = view.nodeCount();
        const qint64 macron = idOf(*m_sample, QStringLiteral("Emmanuel Macron"));
        QVERIFY(macron != 0);
        // Its neighbours, counted from the corpus's links.
        QSet<qint64> oneStep { macron };
        const core::CorrespondenceGraph whole = m_sample->graph();
        for (const core::GraphEdge& e : whole.edges) {
            if (e.from == macron)
                oneStep.insert(e.to);
            if (e.to == macron)
                oneStep.insert(e.from);
        }
        QVERIFY(oneStep.size() > 2 && oneStep.size() < all);

        QTest::mouseDClick(&view, Qt::LeftButton, Qt::NoModifier, view.nodePosition(macron).toPoint());
        QVERIFY(view.isEgoNetwork());
        QCOMPARE(view.egoCentre(), macron);
        QCOMPARE(selection.correspondent(), macron);
        QVERIFY(waitForLayout(view));
        QCOMPARE(view.nodeCount(), oneStep.size());
        for (const qint64 id : oneStep)
            QVERIFY(view.hasNode(id));
        // Laid out around it: the centre in the middle of the view.
        const QPointF middle = QRectF(view.rect()).center();
        QVERIFY2((view.nodePosition(macron) - middle).manhattanLength() < view.height() / 4.0, "the centre is off the middle");
        savePng(view, QStringLiteral("graph-ego.png"));
        // The button still held after the double-click and moved: nothing was pressed to drag (the
        // node under the first press belonged to the graph before).
        const QPointF centre = view.nodePosition(macron);
        const QPointF away = centre + QPointF(120, 80);
        QMouseEvent move(QEvent::MouseMove, away, view.mapToGlobal(away), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&view, &move);
        QMouseEvent release(QEvent::MouseButtonRelease, away, view.mapToGlobal(away), Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&view, &release);
        QCOMPARE(view.nodePosition(macron), centre);
        QCOMPARE(selection.correspondent(), macron);

        // On the centre again: one step further.
        QTest::mouseDClick(&view, Qt::LeftButton, Qt::NoModifier, view.nodePosition(macron).toPoint());
        QCOMPARE(view.egoHops(), 2);
        QVERIFY(waitForLayout(view));
        QVERIFY(view.nodeCount() >= oneStep.size());
        QCOMPARE(selection.correspondent(), macron); // the double-click's clicks did not unpick it

        view.setFocus();
        QTest::keyClick(&view, Qt::Key_Backspace);
        QCOMPARE(view.egoHops(), 1);
        QVERIFY(waitForLayout(view));
        QCOMPARE(view.nodeCount(), oneStep.size());
        QTest::keyClick(&view, Qt::Key_Backspace);
        QVERIFY(!view.isEgoNetwork());
        QVERIFY(waitForLayout(view));
        QCOMPARE(view.nodeCount(), all);
        QVERIFY(!view.goBack()); // nothing before the whole graph
    }

    // Issue 17: the organisation view folds ministers into their ministry; a double-click opens it.
    void organisationView_foldsPeople_andADoubleClickShowsThemApart()
    {
        QList<core::DocumentSummary> documents;
        for (qint64 id = 10; id <= 12; ++id) {
            core::DocumentSummary d;
            d.id = id;
            documents.append(d);
        }
        const QList<core::CorrespondentSummary> correspondents {
            { 1, CorrespondentKind::Organization, QString::fromUtf8("Ministère de l'Intérieur"), {}, 1, {} },
            { 2, CorrespondentKind::Person, QStringLiteral("Minister One"), {}, 1, QStringLiteral("Ministry of the Interior") },
            { 3, CorrespondentKind::Person, QStringLiteral("Minister Two"), {}, 1, QString::fromUtf8("Ministère de l'Intérieur") },
            { 4, CorrespondentKind::Organization, QStringLiteral("Association"), {}, 3, {} },
        };
        const QList<core::Participation> participations { { 10, 4, ParticipantRole::Sender }, { 10, 2, ParticipantRole::Recipient },
            { 11, 4, ParticipantRole::Sender }, { 11, 3, ParticipantRole::Recipient }, { 12, 1, ParticipantRole::Sender },
            { 12, 4, ParticipantRole::Recipient } };
        const auto corpus = std::make_shared<const core::CorpusIndex>(core::CorpusIndex::fromParts(documents, correspondents, participations, {}));
        SelectionState selection;
        GraphView view(&selection);
        QVERIFY(showLaidOut(view, selection, corpus));
        QCOMPARE(view.nodeCount(), 4);

        view.setOrganisationView(true);
        QVERIFY(waitForLayout(view));
        QCOMPARE(view.nodeCount(), 2);
        QVERIFY(view.hasNode(1) && view.hasNode(4) && !view.hasNode(2));
        QVERIFY(view.hasEdge(4, 1)); // the letters to the ministers are letters to the ministry
        QCOMPARE(view.foldedMembers(1), (QList<qint64> { 2, 3 }));

        QTest::mouseDClick(&view, Qt::LeftButton, Qt::NoModifier, view.nodePosition(1).toPoint());
        QVERIFY(view.isExpanded(1));
        QVERIFY(waitForLayout(view));
        QCOMPARE(view.nodeCount(), 4);
        QVERIFY(view.hasEdge(4, 2) && view.hasEdge(4, 3));
        QVERIFY(!view.isEgoNetwork()); // opening an organisation is not an ego network

        QTest::mouseDClick(&view, Qt::LeftButton, Qt::NoModifier, view.nodePosition(1).toPoint());
        QVERIFY(!view.isExpanded(1));
        QVERIFY(waitForLayout(view));
        QCOMPARE(view.nodeCount(), 2);

        view.setOrganisationView(false);
        QVERIFY(waitForLayout(view));
        QCOMPARE(view.nodeCount(), 4);
    }

    void period2016to2017_keepsOnlyThoseLettersCorrespondents()
    {
        SelectionState selection;
        GraphView view(&selection);
        QVERIFY(showLaidOut(view, selection, m_sample));
        const int all = view.nodeCount();
        const qint64 migreurop = idOf(*m_sample, QStringLiteral("Migreurop"));
        QVERIFY(migreurop != 0);
        QVERIFY(!view.nodePosition(migreurop).isNull());

        const QDate from(2016, 1, 1), to(2017, 12, 31);
        int inPeriod = 0;
        const QSet<qint64> expected = correspondentsOf(*m_sample, [&](const core::DocumentSummary& d) {
            const bool in = d.dateStart.isValid() && d.dateStart <= to && d.dateEnd >= from;
            inPeriod += in;
            return in;
        });
        QCOMPARE(inPeriod, 3);
        QSignalSpy finished(&view, &GraphView::layoutFinished);
        selection.setPeriod(from, to);
        QVERIFY(view.isLayoutRunning());
        QVERIFY(finished.wait(60000));
        QVERIFY(!view.isLayoutRunning());
        QCOMPARE(view.nodeCount(), expected.size());
        QVERIFY(view.nodeCount() < all);
        for (const qint64 id : expected)
            QVERIFY(!view.nodePosition(id).isNull());
        QVERIFY(view.nodePosition(migreurop).isNull());
        QCOMPARE(view.nodeAt(view.nodePosition(idOf(*m_sample, QStringLiteral("Natacha Bouchart")))),
            idOf(*m_sample, QStringLiteral("Natacha Bouchart")));
        savePng(view, QStringLiteral("graph-sample-2016-2017.png"));

        // Back to everything: Migreurop returns.
        selection.clearPeriod();
        QVERIFY(finished.wait(60000));
        QCOMPARE(view.nodeCount(), all);
    }

    void clickingANode_picksThatCorrespondent_andClickingAgainClears()
    {
        SelectionState selection;
        GraphView view(&selection);
        QVERIFY(showLaidOut(view, selection, m_sample));
        const qint64 bouchart = idOf(*m_sample, QStringLiteral("Natacha Bouchart"));
        const QPoint at = view.nodePosition(bouchart).toPoint();
        QTest::mouseClick(&view, Qt::LeftButton, {}, at);
        QCOMPARE(selection.correspondent(), bouchart);
        QVERIFY(!view.isLayoutRunning()); // picking highlights; the graph keeps its nodes
        QCOMPARE(view.nodeCount(), correspondentsOf(*m_sample, [](const auto&) { return true; }).size());
        QTest::mouseClick(&view, Qt::LeftButton, {}, at);
        QCOMPARE(selection.correspondent(), 0);

        QTest::mouseClick(&view, Qt::LeftButton, {}, at);
        QCOMPARE(selection.correspondent(), bouchart);
        QPoint empty(5, 40);
        QCOMPARE(view.nodeAt(empty), 0);
        QTest::mouseClick(&view, Qt::LeftButton, {}, empty);
        QCOMPARE(selection.correspondent(), 0);
    }

    void hoveringANode_setsTheHoveredCorrespondent()
    {
        SelectionState selection;
        GraphView view(&selection);
        QVERIFY(showLaidOut(view, selection, m_sample));
        const qint64 caillaux = idOf(*m_sample, QStringLiteral("Nathanaël Caillaux"));
        QSignalSpy hovered(&selection, &SelectionState::hoveredCorrespondentChanged);
        QTest::mouseMove(&view, view.nodePosition(caillaux).toPoint());
        QTRY_COMPARE(selection.hoveredCorrespondent(), caillaux);
        QTest::mouseMove(&view, QPoint(5, 40));
        QTRY_COMPARE(selection.hoveredCorrespondent(), 0);
        QVERIFY(hovered.count() >= 2);
    }

    void draggingANode_movesOnlyThatNode()
    {
        SelectionState selection;
        GraphView view(&selection);
        QVERIFY(showLaidOut(view, selection, m_sample));
        const qint64 bouchart = idOf(*m_sample, QStringLiteral("Natacha Bouchart"));
        const qint64 caillaux = idOf(*m_sample, QStringLiteral("Nathanaël Caillaux"));
        const QPoint from = view.nodePosition(bouchart).toPoint();
        const QPointF other = view.nodePosition(caillaux);
        const QPoint to = from + QPoint(40, 30);
        QTest::mousePress(&view, Qt::LeftButton, {}, from);
        QTest::mouseMove(&view, from + QPoint(20, 15));
        QTest::mouseMove(&view, to);
        QTest::mouseRelease(&view, Qt::LeftButton, {}, to);
        QVERIFY((view.nodePosition(bouchart) - QPointF(to)).manhattanLength() < 2.0);
        QCOMPARE(view.nodePosition(caillaux), other);
        QCOMPARE(selection.correspondent(), 0); // a drag is not a click
    }

    void syntheticCorpus_rendersThousandsOfLetters()
    {
        const auto corpus = std::make_shared<const core::CorpusIndex>(syntheticCorpus(3000, 1500));
        SelectionState selection;
        GraphView view(&selection);
        view.setGrouping(false); // every node drawn as itself, as below GraphView::GroupAbove
        show(view);
        QElapsedTimer timer;
        timer.start();
        selection.setCorpus(corpus);
        QVERIFY(waitForLayout(view));
        qInfo("3,000 documents: layout in %lld ms", timer.restart());
        QCOMPARE(view.nodeCount(), correspondentsOf(*corpus, [](const auto&) { return true; }).size());
        qInfo("3,000 documents: %d nodes, %d edges", view.nodeCount(), view.edgeCount());
        QVERIFY(view.nodeCount() > 1000);
        QVERIFY(view.edgeCount() > 1000);
        QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        view.render(&painter);
        painter.end();
        qInfo("3,000 documents: painted in %lld ms", timer.elapsed());
        // Every node on show is drawn in its fill (but for those under a label), looked at where no other
        // node is within 12 pixels.
        const QList<core::GraphNode> nodes = corpus->graph().nodes;
        QSet<qint64> all, clear;
        for (const core::GraphNode& n : nodes) {
            all.insert(n.id);
            const QPointF p = view.nodePosition(n.id);
            if (std::none_of(nodes.cbegin(), nodes.cend(), [&](const core::GraphNode& m) {
                    return m.id != n.id && (view.nodePosition(m.id) - p).manhattanLength() < 12.0;
                }))
                clear.insert(n.id);
        }
        int shown = 0;
        const double plain = shareFilled(view, image, all, clear, &shown);
        qInfo("3,000 documents: %lld nodes, %d on show and clear of others, %.0f%% of them filled", all.size(), shown, plain * 100);
        QVERIFY(shown > 100);
        QVERIFY(plain > 0.95); // 100% when measured (those under a label left out)
        savePng(view, QStringLiteral("graph-3000.png"));

        // A busy correspondent picked: it and its correspondents stay drawn in full, the rest fade.
        QSet<qint64> focus { 1 };
        for (const core::GraphEdge& e : corpus->graph().edges) {
            if (e.from == 1)
                focus.insert(e.to);
            if (e.to == 1)
                focus.insert(e.from);
        }
        QVERIFY(focus.size() > 10);
        selection.setCorrespondent(1);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isShowingPreview() && !view.isPaintingFrame(), 20000);
        const QImage picked = renderOf(view);
        int shownInFocus = 0, shownFaded = 0;
        const double inFocus = shareFilled(view, picked, focus, clear, &shownInFocus);
        const double faded = shareFilled(view, picked, all - focus, clear, &shownFaded);
        qInfo("picked: %.0f%% of %d in focus filled, %.0f%% of %d others", inFocus * 100, shownInFocus, faded * 100, shownFaded);
        QVERIFY(shownInFocus > 10 && shownFaded > 50);
        QVERIFY(inFocus > 0.9); // 100% and 0% when measured
        QVERIFY(faded < 0.1);
        savePng(view, QStringLiteral("graph-3000-picked.png"));
    }

    // The hit buckets answer exactly what a scan of every node and link answers, on a real layout
    // mapped into a widget, near items and anywhere.
    void hitIndex_findsWhatAScanFinds()
    {
        const core::CorpusIndex corpus = syntheticCorpus(3000, 1500);
        const core::CorrespondenceGraph graph = corpus.graph();
        const auto layout = core::GraphLayout::compute(graph);
        QVERIFY(layout);
        const double scale = 1.4; // zoomed in a little: some items fall outside the widget
        QList<QPointF> centres;
        QList<double> reaches;
        QHash<qint64, int> row;
        for (const core::GraphNode& n : graph.nodes) {
            row.insert(n.id, int(centres.size()));
            centres.append(layout->position(n.id) * scale - QPointF(200, 250));
            reaches.append(6.0 + (n.documents % 9));
        }
        QList<QPolygonF> lines; // the curves as the scan measures them
        QList<std::array<QPointF, 3>> curves;
        for (const core::GraphEdge& e : graph.edges) {
            const QPointF a = centres.at(row.value(e.from)), b = centres.at(row.value(e.to));
            const QPointF control = (a + b) / 2 + QPointF(-(b - a).y(), (b - a).x()) * 0.1;
            curves.append({ a, control, b });
            QPolygonF line;
            for (int k = 0; k <= 12; ++k) {
                const double t = k / 12.0;
                line.append(a * ((1 - t) * (1 - t)) + control * (2 * (1 - t) * t) + b * (t * t));
            }
            lines.append(line);
        }
        const QRectF bounds(0, 0, s_size.width(), s_size.height());
        ui::GraphHitIndex index;
        index.reset(bounds, 24.0);
        for (int i = 0; i < centres.size(); ++i)
            index.addDisc(i, centres.at(i), reaches.at(i));
        for (int i = 0; i < curves.size(); ++i)
            index.addCurve(i, curves.at(i)[0], curves.at(i)[1], curves.at(i)[2]);

        const auto scanDisc = [&](QPointF p) {
            int best = -1;
            double bestDistance = 0.0;
            for (int i = int(centres.size()) - 1; i >= 0; --i) {
                const double d = std::hypot(centres.at(i).x() - p.x(), centres.at(i).y() - p.y());
                if (d <= reaches.at(i) && (best < 0 || d < bestDistance)) {
                    best = i;
                    bestDistance = d;
                }
            }
            return best;
        };
        const auto scanLine = [&](QPointF p) {
            int best = -1;
            double bestDistance = 5.0;
            for (int i = 0; i < lines.size(); ++i) {
                for (qsizetype k = 1; k < lines.at(i).size(); ++k) {
                    const QPointF a = lines.at(i).at(k - 1), b = lines.at(i).at(k);
                    const QPointF ab = b - a;
                    const double l2 = QPointF::dotProduct(ab, ab);
                    const double t = l2 < 1e-12 ? 0.0 : std::clamp(QPointF::dotProduct(p - a, ab) / l2, 0.0, 1.0);
                    const QPointF q = a + ab * t - p;
                    const double d = std::hypot(q.x(), q.y());
                    if (d < bestDistance) {
                        best = i;
                        bestDistance = d;
                    }
                }
            }
            return best;
        };
        QRandomGenerator random(5);
        QList<QPointF> probes;
        for (int k = 0; k < 1500; ++k)
            probes.append(QPointF(random.bounded(bounds.width()), random.bounded(bounds.height())));
        for (int k = 0; k < 1500; ++k) {
            const QPointF near = centres.at(random.bounded(int(centres.size())));
            probes.append(near + QPointF(random.bounded(16.0) - 8.0, random.bounded(16.0) - 8.0));
        }
        for (int k = 0; k < 1500; ++k) {
            const QPolygonF& line = lines.at(random.bounded(int(lines.size())));
            probes.append(line.at(random.bounded(int(line.size()))) + QPointF(random.bounded(8.0) - 4.0, random.bounded(8.0) - 4.0));
        }
        int discHits = 0, lineHits = 0;
        for (const QPointF p : std::as_const(probes)) {
            if (!bounds.contains(p))
                continue;
            const int disc = scanDisc(p);
            QCOMPARE(index.discAt(p), disc);
            const int line = scanLine(p);
            QCOMPARE(index.curveAt(p, 5.0), line);
            discHits += disc >= 0;
            lineHits += line >= 0;
        }
        qInfo("hit index: %d node hits and %d link hits among %lld probes, all as a scan", discHits, lineHits, probes.size());
        QVERIFY(discHits > 500 && lineHits > 500);
    }

    // The view's nodeAt (through the buckets) agrees with the node positions it reports.
    void nodeAt_findsTheNodeUnderItsCentre()
    {
        const auto corpus = std::make_shared<const core::CorpusIndex>(syntheticCorpus(3000, 1500));
        SelectionState selection;
        GraphView view(&selection);
        view.setGrouping(false); // every node drawn as itself, as below GraphView::GroupAbove
        QVERIFY(showLaidOut(view, selection, corpus));
        int checked = 0;
        for (const core::GraphNode& n : corpus->graph().nodes) {
            const QPointF at = view.nodePosition(n.id);
            if (!QRectF(view.rect()).contains(at))
                continue;
            // Another node may sit nearer that very point only if it is on the same spot, or if a label
            // drawn over the mark is there: the label answers for the node it names.
            const qint64 found = view.nodeAt(at);
            QVERIFY(found != 0);
            qint64 labelOver = 0;
            for (const qint64 id : view.labelledNodes())
                if (view.labelRect(id).contains(at))
                    labelOver = id;
            if (labelOver != 0) {
                QCOMPARE(found, labelOver);
                ++checked;
                continue;
            }
            QVERIFY((view.nodePosition(found) - at).manhattanLength() < 1e-6 || found == n.id);
            ++checked;
        }
        QVERIFY(checked > 1000);
        QCOMPARE(view.nodeAt(QPointF(-50, -50)), 0);
    }

    // A label is drawn over the marks it crosses (in a crowded view the small marks do not keep labels
    // off): a click anywhere on it picks the node it names, never a node its box hides.
    void clickOnALabel_picksTheNodeItNames()
    {
        const auto corpus = std::make_shared<const core::CorpusIndex>(syntheticCorpus(3000, 1500));
        SelectionState selection;
        GraphView view(&selection);
        view.setGrouping(false); // every node drawn as itself, as below GraphView::GroupAbove
        QVERIFY(showLaidOut(view, selection, corpus));
        QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
        view.render(&image);
        const QList<core::GraphNode> nodes = corpus->graph().nodes;
        qint64 named = 0, hidden = 0;
        for (const qint64 id : view.labelledNodes()) {
            const QRectF label = view.labelRect(id);
            QVERIFY(!label.isEmpty());
            for (const core::GraphNode& n : nodes) {
                if (n.id != id && label.adjusted(2, 2, -2, -2).contains(view.nodePosition(n.id))) {
                    named = id;
                    hidden = n.id;
                    break;
                }
            }
            if (named != 0)
                break;
        }
        QVERIFY2(named != 0, "no label crosses another node in this view");
        // On the hidden node's very centre, where its mark alone would answer.
        QTest::mouseClick(&view, Qt::LeftButton, {}, view.nodePosition(hidden).toPoint());
        QCOMPARE(selection.correspondent(), named);
        QCOMPARE(view.nodeAt(view.nodePosition(hidden)), named);
        // On the label's centre, in the frame painted afresh.
        selection.setCorrespondent(0);
        QTRY_VERIFY(!view.isShowingPreview());
        view.render(&image);
        const QRectF label = view.labelRect(named);
        QVERIFY(!label.isEmpty());
        QTest::mouseClick(&view, Qt::LeftButton, {}, label.center().toPoint());
        QCOMPARE(selection.correspondent(), named);
    }

    // Above GraphView::GroupAbove correspondents the fitted graph is its communities, each a disc; zooming
    // in on one shows its busiest members first, then all of them with their links (semantic zoom); a
    // click opens a disc, and a node looked for opens its own.
    void largeGraph_isDrawnAsItsCommunities_andZoomingInRevealsMembers()
    {
        const auto corpus = std::make_shared<const core::CorpusIndex>(syntheticCorpus(3000, 1500));
        SelectionState selection;
        GraphView view(&selection);
        QVERIFY(view.isGrouping());
        QVERIFY(showLaidOut(view, selection, corpus));
        QVERIFY(view.nodeCount() > GraphView::GroupAbove);
        QVERIFY(view.isGrouped());
        QVERIFY2(view.groupCount() >= 2 && view.groupCount() <= core::CommunityGroups::DefaultMaxGroups, qPrintable(QString::number(view.groupCount())));
        // Everyone is in a group; fitted, a few hundred marks at most are drawn.
        QList<qint64> ids;
        int shown = 0;
        for (const core::GraphNode& n : corpus->graph().nodes) {
            ids.append(n.id);
            QVERIFY(view.groupOf(n.id) >= 0);
            shown += view.isNodeShown(n.id);
        }
        qInfo("fitted: %d groups, %d of %d correspondents drawn", view.groupCount(), shown, view.nodeCount());
        QVERIFY(shown <= 300);
        qsizetype members = 0;
        for (int g = 0; g < view.groupCount(); ++g)
            members += view.groupSize(g);
        QCOMPARE(members, qsizetype(view.nodeCount()));
        savePng(view, QStringLiteral("graph-3000-grouped.png"));

        // A closed disc is filled: its centre is not the background.
        int closed = -1;
        for (int g = 0; g < view.groupCount() && closed < 0; ++g)
            if (view.shownMembers(g) == 0 && view.groupSize(g) > 5 && view.rect().contains(view.groupPosition(g).toPoint())
                && view.nodeAt(view.groupPosition(g)) == 0 && view.groupAt(view.groupPosition(g)) == g)
                closed = g;
        QVERIFY(closed >= 0);
        const QImage frame = view.grab().toImage();
        QVERIFY(frame.pixelColor(view.groupPosition(closed).toPoint()) != view.palette().color(QPalette::Base));
        // Its members cannot be pointed at while it is closed.
        for (const qint64 id : std::as_const(ids))
            if (view.groupOf(id) == closed)
                QVERIFY(view.nodeAt(view.nodePosition(id)) != id);

        // Zooming in on the largest group shows more of its members step by step, then all of them.
        int largest = 0;
        for (int g = 1; g < view.groupCount(); ++g)
            if (view.groupSize(g) > view.groupSize(largest))
                largest = g;
        int before = view.shownMembers(largest);
        bool partly = false;
        for (int step = 0; step < 60 && view.shownMembers(largest) < view.groupSize(largest); ++step) {
            const QPointF at = view.groupPosition(largest);
            QWheelEvent wheel(at, view.mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(&view, &wheel);
            const int now = view.shownMembers(largest);
            QVERIFY(now >= before);
            partly = partly || (now > 0 && now < view.groupSize(largest));
            before = now;
        }
        QVERIFY(partly);
        QCOMPARE(view.shownMembers(largest), view.groupSize(largest));
        // Open, its busiest member can be pointed at where it is drawn.
        qint64 busiest = 0;
        for (const qint64 id : std::as_const(ids))
            if (view.groupOf(id) == largest && view.rect().contains(view.nodePosition(id).toPoint()) && view.nodeAt(view.nodePosition(id)) == id)
                busiest = id;
        QVERIFY(busiest != 0);
        // Opened from afar, it is centred and shows members (all of them when the view can hold them).
        view.fitToView();
        QVERIFY(waitForLayout(view));
        view.openGroup(largest);
        QVERIFY(view.shownMembers(largest) > 0);
        QVERIFY((view.groupPosition(largest) - QPointF(view.width() / 2.0, view.height() / 2.0)).manhattanLength() < 1.0);

        // Back to the fitted view: a click on a closed disc opens it, in the middle (all its members
        // when they fit the view, else its busiest).
        view.fitToView();
        QVERIFY(waitForLayout(view));
        QCOMPARE(view.shownMembers(closed), 0);
        QTest::mouseClick(&view, Qt::LeftButton, {}, view.groupPosition(closed).toPoint());
        QVERIFY(view.shownMembers(closed) > 0);
        QVERIFY((view.groupPosition(closed) - QPointF(view.width() / 2.0, view.height() / 2.0)).manhattanLength() < 1.0);
        QVERIFY(waitForLayout(view));
        savePng(view, QStringLiteral("graph-3000-group-open.png"));

        // A correspondent looked for opens its group, in the middle.
        view.fitToView();
        qint64 hidden = 0;
        for (const qint64 id : std::as_const(ids))
            if (!view.isNodeShown(id) && view.groupOf(id) != closed)
                hidden = id;
        QVERIFY(hidden != 0);
        view.centreOn(hidden);
        QVERIFY(view.isNodeShown(hidden));
        QCOMPARE(view.shownMembers(view.groupOf(hidden)), view.groupSize(view.groupOf(hidden)));
        QVERIFY((view.nodePosition(hidden) - QPointF(view.width() / 2.0, view.height() / 2.0)).manhattanLength() < 1.0);

        // Grouping off: every node drawn as itself.
        QSignalSpy laidOut(&view, &GraphView::layoutFinished);
        view.setGrouping(false);
        QVERIFY(laidOut.wait(60000));
        QVERIFY(!view.isGrouped());
        QVERIFY(view.isNodeShown(hidden));
    }

    // Go to Correspondent centres the graph on a node, zooming in from a crowded fitted view.
    void centreOn_putsTheNodeInTheMiddle()
    {
        const auto corpus = std::make_shared<const core::CorpusIndex>(syntheticCorpus(3000, 1500));
        SelectionState selection;
        GraphView view(&selection);
        view.setGrouping(false); // every node drawn as itself, as below GraphView::GroupAbove
        QVERIFY(showLaidOut(view, selection, corpus));
        const qint64 id = idOf(*corpus, QStringLiteral("Médecins du Monde"));
        QVERIFY(view.hasNode(id));
        view.centreOn(id);
        const QPointF middle(view.width() / 2.0, view.height() / 2.0);
        QVERIFY((view.nodePosition(id) - middle).manhattanLength() < 1.0);
        QCOMPARE(view.nodeAt(middle), id);
    }

    // Fitted, a crowded graph names few correspondents, and they are the busiest.
    void crowdedView_labelsTheBusiestCorrespondents()
    {
        const auto corpus = std::make_shared<const core::CorpusIndex>(syntheticCorpus(3000, 1500));
        SelectionState selection;
        GraphView view(&selection);
        view.setGrouping(false); // every node drawn as itself, as below GraphView::GroupAbove
        QVERIFY(showLaidOut(view, selection, corpus));
        view.fitToView();
        QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
        view.render(&image);
        const QList<qint64> labelled = view.labelledNodes();
        QVERIFY(!labelled.isEmpty());
        QVERIFY(labelled.size() < view.nodeCount() / 10);
        // The busiest by documents: most of the top five are named, and the busiest first.
        QList<core::GraphNode> nodes = corpus->graph().nodes;
        std::stable_sort(nodes.begin(), nodes.end(), [](const auto& a, const auto& b) { return a.documents > b.documents; });
        int named = 0;
        for (int k = 0; k < 5; ++k)
            named += labelled.contains(nodes.at(k).id);
        qInfo("crowded view: %lld labels; %d of the 5 busiest named", labelled.size(), named);
        QVERIFY(named >= 3);
        QVERIFY(labelled.contains(nodes.first().id));
        // Zoomed in, more names.
        for (int k = 0; k < 6; ++k) {
            QWheelEvent wheel(QPointF(450, 350), view.mapToGlobal(QPointF(450, 350)), QPoint(), QPoint(0, 120), Qt::NoButton,
                Qt::NoModifier, Qt::NoScrollPhase, false);
            QCoreApplication::sendEvent(&view, &wheel);
        }
        QTRY_VERIFY(!view.isShowingPreview());
        view.render(&image);
        QVERIFY(view.labelledNodes().size() > labelled.size());
    }

    // While the wheel turns the last frame is shown scaled; once it rests the full frame comes back,
    // the same as one painted from scratch for the same view.
    void wheelZoom_showsAMovedFrame_thenSettlesToTheFullFrame()
    {
        const auto corpus = std::make_shared<const core::CorpusIndex>(syntheticCorpus(3000, 1500));
        SelectionState selection;
        GraphView view(&selection);
        view.setGrouping(false); // every node drawn as itself, as below GraphView::GroupAbove
        QVERIFY(showLaidOut(view, selection, corpus));
        view.fitToView();
        const QImage fitted = renderOf(view);
        QVERIFY(!view.isShowingPreview());
        QSignalSpy settled(&view, &GraphView::frameSettled);
        wheel(view, QPointF(300, 250), 2);
        QVERIFY(view.isShowingPreview());
        const QImage preview = renderOf(view);
        QVERIFY(preview != fitted);
        QVERIFY(settled.wait(10000));
        QCOMPARE(settled.size(), 1);
        QVERIFY(!view.isShowingPreview());
        const QImage settledImage = renderOf(view);
        QVERIFY(settledImage != preview);
        QCOMPARE(settledImage, freshRenderOf(view));
    }

    // A search only changes highlights: the last frame stays up (no full paint on the GUI thread)
    // until the one painted on the pool, with the hits highlighted, replaces it.
    void searchHighlight_isPaintedInTheBackground()
    {
        const auto corpus = std::make_shared<const core::CorpusIndex>(syntheticCorpus(3000, 1500));
        SelectionState selection;
        GraphView view(&selection);
        view.setGrouping(false); // every node drawn as itself, as below GraphView::GroupAbove
        QVERIFY(showLaidOut(view, selection, corpus));
        view.fitToView();
        const QImage before = renderOf(view);
        QSignalSpy settled(&view, &GraphView::frameSettled);
        QHash<qint64, QString> hits;
        for (const core::DocumentSummary& d : corpus->documents().mid(0, 40))
            hits.insert(d.id, QString());
        selection.setSearch(QStringLiteral("lettre"), hits);
        QVERIFY(view.isShowingPreview());
        QCOMPARE(renderOf(view), before); // the last frame, as it was
        QVERIFY(settled.wait(10000));
        QVERIFY(!view.isShowingPreview());
        const QImage highlighted = renderOf(view);
        QVERIFY(highlighted != before);
        QCOMPARE(highlighted, freshRenderOf(view));
    }

    // A frame painted for a view that moved on while it was painting is never shown.
    void staleFrame_isDropped()
    {
        const auto corpus = std::make_shared<const core::CorpusIndex>(syntheticCorpus(3000, 1500));
        SelectionState selection;
        GraphView view(&selection);
        view.setGrouping(false); // every node drawn as itself, as below GraphView::GroupAbove
        QVERIFY(showLaidOut(view, selection, corpus));
        view.fitToView();
        renderOf(view);
        // The work pool held busy: the settled frame is queued, and stays so until released.
        QThreadPool* pool = core::workPool();
        QSemaphore gate;
        QSemaphore busy;
        const int threads = pool->maxThreadCount();
        // Released on every way out of this test, a failed check included: else the pool stays blocked
        // and the suite hangs until ctest's timeout.
        bool released = false;
        const auto release = qScopeGuard([&] {
            if (!released)
                gate.release(threads);
            pool->waitForDone(10000);
        });
        for (int k = 0; k < threads; ++k)
            pool->start([&] {
                busy.release();
                gate.acquire();
            });
        QVERIFY(busy.tryAcquire(threads, 10000));
        QSignalSpy settled(&view, &GraphView::frameSettled);
        wheel(view, QPointF(300, 250), 2);
        QTRY_VERIFY(view.isPaintingFrame()); // asked for, for the view after the first step
        wheel(view, QPointF(600, 400), -1); // the view moves on
        QVERIFY(view.isShowingPreview());
        gate.release(threads);
        released = true;
        QVERIFY(settled.wait(10000));
        QTRY_VERIFY(!view.isPaintingFrame());
        QCOMPARE(settled.size(), 1);
        QCOMPARE(renderOf(view), freshRenderOf(view));
    }

    // Clicks and hovers find nodes by their real geometry while the picture is only moved.
    void hitTests_duringAGesture_findTheRealNode()
    {
        const auto corpus = std::make_shared<const core::CorpusIndex>(syntheticCorpus(3000, 1500));
        SelectionState selection;
        GraphView view(&selection);
        view.setGrouping(false); // every node drawn as itself, as below GraphView::GroupAbove
        QVERIFY(showLaidOut(view, selection, corpus));
        view.fitToView();
        renderOf(view);
        QList<core::GraphNode> nodes = corpus->graph().nodes;
        std::stable_sort(nodes.begin(), nodes.end(), [](const auto& a, const auto& b) { return a.documents > b.documents; });
        const qint64 busiest = nodes.first().id;
        wheel(view, view.nodePosition(busiest) + QPointF(40, 30), 3);
        QVERIFY(view.isShowingPreview());
        renderOf(view);
        QCOMPARE(view.nodeAt(view.nodePosition(busiest)), busiest);
        // Panned on empty ground far from it: still found where it now is.
        QPointF at(5, 5);
        QVERIFY(view.nodeAt(at) == 0);
        QTest::mousePress(&view, Qt::LeftButton, {}, at.toPoint());
        for (int k = 1; k <= 6; ++k) {
            QMouseEvent move(QEvent::MouseMove, at + QPointF(10 * k, 7 * k), view.mapToGlobal(at + QPointF(10 * k, 7 * k)),
                Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(&view, &move);
            renderOf(view);
        }
        QVERIFY(view.isShowingPreview());
        QCOMPARE(view.nodeAt(view.nodePosition(busiest)), busiest);
        QTest::mouseRelease(&view, Qt::LeftButton, {}, (at + QPointF(60, 42)).toPoint());
        QTRY_VERIFY(!view.isShowingPreview());
        QCOMPARE(view.nodeAt(view.nodePosition(busiest)), busiest);
    }
};

QTEST_MAIN(TestGraphView)
#include "tst_graphview.moc"
