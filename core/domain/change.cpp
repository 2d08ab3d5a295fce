// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/change.h"

#include "core/domain/enumnames.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace littoral::core {
namespace {

constexpr std::pair<DocumentField, const char*> kFields[] = {
    { DocumentField::Type, "type" },
    { DocumentField::Language, "language" },
    { DocumentField::Title, "title" },
    { DocumentField::Date, "date" },
    { DocumentField::Place, "place" },
};
constexpr std::pair<ChangeKind, const char*> kKinds[] = {
    { ChangeKind::SetField, "set_field" },
    { ChangeKind::AddParticipant, "add_participant" },
    { ChangeKind::RemoveParticipant, "remove_participant" },
    { ChangeKind::UpdateParticipant, "update_participant" },
    { ChangeKind::AddEvent, "add_event" },
    { ChangeKind::RemoveEvent, "remove_event" },
    { ChangeKind::UpdateEvent, "update_event" },
    { ChangeKind::Review, "review" },
    { ChangeKind::Merge, "merge" },
    { ChangeKind::Split, "split" },
    { ChangeKind::Rename, "rename" },
    { ChangeKind::SetKind, "set_kind" },
    { ChangeKind::SetStory, "set_story" },
    { ChangeKind::SetChronology, "set_chronology" },
};
constexpr std::pair<ChangeOrigin, const char*> kOrigins[] = {
    { ChangeOrigin::Edit, "edit" },
    { ChangeOrigin::Undo, "undo" },
    { ChangeOrigin::Redo, "redo" },
    { ChangeOrigin::Revert, "revert" },
};

QString participantText(const QJsonObject& participant)
{
    if (participant.isEmpty())
        return QStringLiteral("—");
    QString text = participant.value(QLatin1String("name")).toString();
    const QString role = participant.value(QLatin1String("role")).toString();
    if (!role.isEmpty())
        text += QStringLiteral(" (%1)").arg(role);
    return text;
}

QString eventText(const QJsonObject& event)
{
    if (event.isEmpty())
        return QStringLiteral("—");
    const QString date = event.value(QLatin1String("date")).toString();
    const QString label = event.value(QLatin1String("label")).toString();
    return date.isEmpty() ? label : date + QStringLiteral(" ") + label;
}

QString sideText(ChangeKind kind, const QJsonObject& side)
{
    switch (kind) {
    case ChangeKind::SetField: {
        const QString value = side.value(QLatin1String("value")).toString();
        return value.isEmpty() ? QStringLiteral("—") : value;
    }
    case ChangeKind::AddParticipant:
    case ChangeKind::RemoveParticipant:
    case ChangeKind::UpdateParticipant:
        return participantText(side.value(QLatin1String("participant")).toObject());
    case ChangeKind::AddEvent:
    case ChangeKind::RemoveEvent:
    case ChangeKind::UpdateEvent:
        return eventText(side.value(QLatin1String("event")).toObject());
    case ChangeKind::Review:
        if (!side.contains(QLatin1String("reviewed")))
            return QStringLiteral("—");
        return side.value(QLatin1String("reviewed")).toBool() ? QStringLiteral("reviewed") : QStringLiteral("unreviewed");
    case ChangeKind::Merge: {
        if (side.contains(QLatin1String("into")))
            return side.value(QLatin1String("into")).toObject().value(QLatin1String("name")).toString();
        QStringList names;
        for (const QJsonValue& merged : side.value(QLatin1String("merged")).toArray())
            names.append(merged.toObject().value(QLatin1String("name")).toString());
        return names.join(QStringLiteral(", "));
    }
    case ChangeKind::Split:
        if (side.contains(QLatin1String("from")))
            return side.value(QLatin1String("from")).toObject().value(QLatin1String("name")).toString();
        return side.value(QLatin1String("name")).toString();
    case ChangeKind::Rename:
        return side.value(QLatin1String("name")).toString();
    case ChangeKind::SetKind:
        return side.value(QLatin1String("kind")).toString();
    case ChangeKind::SetStory:
        if (!side.contains(QLatin1String("story")))
            return QCoreApplication::translate("littoral::core::Change", "none", "a story that does not exist");
        return side.value(QLatin1String("story")).toObject().value(QLatin1String("title")).toString();
    case ChangeKind::SetChronology: {
        QStringList labels;
        for (const QJsonValue& entry : side.value(QLatin1String("events")).toArray()) {
            const QJsonObject e = entry.toObject();
            if (e.value(QLatin1String("deleted")).toBool())
                labels.append(QCoreApplication::translate("littoral::core::Change", "(deleted)"));
            else if (e.contains(QLatin1String("event")))
                labels.append(e.value(QLatin1String("event")).toObject().value(QLatin1String("label_en")).toString());
            else
                labels.append(QCoreApplication::translate("littoral::core::Change", "(as bundled)"));
        }
        if (labels.size() > 3)
            return QCoreApplication::translate("littoral::core::Change", "%n event(s)", nullptr, int(labels.size()));
        return labels.join(QStringLiteral(", "));
    }
    }
    return {};
}

// A document field's name for a person, in the interface language ("Date", "Lieu").
QString fieldLabel(const QString& field)
{
    const std::optional<DocumentField> known = documentFieldFromName(field);
    if (!known)
        return field.left(1).toUpper() + field.mid(1);
    switch (*known) {
    case DocumentField::Date:
        return QCoreApplication::translate("littoral::core::Change", "Date");
    case DocumentField::Type:
        return QCoreApplication::translate("littoral::core::Change", "Type");
    case DocumentField::Language:
        return QCoreApplication::translate("littoral::core::Change", "Language");
    case DocumentField::Place:
        return QCoreApplication::translate("littoral::core::Change", "Place");
    case DocumentField::Title:
        return QCoreApplication::translate("littoral::core::Change", "Title");
    }
    return field;
}

} // namespace

