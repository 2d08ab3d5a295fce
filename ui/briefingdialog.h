// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QFutureWatcher>
#include <QString>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace littoral::core {
class SelectionState;
}

namespace littoral::ui {

class Retranslator;

// File ▸ Briefing…: the briefing pack of the current selection — title, extracts ticked, PDF or ODT,
// where to — built off the GUI thread with progress and Cancel (the figures are recorded here first).
// GUI thread.
class BriefingDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BriefingDialog)
public:
    // What one build ended with.
    struct Outcome {
        bool written = false;
        bool cancelled = false;
        QString message; // the error, said to a person
    };

    BriefingDialog(core::SelectionState* selection, const QString& databasePath, QWidget* parent = nullptr);
    ~BriefingDialog() override;

    QLineEdit* titleField() const { return m_title; }
    QListWidget* documentList() const { return m_documents; }
    QComboBox* formatBox() const { return m_format; }
    QLineEdit* pathField() const { return m_path; }
    QLabel* statusLabel() const { return m_status; }
    bool isBuilding() const { return m_watcher.isRunning(); }
    // The ids ticked for extracts, in list order.
    QList<qint64> tickedDocuments() const;
    void tickAll(bool ticked);

    void build();
    void cancelBuild();

signals:
    void built(bool written); // false: failed or cancelled

private:
    void chooseFile();
    void formatChosen();
    void onBuilt();
    void fillDocuments();
    void retranslateDocuments();
    void setBuilding(bool building);

    core::SelectionState* m_selection = nullptr;
    QString m_databasePath;
    QString m_writtenPath;
    bool m_titleEdited = false;
    QLineEdit* m_title = nullptr;
    QLabel* m_filters = nullptr;
    QListWidget* m_documents = nullptr;
    QPushButton* m_all = nullptr;
    QPushButton* m_none = nullptr;
    QComboBox* m_format = nullptr;
    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_build = nullptr;
    QPushButton* m_show = nullptr;
    QFutureWatcher<Outcome> m_watcher;
    Retranslator* m_retranslator = nullptr;
};

} // namespace littoral::ui
