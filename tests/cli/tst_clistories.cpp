// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Stories from the command line (issue 15): stories, story-export and story-import run as real
// littoral-cli processes on real imports of the sample corpus; a story carried to a second corpus.
#include "support/processrun.h"
#include "support/testpaths.h"
#include "core/domain/story.h"
#include "core/session/corpussession.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace littoral::core;

namespace {

using Run = littoral::test::ProcessRun;

const QString kLetter = QStringLiteral("000_a2062bf0896207c8.txt");

Run cli(const QStringList& args)
{
    return littoral::test::runCli(args);
}

QJsonDocument parse(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("invalid JSON: %s", qPrintable(error.errorString()));
    return doc;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A colleague's story: a step on a document of the sample, one on a document it does not have, one on a
// correspondent it does not know.
Story colleaguesStory()
{
    Story story;
    story.id = QStringLiteral("0b7e3c52-6a55-4c9e-9a3e-4f8d7e2b1c10");
    story.title = QStringLiteral("Calais, 2016");
    StoryStep one;
    one.caption = QStringLiteral("Une lettre de février 2017.");
    one.filter.from = PartialDate::ofYear(2017);
    one.filter.to = PartialDate::ofYear(2017);
    one.document = kLetter;
    StoryStep two;
    two.caption = QStringLiteral("Une lettre que ce corpus n’a pas.");
    two.document = QStringLiteral("letter-12.txt");
    StoryStep three;
    three.caption = QStringLiteral("Un correspondant inconnu.");
    three.filter.correspondent = QStringLiteral("Personne Inconnue");
    three.showGraph = false;
    story.steps = { one, two, three };
    return story;
}

} // namespace

class TestCliStories final : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;

    QString path(const QString& name) const { return m_dir->filePath(name); }
    Run stories(const QString& command, const QStringList& args, const QString& db = {})
    {
        return cli(QStringList { command, QStringLiteral("--db"), db.isEmpty() ? m_db : db } + args);
    }
    bool importSample(const QString& db)
    {
        const Run imported = cli({ QStringLiteral("import"), QStringLiteral(LITTORAL_SAMPLE_CORPUS_DIR),
            QStringLiteral("--db"), db });
        return imported.exitCode == 0 && imported.out.contains("5 imported");
    }
    QJsonArray listed(const QString& db = {})
    {
        const Run run = stories(QStringLiteral("stories"), { QStringLiteral("--json") }, db);
        if (run.exitCode != 0)
            qWarning("stories failed: %s", run.err.constData());
        return parse(run.out).array();
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = path(QStringLiteral("corpus.db"));
        QVERIFY(importSample(m_db));
    }

