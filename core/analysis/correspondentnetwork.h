// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/graphanalysis.h"
#include "core/models/corpusindex.h"
#include "core/result.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace littoral::core {

// What a correspondent can be ranked or sized by in the graph, the table and the command line.
enum class NetworkMeasure { Documents, InDegree, OutDegree, Betweenness, PageRank };
QString networkMeasureName(NetworkMeasure measure); // "documents", "in-degree", "out-degree", "betweenness", "pagerank"
std::optional<NetworkMeasure> networkMeasureFromName(QAnyStringView name);

// Where one correspondent stands in a correspondence graph.
struct CorrespondentStanding {
    qint64 id = 0;
    int documents = 0; // documents of the graph it sends, receives or is copied on
    double inDegree = 0; // letters received (as recipient or in copy), one per sender and document
    double outDegree = 0; // letters sent, one per recipient or copy and document
    double betweenness = 0;
    double pageRank = 0;
    int community = -1; // NetworkCommunity::id
    double measure(NetworkMeasure measure) const;
};

// A community of correspondents, named by its busiest members.
struct NetworkCommunity {
    int id = 0; // 0 is the largest
    QList<qint64> members; // the busiest first (most documents, then most letters, then by id)
    int documents = 0; // its members' documents, added up: a document counts once for each member in it
    QStringList busiest; // the names of its (up to) three busiest members
    // "Préfecture, Ministère, Secours" for a legend: the two or three busiest names.
    QString label() const { return busiest.join(QStringLiteral(", ")); }
};

// The analysis of one correspondence graph (the whole corpus, or the period and filters the views
// show): every correspondent's degrees, betweenness, PageRank and community, as GraphAnalysis
// computes them on the graph's links weighted by their documents. Pure value; compute() on any thread.
class CorrespondentNetwork final {
public:
    [[nodiscard]] static Result<CorrespondentNetwork> compute(const CorrespondenceGraph& graph,
        const GraphAnalysisOptions& options = {});

    // nullptr when the correspondent is not in the graph.
    const CorrespondentStanding* standing(qint64 id) const;
    const QList<CorrespondentStanding>& standings() const { return m_standings; } // in the graph's node order
    const QList<NetworkCommunity>& communities() const { return m_communities; }
    bool isBetweennessSampled() const { return m_sampled; }
    double modularity() const { return m_modularity; }
    bool isEmpty() const { return m_standings.isEmpty(); }
    // The largest value of a measure over the graph (0 when empty).
    double maximum(NetworkMeasure measure) const;

private:
    QList<CorrespondentStanding> m_standings;
    QHash<qint64, int> m_rowOf;
    QList<NetworkCommunity> m_communities;
    bool m_sampled = false;
    double m_modularity = 0;
};

} // namespace littoral::core
