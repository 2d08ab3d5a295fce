// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/document.h"

namespace littoral::core {

// The identity of a correspondent across spellings: "Jean DUPONT", "M. Jean Dupont" and "Dupont Jean"
// share one key; "La Cimade" and "Cimade" too. Used to merge participants into correspondents.
QString correspondentKey(CorrespondentKind kind, const QString& name);

// Accent- and case-folded form with punctuation turned into single spaces ("Préfète  d'Île" -> "prefete d ile").
QString foldForMatching(const QString& text);

} // namespace littoral::core
