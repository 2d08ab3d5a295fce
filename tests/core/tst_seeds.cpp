// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Extraction on the five bundled sample documents compared with the archivist's truth
// (tests/data/seeds.json), matching names the way ../shared/tools/score.py does.
#include "core/domain/correspondentkey.h"
#include "core/extract/documentextractor.h"
#include "core/extract/textcleaner.h"
#include "core/extract/textdecoder.h"

#include "support/testpaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace littoral::core;

namespace {

const QSet<QString>& courtesyTokens()
{
    static const QSet<QString> t = { QStringLiteral("m"), QStringLiteral("mme"), QStringLiteral("mr"), QStringLiteral("mrs"),
        QStringLiteral("ms"), QStringLiteral("dr"), QStringLiteral("me"), QStringLiteral("monsieur"), QStringLiteral("madame"),
        QStringLiteral("pr"), QStringLiteral("mlle"), QStringLiteral("sir"), QStringLiteral("dame"), QStringLiteral("prof") };
    return t;
}

const QSet<QString>& stopTokens()
{
    static const QSet<QString> t = { QStringLiteral("de"), QStringLiteral("du"), QStringLiteral("des"), QStringLiteral("la"),
        QStringLiteral("le"), QStringLiteral("les"), QStringLiteral("l"), QStringLiteral("d"), QStringLiteral("the"),
        QStringLiteral("of"), QStringLiteral("and"), QStringLiteral("et"), QStringLiteral("for"), QStringLiteral("pour"),
        QStringLiteral("a"), QStringLiteral("au"), QStringLiteral("aux"), QStringLiteral("en") };
    return t;
}

// Folded person name without leading courtesy titles, as a token set (score.py person_match).
QSet<QString> personTokens(const QString& name)
{
    QStringList tokens = foldForMatching(name).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    while (!tokens.isEmpty() && courtesyTokens().contains(tokens.first()))
        tokens.removeFirst();
    return QSet<QString>(tokens.cbegin(), tokens.cend());
}

// score.py org_match: folded equality or substring, else token Jaccard ≥ 0.5 without stop words.
bool orgMatch(const QString& truth, const QString& predicted)
{
    const QString a = foldForMatching(truth), b = foldForMatching(predicted);
    if (a.isEmpty() || b.isEmpty())
        return false;
    if (a == b || a.contains(b) || b.contains(a))
        return true;
    auto tokens = [](const QString& s) {
        QSet<QString> out;
        for (const QString& t : s.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            if (!stopTokens().contains(t))
                out.insert(t);
        return out;
    };
    const QSet<QString> ta = tokens(a), tb = tokens(b);
    if (ta.isEmpty() || tb.isEmpty())
        return false;
    const double common = double(QSet<QString>(ta).intersect(tb).size());
    const double all = double(QSet<QString>(ta).unite(tb).size());
    return common / all >= 0.5;
}

QStringList stringList(const QJsonValue& v)
{
    QStringList out;
    const QJsonArray array = v.toArray();
    for (const QJsonValue& x : array)
        if (!x.toString().isEmpty())
            out.append(x.toString());
    return out;
}

QStringList names(const Extraction& e, ParticipantRole role, std::optional<CorrespondentKind> kind = std::nullopt)
{
    QStringList out;
    for (const Participant& p : e.participants)
        if (p.role == role && (!kind || p.kind == *kind) && !p.name.isEmpty())
            out.append(p.name);
    return out;
}

// Organisation names for a role: organisations themselves plus the organisation persons speak for.
QStringList organizations(const Extraction& e, ParticipantRole role)
{
    QStringList out = names(e, role, CorrespondentKind::Organization);
    for (const Participant& p : e.participants)
        if (p.role == role && p.kind == CorrespondentKind::Person && !p.organization.isEmpty())
            out.append(p.organization);
    return out;
}

// Every truth item matched by a distinct predicted item and no predicted item left over.
QString oneToOne(const QStringList& truth, QStringList predicted, const std::function<bool(const QString&, const QString&)>& match)
{
    predicted.removeDuplicates();
    QList<bool> used(predicted.size(), false);
    QStringList missing;
    for (const QString& t : truth) {
        bool found = false;
        for (qsizetype i = 0; i < predicted.size() && !found; ++i)
            if (!used.at(i) && match(t, predicted.at(i)))
                used[i] = found = true;
        if (!found)
            missing.append(t);
    }
    QStringList extra;
    for (qsizetype i = 0; i < predicted.size(); ++i)
        if (!used.at(i))
            extra.append(predicted.at(i));
    if (missing.isEmpty() && extra.isEmpty())
        return {};
    return QStringLiteral("missing [%1] extra [%2]").arg(missing.join(QStringLiteral("; ")), extra.join(QStringLiteral("; ")));
}

bool personMatch(const QString& truth, const QString& predicted)
{
    return !personTokens(truth).isEmpty() && personTokens(truth) == personTokens(predicted);
}

} // namespace

class TestSeeds final : public QObject {
    Q_OBJECT
private:
    QHash<QString, QJsonObject> m_truth;

private slots:
    void initTestCase()
    {
        QFile file(QStringLiteral(LITTORAL_TEST_DATA_DIR "/seeds.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray array = QJsonDocument::fromJson(file.readAll()).array();
        QCOMPARE(array.size(), 5);
        for (const QJsonValue& v : array)
            m_truth.insert(v.toObject().value(QStringLiteral("file")).toString(), v.toObject());
    }

    void extract_matchesArchivistTruth_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(QStringLiteral(LITTORAL_SAMPLE_CORPUS_DIR));
        const QStringList files = dir.entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name);
        QVERIFY(files.size() == 5);
        for (const QString& f : files)
            QTest::addRow("%s", qPrintable(f.left(3))) << f;
    }
    void extract_matchesArchivistTruth()
    {
        QFETCH(QString, file);
        QVERIFY2(m_truth.contains(file), qPrintable(file));
        const QJsonObject t = m_truth.value(file);

        QFile in(QDir(QStringLiteral(LITTORAL_SAMPLE_CORPUS_DIR)).filePath(file));
        QVERIFY(in.open(QIODevice::ReadOnly));
        const auto decoded = TextDecoder::decode(in.readAll());
        QVERIFY(decoded.has_value());
        const QString text = TextCleaner::clean(decoded->text);
        const Extraction e = DocumentExtractor::extract(text);

        // Date: exact EDTF, precision, evidence as written at its offset.
        const QString truthDate = t.value(QStringLiteral("date")).toString();
        QVERIFY(e.date.has_value());
        QCOMPARE(e.date->date.toEdtf(), truthDate);
        QCOMPARE(precisionName(e.date->date.precision()), t.value(QStringLiteral("date_precision")).toString());
        QVERIFY2(e.date->evidence.text.contains(t.value(QStringLiteral("date_evidence")).toString()), qPrintable(e.date->evidence.text));
        QCOMPARE(text.mid(e.date->evidence.offset, e.date->evidence.text.size()), e.date->evidence.text);
        QVERIFY(e.date->confidence > 0.0);

        QCOMPARE(documentTypeName(e.type), t.value(QStringLiteral("type")).toString());
        QCOMPARE(e.language, t.value(QStringLiteral("language")).toString());
        QCOMPARE(foldForMatching(e.place), foldForMatching(t.value(QStringLiteral("place")).toString()));
        QVERIFY(!e.title.isEmpty());

        // Participants, matched like score.py (one to one: nothing missing, nothing extra).
        QString problem = oneToOne(stringList(t.value(QStringLiteral("senders"))), names(e, ParticipantRole::Sender, CorrespondentKind::Person), personMatch);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("senders: ") + problem));
        problem = oneToOne(stringList(t.value(QStringLiteral("sender_orgs"))), organizations(e, ParticipantRole::Sender), orgMatch);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("sender orgs: ") + problem));
        problem = oneToOne(stringList(t.value(QStringLiteral("recipients"))), names(e, ParticipantRole::Recipient, CorrespondentKind::Person), personMatch);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("recipients: ") + problem));
        problem = oneToOne(stringList(t.value(QStringLiteral("recipient_orgs"))), organizations(e, ParticipantRole::Recipient), orgMatch);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("recipient orgs: ") + problem));
        QStringList cc = names(e, ParticipantRole::Cc);
        for (const Participant& p : e.participants)
            if (p.role == ParticipantRole::Cc && !p.organization.isEmpty())
                cc.append(p.organization);
        const auto anyMatch = [](const QString& a, const QString& b) { return personMatch(a, b) || orgMatch(a, b); };
        problem = oneToOne(stringList(t.value(QStringLiteral("cc"))), cc, anyMatch);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("cc: ") + problem));

        // Sender titles as written, when the truth gives them.
        const QStringList titles = stringList(t.value(QStringLiteral("sender_titles")));
        for (const QString& title : titles)
            QVERIFY2(std::any_of(e.participants.cbegin(), e.participants.cend(), [&](const Participant& p) {
                return p.role == ParticipantRole::Sender && orgMatch(title, p.title);
            }), qPrintable(QStringLiteral("sender title missing: ") + title));

        // Every mentioned event's truth date is a prefix of some extracted event date.
        QStringList eventDates;
        for (const MentionedEvent& ev : e.events)
            eventDates.append(ev.date.toEdtf().remove(QLatin1Char('~')));
        const QJsonArray events = t.value(QStringLiteral("mentioned_events")).toArray();
        for (const QJsonValue& v : events) {
            const QString date = v.toObject().value(QStringLiteral("date")).toString();
            QVERIFY2(std::any_of(eventDates.cbegin(), eventDates.cend(), [&](const QString& d) { return d.startsWith(date); }),
                qPrintable(QStringLiteral("event %1 (%2) not in [%3]")
                               .arg(v.toObject().value(QStringLiteral("label")).toString(), date, eventDates.join(QStringLiteral(", ")))));
        }
        for (const MentionedEvent& ev : e.events)
            QCOMPARE(text.mid(ev.evidence.offset, ev.evidence.text.size()), ev.evidence.text);
    }
};

QTEST_GUILESS_MAIN(TestSeeds)
#include "tst_seeds.moc"
