// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/partialdate.h"

#include <QCoreApplication>
#include <QString>

namespace littoral::core {

// Says a date in words in the interface language ("14 mars 2016", "automne 2016", "vers 2016",
// "entre mars et mai 2016" is not attempted: an interval says both ends in full). Words come from
// the installed translator, month names from QLocale() (TranslationInstaller keeps both in step).
// EDTF stays the form of exports; this is for people. Any thread, pure.
class PartialDateWords final {
    Q_DECLARE_TR_FUNCTIONS(littoral::core::PartialDateWords)
public:
    // Long: "14 March 2016"; Short: "14 Mar 2016", for tight places (axis labels, table cells).
    enum class Style { Long, Short };

    static QString say(const PartialDate& date, Style style = Style::Long);
    // An EDTF level-1 string: a date with ~ (approximate), ? (uncertain) or % (both), or an
    // interval "A/B" with an open ("..") or unknown ("") end. Text that is not EDTF comes back
    // unchanged, so a caller can pass whatever a document holds.
    static QString sayEdtf(const QString& edtf, Style style = Style::Long);
};

} // namespace littoral::core
