// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/document.h"

#include "core/analysis/correspondentnetwork.h"
#include "core/result.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;

namespace littoral::core {
class CorpusIndex;
class CorpusSession;
class CorrespondentsModel;
class CorrespondentFilterProxy;
}

namespace littoral::ui {

// The Correspondents pane: every person and organisation of the corpus with its spellings, roles,
// dates and organisations, a filter box, and the curation of correspondents (merge, split a spelling
// back out, rename, change kind), each one change of the CorpusSession. Follows the session's
// notifications, reading again only when shown. GUI thread.
class CorrespondentsPane final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorrespondentsPane)
public:
    explicit CorrespondentsPane(QWidget* parent = nullptr);
    ~CorrespondentsPane() override;

    // nullptr: no corpus open (the table empties, the actions are disabled).
    void setSession(core::CorpusSession* session);
    // The corpus the graph's columns (degrees, betweenness, PageRank, community) are worked out from,
    // on the work pool, when the pane is shown; an incomplete corpus (documents only) waits.
    void setCorpus(std::shared_ptr<const core::CorpusIndex> corpus);
    // Reads the correspondents again now (otherwise done when shown after a change).
    void refresh();
    // From setCorpus() (while shown) until the graph's columns are filled.
    bool isAnalysing() const { return m_analysis.isRunning() || m_analysisPending; }

    QTableView* table() const { return m_table; }
    QLineEdit* filterBox() const { return m_filter; }
    core::CorrespondentsModel* model() const { return m_model; }
    QAction* mergeAction() const { return m_merge; }
    QAction* splitAction() const { return m_split; }
    QAction* renameAction() const { return m_rename; }
    QAction* personAction() const { return m_person; }
    QAction* organisationAction() const { return m_organisation; }

    QList<qint64> selectedIds() const;
    // Selects and shows one correspondent (clearing a filter that hides it); false when unknown.
    bool selectCorrespondent(qint64 id);

    // The actions with their answer given, as the dialogs call them; false (and failed()) on refusal.
    bool mergeInto(const QList<qint64>& ids, qint64 survivorId);
    bool splitAlias(qint64 id, const QString& alias);
    bool renameCorrespondent(qint64 id, const QString& name);
    bool setKind(const QList<qint64>& ids, core::CorrespondentKind kind);

    // The message of the last refusal, empty after a success.
    QString lastError() const { return m_lastError; }

signals:
    // Double-clicked: show its documents.
    void correspondentActivated(qint64 id);
    // An action was refused or failed (also shown in a message box when the pane is visible).
    void failed(const QString& message);
    // The graph's columns are filled for the corpus last set.
    void analysed();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void markStale();
    void startAnalysis();
    void updateActions();
    void resizeColumns();
    void askMerge();
    void askSplit();
    void askRename();
    void showMenu(const QPoint& position);
    bool report(const QString& title, const QString& message);
    void succeeded() { m_lastError.clear(); }
    QString describe(int sourceRow) const;

    QPointer<core::CorpusSession> m_session;
    core::CorrespondentsModel* m_model = nullptr;
    core::CorrespondentFilterProxy* m_proxy = nullptr;
    QLineEdit* m_filter = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
    QAction* m_merge = nullptr;
    QAction* m_split = nullptr;
    QAction* m_rename = nullptr;
    QMenu* m_kindMenu = nullptr;
    QAction* m_person = nullptr;
    QAction* m_organisation = nullptr;
    QTimer m_refreshTimer;
    bool m_stale = true;
    QString m_lastError;
    std::shared_ptr<const core::CorpusIndex> m_corpus;
    QFutureWatcher<core::Result<core::CorrespondentNetwork>> m_analysis;
    bool m_analysisPending = false; // the corpus changed since the last analysis started
    std::shared_ptr<const core::CorpusIndex> m_analysing; // the corpus of the analysis running
};

} // namespace littoral::ui
