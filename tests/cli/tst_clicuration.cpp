// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Curation from the command line (issue 12): set, participant, merge, review, history and undo, run
// as real littoral-cli processes on real copies of the sample corpus, and the scripted scenario.
#include "support/processrun.h"
#include "support/testpaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

using Run = littoral::test::ProcessRun;

const QString kLetter = QStringLiteral("000_a2062bf0896207c8.txt"); // Calais, 7 February 2017
const QString kOpenLetter = QStringLiteral("001_9c98cdfde5a97af7.txt");
const QString kPressRelease = QStringLiteral("002_2384d3c24b37747e.txt");

Run cli(const QStringList& args)
{
    return littoral::test::runCli(args);
}

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

QJsonDocument parse(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("invalid JSON: %s", qPrintable(error.errorString()));
    return doc;
}

// The export's documents by source.
QHash<QString, QJsonObject> documentsBySource(const QByteArray& exported)
{
    QHash<QString, QJsonObject> bySource;
    for (const QJsonValue& d : parse(exported).object().value(QLatin1String("documents")).toArray())
        bySource.insert(d.toObject().value(QLatin1String("source")).toString(), d.toObject());
    return bySource;
}

QJsonObject findParticipant(const QJsonObject& document, const QString& role, const QString& name, const char* list = "participants")
{
    for (const QJsonValue& p : document.value(QLatin1String(list)).toArray())
        if (p.toObject().value(QLatin1String("role")).toString() == role && p.toObject().value(QLatin1String("name")).toString() == name)
            return p.toObject();
    return {};
}

bool copyFolder(const QString& from, const QString& to)
{
    if (!QDir().mkpath(to))
        return false;
    for (const QString& name : QDir(from).entryList(QDir::Files))
        if (!QFile::copy(QDir(from).filePath(name), QDir(to).filePath(name)))
            return false;
    return true;
}

} // namespace

