// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QTextBrowser;

namespace littoral::ui {

// Help ▸ Getting started: what each view shows and how to use it, and a table of the keyboard
// shortcuts read from the window's own actions, so the page never lists a key that is gone. Built
// anew each time it is shown and when the interface language changes. GUI thread.
class GettingStartedDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GettingStartedDialog)
public:
    // One row of the shortcuts table: the menu it sits in ("" outside the menus), its text without
    // the '&' mnemonics, and its shortcuts in the platform's own notation.
    struct Shortcut {
        QString group;
        QString action;
        QString keys;
    };

    // `window`: whose actions the shortcuts table lists (its menu bar first, in menu order).
    explicit GettingStartedDialog(QWidget* window, QWidget* parent = nullptr);

    QTextBrowser* browser() const { return m_browser; }
    // Builds the page again (done on show and on a language change).
    void rebuild();
    static QList<Shortcut> shortcuts(QWidget* window);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QString pageHtml() const;

    QWidget* m_window;
    QTextBrowser* m_browser;
};

} // namespace littoral::ui
