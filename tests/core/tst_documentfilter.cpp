// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// DocumentFilter, the one filter value of the window, the CLI, stories and the briefing: its dates,
// its JSON, its words, and SelectionState::applyFilter() against filter() on the real sample corpus.
#include "core/db/database.h"
#include "core/db/documentrepository.h"
#include "core/db/searchrepository.h"
#include "core/models/documentfilter.h"
#include "core/models/selectionstate.h"
#include "support/richletter.h"
#include "support/samplecorpus.h"

#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace littoral::core;

namespace {

QStringList sourcesOf(const SelectionState& selection)
{
    QStringList sources;
    for (const qsizetype row : selection.acceptedRows())
        sources.append(selection.corpus().documents().at(row).source);
    sources.sort();
    return sources;
}

DocumentFilter period(const char* from, const char* to)
{
    DocumentFilter f;
    f.from = DocumentFilter::parseDate(QString::fromUtf8(from));
    f.to = DocumentFilter::parseDate(QString::fromUtf8(to));
    return f;
}

DocumentFilter correspondent(const char* name, std::optional<ParticipantRole> role)
{
    DocumentFilter f;
    f.correspondent = QString::fromUtf8(name);
    f.role = role;
    return f;
}

DocumentFilter linkOf(const char* from, const char* to, ParticipantRole role = ParticipantRole::Recipient)
{
    DocumentFilter f;
    f.linkFrom = QString::fromUtf8(from);
    f.linkTo = QString::fromUtf8(to);
    f.linkRole = role;
    return f;
}

DocumentFilter types(QList<DocumentType> list)
{
    DocumentFilter f;
    f.types = std::move(list);
    return f;
}

DocumentFilter query(const char* text)
{
    DocumentFilter f;
    f.query = QString::fromUtf8(text);
    return f;
}

QStringList strings(std::initializer_list<const char*> texts)
{
    QStringList list;
    for (const char* text : texts)
        list.append(QString::fromUtf8(text));
    return list;
}

} // namespace

