// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/documentrepository.h"
#include "core/models/corpusindex.h"
#include "core/result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace littoral::ui {

// What the views need again after an edit: the corpus index (documents, correspondents, who took part)
// and the review state. Either may be absent when it was not asked for.
struct CorpusRefresh {
    std::shared_ptr<const core::CorpusIndex> corpus;
    std::optional<QList<core::ReviewItem>> unreviewed;
    core::ReviewCounts counts;
    QString error;
};

// Re-reads an open corpus on the work pool after edits (the window's own, or another process's),
// coalescing bursts: a hundred edits in a second are one reading, never one on the GUI thread.
// GUI thread.
class CorpusRefresher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorpusRefresher)
public:
    explicit CorpusRefresher(QObject* parent = nullptr);
    ~CorpusRefresher() override;

    // The corpus to read (empty: none); what was asked of the previous one is dropped.
    void setPath(const QString& path);
    // Documents or correspondents changed: the index and the review state are read again, soon.
    void scheduleCorpus();
    // Only the review state (after opening a corpus, whose index the window has just read).
    void scheduleReview();
    bool isBusy() const { return m_timer.isActive() || m_watcher.isRunning(); }

    static constexpr int kDelayMs = 150;

signals:
    void refreshed(const littoral::ui::CorpusRefresh& refresh);

private:
    void start();
    void onFinished();

    QString m_path;
    bool m_wantCorpus = false;
    bool m_wantReview = false;
    quint64 m_generation = 0; // grows with each setPath(): a reading of an older corpus is dropped
    quint64 m_running = 0;    // the generation of the reading under way
    QTimer m_timer;
    QFutureWatcher<CorpusRefresh> m_watcher;
};

} // namespace littoral::ui
