// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "correspondentscommand.h"

#include "core/analysis/correspondentnetwork.h"
#include "core/db/correspondentrepository.h"
#include "core/db/database.h"
#include "core/domain/enumnames.h"
#include "core/models/corpusindex.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <algorithm>

using namespace littoral::core;

namespace littoral::cli {
namespace {

// What the table can be sorted by: the documents by role, and the graph's measures.
enum class SortKey { Documents, Sent, Received, Cc, InDegree, OutDegree, Betweenness, PageRank };

constexpr std::pair<SortKey, const char*> kSortKeys[] = {
    { SortKey::Documents, "documents" },
    { SortKey::Sent, "sent" },
    { SortKey::Received, "received" },
    { SortKey::Cc, "cc" },
    { SortKey::InDegree, "in-degree" },
    { SortKey::OutDegree, "out-degree" },
    { SortKey::Betweenness, "betweenness" },
    { SortKey::PageRank, "pagerank" },
};

QString sortKeyNames()
{
    QStringList names;
    for (const auto& [key, name] : kSortKeys)
        names << QLatin1String(name);
    return names.join(QStringLiteral(", "));
}

struct Row {
    const CorrespondentDetails* details = nullptr;
    CorrespondentStanding standing; // zeros, community -1, when it is in no link of the graph
};

double sortValue(const Row& row, SortKey key)
{
    switch (key) {
    case SortKey::Sent:
        return row.details->asSender;
    case SortKey::Received:
        return row.details->asRecipient;
    case SortKey::Cc:
        return row.details->asCc;
    case SortKey::InDegree:
        return row.standing.inDegree;
    case SortKey::OutDegree:
        return row.standing.outDegree;
    case SortKey::Betweenness:
        return row.standing.betweenness;
    case SortKey::PageRank:
        return row.standing.pageRank;
    case SortKey::Documents:
        break;
    }
    return row.details->documentCount;
}

QJsonArray toJson(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

CorrespondentsCommand::CorrespondentsCommand(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{
}

QString CorrespondentsCommand::usage()
{
    return QCoreApplication::translate("littoral-cli",
        "Correspondents and the correspondence graph (communities, brokers):\n"
        "  littoral-cli correspondents --db FILE [--json] [--limit N]\n"
        "                [--sort documents|sent|received|cc|in-degree|out-degree|betweenness|pagerank]");
}

int CorrespondentsCommand::usageError(const QString& message)
{
    m_err << "littoral-cli: " << message << '\n' << QCoreApplication::translate("littoral-cli", "Try 'littoral-cli --help'.") << '\n';
    return 1;
}

int CorrespondentsCommand::run(const CorrespondentsOptions& options)
{
    const std::optional<SortKey> key = enumFromName(options.sort, kSortKeys);
    if (!key)
        return usageError(QCoreApplication::translate("littoral-cli", "unknown sort '%1' (%2).").arg(options.sort, sortKeyNames()));
    qsizetype limit = -1;
    if (options.limit) {
        bool ok = false;
        limit = options.limit->toInt(&ok);
        if (!ok || limit <= 0)
            return usageError(QCoreApplication::translate("littoral-cli", "--limit takes a positive number."));
    }

    const auto fail = [this](const Error& error) {
        m_err << "littoral-cli: " << error.detail << '\n';
        return 2;
    };
    auto db = Database::openExisting(options.db);
    if (!db)
        return fail(db.error());
    const auto details = CorrespondentRepository(*db).details();
    if (!details)
        return fail(details.error());
    const auto corpus = CorpusIndex::load(*db);
    if (!corpus)
        return fail(corpus.error());
    const auto network = CorrespondentNetwork::compute(corpus->graph());
    if (!network)
        return fail(network.error());

    QList<Row> rows;
    rows.reserve(details->size());
    for (const CorrespondentDetails& d : *details) {
        const CorrespondentStanding* standing = network->standing(d.id);
        rows.append({ &d, standing ? *standing : CorrespondentStanding { d.id } });
    }
    // The largest first; a tie by name, then by id, so the order is the same on every run.
    std::stable_sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) {
        const double x = sortValue(a, *key);
        const double y = sortValue(b, *key);
        if (x != y)
            return x > y;
        const int byName = a.details->name.localeAwareCompare(b.details->name);
        return byName != 0 ? byName < 0 : a.details->id < b.details->id;
    });
    if (limit >= 0 && rows.size() > limit)
        rows.resize(limit);

    if (options.json) {
        QJsonArray correspondents;
        for (const Row& row : std::as_const(rows)) {
            const CorrespondentDetails& d = *row.details;
            correspondents.append(QJsonObject {
                { QStringLiteral("id"), d.id },
                { QStringLiteral("name"), d.name },
                { QStringLiteral("kind"), d.kind == CorrespondentKind::Organization ? QStringLiteral("organization") : QStringLiteral("person") },
                { QStringLiteral("aliases"), toJson(d.aliases) },
                { QStringLiteral("organizations"), toJson(d.organizations) },
                { QStringLiteral("documents"), d.documentCount },
                { QStringLiteral("sent"), d.asSender },
                { QStringLiteral("received"), d.asRecipient },
                { QStringLiteral("cc"), d.asCc },
                { QStringLiteral("mentioned"), d.mentioned },
                { QStringLiteral("in_degree"), row.standing.inDegree },
                { QStringLiteral("out_degree"), row.standing.outDegree },
                { QStringLiteral("betweenness"), row.standing.betweenness },
                { QStringLiteral("pagerank"), row.standing.pageRank },
                { QStringLiteral("community"), row.standing.community < 0 ? QJsonValue() : QJsonValue(row.standing.community) },
            });
        }
        QJsonArray communities;
        for (const NetworkCommunity& c : network->communities())
            communities.append(QJsonObject { { QStringLiteral("id"), c.id }, { QStringLiteral("size"), int(c.members.size()) },
                { QStringLiteral("label"), c.label() }, { QStringLiteral("busiest"), toJson(c.busiest) } });
        const QJsonObject report { { QStringLiteral("sort"), enumName(*key, kSortKeys) },
            { QStringLiteral("betweenness_sampled"), network->isBetweennessSampled() },
            { QStringLiteral("modularity"), network->modularity() },
            { QStringLiteral("correspondents"), correspondents },
            { QStringLiteral("communities"), communities } };
        m_out << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented));
        return 0;
    }