class TestDocumentFilter final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::shared_ptr<const CorpusIndex> m_sample;

    // The search's matches as the window passes them (every match, snippets aside).
    QHash<qint64, QString> matches(const QString& text)
    {
        QHash<qint64, QString> found;
        if (text.trimmed().isEmpty())
            return found;
        auto db = Database::openExisting(m_dir.filePath(QStringLiteral("sample.db")));
        if (!db)
            return found;
        const auto results = SearchRepository(*db).searchAll(text, 1);
        if (results)
            for (const qint64 id : results->matches)
                found.insert(id, QString());
        return found;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        auto corpus = littoral::test::loadSampleCorpus(m_dir.filePath(QStringLiteral("sample.db")));
        QVERIFY(corpus);
        m_sample = *corpus;
        QCOMPARE(m_sample->documents().size(), 5);
    }

    void parseDate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("edtf"); // empty: not a date
        QTest::addRow("year") << QStringLiteral("2016") << QStringLiteral("2016");
        QTest::addRow("month") << QStringLiteral("2016-03") << QStringLiteral("2016-03");
        QTest::addRow("day") << QStringLiteral("2016-03-02") << QStringLiteral("2016-03-02");
        QTest::addRow("spaces") << QStringLiteral(" 2016-03-02 ") << QStringLiteral("2016-03-02");
        QTest::addRow("season_autumn") << QStringLiteral("2016-23") << QStringLiteral("2016-23");
        QTest::addRow("approximate_edtf") << QStringLiteral("2016~") << QStringLiteral("2016~");
        QTest::addRow("approximate_in_front") << QStringLiteral("~2016") << QStringLiteral("2016~");
        QTest::addRow("approximate_month") << QStringLiteral("~2016-03") << QStringLiteral("2016-03~");
        QTest::addRow("month_13") << QStringLiteral("2016-13") << QString();
        QTest::addRow("february_30") << QStringLiteral("2016-02-30") << QString();
        QTest::addRow("words") << QStringLiteral("March") << QString();
        QTest::addRow("empty") << QString() << QString();
        QTest::addRow("tilde_alone") << QStringLiteral("~") << QString();
    }

    void parseDate()
    {
        QFETCH(QString, text);
        QFETCH(QString, edtf);
        const PartialDate date = DocumentFilter::parseDate(text);
        QCOMPARE(date.isValid(), !edtf.isEmpty());
        QCOMPARE(date.toEdtf(), edtf);
    }

    void parseTypes()
    {
        const auto read = DocumentFilter::parseTypes(QStringLiteral("letter, open_letter,letter"));
        QVERIFY(read);
        QCOMPARE(*read, (QList<DocumentType> { DocumentType::Letter, DocumentType::OpenLetter }));
        const auto wrong = DocumentFilter::parseTypes(QStringLiteral("letter,memo"));
        QVERIFY(!wrong);
        QVERIFY2(wrong.error().detail.contains(QLatin1String("'memo'")), qPrintable(wrong.error().detail));
    }

    void json_roundTrip_data()
    {
        QTest::addColumn<DocumentFilter>("filter");
        QTest::addRow("empty") << DocumentFilter();
        QTest::addRow("period") << period("2016-03", "2017");
        QTest::addRow("open_start") << period("", "2016-23");
        QTest::addRow("approximate") << period("~2016", "");
        QTest::addRow("correspondent_any_role") << correspondent("Nathanaël Caillaux", std::nullopt);
        QTest::addRow("correspondent_in_copy") << correspondent("Home Office", ParticipantRole::Cc);
        QTest::addRow("link") << linkOf("Natacha Bouchart", "Nathanaël Caillaux");
        QTest::addRow("link_cc") << linkOf("Migreurop", "Home Office", ParticipantRole::Cc);
        QTest::addRow("types") << types({ DocumentType::Letter, DocumentType::PressRelease });
        QTest::addRow("no_type") << types({});
        DocumentFilter all = period("2016-10-11", "2020");
        all.correspondent = QStringLiteral("Bernard Cazeneuve");
        all.role = ParticipantRole::Sender;
        all.query = QStringLiteral("\"centres d'accueil\" OR migrants");
        all.types = QList<DocumentType> { DocumentType::OpenLetter };
        QTest::addRow("everything") << all;
    }

    void json_roundTrip()
    {
        QFETCH(DocumentFilter, filter);
        const QJsonObject json = filter.toJson();
        QCOMPARE(DocumentFilter::fromJson(json), filter);
        QCOMPARE(json.isEmpty(), filter.isEmpty());
    }

    void describe_data()
    {
        QTest::addColumn<DocumentFilter>("filter");
        QTest::addColumn<QString>("words");
        QTest::addRow("nothing") << DocumentFilter() << QStringLiteral("All documents");
        QTest::addRow("period") << period("2016-03", "2017") << QStringLiteral("March 2016 – 2017");
        QTest::addRow("from") << period("2016-03-02", "") << QStringLiteral("from 2 March 2016");
        QTest::addRow("until") << period("", "2017") << QStringLiteral("until 2017");
        QTest::addRow("sent_by") << correspondent("Natacha Bouchart", ParticipantRole::Sender) << QStringLiteral("sent by Natacha Bouchart");
        QTest::addRow("involving") << correspondent("Natacha Bouchart", std::nullopt) << QStringLiteral("involving Natacha Bouchart");
        QTest::addRow("mentioning") << correspondent("Amber Rudd", ParticipantRole::Mentioned) << QStringLiteral("mentioning Amber Rudd");
        QTest::addRow("link_cc") << linkOf("Migreurop", "Home Office", ParticipantRole::Cc) << QStringLiteral("from Migreurop to Home Office (in copy)");
        QTest::addRow("query") << query("jungle") << QStringLiteral("matching “jungle”");
        DocumentFilter both = period("2016", "2016");
        both.types = QList<DocumentType> { DocumentType::Letter, DocumentType::OpenLetter };
        both.query = QStringLiteral("jungle");
        QTest::addRow("period_types_query") << both << QStringLiteral("2016 – 2016 · Letter and Open letter · matching “jungle”");
    }

    void describe()
    {
        QFETCH(DocumentFilter, filter);
        QFETCH(QString, words);
        QCOMPARE(filter.describe(), words);
    }

    // The window's filter, applied from a value and read back as one, chooses the same documents again.
    void applyFilter_andFilter_roundTrip_data()
    {
        QTest::addColumn<DocumentFilter>("filter");
        QTest::addColumn<QStringList>("sources"); // empty with a query: whatever the search finds, checked below
        QTest::addRow("period_months") << period("2016-10", "2017-02")
                                       << strings({ "000_a2062bf0896207c8.txt", "002_2384d3c24b37747e.txt" });
        QTest::addRow("from_only") << period("2017", "") << strings({ "000_a2062bf0896207c8.txt", "001_9c98cdfde5a97af7.txt", "003_4b46836f7c4e9e7d.txt" });
        QTest::addRow("sender") << correspondent("Bernard Cazeneuve", ParticipantRole::Sender) << strings({ "002_2384d3c24b37747e.txt" });
        QTest::addRow("any_role_case_folded") << correspondent("bernard cazeneuve", std::nullopt)
                                              << strings({ "002_2384d3c24b37747e.txt", "004_5392c1dee33cf027.txt" });
        QTest::addRow("link") << linkOf("Natacha Bouchart", "Nathanael Caillaux") << strings({ "000_a2062bf0896207c8.txt" });
        QTest::addRow("link_cc") << linkOf("Migreurop", "Home Office", ParticipantRole::Cc) << strings({ "004_5392c1dee33cf027.txt" });
        QTest::addRow("letters") << types({ DocumentType::Letter }) << strings({ "000_a2062bf0896207c8.txt", "001_9c98cdfde5a97af7.txt" });
        DocumentFilter combined = period("2016", "2020");
        combined.types = QList<DocumentType> { DocumentType::PressRelease };
        combined.query = QStringLiteral("Calais");
        QTest::addRow("period_type_query") << combined << QStringList();
        QTest::addRow("query") << query("migrants") << QStringList();
    }

    void applyFilter_andFilter_roundTrip()
    {
        QFETCH(DocumentFilter, filter);
        QFETCH(QStringList, sources);
        const QHash<qint64, QString> found = matches(filter.query);
        SelectionState first;
        first.setCorpus(m_sample);
        QCOMPARE(first.applyFilter(filter, found), QStringList());
        if (filter.query.isEmpty()) {
            QCOMPARE(sourcesOf(first), sources);
        } else {
            QVERIFY(!found.isEmpty());
            for (const qsizetype row : first.acceptedRows())
                QVERIFY(found.contains(first.corpus().documents().at(row).id));
            QVERIFY(!first.acceptedRows().isEmpty());
        }
        const DocumentFilter read = first.filter();
        QCOMPARE(read.correspondent.isEmpty(), filter.correspondent.isEmpty());
        QCOMPARE(read.role, filter.role);
        QCOMPARE(read.types, filter.types);
        QCOMPARE(read.query, filter.query);
        QCOMPARE(read.hasLink(), filter.hasLink());
        QCOMPARE(read.firstDay(), filter.firstDay());
        QCOMPARE(read.lastDay(), filter.lastDay());
        SelectionState second;
        second.setCorpus(m_sample);
        QCOMPARE(second.applyFilter(DocumentFilter::fromJson(read.toJson()), found), QStringList());
        QCOMPARE(second.acceptedRows(), first.acceptedRows());
        QCOMPARE(second.filter(), read);
    }

    void applyFilter_namesTheUnknown()
    {
        SelectionState selection;
        selection.setCorpus(m_sample);
        DocumentFilter f = correspondent("Personne Inconnue", std::nullopt);
        f.linkFrom = QStringLiteral("Natacha Bouchart");
        f.linkTo = QStringLiteral("Nulle Part");
        QCOMPARE(selection.applyFilter(f), (QStringList { QStringLiteral("Personne Inconnue"), QStringLiteral("Nulle Part") }));
        QCOMPARE(selection.acceptedRows(), QList<qsizetype>());
    }

    // A document is in a period when its date's span overlaps it: "March 2016" is in a period that
    // starts on the 15th, and in one that ends on the 10th; a day is only where it falls.
    void period_overlapsTheDocumentsSpan_data()
    {
        QTest::addColumn<DocumentFilter>("filter");
        QTest::addColumn<QStringList>("sources");
        QTest::addRow("from_mid_month") << period("2016-03-15", "") << strings({ "late.txt", "month.txt" });
        QTest::addRow("to_early_month") << period("", "2016-03-10") << strings({ "before.txt", "month.txt" });
        QTest::addRow("two_days_inside") << period("2016-03-15", "2016-03-16") << strings({ "month.txt" });
        QTest::addRow("month_bounds") << period("2016-03", "2016-03") << strings({ "late.txt", "month.txt" });
        QTest::addRow("spring") << period("2016-21", "2016-21") << strings({ "late.txt", "month.txt" });
        QTest::addRow("winter_before") << period("2015", "2016-02") << strings({ "before.txt" });
    }

    void period_overlapsTheDocumentsSpan()
    {
        QFETCH(DocumentFilter, filter);
        QFETCH(QStringList, sources);
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("dates.db")));
        QVERIFY(db);
        const std::pair<const char*, PartialDate> letters[] = {
            { "month.txt", PartialDate::ofMonth(2016, 3) },
            { "before.txt", PartialDate::ofDay(2016, 2, 20) },
            { "late.txt", PartialDate::ofDay(2016, 3, 20) },
            { "undated.txt", PartialDate() },
        };
        for (const auto& [name, date] : letters) {
            const QString source = QString::fromUtf8(name);
            Document d = littoral::test::makeDocument(QStringLiteral("/corpus/") + source, QStringLiteral("Lettre ") + source);
            if (date.isValid())
                d.extraction.date = DocumentDate { date, {}, 0.9 };
            QVERIFY(DocumentRepository(*db).write(d, source));
        }
        auto index = CorpusIndex::load(*db);
        QVERIFY(index);
        SelectionState selection;
        selection.setCorpus(std::make_shared<const CorpusIndex>(std::move(*index)));
        selection.applyFilter(filter);
        QCOMPARE(sourcesOf(selection), sources);
    }
};

QTEST_GUILESS_MAIN(TestDocumentFilter)
#include "tst_documentfilter.moc"
