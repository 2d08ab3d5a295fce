// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/partialdate.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace littoral::core {

// One event of a chronology (the Calais chronology bundled under resources/chronology/, or one a user
// loads or edits): what happened, when, and the public source that states the date. Not a document and
// not a fact of one: the documents answer to it, and their mentioned events are linked to it
// (ChronologyIndex). Plain value, any thread.
struct ChronologyEvent {
    // Stable key: a story step and a user's edit refer to the event by it ("2016-10-24-jungle-evacuation").
    QString id;
    // The date, or the span's first date; `end` is the span's last date (invalid for a single date).
    PartialDate start;
    PartialDate end;
    QString labelFr;
    QString labelEn;
    QString descriptionFr;
    QString descriptionEn;
    QString sourceUrl; // http(s) URL of a public page that states the date
    bool bundled = false; // from the bundled file (not stored in the corpus unless edited)

    bool isValid() const { return !id.isEmpty() && start.isValid(); }
    bool isSpan() const { return end.isValid(); }
    // First and last day the event can mean (span: start's first to end's last).
    QDate firstDay() const { return start.firstDay(); }
    QDate lastDay() const { return (end.isValid() ? end : start).lastDay(); }
    // "2016-10-24" or "2016-10-24/2016-10-26" (EDTF interval).
    QString edtf() const;
    // Parses a date or an EDTF interval "A/B" into start/end; false (unchanged) when it is neither, or
    // when B is before A.
    bool setEdtf(const QString& edtf);
    // The label and description in the interface language (French when it is French, else English;
    // falls back to the other when one is empty).
    QString label() const;
    QString description() const;

    // {"id", "date" (EDTF), "label_fr", "label_en", "description_fr", "description_en", "source"}: the
    // same keys as the bundled CSV's columns. fromJson() leaves the event invalid when id or date is
    // missing or unreadable.
    QJsonObject toJson() const;
    static ChronologyEvent fromJson(const QJsonObject& object);

    friend bool operator==(const ChronologyEvent&, const ChronologyEvent&) = default;
};

} // namespace littoral::core