    // For a person: one line each, the measures in the interface language's number format.
    const QLocale locale;
    m_out << QCoreApplication::translate("littoral-cli", "name\tkind\tdocuments\tsent\treceived\tcc\tin\tout\tbetweenness\tpagerank\tcommunity\torganisations")
          << '\n';
    for (const Row& row : std::as_const(rows)) {
        const CorrespondentDetails& d = *row.details;
        const QString kind = d.kind == CorrespondentKind::Organization ? QCoreApplication::translate("littoral-cli", "organisation")
                                                                       : QCoreApplication::translate("littoral-cli", "person");
        m_out << d.name << '\t' << kind << '\t' << d.documentCount << '\t' << d.asSender << '\t' << d.asRecipient << '\t' << d.asCc << '\t'
              << locale.toString(row.standing.inDegree) << '\t' << locale.toString(row.standing.outDegree) << '\t'
              << locale.toString(row.standing.betweenness, 'f', 1) << '\t' << locale.toString(row.standing.pageRank, 'f', 4) << '\t'
              << (row.standing.community < 0 ? QStringLiteral("-") : QString::number(row.standing.community + 1)) << '\t'
              << d.organizations.join(QStringLiteral("; ")) << '\n';
    }
    if (network->isBetweennessSampled())
        m_err << QCoreApplication::translate("littoral-cli", "betweenness estimated from a sample of correspondents (the graph is large)") << '\n';
    return 0;
}

} // namespace littoral::cli