    void stories_emptyCorpus_saysSo()
    {
        const Run text = stories(QStringLiteral("stories"), {});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("No story in"), text.out.constData());
        QCOMPARE(listed(), QJsonArray {});
    }

    // story-import saves the file's story as one change, prints what the corpus lacks by step, exits 0.
    void storyImport_printsWhatItCouldNotResolve()
    {
        const QString file = path(QStringLiteral("colleague.json"));
        QVERIFY(writeAll(file, colleaguesStory().toFile(QStringLiteral("sample"))));
        const Run run = stories(QStringLiteral("story-import"), { file });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(
                     QStringLiteral("Imported story “Calais, 2016” (%1), 3 step").arg(colleaguesStory().id)),
            run.out.constData());
        QVERIFY2(out.contains(QStringLiteral("Step 2: document letter-12.txt is not in this corpus.")),
            run.out.constData());
        QVERIFY2(
            out.contains(QStringLiteral("Step 3: correspondent Personne Inconnue is not in this corpus.")),
            run.out.constData());
        QVERIFY2(!out.contains(QStringLiteral("Step 1")), run.out.constData());

        const QJsonArray list = listed();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject(),
            (QJsonObject { { QStringLiteral("id"), colleaguesStory().id },
                { QStringLiteral("title"), QStringLiteral("Calais, 2016") },
                { QStringLiteral("steps"), 3 } }));
        const Run text = stories(QStringLiteral("stories"), {});
        QVERIFY2(text.out.contains(QByteArray(colleaguesStory().id.toUtf8() + "  Calais, 2016  (3 step")),
            text.out.constData());

        // One change in the history, which undo takes back.
        const QJsonArray history
            = parse(stories(QStringLiteral("history"), { QStringLiteral("--json") }).out).array();
        QCOMPARE(history.size(), 1);
        QCOMPARE(
            history.first().toObject().value(QLatin1String("kind")).toString(), QStringLiteral("set_story"));
        QCOMPARE(stories(QStringLiteral("undo"), {}).exitCode, 0);
        QCOMPARE(listed(), QJsonArray {});

        // --json: the same, for scripts; the file's id is taken now (undo leaves it free again).
        QVERIFY(stories(QStringLiteral("story-import"), { file }).exitCode == 0);
        const Run json = stories(QStringLiteral("story-import"), { file, QStringLiteral("--json") });
        QVERIFY2(json.exitCode == 0, json.err.constData());
        const QJsonObject object = parse(json.out).object();
        QCOMPARE(object.value(QLatin1String("new_id")).toBool(), true);
        QVERIFY(object.value(QLatin1String("id")).toString() != colleaguesStory().id);
        QCOMPARE(object.value(QLatin1String("title")).toString(), QStringLiteral("Calais, 2016 (2)"));
        const QJsonArray unresolved = object.value(QLatin1String("unresolved")).toArray();
        QCOMPARE(unresolved.size(), 2);
        QCOMPARE(unresolved.at(0).toObject().value(QLatin1String("step")).toInt(), 2);
        QCOMPARE(
            unresolved.at(0).toObject().value(QLatin1String("kind")).toString(), QStringLiteral("document"));
        QCOMPARE(unresolved.at(0).toObject().value(QLatin1String("name")).toString(),
            QStringLiteral("letter-12.txt"));
        QCOMPARE(unresolved.at(1).toObject().value(QLatin1String("kind")).toString(),
            QStringLiteral("correspondent"));
        QCOMPARE(listed().size(), 2);
    }

    // story-export writes the exchange file; imported into a second corpus of the same documents, the
    // story is the same, and exported from there the same file again (bar the corpus's name).
    void storyExport_toAnotherCorpus_sameStory()
    {
        const QString file = path(QStringLiteral("colleague.json"));
        QVERIFY(writeAll(file, colleaguesStory().toFile(QStringLiteral("sample"))));
        QVERIFY(stories(QStringLiteral("story-import"), { file }).exitCode == 0);

        const QString exported = path(QStringLiteral("exported.json"));
        const Run byTitle = stories(QStringLiteral("story-export"),
            { QStringLiteral("--story"), QStringLiteral("Calais, 2016"), QStringLiteral("-o"), exported });
        QVERIFY2(byTitle.exitCode == 0, byTitle.err.constData());
        auto read = Story::fromFile(readAll(exported));
        QVERIFY2(read, qPrintable(read ? QString() : read.error().detail));
        QCOMPARE(*read, colleaguesStory());
        QCOMPARE(parse(readAll(exported)).object().value(QLatin1String("corpus")).toString(),
            QStringLiteral("corpus"));
        // By id, to standard output: the same bytes.
        const Run byId
            = stories(QStringLiteral("story-export"), { QStringLiteral("--story"), colleaguesStory().id });
        QVERIFY2(byId.exitCode == 0, byId.err.constData());
        QCOMPARE(byId.out, readAll(exported));

        const QString second = path(QStringLiteral("second.db"));
        QVERIFY(importSample(second));
        const Run imported = stories(QStringLiteral("story-import"), { exported }, second);
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const QString again = path(QStringLiteral("again.json"));
        QCOMPARE(stories(QStringLiteral("story-export"),
                     { QStringLiteral("--story"), colleaguesStory().id, QStringLiteral("-o"), again }, second)
                     .exitCode,
            0);
        auto readAgain = Story::fromFile(readAll(again));
        QVERIFY(readAgain);
        QCOMPARE(*readAgain, colleaguesStory());
    }

    // What cannot be done exits 1 (usage, unknown or ambiguous story, unreadable file) or 2 (no corpus),
    // with a message, and changes nothing.
    void storyCommands_failures_exitCodesAndMessages()
    {
        {
            auto session = CorpusSession::open(m_db);
            QVERIFY(session);
            for (int i = 0; i < 2; ++i) {
                Story story = colleaguesStory();
                story.id = Story::newId();
                story.title = QStringLiteral("Doublon");
                QVERIFY((*session)->saveStory(story));
            }
        }
        const Run ambiguous = stories(
            QStringLiteral("story-export"), { QStringLiteral("--story"), QStringLiteral("Doublon") });
        QCOMPARE(ambiguous.exitCode, 1);
        QVERIFY2(ambiguous.err.contains("2 stories are called Doublon"), ambiguous.err.constData());
        const Run unknown = stories(
            QStringLiteral("story-export"), { QStringLiteral("--story"), QStringLiteral("Nulle part") });
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("no story is called Nulle part"), unknown.err.constData());
        QCOMPARE(stories(QStringLiteral("story-export"), {}).exitCode, 1); // no --story

        const QString broken = path(QStringLiteral("broken.json"));
        QVERIFY(writeAll(broken, "{\"format\": \"littoral-story/2\", \"story\": {}}"));
        const Run later = stories(QStringLiteral("story-import"), { broken });
        QCOMPARE(later.exitCode, 1);
        QVERIFY2(later.err.contains("littoral-story/2"), later.err.constData());
        const Run missing = stories(QStringLiteral("story-import"), { path(QStringLiteral("nothing.json")) });
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("nothing.json"), missing.err.constData());
        QCOMPARE(stories(QStringLiteral("story-import"), {}).exitCode, 1);
        QCOMPARE(listed().size(), 2);

        const QString nowhere = path(QStringLiteral("nowhere.db"));
        const Run noCorpus = stories(QStringLiteral("stories"), {}, nowhere);
        QCOMPARE(noCorpus.exitCode, 2);
        QVERIFY(!QFileInfo::exists(nowhere));

        const Run help = cli({ QStringLiteral("--help") });
        QVERIFY(help.out.contains("littoral-cli story-export --db FILE --story ID|TITLE"));
        QVERIFY(help.out.contains("littoral-cli story-import --db FILE FILE.json"));
    }
};

QTEST_GUILESS_MAIN(TestCliStories)
#include "tst_clistories.moc"
