// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/document.h"
#include "core/extract/dateparser.h"
#include "core/extract/textlines.h"

namespace littoral::core {

// Picks the date a document was written and the place written with it ("Paris, le 20 juin 2017"),
// never a "Published on", "Imprimé le", fax stamp, reply reference or a date about another event.
class DocumentDateFinder final {
public:
    struct Found {
        std::optional<DocumentDate> date;
        QString place;
        qsizetype line = -1;            // line of the date, -1 when none
        qsizetype mentionIndex = -1;    // index in the mentions passed in
    };
    static Found find(const TextLines& lines, const QList<DateMention>& mentions);
};

} // namespace littoral::core
