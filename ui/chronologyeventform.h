// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/chronologyevent.h"

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace littoral::ui {

// The form of one chronology event (Add or Edit in File ▸ Chronology…): its date (EDTF, an interval
// "A/B", or a date typed as people write it), both labels, both descriptions and the source URL,
// checked before it is accepted, each problem said in a sentence. GUI thread.
class ChronologyEventForm final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChronologyEventForm)
public:
    // `takenIds`: the ids already in the chronology (a new event's id is made unlike them).
    ChronologyEventForm(const core::ChronologyEvent& event, QStringList takenIds, QWidget* parent = nullptr);

    // The event as filled in (valid only once accepted, or when problems() is empty).
    core::ChronologyEvent event() const;
    // What keeps the form from being accepted, one sentence each; empty when it can be.
    QStringList problems() const;
    void accept() override;

    QLineEdit* dateEdit() const { return m_date; }
    QLineEdit* labelFrEdit() const { return m_labelFr; }
    QLineEdit* labelEnEdit() const { return m_labelEn; }
    QPlainTextEdit* descriptionFrEdit() const { return m_descriptionFr; }
    QPlainTextEdit* descriptionEnEdit() const { return m_descriptionEn; }
    QLineEdit* sourceEdit() const { return m_source; }
    QLabel* messageLabel() const { return m_message; }

private:
    // The date field read as an event's start and end; false when it is not a date.
    bool readDate(core::ChronologyEvent& event) const;

    core::ChronologyEvent m_event;
    QStringList m_takenIds;
    QLineEdit* m_date;
    QLineEdit* m_labelFr;
    QLineEdit* m_labelEn;
    QPlainTextEdit* m_descriptionFr;
    QPlainTextEdit* m_descriptionEn;
    QLineEdit* m_source;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
};

} // namespace littoral::ui
