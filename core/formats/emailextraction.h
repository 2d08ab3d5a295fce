// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/document.h"
#include "core/extract/extractionbudget.h"
#include "core/formats/mailmessage.h"

#include <QString>

namespace littoral::core {

// A message as a document: its text (the header lines, a blank line, the body) and what it says.
// From, To, Cc and Date come from the headers exactly (confidence 1, evidence the header line, the
// address kept as Participant::address); Subject is the title; the type is Email. The body is read by
// the ordinary extraction for mentioned events, except quoted earlier messages (lines starting with
// ">", "Le … a écrit :", "On … wrote:", forwarded blocks): they stay in the text but give no facts of
// this message; each one is a mentioned event dated by its own date line. Pure, any thread.
struct EmailDocument {
    QString text; // cleaned (TextCleaner), every evidence offset points into it
    Extraction extraction;
};

class EmailExtraction final {
public:
    static EmailDocument extract(const MailMessage& message, ExtractionBudget& budget);
};

} // namespace littoral::core
