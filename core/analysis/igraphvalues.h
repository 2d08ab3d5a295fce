// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <igraph.h>

#include <utility>
#include <vector>

namespace littoral::core {

// igraph values owned the C++ way (destroyed with their owner), for the analysis and the filters.
// Callers hold igraphMutex().

// An igraph graph from an edge list, destroyed with it.
class OwnedGraph final {
public:
    OwnedGraph(int nodeCount, const std::vector<std::pair<int, int>>& edges, bool directed)
    {
        igraph_vector_int_t list;
        if (igraph_vector_int_init(&list, igraph_integer_t(2 * edges.size())) != IGRAPH_SUCCESS)
            return;
        for (size_t i = 0; i < edges.size(); ++i) {
            VECTOR(list)[2 * i] = edges[i].first;
            VECTOR(list)[2 * i + 1] = edges[i].second;
        }
        m_ok = igraph_create(&m_graph, &list, nodeCount, directed) == IGRAPH_SUCCESS;
        igraph_vector_int_destroy(&list);
    }
    ~OwnedGraph()
    {
        if (m_ok)
            igraph_destroy(&m_graph);
    }
    OwnedGraph(const OwnedGraph&) = delete;
    OwnedGraph& operator=(const OwnedGraph&) = delete;
    bool ok() const { return m_ok; }
    const igraph_t* get() const { return &m_graph; }

private:
    igraph_t m_graph {};
    bool m_ok = false;
};

// An igraph vector of reals, destroyed with it.
class OwnedVector final {
public:
    explicit OwnedVector(igraph_integer_t size = 0) { m_ok = igraph_vector_init(&m_vector, size) == IGRAPH_SUCCESS; }
    ~OwnedVector()
    {
        if (m_ok)
            igraph_vector_destroy(&m_vector);
    }
    OwnedVector(const OwnedVector&) = delete;
    OwnedVector& operator=(const OwnedVector&) = delete;
    bool ok() const { return m_ok; }
    igraph_vector_t* get() { return &m_vector; }
    double at(igraph_integer_t i) const { return VECTOR(m_vector)[i]; }
    void set(igraph_integer_t i, double value) { VECTOR(m_vector)[i] = value; }

private:
    igraph_vector_t m_vector {};
    bool m_ok = false;
};

// An igraph vector of integers, destroyed with it.
class OwnedIntVector final {
public:
    explicit OwnedIntVector(igraph_integer_t size = 0) { m_ok = igraph_vector_int_init(&m_vector, size) == IGRAPH_SUCCESS; }
    ~OwnedIntVector()
    {
        if (m_ok)
            igraph_vector_int_destroy(&m_vector);
    }
    OwnedIntVector(const OwnedIntVector&) = delete;
    OwnedIntVector& operator=(const OwnedIntVector&) = delete;
    bool ok() const { return m_ok; }
    igraph_vector_int_t* get() { return &m_vector; }
    igraph_integer_t at(igraph_integer_t i) const { return VECTOR(m_vector)[i]; }
    void set(igraph_integer_t i, igraph_integer_t value) { VECTOR(m_vector)[i] = value; }

private:
    igraph_vector_int_t m_vector {};
    bool m_ok = false;
};

} // namespace littoral::core
