// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/emptycorpushint.h"

#include <QEvent>
#include <QKeySequence>

#include <algorithm>

namespace littoral::ui {

EmptyCorpusHint::EmptyCorpusHint(QWidget* covered, QWidget* parent)
    : QLabel(parent)
    , m_covered(covered)
{
    setObjectName(QStringLiteral("emptyCorpusHint"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setWordWrap(true);
    setAlignment(Qt::AlignCenter);
    setTextFormat(Qt::PlainText);
    setMargin(18);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);
    QFont larger = font();
    larger.setPointSizeF(larger.pointSizeF() * 1.15);
    setFont(larger);
    m_covered->installEventFilter(this);
    retranslate();
    place();
}

void EmptyCorpusHint::setDocumentCount(int documents)
{
    setVisible(documents == 0);
    place();
    raise();
}

void EmptyCorpusHint::place()
{
    constexpr int kMaxWidth = 520;
    const QRect area(m_covered->mapTo(parentWidget(), QPoint(0, 0)), m_covered->size());
    const int width = std::min(kMaxWidth, std::max(area.width() - 40, 200));
    const int height = heightForWidth(width);
    setGeometry(QRect(0, 0, width, height > 0 ? height : sizeHint().height()).translated(area.center() - QPoint(width / 2, height / 2)));
}

void EmptyCorpusHint::retranslate()
{
    const QString open = QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText);
    setText(tr("No documents yet — open a folder (File ▸ Open Corpus Folder…, %1) or drop files here.").arg(open));
    place();
}

bool EmptyCorpusHint::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_covered && (event->type() == QEvent::Resize || event->type() == QEvent::Move))
        place();
    return QLabel::eventFilter(watched, event);
}

void EmptyCorpusHint::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLabel::changeEvent(event);
}

} // namespace littoral::ui
