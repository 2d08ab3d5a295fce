// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;

namespace littoral::ui {

// Help ▸ About Littoral: the version, the licence and what it allows, and the versions of the
// libraries in use (Qt at run time and at build time, SQLite, igraph), for a bug report. GUI thread.
class AboutDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)
public:
    explicit AboutDialog(QWidget* parent = nullptr);

    // The text shown, without markup.
    QString text() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_label;
};

} // namespace littoral::ui
