// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace littoral::core {

// A document field the user can correct. Values are written as in the export: a type name
// ("open_letter"), an EDTF date ("2016-10", empty for "no date"), plain text otherwise.
enum class DocumentField { Type, Language, Title, Date, Place };

QString documentFieldName(DocumentField field); // "type", "language", "title", "date", "place"
std::optional<DocumentField> documentFieldFromName(QAnyStringView name);

// What one change did. Document changes are replayed on the extraction every time the document is
// written (curation.h); correspondent changes act on the correspondents tables once.
enum class ChangeKind {
    SetField,          // after {field, value, evidence?}; before {field, value}
    AddParticipant,    // after {participant}
    RemoveParticipant, // before {participant}
    UpdateParticipant, // before {participant}, after {participant}
    AddEvent,          // after {event}
    RemoveEvent,       // before {event}
    UpdateEvent,       // before {event}, after {event}
    Review,            // before {reviewed}, after {reviewed}
    Merge,             // before {merged: [{id, name, kind, key, aliases}]}, after {into: {id, name, key}}
    Split,             // before {from: {id, name, key}, alias}, after {id, name, kind, key}
    Rename,            // before {id, key, name}, after {name}
    SetKind,           // before {id, key, kind}, after {kind}
    // Corpus tables that are neither facts nor correspondents; each side is the whole state it replaces.
    SetStory,          // before/after {id, story?}: no "story" = the story does not exist on that side
    SetChronology,     // before/after {events: [{id, event?, deleted?}]}: the corpus's layer over the
                       // bundled chronology for those ids (no key: as bundled; deleted: hidden)
};
QString changeKindName(ChangeKind kind); // "set_field", "add_participant", ... "set_kind"
std::optional<ChangeKind> changeKindFromName(QAnyStringView name);
bool isDocumentChange(ChangeKind kind); // SetField .. Review
bool isCorrespondentChange(ChangeKind kind); // Merge .. SetKind

// Why a change was recorded: by the user, or by undo / redo / History's revert.
enum class ChangeOrigin { Edit, Undo, Redo, Revert };
QString changeOriginName(ChangeOrigin origin); // "edit", "undo", "redo", "revert"
std::optional<ChangeOrigin> changeOriginFromName(QAnyStringView name);

// One entry of the corpus's change log (table `changes`). History is never rewritten: undoing or
// reverting records a new change whose `reverts` names the one it cancels.
struct Change {
    qint64 id = 0;
    QDateTime at; // UTC
    QString user; // OS login name
    ChangeKind kind = ChangeKind::SetField;
    ChangeOrigin origin = ChangeOrigin::Edit;
    // Document changes: the document's absolute path, its source as exported, and the hash of the
    // content the change was made on. Empty for correspondent changes.
    QString sourcePath;
    QString source;
    QString sha256;
    QJsonObject before;
    QJsonObject after;
    qint64 reverts = 0; // the change this one cancels, 0 for none
    // Non-empty when the change could not be re-applied as made (its evidence is gone from a file
    // that changed on disk, or the fact it corrected is no longer extracted): why, in English.
    QString attention;
    // Computed from the log: false once an active change reverts it.
    bool active = true;

    // "Date of letter.txt: 2016-10 → 2016-10-24": what History shows (English; the UI words its own).
    QString summary() const;
    QString beforeText() const;
    QString afterText() const;
};

// Marks which changes are still in force: walking from the newest, a change reverted by an active
// change is inactive. `changes` must hold every change a revert of them can name (oldest first).
void markActive(QList<Change>& changes);

} // namespace littoral::core
