// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/document.h"
#include "core/domain/partialdate.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace littoral::core {

// The one filter value: what the window shows (SelectionState::filter()), what littoral-cli exports
// with the same flags (--from --to --query --correspondent --role --link --type), what a story step
// and a briefing pack say. Correspondents are named, never referred to by row id, so a filter outlives
// a re-import. SelectionState::applyFilter() turns it into documents with one rule, shared by the
// window and the command line. Any thread, plain value.
struct DocumentFilter {
    Q_DECLARE_TR_FUNCTIONS(littoral::core::DocumentFilter)
public:
    // Period: a document is in it when its date's span overlaps [from.firstDay(), to.lastDay()];
    // an invalid bound is open. An undated document is never in a period.
    PartialDate from;
    PartialDate to;
    // Correspondent by name (or one of its spellings), with the role it must play; without a role:
    // sender, recipient or copy.
    QString correspondent;
    std::optional<ParticipantRole> role;
    // A graph link: documents `linkFrom` sent to `linkTo` (in copy when linkRole is Cc).
    QString linkFrom;
    QString linkTo;
    ParticipantRole linkRole = ParticipantRole::Recipient;
    // Full-text search as typed (SearchQuery syntax).
    QString query;
    // The document types shown; none = every type.
    std::optional<QList<DocumentType>> types;

    bool hasPeriod() const { return from.isValid() || to.isValid(); }
    bool hasLink() const { return !linkFrom.isEmpty() && !linkTo.isEmpty(); }
    bool isEmpty() const;
    // The period's first and last day; null when that end is open.
    QDate firstDay() const { return from.isValid() ? from.firstDay() : QDate(); }
    QDate lastDay() const { return to.isValid() ? to.lastDay() : QDate(); }

    // "2016", "2016-03", "2016-03-02" (EDTF, ISO), a season "2016-23", "~2016": invalid when not a date.
    static PartialDate parseDate(const QString& text);
    // Parses one --type value: "letter", "open_letter,press_release" … Error (Invalid) names the
    // unknown word.
    [[nodiscard]] static Result<QList<DocumentType>> parseTypes(const QString& text);
    // Every type's name as --type takes it, in kDocumentTypes order: "letter, open_letter, …, email, other".
    static QString typeNames();

    // Serialised for stories and saved views: {"from": "2016-03", "to": "2017", "correspondent": …,
    // "role": "sender", "link": {"from": …, "to": …, "role": "recipient"}, "query": …,
    // "types": ["letter"]}, only the keys that are set. fromJson() ignores unknown keys.
    QJsonObject toJson() const;
    static DocumentFilter fromJson(const QJsonObject& object);

    // The filter said in words, in the interface language, for the briefing pack, the window and
    // the export report: "March 2016 – 2017 · letters and open letters · sent by X · matching “jungle”".
    // Empty filter: "All documents".
    QString describe() const;

    friend bool operator==(const DocumentFilter&, const DocumentFilter&) = default;
};

} // namespace littoral::core
