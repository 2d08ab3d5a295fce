// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/selectionstate.h"

namespace littoral::core {

SelectionState::SelectionState(QObject* parent)
    : QObject(parent)
    , m_corpus(std::make_shared<const CorpusIndex>())
{
}

bool SelectionState::isFiltering() const
{
    return hasPeriod() || m_correspondent != 0 || !m_edgeDocuments.isEmpty() || hasSearch() || hasTypeFilter()
        || m_graphDocuments.has_value();
}

void SelectionState::updateRowFlags()
{
    // O(documents + participations), each document visited once: no involves() or inPeriod() per id.
    const QList<DocumentSummary>& documents = m_corpus->documents();
    const qsizetype rows = documents.size();
    if (!isFiltering()) {
        m_rowFlags = QList<quint8>(rows, quint8(RowAccepted | RowAcceptedIgnoringPeriod));
        return;
    }
    QList<bool> involved;
    if (m_correspondent != 0) {
        involved = QList<bool>(rows, false);
        qint64 document = 0;
        qsizetype row = -1;
        for (const Participation& p : m_corpus->participations()) {
            if (p.correspondentId != m_correspondent || !CorpusIndex::playsRole(p.role, m_role))
                continue;
            if (p.documentId != document) {
                document = p.documentId;
                row = m_corpus->rowOf(document);
            }
            if (row >= 0)
                involved[row] = true;
        }
    }
    // The sets by id, marked from their side: as many look-ups as matches, not as documents.
    auto mark = [this, rows](auto ids) {
        QList<bool> marked(rows, false);
        for (const qint64 id : ids)
            if (const qsizetype row = m_corpus->rowOf(id); row >= 0)
                marked[row] = true;
        return marked;
    };
    const bool searching = hasSearch();
    const bool period = hasPeriod();
    const QList<bool> hits = searching ? mark(m_snippets.keys()) : QList<bool>();
    const QList<bool> onEdge = m_edgeDocuments.isEmpty() ? QList<bool>() : mark(m_edgeDocuments);
    // The graph's filters hold back documents of the period only: outside it the timeline shows
    // documents dimmed as they are.
    const QList<bool> onGraph = m_graphDocuments ? mark(*m_graphDocuments) : QList<bool>();
    m_rowFlags = QList<quint8>(rows, 0);
    for (qsizetype row = 0; row < rows; ++row) {
        const DocumentSummary& d = documents.at(row);
        const bool hit = searching && hits.at(row);
        const bool accepted = (m_correspondent == 0 || involved.at(row)) && (onEdge.isEmpty() || onEdge.at(row))
            && (!searching || hit) && isTypeShown(d.type);
        quint8 flags = hit ? RowSearchHit : 0;
        if (accepted)
            flags |= RowAcceptedIgnoringPeriod;
        if (accepted && (!period || (d.dateStart.isValid() && d.dateStart <= m_to && d.dateEnd >= m_from))
            && (onGraph.isEmpty() || onGraph.at(row)))
            flags |= RowAccepted;
        m_rowFlags[row] = flags;
    }
}

void SelectionState::setCorpus(std::shared_ptr<const CorpusIndex> corpus)
{
    m_corpus = corpus ? std::move(corpus) : std::make_shared<const CorpusIndex>();
    m_from = m_to = {};
    m_correspondent = 0;
    m_role.reset();
    m_hiddenTypes = 0;
    m_edgeDocuments.clear();
    m_graphDocuments.reset(); // the filter stays: the new corpus's graph reports anew
    m_query.clear();
    m_snippets.clear();
    m_document = 0;
    m_hovered = 0;
    updateRowFlags(); // the views read them as soon as they hear of the new corpus
    emit corpusChanged();
    emit filterChanged();
}

void SelectionState::completeCorpus(std::shared_ptr<const CorpusIndex> corpus)
{
    if (!corpus)
        return;
    m_corpus = std::move(corpus);
    m_correspondent = 0;
    m_edgeDocuments.clear();
    m_hovered = 0;
    updateRowFlags();
    emit corpusCompleted();
    emit filterChanged();
}

void SelectionState::reloadCorpus(std::shared_ptr<const CorpusIndex> corpus)
{
    if (!corpus)
        return;
    m_corpus = std::move(corpus);
    // A merged correspondent is gone (its documents are its survivor's now); a removed document too.
    if (m_correspondent != 0 && !m_corpus->correspondent(m_correspondent))
        m_correspondent = 0;
    if (m_hovered != 0 && !m_corpus->correspondent(m_hovered))
        m_hovered = 0;
    for (auto it = m_edgeDocuments.begin(); it != m_edgeDocuments.end();)
        it = m_corpus->rowOf(*it) < 0 ? m_edgeDocuments.erase(it) : std::next(it);
    const bool documentGone = m_document != 0 && m_corpus->rowOf(m_document) < 0;
    if (documentGone)
        m_document = 0;
    updateRowFlags();
    emit corpusReloaded();
    emit filterChanged();
    if (documentGone)
        emit currentDocumentChanged(0);
}

void SelectionState::setPeriod(QDate from, QDate to)
{
    if (from.isValid() && to.isValid() && to < from)
        std::swap(from, to);
    if (!from.isValid() || !to.isValid())
        from = to = {};
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    updateRowFlags();
    emit filterChanged();
}

void SelectionState::setCorrespondent(qint64 id)
{
    if (id == m_correspondent && m_edgeDocuments.isEmpty())
        return;
    m_correspondent = id;
    m_edgeDocuments.clear(); // a node and an edge are two ways of picking; the last one wins
    updateRowFlags();
    emit filterChanged();
}

void SelectionState::setCorrespondentAndRole(qint64 id, std::optional<ParticipantRole> role)
{
    if (id == m_correspondent && role == m_role && m_edgeDocuments.isEmpty())
        return;
    m_correspondent = id;
    m_role = role;
    m_edgeDocuments.clear();
    updateRowFlags();
    emit filterChanged();
}

void SelectionState::setCorrespondentRole(std::optional<ParticipantRole> role)
{
    if (role == m_role)
        return;
    m_role = role;
    updateRowFlags();
    emit filterChanged();
}

void SelectionState::setTypeShown(DocumentType type, bool shown)
{
    const quint8 hidden = shown ? quint8(m_hiddenTypes & ~typeBit(type)) : quint8(m_hiddenTypes | typeBit(type));
    if (hidden == m_hiddenTypes)
        return;
    m_hiddenTypes = hidden;
    updateRowFlags();
    emit filterChanged();
}

QList<DocumentType> SelectionState::shownTypes() const
{
    QList<DocumentType> shown;
    for (const DocumentType type : kDocumentTypes)
        if (isTypeShown(type))
            shown.append(type);
    return shown;
}

void SelectionState::showAllTypes()
{
    if (m_hiddenTypes == 0)
        return;
    m_hiddenTypes = 0;
    updateRowFlags();
    emit filterChanged();
}

void SelectionState::setEdgeDocuments(QSet<qint64> documents)
{
    if (documents == m_edgeDocuments && m_correspondent == 0)
        return;
    m_edgeDocuments = std::move(documents);
    m_linkFrom = m_linkTo = 0;
    m_correspondent = 0;
    updateRowFlags();
    emit filterChanged();
}

void SelectionState::setLink(qint64 from, qint64 to, ParticipantRole role)
{
    const QList<qint64> documents = m_corpus->linkDocuments(from, to, role);
    m_edgeDocuments = QSet<qint64>(documents.cbegin(), documents.cend());
    m_correspondent = 0;
    m_linkFrom = m_edgeDocuments.isEmpty() ? 0 : from;
    m_linkTo = m_edgeDocuments.isEmpty() ? 0 : to;
    m_linkRole = role;
    updateRowFlags();
    emit filterChanged();
}

DocumentFilter SelectionState::filter() const
{
    DocumentFilter f;
    if (hasPeriod()) { // applyFilter()'s open ends stay open
        if (m_from != QDate(1, 1, 1))
            f.from = PartialDate::ofDay(m_from.year(), m_from.month(), m_from.day());
        if (m_to != QDate(9999, 12, 31))
            f.to = PartialDate::ofDay(m_to.year(), m_to.month(), m_to.day());
    }
    if (const CorrespondentSummary* c = m_corpus->correspondent(m_correspondent)) {
        f.correspondent = c->name;
        f.role = m_role;
    }
    const CorrespondentSummary* linkFrom = m_corpus->correspondent(m_linkFrom);
    const CorrespondentSummary* linkTo = m_corpus->correspondent(m_linkTo);
    if (!m_edgeDocuments.isEmpty() && linkFrom && linkTo) {
        f.linkFrom = linkFrom->name;
        f.linkTo = linkTo->name;
        f.linkRole = m_linkRole;
    }
    f.query = m_query;
    if (hasTypeFilter())
        f.types = shownTypes();
    return f;
}

QStringList SelectionState::applyFilter(const DocumentFilter& f, QHash<qint64, QString> snippets)
{
    QStringList unknown;
    // An open end of the period reaches past any document.
    m_from = f.hasPeriod() ? (f.from.isValid() ? f.firstDay() : QDate(1, 1, 1)) : QDate();
    m_to = f.hasPeriod() ? (f.to.isValid() ? f.lastDay() : QDate(9999, 12, 31)) : QDate();
    if (m_from.isValid() && m_to.isValid() && m_to < m_from)
        std::swap(m_from, m_to);
    m_correspondent = 0;
    m_role = f.role;
    if (!f.correspondent.isEmpty()) {
        if (const CorrespondentSummary* c = m_corpus->correspondentNamed(f.correspondent))
            m_correspondent = c->id;
        else
            unknown.append(f.correspondent);
    }
    m_edgeDocuments.clear();
    m_linkFrom = m_linkTo = 0;
    m_linkRole = f.linkRole;
    if (f.hasLink()) {
        const CorrespondentSummary* from = m_corpus->correspondentNamed(f.linkFrom);
        const CorrespondentSummary* to = m_corpus->correspondentNamed(f.linkTo);
        if (!from)
            unknown.append(f.linkFrom);
        if (!to)
            unknown.append(f.linkTo);
        const QList<qint64> documents = from && to ? m_corpus->linkDocuments(from->id, to->id, f.linkRole) : QList<qint64>();
        m_edgeDocuments = QSet<qint64>(documents.cbegin(), documents.cend());
        // A link naming nobody, or no letter, matches no document: a set no document is in.
        if (m_edgeDocuments.isEmpty())
            m_edgeDocuments.insert(0);
        if (from && to) {
            m_linkFrom = from->id;
            m_linkTo = to->id;
        }
    }
    // Unknown correspondent: no document, as with an unknown link.
    if (!f.correspondent.isEmpty() && m_correspondent == 0)
        m_edgeDocuments = { 0 };
    m_hiddenTypes = 0;
    if (f.types)
        for (const DocumentType type : kDocumentTypes)
            if (!f.types->contains(type))
                m_hiddenTypes |= typeBit(type);
    m_query = f.query.trimmed();
    m_snippets = m_query.isEmpty() ? QHash<qint64, QString> {} : std::move(snippets);
    updateRowFlags();
    emit filterChanged();
    return unknown;
}

QList<qsizetype> SelectionState::acceptedRows() const
{
    QList<qsizetype> rows;
    for (qsizetype row = 0; row < m_rowFlags.size(); ++row)
        if (acceptsRow(row))
            rows.append(row);
    return rows;
}

void SelectionState::setSearch(const QString& query, QHash<qint64, QString> snippets)
{
    m_query = query.trimmed();
    m_snippets = m_query.isEmpty() ? QHash<qint64, QString> {} : std::move(snippets);
    updateRowFlags();
    emit filterChanged();
}

void SelectionState::setCurrentDocument(qint64 id)
{
    if (id == m_document)
        return;
    m_document = id;
    emit currentDocumentChanged(id);
}

void SelectionState::setHoveredCorrespondent(qint64 id)
{
    if (id == m_hovered)
        return;
    m_hovered = id;
    emit hoveredCorrespondentChanged(id);
}

bool SelectionState::acceptsIgnoringPeriod(qint64 documentId) const
{
    if (m_correspondent != 0 && !m_corpus->involves(documentId, m_correspondent, m_role))
        return false;
    if (m_hiddenTypes != 0) {
        const DocumentSummary* d = m_corpus->document(documentId);
        if (d && !isTypeShown(d->type))
            return false;
    }
    if (!m_edgeDocuments.isEmpty() && !m_edgeDocuments.contains(documentId))
        return false;
    if (hasSearch() && !m_snippets.contains(documentId))
        return false;
    return true;
}

bool SelectionState::accepts(qint64 documentId) const
{
    return acceptsIgnoringPeriod(documentId) && m_corpus->inPeriod(documentId, m_from, m_to)
        && (!m_graphDocuments || m_graphDocuments->contains(documentId));
}

void SelectionState::setGraphFilter(const GraphFilter& filter)
{
    if (filter == m_graphFilter)
        return;
    m_graphFilter = filter;
    m_graphDocuments.reset();
    updateRowFlags();
    emit filterChanged();
}

void SelectionState::setGraphDocuments(const GraphFilter& filter, QSet<qint64> documents)
{
    if (!(filter == m_graphFilter))
        return;
    if (!filter.isActive()) {
        if (!m_graphDocuments)
            return;
        m_graphDocuments.reset();
    } else {
        if (m_graphDocuments == documents)
            return;
        m_graphDocuments = std::move(documents);
    }
    updateRowFlags();
    emit filterChanged();
}

void SelectionState::clearFilters()
{
    m_from = m_to = {};
    m_correspondent = 0;
    m_role.reset();
    m_hiddenTypes = 0;
    m_edgeDocuments.clear();
    m_graphFilter = {};
    m_graphDocuments.reset();
    m_query.clear();
    m_snippets.clear();
    updateRowFlags();
    emit filterChanged();
}

} // namespace littoral::core
