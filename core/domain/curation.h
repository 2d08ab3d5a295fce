// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/change.h"
#include "core/domain/document.h"

#include <QHash>
#include <QJsonObject>

namespace littoral::core {

// What a document looks like once the user's changes are laid over what extraction found.
struct CuratedExtraction {
    Extraction extraction;
    bool reviewed = false;
    // Changes that could not be applied as made, by change id: why (English). A change keeps its
    // value when only its evidence is gone (the evidence offset becomes -1).
    QHash<qint64, QString> attention;
};

// Why a change needs attention, in the interface language (the reason is stored in English, so a
// corpus reads the same whatever language the window speaks; unknown reasons pass through).
QString attentionText(const QString& storedReason);

// Replays the active document changes of one document, oldest first, on its extraction. `text` is
// the document's current text: a change made on another version of the file finds its evidence
// again there (the occurrence nearest the old offset), or is flagged. Pure and thread-safe.
CuratedExtraction curate(const Extraction& extracted, const QString& text, const QList<Change>& changes);

// The same fact in two extractions: participants by role, kind and name (folded), events by label
// and date; evidence offsets break ties.
bool sameParticipant(const Participant& a, const Participant& b);
bool sameEvent(const MentionedEvent& a, const MentionedEvent& b);

// JSON of facts, as the export writes them (without "corrected"/"original").
QJsonObject participantToJson(const Participant& participant);
Participant participantFromJson(const QJsonObject& json);
QJsonObject eventToJson(const MentionedEvent& event);
MentionedEvent eventFromJson(const QJsonObject& json);
QJsonObject evidenceToJson(const Evidence& evidence);
Evidence evidenceFromJson(const QJsonObject& json);
// The whole extraction, for keeping what extraction said next to a corrected document.
QJsonObject extractionToJson(const Extraction& extraction);
Extraction extractionFromJson(const QJsonObject& json);

// A document field's value as the export writes it, and putting one back (InvalidInput-style message
// in `error` when it does not fit; the extraction is then unchanged).
QString fieldValue(const Extraction& extraction, DocumentField field);
bool setFieldValue(Extraction& extraction, DocumentField field, const QString& value, QString* error = nullptr);

} // namespace littoral::core
