// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/corpusindex.h"

#include "core/db/database.h"
#include "core/domain/correspondentkey.h"
#include "core/workpool.h"

#include <QFuture>
#include <QMap>
#include <QtConcurrent/QtConcurrentRun>

namespace littoral::core {

namespace {

// What the two halves of a load read: the documents, and who took part in them with the events they mention.
struct CorrespondenceParts {
    QList<CorrespondentSummary> correspondents;
    QList<Participation> participations;
    QList<DatedEvent> events;
};

Result<CorrespondenceParts> loadCorrespondence(Database& database)
{
    CorrespondentRepository repository(database);
    auto correspondents = repository.list();
    if (!correspondents)
        return std::unexpected(correspondents.error());
    auto participations = repository.participations();
    if (!participations)
        return std::unexpected(participations.error());
    auto events = repository.mentionedEvents();
    if (!events)
        return std::unexpected(events.error());
    return CorrespondenceParts { std::move(*correspondents), std::move(*participations), std::move(*events) };
}

} // namespace

Result<CorpusIndex> CorpusIndex::load(Database& database)
{
    auto documents = DocumentRepository(database).summaries();
    if (!documents)
        return std::unexpected(documents.error());
    auto parts = loadCorrespondence(database);
    if (!parts)
        return std::unexpected(parts.error());
    return fromParts(std::move(*documents), std::move(parts->correspondents), std::move(parts->participations),
        std::move(parts->events));
}

Result<CorpusIndex> CorpusIndex::loadDocuments(const QString& databasePath)
{
    auto reader = Database::openExisting(databasePath);
    if (!reader)
        return std::unexpected(reader.error());
    auto documents = DocumentRepository(*reader).summaries(DocumentRepository::Names::Omitted);
    if (!documents)
        return std::unexpected(documents.error());
    CorpusIndex index = fromParts(std::move(*documents), {}, {}, {});
    index.m_complete = false;
    return index;
}

Result<CorpusIndex> CorpusIndex::completed(const QString& databasePath) const
{
    // The documents' names on one connection while the correspondents load on another.
    QFuture<Result<QList<DocumentSummary>>> named = QtConcurrent::run(workPool(),
        [databasePath, documents = m_documents]() mutable -> Result<QList<DocumentSummary>> {
            auto reader = Database::openExisting(databasePath);
            if (!reader)
                return std::unexpected(reader.error());
            if (auto added = DocumentRepository(*reader).addNames(documents); !added)
                return std::unexpected(added.error());
            return documents;
        });
    auto reader = Database::openExisting(databasePath);
    Result<CorrespondenceParts> parts = reader ? loadCorrespondence(*reader)
                                               : Result<CorrespondenceParts>(std::unexpected(reader.error()));
    Result<QList<DocumentSummary>> documents = named.result();
    if (!documents)
        return std::unexpected(documents.error());
    if (!parts)
        return std::unexpected(parts.error());
    return fromParts(std::move(*documents), std::move(parts->correspondents), std::move(parts->participations),
        std::move(parts->events));
}

CorpusIndex CorpusIndex::fromParts(QList<DocumentSummary> documents, QList<CorrespondentSummary> correspondents,
    QList<Participation> participations, QList<DatedEvent> events)
{
    CorpusIndex index;
    index.m_documents = std::move(documents);
    index.m_correspondents = std::move(correspondents);
    index.m_participations = std::move(participations);
    index.m_events = std::move(events);
    std::stable_sort(index.m_participations.begin(), index.m_participations.end(),
        [](const Participation& a, const Participation& b) { return a.documentId < b.documentId; });
    for (qsizetype i = 0; i < index.m_documents.size(); ++i)
        index.m_documentRow.insert(index.m_documents.at(i).id, i);
    for (qsizetype i = 0; i < index.m_correspondents.size(); ++i)
        index.m_correspondentRow.insert(index.m_correspondents.at(i).id, i);
    for (qsizetype i = 0; i < index.m_participations.size();) {
        const qint64 doc = index.m_participations.at(i).documentId;
        qsizetype end = i;
        while (end < index.m_participations.size() && index.m_participations.at(end).documentId == doc)
            ++end;
        index.m_participationRange.insert(doc, { i, end });
        if (const qsizetype row = index.m_documentRow.value(doc, -1); row >= 0) {
            if (index.m_participationRangeOfRow.isEmpty())
                index.m_participationRangeOfRow.resize(index.m_documents.size(), { 0, 0 });
            index.m_participationRangeOfRow[row] = { i, end };
        }
        i = end;
    }
    return index;
}

const DocumentSummary* CorpusIndex::document(qint64 id) const
{
    const auto it = m_documentRow.constFind(id);
    return it == m_documentRow.cend() ? nullptr : &m_documents.at(*it);
}

const CorrespondentSummary* CorpusIndex::correspondent(qint64 id) const
{
    const auto it = m_correspondentRow.constFind(id);
    return it == m_correspondentRow.cend() ? nullptr : &m_correspondents.at(*it);
}

const CorrespondentSummary* CorpusIndex::correspondentNamed(const QString& name) const
{
    const QString wanted = foldForMatching(name);
    if (wanted.isEmpty())
        return nullptr;
    const CorrespondentSummary* best = nullptr;
    for (const CorrespondentSummary& c : m_correspondents) {
        const bool named = foldForMatching(c.name) == wanted
            || std::any_of(c.aliases.cbegin(), c.aliases.cend(), [&](const QString& alias) { return foldForMatching(alias) == wanted; });
        if (named && (!best || c.documentCount > best->documentCount))
            best = &c;
    }
    return best;
}

QList<qint64> CorpusIndex::linkDocuments(qint64 from, qint64 to, ParticipantRole role) const
{
    QList<qint64> documents;
    for (qsizetype row = 0; row < m_documents.size(); ++row) {
        bool sent = false;
        bool received = false;
        for (const Participation& p : participationsOfRow(row)) {
            sent = sent || (p.correspondentId == from && p.role == ParticipantRole::Sender);
            received = received || (p.correspondentId == to && p.role == role);
        }
        if (sent && received)
            documents.append(m_documents.at(row).id);
    }
    return documents;
}

std::span<const Participation> CorpusIndex::participationsOf(qint64 documentId) const
{
    const auto it = m_participationRange.constFind(documentId);
    if (it == m_participationRange.cend())
        return {};
    return std::span<const Participation>(m_participations.constData() + it->first, size_t(it->second - it->first));
}

std::span<const Participation> CorpusIndex::participationsOfRow(qsizetype row) const
{
    if (row < 0 || row >= m_participationRangeOfRow.size())
        return {};
    const auto [first, end] = m_participationRangeOfRow.at(row);
    return std::span<const Participation>(m_participations.constData() + first, size_t(end - first));
}

bool CorpusIndex::involves(qint64 documentId, qint64 correspondentId, std::optional<ParticipantRole> role) const
{
    const auto it = m_participationRange.constFind(documentId);
    if (it == m_participationRange.cend())
        return false;
    for (qsizetype i = it->first; i < it->second; ++i)
        if (m_participations.at(i).correspondentId == correspondentId && playsRole(m_participations.at(i).role, role))
            return true;
    return false;
}

bool CorpusIndex::inPeriod(qint64 documentId, QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid())
        return true;
    const DocumentSummary* d = document(documentId);
    return d && d->dateStart.isValid() && d->dateStart <= to && d->dateEnd >= from;
}

