// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/document.h"
#include "core/extract/dateparser.h"
#include "core/extract/plausibledate.h"
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
    // Dates outside PlausibleDate's range (before 1900, after the year after `today`) are never taken.
    static Found find(const TextLines& lines, const QList<DateMention>& mentions, QDate today = PlausibleDate::today());
    static Found find(const TextLines& lines, const QList<DateMention>& mentions, ExtractionBudget& budget,
        QDate today = PlausibleDate::today());
    // The town of the sender's own address when the date line names no place: the postcode line of
    // the letterhead (first paragraph, "62100 CALAIS", "Leeds LS1 4DT") or of the footer after the
    // signature ("Préfecture du Pas-de-Calais – Rue Ferdinand Buisson – 62020 ARRAS Cedex 9").
    // The recipient's address block (courtesy title, "À l'attention de", "To:") is never read.
    static QString senderAddressPlace(const TextLines& lines, qsizetype dateLine);
};

} // namespace littoral::core
