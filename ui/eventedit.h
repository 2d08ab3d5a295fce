// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVariantMap>
#include <QWidget>

class QLineEdit;

namespace littoral::ui {

class DateEdit;

// The facts table's inline editor of one mentioned event: its date (typed as a person writes it) and
// its label; Enter commits both as one correction. GUI thread.
class EventEdit final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventEdit)
public:
    explicit EventEdit(QWidget* parent = nullptr);

    // The map FactsModel edits: {date, label}.
    QVariantMap value() const;
    void setValue(const QVariantMap& value);
    DateEdit* dateEdit() const { return m_date; }
    QLineEdit* labelEdit() const { return m_label; }

private:
    DateEdit* m_date = nullptr;
    QLineEdit* m_label = nullptr;
};

} // namespace littoral::ui
