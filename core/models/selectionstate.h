// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/graphfilter.h"
#include "core/models/corpusindex.h"
#include "core/models/documentfilter.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>
#include <optional>

namespace littoral::core {

// The one selection and filter every view observes: the corpus on show, the period brushed on the
// timeline, the correspondent or edge picked in the graph, the current document, the search.
// Views change it and repaint from its signals; they never call each other. GUI thread.
class SelectionState final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SelectionState)
public:
    explicit SelectionState(QObject* parent = nullptr);

    void setCorpus(std::shared_ptr<const CorpusIndex> corpus);
    // The same documents with their correspondents and events filled in (CorpusIndex::completed):
    // the period, search and current document stay, as a person may have used them meanwhile.
    void completeCorpus(std::shared_ptr<const CorpusIndex> corpus);
    // A newer reading of the same corpus (after an edit, here or by another process): the period,
    // correspondent, edge, search and current document stay, unless what they name is gone.
    void reloadCorpus(std::shared_ptr<const CorpusIndex> corpus);
    const CorpusIndex& corpus() const { return *m_corpus; }
    std::shared_ptr<const CorpusIndex> corpusPointer() const { return m_corpus; }

    // Period: documents whose date range overlaps [from, to]; null dates = no period filter.
    void setPeriod(QDate from, QDate to);
    void clearPeriod() { setPeriod({}, {}); }
    QDate periodFrom() const { return m_from; }
    QDate periodTo() const { return m_to; }
    bool hasPeriod() const { return m_from.isValid() && m_to.isValid(); }

    // Correspondent: documents this person or organisation sent, received or was copied on (0 = none),
    // or only those where it has the chosen role (CorpusIndex::playsRole). The role outlives the
    // correspondent: "sent to" stays chosen while one ministry after another is picked.
    void setCorrespondent(qint64 id);
    void setCorrespondentAndRole(qint64 id, std::optional<ParticipantRole> role);
    qint64 correspondent() const { return m_correspondent; }
    void setCorrespondentRole(std::optional<ParticipantRole> role);
    std::optional<ParticipantRole> correspondentRole() const { return m_role; }

    // Document types shown (all by default); hiding every type is allowed and shows nothing.
    void setTypeShown(DocumentType type, bool shown);
    bool isTypeShown(DocumentType type) const { return !(m_hiddenTypes & typeBit(type)); }
    QList<DocumentType> shownTypes() const;
    bool hasTypeFilter() const { return m_hiddenTypes != 0; }
    void showAllTypes();

    // The letters on one graph edge (empty = none).
    void setEdgeDocuments(QSet<qint64> documents);
    const QSet<qint64>& edgeDocuments() const { return m_edgeDocuments; }
    // The same by the edge's ends: the documents `from` sent to `to` (role Recipient) or copied to
    // `to` (Cc). The ends are kept, so filter() can name the link.
    void setLink(qint64 from, qint64 to, ParticipantRole role);
    qint64 linkFrom() const { return m_linkFrom; } // 0 when the edge was given by its documents only
    qint64 linkTo() const { return m_linkTo; }

    // The graph's own filters (minimum documents, kinds, k-core, largest group): the graph applies
    // them to the period's graph and reports, through setGraphDocuments(), the documents of the links
    // that survive; the other views then keep only those. Until it reports, nothing is held back.
    void setGraphFilter(const GraphFilter& filter);
    const GraphFilter& graphFilter() const { return m_graphFilter; }
    // The documents whose links survive `filter` (ignored unless it is still the graph filter).
    void setGraphDocuments(const GraphFilter& filter, QSet<qint64> documents);
    bool hasGraphDocuments() const { return m_graphDocuments.has_value(); }

    // The filters as one value, correspondents by name (see DocumentFilter): what a story step saves,
    // what the briefing says and what File ▸ Export Data passes on.
    DocumentFilter filter() const;
    // Sets every filter from a value, in one filterChanged(). The search's matching documents come
    // from the caller (SearchRepository::searchAll on its own connection): `snippets` is ignored when
    // the filter has no query. Names the corpus does not know are returned (and match no document).
    QStringList applyFilter(const DocumentFilter& filter, QHash<qint64, QString> snippets = {});
    // The rows of corpus().documents() that pass every filter, in corpus order.
    QList<qsizetype> acceptedRows() const;

    // Search: the query as typed and the matching documents with their snippets (empty query = none).
    void setSearch(const QString& query, QHash<qint64, QString> snippets);
    void clearSearch() { setSearch({}, {}); }
    const QString& searchQuery() const { return m_query; }
    bool hasSearch() const { return !m_query.isEmpty(); }
    bool isSearchHit(qint64 documentId) const { return m_snippets.contains(documentId); }
    QString snippet(qint64 documentId) const { return m_snippets.value(documentId); }

    void setCurrentDocument(qint64 id);
    qint64 currentDocument() const { return m_document; }

    void setHoveredCorrespondent(qint64 id);
    qint64 hoveredCorrespondent() const { return m_hovered; }

    // Whether a document passes the period, correspondent (and role), edge, type and search filters.
    bool accepts(qint64 documentId) const;
    // The same, without the period: what the timeline draws dimmed outside the brush.
    bool acceptsIgnoringPeriod(qint64 documentId) const;
    // Whether any filter is set (period, correspondent, edge, type, search, the graph's).
    bool isFiltering() const;
    // The same answers by row of corpus().documents(), worked out once per change of the filters:
    // every view reads them for each of 100,000 documents, and a look-up by id costs a hash probe.
    bool acceptsRow(qsizetype row) const { return m_rowFlags.at(row) & RowAccepted; }
    bool acceptsRowIgnoringPeriod(qsizetype row) const { return m_rowFlags.at(row) & RowAcceptedIgnoringPeriod; }
    bool isSearchHitRow(qsizetype row) const { return m_rowFlags.at(row) & RowSearchHit; }
    void clearFilters();

signals:
    void corpusChanged();
    void corpusCompleted();
    void corpusReloaded(); // reloadCorpus(): views keep their layout and view
    void filterChanged();
    void currentDocumentChanged(qint64 id);
    void hoveredCorrespondentChanged(qint64 id);

private:
    enum RowFlag : quint8 { RowAccepted = 1, RowAcceptedIgnoringPeriod = 2, RowSearchHit = 4 };
    void updateRowFlags(); // before every filterChanged()
    static quint8 typeBit(DocumentType type) { return quint8(1u << unsigned(type)); }

    std::shared_ptr<const CorpusIndex> m_corpus;
    QDate m_from;
    QDate m_to;
    qint64 m_correspondent = 0;
    std::optional<ParticipantRole> m_role; // none: sent, received or copied
    quint8 m_hiddenTypes = 0; // typeBit() of each hidden type
    QSet<qint64> m_edgeDocuments;
    GraphFilter m_graphFilter;
    std::optional<QSet<qint64>> m_graphDocuments; // reported for m_graphFilter
    qint64 m_linkFrom = 0;
    qint64 m_linkTo = 0;
    ParticipantRole m_linkRole = ParticipantRole::Recipient;
    QString m_query;
    QHash<qint64, QString> m_snippets;
    qint64 m_document = 0;
    qint64 m_hovered = 0;
    QList<quint8> m_rowFlags; // per corpus row, RowFlag bits
};

} // namespace littoral::core