class TestCliCuration final : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QString m_corpus;

    QString path(const QString& name) const { return m_dir->filePath(name); }
    QByteArray exported()
    {
        const Run run = cli({ QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--format"), QStringLiteral("json") });
        if (run.exitCode != 0)
            qWarning("export failed: %s", run.err.constData());
        return run.out;
    }
    Run curate(const QString& command, const QStringList& args)
    {
        return cli(QStringList { command, QStringLiteral("--db"), m_db } + args);
    }
    QJsonArray historyJson()
    {
        const Run run = curate(QStringLiteral("history"), { QStringLiteral("--json") });
        if (run.exitCode != 0)
            qWarning("history failed: %s", run.err.constData());
        return parse(run.out).array();
    }

private slots:
    // A copy of the sample corpus imported into a new corpus: the tests may edit its files.
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_corpus = path(QStringLiteral("corpus"));
        QVERIFY(copyFolder(QStringLiteral(LITTORAL_SAMPLE_CORPUS_DIR), m_corpus));
        m_db = path(QStringLiteral("corpus.db"));
        const Run imported = cli({ QStringLiteral("import"), m_corpus, QStringLiteral("--db"), m_db });
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.out.contains("5 imported"), imported.out.constData());
    }

    void set_date_typedAsAPersonWritesIt_isExportedWithWhatExtractionSaid_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("edtf");
        QTest::addRow("fr_abbreviated_month") << s("8 févr. 2017") << s("2017-02-08");
        QTest::addRow("fr_month") << s("mars 2016") << s("2016-03");
        QTest::addRow("fr_approximate_year") << s("vers 2016") << s("2016~");
        QTest::addRow("edtf") << s("2017-02-09") << s("2017-02-09");
    }
    void set_date_typedAsAPersonWritesIt_isExportedWithWhatExtractionSaid()
    {
        QFETCH(QString, typed);
        QFETCH(QString, edtf);
        const QJsonObject before = documentsBySource(exported()).value(kLetter);
        const Run set = curate(QStringLiteral("set"), { kLetter, QStringLiteral("date"), typed });
        QVERIFY2(set.exitCode == 0, set.err.constData());
        QVERIFY2(set.out.contains("2017-02-07"), set.out.constData()); // it says what it replaced

        const QJsonObject after = documentsBySource(exported()).value(kLetter);
        QCOMPARE(after.value(QLatin1String("date")).toObject().value(QLatin1String("edtf")).toString(), edtf);
        // What extraction said, exactly as the first export wrote it.
        QCOMPARE(after.value(QLatin1String("corrected_fields")).toObject().value(QLatin1String("date")).toObject(),
            before.value(QLatin1String("date")).toObject());
        QCOMPARE(after.value(QLatin1String("corrected_fields")).toObject().keys(), QStringList { QStringLiteral("date") });
        // Nothing else of the document is marked.
        QCOMPARE(after.value(QLatin1String("participants")), before.value(QLatin1String("participants")));
        QVERIFY(!after.contains(QLatin1String("removed")));
    }

    void set_refusedInput_exits1NamingItAndChangesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        QTest::addRow("unreadable_date") << QStringList { kLetter, s("date"), s("le lendemain du bal") } << s("le lendemain du bal");
        QTest::addRow("unknown_field") << QStringList { kLetter, s("author"), s("X") } << s("author");
        QTest::addRow("unknown_type") << QStringList { kLetter, s("type"), s("memo") } << s("memo");
        QTest::addRow("unknown_document") << QStringList { s("999_none.txt"), s("title"), s("X") } << s("999_none.txt");
    }
    void set_refusedInput_exits1NamingItAndChangesNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        const QByteArray before = exported();
        const Run set = curate(QStringLiteral("set"), args);
        QCOMPARE(set.exitCode, 1);
        QVERIFY2(QString::fromUtf8(set.err).contains(named), set.err.constData());
        QCOMPARE(exported(), before);
        QCOMPARE(historyJson().size(), 0);
    }

    void set_sourceInTwoFolders_isAmbiguousUntilGivenByPath()
    {
        // Two different letters with one name, imported from two folders.
        const QString a = path(QStringLiteral("a"));
        const QString b = path(QStringLiteral("b"));
        QVERIFY(QDir().mkpath(a) && QDir().mkpath(b));
        QVERIFY(QFile::copy(QDir(m_corpus).filePath(kLetter), QDir(a).filePath(QStringLiteral("letter.txt"))));
        QVERIFY(QFile::copy(QDir(m_corpus).filePath(kOpenLetter), QDir(b).filePath(QStringLiteral("letter.txt"))));
        m_db = path(QStringLiteral("two.db"));
        QCOMPARE(cli({ QStringLiteral("import"), a, b, QStringLiteral("--db"), m_db }).exitCode, 0);

        const Run ambiguous = curate(QStringLiteral("set"), { QStringLiteral("letter.txt"), QStringLiteral("place"), QStringLiteral("Lille") });
        QCOMPARE(ambiguous.exitCode, 1);
        const QString err = QString::fromUtf8(ambiguous.err);
        QVERIFY2(err.contains(QDir(a).filePath(QStringLiteral("letter.txt"))) && err.contains(QDir(b).filePath(QStringLiteral("letter.txt"))),
            ambiguous.err.constData());
        QCOMPARE(historyJson().size(), 0);

        const Run byPath = curate(QStringLiteral("set"), { QDir(b).filePath(QStringLiteral("letter.txt")), QStringLiteral("place"), QStringLiteral("Lille") });
        QVERIFY2(byPath.exitCode == 0, byPath.err.constData());
        const QJsonArray history = historyJson();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history[0].toObject().value(QLatin1String("after")).toObject().value(QLatin1String("value")).toString(), QStringLiteral("Lille"));
    }

    void participant_addCopyAndRemoveRecipient_areExportedAsCorrections()
    {
        const QJsonObject before = documentsBySource(exported()).value(kLetter);
        const QJsonObject recipient = findParticipant(before, QStringLiteral("recipient"), s("Nathanaël Caillaux"));
        QVERIFY(!recipient.isEmpty());

        const Run added = curate(QStringLiteral("participant"),
            { kLetter, QStringLiteral("add"), QStringLiteral("cc"), s("Préfecture du Pas-de-Calais"), QStringLiteral("--kind"),
                QStringLiteral("organization") });
        QVERIFY2(added.exitCode == 0, added.err.constData());
        // Found by role and name folded as correspondents are: case and accents do not matter.
        const Run removed = curate(QStringLiteral("participant"),
            { kLetter, QStringLiteral("remove"), QStringLiteral("recipient"), QStringLiteral("NATHANAEL caillaux") });
        QVERIFY2(removed.exitCode == 0, removed.err.constData());

        const QJsonObject after = documentsBySource(exported()).value(kLetter);
        const QJsonObject cc = findParticipant(after, QStringLiteral("cc"), s("Préfecture du Pas-de-Calais"));
        QCOMPARE(cc.value(QLatin1String("kind")).toString(), QStringLiteral("organization"));
        QCOMPARE(cc.value(QLatin1String("corrected")), QJsonValue(true));
        QVERIFY(cc.contains(QLatin1String("original")) && cc.value(QLatin1String("original")).isNull());
        QVERIFY(findParticipant(after, QStringLiteral("recipient"), s("Nathanaël Caillaux")).isEmpty());
        const QJsonArray gone = after.value(QLatin1String("removed")).toObject().value(QLatin1String("participants")).toArray();
        QCOMPARE(gone.size(), 1);
        QCOMPARE(gone[0].toObject(), recipient);
        // The sender was not touched: written as before, without new keys.
        QCOMPARE(findParticipant(after, QStringLiteral("sender"), QStringLiteral("Natacha Bouchart")),
            findParticipant(before, QStringLiteral("sender"), QStringLiteral("Natacha Bouchart")));
        QVERIFY(!findParticipant(after, QStringLiteral("sender"), QStringLiteral("Natacha Bouchart")).contains(QLatin1String("corrected")));
    }

    void participant_removeSomeoneNotThere_exits1NamingWhoIs()
    {
        const Run removed = curate(QStringLiteral("participant"),
            { kLetter, QStringLiteral("remove"), QStringLiteral("sender"), s("Nathanaël Caillaux") });
        QCOMPARE(removed.exitCode, 1);
        QVERIFY2(QString::fromUtf8(removed.err).contains(s("Nathanaël Caillaux")), removed.err.constData());
        QVERIFY2(removed.err.contains("Natacha Bouchart"), removed.err.constData()); // who the senders are
        const Run badRole = curate(QStringLiteral("participant"),
            { kLetter, QStringLiteral("add"), QStringLiteral("author"), QStringLiteral("Someone") });
        QCOMPARE(badRole.exitCode, 1);
        QVERIFY(badRole.err.contains("author"));
        QCOMPARE(historyJson().size(), 0);
    }

    void merge_unknownName_exits1NamingIt()
    {
        const Run merged = curate(QStringLiteral("merge"), { QStringLiteral("Nobody Atall"), QStringLiteral("--into"), QStringLiteral("Natacha Bouchart") });
        QCOMPARE(merged.exitCode, 1);
        QVERIFY2(merged.err.contains("Nobody Atall"), merged.err.constData());
        QCOMPARE(historyJson().size(), 0);
    }

    // Names by any spelling (an alias, folded); a merged name then names the survivor; undo says what it undid.
    void merge_thenSplit_byAnySpelling_andUndone()
    {
        const Run merged = curate(QStringLiteral("merge"),
            { s("emmanuelle COSSE"), QStringLiteral("Amber Rudd"), QStringLiteral("--into"), QStringLiteral("Bernard Cazeneuve") });
        QVERIFY2(merged.exitCode == 0, merged.err.constData());
        QVERIFY2(merged.out.contains("Merge: Emmanuelle Cosse, Amber Rudd \xe2\x86\x92 Bernard Cazeneuve"), merged.out.constData());
        // Emmanuelle Cosse is now a spelling of Bernard Cazeneuve.
        const Run again = curate(QStringLiteral("merge"), { s("Emmanuelle Cosse"), QStringLiteral("--into"), QStringLiteral("Bernard Cazeneuve") });
        QCOMPARE(again.exitCode, 1);

        const Run split = curate(QStringLiteral("split"), { s("Emmanuelle Cosse"), QStringLiteral("--from"), QStringLiteral("Bernard Cazeneuve") });
        QVERIFY2(split.exitCode == 0, split.err.constData());
        const Run notAnAlias = curate(QStringLiteral("split"), { QStringLiteral("Nobody Atall"), QStringLiteral("--from"), QStringLiteral("Bernard Cazeneuve") });
        QCOMPARE(notAnAlias.exitCode, 1);
        QVERIFY2(notAnAlias.err.contains("Nobody Atall"), notAnAlias.err.constData());

        const QJsonArray history = historyJson();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history[0].toObject().value(QLatin1String("kind")).toString(), QStringLiteral("merge"));
        QCOMPARE(history[1].toObject().value(QLatin1String("kind")).toString(), QStringLiteral("split"));
        QVERIFY(history[1].toObject().value(QLatin1String("source")).isNull()); // a correspondent change

        const Run undone = curate(QStringLiteral("undo"), { QStringLiteral("--steps"), QStringLiteral("2") });
        QVERIFY2(undone.exitCode == 0, undone.err.constData());
        const QList<QByteArray> lines = undone.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[0].startsWith("Undo: Split of Emmanuelle Cosse: "), lines[0].constData());
        QVERIFY2(lines[1].startsWith("Undo: Merge: Bernard Cazeneuve \xe2\x86\x92 "), lines[1].constData());
        // Three correspondents again: merging one into another is possible once more.
        QCOMPARE(curate(QStringLiteral("merge"), { s("Amber Rudd"), QStringLiteral("--into"), QStringLiteral("Bernard Cazeneuve") }).exitCode, 0);
    }

    void review_isExportedAndInHistory()
    {
        QCOMPARE(documentsBySource(exported()).value(kPressRelease).value(QLatin1String("reviewed")), QJsonValue(false));
        const Run reviewed = curate(QStringLiteral("review"), { kPressRelease, QStringLiteral("reviewed") });
        QVERIFY2(reviewed.exitCode == 0, reviewed.err.constData());
        const QHash<QString, QJsonObject> documents = documentsBySource(exported());
        QCOMPARE(documents.value(kPressRelease).value(QLatin1String("reviewed")), QJsonValue(true));
        QCOMPARE(documents.value(kLetter).value(QLatin1String("reviewed")), QJsonValue(false));
        // Reviewing is no correction of a fact.
        QVERIFY(!documents.value(kPressRelease).contains(QLatin1String("corrected_fields")));

        const QJsonArray history = historyJson();
        QCOMPARE(history.size(), 1);
        const QJsonObject change = history[0].toObject();
        QCOMPARE(change.value(QLatin1String("kind")).toString(), QStringLiteral("review"));
        QCOMPARE(change.value(QLatin1String("origin")).toString(), QStringLiteral("edit"));
        QCOMPARE(change.value(QLatin1String("source")).toString(), kPressRelease);
        QCOMPARE(change.value(QLatin1String("after")).toObject().value(QLatin1String("reviewed")), QJsonValue(true));
        QCOMPARE(change.value(QLatin1String("active")), QJsonValue(true));
        QVERIFY(change.value(QLatin1String("reverts")).isNull());
        QVERIFY(change.value(QLatin1String("attention")).isNull());
        QVERIFY(!change.value(QLatin1String("user")).toString().isEmpty());
        QVERIFY(QDateTime::fromString(change.value(QLatin1String("at")).toString(), Qt::ISODate).isValid());
        QVERIFY(change.value(QLatin1String("id")).toInteger() > 0);

        const Run table = curate(QStringLiteral("history"), {});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(QString::fromUtf8(table.out).contains(QStringLiteral("Review of %1: unreviewed \u2192 reviewed").arg(kPressRelease)),
            table.out.constData());
    }

    void history_correctionWhoseFactIsGone_needsAttention()
    {
        QVERIFY(curate(QStringLiteral("participant"), { kLetter, QStringLiteral("remove"), QStringLiteral("recipient"), s("Nathanaël Caillaux") }).exitCode == 0);
        // The file changes on disk: the recipient's name is gone from it, so extraction no longer finds him.
        QFile file(QDir(m_corpus).filePath(kLetter));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(file.readAll());
        file.close();
        QVERIFY(text.contains(s("M. Nathanaël Caillaux")));
        text.replace(s("M. Nathanaël Caillaux  \n"), QString());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text.toUtf8());
        file.close();
        const Run imported = cli({ QStringLiteral("import"), m_corpus, QStringLiteral("--db"), m_db });
        QVERIFY2(imported.out.contains("1 updated"), imported.out.constData());

        const QJsonArray history = historyJson();
        QCOMPARE(history.size(), 1);
        QVERIFY2(!history[0].toObject().value(QLatin1String("attention")).toString().isEmpty(),
            QJsonDocument(history).toJson().constData());
        const Run table = curate(QStringLiteral("history"), {});
        QVERIFY2(table.out.contains("needs attention: "), table.out.constData());
    }

    void undo_steps_undoesWhatItCanThenExits1()
    {
        const QByteArray first = exported();
        QCOMPARE(curate(QStringLiteral("set"), { kLetter, QStringLiteral("title"), QStringLiteral("Refus d'un lieu de distribution") }).exitCode, 0);
        QCOMPARE(curate(QStringLiteral("review"), { kLetter, QStringLiteral("reviewed") }).exitCode, 0);

        const Run undone = curate(QStringLiteral("undo"), { QStringLiteral("--steps"), QStringLiteral("5") });
        QCOMPARE(undone.exitCode, 1);
        QVERIFY2(undone.err.contains("nothing left to undo after 2 undone"), undone.err.constData());
        QCOMPARE(undone.out.count('\n'), 2); // one line for each change undone
        QCOMPARE(exported(), first);

        const QJsonArray history = historyJson();
        QCOMPARE(history.size(), 4); // history is never rewritten: two changes, two undos
        QCOMPARE(history[0].toObject().value(QLatin1String("active")), QJsonValue(false));
        QCOMPARE(history[3].toObject().value(QLatin1String("origin")).toString(), QStringLiteral("undo"));
        QCOMPARE(history[3].toObject().value(QLatin1String("reverts")).toInteger(), history[0].toObject().value(QLatin1String("id")).toInteger());

        const Run redone = curate(QStringLiteral("redo"), {});
        QVERIFY2(redone.exitCode == 0, redone.err.constData());
        QCOMPARE(documentsBySource(exported()).value(kLetter).value(QLatin1String("title")).toString(), QStringLiteral("Refus d'un lieu de distribution"));

        const Run none = curate(QStringLiteral("undo"), { QStringLiteral("--steps"), QStringLiteral("0") });
        QCOMPARE(none.exitCode, 1);
    }

    void missingCorpus_exits2AndCreatesNothing()
    {
        const QString missing = path(QStringLiteral("missing.db"));
        const Run run = cli({ QStringLiteral("history"), QStringLiteral("--db"), missing });
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!QFile::exists(missing));
    }

    // Issue 12's scripted scenario: correct, add, merge, review; change a file and import again;
    // every correction is exported with its original; undo all gives back the first export except
    // for the document whose file changed, which reads as a fresh import of it.
    void scenario_correctReimportExportUndoAll()
    {
        const QByteArray first = exported();
        const QHash<QString, QJsonObject> firstDocuments = documentsBySource(first);
        QCOMPARE(firstDocuments.size(), 5);

        QCOMPARE(curate(QStringLiteral("set"), { kLetter, QStringLiteral("date"), s("8 février 2017") }).exitCode, 0);
        QCOMPARE(curate(QStringLiteral("participant"),
                     { kLetter, QStringLiteral("add"), QStringLiteral("cc"), s("Préfecture du Pas-de-Calais"), QStringLiteral("--kind"),
                         QStringLiteral("organization") })
                     .exitCode,
            0);
        const Run merged = curate(QStringLiteral("merge"), { s("Emmanuelle Cosse"), QStringLiteral("--into"), QStringLiteral("Bernard Cazeneuve") });
        QVERIFY2(merged.exitCode == 0, merged.err.constData());
        QCOMPARE(curate(QStringLiteral("review"), { kPressRelease, QStringLiteral("reviewed") }).exitCode, 0);

        // The corrected letter changes on disk: a sentence added to its body.
        QFile file(QDir(m_corpus).filePath(kLetter));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(file.readAll());
        file.close();
        QVERIFY(text.contains(s("Cher Monsieur,")));
        text.replace(s("Cher Monsieur,"), s("Cher Monsieur,\n\nJe vous remercie de votre courrier."));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text.toUtf8());
        file.close();
        const Run reimported = cli({ QStringLiteral("import"), m_corpus, QStringLiteral("--db"), m_db });
        QVERIFY2(reimported.out.contains("1 updated, 4 unchanged"), reimported.out.constData());

        const QHash<QString, QJsonObject> curated = documentsBySource(exported());
        const QJsonObject letter = curated.value(kLetter);
        QCOMPARE(letter.value(QLatin1String("date")).toObject().value(QLatin1String("edtf")).toString(), QStringLiteral("2017-02-08"));
        QCOMPARE(letter.value(QLatin1String("corrected_fields")).toObject().value(QLatin1String("date")).toObject().value(QLatin1String("edtf")).toString(),
            QStringLiteral("2017-02-07"));
        const QJsonObject cc = findParticipant(letter, QStringLiteral("cc"), s("Préfecture du Pas-de-Calais"));
        QCOMPARE(cc.value(QLatin1String("corrected")), QJsonValue(true));
        QVERIFY(cc.contains(QLatin1String("original")) && cc.value(QLatin1String("original")).isNull());
        QCOMPARE(curated.value(kPressRelease).value(QLatin1String("reviewed")), QJsonValue(true));
        // Names in the export are spelled as in the documents: the merge is in History, not in them.
        QVERIFY(!findParticipant(curated.value(kPressRelease), QStringLiteral("sender"), s("Emmanuelle Cosse")).isEmpty());
        QJsonArray history = historyJson();
        QCOMPARE(history.size(), 4);
        QCOMPARE(history[2].toObject().value(QLatin1String("kind")).toString(), QStringLiteral("merge"));
        for (const QJsonValue& change : history)
            QVERIFY2(change.toObject().value(QLatin1String("attention")).isNull(), QJsonDocument(history).toJson().constData());

        // Undo all, two at a time, until there is nothing left.
        int runs = 0;
        Run undone;
        do {
            undone = curate(QStringLiteral("undo"), { QStringLiteral("--steps"), QStringLiteral("3") });
            QVERIFY2(undone.exitCode == 0 || undone.exitCode == 1, undone.err.constData());
        } while (undone.exitCode == 0 && ++runs < 10);
        QCOMPARE(undone.exitCode, 1);
        QCOMPARE(runs, 1); // 3 undone, then 1 and "nothing left"
        history = historyJson();
        QCOMPARE(history.size(), 8);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(history[i].toObject().value(QLatin1String("active")), QJsonValue(false));

        const QByteArray last = exported();
        QHash<QString, QJsonObject> lastDocuments = documentsBySource(last);
        QCOMPARE(lastDocuments.size(), 5);
        for (auto it = firstDocuments.cbegin(); it != firstDocuments.cend(); ++it)
            if (it.key() != kLetter)
                QCOMPARE(lastDocuments.value(it.key()), it.value());
        // The changed letter reads as a corpus made from the changed folder reads it.
        const QString fresh = path(QStringLiteral("fresh.db"));
        QCOMPARE(cli({ QStringLiteral("import"), m_corpus, QStringLiteral("--db"), fresh }).exitCode, 0);
        const Run freshExport = cli({ QStringLiteral("export"), QStringLiteral("--db"), fresh, QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(freshExport.exitCode, 0);
        QCOMPARE(last, freshExport.out);
        QVERIFY(lastDocuments.value(kLetter) != firstDocuments.value(kLetter));
    }
};

QTEST_GUILESS_MAIN(TestCliCuration)
#include "tst_clicuration.moc"
