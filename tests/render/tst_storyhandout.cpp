// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A story's handout on the sample corpus, read back as a person's tools read it (pdfinfo, pdftotext).
#include "render/storyhandout.h"

#include "core/models/chronologyindex.h"
#include "support/samplecorpus.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace littoral;

namespace {

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QStringLiteral("<%1 failed: %2>").arg(program, QString::fromUtf8(process.readAllStandardError()));
    return QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

// Wrapped lines break anywhere: compare without whitespace, as NFKC (the PDF keeps ligatures).
QString squeezed(const QString& text)
{
    return text.normalized(QString::NormalizationForm_KC).remove(QRegularExpression(QStringLiteral("\\s+")));
}

int pageCount(const QString& pdf)
{
    const QRegularExpressionMatch pages
        = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(run(QStringLiteral("pdfinfo"), { pdf }));
    return pages.hasMatch() ? pages.captured(1).toInt() : -1;
}

core::DocumentFilter period(const QString& from, const QString& to)
{
    core::DocumentFilter filter;
    filter.from = core::DocumentFilter::parseDate(from);
    filter.to = core::DocumentFilter::parseDate(to);
    return filter;
}

} // namespace

class TestStoryHandout final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::shared_ptr<const core::CorpusIndex> m_corpus;

    const core::DocumentSummary* documentOf(int year) const
    {
        for (const core::DocumentSummary& d : m_corpus->documents())
            if (d.dateStart.isValid() && d.dateStart.year() == year)
                return &d;
        return nullptr;
    }

    render::StoryHandoutInput input(core::Story story) const
    {
        render::StoryHandoutInput in;
        in.story = std::move(story);
        in.corpus = m_corpus;
        core::ChronologyEvent event;
        event.id = QStringLiteral("test-evacuation");
        if (!event.setEdtf(QStringLiteral("2016-10-24/2016-10-26")))
            qFatal("the test's event has no date");
        event.labelEn = QStringLiteral("Evacuation of the camp");
        event.labelFr = QStringLiteral("Évacuation du camp");
        event.descriptionEn = QStringLiteral("The camp is emptied over three days.");
        event.descriptionFr = QStringLiteral("Le camp est vidé en trois jours.");
        event.sourceUrl = QStringLiteral("https://example.org/source-of-the-date");
        in.chronology = std::make_shared<core::ChronologyIndex>(core::ChronologyIndex::build({ event }, m_corpus.get()));
        in.corpusName = QStringLiteral("calais-sample");
        in.printedOn = QDate(2026, 12, 5);
        return in;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto corpus = test::loadSampleCorpus(m_dir.filePath(QStringLiteral("sample.db")));
        QVERIFY2(corpus, qPrintable(corpus ? QString() : corpus.error().detail));
        m_corpus = *corpus;
        QCOMPARE(m_corpus->documents().size(), 5);
        QVERIFY(documentOf(2017));
    }

    void threeSteps_threePages_withCaptionsPeriodsDocumentAndEvent()
    {
        const core::DocumentSummary* letter = documentOf(2017);
        core::Story story;
        story.id = core::Story::newId();
        story.title = QStringLiteral("Calais before and after the camp");
        core::StoryStep first;
        first.caption = QStringLiteral("The mayor writes in February 2017.\nA second line of the caption.");
        first.filter = period(QStringLiteral("2017-01"), QStringLiteral("2017-03"));
        first.document = letter->source;
        first.zoomFrom = QDate(2016, 12, 1);
        first.zoomTo = QDate(2017, 4, 30);
        first.showReader = true;
        core::StoryStep second;
        second.caption = QStringLiteral("Every letter of the corpus, 2014 to 2020.");
        second.filter.types = QList<core::DocumentType> { core::DocumentType::Letter };
        second.showGraph = false;
        core::StoryStep third;
        third.caption = QStringLiteral("October 2016: the camp is evacuated.");
        third.filter = period(QStringLiteral("2016-09"), QStringLiteral("2016-11"));
        third.chronologyEvent = QStringLiteral("test-evacuation");
        story.steps = { first, second, third };

        const QString pdf = m_dir.filePath(QStringLiteral("story.pdf"));
        QList<std::pair<int, int>> calls;
        const auto written = render::writeStoryHandout(input(story), pdf, [&calls](int done, int total) {
            calls.append({ done, total });
            return true;
        });
        QVERIFY2(written, qPrintable(written ? QString() : written.error().detail));
        QCOMPARE(pageCount(pdf), 3);
        // To look at it: LITTORAL_HANDOUT_PDF=/tmp/handout.pdf
        if (const QString copy = qEnvironmentVariable("LITTORAL_HANDOUT_PDF"); !copy.isEmpty()) {
            QFile::remove(copy);
            QVERIFY(QFile::copy(pdf, copy));
        }
        QCOMPARE(calls, (QList<std::pair<int, int>> { { 1, 3 }, { 2, 3 }, { 3, 3 } }));
        const QString info = run(QStringLiteral("pdfinfo"), { pdf });
        // A4 landscape: 841.89 x 595.28 points.
        const QRegularExpressionMatch size = QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts")).match(info);
        QVERIFY2(size.hasMatch(), qPrintable(info));
        QVERIFY(size.captured(1).toDouble() > size.captured(2).toDouble());
        QVERIFY(info.contains(QLatin1String("Calais before and after the camp")));

        // Page by page: each page holds its own step's caption and period in words.
        for (int page = 1; page <= 3; ++page) {
            const core::StoryStep& step = story.steps.at(page - 1);
            const QString text = squeezed(run(QStringLiteral("pdftotext"),
                { QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-") }));
            QVERIFY2(text.contains(squeezed(step.caption)), qPrintable(text.left(600)));
            QVERIFY2(text.contains(squeezed(step.filter.describe())), qPrintable(step.filter.describe() + QStringLiteral(" in ") + text.left(600)));
            QVERIFY(text.contains(squeezed(QStringLiteral("Step %1 of 3").arg(page))));
            QVERIFY(text.contains(squeezed(QStringLiteral("page %1 of 3").arg(page))));
            QVERIFY(text.contains(squeezed(QStringLiteral("Corpus: calais-sample"))));
            QVERIFY(text.contains(squeezed(QStringLiteral("December 2026"))));
        }
        QVERIFY2(story.steps.at(0).filter.describe().contains(QLatin1String("January 2017")), qPrintable(story.steps.at(0).filter.describe()));
        const QString page1 = squeezed(run(QStringLiteral("pdftotext"), { QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), pdf, QStringLiteral("-") }));
        QVERIFY(page1.contains(squeezed(letter->title)));
        QVERIFY(page1.contains(squeezed(letter->senders.value(0))));
        const QString page3 = squeezed(run(QStringLiteral("pdftotext"), { QStringLiteral("-f"), QStringLiteral("3"), QStringLiteral("-l"), QStringLiteral("3"), pdf, QStringLiteral("-") }));
        QVERIFY2(page3.contains(squeezed(QStringLiteral("Evacuation of the camp"))), qPrintable(page3));
        QVERIFY(page3.contains(squeezed(QStringLiteral("The camp is emptied over three days."))));
        QVERIFY(page3.contains(QLatin1String("https://example.org/source-of-the-date")));
        QVERIFY(!page3.contains(squeezed(letter->title)));
    }

    void unknownDocument_stillPrints_withANote()
    {
        core::Story story;
        story.id = core::Story::newId();
        story.title = QStringLiteral("A colleague's story");
        core::StoryStep step;
        step.caption = QStringLiteral("A letter this corpus does not have.");
        step.document = QStringLiteral("letter-from-another-corpus.txt");
        step.filter.correspondent = QStringLiteral("Nobody In This Corpus");
        step.chronologyEvent = QStringLiteral("no-such-event");
        story.steps = { step };
        const QString pdf = m_dir.filePath(QStringLiteral("unknown.pdf"));
        const auto written = render::writeStoryHandout(input(story), pdf);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().detail));
        QCOMPARE(pageCount(pdf), 1);
        const QString text = squeezed(run(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") }));
        QVERIFY2(text.contains(squeezed(QStringLiteral("Note: the document letter-from-another-corpus.txt of this step is not in this corpus"))),
            qPrintable(text));
        QVERIFY(text.contains(squeezed(QStringLiteral("no-such-event"))));
        QVERIFY(text.contains(squeezed(QStringLiteral("Nobody In This Corpus"))));
        QVERIFY(text.contains(squeezed(step.caption)));
    }

    void cancelled_leavesNoFile()
    {
        core::Story story;
        story.id = core::Story::newId();
        story.title = QStringLiteral("Cancelled");
        story.steps = { core::StoryStep {}, core::StoryStep {} };
        const QString pdf = m_dir.filePath(QStringLiteral("cancelled.pdf"));
        const auto written = render::writeStoryHandout(input(story), pdf, [](int done, int) { return done < 1; });
        QVERIFY(!written);
        QCOMPARE(written.error().code, core::ErrorCode::Cancelled);
        QVERIFY(!QFile::exists(pdf));
    }
};

QTEST_MAIN(TestStoryHandout)
#include "tst_storyhandout.moc"
