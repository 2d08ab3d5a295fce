// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/palette.h"

namespace littoral::render {

using core::DocumentType;
using core::ParticipantRole;

QColor Palette::type(DocumentType type)
{
    switch (type) {
    case DocumentType::Letter:
        return QColor(0x00, 0x72, 0xB2); // blue
    case DocumentType::OpenLetter:
        return QColor(0xD5, 0x5E, 0x00); // vermilion
    case DocumentType::PressRelease:
        return QColor(0x00, 0x9E, 0x73); // bluish green
    case DocumentType::Email:
        return QColor(0xCC, 0x79, 0xA7); // reddish purple
    case DocumentType::Other:
        return QColor(0x99, 0x99, 0x99); // grey
    }
    return Qt::gray;
}

QColor Palette::role(ParticipantRole role)
{
    switch (role) {
    case ParticipantRole::Sender:
        return QColor(0x00, 0x72, 0xB2); // blue
    case ParticipantRole::Recipient:
        return QColor(0x00, 0x9E, 0x73); // bluish green
    case ParticipantRole::Cc:
        return QColor(0xCC, 0x79, 0xA7); // reddish purple
    case ParticipantRole::Mentioned:
        return QColor(0x56, 0xB4, 0xE9); // sky blue
    }
    return Qt::gray;
}

QColor Palette::date() { return QColor(0xE6, 0x9F, 0x00); }      // orange
QColor Palette::event() { return QColor(0xD5, 0x5E, 0x00); }     // vermilion
QColor Palette::chronology(bool onDark)
{
    // Neither a type's hue nor the events' vermilion: the chronology is context, not the corpus.
    return onDark ? QColor(0xB4, 0xC3, 0xD3) : QColor(0x2F, 0x3E, 0x4E);
}
QColor Palette::community(int index)
{
    static const QColor colours[communityCount()] = {
        QColor(0xE6, 0x9F, 0x00), // orange
        QColor(0x56, 0xB4, 0xE9), // sky blue
        QColor(0x00, 0x9E, 0x73), // bluish green
        QColor(0xCC, 0x79, 0xA7), // reddish purple
        QColor(0x00, 0x72, 0xB2), // blue
        QColor(0xD5, 0x5E, 0x00), // vermilion
    };
    return index >= 0 && index < communityCount() ? colours[index] : QColor(0x99, 0x99, 0x99);
}
QColor Palette::searchHit() { return QColor(0xF0, 0xE4, 0x42); } // yellow
QColor Palette::selection() { return QColor(0x00, 0x00, 0x00); } // outlines: black on light, drawn white on dark

} // namespace littoral::render
