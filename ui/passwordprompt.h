// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/importjob.h"

#include <QDialog>
#include <QHash>
#include <QSet>

class QLabel;
class QLineEdit;
class QPushButton;

namespace littoral::ui {

// After an import in the window: asks, one file at a time, for the password of each PDF the import
// reported "password-protected" (Open, Skip, Skip All); the window imports those again with
// ImportOptions::passwords. GUI thread.
class PasswordPrompt final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordPrompt)
public:
    enum class Answer { Open, Skip, SkipAll };

    explicit PasswordPrompt(QWidget* parent = nullptr);

    // `retry`: the password given for it last time did not open it.
    void setFile(const QString& path, bool retry);
    QString password() const;
    Answer answer() const { return m_answer; }
    QLineEdit* passwordField() const { return m_field; }
    QPushButton* skipButton() const { return m_skip; }
    QPushButton* skipAllButton() const { return m_skipAll; }

    // The absolute paths of the files `summary` reports password-protected: a file's, or an
    // attachment's ("/a/msg.eml/scan.pdf", "/a/2016.mbox#3/scan.pdf"), as ImportOptions::passwords keys them.
    static QStringList protectedFiles(const core::ImportSummary& summary);
    // What to import again to read them: the files holding them (the message, the mbox), once each.
    static QStringList filesHolding(const QStringList& paths);
    // Asks for each of `files` in turn; the passwords given, by path (a skipped file has none).
    static QHash<QString, QString> ask(QWidget* parent, const QStringList& files, const QSet<QString>& retried = {});

private:
    void retranslate();

    QLabel* m_label;
    QLineEdit* m_field;
    QPushButton* m_open;
    QPushButton* m_skip;
    QPushButton* m_skipAll;
    QString m_path;
    bool m_retry = false;
    Answer m_answer = Answer::Skip;
};

} // namespace littoral::ui
