// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/correspondentrepository.h"
#include "core/db/documentrepository.h"
#include "core/domain/corpusfacts.h"

#include <QHash>
#include <QSet>

#include <functional>
#include <optional>
#include <span>

namespace littoral::core {

struct GraphNode {
    qint64 id = 0;
    CorrespondentKind kind = CorrespondentKind::Person;
    QString name;
    int documents = 0; // documents of the filtered set this correspondent takes part in
};

// sender -> recipient (or -> cc), with how many documents carry it and which.
struct GraphEdge {
    qint64 from = 0;
    qint64 to = 0;
    ParticipantRole role = ParticipantRole::Recipient; // Recipient or Cc
    QList<qint64> documents;
    int weight() const { return int(documents.size()); }
};

struct CorrespondenceGraph {
    QList<GraphNode> nodes;
    QList<GraphEdge> edges;
    QList<QList<qint64>> cosignatories; // the senders of each document signed by more than one
};

// Everything the linked views show, read once from a corpus database: documents, correspondents,
// who took part in what, mentioned events. Immutable value; build it on any thread, read it anywhere.
class CorpusIndex final {
public:
    [[nodiscard]] static Result<CorpusIndex> load(Database& database);
    // Opening in two steps, so a large corpus is on screen at once: its documents first (enough for
    // the timeline and the list, without its senders and recipients), then completed() with the same
    // documents in the same order, their names, who took part and which events they mention.
    [[nodiscard]] static Result<CorpusIndex> loadDocuments(const QString& databasePath);
    [[nodiscard]] Result<CorpusIndex> completed(const QString& databasePath) const;
    bool isComplete() const { return m_complete; }
    static CorpusIndex fromParts(QList<DocumentSummary> documents, QList<CorrespondentSummary> correspondents,
        QList<Participation> participations, QList<DatedEvent> events);

    const QList<DocumentSummary>& documents() const { return m_documents; }
    const QList<CorrespondentSummary>& correspondents() const { return m_correspondents; }
    const QList<Participation>& participations() const { return m_participations; }
    const QList<DatedEvent>& events() const { return m_events; }

    const DocumentSummary* document(qint64 id) const;
    // The row of a document in documents(), -1 when it is not in this corpus.
    qsizetype rowOf(qint64 documentId) const { return m_documentRow.value(documentId, -1); }
    const CorrespondentSummary* correspondent(qint64 id) const;
    // The correspondent a person names: its name or one of its spellings, case and accents aside
    // (foldForMatching); nullptr when none. With several, the one in most documents.
    const CorrespondentSummary* correspondentNamed(const QString& name) const;
    // The documents `from` sent with `to` as recipient (or in copy, role Cc), in corpus order.
    QList<qint64> linkDocuments(qint64 from, qint64 to, ParticipantRole role) const;
    // The participations of one document, in document order: a view into the index, no copy (the
    // graph and the search highlight go through them for every document of a 100,000-document corpus).
    std::span<const Participation> participationsOf(qint64 documentId) const;
    // The same by row of documents(), without a look-up.
    std::span<const Participation> participationsOfRow(qsizetype row) const;
    // Whether a correspondent took part in a document in `role`; without one, as sender, recipient or
    // in copy (a mention is not taking part: it is asked for by name).
    bool involves(qint64 documentId, qint64 correspondentId, std::optional<ParticipantRole> role = std::nullopt) const;
    // The one rule behind involves() and the selection's role filter.
    static bool playsRole(ParticipantRole actual, std::optional<ParticipantRole> wanted)
    {
        return wanted ? actual == *wanted : actual != ParticipantRole::Mentioned;
    }
    // Whether a document's date range overlaps [from, to] (an undated one never does); true with no period.
    bool inPeriod(qint64 documentId, QDate from, QDate to) const;
    // The organisation a document speaks for: its first sender organisation, else its first sender.
    QString senderLane(qint64 documentId) const;

    // Nodes and typed edges among the documents `accept` keeps (all when empty).
    CorrespondenceGraph graph(const std::function<bool(qint64 documentId)>& accept = {}) const;

private:
    bool m_complete = true;
    QList<DocumentSummary> m_documents;
    QList<CorrespondentSummary> m_correspondents;
    QList<Participation> m_participations; // ordered by document
    QList<DatedEvent> m_events;
    QHash<qint64, qsizetype> m_documentRow;
    QHash<qint64, qsizetype> m_correspondentRow;
    QHash<qint64, std::pair<qsizetype, qsizetype>> m_participationRange; // document -> [first, end)
    QList<std::pair<qsizetype, qsizetype>> m_participationRangeOfRow; // the same by document row (empty: none)
};

} // namespace littoral::core
