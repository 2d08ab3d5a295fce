// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/document.h"
#include "core/extract/dateparser.h"
#include "core/extract/plausibledate.h"

namespace littoral::core {

// Earlier (or later) dated events a document mentions: "la fermeture de Sangatte en décembre 2002",
// "à l'automne dernier", "le communiqué … publié le 14 juin". Year-less and relative dates are resolved
// against the document's own date; without one they are dropped rather than guessed.
class EventExtractor final {
public:
    // Dates outside PlausibleDate's range (before 1900, after the year after `today`) are not events.
    static QList<MentionedEvent> extract(const QString& text, const QList<DateMention>& mentions,
        qsizetype documentDateMention, const PartialDate& documentDate, QDate today = PlausibleDate::today());
    static QList<MentionedEvent> extract(const QString& text, const QList<DateMention>& mentions,
        qsizetype documentDateMention, const PartialDate& documentDate, ExtractionBudget& budget,
        QDate today = PlausibleDate::today());
};

} // namespace littoral::core
