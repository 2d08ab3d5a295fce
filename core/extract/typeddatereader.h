// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/partialdate.h"
#include "core/result.h"

#include <QString>

namespace littoral::core {

// Reads a date the way a person types it in a correction: "7 févr. 2017", "mars 2016", "2016",
// "printemps 2016", "vers 2016", "early May 2016", or EDTF ("2016-10-24", "2016-10~"). Uses the
// extraction's DateParser, so the window, the CLI and extraction read dates alike. Pure.
class TypedDateReader final {
public:
    // InvalidInput with a sentence naming the text when it is not one readable date.
    [[nodiscard]] static Result<PartialDate> read(const QString& text);
    // How precise and how sure the date is, for the editor's preview: "day", "month, approximate".
    static QString describe(const PartialDate& date);
};

} // namespace littoral::core
