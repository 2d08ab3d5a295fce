// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

class QLabel;

namespace littoral::ui {

// A line edit for a date typed the way a person writes it ("7 févr. 2017", "vers 2016"), read as the
// session will read it (TypedDateReader), with what it reads as shown inside the field on the right
// while typing: "2016~ · year, approximate", or why it cannot be read. GUI thread.
class DateEdit final : public QLineEdit {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DateEdit)
public:
    explicit DateEdit(QWidget* parent = nullptr);

    // Whether the text reads as a date (an empty text reads as none, which `allowEmpty` accepts).
    bool isReadable() const;
    void setAllowEmpty(bool allowEmpty);
    QString preview() const;

private:
    void updatePreview();
    void resizeEvent(QResizeEvent* event) override;
    void placePreview();

    QLabel* m_preview = nullptr;
    bool m_allowEmpty = true;
    bool m_readable = true;
};

} // namespace littoral::ui
