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
    return hasPeriod() || m_correspondent != 0 || !m_edgeDocuments.isEmpty() || hasSearch() || hasTypeFilter();
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
    m_rowFlags = QList<quint8>(rows, 0);
    for (qsizetype row = 0; row < rows; ++row) {
        const DocumentSummary& d = documents.at(row);
        const bool hit = searching && hits.at(row);
        const bool accepted = (m_correspondent == 0 || involved.at(row)) && (onEdge.isEmpty() || onEdge.at(row))
            && (!searching || hit) && isTypeShown(d.type);
        quint8 flags = hit ? RowSearchHit : 0;
        if (accepted)
            flags |= RowAcceptedIgnoringPeriod;
        if (accepted && (!period || (d.dateStart.isValid() && d.dateStart <= m_to && d.dateEnd >= m_from)))
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
    for (const DocumentType type : { DocumentType::Letter, DocumentType::OpenLetter, DocumentType::PressRelease, DocumentType::Other })
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
    m_correspondent = 0;
    updateRowFlags();
    emit filterChanged();
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
    return acceptsIgnoringPeriod(documentId) && m_corpus->inPeriod(documentId, m_from, m_to);
}

void SelectionState::clearFilters()
{
    m_from = m_to = {};
    m_correspondent = 0;
    m_role.reset();
    m_hiddenTypes = 0;
    m_edgeDocuments.clear();
    m_query.clear();
    m_snippets.clear();
    updateRowFlags();
    emit filterChanged();
}

} // namespace littoral::core
