// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/selectionstate.h"

namespace littoral::core {

SelectionState::SelectionState(QObject* parent)
    : QObject(parent)
    , m_corpus(std::make_shared<const CorpusIndex>())
{
}

void SelectionState::setCorpus(std::shared_ptr<const CorpusIndex> corpus)
{
    m_corpus = corpus ? std::move(corpus) : std::make_shared<const CorpusIndex>();
    m_from = m_to = {};
    m_correspondent = 0;
    m_edgeDocuments.clear();
    m_query.clear();
    m_snippets.clear();
    m_document = 0;
    m_hovered = 0;
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
    emit corpusCompleted();
    emit filterChanged();
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
    emit filterChanged();
}

void SelectionState::setCorrespondent(qint64 id)
{
    if (id == m_correspondent && m_edgeDocuments.isEmpty())
        return;
    m_correspondent = id;
    m_edgeDocuments.clear(); // a node and an edge are two ways of picking; the last one wins
    emit filterChanged();
}

void SelectionState::setEdgeDocuments(QSet<qint64> documents)
{
    if (documents == m_edgeDocuments && m_correspondent == 0)
        return;
    m_edgeDocuments = std::move(documents);
    m_correspondent = 0;
    emit filterChanged();
}

void SelectionState::setSearch(const QString& query, QHash<qint64, QString> snippets)
{
    m_query = query.trimmed();
    m_snippets = m_query.isEmpty() ? QHash<qint64, QString> {} : std::move(snippets);
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
    if (m_correspondent != 0 && !m_corpus->involves(documentId, m_correspondent))
        return false;
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
    m_edgeDocuments.clear();
    m_query.clear();
    m_snippets.clear();
    emit filterChanged();
}

} // namespace littoral::core
