// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/export/dataexporter.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace littoral::core {
class SelectionState;
} // namespace littoral::core

namespace littoral::ui {

class Retranslator;

// File ▸ Export Data: the current selection (said in words, with its count) or the whole corpus, in
// one of the data formats, to a file (a folder for CSV). The export runs on the work pool with its own
// read-only connection to `databasePath`, with progress and Cancel; the dialog then reports what was
// written or why nothing was. GUI thread.
class ExportDataDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDataDialog)
public:
    // Above this many slides TimelineJS is hard to read and slow: the dialog warns.
    static constexpr int kTimelineJsSlideWarning = 300;

    ExportDataDialog(core::SelectionState* selection, const QString& databasePath, QWidget* parent = nullptr);
    ~ExportDataDialog() override;

    void setSelectionOnly(bool selectionOnly);
    bool isSelectionOnly() const;
    void setFormat(core::ExportFormat format);
    core::ExportFormat format() const;
    void setDestination(const QString& path);
    QString destination() const;
    // The rows the export would write: the selection's accepted rows, or all.
    QList<qsizetype> rows() const;

    void startExport();
    void cancelExport();
    bool isRunning() const { return m_watcher.isRunning(); }

    QLabel* warningLabel() const { return m_warning; }
    QLabel* reportLabel() const { return m_report; }
    QProgressBar* progressBar() const { return m_progress; }
    QPushButton* exportButton() const { return m_exportButton; }
    QPushButton* cancelButton() const { return m_cancelButton; }
    QLabel* selectionLabel() const { return m_selectionSummary; }

    void reject() override; // Escape or Close: cancels a running export first

signals:
    // The export ended: written (true), or failed or cancelled (false); the report says which.
    void exportFinished(bool written);

private:
    void retranslate();
    void formatChanged();
    void updateScope();
    void updateWarning();
    void chooseDestination();
    void exportDone();
    void showReport();
    void setRunning(bool running);
    QString defaultDestination(core::ExportFormat format) const;
    QString countsReport(const core::ExportCounts& counts) const;

    core::SelectionState* m_selection = nullptr;
    QString m_databasePath;
    QRadioButton* m_selectionScope = nullptr;
    QRadioButton* m_allScope = nullptr;
    QLabel* m_selectionSummary = nullptr;
    QLabel* m_formatLabel = nullptr;
    QComboBox* m_format = nullptr;
    QLabel* m_formatHelp = nullptr;
    QLabel* m_warning = nullptr;
    QLabel* m_destinationLabel = nullptr;
    QLineEdit* m_destination = nullptr;
    QPushButton* m_browse = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_report = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_closeButton = nullptr;
    Retranslator* m_retranslator = nullptr;
    QFutureWatcher<core::Result<core::ExportCounts>> m_watcher;
    core::ExportFormat m_runningFormat = core::ExportFormat::Json;
    QString m_runningDestination;
    int m_runningRows = 0;
    std::optional<core::Result<core::ExportCounts>> m_lastResult; // of the last export, for the report
    // Polled by the worker, which always hands its result back: a Cancel clicked after the file was
    // committed still reports the file that is there.
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace littoral::ui
