// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>
#include <vector>

class QAbstractItemModel;
class QWidget;

namespace littoral::ui {

// Keeps a widget's words in the interface language. Each add()ed function sets some texts
// (action->setText(tr("…")), a tooltip, a label) and runs at once, then again whenever the
// application's language changes (QEvent::LanguageChange reaching the watched widget), so
// View ▸ Language retranslates every open window without rebuilding it.
//   m_retranslator.add([this] { m_openAction->setText(tr("&Open Corpus Folder…")); });
class Retranslator : public QObject {
    Q_OBJECT
public:
    explicit Retranslator(QWidget* watched);

    void add(std::function<void()> apply);
    // Runs every function again (also done on each LanguageChange).
    void retranslate();

signals:
    // After the functions ran: for what is not a plain setText (cached labels, models' headers).
    void languageChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    std::vector<std::function<void()>> m_appliers;
};

// Tells a model's views that its headers read differently now: the models say their words and dates
// with tr() and QLocale() on each call, so the headers are fetched again (the cells are, when painted).
void refreshTexts(QAbstractItemModel* model);

} // namespace littoral::ui