QString CorpusIndex::senderLane(qint64 documentId) const
{
    QString firstSender;
    for (const Participation& p : participationsOf(documentId)) {
        if (p.role != ParticipantRole::Sender)
            continue;
        const CorrespondentSummary* c = correspondent(p.correspondentId);
        if (!c)
            continue;
        if (c->kind == CorrespondentKind::Organization)
            return c->name;
        if (firstSender.isEmpty())
            firstSender = c->name;
    }
    return firstSender;
}

CorrespondenceGraph CorpusIndex::graph(const std::function<bool(qint64)>& accept) const
{
    CorrespondenceGraph g;
    QHash<qint64, int> nodeDocuments;
    QMap<std::tuple<qint64, qint64, int>, QList<qint64>> edges; // ordered: a stable edge order for layouts
    for (const DocumentSummary& d : m_documents) {
        if (accept && !accept(d.id))
            continue;
        QList<qint64> senders, recipients, copies;
        for (const Participation& p : participationsOf(d.id)) {
            switch (p.role) {
            case ParticipantRole::Sender:
                senders.append(p.correspondentId);
                break;
            case ParticipantRole::Recipient:
                recipients.append(p.correspondentId);
                break;
            case ParticipantRole::Cc:
                copies.append(p.correspondentId);
                break;
            case ParticipantRole::Mentioned:
                continue;
            }
            ++nodeDocuments[p.correspondentId];
        }
        if (senders.size() > 1)
            g.cosignatories.append(senders);
        for (const qint64 from : std::as_const(senders)) {
            for (const qint64 to : std::as_const(recipients))
                edges[{ from, to, int(ParticipantRole::Recipient) }].append(d.id);
            for (const qint64 to : std::as_const(copies))
                edges[{ from, to, int(ParticipantRole::Cc) }].append(d.id);
        }
    }
    for (auto it = nodeDocuments.cbegin(); it != nodeDocuments.cend(); ++it) {
        const CorrespondentSummary* c = correspondent(it.key());
        if (c)
            g.nodes.append({ c->id, c->kind, c->name, it.value() });
    }
    std::sort(g.nodes.begin(), g.nodes.end(), [](const GraphNode& a, const GraphNode& b) { return a.id < b.id; });
    for (auto it = edges.cbegin(); it != edges.cend(); ++it)
        g.edges.append({ std::get<0>(it.key()), std::get<1>(it.key()), ParticipantRole(std::get<2>(it.key())), it.value() });
    return g;
}

} // namespace littoral::core
