// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/document.h"

namespace littoral::core {

// The identity of a correspondent across spellings: "Jean DUPONT", "M. Jean Dupont" and "Dupont Jean"
// share one key; "La Cimade" and "Cimade" too; and, through the institutions table (Institutions),
// the names of one institution in French and in English unless `institutions` is false. Used to merge
// participants into correspondents.
QString correspondentKey(CorrespondentKind kind, const QString& name, bool institutions = true);

// The key of one exact spelling ("=Jean DUPONT"), which correspondentKey() never produces: a spelling
// split out of the correspondent its folded key names keeps its own correspondent under it.
QString spellingKey(const QString& name);
bool isSpellingKey(const QString& key);

// Accent- and case-folded form with punctuation turned into single spaces ("Préfète  d'Île" -> "prefete d ile").
QString foldForMatching(const QString& text);

} // namespace littoral::core
