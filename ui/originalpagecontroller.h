// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/document.h"
#include "ui/pageview.h"

#include <QHash>
#include <QObject>

class QAction;
class QTableView;

namespace littoral::core {
class FactsModel;
}

namespace littoral::ui {

class Retranslator;

// View ▸ Original Page: the page view beside the reader's text, for documents read from a PDF or an
// image, its boxes the facts table's facts, and a fact selected on either side selected on the other.
// The toggle is remembered; it is disabled for documents without pages (text, e-mail). GUI thread.
class OriginalPageController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OriginalPageController)
public:
    // The view is made a child of `viewParent`; the window places it.
    OriginalPageController(QTableView* factsTable, core::FactsModel* facts, QWidget* viewParent, QObject* parent);

    QAction* action() const { return m_action; }
    PageView* view() const { return m_view; }
    // The reader shows `document` (its facts are in the facts model already).
    void setDocument(const core::Document& document);
    // Passwords the user gave this session (an import's), by path: tried before asking again. They
    // are kept in memory only, never with the corpus.
    void rememberPasswords(const QHash<QString, QString>& passwords);

    // The facts model's facts that have evidence, as boxes to draw: row, range, colour, tooltip.
    static QList<PageFact> pageFacts(const core::FactsModel& facts, const core::Document& document);

private:
    void update();
    void refreshFacts();
    // The original is a locked PDF: a password remembered, or asked for until one opens it or the user gives up.
    void unlockOriginal();

    QTableView* m_factsTable;
    core::FactsModel* m_facts;
    PageView* m_view;
    QAction* m_action;
    Retranslator* m_retranslator;
    core::Document m_document;
    QHash<QString, QString> m_passwords;
};

} // namespace littoral::ui
