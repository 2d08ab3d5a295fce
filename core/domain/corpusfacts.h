// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/document.h"

#include <QDate>

namespace littoral::core {

// One correspondent's part in one document (the rows the graph and the filters are built from).
struct Participation {
    qint64 documentId = 0;
    qint64 correspondentId = 0;
    ParticipantRole role = ParticipantRole::Sender;
};

// A dated event that a document mentions, for the timeline's event layer.
struct DatedEvent {
    qint64 documentId = 0;
    QString label;
    PartialDate date;
    QDate start; // first and last day the date can mean
    QDate end;
};

} // namespace littoral::core
