// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/partialdate.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace littoral::core {

enum class DocumentType { Letter, OpenLetter, PressRelease, Other };
enum class ParticipantRole { Sender, Recipient, Cc, Mentioned };
enum class CorrespondentKind { Person, Organization };

QString documentTypeName(DocumentType type); // "letter", "open_letter", "press_release", "other"
std::optional<DocumentType> documentTypeFromName(QAnyStringView name);
QString roleName(ParticipantRole role);      // "sender", "recipient", "cc", "mentioned"
std::optional<ParticipantRole> roleFromName(QAnyStringView name);
QString kindName(CorrespondentKind kind);    // "person", "organization"
std::optional<CorrespondentKind> kindFromName(QAnyStringView name);

// Where a fact was read: the exact substring of the stored document text and its offset
// (in UTF-16 code units of the stored text, which is what QString indexes).
struct Evidence {
    QString text;
    qsizetype offset = -1;
    friend bool operator==(const Evidence&, const Evidence&) = default;
};

struct DocumentDate {
    PartialDate date;
    Evidence evidence;
    double confidence = 0.0; // 0..1
    friend bool operator==(const DocumentDate&, const DocumentDate&) = default;
};

struct Participant {
    ParticipantRole role = ParticipantRole::Sender;
    CorrespondentKind kind = CorrespondentKind::Person;
    QString name;         // natural order, no courtesy title ("Meguerditch Terzian"), or organisation name
    QString title;        // function as written ("Maire de Calais")
    QString organization; // organisation spoken for ("Mairie de Calais")
    Evidence evidence;
    double confidence = 0.0; // 0..1, see participantconfidence.h; 0 when unknown (stored before it was kept)
    friend bool operator==(const Participant&, const Participant&) = default;
};

struct MentionedEvent {
    QString label;
    PartialDate date;
    Evidence evidence;
    friend bool operator==(const MentionedEvent&, const MentionedEvent&) = default;
};

// What extraction found in one document's text.
struct Extraction {
    DocumentType type = DocumentType::Other;
    QString language; // ISO 639-1 ("fr", "en"), empty when unknown
    QString title;
    std::optional<DocumentDate> date;
    QString place; // empty when none
    QList<Participant> participants;
    QList<MentionedEvent> events;
    // The per-document time budget ran out (a pathological text): what was found before is kept.
    bool cutShort = false;
    friend bool operator==(const Extraction&, const Extraction&) = default;
};

// Something the import noticed about one document that its reader should know. Stored as a code and
// an argument, so the window can word it in the user's language; the export writes warningText().
struct DocumentWarning {
    enum class Code {
        ReplacedBytes, // argument: how many invalid byte sequences became U+FFFD
        ExtractionCut, // argument: the time budget in milliseconds
    };
    Code code = Code::ReplacedBytes;
    QString argument;
    friend bool operator==(const DocumentWarning&, const DocumentWarning&) = default;
};

QString warningCodeName(DocumentWarning::Code code); // "replaced_bytes", "extraction_cut"
std::optional<DocumentWarning::Code> warningCodeFromName(QAnyStringView name);
QString warningText(const DocumentWarning& warning); // English, for the export and logs

// One imported document as stored.
struct Document {
    qint64 id = 0;
    QString sourcePath;
    QString fileName;
    QString sha256; // hex, of the raw file bytes
    QString encoding;
    QString text;   // cleaned, NFC; every evidence offset points into it
    Extraction extraction;
    QList<DocumentWarning> warnings;
    QDateTime importedAt;
    bool reviewed = false; // by the user (a Review change); written from the change log, not from here
};

} // namespace littoral::core
