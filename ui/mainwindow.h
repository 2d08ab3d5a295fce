// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/database.h"
#include "core/import/importjob.h"

#include <QFutureWatcher>
#include <QMainWindow>

#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressDialog;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace littoral::core {
class DocumentTableModel;
}

namespace littoral::ui {

// The main window: the documents of one corpus database in a sortable, filterable table, and a reader
// showing the selected document's text (always as plain text) with its extracted facts highlighted.
// GUI thread; imports run on the pool through ImportJob with a progress dialog and Cancel.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens an existing corpus database; shows the error and returns false when it cannot.
    bool openDatabase(const QString& path);
    // Imports files/folders into the database (created if needed), then shows it.
    void importInto(const QString& databasePath, const QStringList& paths);
    void selectDocumentRow(int row);

    core::DocumentTableModel* documentModel() const { return m_model; }
    QSortFilterProxyModel* documentProxy() const { return m_proxy; }
    QString readerText() const;

signals:
    void corpusLoaded();   // a database is open and the table filled
    void importFinished(bool ok);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildActions();
    void reload();
    void showDocument(qint64 id);
    void updateStatus();
    void chooseFolder();
    void chooseDatabase();
    void onImportFinished();
    void showError(const QString& title, const QString& message);

    std::optional<core::Database> m_database;
    core::DocumentTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_filter = nullptr;
    QLabel* m_facts = nullptr;
    QPlainTextEdit* m_reader = nullptr;
    QSplitter* m_splitter = nullptr;
    QLabel* m_status = nullptr;
    QFutureWatcher<core::Result<core::ImportSummary>> m_importWatcher;
    QProgressDialog* m_progress = nullptr;
    QString m_importDatabase;
};

} // namespace littoral::ui