QString documentFieldName(DocumentField field) { return enumName(field, kFields); }
std::optional<DocumentField> documentFieldFromName(QAnyStringView name) { return enumFromName(name, kFields); }
QString changeKindName(ChangeKind kind) { return enumName(kind, kKinds); }
std::optional<ChangeKind> changeKindFromName(QAnyStringView name) { return enumFromName(name, kKinds); }
QString changeOriginName(ChangeOrigin origin) { return enumName(origin, kOrigins); }
std::optional<ChangeOrigin> changeOriginFromName(QAnyStringView name) { return enumFromName(name, kOrigins); }

bool isCorrespondentChange(ChangeKind kind)
{
    return kind == ChangeKind::Merge || kind == ChangeKind::Split || kind == ChangeKind::Rename
        || kind == ChangeKind::SetKind;
}

bool isDocumentChange(ChangeKind kind)
{
    return !isCorrespondentChange(kind) && kind != ChangeKind::SetStory && kind != ChangeKind::SetChronology;
}

QString Change::beforeText() const { return sideText(kind, before); }
QString Change::afterText() const { return sideText(kind, after); }

QString Change::summary() const
{
    QString what;
    switch (kind) {
    case ChangeKind::SetField: {
        const QString field = after.value(QLatin1String("field")).toString(before.value(QLatin1String("field")).toString());
        what = QCoreApplication::translate("littoral::core::Change", "%1 of %2", "a document field of a document: Date of letter-1.txt").arg(fieldLabel(field), source);
        break;
    }
    case ChangeKind::AddParticipant:
        what = QCoreApplication::translate("littoral::core::Change", "Participant added to %1").arg(source);
        break;
    case ChangeKind::RemoveParticipant:
        what = QCoreApplication::translate("littoral::core::Change", "Participant removed from %1").arg(source);
        break;
    case ChangeKind::UpdateParticipant:
        what = QCoreApplication::translate("littoral::core::Change", "Participant of %1").arg(source);
        break;
    case ChangeKind::AddEvent:
        what = QCoreApplication::translate("littoral::core::Change", "Event added to %1").arg(source);
        break;
    case ChangeKind::RemoveEvent:
        what = QCoreApplication::translate("littoral::core::Change", "Event removed from %1").arg(source);
        break;
    case ChangeKind::UpdateEvent:
        what = QCoreApplication::translate("littoral::core::Change", "Event of %1").arg(source);
        break;
    case ChangeKind::Review:
        what = QCoreApplication::translate("littoral::core::Change", "Review of %1").arg(source);
        break;
    case ChangeKind::Merge:
        what = QCoreApplication::translate("littoral::core::Change", "Merge");
        break;
    case ChangeKind::Split:
        // An undo swaps the sides: the correspondent split out is then on the before side.
        what = QCoreApplication::translate("littoral::core::Change", "Split of %1").arg(after.value(QLatin1String("name")).toString(before.value(QLatin1String("name")).toString()));
        break;
    case ChangeKind::Rename:
        what = QCoreApplication::translate("littoral::core::Change", "Rename");
        break;
    case ChangeKind::SetKind:
        what = QCoreApplication::translate("littoral::core::Change", "Kind of %1").arg(before.value(QLatin1String("name")).toString(after.value(QLatin1String("name")).toString()));
        break;
    case ChangeKind::SetStory:
        what = QCoreApplication::translate("littoral::core::Change", "Story");
        break;
    case ChangeKind::SetChronology:
        what = QCoreApplication::translate("littoral::core::Change", "Chronology");
        break;
    }
    if (origin == ChangeOrigin::Undo)
        what = QCoreApplication::translate("littoral::core::Change", "Undo: %1").arg(what);
    else if (origin == ChangeOrigin::Redo)
        what = QCoreApplication::translate("littoral::core::Change", "Redo: %1").arg(what);
    else if (origin == ChangeOrigin::Revert)
        what = QCoreApplication::translate("littoral::core::Change", "Revert: %1").arg(what);
    return QCoreApplication::translate("littoral::core::Change", "%1: %2 → %3", "what changed: before → after").arg(what, beforeText(), afterText());
}

void markActive(QList<Change>& changes)
{
    QSet<qint64> reverted;
    for (auto it = changes.rbegin(); it != changes.rend(); ++it) {
        it->active = !reverted.contains(it->id);
        if (it->active && it->reverts != 0)
            reverted.insert(it->reverts);
    }
}

} // namespace littoral::core
