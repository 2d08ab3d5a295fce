// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/corpusrefresher.h"

#include "core/db/database.h"
#include "core/workpool.h"

#include <QtConcurrent>

namespace littoral::ui {

using namespace littoral::core;

CorpusRefresher::CorpusRefresher(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &CorpusRefresher::start);
    connect(&m_watcher, &QFutureWatcher<CorpusRefresh>::finished, this, &CorpusRefresher::onFinished);
}

CorpusRefresher::~CorpusRefresher()
{
    // The reading holds a connection of its own and is bounded by the corpus's size: wait for it.
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void CorpusRefresher::setPath(const QString& path)
{
    m_path = path;
    ++m_generation;
    m_wantCorpus = m_wantReview = false;
    m_timer.stop();
}

void CorpusRefresher::scheduleCorpus()
{
    m_wantCorpus = m_wantReview = true;
    if (!m_watcher.isRunning())
        m_timer.start();
}

void CorpusRefresher::scheduleReview()
{
    m_wantReview = true;
    if (!m_watcher.isRunning())
        m_timer.start();
}

void CorpusRefresher::start()
{
    if (m_path.isEmpty() || (!m_wantCorpus && !m_wantReview))
        return;
    if (m_watcher.isRunning())
        return; // onFinished() starts the next one
    const bool corpus = std::exchange(m_wantCorpus, false);
    const bool review = std::exchange(m_wantReview, false);
    m_running = m_generation;
    m_watcher.setFuture(QtConcurrent::run(workPool(), [path = m_path, corpus, review] {
        CorpusRefresh refresh;
        auto database = Database::openExisting(path);
        if (!database) {
            refresh.error = database.error().detail;
            return refresh;
        }
        if (corpus) {
            auto index = CorpusIndex::load(*database);
            if (!index) {
                refresh.error = index.error().detail;
                return refresh;
            }
            refresh.corpus = std::make_shared<const CorpusIndex>(std::move(*index));
        }
        if (review) {
            DocumentRepository documents(*database);
            auto unreviewed = documents.unreviewed();
            auto counts = documents.reviewCounts();
            if (!unreviewed || !counts) {
                refresh.error = !unreviewed ? unreviewed.error().detail : counts.error().detail;
                return refresh;
            }
            refresh.unreviewed = std::move(*unreviewed);
            refresh.counts = *counts;
        }
        return refresh;
    }));
}

void CorpusRefresher::onFinished()
{
    const CorpusRefresh refresh = m_watcher.result();
    if (m_wantCorpus || m_wantReview)
        m_timer.start(); // asked again while reading: read again once this one is shown
    if (m_running != m_generation)
        return;
    if (!refresh.error.isEmpty()) {
        qWarning("littoral: cannot read the corpus again: %s", qUtf8Printable(refresh.error));
        return;
    }
    emit refreshed(refresh);
}

} // namespace littoral::ui
