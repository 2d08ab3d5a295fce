// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/document.h"

#include <QString>

#include <optional>

namespace littoral::core {

// The body a communiqué's first sentence makes its speaker, when the communiqué has neither a
// letterhead nor a "Communiqué de X": "La Fédération des Maraudes Solidaires dénonce …", "Ce matin,
// le Collectif Abris du Cotentin (CAC) dénonce …", "The Northern Shelter Network today calls on …".
// Only a name headed by a word for a group of people (Fédération, Collectif, Association … in French,
// first; Network, Trust, Coalition … in English, last) with a verb of speech or protest right after it:
// "Le ministère dénonce", "La préfecture a décidé …", "La situation des exilés demande …" and persons
// give none. Pure.
class CommuniqueSpeaker final {
public:
    // `sentence` is the first paragraph of prose; `offset` where it starts in the document. The
    // participant is a sender organisation with its evidence, as written, at its place.
    static std::optional<Participant> find(const QString& sentence, qsizetype offset);
};

} // namespace littoral::core
