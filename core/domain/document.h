// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/partialdate.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <iterator>
#include <optional>

namespace littoral::core {

// Email (issue 16) came last: readers of littoral-export/1 must accept enum values they do not know.
enum class DocumentType { Letter, OpenLetter, PressRelease, Email, Other };
// Every type, in the order lanes, legends and filters list them.
inline constexpr DocumentType kDocumentTypes[] = { DocumentType::Letter, DocumentType::OpenLetter,
    DocumentType::PressRelease, DocumentType::Email, DocumentType::Other };
inline constexpr std::size_t kDocumentTypeCount = std::size(kDocumentTypes); // for arrays indexed by type
enum class ParticipantRole { Sender, Recipient, Cc, Mentioned };
enum class CorrespondentKind { Person, Organization };

QString documentTypeName(DocumentType type); // "letter", "open_letter", "press_release", "email", "other"
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
    // E-mail addresses read with the names in a message's headers, by participant name
    // ("Jean Dupont" → "j.dupont@example.org"): each is kept as an alias of the correspondent.
    QHash<QString, QString> addresses;
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

// What a document was read from (issue 16). Text: .txt/.md; Pdf: a PDF (its pages with a text layer read
// by poppler, pages without one by OCR); Image: a scan as an image file (.png, .jpg, .tif), read by
// OCR; Email: one message of an .eml or mbox file.
enum class SourceFormat { Text, Pdf, Image, Email };
QString sourceFormatName(SourceFormat format); // "text", "pdf", "image", "email"
std::optional<SourceFormat> sourceFormatFromName(QAnyStringView name);

// One word on a page of the original, where it sits in the stored text. Boxes are in PDF points
// (1/72 inch) from the page's top-left corner, for scans and images too (pixels at the scan's dpi).
struct PageWord {
    qint32 offset = -1; // into Document::text (UTF-16); -1 when the cleaning dropped it (a running header)
    qint32 length = 0;
    QRectF box;
    float confidence = 1.0f; // 0..1: OCR's confidence in the word; 1 for a PDF's text layer
    friend bool operator==(const PageWord&, const PageWord&) = default;
};

// One page of a PDF, an image or a multi-page TIFF.
struct DocumentPage {
    int number = 1; // 1-based, as the original numbers its pages
    QSizeF size; // in points
    bool ocr = false; // read by OCR (no text layer)
    qint32 textStart = 0; // the page's range in Document::text, [textStart, textEnd)
    qint32 textEnd = 0;
    QList<PageWord> words; // in reading order
    friend bool operator==(const DocumentPage&, const DocumentPage&) = default;
};

// A link between two documents, by the other's source (never a row id: it survives re-import).
struct DocumentLink {
    enum class Kind {
        AttachmentOf, // this document is an attachment of the message `source`
        ReplyTo, // this message answers the message `source` (In-Reply-To)
    };
    Kind kind = Kind::AttachmentOf;
    QString source; // the other document's source, as exported ("mail/2016.mbox#3")
    friend bool operator==(const DocumentLink&, const DocumentLink&) = default;
};
QString linkKindName(DocumentLink::Kind kind); // "attachment_of", "reply_to"
std::optional<DocumentLink::Kind> linkKindFromName(QAnyStringView name);

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
    SourceFormat format = SourceFormat::Text;
    QList<DocumentPage> pages; // PDF and images; empty for text and e-mail
    QList<DocumentLink> links; // from this document (its message, the message it answers)
    bool isOcr() const; // some page was read by OCR
    bool reviewed = false; // by the user (a Review change); written from the change log, not from here
};

} // namespace littoral::core
