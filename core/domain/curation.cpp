// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/curation.h"

#include "core/domain/correspondentkey.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cstdlib>
#include <limits>

namespace littoral::core {
namespace {

QLatin1String key(const char* name) { return QLatin1String(name); }

// The occurrence of the evidence in `text` nearest where it was; nullopt when it is not there.
std::optional<Evidence> reanchored(const Evidence& evidence, const QString& text)
{
    if (evidence.text.isEmpty())
        return evidence;
    if (evidence.offset >= 0 && QStringView(text).mid(evidence.offset, evidence.text.size()) == evidence.text)
        return evidence;
    qsizetype best = -1;
    qsizetype bestDistance = std::numeric_limits<qsizetype>::max();
    for (qsizetype at = text.indexOf(evidence.text); at >= 0; at = text.indexOf(evidence.text, at + 1)) {
        const qsizetype distance = std::abs(at - std::max<qsizetype>(evidence.offset, 0));
        if (distance < bestDistance) {
            best = at;
            bestDistance = distance;
        }
    }
    if (best < 0)
        return std::nullopt;
    return Evidence { evidence.text, best };
}

// Index of the fact in `facts` that `same` matches, preferring the evidence nearest `offset`.
template <typename T, typename Same>
qsizetype findFact(const QList<T>& facts, const T& wanted, Same same)
{
    qsizetype best = -1;
    qsizetype bestDistance = std::numeric_limits<qsizetype>::max();
    for (qsizetype i = 0; i < facts.size(); ++i) {
        if (!same(facts[i], wanted))
            continue;
        const qsizetype distance = std::abs(facts[i].evidence.offset - wanted.evidence.offset);
        if (distance < bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

// Stored in English; attentionText() says them in the interface language.
constexpr const char* kAttentionContext = "littoral::core::Curation";
const char* const kEvidenceGoneSource = QT_TRANSLATE_NOOP("littoral::core::Curation", "its evidence is no longer in the text");
const char* const kFactGoneSource = QT_TRANSLATE_NOOP("littoral::core::Curation", "the fact it corrected is no longer extracted");
const QString kEvidenceGone = QString::fromLatin1(kEvidenceGoneSource);
const QString kFactGone = QString::fromLatin1(kFactGoneSource);

// Puts a user's fact into `facts`: re-anchored, replacing nothing, unless the same fact is there.
template <typename T, typename Same>
void addFact(QList<T>& facts, T fact, const QString& text, Same same, QString* attention)
{
    if (auto anchored = reanchored(fact.evidence, text)) {
        fact.evidence = *anchored;
    } else {
        fact.evidence = Evidence {};
        *attention = kEvidenceGone;
    }
    if (findFact(facts, fact, same) < 0)
        facts.append(fact);
}

template <typename T, typename Same>
void replaceFact(QList<T>& facts, const T& before, T after, const QString& text, Same same, QString* attention)
{
    const qsizetype at = findFact(facts, before, same);
    if (at < 0) {
        addFact(facts, after, text, same, attention);
        if (attention->isEmpty())
            *attention = kFactGone;
        return;
    }
    if (auto anchored = reanchored(after.evidence, text)) {
        after.evidence = *anchored;
    } else {
        after.evidence = Evidence {};
        *attention = kEvidenceGone;
    }
    facts[at] = after;
}

template <typename T, typename Same>
void removeFact(QList<T>& facts, const T& fact, Same same, QString* attention)
{
    const qsizetype at = findFact(facts, fact, same);
    if (at < 0)
        *attention = kFactGone;
    else
        facts.removeAt(at);
}

void applyChange(CuratedExtraction& curated, const QString& text, const Change& change, QString* attention)
{
    Extraction& ex = curated.extraction;
    const QJsonObject participantBefore = change.before.value(key("participant")).toObject();
    const QJsonObject participantAfter = change.after.value(key("participant")).toObject();
    const QJsonObject eventBefore = change.before.value(key("event")).toObject();
    const QJsonObject eventAfter = change.after.value(key("event")).toObject();
    switch (change.kind) {
    case ChangeKind::SetField: {
        const auto field = documentFieldFromName(change.after.value(key("field")).toString());
        if (!field || !setFieldValue(ex, *field, change.after.value(key("value")).toString())) {
            *attention = QStringLiteral("its value can no longer be read");
            return;
        }
        // Read from the text ("Use as …"): the words must still be there; a date keeps them as its evidence.
        if (change.after.contains(key("evidence"))) {
            const auto anchored = reanchored(evidenceFromJson(change.after.value(key("evidence")).toObject()), text);
            if (!anchored)
                *attention = kEvidenceGone;
            else if (*field == DocumentField::Date && ex.date)
                ex.date->evidence = *anchored;
        }
        return;
    }
    case ChangeKind::AddParticipant:
        addFact(ex.participants, participantFromJson(participantAfter), text, sameParticipant, attention);
        return;
    case ChangeKind::RemoveParticipant:
        removeFact(ex.participants, participantFromJson(participantBefore), sameParticipant, attention);
        return;
    case ChangeKind::UpdateParticipant:
        replaceFact(ex.participants, participantFromJson(participantBefore), participantFromJson(participantAfter),
            text, sameParticipant, attention);
        return;
    case ChangeKind::AddEvent:
        addFact(ex.events, eventFromJson(eventAfter), text, sameEvent, attention);
        return;
    case ChangeKind::RemoveEvent:
        removeFact(ex.events, eventFromJson(eventBefore), sameEvent, attention);
        return;
    case ChangeKind::UpdateEvent:
        replaceFact(ex.events, eventFromJson(eventBefore), eventFromJson(eventAfter), text, sameEvent, attention);
        return;
    case ChangeKind::Review:
        curated.reviewed = change.after.value(key("reviewed")).toBool();
        return;
    case ChangeKind::Merge:
    case ChangeKind::Split:
    case ChangeKind::Rename:
    case ChangeKind::SetKind:
    case ChangeKind::SetStory:
    case ChangeKind::SetChronology:
        return; // correspondents, stories, chronology: applied to their tables once, not replayed
    }
}

} // namespace

QString attentionText(const QString& storedReason)
{
    return QCoreApplication::translate(kAttentionContext, storedReason.toUtf8().constData());
}

CuratedExtraction curate(const Extraction& extracted, const QString& text, const QList<Change>& changes)
{
    CuratedExtraction curated { extracted, false, {} };
    for (const Change& change : changes) {
        // A revert's effect is the cancelling of its target, already accounted for by `active`.
        if (!change.active || change.reverts != 0 || !isDocumentChange(change.kind))
            continue;
        QString attention;
        applyChange(curated, text, change, &attention);
        if (!attention.isEmpty())
            curated.attention.insert(change.id, attention);
    }
    return curated;
}

bool sameParticipant(const Participant& a, const Participant& b)
{
    return a.role == b.role && a.kind == b.kind && correspondentKey(a.kind, a.name) == correspondentKey(b.kind, b.name);
}

bool sameEvent(const MentionedEvent& a, const MentionedEvent& b)
{
    return a.date == b.date && a.label.trimmed().compare(b.label.trimmed(), Qt::CaseInsensitive) == 0;
}

QJsonObject evidenceToJson(const Evidence& evidence)
{
    QJsonObject json { { key("text"), evidence.text } };
    json.insert(key("offset"), evidence.offset >= 0 ? QJsonValue(double(evidence.offset)) : QJsonValue());
    return json;
}

Evidence evidenceFromJson(const QJsonObject& json)
{
    const QJsonValue offset = json.value(key("offset"));
    return Evidence { json.value(key("text")).toString(), offset.isDouble() ? qsizetype(offset.toDouble()) : -1 };
}

QJsonObject participantToJson(const Participant& participant)
{
    return QJsonObject {
        { key("role"), roleName(participant.role) },
        { key("kind"), kindName(participant.kind) },
        { key("name"), participant.name },
        { key("title"), participant.title },
        { key("organization"), participant.organization },
        { key("evidence"), evidenceToJson(participant.evidence) },
        { key("confidence"), participant.confidence },
    };
}

Participant participantFromJson(const QJsonObject& json)
{
    Participant participant;
    participant.role = roleFromName(json.value(key("role")).toString()).value_or(ParticipantRole::Mentioned);
    participant.kind = kindFromName(json.value(key("kind")).toString()).value_or(CorrespondentKind::Person);
    participant.name = json.value(key("name")).toString();
    participant.title = json.value(key("title")).toString();
    participant.organization = json.value(key("organization")).toString();
    participant.evidence = evidenceFromJson(json.value(key("evidence")).toObject());
    participant.confidence = json.value(key("confidence")).toDouble();
    return participant;
}

QJsonObject eventToJson(const MentionedEvent& event)
{
    return QJsonObject {
        { key("label"), event.label },
        { key("date"), event.date.isValid() ? QJsonValue(event.date.toEdtf()) : QJsonValue() },
        { key("evidence"), evidenceToJson(event.evidence) },
    };
}

MentionedEvent eventFromJson(const QJsonObject& json)
{
    return MentionedEvent { json.value(key("label")).toString(), PartialDate::fromEdtf(json.value(key("date")).toString()),
        evidenceFromJson(json.value(key("evidence")).toObject()) };
}

QJsonObject extractionToJson(const Extraction& extraction)
{
    QJsonObject json {
        { key("type"), documentTypeName(extraction.type) },
        { key("language"), extraction.language },
        { key("title"), extraction.title },
        { key("place"), extraction.place },
        { key("cut_short"), extraction.cutShort },
    };
    if (extraction.date) {
        json.insert(key("date"), QJsonObject {
            { key("value"), extraction.date->date.toEdtf() },
            { key("evidence"), evidenceToJson(extraction.date->evidence) },
            { key("confidence"), extraction.date->confidence },
        });
    }
    QJsonArray participants;
    for (const Participant& participant : extraction.participants)
        participants.append(participantToJson(participant));
    json.insert(key("participants"), participants);
    QJsonArray events;
    for (const MentionedEvent& event : extraction.events)
        events.append(eventToJson(event));
    json.insert(key("events"), events);
    return json;
}

Extraction extractionFromJson(const QJsonObject& json)
{
    Extraction extraction;
    extraction.type = documentTypeFromName(json.value(key("type")).toString()).value_or(DocumentType::Other);
    extraction.language = json.value(key("language")).toString();
    extraction.title = json.value(key("title")).toString();
    extraction.place = json.value(key("place")).toString();
    extraction.cutShort = json.value(key("cut_short")).toBool();
    const QJsonObject date = json.value(key("date")).toObject();
    if (!date.isEmpty())
        extraction.date = DocumentDate { PartialDate::fromEdtf(date.value(key("value")).toString()),
            evidenceFromJson(date.value(key("evidence")).toObject()), date.value(key("confidence")).toDouble() };
    for (const QJsonValue& participant : json.value(key("participants")).toArray())
        extraction.participants.append(participantFromJson(participant.toObject()));
    for (const QJsonValue& event : json.value(key("events")).toArray())
        extraction.events.append(eventFromJson(event.toObject()));
    return extraction;
}

QString fieldValue(const Extraction& extraction, DocumentField field)
{
    switch (field) {
    case DocumentField::Type:
        return documentTypeName(extraction.type);
    case DocumentField::Language:
        return extraction.language;
    case DocumentField::Title:
        return extraction.title;
    case DocumentField::Place:
        return extraction.place;
    case DocumentField::Date:
        return extraction.date ? extraction.date->date.toEdtf() : QString();
    }
    return {};
}

bool setFieldValue(Extraction& extraction, DocumentField field, const QString& value, QString* error)
{
    const QString trimmed = value.trimmed();
    switch (field) {
    case DocumentField::Type: {
        const auto type = documentTypeFromName(trimmed);
        if (!type) {
            if (error)
            {
                QStringList names;
                for (const DocumentType known : kDocumentTypes)
                    names << documentTypeName(known);
                *error = QStringLiteral("\"%1\" is not a document type; use one of %2.").arg(trimmed, names.join(QStringLiteral(", ")));
            }
            return false;
        }
        extraction.type = *type;
        return true;
    }
    case DocumentField::Language:
        extraction.language = trimmed.toLower();
        return true;
    case DocumentField::Title:
        extraction.title = trimmed;
        return true;
    case DocumentField::Place:
        extraction.place = trimmed;
        return true;
    case DocumentField::Date: {
        if (trimmed.isEmpty()) {
            extraction.date.reset();
            return true;
        }
        const PartialDate date = PartialDate::fromEdtf(trimmed);
        if (!date.isValid()) {
            if (error)
                *error = QStringLiteral("\"%1\" is not a date Littoral understands; write it like 2016-10-24, "
                                        "2016-10 or 2016 (add ~ when approximate).")
                             .arg(trimmed);
            return false;
        }
        // Same date as extracted: keep the sentence it was read from.
        if (!extraction.date || extraction.date->date != date)
            extraction.date = DocumentDate { date, Evidence {}, 1.0 };
        return true;
    }
    }
    return false;
}

} // namespace littoral::core
