// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace littoral::core {

// A person's name as written, read into natural order without courtesy title and with normal
// capitalisation: "Dr Meguerditch TERZIAN," -> "Meguerditch Terzian"; "BOUCHART Natacha" -> "Natacha Bouchart".
struct PersonName {
    QString name;
    bool hadCourtesyTitle = false;
    bool knownFirstName = false;

    // Empty when the text does not read as a person's name (an organisation, a function, a sentence).
    static std::optional<PersonName> parse(const QString& raw);
    // Normal capitalisation of one name written in capitals ("JEAN-PIERRE" -> "Jean-Pierre", "D'ALMEIDA" -> "d'Almeida").
    static QString recapitalize(const QString& token);
};

} // namespace littoral::core
