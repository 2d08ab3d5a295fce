// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace littoral::ui {

// What to do when there is nothing to show (no corpus open, or one without documents): a note
// centred over the views, which are blank then, saying how to bring documents in. It lets the mouse
// and drops through to the window below. GUI thread.
class EmptyCorpusHint final : public QLabel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyCorpusHint)
public:
    // Centred over `covered`, which must be a descendant of `parent`'s window.
    EmptyCorpusHint(QWidget* covered, QWidget* parent);

    // Shown while `documents` is 0.
    void setDocumentCount(int documents);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void place();
    void retranslate();

    QWidget* m_covered;
};

} // namespace littoral::ui
