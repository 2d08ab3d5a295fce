// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/document.h"

#include "core/domain/enumnames.h"

#include <algorithm>

namespace littoral::core {
namespace {

constexpr std::pair<DocumentType, const char*> kTypes[] = {
    { DocumentType::Letter, "letter" },
    { DocumentType::OpenLetter, "open_letter" },
    { DocumentType::PressRelease, "press_release" },
    { DocumentType::Email, "email" },
    { DocumentType::Other, "other" },
};
constexpr std::pair<ParticipantRole, const char*> kRoles[] = {
    { ParticipantRole::Sender, "sender" },
    { ParticipantRole::Recipient, "recipient" },
    { ParticipantRole::Cc, "cc" },
    { ParticipantRole::Mentioned, "mentioned" },
};
constexpr std::pair<CorrespondentKind, const char*> kKinds[] = {
    { CorrespondentKind::Person, "person" },
    { CorrespondentKind::Organization, "organization" },
};
constexpr std::pair<SourceFormat, const char*> kFormats[] = {
    { SourceFormat::Text, "text" },
    { SourceFormat::Pdf, "pdf" },
    { SourceFormat::Image, "image" },
    { SourceFormat::Email, "email" },
};
constexpr std::pair<DocumentLink::Kind, const char*> kLinkKinds[] = {
    { DocumentLink::Kind::AttachmentOf, "attachment_of" },
    { DocumentLink::Kind::ReplyTo, "reply_to" },
};
constexpr std::pair<DocumentWarning::Code, const char*> kWarnings[] = {
    { DocumentWarning::Code::ReplacedBytes, "replaced_bytes" },
    { DocumentWarning::Code::ExtractionCut, "extraction_cut" },
};

} // namespace

QString documentTypeName(DocumentType type) { return enumName(type, kTypes); }
std::optional<DocumentType> documentTypeFromName(QAnyStringView name) { return enumFromName(name, kTypes); }
QString roleName(ParticipantRole role) { return enumName(role, kRoles); }
std::optional<ParticipantRole> roleFromName(QAnyStringView name) { return enumFromName(name, kRoles); }
QString kindName(CorrespondentKind kind) { return enumName(kind, kKinds); }
std::optional<CorrespondentKind> kindFromName(QAnyStringView name) { return enumFromName(name, kKinds); }
QString warningCodeName(DocumentWarning::Code code) { return enumName(code, kWarnings); }
std::optional<DocumentWarning::Code> warningCodeFromName(QAnyStringView name) { return enumFromName(name, kWarnings); }

QString sourceFormatName(SourceFormat format) { return enumName(format, kFormats); }
std::optional<SourceFormat> sourceFormatFromName(QAnyStringView name) { return enumFromName(name, kFormats); }
QString linkKindName(DocumentLink::Kind kind) { return enumName(kind, kLinkKinds); }
std::optional<DocumentLink::Kind> linkKindFromName(QAnyStringView name) { return enumFromName(name, kLinkKinds); }

bool Document::isOcr() const
{
    return std::any_of(pages.cbegin(), pages.cend(), [](const DocumentPage& page) { return page.ocr; });
}

QString warningText(const DocumentWarning& warning)
{
    switch (warning.code) {
    case DocumentWarning::Code::ReplacedBytes:
        return QStringLiteral("%1 invalid byte sequence(s) replaced with U+FFFD").arg(warning.argument);
    case DocumentWarning::Code::ExtractionCut:
        return QStringLiteral("extraction stopped after its %1 ms time budget; facts found before are kept")
            .arg(warning.argument);
    }
    return warningCodeName(warning.code);
}

} // namespace littoral::core
